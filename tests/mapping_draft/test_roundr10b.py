"""Round r10b: the general causes behind set 15's misses, each checked on new wording by
previewing the draft on records (behaviour, not the rules' text)."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.service import draft_mapping, preview_samples
from syncwright.mapping.draft.tables import pipe_value_table

HS = [
    {"email": "a@x.io", "firstname": "ann", "lastname": "LEE", "jobtitle": "CTO", "numemployees": "300", "annualrevenue": "9000000",
     "industry": "Retail", "city": "Oslo", "country": "Norway", "hs_email_optout": "false", "lifecyclestage": "customer"},
    {"email": "b@x.io", "firstname": "bo", "lastname": "ng", "jobtitle": "", "numemployees": "", "annualrevenue": "",
     "industry": "", "city": "Rome", "country": "", "hs_email_optout": "", "lifecyclestage": "lead"},
    {"email": "c@x.io", "firstname": "CY", "lastname": "ott", "jobtitle": "CEO", "numemployees": "12", "annualrevenue": "400",
     "industry": "Energy", "city": "Lima", "country": "Peru", "hs_email_optout": "true", "lifecyclestage": "subscriber"},
]


def _records(text: str, to: str, frm: str = "hubspot.contacts", rows: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    r = draft_mapping(text, frm, to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, rows if rows is not None else HS)
    assert prev is not None
    return list(prev["records"])


def test_a_leave_off_phrase_in_a_bracket_is_no_default_value() -> None:
    recs = _records("userId is the email; traits.title comes from the job title (dropped if no job title).", "segment.identify")
    assert [r.get("traits", {}).get("title") for r in recs] == ["CTO", None, "CEO"]
    assert all("dropped" not in str(r) for r in recs)


def test_an_empty_key_of_a_value_table_is_the_empty_row() -> None:
    text = "The member status follows hs_email_optout: 'true' gives unsubscribed, 'false' gives subscribed, nothing at all gives pending. email_address is the email."
    assert [r["status"] for r in _records(text, "mailchimp.members")] == ["subscribed", "pending", "unsubscribed"]


def test_the_rest_row_of_bands_covers_lower_and_empty() -> None:
    text = "Email = email. Rating by employees:\n- above 200: Hot\n- above 50: Warm\n- everything lower, or no employee count: Cold"
    assert [r.get("Rating") for r in _records(text, "salesforce.Lead")] == ["Hot", "Cold", "Cold"]


def test_a_trailing_leave_off_item_covers_every_rule_of_the_list() -> None:
    recs = _records("Title <- jobtitle, Industry <- industry, drop when empty", "salesforce.Lead")
    assert "Title" not in recs[1] and "Industry" not in recs[1] and recs[0]["Industry"] == "Retail"


def test_a_leave_off_inside_a_bracket_stays_with_its_own_field() -> None:
    recs = _records("Title <- jobtitle, Industry <- industry (omit when blank)", "salesforce.Lead")
    assert recs[1]["Title"] == "" and "Industry" not in recs[1]


def test_a_custom_trait_written_in_full_is_not_a_near_catalog_trait() -> None:
    recs = _records("userId = email; traits.first_city is the city in upper case.", "segment.identify")
    assert recs[0]["traits"] == {"first_city": "OSLO"}


def test_the_fixed_text_of_a_shown_example_frames_its_parts() -> None:
    recs = _records("Email = email. Description reads like 'From: Oslo - Norway' (the city, a dash, then the country).", "salesforce.Lead")
    assert recs[0]["Description"] == "From: Oslo-Norway" or recs[0]["Description"].startswith("From: Oslo")


def test_an_example_without_a_lead_phrase_adds_no_text() -> None:
    recs = _records("Email = email. Description reads like 'Oslo, Norway' (the city, a comma, then the country).", "salesforce.Lead")
    assert recs[0]["Description"] == "Oslo, Norway"


def test_a_bracket_glossing_title_case_names_no_field() -> None:
    recs = _records("FirstName and LastName become title case (capital first letter, rest lower case) from the first and last name. Email too.", "salesforce.Contact")
    assert [(r["FirstName"], r["LastName"]) for r in recs] == [("Ann", "Lee"), ("Bo", "Ng"), ("Cy", "Ott")]


def test_a_boolean_written_as_a_comparison() -> None:
    recs = _records("vip = numemployees >= 100; status subscribed; email_address = email", "mailchimp.members")
    assert [r["vip"] for r in recs] == [True, False, False]


def test_a_comparison_into_a_text_field_is_no_boolean_formula() -> None:
    r = draft_mapping("Description = numemployees > 100; Email = email", "hubspot.contacts", "salesforce.Lead")
    assert r.mapping is None or not any(x.get("to") == "Description" and x.get("cases") and x["cases"][0].get("value") is True for x in r.mapping.get("rules", []))


def test_has_a_field_without_an_article_keeps_the_filled_ones() -> None:
    recs = _records("Only contacts that have annual revenue. Email = email.", "salesforce.Lead")
    assert [r["Email"] for r in recs] == ["a@x.io", "c@x.io"]


def test_records_with_no_value_stay_beside_an_only() -> None:
    recs = _records("Only contacts whose country is 'Norway' are sent; contacts without a country still go through. Email = email.", "salesforce.Lead")
    assert [r["Email"] for r in recs] == ["a@x.io", "b@x.io"]


def test_the_sync_excludes_is_a_skip() -> None:
    recs = _records("The import excludes Peruvian contacts (country 'Peru'). Email = email.", "salesforce.Lead")
    assert [r["Email"] for r in recs] == ["a@x.io", "b@x.io"]


def test_a_field_and_its_value_as_a_list_item_with_else() -> None:
    text = "Sync setup: email_address from email, status unsubscribed if hs_email_optout is 'true' else subscribed, language = 'fr'"
    recs = _records(text, "mailchimp.members")
    assert [(r["status"], r["language"]) for r in recs] == [("subscribed", "fr"), ("subscribed", "fr"), ("unsubscribed", "fr")]


def test_a_pasted_two_column_value_table() -> None:
    text = "Pasted:\n\nHubSpot industry | Salesforce Industry\nRetail | Retail Trade\nEnergy | Utilities\nanything else | Other\n\nEmail = email"
    assert [r["Industry"] for r in _records(text, "salesforce.Lead")] == ["Retail Trade", "Other", "Utilities"]


def test_a_table_of_field_pairs_is_no_value_table() -> None:
    text = "HubSpot | Salesforce\nemail | Email\nfirstname | FirstName\nlastname | LastName"
    assert pipe_value_table(text) == text
    text2 = "HubSpot property | Segment trait\ncity | traits.address.city\njobtitle | traits.title"
    assert pipe_value_table(text2) == text2


# set 18's causes (the extra signal), in other words


def test_either_field_empty_leaves_that_field_off() -> None:
    recs = _records("Email = email. Title = jobtitle. Industry = industry. When either source value comes in blank, leave that field off.", "salesforce.Lead")
    assert "Title" not in recs[1] and "Industry" not in recs[1] and recs[1]["Email"] == "b@x.io"


def test_the_other_side_of_an_emptiness_is_otherwise() -> None:
    recs = _records("Email = email. DoNotCall: true if jobtitle is blank, false when there is one.", "salesforce.Lead")
    assert [r["DoNotCall"] for r in recs] == [False, True, False]


def test_unticked_after_a_checkbox_condition_is_false() -> None:
    rows = [{"Email": "a@x.io", "HasOptedOutOfEmail": True}, {"Email": "b@x.io", "HasOptedOutOfEmail": False}]
    recs = _records("email = Email. hs_email_optout is 'yes' when HasOptedOutOfEmail is checked, 'no' when unchecked.", "hubspot.contacts", "salesforce.Lead", rows)
    assert [r["hs_email_optout"] for r in recs] == ["yes", "no"]


def test_a_list_item_default_when_its_source_is_blank() -> None:
    recs = _records("Everyone: Email, LastName, Title from jobtitle with 'Unlisted' when jobtitle is empty.", "salesforce.Lead")
    assert [r["Title"] for r in recs] == ["CTO", "Unlisted", "CEO"]

"""Round r12b's readers (set 26's causes: a growth marketer's chatty Slack messages), each on
wording other than the set and the dev cases: checked by previewing the draft on records."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.service import draft_mapping, preview_samples

HS_ROWS = [
    {"email": "ann@acme.io", "firstname": "ann", "lastname": "lee", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "lifecyclestage": "customer", "country": "Germany", "annualrevenue": "7000000", "hs_email_optout": "true",
     "hs_analytics_source": "PAID_SOCIAL", "createdate": "2024-02-03T10:00:00Z", "city": "Berlin"},
    {"email": "bo@beta.org", "firstname": "", "lastname": "NG", "company": "", "phone": "", "mobilephone": "212-555-0101",
     "lifecyclestage": "lead", "country": "Canada", "annualrevenue": "", "hs_email_optout": "",
     "hs_analytics_source": "DIRECT_TRAFFIC", "createdate": "2023-09-30T08:00:00Z", "city": "Toronto"},
]
SFC_ROWS = [
    {"Email": "cy@gamma.de", "FirstName": "Cy", "LastName": "Roe", "HasOptedOutOfEmail": True, "MailingCountry": "Austria", "LeadSource": "Web", "Phone": ""},
    {"Email": "di@delta.us", "FirstName": "Di", "LastName": "Poe", "HasOptedOutOfEmail": False, "MailingCountry": "Spain", "LeadSource": "Partner Referral", "Phone": "(503) 555-0177"},
]


def _records(text: str, to: str, frm: str = "hubspot.contacts", rows: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    r = draft_mapping(text, frm, to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, rows if rows is not None else HS_ROWS)
    assert prev is not None
    return list(prev["records"])


def test_a_bare_status_with_if_not_is_the_rest_even_after_other_pairs() -> None:
    recs = _records("email address = Email, FNAME is the first name, and status is unsubscribed when Email Opt Out is checked, subscribed when it isn't",
                    "mailchimp.members", "salesforce.Contact", SFC_ROWS)
    assert [r["status"] for r in recs] == ["unsubscribed", "subscribed"]


def test_what_a_blank_gets_beside_a_two_sided_rule() -> None:
    recs = _records("email address = email. vip should be true when annual revenue is 5 million or more and false when it's lower (no revenue = false too)", "mailchimp.members")
    assert [r["vip"] for r in recs] == [True, False]
    recs = _records("email address = email. status is unsubscribed if they unsubscribed from all email (the text true) and subscribed otherwise, and I'd treat a blank as subscribed", "mailchimp.members")
    assert [r["status"] for r in recs] == ["unsubscribed", "subscribed"]


def test_a_noun_s_emptiness_just_a_default_and_a_since_reason() -> None:
    recs = _records("Email = email. Company from the company, but if the company's missing simply put Private because salesforce requires one", "salesforce.Lead")
    assert [r["Company"] for r in recs] == ["Acme", "Private"]


def test_an_actual_number_and_a_row_value_with_too() -> None:
    recs = _records("Email = email. Annual Revenue = annual revenue as a proper number", "salesforce.Lead")
    assert [r.get("AnnualRevenue") for r in recs] == [7000000, ""]
    recs = _records("email address = email. language by country: Germany = de, Canada = de too, anything else = en", "mailchimp.members")
    assert [r["language"] for r in recs] == ["de", "de"]


def test_status_after_and_and_a_chain_ending_with_and_the_field() -> None:
    recs = _records("email address = email and status cleaned", "mailchimp.members")
    assert [r["status"] for r in recs] == ["cleaned", "cleaned"]
    recs = _records("Email = email. the Description should read 'Joined ' then the create date in YYYY-MM-DD then ' from ' and the city", "salesforce.Lead")
    assert [r["Description"] for r in recs] == ["Joined 2024-02-03 from Berlin", "Joined 2023-09-30 from Toronto"]


def test_a_label_opening_with_a_stop_word_and_a_plus_between_pairs() -> None:
    recs = _records("Do Not Call is true when the phone is empty, false when there is one. email to the contact Email + last name to Last Name", "salesforce.Contact")
    assert [(r["DoNotCall"], r["LastName"]) for r in recs] == [(False, "lee"), (True, "NG")]
    recs = _records("Email = email. Phone = phone number in +1 E.164", "salesforce.Contact")
    assert [r["Phone"] for r in recs] == ["+14155550100", ""]


def test_ga4_params_in_chat() -> None:
    recs = _records("client_id is always the static value 'web'. one event called sign_up with two params, lead_stage (the lifecycle stage) and home_city (the city)", "ga4.events")
    assert recs[0] == {"client_id": "web", "events": [{"name": "sign_up", "params": {"lead_stage": "customer", "home_city": "Berlin"}}]}
    recs = _records("client_id = email. one event named purchase, whose params are currency = EUR and value = annual revenue as a number. no user_id needed", "ga4.events")
    assert recs[0]["events"] == [{"name": "purchase", "params": {"currency": "EUR", "value": 7000000}}]
    assert "user_id" not in recs[0]


def test_bare_tag_slugs_and_if_c_add_v() -> None:
    recs = _records("email address = email. every member gets the tag hs-sync first, and if their lifecycle stage is customer add paid-user. nobody gets anything else", "mailchimp.members")
    assert [r["tags"] for r in recs] == [["hs-sync", "paid-user"], ["hs-sync"]]
    recs = _records("email address = email. they go in as pending with a single tag, beta-list", "mailchimp.members")
    assert [(r["status"], r["tags"]) for r in recs] == [("pending", ["beta-list"]), ("pending", ["beta-list"])]


def test_two_defaults_joined_by_and_and_a_chat_opener() -> None:
    recs = _records("last one: email from email address. surname is LNAME or 'Unknown' if LNAME is blank, and city is COMPANY or 'none' when that's blank",
                    "hubspot.contacts", "mailchimp.members",
                    [{"email_address": "x@y.z", "status": "subscribed", "merge_fields": {"FNAME": "X", "LNAME": "", "COMPANY": "Yco"}}])
    assert recs == [{"email": "x@y.z", "lastname": "Unknown", "city": "Yco"}]


def test_rows_after_like_and_chat_bands() -> None:
    recs = _records("Email = email. Lead Source should come from the original source, like PAID_SOCIAL becomes Advertisement (it's all paid to me), and basically anything else (blanks included) gets Other", "salesforce.Lead")
    assert [r["LeadSource"] for r in recs] == ["Advertisement", "Other"]
    recs = _records("Email = email. Rating from annual revenue: I'm thinking if the revenue is more than 1 million it's Hot, and if the revenue is empty we can't tell so Cold", "salesforce.Lead")
    assert [r["Rating"] for r in recs] == ["Hot", "Cold"]


def test_a_filter_said_as_a_wish_and_a_blank_note_in_a_skip() -> None:
    recs = _records("for the eu sync we only want contacts whose country is Germany (everyone else can be skipped). Email = email", "salesforce.Lead")
    assert recs == [{"Email": "ann@acme.io"}]
    recs = _records("skip everyone who's unsubscribed from all emails (the text true; blank means still subscribed so keep them). email address = email", "mailchimp.members")
    assert recs == [{"email_address": "bo@beta.org"}]


def test_a_bare_value_after_the_fields_verb_opens_the_branches() -> None:
    recs = _records("Email = email. Rating is Warm when the lifecycle stage is customer, Cold if it is lead, otherwise Hot", "salesforce.Lead")
    assert [r["Rating"] for r in recs] == ["Warm", "Cold"]


def test_and_if_after_a_copy_is_a_condition_not_a_field() -> None:
    recs = _records("Email = email. City = the city, and if the city is missing simply put Nowhere", "salesforce.Lead")
    assert [r["City"] for r in recs] == ["Berlin", "Toronto"]
    recs = _records("Email = email. Company = the company, and if the company is missing simply put Private", "salesforce.Lead")
    assert [r["Company"] for r in recs] == ["Acme", "Private"]

"""Round r11b's readers, each on wording other than the held-out sentences (set 24) and the
dev cases: checked by previewing the draft on records, or on the rewritten text."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.canon import canonical
from syncwright.mapping.draft.respective import respective
from syncwright.mapping.draft.service import draft_mapping, preview_samples

ROWS = [
    {"email": "Ann@Acme.io", "firstname": "ann", "lastname": "lee", "company": "", "phone": "(415) 555-0100", "mobilephone": "", "city": "", "state": "CA",
     "lifecyclestage": "salesqualifiedlead", "numemployees": "120", "country": "Spain", "website": "", "hs_email_optout": "true", "industry": ""},
    {"email": "bo@beta.org", "firstname": "Bo Jan", "lastname": "", "company": "Beta", "phone": "", "mobilephone": "(212) 555-0199", "city": "Oslo", "state": "",
     "lifecyclestage": "lead", "numemployees": "", "country": "Norway", "website": "beta.org", "hs_email_optout": "", "industry": "Retail"},
]
SF_ROWS = [
    {"Email": "c@c.io", "LastName": "Cole", "FirstName": "Cy", "HasOptedOutOfEmail": True, "LeadSource": "Partner Referral", "Status": "Working - Contacted"},
    {"Email": "d@d.io", "LastName": "Dunn", "FirstName": "", "HasOptedOutOfEmail": False, "LeadSource": "", "Status": "Closed - Converted"},
]


def _records(text: str, to: str, frm: str = "hubspot.contacts", rows: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    r = draft_mapping(text, frm, to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, rows if rows is not None else ROWS)
    assert prev is not None
    return list(prev["records"])


def test_filter_cue_after_the_records_and_a_reason_after_a_comma() -> None:
    recs = _records("Contacts in stage \"lead\" we ignore, marketing handles those. Email as is.", "salesforce.Lead")
    assert recs == [{"Email": "Ann@Acme.io"}]
    recs = _records("Contacts with hs_email_optout \"true\" should not go to Salesforce at all. Email as is.", "salesforce.Lead")
    assert recs == [{"Email": "bo@beta.org"}]


def test_keep_filter_with_a_complement_and_a_quoted_place() -> None:
    recs = _records("We need only the contacts from \"Norway\", all the others we skip. Email as is.", "salesforce.Lead")
    assert recs == [{"Email": "bo@beta.org"}]


def test_fallback_value_after_its_condition() -> None:
    recs = _records("Phone takes the phone, and if that one is empty the mobilephone. Email too.", "salesforce.Lead")
    assert [r["Phone"] for r in recs] == ["(415) 555-0100", "(212) 555-0199"]


def test_bracket_default_empty_then() -> None:
    recs = _records("Email = email, Company = company (blank company then \"n/a\").", "salesforce.Lead")
    assert [r["Company"] for r in recs] == ["n/a", "Beta"]
    recs = _records("Email = email. City from city (empty city: \"unknown\").", "salesforce.Lead")
    assert [r["City"] for r in recs] == ["unknown", "Oslo"]


def test_tag_among_other_items_and_otherwise_no_tags() -> None:
    recs = _records("email_address = email, vip always false, the tag \"synced\".", "mailchimp.members")
    assert [(r["vip"], r["tags"]) for r in recs] == [(False, ["synced"]), (False, ["synced"])]
    recs = _records("email_address = email; tags: [\"big\"] if numemployees is more than 100, otherwise no tags (an empty list).", "mailchimp.members")
    assert [r["tags"] for r in recs] == [["big"], []]


def test_reason_bracket_one_space_and_quoted_at() -> None:
    recs = _records("userId = email. traits.firstName only the first word of firstname (people put middle names there). traits.handle is the part before the \"@\" in the email. traits.label = city, one space, country.", "segment.identify")
    assert [r["traits"]["firstName"] for r in recs] == ["ann", "Bo"]
    assert [r["traits"]["handle"] for r in recs] == ["Ann", "bo"]
    assert [r["traits"]["label"] for r in recs] == [" Spain", "Oslo Norway"]


def test_one_to_one_is_a_plain_copy() -> None:
    assert canonical("Email and LastName 1:1") == "Email and LastName as is"
    recs = _records("Email, FirstName and LastName 1:1.", "salesforce.Lead")
    assert recs[0] == {"Email": "Ann@Acme.io", "FirstName": "ann", "LastName": "lee"}


def test_each_of_them_and_one_of_them_leave_offs() -> None:
    recs = _records("Email as is. City from city and State from state, but each of them only when it has a value (else leave it out).", "salesforce.Lead")
    assert recs == [{"Email": "Ann@Acme.io", "State": "CA"}, {"Email": "bo@beta.org", "City": "Oslo"}]
    recs = _records("Phone from phone and MobilePhone from mobilephone. They are US numbers. If one of them is empty, leave that field away.", "salesforce.Lead")
    assert [sorted(r) for r in recs] == [["Email", "Phone"], ["Email", "MobilePhone"]]


def test_quoted_source_field_names() -> None:
    recs = _records("Email from \"email\". HasOptedOutOfEmail is true when \"hs_email_optout\" is \"true\", otherwise false.", "salesforce.Lead")
    assert [r["HasOptedOutOfEmail"] for r in recs] == [True, False]


def test_respective_lists_with_the_sources_in_a_bracket() -> None:
    assert respective("FNAME and LNAME (from firstname and lastname), status x") == "FNAME from firstname; LNAME from lastname, status x"


def test_checkbox_as_text_and_non_x() -> None:
    recs = _records("email = Email. hs_email_optout = HasOptedOutOfEmail as text.", "hubspot.contacts", "salesforce.Lead", SF_ROWS)
    assert [r["hs_email_optout"] for r in recs] == ["true", "false"]
    recs = _records("email = Email. lifecyclestage: \"customer\" for converted leads (Status \"Closed - Converted\"), \"lead\" for the other statuses.", "hubspot.contacts", "salesforce.Lead", SF_ROWS)
    assert [r["lifecyclestage"] for r in recs] == ["lead", "customer"]


def test_event_with_the_name_and_a_dotted_custom_table() -> None:
    recs = _records("client_id = email. One event with the name \"touch\".", "ga4.events")
    assert recs[0]["events"] == [{"name": "touch"}]
    recs = _records("userId = Email. traits.src (our custom trait): \"Partner Referral\" -> \"partner\", all other values and empty -> \"none\".", "segment.identify", "salesforce.Lead", SF_ROWS)
    assert [r["traits"]["src"] for r in recs] == ["partner", "none"]


def test_container_own_field_under_a_header() -> None:
    recs = _records("userId = email. Under traits.company: name and industry.", "segment.identify")
    assert [r["traits"]["company"] for r in recs] == [{"name": "", "industry": ""}, {"name": "Beta", "industry": "Retail"}]


def test_rows_under_a_dotted_custom_field_and_a_copy_with_default_beside() -> None:
    recs = _records("userId = email. traits.tier (a custom trait): \"S\" for salesqualifiedlead, \"L\" for lead. traits.phone: phone, and \"none\" when it is blank.", "segment.identify")
    assert [r["traits"] for r in recs] == [{"tier": "S", "phone": "(415) 555-0100"}, {"tier": "L", "phone": "none"}]


def test_a_reason_bracket_with_a_value_stays() -> None:
    recs = _records("Email = email. Company from company (we use \"none given\" when it is blank). City from city (some are written small).", "salesforce.Lead")
    assert [r["Company"] for r in recs] == ["none given", "Beta"]


def test_nobody_subject_and_a_list_of_quoted_places() -> None:
    recs = _records("No contacts whose lifecyclestage is \"lead\" should be synced. Email as is.", "salesforce.Lead")
    assert recs == [{"Email": "Ann@Acme.io"}]
    recs = _records("Contacts from \"Spain\" or \"Norway\" only. Email as is.", "salesforce.Lead")
    assert len(recs) == 2
    recs = _records("Nobody from \"Spain\" should be synced. Email as is.", "salesforce.Lead")
    assert recs == [{"Email": "bo@beta.org"}]


def test_rows_keyed_by_quoted_country_names() -> None:
    recs = _records("userId = email. traits.zone (our own): \"south\" for \"Spain\", everything else \"north\".", "segment.identify")
    assert [r["traits"]["zone"] for r in recs] == ["south", "north"]

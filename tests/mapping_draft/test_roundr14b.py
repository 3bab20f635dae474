"""Round r14b's readers (set 33's causes: requirement notes in Indian English, "incase", "&",
"PFB", numbered items on one line, "eg.", "nos."), each on wording other than the set's and the
dev cases': checked by previewing the draft on records, plus the pure rewrites (numbered items
on one line, the 'as per' head of value rows, a tag table headed by the tags)."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.is_rows import is_rows
from syncwright.mapping.draft.tag_table import tag_rows
from syncwright.mapping.draft.text import inline_numbers
from tests.mapping_draft.test_round11c import _records as records

ROWS = [
    {"email": "ann@acme.io", "firstname": "ann", "lastname": "LEE", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "jobtitle": "CEO", "lifecyclestage": "customer", "hs_analytics_source": "PAID_SEARCH", "industry": "Retail", "country": "Spain"},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "", "phone": "", "mobilephone": "212-555-0101",
     "jobtitle": "", "lifecyclestage": "lead", "hs_analytics_source": "", "industry": "", "country": "Mexico"},
]
SF_ROWS = [
    {"Email": "ann@acme.io", "FirstName": "Ann", "LastName": "Lee", "Title": "CEO", "Department": "Finance", "Phone": "", "MailingCity": "Oslo",
     "LeadSource": "Web", "HasOptedOutOfEmail": False},
    {"Email": "bo@beta.org", "FirstName": "Bo", "LastName": "Ng", "Title": "", "Department": "", "Phone": "+44 20 7946 0000", "MailingCity": "",
     "LeadSource": "", "HasOptedOutOfEmail": True},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    return records(text, to, rows=ROWS)


def _sf(text: str, to: str) -> list[dict[str, Any]]:
    return records(text, to, frm="salesforce.Contact", rows=SF_ROWS)


def test_incase_is_a_condition_for_a_tag_and_a_fallback() -> None:
    text = "email_address = Email. Everyone gets the tag 'hs'; add 'client' as well incase Lifecycle Stage is customer."
    assert [r["tags"] for r in _records(text, "mailchimp.members")] == [["hs", "client"], ["hs"]]
    text = "Email as is. Phone takes the Phone Number, incase that is blank then the Mobile Phone Number instead."
    assert [r["Phone"] for r in _records(text, "salesforce.Lead")] == ["(415) 555-0100", "212-555-0101"]


def test_ampersand_pairs_two_destinations_with_two_sources() -> None:
    text = "email = Email Address. First Name & Last Name are taken from FNAME & LNAME."
    rows = [{"email_address": "a@x.io", "merge_fields": {"FNAME": "Ann", "LNAME": "Lee"}, "status": "subscribed"}]
    assert records(text, "hubspot.contacts", frm="mailchimp.members", rows=rows) == [{"email": "a@x.io", "firstname": "Ann", "lastname": "Lee"}]


def test_numbered_items_on_one_line() -> None:
    assert inline_numbers("Notes: 1) a = b 2) c as is 3) d") == ["Notes:", "1) a = b", "2) c as is", "3) d"]
    assert inline_numbers("value = revenue (0 if blank), 2) is no list") == ["value = revenue (0 if blank), 2) is no list"]
    text = "Lead fields - 1) Email as is 2) LastName = Last Name in upper case 3) Company = Company Name, 'NA' if blank"
    assert _records(text, "salesforce.Lead") == [
        {"Email": "ann@acme.io", "LastName": "LEE", "Company": "Acme"}, {"Email": "bo@beta.org", "LastName": "NG", "Company": "NA"}]


def test_two_destinations_from_two_sources_by_slash_or_comma() -> None:
    text = "userId = Email. traits.firstName and traits.lastName from First Name / Last Name."
    assert [r["traits"] for r in _sf(text, "segment.identify")] == [{"firstName": "Ann", "lastName": "Lee"}, {"firstName": "Bo", "lastName": "Ng"}]
    text = "email = Email; firstname and lastname <- First Name, Last Name."
    assert _sf(text, "hubspot.contacts") == [
        {"email": "ann@acme.io", "firstname": "Ann", "lastname": "Lee"}, {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng"}]


def test_a_tag_table_headed_by_the_tags() -> None:
    assert tag_rows("Tags per Department: Finance = ⟦0⟧, Sales = ⟦1⟧; when Department is empty, no tags") == (
        "contacts whose Department is Finance get the tag ⟦0⟧; contacts whose Department is Sales get the tag ⟦1⟧")
    text = "email_address = Email. The tags are set according to the Lead Source: Web -> 'inbound', Trade Show -> 'event'; no tags if the Lead Source is blank."
    assert [r["tags"] for r in _sf(text, "mailchimp.members")] == [["inbound"], []]


def test_value_rows_after_an_as_per_head() -> None:
    assert is_rows("userId = Email, traits.x as per Lifecycle Stage: lead = ⟦0⟧, customer = ⟦1⟧") == (
        "userId = Email; traits.x from the Lifecycle Stage: lead -> ⟦0⟧, customer -> ⟦1⟧")
    text = "userId = Email. traits.tier as per Lifecycle Stage: customer = 'gold', lead = 'silver', otherwise 'none'."
    assert [r["traits"] for r in _records(text, "segment.identify")] == [{"tier": "gold"}, {"tier": "silver"}]


def test_assignments_ending_in_a_leave_off_are_no_filter() -> None:
    text = "Skip contacts whose Lifecycle Stage is lead. Then: Email = Email, Company = Company Name, Rating 'Hot' for customers else 'Cold', Title = Job Title, leave out if Job Title empty."
    assert _records(text, "salesforce.Lead") == [{"Email": "ann@acme.io", "Company": "Acme", "Rating": "Hot", "Title": "CEO"}]

"""Round r14a's readers (set 32's causes: a nonprofit coordinator's polite, hedged emails), each
on wording other than the set's and the dev cases': checked by previewing the draft on records,
plus the pure rewrite of rows keyed on 'it' after a head."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.pronoun_rows import pronoun_rows
from tests.mapping_draft.test_round11c import _records as records

ROWS = [
    {"email": "Ann@Acme.io", "firstname": "ann", "lastname": "LEE", "company": "Acme", "website": "acme.io", "industry": "",
     "jobtitle": "CEO", "hs_email_optout": "true", "lifecyclestage": "customer", "city": "san jose"},
    {"email": "bo@beta.org", "firstname": "", "lastname": "Ng", "company": "", "website": "", "industry": "Retail",
     "jobtitle": "", "hs_email_optout": "", "lifecyclestage": "lead", "city": "Austin"},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    return records(text, to, rows=ROWS)


def test_a_list_of_pairs_is_no_pair_of_lists() -> None:
    text = "email_address is the email, Last Name goes to LNAME, First Name goes to FNAME, and if First Name is empty FNAME uses the part of the email before the @."
    assert _records(text, "mailchimp.members") == [
        {"email_address": "Ann@Acme.io", "merge_fields": {"LNAME": "LEE", "FNAME": "ann"}},
        {"email_address": "bo@beta.org", "merge_fields": {"LNAME": "Ng", "FNAME": "bo"}}]


def test_title_case_by_a_verb_and_a_clause_on_the_sync() -> None:
    text = "As they are copied over, First Name and Last Name should be changed to proper capitalization (first letter of each word capital, rest lowercase). Email as is."
    assert _records(text, "salesforce.Lead") == [
        {"FirstName": "Ann", "LastName": "Lee", "Email": "Ann@Acme.io"}, {"FirstName": "", "LastName": "Ng", "Email": "bo@beta.org"}]


def test_a_tag_for_everyone_after_a_list_and_as_well() -> None:
    text = "LNAME from Last Name, email address as well, and all of them should get the tag 'donor-2025'."
    assert [r["tags"] for r in _records(text, "mailchimp.members")] == [["donor-2025"], ["donor-2025"]]


def test_a_keep_filter_said_as_what_hubspot_knows() -> None:
    text = "We should just sync contacts where HubSpot actually has the Industry; if it's blank, skip them. Email and Last Name."
    assert _records(text, "salesforce.Contact") == [{"Email": "bo@beta.org", "LastName": "Ng"}]


def test_a_chain_joined_by_a_dash_and_a_label_that_starts_a_source_label() -> None:
    text = "Email and Last Name. Company gets the Company Name - if that is missing, the Website URL, and if that is missing too, 'Private'."
    assert [r["Company"] for r in _records(text, "salesforce.Lead")] == ["Acme", "Private"]


def test_rows_keyed_on_it_after_a_head() -> None:
    assert pronoun_rows("Should the status track the opt-out flag? If it is true, unsubscribed; if it is false, subscribed. Next.") == (
        "the status from the opt-out flag: true -> unsubscribed, false -> subscribed. Next.")
    assert pronoun_rows("Status follows the flag. If it is true, unsubscribed; copy the rest.") == "Status follows the flag. If it is true, unsubscribed; copy the rest."
    text = "Can status follow Unsubscribed from all email? If it says true, use unsubscribed, if it says false, subscribed, and if it is empty, pending. email_address is the email."
    assert [r["status"] for r in _records(text, "mailchimp.members")] == ["unsubscribed", "pending"]


def test_only_if_they_have_one_otherwise_no_trait() -> None:
    text = "userId = email; traits.industry from Industry - but only if they have one, otherwise no industry trait."
    assert _records(text, "segment.identify") == [{"userId": "Ann@Acme.io"}, {"userId": "bo@beta.org", "traits": {"industry": "Retail"}}]


def test_capitals_in_a_reason_are_no_format_and_a_status_value_after_its_field() -> None:
    text = "email address in lowercase (some tools were broken by capitals), FNAME from First Name, and the status unsubscribed when Unsubscribed from all email is true, otherwise subscribed."
    assert _records(text, "mailchimp.members") == [
        {"email_address": "ann@acme.io", "merge_fields": {"FNAME": "ann"}, "status": "unsubscribed"},
        {"email_address": "bo@beta.org", "merge_fields": {"FNAME": ""}, "status": "subscribed"}]


def test_the_values_of_the_part_that_sends_records_away_are_not_kept() -> None:
    text = "Could we only bring over customers and leads (going by Lifecycle Stage - subscribers and others stay in HubSpot)? Email address too."
    out = _records(text, "mailchimp.members")
    assert [r["email_address"] for r in out] == ["Ann@Acme.io", "bo@beta.org"]

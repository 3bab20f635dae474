"""Round r13c's readers (set 34's causes: a Madrid marketing manager's Spanish-influenced
English), each on wording other than the set's and the dev cases': checked by previewing the
draft on records, plus the pure rewrites (rows after a head, condition-first rows, params by
bare names)."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.if_rows import if_rows
from syncwright.mapping.draft.is_rows import is_rows
from syncwright.mapping.draft.param_items import param_items
from tests.mapping_draft.test_round11c import _records as records

ROWS = [
    {"email": "ann@acme.io", "firstname": "ann", "lastname": "LEE", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "industry": "", "jobtitle": "CEO", "hs_email_optout": "true", "lifecyclestage": "customer", "hs_analytics_source": "PAID_SEARCH", "country": "Spain"},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "", "phone": "", "mobilephone": "212-555-0101",
     "industry": "Retail", "jobtitle": "", "hs_email_optout": "", "lifecyclestage": "lead", "hs_analytics_source": "", "country": "Mexico"},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    return records(text, to, rows=ROWS)


def test_the_region_said_of_the_numbers_and_the_result_in_e164() -> None:
    text = "Email is the email. Phone is the mobile phone number. The result is in E.164; the phones without a country code are American."
    assert _records(text, "salesforce.Lead") == [{"Email": "ann@acme.io", "Phone": ""}, {"Email": "bo@beta.org", "Phone": "+12125550101"}]


def test_e164_asked_of_the_phones_as_a_group() -> None:
    text = "For all the phones we use E.164, and the numbers without + are of the United States. Phone is the phone number. MobilePhone is the mobile phone number. Email is the email."
    assert _records(text, "salesforce.Contact") == [
        {"Phone": "+14155550100", "MobilePhone": "", "Email": "ann@acme.io"}, {"Phone": "", "MobilePhone": "+12125550101", "Email": "bo@beta.org"}]


def test_a_bracket_leave_off_with_its_own_comma() -> None:
    text = "email_address is the email, the COMPANY merge field is the company name (if blank, do not send it), and status always 'subscribed'."
    assert _records(text, "mailchimp.members") == [
        {"email_address": "ann@acme.io", "merge_fields": {"COMPANY": "Acme"}, "status": "subscribed"},
        {"email_address": "bo@beta.org", "status": "subscribed"}]


def test_tag_rows_each_with_a_subject_and_an_order_bracket() -> None:
    text = ("email_address = email. Tags: the contacts in customer get the tag 'won', the ones in lead get 'open', the others none. "
            "Also tags 'crm' always, and after it 'paid' when the original source is PAID_SEARCH (first 'crm', then 'paid').")
    out = _records(text, "mailchimp.members")
    assert [r["tags"] for r in out] == [["won", "crm", "paid"], ["open", "crm"]]


def test_key_rows_after_a_depends_of_head() -> None:
    assert is_rows("x depends of the country: Spain and Mexico are ⟦0⟧, Japan is ⟦1⟧, for any other country ⟦2⟧") == "x depends of the country: Spain, Mexico -> ⟦0⟧; Japan -> ⟦1⟧; otherwise ⟦2⟧"
    assert is_rows("x depends on y: A is ⟦0⟧") == "x depends on y: A is ⟦0⟧"  # one row is no table
    text = "The language depends of the Country/Region: Spain and Mexico are 'es', for any other country 'en'. email_address is the email."
    assert _records(text, "mailchimp.members") == [{"language": "es", "email_address": "ann@acme.io"}, {"language": "es", "email_address": "bo@beta.org"}]


def test_condition_first_rows_name_their_field_once() -> None:
    assert if_rows("if the stage is customer, Rating is ⟦0⟧; if the stage is lead, ⟦1⟧") == "Rating is ⟦0⟧ if the stage is customer, ⟦1⟧ if the stage is lead"
    assert if_rows("if A, Rating is ⟦0⟧; if B, Status is ⟦1⟧") == "if A, Rating is ⟦0⟧; if B, Status is ⟦1⟧"  # two fields stay
    text = "Email is the email. Rating depends on the job title: if the contact has a job title, Rating is 'Warm'; if the job title is empty, 'Cold'."
    assert _records(text, "salesforce.Lead") == [{"Email": "ann@acme.io", "Rating": "Warm"}, {"Email": "bo@beta.org", "Rating": "Cold"}]


def test_if_not_the_field_and_one_space_and() -> None:
    text = "Company: the company name; if not, the industry; and if the two are empty, 'None'. Email is the email. Description is the First Name, one space and the Last Name."
    assert _records(text, "salesforce.Lead") == [
        {"Company": "Acme", "Email": "ann@acme.io", "Description": "ann LEE"}, {"Company": "Retail", "Email": "bo@beta.org", "Description": "Bo Ng"}]


def test_event_params_by_bare_names_and_an_event_without_a_verb() -> None:
    assert param_items("Params: plan is ⟦0⟧, seats are the number of employees") == "params.plan = ⟦0⟧; params.seats = the number of employees"
    assert param_items("Params: it is fine") == "Params: it is fine"
    text = "For each contact a GA4 event trial_started. client_id is the email. Params of the event: origin is the Original Source, region is the Country/Region in upper case."
    assert _records(text, "ga4.events") == [
        {"events": [{"name": "trial_started", "params": {"origin": "PAID_SEARCH", "region": "SPAIN"}}], "client_id": "ann@acme.io"},
        {"events": [{"name": "trial_started", "params": {"origin": "", "region": "MEXICO"}}], "client_id": "bo@beta.org"}]


def test_only_records_with_a_field_and_value_and_the_same_fields_of_the_record() -> None:
    text = "Only the contacts with Country/Region 'Spain' go to this list. email_address is the email."
    assert _records(text, "mailchimp.members") == [{"email_address": "ann@acme.io"}]
    text2 = "Email, FirstName and LastName are copied from the same fields of the contact."
    assert _records(text2, "salesforce.Lead") == [
        {"Email": "ann@acme.io", "FirstName": "ann", "LastName": "LEE"}, {"Email": "bo@beta.org", "FirstName": "Bo", "LastName": "Ng"}]


def test_an_article_before_a_fields_api_name_keeps_the_condition() -> None:
    text = "email_address is the email. The status is 'unsubscribed' if the Industry is empty, if not 'subscribed'."
    assert _records(text, "mailchimp.members") == [
        {"email_address": "ann@acme.io", "status": "unsubscribed"}, {"email_address": "bo@beta.org", "status": "subscribed"}]

"""Round r13b's readers (set 31's causes: a contractor's Notion checklists, '- [ ] ...' items
with arrows and short imperative lines), each on wording other than the set's and the dev
cases': checked by previewing the draft on records, plus the pure rewrites (a task box, a
case said once for a list of fields)."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.case_lists import case_lists
from syncwright.mapping.draft.text import normalise_chars
from tests.mapping_draft.test_round11c import _records as records

ROWS = [
    {"email": "ann@acme.io", "firstname": "ann", "lastname": "LEE", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "city": "oslo", "zip": "0150", "industry": "", "jobtitle": "", "hs_email_optout": "true", "lifecyclestage": "customer",
     "hs_analytics_source": "PAID_SEARCH", "country": "Norway", "numemployees": "", "annualrevenue": "2000000",
     "createdate": "2024-02-03T10:00:00.000Z"},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "", "phone": "", "mobilephone": "",
     "city": "Lima", "zip": "", "industry": "Retail", "jobtitle": "Buyer", "hs_email_optout": "", "lifecyclestage": "lead",
     "hs_analytics_source": "", "country": "Peru", "numemployees": "12", "annualrevenue": "",
     "createdate": "2023-05-06T08:30:00.000Z"},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    return records(text, to, rows=ROWS)


def test_a_task_box_is_part_of_the_bullet() -> None:
    assert normalise_chars("- [ ] a -> b\n  - [x] c -> d\n[ ] e -> f\n* [X] g") == "- a -> b\n  - c -> d\n- e -> f\n- g"
    text = "- [ ] skip anyone with no company\n- [x] Email => email\n- [ ] Description => firstname + ' @ ' + company"
    assert _records(text, "salesforce.Lead") == [{"Email": "ann@acme.io", "Description": "ann @ Acme"}]


def test_a_scope_item_for_field_values_only_keeps_those_records() -> None:
    text = "- [ ] for Country/Region 'Peru' or 'Chile' only, skip everyone else\n- [ ] Email → email\n- [ ] City → city"
    assert _records(text, "salesforce.Lead") == [{"Email": "bo@beta.org", "City": "Lima"}]
    text = "- [ ] for lifecyclestage customer only (blank stage = skip)\n- [ ] email_address ← email"
    assert _records(text, "mailchimp.members") == [{"email_address": "ann@acme.io"}]


def test_a_scope_inside_an_item_is_the_condition_of_its_value() -> None:
    text = "- [ ] email_address ← email\n- [ ] vip = true for lifecyclestage lead only, false for everyone else"
    assert _records(text, "mailchimp.members") == [{"email_address": "ann@acme.io", "vip": False}, {"email_address": "bo@beta.org", "vip": True}]


def test_a_case_said_once_for_a_list_of_fields() -> None:
    assert case_lists("FirstName, LastName -> upper case") == "FirstName in upper case, LastName in upper case"
    assert case_lists("Email = email; City, State and Country: title case") == "Email = email; City in title case, State in title case, Country in title case"
    assert case_lists("names, the rest in title case") == "names, the rest in title case"
    text = "- [ ] Email ← email\n- [ ] FirstName, LastName, City => title case"
    assert _records(text, "salesforce.Lead") == [
        {"Email": "ann@acme.io", "FirstName": "Ann", "LastName": "Lee", "City": "Oslo"}, {"Email": "bo@beta.org", "FirstName": "Bo", "LastName": "Ng", "City": "Lima"}]


def test_an_arrow_to_a_quoted_text_is_a_constant() -> None:
    text = "- [ ] email → email_address\n- [ ] status → \"transactional\"\n- [ ] language -> 'de' (static)"
    assert _records(text, "mailchimp.members") == [
        {"email_address": "ann@acme.io", "status": "transactional", "language": "de"}, {"email_address": "bo@beta.org", "status": "transactional", "language": "de"}]


def test_email_parts_and_unless_blank_and_a_constant_when_both_are_blank() -> None:
    text = "- [ ] userId ← email\n- [ ] traits.login ← email, just the part before the @"
    assert _records(text, "segment.identify") == [{"userId": "ann@acme.io", "traits": {"login": "ann"}}, {"userId": "bo@beta.org", "traits": {"login": "bo"}}]
    text = "- [ ] userId ← email\n- [ ] traits.role ← jobtitle, unless it's blank, then industry"
    assert _records(text, "segment.identify") == [{"userId": "ann@acme.io", "traits": {"role": ""}}, {"userId": "bo@beta.org", "traits": {"role": "Buyer"}}]
    text = "- [ ] userId ← email\n- [ ] traits.sector: industry, fall back to Job Title, and 'Other' if both are empty"
    assert _records(text, "segment.identify") == [{"userId": "ann@acme.io", "traits": {"sector": "Other"}}, {"userId": "bo@beta.org", "traits": {"sector": "Retail"}}]


def test_either_one_left_out_and_set_to_or_when() -> None:
    text = ("Send email to Email, Annual Revenue to AnnualRevenue as a number and numemployees to NumberOfEmployees as a whole number, "
            "leaving both off when blank. Then set Industry to the industry, or 'Unknown' when the contact has no industry.")
    assert _records(text, "salesforce.Lead") == [
        {"Email": "ann@acme.io", "AnnualRevenue": 2000000, "Industry": "Unknown"},
        {"Email": "bo@beta.org", "NumberOfEmployees": 12, "Industry": "Retail"}]


def test_two_fields_put_under_an_object_and_a_note_on_a_fallback() -> None:
    text = "userId is the email. Put city and country under traits.location as town and nation.\nFYI the fallback is only for people with no city"
    assert _records(text, "segment.identify") == [
        {"userId": "ann@acme.io", "traits": {"location": {"town": "oslo", "nation": "Norway"}}},
        {"userId": "bo@beta.org", "traits": {"location": {"town": "Lima", "nation": "Peru"}}}]


def test_a_joined_text_with_a_labelled_date_part_and_a_copy_only_for_those_that_have_one() -> None:
    text = "- [ ] Email = email\n- [ ] Description => \"since \" + Create Date as YYYY-MM-DD\n- [ ] Company → company for leads that have one only, otherwise leave it out"
    assert _records(text, "salesforce.Lead") == [
        {"Email": "ann@acme.io", "Description": "since 2024-02-03", "Company": "Acme"}, {"Email": "bo@beta.org", "Description": "since 2023-05-06"}]


def test_neither_do_not_send_and_a_tag_table_after_the_tag_for_all() -> None:
    text = ("- [ ] email_address ← email\n- [ ] merge_fields.PHONE: Phone Number, falling back to Mobile Phone Number\n"
            "- [ ] neither → don't send PHONE\n"
            "- [ ] Tag everyone 'crm', then add a second tag from Original Source: PAID_SEARCH gives 'ads', a blank source adds no second tag")
    assert _records(text, "mailchimp.members") == [
        {"email_address": "ann@acme.io", "merge_fields": {"PHONE": "(415) 555-0100"}, "tags": ["crm", "ads"]},
        {"email_address": "bo@beta.org", "tags": ["crm"]}]


def test_one_scope_said_twice_keeps_the_quoted_value_and_e164_with_a_country() -> None:
    text = "Norway contacts only.\n- [ ] for country 'Norway' only\n- [ ] email → Email\n- [ ] phone → Phone, E.164 with US as the country"
    assert _records(text, "salesforce.Lead") == [{"Email": "ann@acme.io", "Phone": "+14155550100"}]

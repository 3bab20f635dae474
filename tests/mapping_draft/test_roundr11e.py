"""Round r11e's readers (the formal-specification register of a Salesforce admin), each on
wording other than the dev cases: checked by previewing the draft on records."""

from __future__ import annotations

from typing import Any

from tests.mapping_draft.test_round11c import _records as records

ROWS = [
    {"email": "ann@acme.io", "firstname": "ann", "lastname": "lee", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "state": "", "country": "United States", "lifecyclestage": "customer", "numemployees": "120", "hs_analytics_source": "PAID_SEARCH"},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "", "phone": "", "mobilephone": "212-555-0101",
     "state": "OS", "country": "Norway", "lifecyclestage": "lead", "numemployees": "", "hs_analytics_source": ""},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    return records(text, to, rows=ROWS)


def test_requirement_ids_without_punctuation_and_a_scope_heading_are_no_title_and_no_filter() -> None:
    text = ("Scope: HubSpot contacts into Salesforce Leads\nREQ-7 The Lead's Email must equal the contact's Email.\n"
            "REQ-8 The Lead's Company shall be the contact's Company Name; where it is empty, set it to 'n/a'.")
    assert _records(text, "salesforce.Lead") == [{"Email": "ann@acme.io", "Company": "Acme"}, {"Email": "bo@beta.org", "Company": "n/a"}]


def test_two_qualified_lists_pair_up_with_a_shared_format_and_omit_wording() -> None:
    text = ("1. The Contact's Email must be the contact's Email.\n"
            "2. The Contact's First Name and Last Name must be the contact's First Name and Last Name in upper case.\n"
            "3. The Contact's Mailing State/Province shall be the contact's State/Region. It shall not be populated if the State/Region is empty.")
    assert _records(text, "salesforce.Contact") == [
        {"Email": "ann@acme.io", "FirstName": "ANN", "LastName": "LEE"},
        {"Email": "bo@beta.org", "FirstName": "BO", "LastName": "NG", "MailingState": "OS"},
    ]


def test_only_records_shall_be_synchronised_and_the_value_must_be_formatted() -> None:
    text = ("Only contacts whose Lifecycle Stage is 'lead' shall be processed; all other contacts shall be skipped.\n"
            "The Lead's Email shall be the contact's Email. The Lead's Mobile Phone shall be the contact's Mobile Phone Number. "
            "The value must be converted to E.164 (default country US).")
    assert _records(text, "salesforce.Lead") == [{"Email": "bo@beta.org", "MobilePhone": "+12125550101"}]


def test_definitions_list_blocks_become_rules() -> None:
    text = ("Field: userId\nSource: Email\nRule: Straight copy.\n\n"
            "Field: traits.plan\nSource: n/a\nRule: Fixed value 'trial'.\n\n"
            "Field: traits.employees\nSource: Number of Employees\nRule: Whole number; 0 if empty.")
    assert _records(text, "segment.identify") == [
        {"userId": "ann@acme.io", "traits": {"plan": "trial", "employees": 120}},
        {"userId": "bo@beta.org", "traits": {"plan": "trial", "employees": 0}},
    ]


def test_table_otherwise_row_including_blanks_and_a_conditional_tag() -> None:
    text = ("R1 email_address shall be the contact's Email.\nR2 Every member shall receive the tag 'hs'.\n"
            "R3 Where the contact's Lifecycle Stage is 'customer', the member shall also be given the tag 'client'.")
    assert _records(text, "mailchimp.members") == [
        {"email_address": "ann@acme.io", "tags": ["hs", "client"]}, {"email_address": "bo@beta.org", "tags": ["hs"]}]
    text = ("The Lead's Email shall equal the contact's Email. The Lead's Lead Source shall be mapped from the Original Source:\n"
            "- PAID_SEARCH: Advertisement\n- anything else, including blank values: Other")
    assert [r["LeadSource"] for r in _records(text, "salesforce.Lead")] == ["Advertisement", "Other"]


def test_template_holes_explained_by_a_legend() -> None:
    text = ("The Lead's Email shall be the contact's Email. The Lead's Description shall be populated with the text "
            "\"HubSpot stage: <stage> / source: <src>\", where <stage> is the contact's Lifecycle Stage and <src> is the contact's Original Source.")
    assert [r["Description"] for r in _records(text, "salesforce.Lead")] == ["HubSpot stage: customer / source: PAID_SEARCH", "HubSpot stage: lead / source: "]


def test_set_a_field_to_two_fields_separated_by_a_space() -> None:
    text = "R1 The system shall set userId to the contact's Email.\nR2 The system shall set traits.name to the contact's First Name and Last Name separated by one space."
    assert [r["traits"]["name"] for r in _records(text, "segment.identify")] == ["ann lee", "Bo Ng"]

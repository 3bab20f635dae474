"""Round r12a's readers (set 27's causes: a Salesforce admin's formal numbered specifications),
each on wording other than the set's and the dev cases': checked by previewing the draft on
records, plus the two pure rewrites (a quoted label, condition rows after a 'comes from' head)."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.derived_rows import derived_rows
from syncwright.mapping.draft.fields import object_fields
from syncwright.mapping.draft.grammar import Grammar
from syncwright.mapping.draft.quoted_labels import quoted_labels
from tests.mapping_draft.test_round11c import _records as records

ROWS = [
    {"email": "ann@acme.io", "firstname": "ann", "lastname": "LEE", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "city": "Oslo", "zip": "0150", "industry": "", "hs_email_optout": "true", "lifecyclestage": "customer", "hs_analytics_source": "PAID_SEARCH"},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "", "phone": "", "mobilephone": "212-555-0101",
     "city": "Lima", "zip": "", "industry": "Retail", "hs_email_optout": "", "lifecyclestage": "lead", "hs_analytics_source": ""},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    return records(text, to, rows=ROWS)


def test_a_quoted_catalog_label_is_the_field_and_a_quoted_value_stays_a_value() -> None:
    g = Grammar(object_fields("hubspot.contacts", "src"), object_fields("mailchimp.members", "dst"))
    assert quoted_labels(g, "when the contact's 'Unsubscribed from all email' checkbox is 'true'") == "when the contact's hs_email_optout is 'true'"
    assert quoted_labels(g, "if the HubSpot property \"Unsubscribed from all email\" is 'true'") == "if the hs_email_optout is 'true'"
    # one quoted word with no kind word after it may be a value; a picklist value is always one
    assert quoted_labels(g, "the member's 'status' is 'subscribed'") == "the member's 'status' is 'subscribed'"
    assert quoted_labels(g, "the contact's 'lead' stage") == "the contact's 'lead' stage"


def test_a_quoted_label_flag_with_its_other_side_in_a_second_sentence() -> None:
    text = ("R1 The Lead's Email shall equal the contact's Email.\n"
            "R2 The Lead's Email Opt Out must be true where the contact's \"Unsubscribed from all email\" attribute is \"true\". "
            "This field must be false if that attribute is \"false\" or is blank.")
    assert _records(text, "salesforce.Lead") == [
        {"Email": "ann@acme.io", "HasOptedOutOfEmail": True}, {"Email": "bo@beta.org", "HasOptedOutOfEmail": False}]


def test_condition_rows_after_a_derived_from_head() -> None:
    assert derived_rows("status comes from the x: if it is ⟦0⟧, use ⟦1⟧; in all other cases set it to ⟦2⟧") == "status comes from the x: ⟦0⟧ -> ⟦1⟧; otherwise ⟦2⟧"
    assert derived_rows("status comes from the x: tag it ⟦0⟧") == "status comes from the x: tag it ⟦0⟧"
    text = ("1. email_address shall be the contact's Email.\n"
            "2. The member's status shall be derived from the contact's Lifecycle Stage: where it is \"customer\", it becomes \"subscribed\"; "
            "where it is \"lead\", set the status to \"pending\"; otherwise set it to \"unsubscribed\".")
    assert _records(text, "mailchimp.members") == [
        {"email_address": "ann@acme.io", "status": "subscribed"}, {"email_address": "bo@beta.org", "status": "pending"}]


def test_a_topic_requirements_line_makes_no_rule() -> None:
    text = "Phone number specifications:\n1. userId shall be the contact's Email.\n2. traits.city shall be the contact's City."
    assert _records(text, "segment.identify") == [
        {"userId": "ann@acme.io", "traits": {"city": "Oslo"}}, {"userId": "bo@beta.org", "traits": {"city": "Lima"}}]


def test_the_assumed_country_of_e164_is_its_region_not_a_country_field() -> None:
    text = ("1. The Lead's Email shall be the contact's Email.\n"
            "2. The Lead's Phone shall be the contact's Mobile Phone Number, converted to E.164 and taking the United States as the default region. "
            "If it is empty, Phone must be omitted.")
    assert _records(text, "salesforce.Lead") == [{"Email": "ann@acme.io"}, {"Email": "bo@beta.org", "Phone": "+12125550101"}]


def test_a_rest_row_sentence_naming_the_field_is_the_tables_otherwise() -> None:
    text = ("The Lead's Rating shall be derived from the contact's Lifecycle Stage as follows: \"customer\" -> \"Hot\". "
            "Otherwise, the Lead's Rating must be \"Cold\". The Lead's Email shall be the contact's Email.")
    assert _records(text, "salesforce.Lead") == [
        {"Rating": "Hot", "Email": "ann@acme.io"}, {"Rating": "Cold", "Email": "bo@beta.org"}]


def test_unchanged_tails_and_parts_kept_as_stored() -> None:
    text = ("1. userId shall be set to the contact's Email, unmodified.\n"
            "2. traits.city and traits.postalCode shall be the contact's City and Postal Code respectively, without changes.\n"
            "3. traits.name shall be the contact's First Name, a single space, then the contact's Last Name, all as they are.")
    assert _records(text, "segment.identify") == [
        {"userId": "ann@acme.io", "traits": {"city": "Oslo", "postalCode": "0150", "name": "ann LEE"}},
        {"userId": "bo@beta.org", "traits": {"city": "Lima", "postalCode": "", "name": "Bo Ng"}},
    ]


def test_a_kind_word_before_a_path_and_it_shall_be_after_an_empty_condition() -> None:
    text = ("1. userId shall be the contact's Email.\n"
            "2. The Segment trait traits.sector shall be the contact's Industry; if it is empty, it shall be \"n/a\".")
    assert _records(text, "segment.identify") == [
        {"userId": "ann@acme.io", "traits": {"sector": "n/a"}}, {"userId": "bo@beta.org", "traits": {"sector": "Retail"}}]


def test_each_record_has_one_event_named_in_quotes() -> None:
    text = ("1. client_id shall be the contact's Email.\n2. Each contact shall generate a single event named \"login\".\n"
            "3. The event parameter params.source shall be the contact's Original Source; if it is empty, it must be \"none\".")
    assert _records(text, "ga4.events") == [
        {"client_id": "ann@acme.io", "events": [{"name": "login", "params": {"source": "PAID_SEARCH"}}]},
        {"client_id": "bo@beta.org", "events": [{"name": "login", "params": {"source": "none"}}]},
    ]

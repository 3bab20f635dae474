"""Round 40: a data engineer's mapping specs typed by hand as JSON-ish objects that no JSON parser
takes (set 134: keys in single quotes or none, trailing commas, '//' and '/* */' comments, a
nested object of rule words per destination field, arrays as fallbacks, 'when' objects as
conditions, prose around the object). json_spec says each destination key as one rule line the
grammar reads. Fresh wording and field choices; the held-out texts are not copied."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.json_spec import json_spec
from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFL, C, H, L, M

S = "segment.identify"


def _records(text: str, frm: str, to: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    r = draft_mapping(text, frm, to, samples=rows)
    assert r.preview is not None, r.questions
    return list(r.preview["records"])


def _col(records: list[dict[str, Any]], key: str) -> list[Any]:
    return [r.get(key, "<absent>") for r in records]


# --- what is not a JSON-ish spec stays as it was written ----------------------------------------------


def test_texts_without_a_spec_object_are_unchanged() -> None:
    for text in (
        "Email -> Email\nCompany: company, or 'n/a' when blank",
        "lead = {'Email': c['email'], 'LastName': c['lastname']}",
        "A sample record:\n{ email: 'ann@acme.io', city: 'Austin' }",
        "Copy the email. {Note: braces in prose}",
        "{\n  email: 'email',\n",  # never closed
    ):
        assert json_spec(text) == text


def test_a_key_with_unknown_rule_words_keeps_its_lines() -> None:
    text = "{\n  Email: 'email',\n  LastName: 'lastname',\n  Company: { from: 'company', rot13: 'yes' },\n}"
    assert json_spec(text).splitlines() == [
        "Email <- email",
        "LastName <- lastname",
        "  Company: { from: 'company', rot13: 'yes' },",
    ]


# --- the rule lines said ---------------------------------------------------------------------------------


def test_rule_words_are_known_by_meaning() -> None:
    text = (
        "Sync spec:\n{\n"
        "  'Email': { take: 'email', downcase: true },\n"
        "  City: { field: 'city', strip: true, whenBlank: 'drop' },   // no city -> no key\n"
        "  Title: ['jobtitle', 'industry', { literal: 'tbd' }],\n"
        "  LeadSource: { static: 'Partner' },\n"
        "}\n// the rest is untouched"
    )
    assert json_spec(text).splitlines() == [
        "Sync spec:",
        "Email <- email, in lower case",
        "City <- city, trimmed, left out when empty",
        "Title <- jobtitle, else industry; if empty, 'tbd'",
        "LeadSource = 'Partner'",
    ]


def test_filters_tables_and_tags_become_sentences() -> None:
    text = (
        "{\n"
        "  dropIf: { when: { lifecyclestage: 'other' } },\n"
        "  email_address: 'email',\n"
        "  language: { src: 'country', lookupTable: { Germany: 'de', France: 'fr' }, anyOther: 'en' },\n"
        "  tags: [ 'crm', { tag: 'big', when: { annualrevenue: { over: 1000000 } } } ],\n"
        "}"
    )
    assert json_spec(text).splitlines() == [
        "Skip records where lifecyclestage is 'other'.",
        "email_address <- email",
        "language from country: 'Germany' -> 'de', 'France' -> 'fr', otherwise -> 'en'",
        "Add the tag 'crm'. Add the tag 'big' if annualrevenue is more than 1000000.",
    ]


# --- drafted through the public API -----------------------------------------------------------------------


def test_hubspot_to_lead_with_defaults_formats_and_an_omission() -> None:
    text = (
        "contacts into SF leads, spec below\n\n{\n"
        "  Email: 'email',\n"
        "  LastName: { from: 'lastname', properCase: true },\n"
        "  Company: { from: 'company', whenNothing: 'Freelance' },   // empty -> Freelance\n"
        "  MobilePhone: { firstOf: ['mobilephone', 'phone'], ifNone: 'omit' },\n"
        "}"
    )
    recs = _records(text, H, L, HS)
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert _col(recs, "Company") == ["Acme", "Freelance", "Gamma"]
    assert _col(recs, "MobilePhone") == ["(415) 555-0100", "212-555-0101", "<absent>"]


def test_a_keep_only_filter_and_a_revenue_band() -> None:
    text = (
        "{\n"
        "  keepOnly: { when: { country: ['United States', 'Germany'] } },\n"
        "  Email: 'email',\n"
        "  LastName: 'lastname',\n"
        "  Rating: {\n"
        "    basedOn: 'annualrevenue',\n"
        "    rules: [ { when: { above: 10000000 }, then: 'Hot' } ],\n"
        "    otherwise: 'Cold',\n"
        "  },\n"
        "}"
    )
    recs = _records(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "cy@gamma.de"]
    assert _col(recs, "Rating") == ["Hot", "Cold"]


def test_nested_merge_fields_a_boolean_and_a_status_table() -> None:
    text = (
        "Contacts -> Mailchimp:\n{\n"
        "  email_address: 'email',\n"
        "  merge_fields: { FNAME: { src: 'firstname', upcase: true }, COMPANY: 'company' },\n"
        "  vip: { trueIf: { lifecyclestage: 'customer' } },\n"
        "  status: { cases: [ { when: { hs_email_optout: 'true' }, value: 'unsubscribed' } ], else: 'subscribed' },\n"
        "}"
    )
    recs = _records(text, H, M, HS)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["ANN", "BO", "CY"]
    assert _col(recs, "vip") == [True, False, False]
    assert _col(recs, "status") == ["subscribed", "subscribed", "unsubscribed"]


def test_a_text_false_is_matched_exactly() -> None:
    text = (
        "{\n"
        "  onlyWhen: { hs_email_optout: 'false' },   // blank = no consent\n"
        "  Email: 'email',\n"
        "  LastName: 'lastname',\n"
        "}"
    )
    recs = _records(text, H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_lead_to_identify_with_traits_a_template_and_an_email_part() -> None:
    text = (
        "{\n"
        "  userId: { from: 'Email', part: 'localPart' },\n"
        "  traits: {\n"
        "    label: `${LastName} / ${FirstName}`,\n"
        "    tier: { from: 'Rating', map: { Hot: 'gold', Cold: 'tin' }, default: 'silver' },\n"
        "  },\n"
        "}"
    )
    recs = _records(text, L, S, SFL)
    assert _col(recs, "userId") == ["ann", "bo", "cy"]
    assert [r["traits"]["label"] for r in recs] == ["Lee / Ann", "Ng / Bo", "Oz / Cy"]
    assert [r["traits"]["tier"] for r in recs] == ["gold", "tin", "silver"]


def test_lead_to_hubspot_with_a_when_then_else_and_a_phone_country() -> None:
    text = (
        "SF leads back to HubSpot.\n{\n"
        "  email: 'Email',\n"
        "  phone: { from: 'Phone', e164: 'GB', emptyPhone: 'omit' },\n"
        "  lifecyclestage: { when: { LeadSource: 'Web' }, then: 'lead', else: 'other' },\n"
        "}"
    )
    recs = _records(text, L, H, SFL)
    assert _col(recs, "phone") == ["+442079460321", "<absent>", "<absent>"]
    assert _col(recs, "lifecyclestage") == ["lead", "other", "lead"]


def test_mailchimp_to_hubspot_with_a_domain_fallback_and_a_skip() -> None:
    text = (
        "{\n"
        "  ignore: { when: { status: 'cleaned' } },\n"
        "  email: 'email_address',\n"
        "  company: ['merge_fields.COMPANY', 'email_address@domain'],\n"
        "  hs_language: { from: 'language', upper: true },\n"
        "}"
    )
    recs = _records(text, M, H, MC)
    assert _col(recs, "company") == ["Acme", "gamma.de"]
    assert _col(recs, "hs_language") == ["EN", "DE"]

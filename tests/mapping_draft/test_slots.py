"""Slot filling per intent: the same rule from wording the clause patterns do not know,
checked by previewing the drafted mapping on records (behaviour, not spec text)."""

from __future__ import annotations

from typing import Any

import pytest

from syncwright.mapping.draft.service import draft_mapping, preview_samples

HS = [
    {"email": "a@x.io", "firstname": "Ann", "lastname": "Lee", "company": "Acme", "lifecyclestage": "customer",
     "annualrevenue": "7000000", "phone": "(415) 555-0100", "mobilephone": "", "city": "Oslo", "hs_email_optout": "true"},
    {"email": "b@y.io", "firstname": "Bo", "lastname": "", "company": "", "lifecyclestage": "lead",
     "annualrevenue": "200000", "phone": "", "mobilephone": "415.555.0111", "city": "", "hs_email_optout": "false"},
    {"email": "c@z.io", "firstname": "Cy Ray", "lastname": "Moe", "company": "Zed", "lifecyclestage": "subscriber",
     "annualrevenue": "", "phone": "617-555-0123", "mobilephone": "", "city": "Rome", "hs_email_optout": ""},
]


def _records(text: str, to: str, frm: str = "hubspot.contacts", samples: list[dict[str, Any]] = HS) -> tuple[list[dict[str, Any]], list[str]]:
    r = draft_mapping(text, frm, to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, samples)
    assert prev is not None
    return prev["records"], [q["question"] for q in r.questions]


@pytest.mark.parametrize(
    "text",
    [
        "Email to Email. Buyers (stage customer) are rated 'Hot', and everybody else 'Cold'.",
        "Email to Email. Everybody else is 'Cold', but customers get the Rating 'Hot'.",
        "Email to Email. A Rating of 'Hot' goes to contacts in the customer stage; the rest are 'Cold'.",
    ],
)
def test_conditional_value_in_any_order(text: str) -> None:
    recs, _ = _records(text, "salesforce.Lead")
    assert [r["Rating"] for r in recs] == ["Hot", "Cold", "Cold"], recs


def test_revenue_bands_with_thousands_separators() -> None:
    recs, _ = _records("Email to Email. Rating: revenue of 1,000,000 or more is 'Hot', below that is 'Warm', and no revenue is 'Cold'.", "salesforce.Lead")
    assert [r["Rating"] for r in recs] == ["Hot", "Warm", "Cold"]


def test_default_with_the_value_first() -> None:
    recs, _ = _records("Email to Email. Company gets the company name, although 'None given' is written when there isn't one.", "salesforce.Lead")
    assert [r["Company"] for r in recs] == ["Acme", "None given", "Zed"]


def test_constant_in_passive_word_order() -> None:
    recs, _ = _records("Email to Email. 'Seminar' is the lead source on all of them.", "salesforce.Lead")
    assert [r["LeadSource"] for r in recs] == ["Seminar"] * 3


def test_format_for_one_field_in_free_word_order() -> None:
    recs, _ = _records("Email to Email. FirstName should hold just the first word of the given name.", "salesforce.Lead")
    assert [r["FirstName"] for r in recs] == ["Ann", "Bo", "Cy"]


def test_format_asked_for_the_sentence_reaches_a_fallback() -> None:
    recs, _ = _records("Email to Email. Phone takes the phone, and the mobile when phone is blank, all in E.164 for the US.", "salesforce.Lead")
    assert [r["Phone"] for r in recs] == ["+14155550100", "+14155550111", "+16175550123"]


def test_concatenation_by_slots() -> None:
    recs, _ = _records("userId from email. Add a trait 'name' that joins last name and first name separated by a comma.", "segment.identify", samples=[HS[0]])
    assert recs[0]["traits"]["name"] == "Lee,Ann"


def test_negated_flag_filter() -> None:
    recs, _ = _records("Only contacts that have not opted out of email. email_address from email, status subscribed.", "mailchimp.members")
    assert [r["email_address"] for r in recs] == ["b@y.io", "c@z.io"]


def test_a_quoted_value_no_rule_uses_is_asked_about() -> None:
    _, questions = _records("Email to Email. The tone of voice should be 'friendly' whenever possible.", "salesforce.Lead")
    assert any("'friendly'" in q for q in questions), questions


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Contacts in the customer stage are not to be synced. Email to Email.", ["b@y.io", "c@z.io"]),
        ("Subscribers shouldn't be sent over. Email to Email.", ["a@x.io", "b@y.io"]),
        ("We only want the contacts whose lifecycle stage is lead, thanks. Email to Email.", ["b@y.io"]),
    ],
)
def test_filters_in_any_wording(text: str, kept: list[str]) -> None:
    recs, _ = _records(text, "salesforce.Lead")
    assert [r["Email"] for r in recs] == kept


def test_a_tag_clause_does_not_swallow_another_rule() -> None:
    recs, _ = _records("Email address from email. Every member should be subscribed and tagged 'newsletter'.", "mailchimp.members", samples=[HS[0]])
    assert recs == [{"email_address": "a@x.io", "status": "subscribed", "tags": ["newsletter"]}]


def test_unquoted_picklist_values_fill_the_value_slot() -> None:
    recs, _ = _records("Email address is the email. Opted-out contacts (hs_email_optout \"true\") are unsubscribed, all others subscribed.", "mailchimp.members")
    assert [r["status"] for r in recs] == ["unsubscribed", "subscribed", "subscribed"]


def test_omit_right_after_its_rule() -> None:
    recs, _ = _records("Email to Email. AnnualRevenue: annual revenue, numeric; omit if empty.", "salesforce.Lead")
    assert [r.get("AnnualRevenue") for r in recs] == [7000000, 200000, None] and "AnnualRevenue" not in recs[2]


def test_skip_records_that_do_not_have_a_value() -> None:
    recs, _ = _records("Email to Email. Skip contacts that don't have a last name.", "salesforce.Lead")
    assert [r["Email"] for r in recs] == ["a@x.io", "c@z.io"]


def test_a_condition_spelled_field_value_in_parentheses() -> None:
    sfc = [{"Email": "f@w.de", "MailingCountry": "Germany"}, {"Email": "e@b.com", "MailingCountry": "United States"}]
    recs, _ = _records("Email address comes from Email. German contacts (MailingCountry Germany) get language 'de', the rest 'en'.", "mailchimp.members", frm="salesforce.Contact", samples=sfc)
    assert [r["language"] for r in recs] == ["de", "en"]


def test_a_value_with_a_keyword_inside_a_slug_is_not_code() -> None:
    recs, _ = _records("Email address from email, status subscribed. Every member is tagged 'crm-import'.", "mailchimp.members", samples=[HS[0]])
    assert recs[0]["tags"] == ["crm-import"]

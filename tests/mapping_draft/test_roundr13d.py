"""Round r13d's readers (set 36's causes: a marketing-ops engineer writing terse pseudo-assignment
lines), each on wording other than the set's and the dev cases': checked by previewing the draft
on records, plus the pure rewrite of the code operators."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.code_ops import read_code_ops
from tests.mapping_draft.test_round11c import _records as records

ROWS = [
    {"email": "ann@acme.io", "firstname": "ann", "lastname": "LEE", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "city": "Oslo", "zip": "0150", "industry": "", "jobtitle": "CFO", "country": "Norway", "website": "",
     "createdate": "2024-02-03T10:00:00.000Z", "hs_email_optout": "true", "lifecyclestage": "customer", "annualrevenue": "900"},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "", "phone": "", "mobilephone": "",
     "city": "Lima", "zip": "", "industry": "Retail", "jobtitle": "", "country": "Peru", "website": "beta.org",
     "createdate": "2022-12-31T23:00:00.000Z", "hs_email_optout": "", "lifecyclestage": "lead", "annualrevenue": ""},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    return records(text, to, rows=ROWS)


def test_code_operators_read_in_words() -> None:
    assert read_code_ops("Title = jobtitle || industry || ⟦0⟧") == "Title = jobtitle, else industry; ⟦0⟧ when blank"
    assert read_code_ops("Title = jobtitle || ⟦0⟧") == "Title = jobtitle; ⟦0⟧ when blank"
    assert read_code_ops("x = a || b || leave it out") == "x = a, else b; leave it out when blank"
    assert read_code_ops("only where stage == ⟦0⟧ || stage == ⟦1⟧") == "only where stage is ⟦0⟧ or ⟦1⟧"
    # a comparison's '==' is not an assignment: its right side stays a list of values
    assert read_code_ops("tag ⟦0⟧ when source == PAID || ORGANIC") == "tag ⟦0⟧ when source == PAID or ORGANIC"
    assert read_code_ops("tags := [⟦0⟧] when x > 3, else an empty list") == "tags = ⟦0⟧ when x > 3"
    assert read_code_ops("Rating = ⟦0⟧ if x > 1 else ⟦1⟧  // no x -> ⟦1⟧") == "Rating = ⟦0⟧ if x > 1 else ⟦1⟧; no x -> ⟦1⟧"
    # a URL's '//' is no comment; prose without operators is unchanged
    assert read_code_ops("website = ⟦0⟧ + https://x.io") == "website = ⟦0⟧ + https://x.io"
    assert read_code_ops("# Notes\nCity from city") == "# Notes\nCity from city"


def test_a_double_pipe_chain_with_a_constant_at_its_end() -> None:
    text = "Email = email\nCompany = company || industry || \"(none)\""
    assert _records(text, "salesforce.Lead") == [
        {"Email": "ann@acme.io", "Company": "Acme"}, {"Email": "bo@beta.org", "Company": "Retail"}]


def test_or_between_comparisons_of_one_field_filters_records() -> None:
    text = "# Andean + Nordic test\nwhere country == \"Peru\" || country == \"Chile\" only\nemail_address := email"
    assert _records(text, "mailchimp.members") == [{"email_address": "bo@beta.org"}]


def test_a_slash_comment_says_the_blank_side() -> None:
    text = "Email := email\nRating := \"Hot\" if annualrevenue > 500 else \"Cold\"  // missing revenue -> \"Cold\""
    assert _records(text, "salesforce.Lead") == [
        {"Email": "ann@acme.io", "Rating": "Hot"}, {"Email": "bo@beta.org", "Rating": "Cold"}]


def test_a_list_literal_under_a_condition_is_a_conditional_tag() -> None:
    text = "email_address := email\ntags := [\"opted-out\"] if hs_email_optout == \"true\" else no tags"
    assert _records(text, "mailchimp.members") == [
        {"email_address": "ann@acme.io", "tags": ["opted-out"]}, {"email_address": "bo@beta.org", "tags": []}]


def test_a_copy_only_when_a_condition_holds() -> None:
    text = "userId := email\ntraits.title := jobtitle only if lifecyclestage == \"customer\""
    assert _records(text, "segment.identify") == [
        {"userId": "ann@acme.io", "traits": {"title": "CFO"}}, {"userId": "bo@beta.org"}]


def test_a_hole_holding_its_format() -> None:
    text = "Contact.Email = email\nContact.Description = \"<lastname in title case> since <createdate: YYYY-MM-DD>\""
    assert _records(text, "salesforce.Contact") == [
        {"Email": "ann@acme.io", "Description": "Lee since 2024-02-03"}, {"Email": "bo@beta.org", "Description": "Ng since 2022-12-31"}]


def test_the_blank_side_written_as_an_expression() -> None:
    text = "userId := email\ntraits.website := website; if blank -> \"http://\" + the email domain"
    assert _records(text, "segment.identify") == [
        {"userId": "ann@acme.io", "traits": {"website": "http://acme.io"}}, {"userId": "bo@beta.org", "traits": {"website": "beta.org"}}]

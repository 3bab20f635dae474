"""Concept readers (round 8): a fallback, numeric bands and a true/false flag read from the
ingredients any wording of them holds, checked by previewing the draft on records. Every
sentence here is new wording, written for these tests (no held-out text)."""

from __future__ import annotations

from typing import Any

import pytest

from syncwright.mapping.draft.bands import BandSlots
from syncwright.mapping.draft.flag import FlagSlots
from syncwright.mapping.draft.grammar import Grammar
from syncwright.mapping.draft.service import draft_mapping, preview_samples, resolve_objects

ROWS = [
    {"email": "a@x.io", "phone": "111", "mobilephone": "222", "numemployees": "500", "annualrevenue": "9000000", "hs_email_optout": "true"},
    {"email": "b@x.io", "phone": "333", "mobilephone": "", "numemployees": "50", "annualrevenue": "100", "hs_email_optout": "false"},
    {"email": "c@x.io", "phone": "", "mobilephone": "444", "numemployees": "3", "annualrevenue": "", "hs_email_optout": ""},
    {"email": "d@x.io", "phone": "", "mobilephone": "", "numemployees": "", "annualrevenue": "6000000", "hs_email_optout": "true"},
]


def _records(text: str, to: str = "salesforce.Lead") -> list[dict[str, Any]]:
    r = draft_mapping(text, "hubspot.contacts", to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, ROWS)
    assert prev is not None
    return list(prev["records"])


def _grammar(frm: str, to: str) -> Grammar:
    return Grammar(*resolve_objects(frm, to))


@pytest.mark.parametrize(
    "text",
    [
        "Email to Email. Phone: go with the cell number first and only use the office phone when the cell is missing; if neither exists, Phone stays off.",
        "Email to Email. We prefer the mobile for Phone, then the phone. Drop Phone for contacts that have neither.",
        "Email to Email. Phone should be the mobile number; when it's empty take the landline instead. Nothing in Phone when neither is there.",
    ],
)
def test_fallback_mobile_first_in_new_words(text: str) -> None:
    recs = _records(text)
    assert [r.get("Phone") for r in recs] == ["222", "333", "444", None], recs


def test_fallback_phone_first_when_the_pronoun_names_the_first_field() -> None:
    recs = _records("Email to Email. For Phone use the phone; if that is blank, use the mobile instead. Leave Phone out when both are empty.")
    assert [r.get("Phone") for r in recs] == ["111", "333", "444", None], recs


def test_two_fields_of_different_kinds_are_not_a_fallback() -> None:
    from syncwright.mapping.draft.concept_fallback import ConceptFallback
    g = _grammar("hubspot.contacts", "salesforce.Lead")
    assert not ConceptFallback(g).try_sentence("Phone is the city first, then the mobile when the city is blank")


@pytest.mark.parametrize(
    "text",
    [
        "Email to Email. Rating from staff size: 100 or more employees gives 'Hot', between 10 and 99 gives 'Warm', under 10 gives 'Cold'; no employee count means 'Cold'.",
        "Email to Email. Rating: at least 100 employees is 'Hot'; 10-99 is 'Warm'; below 10 is 'Cold'; blank headcount is 'Cold' too.",
    ],
)
def test_bands_on_a_number_in_new_words(text: str) -> None:
    recs = _records(text)
    assert [r.get("Rating") for r in recs] == ["Hot", "Warm", "Cold", "Cold"], recs


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Email to Email. Check HasOptedOutOfEmail when hs_email_optout is 'true'; otherwise leave it false, blanks included.", [True, False, False, True]),
        ("Email to Email. Mark DoNotCall true for contacts whose revenue exceeds 5000000, and false for the rest.", [True, False, False, True]),
    ],
)
def test_flag_from_a_condition_in_new_words(text: str, want: list[bool]) -> None:
    recs = _records(text)
    target = "HasOptedOutOfEmail" if "HasOptedOutOfEmail" in text else "DoNotCall"
    assert [r.get(target) for r in recs] == want, recs


@pytest.mark.parametrize(
    ("reader", "frm", "to", "text"),
    [
        # one bound and a condition of another kind: not a table on a number
        (BandSlots, "hubspot.contacts", "salesforce.Lead", "Rating is ⟦0⟧ over 100 employees, ⟦1⟧ when the city is Oslo"),
        # a quoted value before the source is a value to write, not a flag's condition
        (FlagSlots, "salesforce.Lead", "hubspot.contacts", "hs_email_optout is the text ⟦0⟧ when HasOptedOutOfEmail is ticked and ⟦1⟧ otherwise"),
    ],
)
def test_missing_ingredient_is_not_the_concept(reader: Any, frm: str, to: str, text: str) -> None:
    g = _grammar(frm, to)
    g.literals = ["Hot", "Cold"] if reader is BandSlots else ["true", "false"]
    assert not reader(g).try_sentence(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Email to Email. Subscribers and leads belong to another team, so they stay out.", ["a@x.io", "d@x.io"]),
        ("Email to Email. The Nordic desk only handles Norway and Sweden (Norway, Sweden).", ["a@x.io", "c@x.io"]),
        ("Email to Email. Anybody other than the Nordic countries (Norway, Sweden) is kept out.", ["a@x.io", "c@x.io"]),
    ],
)
def test_filter_by_values_in_new_words(text: str, want: list[str]) -> None:
    rows = [dict(ROWS[i], lifecyclestage=s, country=c) for i, (s, c) in enumerate([("customer", "Norway"), ("lead", "Spain"), ("subscriber", "Sweden"), ("opportunity", "")])]
    r = draft_mapping(text, "hubspot.contacts", "salesforce.Lead")
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, rows)
    assert prev is not None
    assert [x["Email"] for x in prev["records"]] == want, prev["records"]

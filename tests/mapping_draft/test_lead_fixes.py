"""Misreadings noticed in earlier rounds and mended: each sentence is new wording, checked by
previewing the draft on records (behaviour, not the rules' text)."""

from __future__ import annotations

from typing import Any

import pytest

from syncwright.mapping.draft.service import draft_mapping, preview_samples

ROWS = [
    {"email": "a@x.io", "lifecyclestage": "subscriber", "address": "1 A St", "city": "Oslo", "state": "", "firstname": "Ann", "lastname": "Lee"},
    {"email": "b@x.io", "lifecyclestage": "lead", "address": "2 B St", "city": "Rome", "state": "RM", "firstname": "Bo", "lastname": "Ng"},
    {"email": "c@x.io", "lifecyclestage": "customer", "address": "", "city": "", "state": "TX", "firstname": "Cy", "lastname": "Ott"},
]


def _records(text: str) -> list[dict[str, Any]]:
    r = draft_mapping(text, "hubspot.contacts", "salesforce.Lead")
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, ROWS)
    assert prev is not None
    return list(prev["records"])


@pytest.mark.parametrize(
    "text",
    [
        "Never sync subscribers or leads. Map email.",
        "Map email, but skip contacts that are subscribers or leads.",
        "Map email. Leave out subscribers and leads.",
    ],
)
def test_a_stage_list_ending_in_a_record_word_keeps_every_stage(text: str) -> None:
    # 'leads' is both the record noun and a stage: the last value of a list is not dropped as noise
    assert [r["Email"] for r in _records(text)] == ["c@x.io"]


@pytest.mark.parametrize(
    "text",
    [
        "Address fields: Street from address, City, State. Map email.",
        "Map email. Location details: Street from the address, City, State.",
    ],
)
def test_a_header_naming_a_group_of_fields_introduces_a_list(text: str) -> None:
    recs = _records(text)
    assert [(r.get("Street"), r.get("City"), r.get("State")) for r in recs] == [("1 A St", "Oslo", ""), ("2 B St", "Rome", "RM"), ("", "", "TX")]


def test_a_header_naming_one_field_is_still_that_field() -> None:
    assert [r.get("Street") for r in _records("Street: the address. Map email.")] == ["1 A St", "2 B St", ""]

"""Round 13 (the lead's part): a two-word catalog label written in its own case is that field,
even when its first word is one that never opens a mention ('Other Phone')."""

from __future__ import annotations

from syncwright.mapping.draft.fields import object_fields
from syncwright.mapping.draft.grammar import Grammar
from tests.mapping_draft.test_round11c import _records

ROWS = [
    {"Email": "ann@acme.io", "Phone": "+1 415 555 0100", "OtherPhone": "+44 20 7946 0000", "MobilePhone": ""},
    {"Email": "bo@beta.org", "Phone": "", "OtherPhone": "+49 30 123456", "MobilePhone": "+1 212 555 0101"},
]


def test_a_two_word_label_in_its_own_case_is_that_field() -> None:
    g = Grammar(object_fields("salesforce.Contact", "src"), object_fields("mailchimp.members", "dst"))
    named = g.resolve("Other Phone", "src")
    assert named is not None and named.best.path == "OtherPhone"


def test_other_phone_written_as_its_label_is_copied() -> None:
    text = "Map Email to email_address, and put the Other Phone into merge_fields.PHONE."
    assert _records(text, "mailchimp.members", frm="salesforce.Contact", rows=ROWS) == [
        {"email_address": "ann@acme.io", "merge_fields": {"PHONE": "+44 20 7946 0000"}},
        {"email_address": "bo@beta.org", "merge_fields": {"PHONE": "+49 30 123456"}},
    ]

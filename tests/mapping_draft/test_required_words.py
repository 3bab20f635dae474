"""The canonical-wording table skips a row when the sentence lacks what every match of the
row contains (required_words). These tests pin the reading on hand-made patterns and check,
on real sentences through every row of the table, that no skipped row could have matched and
that skipping changes no output."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from syncwright.mapping.draft.canon import apply_rows, rewrites
from syncwright.mapping.draft.required_words import UNFOLDED, key_of, may_match, required_words

ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (r"\bnot (?:sent|passed) at all", (("not ",), ("sent", "passed"), (" at all",))),
        (r"colou?r name", (("colo",), ("r name",))),  # the optional letter is not required
        (r"a{2}bc def", (("bc def",),)),  # a count is not text
        (r"(?:sent|passed)+ at all", ((" at all",),)),  # a repeated group: nothing in it
        (r"x|yz", ()),  # one alternative is too short to require anything
        (r"(?P<v>put|set) it|write it", ((" it", "write it"),)),  # one word per alternative
        (r"(?x) a b", ()),  # verbose: spaces mean nothing
        (r"[abc] foo\.bar", ((" foo",), ("bar",))),  # a class and an escape are 'anything'
        (r"\b(?=⟦)(?<!x)tag (?!no)", (("tag ",),)),  # lookarounds add nothing
        (r"(?(1)yes|no) only", ((" only",),)),  # a conditional adds nothing
        (r"⟦\d+⟧ -> ⟦", (("⟧ -> ⟦",),)),  # characters with no case count as text
    ],
)
def test_what_a_pattern_requires(pattern: str, required: tuple[tuple[str, ...], ...]) -> None:
    assert required_words(pattern) == required


def test_the_key_is_one_test_and_a_missing_word_fails_it() -> None:
    key = key_of(required_words(r"\bnot (?:sent|passed) at all"))
    assert key == " at all"  # the longest required word
    assert may_match(key, "not sent at all") and not may_match(key, "not sent, ever")
    alt = key_of(required_words(r"\b(?:put|set|write)\b"))
    assert isinstance(alt, re.Pattern)
    assert may_match(alt, "then set it") and not may_match(alt, "then copy it")
    assert key_of(()) is None and may_match(None, "anything")


def _sentences(limit: int) -> list[str]:
    """Sentences of the drafting tests' own cases and of the held-out dev sets."""
    files = sorted((ROOT / "tests" / "mapping_draft" / "cases").glob("*.yaml"))
    files += sorted((ROOT / "bench" / "heldout").glob("dev*/*.yaml"))
    out: list[str] = []
    for f in files:
        text = yaml.safe_load(f.read_text(encoding="utf-8"))["text"]
        out += [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n", text) if s.strip()]
    return out[:: max(1, len(out) // limit)]


def test_no_row_that_matches_is_skipped_and_skipping_changes_nothing() -> None:
    sentences = _sentences(700)
    assert len(sentences) > 500
    checked = 0
    for sentence in sentences:
        s = sentence
        for rx, repl, key in rewrites():
            m = rx.search(s)
            if m is None:
                continue
            if UNFOLDED.isdisjoint(m.group(0)):
                # the matched text alone passes the key, so the whole sentence does too
                assert may_match(key, m.group(0).lower()), (rx.pattern, m.group(0))
                checked += 1
            s = rx.sub(repl, s)
        assert apply_rows(sentence) == apply_rows(sentence, filtered=False), sentence
    assert checked > 300  # the corpus reaches many rows, not a handful


def test_a_sentence_with_a_folding_character_runs_every_row() -> None:
    # the long s (U+017F) matches 's' under re.I but lowers to itself, so the lowered sentence
    # lacks 'send': the row that reads 'do not send' must run all the same
    plain, folded = "do not send the phone at all", "do not \u017fend the phone at all"
    said = apply_rows(plain)
    assert said and said[-1][2] == "skip the phone at all"
    assert apply_rows(folded) == apply_rows(folded, filtered=False)
    assert [k for k, _, _ in apply_rows(folded)] == [k for k, _, _ in said]

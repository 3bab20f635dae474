"""Rows and sentences whose rule is said elsewhere in the text (round 52).

'Rating | decided from HubSpot Annual Revenue, see rules' in a spec table: the row points at the
rules paragraph under the table, which writes Rating; read on its own it was a copy of the revenue.
'The phone number shall be copied as it stands, no formatting' after a row that reads the phone (as
Mobile Phone's fallback): how that source is copied, said again; read on its own it was a second
rule writing Phone. Neither becomes a rule; a pointer whose field no sentence writes is asked about
once the whole text is read, so nothing the writer meant is dropped quietly.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Question, value_sources

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar
    from syncwright.mapping.draft.text import Sentence

# 'Rating: decided from HubSpot Annual Revenue, see rules', 'Segment: (see notes below)': a row pointing at the rules
_POINTER_ROW = re.compile(
    r"(?P<d>[^:;⟦]{1,40}?)\s*:\s*(?:[^;⟦]*?,\s*)?\(?(?:see|per|as per|described in|explained in|defined in|set by|given by|decided by|as in)\s+"
    r"(?:the\s+)?(?:rules?|notes?|paragraph|text)(?:\s+(?:below|above|under the table|after the table))?\)?",
    re.I,
)

# 'The phone number shall be copied as it stands, no formatting': a subject copied unchanged, nothing more
_RESTATED_COPY = re.compile(
    r"^(?:the |their |its |a |an )?(?P<x>[A-Za-z][\w ]{1,30}?) (?:shall|should|must|will|is to|are to|can) be (?:copied|sent|passed|taken|kept)(?: over| across)?"
    r" (?:as it stands|as they stand|as is|as-is|unchanged|exactly|verbatim|as they are|as it is)(?:,? (?:with )?no (?:formatting|reformatting|changes?|cleaning))?\W*$",
    re.I,
)


def pointer_row(g: Grammar, text: str) -> bool:
    """A row that says where its rule is written: noted, no rule of its own."""
    m = _POINTER_ROW.match(text.strip(" ."))
    if m is None:
        return False
    d = g.resolve(m["d"], "dst")
    if d is None:
        return False
    g.pointers.append((g.sentence, d.best.path))
    g._note(f"{d.best.path}: its rule is in the text's rules (no rule from this row)")
    return True


def unanswered_pointers(g: Grammar) -> None:
    """Ask about each field a row pointed at the rules for that no rule writes."""
    for sentence, path in g.pointers:
        if not any(r.target == path for r in g.plan.rules):
            g.plan.questions.append(Question(f"sentence {sentence + 1} points at the rules for {path}, but no rule in the text writes {path}: what should it be?", sentence, [path]))


def restated_copy(g: Grammar, s: Sentence) -> bool:
    """A copy said again: only a subject with no field of the destination written by its exact
    name, whose source field an earlier rule reads for another destination."""
    m = _RESTATED_COPY.match(s.text.strip())
    if m is None:
        return False
    src = g.resolve(m["x"], "src")
    dst = g.resolve(m["x"], "dst")
    if src is None or (dst is not None and dst.exact_case):
        return False
    field = src.best.path
    readers = [r for r in g.plan.rules if field in value_sources(r.value) and (dst is None or r.target != dst.best.path)]
    if not readers or (dst is not None and any(r.target == dst.best.path for r in g.plan.rules)):
        return False
    g.sentence = s.index
    g._note(f"how {field} is copied, said again for {readers[0].target} (no rule of its own)")
    return True

"""A table's legend: 'Blank Rule = copy as is', '(Rule left empty = straight copy)' (round 43).

A sheet or a pasted table often carries a line saying what an empty rule cell means. The table
reader already copies a row whose rule cell is empty, so the line says nothing new; read as a
sentence it was asked about ('what should ... do?'). It is set aside with a note. Only a line
that says just that (an empty/blank/no rule cell = copy) goes; a legend with anything more
('Legend: empty Rule = copy as is. Empty values ...') stays a sentence.

Tried and withdrawn in the same round: noting, instead of asking, every sentence that names no
field and has no rule word ('Good evening', a signature, 'spaces count as empty'). It gained no
case; on 22 never-opened texts that question was the only one of a draft wrong elsewhere, so
the draft went from asked to silent. A question about a greeting is noise, but it was the only
flag on those drafts.
"""

from __future__ import annotations

import re

# 'Blank Rule = copy as is.', '(Rule left empty = straight copy)', 'Legend: no Rule = copy as is': what an empty rule
# cell means, which is what the table reader does with one already (round 43: asked about, as a rule of its own)
_LEGEND = re.compile(
    r"^\s*\(?\s*(?:legend|key|note)?\s*:?\s*(?:an?\s+)?(?:(?:empty|blank|no)\s+)?(?:rule|notes?|transform(?:ation)?s?|how)(?:\s+(?:cell|column|field))?"
    r"(?:\s+(?:left\s+)?(?:empty|blank))?\s*(?:=|means|->|:|is)\s*(?:an?\s+)?(?:(?:straight|plain|1:1|one-to-one)\s+)?cop(?:y|ied|ies)"
    r"(?:\s+(?:as[- ]is|exactly(?:\s+as\s+it\s+is(?:\s+in\s+\w+)?)?|unchanged|straight(?:\s+across)?|over))?\s*\)?\s*[.!]?\s*$",
    re.I,
)


def drop_legends(text: str) -> tuple[str, list[str]]:
    """``text`` without the lines that only say an empty rule cell is a copy; the notes name them."""
    kept: list[str] = []
    notes: list[str] = []
    for ln in text.splitlines():
        if _LEGEND.match(ln) and re.search(r"\b(?:empty|blank|no|left)\b", ln, re.I):
            notes.append(f"a table's legend, no rule: {ln.strip()!r}")
            continue
        kept.append(ln)
    return ("\n".join(kept), notes) if notes else (text, notes)

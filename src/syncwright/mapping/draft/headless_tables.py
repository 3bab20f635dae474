"""A two-column pipe table with no header row whose left cells are the destination's fields (round 48).

'Last Name | all big letter (Kim → KIM)', 'Description | city + " / " + create date', 'Email |
same value', or 'Mailing Street | street address' under a title: a field table written without
its 'Field | Rule' header. The value-table reader took its first row for a header ('street
address from the Mailing Street: ...'), so every row became a value of one field. When every
left cell (all but one, in three rows or more) names a field of the destination, the table is
given the header it left out, 'Field | Rule', and read as the spec table it is. Any other
text comes back as it was.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.examples import fold as _fold
from syncwright.mapping.draft.fields import ObjectFields

_PIPE_ROW = re.compile(r"^[ \t]*\|?[^|\n]+\|[^|\n]*\|?[ \t]*$")
_HEAD_WORDS = frozenset(["field", "fields", "target", "targetfield", "destination", "destinationfield", "property", "to", "source", "from"])
_SEPARATOR = re.compile(r"^[ \t]*\|?\s*:?-{2,}")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def headless_tables(text: str, dst: ObjectFields) -> str:
    """``text`` with each headerless field table given its 'Field | Rule' header."""
    if "|" not in text:
        return text
    names = dst.folded_names()
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _PIPE_ROW.match(lines[j]) and len(_cells(lines[j])) == 2:
            j += 1
        run = lines[i:j]
        fresh = i == 0 or "|" not in lines[i - 1]
        headed = bool(run) and _fold(_cells(run[0])[0]) in _HEAD_WORDS  # 'Field | Rule' over rows with no '---' under it
        if len(run) >= 2 and fresh and not headed and not any(_SEPARATOR.match(r) for r in run[:2]):
            hits = sum(_fold(_cells(r)[0]) in names for r in run)
            if hits == len(run) or (len(run) >= 3 and hits >= len(run) - 1):
                out += ["Field | Rule", "--- | ---", *run]
                i = j
                continue
        out.extend(run or lines[i : i + 1])
        i = max(j, i + 1)
    return "\n".join(out)

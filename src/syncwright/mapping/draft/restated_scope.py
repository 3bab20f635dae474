"""One scope said twice: a heading's loose word and the checklist's exact value (round r13b).

"UK leads only." over a list whose first item is "for Country = 'United Kingdom' only": the
heading gives a keep-filter on Country = UK and the item one on Country = 'United Kingdom'.
Two keep-filters that test one field for equality with different values keep no record at
all, which nobody asks for: they are one scope written twice. The ingredients decide which
one is exact: the filter whose values the text quotes is kept, the other (a bare word read
as a value) is dropped. When neither or both are quoted, both stay (and the check says so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cmp

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar


def _values(c: object) -> list[str] | None:
    """The values an equality keep-filter accepts, or None for any other condition."""
    if not isinstance(c, Cmp) or c.op not in ("eq", "in"):
        return None
    vals = c.value if isinstance(c.value, list) else [c.value]
    return [str(v) for v in vals]


def restated_scopes(g: Grammar) -> None:
    """Drop a keep-filter whose unquoted values contradict a quoted one on the same field."""
    quoted = {lit.lower() for lit in g.literals_all}
    filters = g.plan.filters
    drop: list[int] = []
    for i, a in enumerate(filters):
        va = _values(a.keep_when)
        if va is None or any(v.lower() in quoted for v in va):
            continue
        for j, b in enumerate(filters):
            vb = _values(b.keep_when)
            if j == i or vb is None or not isinstance(a.keep_when, Cmp) or not isinstance(b.keep_when, Cmp):
                continue
            if b.keep_when.field != a.keep_when.field or not all(v.lower() in quoted for v in vb):
                continue
            if {v.lower() for v in va} & {v.lower() for v in vb}:
                continue  # the scopes overlap: both may be meant
            drop.append(i)
            break
    if drop:
        g.plan.filters = [f for k, f in enumerate(filters) if k not in drop]

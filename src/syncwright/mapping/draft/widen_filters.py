"""A keep-filter said again with more values widens the first one (round 41).

'Only customers go in' and, later, 'customer or opportunity, skip the rest' are both read as
filters on the lifecycle stage; kept together they keep customers only, which makes the second
pointless. People say it so when they add a value (a colleague asked for opportunities too),
so of two keep-filters on one field whose later one holds every value of the earlier and more,
the earlier is dropped and the notes say so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cmp, DraftFilter

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar


def _values(fl: DraftFilter) -> tuple[str, frozenset[str]] | None:
    c = fl.keep_when
    if not isinstance(c, Cmp) or c.op not in ("eq", "in"):
        return None
    vals = c.value if isinstance(c.value, list) else [c.value]
    return c.field, frozenset(str(v) for v in vals)


def widen_filters(g: Grammar) -> None:
    """Drop a keep-filter that a later one on the same field holds, with more values."""
    keep: list[DraftFilter] = []
    filters = g.plan.filters
    for i, fl in enumerate(filters):
        mine = _values(fl)
        later = [v for f in filters[i + 1 :] if (v := _values(f)) is not None]
        if mine is not None and any(f == mine[0] and vals > mine[1] for f, vals in later):
            g.plan.notes.append(f"filter {fl.reason!r} widened by a later one on {mine[0]} with more values")
            continue
        keep.append(fl)
    g.plan.filters = keep

"""'Only contacts without Email Opt Out' (round 36): a filter on a true/false field that keeps the
records *without* it keeps the ones where it is not ticked. Read as 'the field is empty' it kept
none: a checkbox is always true or false, never empty, so every record was left out in silence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cmp

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_WITHOUT = re.compile(r"\b(?:without|with no|have no|has no|having no|not have|no)\b", re.I)


def unticked_flags(g: Grammar) -> None:
    """A kept-when-empty filter on a boolean source field, said with 'without', keeps the unticked ones."""
    for fl in g.plan.filters:
        c = fl.keep_when
        if not (isinstance(c, Cmp) and c.op in ("empty", "not_empty") and _WITHOUT.search(fl.reason)):
            continue
        field = g.src_obj.get(c.field)
        if field is not None and field.type == "boolean":
            fl.keep_when = Cmp(c.field, "false" if c.op == "empty" else "true")
            fl.reason += f" ({c.field} is true or false, never empty: without it is not ticked)"

"""'vip is true only when the lead source is Trade Show' (round 27): a true/false field that is
true ONLY when a condition holds is false otherwise. Without an 'otherwise' the field was left
out of every other record (a blank where the person expects false). Only for a boolean field
whose branches all write true, and only when a sentence of the rule says 'only when/if' (a
plain 'true when X' still leaves the rest to what the text says next).

Round 45: 'vip true if revenue more than 2,000,000. empty revenue -> false' is the same flag
said the other way: the writer names the blank branch because blanks are the case a reader
could doubt, and the false it gives is the flag's value for every record the true branch
misses. Only when the one false branch is the blank test of the very field the true branches
compare (never a false branch with a condition of its own, which leaves the gap it leaves)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Cmp, Const

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_ONLY = re.compile(r"\b(?:true|yes|checked|ticked)\b[^.;]*?\bonly\s+(?:when|if|where|for)\b|\bonly\s+(?:when|if)\b[^.;]*\b(?:true|yes)\b", re.I)


def only_true_is_false_otherwise(g: Grammar) -> None:
    for r in g.plan.rules:
        v = r.value
        f = g.dst_obj.get(r.target)
        if not isinstance(v, Cases) or v.otherwise is not None or v.leave_out_rest or f is None or f.type != "boolean":
            continue
        all_true = bool(v.branches) and all(isinstance(b, Const) and b.value is True for _, b in v.branches)
        if all_true and any(0 <= i < len(g.traces) and _ONLY.search(g.traces[i].text) for i in r.sentences):
            v.otherwise = Const(False)
            g.plan.notes.append(f"{r.target}: true only when the condition holds, so false otherwise")
        elif _blank_false(v):
            v.otherwise = Const(False)
            g.plan.notes.append(f"{r.target}: true when the comparison holds and false when blank, so false otherwise")


def _blank_false(v: Cases) -> bool:
    """Branches: true for comparisons of one field, and false only for that field being blank."""
    false = [c for c, b in v.branches if isinstance(b, Const) and b.value is False]
    true = [c for c, b in v.branches if isinstance(b, Const) and b.value is True]
    if len(false) != 1 or not true or len(false) + len(true) != len(v.branches):
        return False
    blank = false[0]
    if not isinstance(blank, Cmp) or blank.op != "empty":
        return False
    return all(isinstance(c, Cmp) and c.field == blank.field and c.op in ("gt", "ge", "lt", "le", "eq", "in", "contains") for c in true)

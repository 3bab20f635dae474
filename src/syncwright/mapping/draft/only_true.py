"""'vip is true only when the lead source is Trade Show' (round 27): a true/false field that is
true ONLY when a condition holds is false otherwise. Without an 'otherwise' the field was left
out of every other record (a blank where the person expects false). Only for a boolean field
whose branches all write true, and only when a sentence of the rule says 'only when/if' (a
plain 'true when X' still leaves the rest to what the text says next)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Const

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_ONLY = re.compile(r"\b(?:true|yes|checked|ticked)\b[^.;]*?\bonly\s+(?:when|if|where|for)\b|\bonly\s+(?:when|if)\b[^.;]*\b(?:true|yes)\b", re.I)


def only_true_is_false_otherwise(g: Grammar) -> None:
    for r in g.plan.rules:
        v = r.value
        f = g.dst_obj.get(r.target)
        if not isinstance(v, Cases) or v.otherwise is not None or v.leave_out_rest or f is None or f.type != "boolean":
            continue
        if not v.branches or not all(isinstance(b, Const) and b.value is True for _, b in v.branches):
            continue
        if any(0 <= i < len(g.traces) and _ONLY.search(g.traces[i].text) for i in r.sentences):
            v.otherwise = Const(False)
            g.plan.notes.append(f"{r.target}: true only when the condition holds, so false otherwise")

"""A value table whose other values leave the field out (round 21): "Software -> 'Technology',
Logistics -> 'Transportation'. Any other industry, or a blank one -> leave Industry off",
"'Web' for ORGANIC_SEARCH, 'Advertisement' for PAID_SEARCH; for any other source, leave it
off". Without the mark, a table with no 'otherwise' rejects a record whose value it does not
list (``VALUE_NOT_IN_TABLE``): right when the text says nothing of the rest, wrong when it
says to leave the field off. Marked, the rows are written as ``cases`` without an ``else``,
which leaves the key out for the rest."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Cmp, Const

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_REST = r"(?:any other|anything else|every other|all other|everything else|all the others|the rest|others|other values?|any other value)"
_OFF_VERB = r"(?:leave|keep|omit|drop|skip|don't send|do not send|don't set|do not set|no)"
# 'Any other industry, or a blank one -> leave Industry off', 'for any other status, leave it off'
_REST_OFF = re.compile(
    rf"\b{_REST}\b[^.;:]*?(?:->|→|=>|:|,|\bthen\b)\s*{_OFF_VERB}\s+(?P<f>it|them|that field|the field|[\w. ]+?)(?:\s+(?:off|out|empty|unset))?\s*(?:[.;]|$)"
    rf"|\b{_OFF_VERB}\s+(?P<g>it|them|[\w. ]+?)\s+(?:off|out)\s+for\s+{_REST}\b",
    re.I)


def _table_like(v: object) -> bool:
    return isinstance(v, Cases) and v.otherwise is None and len(v.branches) > 1 and all(
        isinstance(c, Cmp) and c.op in ("eq", "in") and isinstance(out, Const) for c, out in v.branches)


def rest_left_out(g: Grammar) -> None:
    for t in g.traces:
        m = _REST_OFF.search(t.text)
        if m is None:
            continue
        named = (m.group("f") or m.group("g") or "").strip()
        rules = [r for r in g.plan.rules if _table_like(r.value) and any(i in (t.sentence, t.sentence - 1) for i in r.sentences)]
        if named.lower() not in ("it", "them", "that field", "the field"):
            mention = g.resolve(named, "dst")
            rules = [r for r in rules if mention is not None and r.target == mention.best.path]
        if len(rules) != 1:
            continue
        v = rules[0].value
        assert isinstance(v, Cases)
        v.leave_out_rest = True
        rules[0].why.append(f"the other values leave {rules[0].target} out (sentence {t.sentence + 1})")

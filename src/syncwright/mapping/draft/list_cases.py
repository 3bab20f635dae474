"""Conditions written to a list field (Mailchimp tags) as a list of conditional items (round 20).

"Tags: 'Commercial' if the employee count is over 20, 'Client' if the stage is customer" is
sometimes read as a value table (first condition that holds wins), which writes one text
where the destination holds a list: the platform rejects it, or the member gets one tag
where the person asked for two. A table of plain values into a list field is a list whose
items each carry their own condition, in the order the text gives; one condition with a
value for everyone else is two items, the second under the condition's negation; a longer
table with a value for everyone else is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Chain, Cond, Const, ListOf, Not, Or, Value

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_LIST_TYPES = ("array", "list")


def cases_as_items(g: Grammar) -> None:
    """Rewrite each value table of constants into a list field as conditional list items."""
    for r in g.plan.rules:
        f = g.dst_obj.get(r.target)
        if f is None or f.type not in _LIST_TYPES:
            continue
        if isinstance(r.value, Chain) and len(r.value.options) == 2:
            first, rest = r.value.options
            if isinstance(first, ListOf) and isinstance(rest, Const) and isinstance(rest.value, str) and first.items:
                conds = [c for _, c in first.items if c is not None]
                if len(conds) == len(first.items):
                    # "'Enterprise' if ..., otherwise 'SMB'" read as a list with a default: the other tag, when none applies
                    none_holds = Not(conds[0]) if len(conds) == 1 else Not(Or(conds))
                    r.value = ListOf([*first.items, (rest, none_holds)])
            continue
        if isinstance(r.value, Const) and isinstance(r.value.value, str) and r.value.value:
            r.value = ListOf([(r.value, None)])  # 'Tags: salesforce on everyone': one tag, for everyone
            continue
        if not isinstance(r.value, Cases):
            continue
        v = r.value
        if not all(isinstance(val, Const) and isinstance(val.value, str) for _, val in v.branches):
            continue
        items: list[tuple[Value, Cond | None]] = [(val, cond) for cond, val in v.branches]
        if isinstance(v.otherwise, Const) and isinstance(v.otherwise.value, str) and len(v.branches) == 1:
            items.append((v.otherwise, Not(v.branches[0][0])))  # "'Enterprise' if ..., otherwise 'SMB'": one tag or the other
        elif v.otherwise is not None and not (isinstance(v.otherwise, Const) and v.otherwise.value in ([], None)):
            continue
        r.value = ListOf(items)
        r.why.append("a list field: each condition adds its own item, in the order the text gives")

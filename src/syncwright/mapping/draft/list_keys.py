"""A table keyed on a list field (round 27): "lifecyclestage: marketingqualifiedlead if the member
has the tag 'Webinar', else lead" read as a value table on tags compared the whole list with
'Webinar', so no member matched and every one got the rest value. A list field's key is a value
the list holds: each equality (or 'one of') test on a list-typed source field becomes 'contains'
(one of several values: any of them), wherever the grammar built it. A constant item said twice
with no test is one item (round 53)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import And, Cases, Cmp, Cond, Const, ListOf, Not, Or

if TYPE_CHECKING:
    from syncwright.mapping.draft.fields import ObjectFields
    from syncwright.mapping.draft.grammar import Grammar


def _fix(c: Cond, src: ObjectFields) -> Cond:
    if isinstance(c, Cmp):
        f = src.get(c.field)
        if f is None or f.type not in ("array", "list"):
            return c
        if c.op == "eq" and isinstance(c.value, str):
            return Cmp(c.field, "contains", c.value)
        if c.op == "in" and isinstance(c.value, list) and all(isinstance(v, str) for v in c.value):
            return Or([Cmp(c.field, "contains", v) for v in c.value])
        return c
    if isinstance(c, And):
        return And([_fix(x, src) for x in c.items])
    if isinstance(c, Or):
        return Or([_fix(x, src) for x in c.items])
    return Not(_fix(c.item, src))


def list_keys(g: Grammar) -> None:
    for r in g.plan.rules:
        if isinstance(r.value, Cases):
            r.value.branches = [(_fix(c, g.src_obj), v) for c, v in r.value.branches]
        elif isinstance(r.value, ListOf):
            items = [(v, _fix(c, g.src_obj) if c is not None else None) for v, c in r.value.items]
            # "all of them get the tag 'HubSpot', i.e. tags = ['HubSpot']": one tag said twice is one tag (round 53)
            r.value.items = [(v, c) for k, (v, c) in enumerate(items) if not (c is None and isinstance(v, Const) and (v, None) in items[:k])]
    for flt in g.plan.filters:
        flt.keep_when = _fix(flt.keep_when, g.src_obj)

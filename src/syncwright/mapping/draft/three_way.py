"""A true/false field read three ways: "'granted' where hs_email_optout is 'false', 'withdrawn'
where it is 'true', and 'unknown' for anything else, blank included". On its own a 'false'
condition holds for a blank too (a blank opt-out has not opted out); beside a 'true' row and an
'otherwise' that gives a third value, the rest is what is neither true nor false, so the
'false' row is strict: false and not blank."""

from __future__ import annotations

from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import And, Cases, Cmp, Cond

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar


def _flag(c: Cond) -> tuple[str, str] | None:
    return (c.field, c.op) if isinstance(c, Cmp) and c.op in ("true", "false") else None


def three_way_flags(g: Grammar) -> None:
    for r in g.plan.rules:
        v = r.value
        if not isinstance(v, Cases) or v.otherwise is None:
            continue
        flags = [_flag(c) for c, _ in v.branches]
        for i, (c, out) in enumerate(v.branches):
            f = _flag(c)
            if f is None or f[1] != "false" or (f[0], "true") not in flags or out == v.otherwise:
                continue
            v.branches[i] = (And([c, Cmp(f[0], "not_empty")]), out)
            r.why.append(f"{f[0]} false (not blank): the rest, blank included, is {r.target}'s 'otherwise'")

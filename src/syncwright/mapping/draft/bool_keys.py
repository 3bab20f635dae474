"""The rows of a table over a true/false field written as words (round 21): "Email Opt Out
ticked -> unsubscribed; not ticked -> subscribed", "vip -> customer; not vip -> subscriber".
Read as text keys, 'not ticked' and 'not vip' match no record (a checkbox holds true or false),
so every unticked record was rejected as an unlisted value. A key that negates ('not ...',
'un...', 'no', 'false', 'unchecked') is the field being false; one that affirms ('ticked',
'checked', 'yes', the field's own name) is it being true."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Cmp, Cond

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_NEGATIVE = re.compile(r"^(?:not\b.*|un(?:ticked|checked|set|selected)|no|n|off)$", re.I)
_AFFIRMATIVE = re.compile(r"^(?:ticked|checked|set|selected|yes|y|on|is (?:ticked|checked|set))$", re.I)


def _flag_key(field: str, label: str, key: object) -> str | None:
    if not isinstance(key, str) or key.strip().lower() in ("true", "false"):
        return None  # the text 'true' / 'false' is matched as written (a blank is neither)
    k = key.strip().lower()
    names = {field.lower(), label.lower(), re.sub(r"[\W_]", "", field.lower())}
    stripped = re.sub(r"\s+(?:is\s+)?(?:ticked|checked|set|true)$", "", k)
    if _NEGATIVE.match(k):
        return "false"
    if _AFFIRMATIVE.match(k) or k in names or stripped in names:
        return "true"
    return None


def boolean_keys(g: Grammar) -> None:
    for r in g.plan.rules:
        v = r.value
        if not isinstance(v, Cases):
            continue
        out: list[tuple[Cond, object]] = []
        changed = False
        for c, val in v.branches:
            f = g.src_obj.get(c.field) if isinstance(c, Cmp) else None
            if isinstance(c, Cmp) and f is not None and f.type == "boolean" and c.op == "eq" and (op := _flag_key(f.path, f.label, c.value)) is not None:
                out.append((Cmp(c.field, op), val))  # type: ignore[arg-type]
                changed = True
            else:
                out.append((c, val))
        if changed:
            v.branches = out  # type: ignore[assignment]
            r.why.append("true/false rows written as words read as the field being true or false")

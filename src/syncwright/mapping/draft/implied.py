"""A picklist destination the text never names, implied by its values (issue #12, round 9).

'If hs_email_optout is 'true' the member goes in unsubscribed; 'false' or empty means
subscribed': what any wording of the concept holds is two or more values that belong to one
destination picklist and to no other (unsubscribed, subscribed -> status), each in a part of
the sentence of its own, beside a condition on the one source field the sentence names (what
the condition reader makes of the part, or the part's quoted source values and emptiness
words) or an otherwise word. The grammar keeps the reading only where the clauses wrote that
field nothing, or only fixed values from this sentence (``Grammar._implied``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Cmp, Cond, Const, Or, Value
from syncwright.mapping.draft.phrases import EMPTY_RE, OTHERWISE_RE
from syncwright.mapping.draft.text import PLACEHOLDER

if TYPE_CHECKING:
    from syncwright.mapping.draft.fields import FieldDesc
    from syncwright.mapping.draft.grammar import Grammar

_PARTS = re.compile(r"\s*;\s*|\s*,\s*(?=(?:and\s+|but\s+)?(?:otherwise|else|everyone else|everybody else|the rest|all others|anyone else)\b)", re.I)


def _values_in(g: Grammar, part: str, f: FieldDesc) -> list[str]:
    """The field's documented values the part holds, quoted or not."""
    found: list[str] = []
    for m in PLACEHOLDER.finditer(part):
        v = g.lit(m.group(0))
        if v is not None and v in f.values:
            found.append(v)
    bare = PLACEHOLDER.sub(" ", part)
    found += [v for v in f.values if re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", bare, re.I)]
    return list(dict.fromkeys(found))


def _target(g: Grammar, parts: list[str]) -> FieldDesc | None:
    """The one destination picklist whose values the parts name, one value a part."""
    fits = []
    for f in g.dst_obj.fields:
        if len(f.values) < 2:
            continue
        per_part = [_values_in(g, p, f) for p in parts]
        if all(len(v) == 1 for v in per_part) and len({v[0] for v in per_part}) >= 2:
            fits.append(f)
    return fits[0] if len(fits) == 1 else None


def _cond(g: Grammar, part: str, value: str, source: str) -> Cond | None:
    """The part's condition on ``source``: the grammar's reading first, then the ingredients."""
    rest = _without(g, part, value)
    if not PLACEHOLDER.search(rest) and not EMPTY_RE.search(rest):
        read = g.condition(rest, source)
        return read if isinstance(read, Cmp | Or) and _on(read, source) else None
    items: list[Cond] = []
    for m in PLACEHOLDER.finditer(rest):
        v = g.lit(m.group(0))
        if v is not None:
            items.append(Cmp(source, "eq", v))
    if EMPTY_RE.search(rest):
        items.append(Cmp(source, "empty"))
    if not items or _named_other(g, PLACEHOLDER.sub(" ", rest), source):
        return None
    return _or(items)


def _without(g: Grammar, part: str, value: str) -> str:
    """The part with the destination value taken out, quoted or not."""
    rest = re.sub(rf"(?<![\w-]){re.escape(value)}(?![\w-])", " ", part, flags=re.I)
    rest = PLACEHOLDER.sub(lambda m: " " if g.lit(m.group(0)) == value else m.group(0), rest)
    return re.sub(r"\s+", " ", rest).strip(" ,.:")


def _on(c: Cond, source: str) -> bool:
    if isinstance(c, Cmp):
        return c.field == source
    return isinstance(c, Or) and all(_on(i, source) for i in c.items)


def _or(items: list[Cond]) -> Cond:
    return items[0] if len(items) == 1 else Or(items)


def _named_other(g: Grammar, text: str, source: str) -> bool:
    return any(m.best.path != source for m in g.mentions(text, "src"))


def read_implied(g: Grammar, text: str) -> tuple[str, Cases, str] | None:
    """(target, value table, why) for ``text`` when its ingredients are there, else None."""
    parts = [p for p in _PARTS.split(text.strip(" .")) if p.strip()]
    if len(parts) < 2:
        return None
    target = _target(g, parts)
    if target is None:
        return None
    values = {p: _values_in(g, p, target)[0] for p in parts}
    bare_vals = "|".join(re.escape(v) for v in target.values)
    sources = {
        m.best.path
        for m in g.mentions(re.sub(rf"(?<![\w-])(?:{bare_vals})(?![\w-])", " ", text, flags=re.I), "src")
    }
    if len(sources) != 1:
        return None
    source = next(iter(sources))
    branches: list[tuple[Cond, Value]] = []
    otherwise: Value | None = None
    for part in parts:
        v = values[part]
        plain = _without(g, part, v)
        if OTHERWISE_RE.search(plain) and not PLACEHOLDER.search(plain) and not g.mentions(plain, "src") and otherwise is None:
            otherwise = Const(v)  # 'everyone else as subscribed'
            continue
        cond = _cond(g, part, v, source)
        if cond is None:
            return None
        else:
            branches.append((cond, Const(v)))
    if not branches:
        return None
    return target.path, Cases(branches, otherwise), f"{target.path} from {source}: the values name the field (concept: one destination picklist's values, each with a condition)"

"""Fields sent into a named group of destination fields ('the contact's city and country into
the mailing address fields'): each source goes to the destination field that the group word
and the source's own name make together (city -> MailingCity, zip -> MailingPostalCode).

Why: the group phrase names no single field, so the clause grammar reads it as the closest
one (MailingStreet for 'mailing address') and sends every item there; what the person means
is one field per item, found by the group word beside each item's name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Src

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_GROUP = re.compile(
    r"^(?P<rest>.+?)\s+(?:into|in|to|under|onto|as)\s+(?:the\s+|its\s+|their\s+)?(?:\w+'s\s+)?(?P<g>[a-z]+)(?:\s+address)?\s+(?:fields|details|columns|properties|parts)$",
    re.I,
)
_TAIL = re.compile(r",?\s+(?:plus|and also|as well as|along with|together with)\s+|;\s*", re.I)
_OWNER = re.compile(r"^(?:the\s+)?(?:\w+'s\s+|their\s+|its\s+)", re.I)


def group_fields(g: Grammar, text: str) -> bool:
    """Rules for 'ITEMS into the G fields' (with a plain list before it); False when any item
    has no field of its own in the group."""
    from syncwright.mapping.draft.grammar import _items

    m = _GROUP.match(text.strip())
    if m is None:
        return False
    parts = _TAIL.split(m.group("rest"))
    head, tail = (" ".join(parts[:-1]).strip(" ,"), parts[-1]) if len(parts) > 1 else ("", parts[0])
    pairs: list[tuple[str, str]] = []
    for item in _items(tail):
        core = _OWNER.sub("", item.strip())
        s = g.resolve(core, "src")
        if s is None:
            return False
        names = [core, s.best.leaf, s.best.label, *(w for w in g.sm.concepts.get(s.best.path, []))]
        dst = next((hits[0].field.path for n in names if n and (hits := g.dm.lookup(f"{m.group('g')} {n}", fuzzy=False))), None)
        if dst is None:
            return False
        pairs.append((s.best.path, dst))
    if not pairs:
        return False
    if head and not g._assign(head):
        return False
    for src, dst in pairs:
        g.add_rule(dst, Src(src), f"{src} -> {dst} (the {m.group('g')} field of its own name)", 0.85)
    return True

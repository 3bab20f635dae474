"""'Match on the email', 'the email is the match key' when the destination upserts by a key of
its own (Segment's userId, GA4's client_id): the person names the source value that identifies
the record, so the key field takes it (round 22).

The canonical form of every "match key" wording is 'match on X'. When X is the destination's
key itself ('match on userId', 'match on Email' for a Lead) or names a destination field by
its exact name ('match on traits.email'), the other readers handle it as before. When X only
names a source field ('the email', 'the contact's Email'), a plain copy by name would write a
same-named trait (traits.email) and leave the key unwritten; the key takes that field instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Src

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_MATCH_ON = re.compile(r"^match (?:on|by) (?P<x>[^;,]+?)(?: as is| unchanged)?$", re.I)


def match_on_source(g: Grammar, text: str) -> bool:
    """The destination's own key takes the source field 'match on X' names."""
    from syncwright.mapping.draft.emit import MATCH_KEYS

    m = _MATCH_ON.match(text.strip().rstrip("."))
    if m is None:
        return False
    key = next((f for k in MATCH_KEYS if (f := g.dst_obj.get(k)) is not None), None)
    if key is None or key.type == "email":
        return False  # a key that is the email itself (Lead, member, contact): copied by name as before
    x = m.group("x").strip()
    dst = g.resolve(x, "dst")
    if dst is not None and (dst.best.path == key.path or re.sub(r"^the ", "", x, flags=re.I) == dst.best.path):
        return False
    src = g.resolve(x, "src")
    if src is None:
        return False
    g.add_rule(key.path, Src(src.best.path), f"'{x}' is the match key: {g.dst_obj.ref} upserts by {key.path}", 0.9)
    return True

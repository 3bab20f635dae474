"""A line's head written as a label with the destination field's exact name in brackets
('Website (traits.website) — ...', 'First name (traits.firstName): ...', 'VIP (merge_fields.VIP) = ...'):
the bracket is the field, the label only says it in words (round 13). Read as the name alone,
so the label's words ('Website', 'Description') never compete with the value's words for the
destination, and the value part reads as it would after a bare field name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_HEAD = re.compile(
    r"(?m)^(?P<pre>[ \t]*(?:[-*•]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?)(?P<label>[A-Za-z][\w '&/-]{0,40}?)\s*\((?P<path>[A-Za-z_][\w.]*(?:\[0\])?(?:\.[A-Za-z_]\w*)*)\)(?P<sep>\s*(?:—|\u2013|-|:|=|->|→))"
)
_DASHES = frozenset(["\u2014", "\u2013", "-"])


def labelled_heads(g: Grammar, text: str) -> str:
    """``text`` with each 'Label (exact.dst.name) <sep>' head written as 'exact.dst.name <sep>' (a dash as ':')."""

    def repl(m: re.Match[str]) -> str:
        path = m.group("path")
        named = g.resolve(path, "dst")
        if named is None or not named.exact_case or path not in (named.best.path, named.best.leaf):
            return m.group(0)
        sep = ":" if m.group("sep").strip() in _DASHES else m.group("sep")
        return f"{m.group('pre')}{path}{sep}"

    return _HEAD.sub(repl, text)

"""A default written without quotes: "the company, or Unknown when the contact has no company",
"industry (or Unknown when it's blank)". The word offered as the alternative when a field is
empty is the value, as if quoted, unless it names a source field (then it is a fallback the
grammar reads) or a format. Why a module: every clause reader treats a quoted default alike, so
lifting the bare word into a literal once, before any reader runs, teaches them all."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_BARE_DEFAULT = re.compile(
    r"(?:(?:,\s*|\(\s*)(?:or(?: else)?|otherwise|default(?: value)?:?|with)|\s(?:defaulting to|defaults? to|falling back to))\s+"
    r"(?P<v>[A-Za-z0-9][\w/-]*(?: (?-i:[A-Z0-9])[\w-]*)?)\s+(?=(?:when|if|whenever|where)\b(?P<c>[^,;()⟦]*))",
    re.I,
)
_BRACKET_DEFAULT = re.compile(
    r"\s*\(\s*(?:by )?(?:default(?: value)?|defaults? to|defaulting to|fallback(?: value)?|falls? back to|if (?:empty|blank|missing)|when (?:empty|blank|missing))"
    r"\s*[:=]?\s*(?P<v>[A-Za-z0-9][\w/-]*(?: [A-Za-z0-9][\w-]*)?)\s*\)", re.I)
_EMPTY_WORDS = re.compile(r"\b(?:empty|blank|missing|no|none|nothing|without|unknown|not set|not given|null)\b", re.I)
_NOT_A_VALUE = re.compile(
    r"(?:it|them|that|this|nothing|blank|empty|null|none|leave|omit|skip|use|put|the|a|an|no|not|just|only|leaving|drop|send|set)(?: \w+)?",
    re.I,
)


def quote_bare_default(g: Grammar, text: str) -> str:
    """``text`` with a bare default word replaced by a new literal placeholder (g.literals grows)."""
    b = _BRACKET_DEFAULT.search(text)
    if b is not None and not _NOT_A_VALUE.fullmatch(b.group("v")) and not g.mentions(b.group("v"), "src"):
        # 'company (default: Individual)': a bracket that says it holds the default
        g.literals.append(b.group("v"))
        return f"{text[: b.start()]}, or ⟦{len(g.literals) - 1}⟧ if it is empty{text[b.end():]}"
    m = _BARE_DEFAULT.search(text)
    if m is None or not _EMPTY_WORDS.search(m.group("c")):
        return text
    v = m.group("v")
    if _NOT_A_VALUE.fullmatch(v) or g.mentions(v, "src") or g._transforms(v):
        return text
    g.literals.append(v)
    return f"{text[: m.start('v')]}⟦{len(g.literals) - 1}⟧{text[m.end('v'):]}"

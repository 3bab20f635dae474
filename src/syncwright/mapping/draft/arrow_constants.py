"""'field -> 'text'': an arrow from a destination field to a quoted text is a constant (round r13b).

Checklist authors write every item with an arrow: "email -> email_address" (source to
destination) and then "language -> 'en'", "client_id -> 'hubspot.crm' (constant)". The second
kind has no source: its left side is the name of a destination field and its right side a
quoted text that names no field. Read as a copy, the quoted text was looked for as a field and
the item was lost. The ingredients decide: a destination field's name (not a source field's,
not a picklist value, so a value table's row 'lead -> 'generate_lead'' stays a row), an arrow,
one quoted text that is no field's name or label, and the end of the item. That is 'D = 'text''.

Round 45: '7. Lead Source -> "Seminar - Partner", fixed value for every lead'. When the item
says itself that the text is a constant ('fixed value', '(constant)', 'for every lead', 'for
all'), the left side may be a name of two or three words that resolves to one destination
field, and may be a source field's name as well: the item's own words settle which side it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_ARROW_QUOTE = re.compile(
    r"(?<![\w.\[\]'\"])(?P<d>[A-Za-z_][\w.\[\]]*)\s*(?:->|=>|→|⇒)\s*(?P<q>(?P<m>['\"\u2018\u201c])[^'\"\u2018\u2019\u201c\u201d\n]{1,80}['\"\u2019\u201d])"
    r"(?=\s*(?:\((?:a )?(?:constant|fixed|literal|static|hard-?coded)(?: value)?\))?\s*(?:$|[,;.]\s|[,;.]$))",
    re.M,
)
# the same item with words of its own saying the text is a constant for everyone
_SAID_CONSTANT = re.compile(
    r"(?<![\w.\[\]'\"])(?P<d>[A-Za-z_][\w.\[\]]*(?: [A-Za-z_][\w.]*){0,2})\s*(?:->|=>|→|⇒)\s*(?P<q>(?P<m>['\"\u2018\u201c])[^'\"\u2018\u2019\u201c\u201d\n]{1,80}['\"\u2019\u201d])"
    r"(?P<t>\s*(?:,\s*|\(\s*)?(?:(?:a |the )?(?:constant|fixed|static|hard-?coded|same)(?: value| text)?(?: for (?:every|all|each)(?: \w+)?)?|for (?:every|all|each)(?: \w+)?)\)?)"
    r"(?=\s*(?:$|[,;.]\s|[,;.]$))",
    re.M | re.I,
)


def arrow_constants(g: Grammar, text: str) -> str:
    """``text`` with 'D -> 'text'' written 'D = 'text'' where D is only a destination field."""
    dst = {f.path.lower() for f in g.dst_obj.fields} | {f.path.split(".")[-1].lower() for f in g.dst_obj.fields}
    src = {f.path.lower() for f in g.src_obj.fields} | {(f.label or "").lower() for f in g.src_obj.fields}
    names = dst | src | {(f.label or "").lower() for f in g.dst_obj.fields}
    values = {v.lower() for obj in (g.src_obj, g.dst_obj) for f in obj.fields for v in f.values}

    def repl(m: re.Match[str]) -> str:
        d = m.group("d").lower()
        inner = m.group("q")[1:-1].strip().lower()
        if d not in dst or d in src or d in values or inner in names:
            return m.group(0)
        return f"{m.group('d')} = {m.group('q')}"

    def said(m: re.Match[str]) -> str:
        inner = m.group("q")[1:-1].strip().lower()
        found = g.resolve(m.group("d"), "dst")
        if found is None or found.best.path.lower() not in dst or inner in names or m.group("d").lower() in values:
            return m.group(0)
        return f"{m.group('d')} = {m.group('q')}{m.group('t')}"

    return _ARROW_QUOTE.sub(repl, _SAID_CONSTANT.sub(said, text))

"""A value written as text with the fields in angle brackets (round 37): 'Description, to be
filled with: Created in HubSpot on <Create Date as YYYY-MM-DD> (<City>)'. (A line that says
'= ...' or 'to: ...' over bracketed fields is the grammar's own quoted template with holes.)

The grammar reads a joined value in braces ('"Created in HubSpot on {createdate as YYYY-MM-DD}
({city})"'), so such a line is said that way, each bracketed label written as the source
field it names (a label left as written is also the destination's field of that name, and the
grammar asked about it). A line whose brackets do not each name a source field, or whose head
names no destination field, is left as written: the grammar reads or asks about it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_LINE = re.compile(
    r"^(?P<pre>[ \t]*(?:(?:[-*•]|\[[ xX✓✔]?\]|✔️?|✓|✅|☐)[ \t]+)?)(?P<d>[A-Za-z][\w.]*(?:\s+[\w()]+){0,3}?)\s*,?\s*"
    r"(?:(?:is\s+|should be\s+)?(?:to be\s+)?filled (?:in\s+)?with|is built as|is written as)\s*:?\s*"
    r"(?P<t>[^\n<>]*<[^<>\n]+>[^\n]*)$",
    re.I,
)
_SLOT = re.compile(r"<(?P<f>[^<>\n]+?)(?:\s+as\s+(?P<fmt>YYYY-MM-DD|[YMD/.-]{8,10}))?>", re.I)


def angle_templates(g: Grammar, text: str) -> str:
    """``text`` with each line of bracketed fields written as a braced template."""
    return "\n".join(_line(g, ln) for ln in text.split("\n"))


def _line(g: Grammar, ln: str) -> str:
    m = _LINE.match(ln)
    if m is None or '"' in m["t"] or "{" in m["t"]:
        return ln
    dst = g.resolve(re.sub(r"\s*\([^()]*\)\s*$", "", m["d"]).strip(), "dst")
    if dst is None:
        return ln
    ok = True

    def slot(s: re.Match[str]) -> str:
        nonlocal ok
        hit = g.resolve(s["f"].strip(), "src")
        if hit is None:
            ok = False
            return s.group(0)
        return "{" + hit.best.path + (f" as {s['fmt'].upper()}" if s["fmt"] else "") + "}"

    body = _SLOT.sub(slot, m["t"].strip().rstrip("."))
    return f'{m["pre"]}{dst.best.path} = "{body}"' if ok else ln

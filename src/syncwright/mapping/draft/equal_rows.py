"""A field's header over value rows written with '=' ('mailingcountry:' over 'United States = US',
'Japan = JP'), and a header that gives its reason before the rows ('mailingcountry: in sf we keep
2-letter codes, so'). Read as they stood, each '=' row was an assignment: 'mailingcountry: United
States = US' wrote the state into the country with nothing asked (round 39). Rows become '->'
rows and the header its field alone, the way every table reader takes them."""

from __future__ import annotations

import re

# 'mailingcountry:', 'MailingCountry - we keep ISO codes, so:', 'country: in sf we keep codes, therefore'
_HEAD = re.compile(
    r"^(?P<i>\s*)(?P<f>[A-Za-z_][\w.]*)\s*(?::|\s[-\u2013\u2014]\s)\s*(?:(?P<why>[^:]{4,100}?),?\s+(?:so|therefore|thus|hence|which means|as follows|like this|like so)\s*:?)?\s*$",
    re.I,
)
# a value row: 'United States = US', '"Trade Show" = Event', 'anything else = Other'
_ROW = re.compile(
    r"^(?P<i>\s*(?:[-*\u2022]\s*)?)(?P<k>\"[^\"]{1,40}\"|'[^']{1,40}'|[A-Z][\w&.'/-]*(?: [A-Za-z][\w&.'/-]*){0,3}|(?:anything|everything|all|any) (?:else|other)|other(?:wise)?|else|rest|the rest)"
    r"\s*(?P<op>=|->|=>|\u2192)\s*(?P<v>\"[^\"]*\"|'[^']*'|[A-Z0-9][\w&.'/-]*(?: [A-Za-z][\w&.'/-]*){0,2}|true|false|empty|blank|nothing|leave (?:it )?(?:empty|blank|out))\s*$"
)
# a left side that is a field's API name ('LeadSource = Web' under 'Constants:'): an assignment, not a row
_CAMEL = re.compile(r"[a-z][A-Z]|_")


def _rows_at(lines: list[str], at: int) -> list[int]:
    """The indexes of the value rows right under line ``at`` (blank lines end them)."""
    rows: list[int] = []
    for k in range(at + 1, len(lines)):
        m = _ROW.match(lines[k])
        if m is None or _CAMEL.search(m["k"]):
            break
        rows.append(k)
    return rows


def equal_rows(text: str) -> str:
    """Each header over two or more value rows: its field alone, its '=' rows as '->' rows."""
    if "=" not in text and not re.search(
        r"\b(?:so|therefore|thus|hence)\s*:?\s*$", text, re.I | re.M
    ):
        return text
    lines = text.split("\n")
    for at, line in enumerate(lines):
        head = _HEAD.match(line)
        if head is None:
            continue
        rows = _rows_at(lines, at)
        if len(rows) < 2:
            continue
        ops = {_ROW.match(lines[k])["op"] for k in rows}  # type: ignore[index]
        if ops == {"="} or head["why"]:
            lines[at] = f"{head['i']}{head['f']}:"
            for k in rows:
                m = _ROW.match(lines[k])
                assert m is not None
                lines[k] = f"{m['i']}{m['k']} -> {m['v']}"
    return "\n".join(lines)

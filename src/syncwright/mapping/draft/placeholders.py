"""A text template whose placeholders are defined beside it (round 42).

'Created in HubSpot on <date> (source: <original source>)', then 'where <date> is the createdate
cut down to its date part, YYYY-MM-DD, and <original source> is the hs_analytics_source value
as it is' (or the definitions as lines of their own: '<source> = hs_analytics_source exactly as
stored'). The template reader (``angle_template``) reads a placeholder that names a field
('<createdate as YYYY-MM-DD>'); a placeholder named in words and defined elsewhere was read as
a field nobody has, and the definitions as rules of their own (a Description copied from the
date). So each defined placeholder is written as the field its definition names, with the
date format the definition asks for, and the definitions go. A template said on the line under
'Description gets a note built like this:' becomes 'Description: TEMPLATE'. A text without a
definition comes back as it was.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.examples import fold

# '<date> is the createdate ...', '<source> = hs_analytics_source ...', ', and <x> is ...'
_DEFINED = re.compile(
    r"(?P<lead>(?:^|(?<=\n))\s*(?:[-*•]\s*)?|\b(?:where|with|in which)\s+|,?\s*\band\s+|;\s*)"
    r"<(?P<n>[^<>\n]{1,40})>\s*(?:=|:|\bis\b|\bmeans\b|\bstands for\b)\s*(?P<d>[^\n;]*?)(?=,?\s+and\s+<|;|\.(?:\s|$)|\n|$)",
    re.I,
)
_BEING = re.compile(r"(?P<p>[,;]|[\"'\u201d]\s*,?)\s+(?P<n>[a-z][\w ]{0,20}?)\s+being\s+(?:the\s+)?", re.I)
_DATE = re.compile(r"\b(?:YYYY-MM-DD|date part|date only|just the date|the date of|day only)\b", re.I)
_SLOTTED = re.compile(r"<[A-Za-z_][^<>|]{0,40}>")
_HEAD = re.compile(r"^\s*(?:[-*•]|\d+[.)])?\s*(?P<f>[A-Za-z_][\w.]*)\b[^:\n]*\b(?:like this|as follows|built|format|looks like|template|reads|shaped)\b[^:\n]*:\s*$", re.I)


def _field(definition: str, names: frozenset[str]) -> str | None:
    return next((t for t in re.findall(r"[A-Za-z_][\w.]*", definition) if len(t) > 2 and fold(t) in names), None)


def defined_placeholders(text: str, names: frozenset[str]) -> str:
    """``text`` with each defined '<placeholder>' written as its field and the definitions gone."""
    if "<" not in text:
        return text
    # '..., created on <date>", date being the Create Date as YYYY-MM-DD': defined by its bare name (round 45)
    text = _BEING.sub(lambda m: f"{m['p']} where <{m['n']}> is " if f"<{m['n'].lower()}>" in text.lower() else m[0], text)
    fields: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    for m in _DEFINED.finditer(text):
        field = _field(m["d"], names)
        if field is None:
            continue
        fields[m["n"].strip().lower()] = f"{field} as YYYY-MM-DD" if _DATE.search(m["d"]) else field
        spans.append((m.start(), m.end()))
    if not fields:
        return _template_rows(text)
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    text = re.sub(r"<([^<>\n]{1,40})>", lambda m: f"<{fields.get(m[1].strip().lower(), m[1])}>", text)
    lines = [ln for ln in text.splitlines() if ln.strip(" ,.;") or not ln.strip()]
    out: list[str] = []
    for ln in lines:
        if out and (head := _HEAD.match(out[-1])) and "<" in ln and fold(head["f"]) in names:
            out[-1] = f"{head['f']}: {ln.strip()}"  # 'Description gets a note built like this:' over the template
            continue
        out.append(ln)
    return _template_rows("\n".join(out))


def _template_rows(text: str) -> str:
    """A table row whose cell is a template ('| Description | source, createdate | From <source>, on <date> |')
    said under the table as 'Description is built as: ...', the template reader's own form (the row
    read as a copy of its first source with the cell's format)."""
    if not any(ln.lstrip().startswith("|") and _SLOTTED.search(ln) for ln in text.splitlines()):
        return text
    lines = text.splitlines()
    out: list[str] = []
    after: list[str] = []
    for ln in lines:
        cells = [c.strip() for c in ln.strip().strip("|").split("|")] if ln.lstrip().startswith("|") else []
        # a cell holding the template alone (quoted or with an example, the table reader reads it as it is)
        slot = next((c for c in cells[1:] if _SLOTTED.search(c) and not re.search(r"[`'\"]|\be\.g\.", c)), None)
        if cells and slot is not None and re.fullmatch(r"[A-Za-z_][\w.]*", cells[0]):
            after.append(f"{cells[0]} is built as: {slot}")
            continue
        if after and not ln.lstrip().startswith("|"):
            out.extend([*after, ""])
            after = []
        out.append(ln)
    return "\n".join([*out, *after])

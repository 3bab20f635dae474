"""Rows written condition first: "Department depends on the job title: if the contact has a
job title, Department is 'Business'; if the job title is empty, 'General'". Each ';' chunk is
'if C, (D is) V', the field named once (in the head before 'depends on', or in the first row)
and elided after. Why a module: the value-table and condition readers read the value-first
form 'D is V1 if C1, V2 if C2' (a row's field may not be left out there), so the rows are
rewritten to it from their ingredients: one condition and one quoted output per chunk."""

from __future__ import annotations

import re

_HEAD = re.compile(r"^(?P<d>[^:;⟦]+?)\s+(?:depends? on|comes? from|is based on|is derived from|is decided by)\s+[^:;⟦]+?:\s+(?P<rows>.+)$", re.I)
_ROW = re.compile(
    r"^(?:and\s+|but\s+)?(?:if|when|where|whenever)\s+(?P<c>[^,;⟦]+?),?\s+(?:then\s+)?"
    r"(?:(?P<d>(?:the\s+)?[A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*){0,2})\s+(?:is|=|should be|must be|becomes|gets|will be)\s+|(?:it is|it's|put|use|set it to|it becomes)\s+)?"
    r"(?P<v>⟦\d+⟧)$",
    re.I,
)
_REST = re.compile(r"^(?:and\s+)?(?:otherwise|else|in (?:all|any|every) other cases?|for (?:all )?the rest)\s*,?\s*(?:(?:it is|put|use)\s+)?(?P<v>⟦\d+⟧)$", re.I)


def _norm(d: str) -> str:
    return re.sub(r"^the\s+", "", d.strip(), flags=re.I).lower()


def if_rows(s: str) -> str:
    """``s`` (canonical, placeholders in) with condition-first rows of one field written value
    first; unchanged unless at least two chunks are such rows and they name one field."""
    h = _HEAD.match(s)
    body = h.group("rows") if h else s
    chunks = [c.strip(" .") for c in re.split(r"\s*;\s*", body.strip(" ."))]
    if len(chunks) < 2:
        return s
    field = _norm(h.group("d")) if h else None
    named = h.group("d").strip() if h else ""
    parts: list[str] = []
    rows = 0
    for ch in chunks:
        r = _ROW.match(ch)
        if r is not None:
            d = r.group("d")
            if d is not None:
                if field is None:
                    field, named = _norm(d), d.strip()
                elif _norm(d) != field:
                    return s
            elif field is None:
                return s
            if parts and re.match(r"(?:it|they|that|this)\b", r.group("c"), re.I):
                return s  # 'if it is blank or lower': a row read against the one before stays as written
            parts.append(f"{r.group('v')} if {r.group('c')}")
            rows += 1
            continue
        e = _REST.match(ch)
        if e is not None and rows:
            parts.append(f"otherwise {e.group('v')}")
            continue
        return s
    if rows < 2 or field is None:
        return s
    return f"{named} is {', '.join(parts)}"

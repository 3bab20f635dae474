"""A filters section written as a table (round 27): a caption ('Filters', '**Filters** (skip
the contact if either applies)') over pipe rows 'field | condition' ('lifecyclestage | =
customer', 'country | only United States') or one-column rows that are sentences ('exclude
contacts whose company is blank'). Why a module: a spec written in Markdown states who is
synced in a table of its own, apart from the field table, and neither the spec-table reader
(no source column) nor the value-table reader (no values) reads it; unread, its rows asked
'which field should lifecyclestage go to?' and nobody was filtered. Each row becomes the
sentence the grammar reads for a filter: 'Skip records where F is "V".' or 'Only records
where F is "V".'; rows it cannot read are left as written (the grammar then asks)."""

from __future__ import annotations

import re

_CAPTION = re.compile(r"^\W*(?:filters?|filtering|record filters?|who (?:is|gets) synced|scope)\b\W*(?P<rest>.*)$", re.I)
# 'Scope: every HubSpot contact, no filter' over the field table: a scope that filters nobody is no caption (round 48)
_NO_FILTER = re.compile(r"\bno\s+filters?\b|^(?:every|all)\b(?!.*\b(?:only|except|but|unless|where|when|if|with|without|skip|exclude)\b)", re.I)
_SKIP_WORDS = re.compile(r"\b(?:skip|skipped|exclude|excluded|drop|dropped|remove|removed|leave out|left out|not synced|ignore)\b", re.I)
_ONLY_WORDS = re.compile(r"\b(?:only|include|included|keep|kept)\b", re.I)
_OPS = [
    (re.compile(r"^(?:!=|≠|<>|is not|not)\s*(?=\S)", re.I), "is not"),
    (re.compile(r"^(?:>=|≥|at least)\s*", re.I), "is at least"),
    (re.compile(r"^(?:<=|≤|at most)\s*", re.I), "is at most"),
    (re.compile(r"^(?:>|more than|greater than|above|over)\s*", re.I), "is more than"),
    (re.compile(r"^(?:<|less than|below|under)\s*", re.I), "is less than"),
    (re.compile(r"^(?:==?|is|equals?)\s*", re.I), "is"),
]
_EMPTY = re.compile(r"^(?:is\s+)?(?:blank|empty|missing|null|not set)$", re.I)
_FILLED = re.compile(r"^(?:is\s+)?(?:not (?:blank|empty|null)|filled|set|present)$", re.I)
_NUMBER = re.compile(r"^-?[\d,]*\.?\d+$")


def _cells(line: str) -> list[str] | None:
    if "|" not in line:
        return None
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _values(text: str) -> str:
    """'lead, mql or sql' -> '"lead" or "mql" or "sql"'; a number stays a number."""
    parts = [p.strip().strip("'\"") for p in re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", text) if p.strip()]
    return " or ".join(p if _NUMBER.match(p) else f'"{p}"' for p in parts)


def _row(field: str, cond: str, mode: str | None) -> str | None:
    """One row as a filter sentence, or None when the condition is not one read here."""
    cond = cond.strip().rstrip(".")
    if (m := re.match(r"^(?P<w>only|skip|exclude|drop)\b\s*(?:if|when|where)?\s*", cond, re.I)) is not None:
        mode = "only" if m["w"].lower() == "only" else "skip"
        cond = cond[m.end():]
    if mode is None or not cond:
        return None
    head = "Only records where" if mode == "only" else "Skip records where"
    if _EMPTY.match(cond):
        return f"{head} {field} is empty."
    if _FILLED.match(cond):
        return f"{head} {field} is not empty."
    for rx, words in _OPS:
        if (m := rx.match(cond)) is not None and cond[m.end():].strip():
            return f"{head} {field} {words} {_values(cond[m.end():])}."
    return f"{head} {field} is {_values(cond)}."


def filter_tables(text: str) -> str:
    """``text`` with each captioned filters table said as filter sentences."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cap = _CAPTION.match(lines[i]) if "|" not in lines[i] else None
        cap = None if cap is not None and _NO_FILTER.search(cap["rest"]) else cap
        j = i + 1
        while cap is not None and j < len(lines) and not lines[j].strip():
            j += 1
        head = _cells(lines[j]) if cap is not None and j < len(lines) else None
        if cap is None or head is None or len(head) > 2:
            out.append(lines[i])
            i += 1
            continue
        rest = cap["rest"]
        mode = "skip" if _SKIP_WORDS.search(rest) else "only" if _ONLY_WORDS.search(rest) else None
        k = j + 1
        said: list[str] = []
        while k < len(lines) and (cells := _cells(lines[k])) is not None:
            k += 1
            if set("".join(cells)) <= set("-: "):
                continue
            if len(cells) == 1:
                said.append(cells[0].rstrip(".") + ".")  # a row that is a sentence of its own
                continue
            sentence = _row(cells[0], cells[1], mode)
            said.append(sentence if sentence is not None else " | ".join(cells))
        if not said:
            out.append(lines[i])
            i += 1
            continue
        out.extend(["", *said, ""])
        i = k
    return "\n".join(out)

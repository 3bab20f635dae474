"""Rows written as conditions after a 'derived from' head: "The member's status comes from the
contact's opt-out property: if it is 'true', set the status to 'unsubscribed'; in every other
case set it to 'subscribed'". Each 'if it is K, set it to V' after the head's colon is a row of a
value table on the head's source ('K -> V'), and 'in every other case (...) V' is its rest row
('otherwise V'); the table reader then reads the head and rows as it reads 'K -> V' rows."""

from __future__ import annotations

import re

_HEAD = re.compile(r"^(?P<h>[^:;]*\bcomes from\b[^:;⟦]+?)[:;]\s+(?P<rows>.+)$", re.I)
_SET = r"(?:then\s+)?(?:(?:set|make|put)\s+(?:it|this|that|the\s+[\w ]+?)\s+(?:to|as)\s+|use\s+|make it\s+|it\s+(?:is|becomes|should be|will be)\s+|(?:it\s+)?becomes\s+)?"
_ROW = re.compile(
    r"^(?:if|when|whenever|where)\s+(?:it|its value|the value|that value)\s+(?:is|equals)\s+"
    r"(?P<k>⟦\d+⟧(?:\s*(?:,|or|, or)\s*⟦\d+⟧)*),?\s*" + _SET + r"(?P<v>⟦\d+⟧)$",
    re.I,
)
_REST = re.compile(
    r"^(?:in\s+(?:all|every|any)\s+other\s+cases?|(?:for\s+)?(?:all|any|every)\s+other\s+values?|otherwise|else|in\s+any\s+other\s+case)"
    r"(?:\s*\([^()]*\))?,?\s*" + _SET + r"(?P<v>⟦\d+⟧)$",
    re.I,
)


def derived_rows(s: str) -> str:
    """``s`` (canonical, placeholders in) with conditional rows after a 'comes from X:' head
    written as 'K -> V' rows; unchanged unless at least one chunk is such a row."""
    m = _HEAD.match(s)
    if m is None:
        return s
    out: list[str] = []
    rows = 0
    for chunk in re.split(r"\s*;\s*", m.group("rows")):
        r = _ROW.match(chunk.strip())
        if r is not None:
            keys = re.findall(r"⟦\d+⟧", r.group("k"))
            out.append(f"{', '.join(keys)} -> {r.group('v')}")
            rows += 1
            continue
        e = _REST.match(chunk.strip())
        if e is not None:
            out.append(f"otherwise {e.group('v')}")
            continue
        return s
    return f"{m.group('h')}: {'; '.join(out)}" if rows else s

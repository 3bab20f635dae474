"""A value table written one row per bullet, its source named in the first row (round 23).

    - original source ORGANIC_SEARCH or DIRECT_TRAFFIC -> 'Web'
    - PAID_SEARCH or PAID_SOCIAL -> 'Advertisement'
    - any other source, or no source at all -> 'Other'

Each bullet alone is a row without a table: the first names the field the keys are values
of, the others only keys and a value, and every reader saw them one at a time. Run together
they are one table, 'original source: K or K -> 'Web'; K -> ...; any other ... -> 'Other'',
the header-and-rows shape the table readers know (its destination comes from the values, as
for any table whose header names only the source). Only rows whose keys are codes
(PAID_SEARCH) or quoted values join; a run needs two rows and a header on its first. The head
may say 'is' before its keys ('original source is "PAID_SEARCH" or ...', round 46).
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.examples import fold

_BULLET = r"\s*(?:[-*•]|\d+[.)])\s+"
_KEY = r"(?:(?-i:[A-Z][A-Z0-9_]{2,})|'[^'\n]+'|\"[^\"\n]+\")"
_ROW = re.compile(
    rf"^(?P<b>{_BULLET})(?:(?P<head>[a-z][a-z ]{{2,40}}?)(?:\s+(?:is|are|equals|=))?\s+)?(?P<row>{_KEY}(?:\s*(?:,|\bor\b|\band\b|/|\+)\s*{_KEY})*\s*(?:->|=>|→|=)\s*\S.*?)\s*$",
    re.I,
)
_REST = re.compile(
    rf"^{_BULLET}(?P<row>(?:(?:any|every|all)\s+other\b|(?:anything|everything)\s+else\b|(?:blank|empty|none)\b|no\s+\w+)[^\n]*?(?:->|=>|→|=)\s*\S.*?)\s*$",
    re.I,
)


# 'Event name:' alone on the line above the rows: the field the table writes
_DEST_HEAD = re.compile(r"^(?P<p>\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-*•])?\s*)(?P<d>[A-Za-z][\w .\[\]/-]{1,40}?)\s*:\s*$")


def _keys_are_values(row: str, names: frozenset[str]) -> bool:
    """No key of ``row`` is a field's name ('FNAME = ...' is a rule, not a row)."""
    keys = re.split(r"\s*(?:->|=>|→|=)", row, maxsplit=1)[0]
    return not any(fold(k.strip("'\"")) in names for k in re.split(r"\s*(?:,|\bor\b|\band\b|/|\+)\s*", keys))


def join_row_lines(text: str, names: frozenset[str]) -> str:
    """``text`` with each run of one-row bullets under a header in its first row as one line;
    ``names`` are the folded field names of both objects."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        first = _ROW.match(lines[i])
        if first is None or not first["head"] or not _keys_are_values(first["row"], names):
            out.append(lines[i])
            i += 1
            continue
        rows = [first["row"]]
        j = i + 1
        while j < len(lines):
            m = _ROW.match(lines[j])
            if m is not None and not m["head"] and _keys_are_values(m["row"], names):
                rows.append(m["row"])
            elif (r := _REST.match(lines[j])) is not None:
                rows.append(r["row"])
                j += 1
                break  # the rest row ends the table
            else:
                break
            j += 1
        if len(rows) < 2:
            out.append(lines[i])
            i += 1
            continue
        dest = _DEST_HEAD.match(out[-1]) if out else None
        if dest is not None and len(dest["d"].split()) <= 4 and not re.match(r"(?:please|kindly|pls|translate|convert|map|use|set|like|as|rules?|mapping|table|values?)\b", dest["d"], re.I):
            # 'Event name:' over 'original source is "PAID_SEARCH" or ... -> ...': one table, its field and its source (round 46)
            out[-1] = f"{dest['p']}{dest['d']} from {first['head']}: " + "; ".join(rows)
        else:
            out.append(f"{first['b']}{first['head']}: " + "; ".join(rows))
        i = j
    return "\n".join(out)

"""Thousands separators read as part of their number (round 9a).

'greater than 3,000,000 -> Hot, 3,000,000 or less -> Cold': the comma inside a number is
also the grammar's list separator, so '3,000,000' was split into the values '3', '000',
'000'. A digit group of 1-3 digits followed by ',ddd' groups is one number whatever the
wording around it, so the separators are dropped before clauses are split. Quoted text is
already lifted out, so a constant written as '$1,000' keeps its commas.
"""

from __future__ import annotations

import re

_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,]*\d)(?!,\d)")


def join_thousands(text: str) -> str:
    """``text`` with '3,000,000' written as '3000000'; other commas untouched."""
    return _GROUPED.sub(lambda m: m.group(0).replace(",", ""), text)

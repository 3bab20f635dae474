"""Thousands separators read as part of their number (round 9a).

'greater than 3,000,000 -> Hot, 3,000,000 or less -> Cold': the comma inside a number is
also the grammar's list separator, so '3,000,000' was split into the values '3', '000',
'000'. A digit group of 1-3 digits followed by ',ddd' groups is one number whatever the
wording around it, so the separators are dropped before clauses are split. Quoted text is
already lifted out, so a constant written as '$1,000' keeps its commas.

Round 30: the other two ways writers group digits, a space ('more than 5 000 000', as Swedish,
French and ISO typography do) and a dot ('1.000.000', as German, Portuguese and Spanish do).
A space group is read only where it cannot be a phone or a postal code: two groups or more, or
one group right after a comparison ('over 1 000'); a dot group needs two groups ('1.000' may be
one point zero).
"""

from __future__ import annotations

import re

_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,]*\d)(?!,\d)")
_SPACED = re.compile(r"(?<![\d,.+\-/()])(?:\d{1,3}(?: \d{3}){2,}|(?<=than )\d{1,3} \d{3}|(?<=[<>] )\d{1,3} \d{3}|(?<=[<>]= )\d{1,3} \d{3}"
                     r"|(?<=over )\d{1,3} \d{3}|(?<=above )\d{1,3} \d{3}|(?<=under )\d{1,3} \d{3}|(?<=below )\d{1,3} \d{3})(?![\d.,]?\d)")
_DOTTED = re.compile(r"(?<![\d,.])\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)")


def join_thousands(text: str) -> str:
    """``text`` with '3,000,000', '3 000 000' and '3.000.000' written as '3000000'; other
    commas, spaces and dots untouched."""
    text = _GROUPED.sub(lambda m: m.group(0).replace(",", ""), text)
    text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)

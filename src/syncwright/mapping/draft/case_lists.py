"""One letter case said once for a list of fields (round r13b).

"FirstName, LastName -> title case", "FirstName, LastName, City: upper case", "Title, Department
in lower case": a checklist item names the destinations, then the case once. The case reader
takes one field per case, so only the last field got it. The ingredients: a clause that opens
with two or more field names (single tokens, set apart by commas or 'and'), then a mark
(->, =, :, 'in', 'to') and a case word. Each field gets the case: "FirstName in title case,
LastName in title case", which the rule reader already knows (each field's source is found
as for a bare name).
"""

from __future__ import annotations

import re

_NAME = r"[A-Za-z_][\w.]*"
_LIST_CASE = re.compile(
    rf"(?:^|(?<=; ))(?P<l>{_NAME}(?:(?:\s*,\s*|,?\s+and\s+){_NAME})+)\s*(?:->|=>|=|:|\bin\b|\bto\b|\binto\b)\s*(?:in\s+)?"
    r"(?P<t>title|upper|lower) case\b",
    re.I,
)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
# words that open a clause of their own, never a field of the list
_NOT_FIELD = frozenset({"and", "or", "the", "all", "both", "names", "fields", "everything", "then", "also", "skip", "only", "map"})


def case_lists(sentence: str) -> str:
    """``sentence`` with 'A, B -> title case' written 'A in title case, B in title case'."""

    def repl(m: re.Match[str]) -> str:
        names = [n for n in _SPLIT.split(m.group("l")) if n]
        if len(names) < 2 or any(n.lower() in _NOT_FIELD for n in names):
            return m.group(0)
        case = m.group("t").lower()
        return ", ".join(f"{n} in {case} case" for n in names)

    return _LIST_CASE.sub(repl, sentence)

"""'other -> Closed - Not Converted' in a table that has its own rest row (round 47).

HubSpot's lifecycle stages include one named 'other', and a table over them says it as a row
like any stage: 'other -> Closed - Not Converted', then 'any other stage, or no stage at all ->
Open - Not Contacted'. Read bare, 'other' was the table's rest and the real rest row a second
one, so every stage the table did not name took the 'other' row's value. Where the same table
has a rest row of its own, the bare 'other' key is the value 'other' and is quoted as one.
Any other text comes back as it was.
"""

from __future__ import annotations

import re

_OTHER_ROW = re.compile(r"^(?P<i>[ \t]*(?:[-*\u2022][ \t]*)?)other(?P<r>[ \t]*(?:->|=>|\u2192)[ \t]*\S[^\n]*)$", re.I | re.M)
_REST_ROW = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:any\s+other|anything\s+else|everything\s+else|otherwise|all\s+other|every\s+other|the\s+rest|else|default)\b[^\n]*(?:->|=>|\u2192)",
    re.I | re.M,
)


def other_key(text: str) -> str:
    """``text`` with a bare 'other' row key quoted when its table has a rest row of its own."""
    if not _OTHER_ROW.search(text) or not _REST_ROW.search(text):
        return text
    return _OTHER_ROW.sub(lambda m: f"{m['i']}\"other\"{m['r']}", text)

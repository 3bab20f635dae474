"""A value table's rows in brackets after its source (round 23).

"HasOptedOutOfEmail to come from hs_email_optout ('true' -> true, 'false' -> false)." The rows
restate nothing: they are the table. In brackets, the readers took the first row with the
sentence and lost the rest. At the end of a sentence, after 'from SOURCE', the brackets go and
a colon takes their place: 'from hs_email_optout: 'true' -> true, 'false' -> false', the
header-and-rows shape every table reader knows. Runs on the raw text, before quotes are lifted.
"""

from __future__ import annotations

import re

_BRACKET_ROWS = re.compile(
    r"(?P<h>\bfrom\s+(?:the\s+)?[A-Za-z_][\w.]*)\s*\((?P<r>[^()\n]*?(?:->|=>|→)[^()\n]*,[^()\n]*)\)(?=\s*(?:[.;,]|$))", re.M)


def unbracket_rows(text: str) -> str:
    """``text`` with a source's bracketed rows written after a colon."""
    return _BRACKET_ROWS.sub(lambda m: f"{m['h']}: {m['r']}", text)

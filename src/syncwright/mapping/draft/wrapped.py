"""Lines a writer's editor wrapped, joined back before sentences are read (round 24).

A long bullet or paragraph wrapped at a fixed width goes on in an indented line with no
bullet of its own ("2. FirstName, LastName and Company would be copied from firstname,\n
   lastname and company."). Read apart, the second line is a sentence of its own and both
halves lose their meaning. A line is a continuation only when the line above is long (a
wrap, not a short heading or a table row), does not open a list with ':', and the line is
indented deeper than it, is no bullet and no table row of its own.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.phrases import ITEM_MARK

# a wrapped line fills most of a typical editor or chat width; headings and rows are short
_WRAP_WIDTH = 60
_BULLET = re.compile(rf"^\s*(?:{ITEM_MARK})\s+")
# "'ORGANIC_SEARCH' -> Web", "PAID_SEARCH = Ads", "firstname <- FirstName": a row, a line of its own
_ROW = re.compile(r"^\s*\S.{0,40}?\s(?:->|=>|→|=|<-|:=)\s")
_ROW_WIDTH = 50
# ...and one opening with a bracket ("(false) -> 'subscribed'") finishes the words above it (round 25)
_JOINER = re.compile(r"^\s*(?:\(|(?:and|or|but|then|plus|with|where|when|if|unless|except)\b)", re.I)


def _row(line: str) -> bool:
    """A short 'key -> value' line; one opening with a joining word goes on from above."""
    return bool(_ROW.match(line)) and len(line.strip()) <= _ROW_WIDTH and not _JOINER.match(line)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _continues(prev: str, line: str) -> bool:
    body = prev.rstrip()
    if not line.strip() or not body or len(body) < _WRAP_WIDTH or body.endswith(":"):
        return False
    return _indent(line) > _indent(prev) and not (_BULLET.match(line) or _row(line) or _row(prev))


def join_wrapped(text: str) -> str:
    """``text`` with each wrapped line joined to the line it continues."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and _continues(out[-1], line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)

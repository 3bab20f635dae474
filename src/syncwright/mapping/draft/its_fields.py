"""'Company details go inside the company trait (traits.company). Its name is the company name.
Its industry is ...': fields of an object named in one sentence and called 'its X' in the next
ones (session 16).

A sentence that names a nested object by its path ('traits.company', 'traits.address') and says
only that details go inside it is a heading: it is set aside. Each following sentence that opens
with 'Its <field>' names that object's field, so 'Its name' becomes 'traits.company.name'. The
run ends at the first sentence that does not open with 'Its'.
"""

from __future__ import annotations

import re

_OBJECT = re.compile(r"\b(?P<c>traits\.[a-z]\w*)\b(?!\.\w)")
_HEADING = re.compile(
    r"^[\w' ]*?\b(?:go|goes|live|lives|sit|sits|belong|belongs|are nested|is nested|are stored|is stored|are kept|is kept|are grouped|is grouped)\s+"
    r"(?:inside|in|under|within|into)\s+(?:the\s+|a\s+)?[\w ]*?\(?(?P<c>traits\.[a-z]\w*)\)?\s*[.!]?\s*$", re.I)
_ITS = re.compile(r"^(?P<lead>\s*)[Ii]ts\s+(?P<f>[a-z]\w*)\b")
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\w))+[.!?]?[ \t]*|\n")


def its_fields(text: str) -> str:
    """``text`` with 'Its X' after a sentence naming a nested object read as that object's X."""
    if "traits." not in text:
        return text
    pieces = _SENTENCE.findall(text)
    if "".join(pieces) != text:
        return text  # pieces that do not add up to the text (odd punctuation): nothing is rewritten
    out: list[str] = []
    container: str | None = None
    for piece in pieces:
        its = _ITS.match(piece)
        if its and container is not None:
            out.append(f"{its.group('lead')}{container}.{its.group('f')}{piece[its.end():]}")
            continue
        head = _HEADING.match(piece.strip())
        named = _OBJECT.search(piece)
        container = head.group("c") if head else (named.group("c") if named else None)
        if head:
            continue  # the heading names the object; its fields are in the next sentences
        out.append(piece)
    return "".join(out)

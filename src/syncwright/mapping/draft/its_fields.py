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
# 'Everything else goes under ...', 'The rest sits in ...', 'All other fields go into ...'
_REST = re.compile(r"^(?:everything else|the rest|all (?:the )?(?:other|remaining)\b[\w ]*|(?:the )?remaining\b[\w ]*|all else)\s", re.I)
# 'Name is ...', 'And plan is ...', 'employee_count = ...': a bare name opening a sentence
_BARE = re.compile(r"^(?P<lead>\s*(?:(?:and|also|then)\s+)?)(?P<f>[A-Za-z][a-z]*(?:_[a-z]+)*)(?=\s*(?:=|:|\bis\b|\bgets\b))", re.I)
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
    rest: str | None = None  # the object 'everything else' goes under, to the end of the text
    for piece in pieces:
        its = _ITS.match(piece)
        if its and container is not None:
            out.append(f"{its.group('lead')}{container}.{its.group('f')}{piece[its.end():]}")
            continue
        bare = _BARE.match(piece) if rest is not None else None
        if bare is not None and rest is not None and bare.group("f").lower() not in ("it", "this", "that", "there", "everything", "everyone"):
            out.append(f"{bare.group('lead')}{rest}.{bare.group('f').lower() if bare.group('f')[1:].islower() else bare.group('f')}{piece[bare.end():]}")
            continue
        head = _HEADING.match(piece.strip())
        named = _OBJECT.search(piece)
        container = head.group("c") if head else (named.group("c") if named else None)
        if head:
            if _REST.match(piece.strip()):
                rest = head.group("c")
            continue  # the heading names the object; its fields are in the next sentences
        out.append(piece)
    return "".join(out)

"""'lastname <- lname, same.': a format said once on a rule line, then 'same' on the line
below it. The writer means the format above, again; read alone, 'same' was dropped and the
value went over unformatted with nothing asked (round 39)."""

from __future__ import annotations

import re

# ', same.', ', same way', ', the same as above' closing a rule's own part of a line
_SAME = re.compile(
    r",\s*(?:the\s+)?same(?:\s+(?:way|thing|format|formatting|treatment|rule|here|again|as\s+(?:above|before|the\s+(?:line|one|row)\s+above)))?\s*(?=[.;]|$)",
    re.I,
)
# a rule line whose format follows its source after a comma: 'firstname <- fname, first letter capital'
_RULE_TAIL = re.compile(
    r"^[^,\n]*?(?:<-|->|=|\u2190|\u2192|\bfrom\b)[^,\n]*?,\s*(?P<t>[^.\n;]+)", re.I
)
# what a tail must say to be a format worth repeating
_FORMAT_WORDS = re.compile(
    r"\b(?:case|capital\w*|small|trim\w*|spaces?|upper\w*|lower\w*|title\w*|e\.?164|first word|digits?|whole number|integer|rounded)\b",
    re.I,
)


def likewise(text: str) -> str:
    """Spell out each ', same' with the format of the rule line above it."""
    if not _SAME.search(text):
        return text
    lines = text.split("\n")
    for i in range(1, len(lines)):
        m = _SAME.search(lines[i])
        if m is None or not re.search(
            r"<-|->|=|\u2190|\u2192|\bfrom\b", lines[i][: m.start()], re.I
        ):
            continue
        prev = next((p for p in reversed(lines[:i]) if p.strip()), "")
        pm = _RULE_TAIL.match(prev.strip())
        if pm is None or not _FORMAT_WORDS.search(pm["t"]):
            continue
        lines[i] = f"{lines[i][: m.start()]}, {pm['t'].strip()}{lines[i][m.end() :]}"
    return "\n".join(lines)

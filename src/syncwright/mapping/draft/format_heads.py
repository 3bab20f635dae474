"""A format said once as the heading of a list of pairs: 'Trim (spaces before and after away):' over
'- firstname → FirstName' lines (en dash or hyphen) (round 42).

The heading applies the format to every pair under it. Read as a sentence of its own it was
asked about ('which rule is trimmed?') or put on one pair; each pair now says it ('firstname →
FirstName, trimmed'). A heading that is not only a format, or a list whose items are no pairs,
comes back as it was.
"""

from __future__ import annotations

import re

_SAID = {"trim": "trimmed", "trimmed": "trimmed", "lower": "in lower case", "upper": "in upper case", "title": "in title case"}
_HEAD = re.compile(
    r"^\s*(?:(?:all\s+)?(?:these|the following)\s+)?(?P<f>trim(?:med)?|(?P<c>lower|upper|title)[- ]?case(?:d)?)(?:\s+(?:these|them|all|the following))?"
    r"\s*(?:\([^()]{0,60}\))?\s*:\s*$",
    re.I,
)
_PAIR = re.compile(r"^\s*(?:[-*•\u2013\u2014]|\d+[.)])\s+\S.*(?:->|→|=>)\s*\S")


def format_heads(text: str) -> str:
    """``text`` with a format heading said on each pair of the list under it."""
    if not re.search(r"(?im)^\s*(?:(?:all\s+)?(?:these|the following)\s+)?(?:trim|lower|upper|title).{0,80}:\s*$", text):
        return text
    lines = text.splitlines()
    out: list[str] = []
    said: str | None = None
    for at, ln in enumerate(lines):
        nxt = next((x for x in lines[at + 1 :] if x.strip()), "")
        if (m := _HEAD.match(ln)) is not None and _PAIR.match(nxt):
            said = _SAID[(m["c"] or m["f"]).lower()]
            continue  # the heading: said on each pair below
        if said is not None and _PAIR.match(ln):
            out.append(f"{ln.rstrip().rstrip('.')}, {said}")
            continue
        if said is not None and ln.strip():
            said = None
        out.append(ln)
    return "\n".join(out)

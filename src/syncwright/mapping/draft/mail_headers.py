"""A forwarded or replied-to email's own headers (round 45).

Office email is forwarded with a note on top: 'Anand, also keep out the contacts whose Original
Source is OFFLINE. -Ravi', then '---------- Forwarded message ----------' and the 'From:',
'To:', 'Cc:', 'Date:', 'Subject:' lines of the message below (Gmail; Outlook writes
'-----Original Message-----' and 'Sent:'; a reply quotes 'On Mon, 1 Dec 2026, Anand wrote:').
Read as text, the marker became a rule ('forwarded' is a word for copy) and every header line
a question. Both messages hold rules: the note on top changes or adds to the one below, so
only the marker, the header lines right under it, the 'wrote:' line and the note's signature
('-Ravi' at the end of its line) go; the note's vocative ('Anand, also ...') goes with them.
The note is written last, after the message it forwards: it is the later word ('put "Not
Available" for blank job title instead' replaces the message's '"NA"').
A text without a marker comes back as it was.
"""

from __future__ import annotations

import re

_MARKER = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|forwarded by [^-\n]*)\s*-{2,}|begin forwarded message:|"
    r"on\s[^\n]{4,120}\swrote:)[ \t]*$",
    re.I | re.M,
)
_HEADER = re.compile(r"^[ \t>]*(?:from|sent|date|to|cc|bcc|subject|reply-to)\s*:[^\n]*$", re.I)
# the note's signature at the end of its line: 'sales team. -Ravi', '... as well ~ Ravi'
_SIGNATURE = re.compile(r"(?<=[.!)\w])[ \t]+[-~\u2013\u2014][ \t]?[A-Z][a-z]+\.?[ \t]*$", re.M)
# 'Anand, also keep out ...': the forwarder speaks to the one it is forwarded to
_VOCATIVE = re.compile(r"^(?P<i>[ \t]*)[A-Z][a-z]+,[ \t]+(?=(?:also|and|please|pls|kindly|just|one more|additionally|further)\b)", re.M)


_SIGN_OFF = re.compile(r"^[ \t]*(?:(?:best|kind|warm|many)\s+)?(?:regards|thanks(?:\s+(?:and|&)\s+regards)?|thank\s+you|cheers|sincerely|yours\s+(?:sincerely|truly))\b[^\n]{0,20}$", re.I)


def mail_headers(text: str) -> str:
    """``text`` without the forward/reply markers and the header lines under them; the note on
    top moved to just before the forwarded message's sign-off."""
    first = _MARKER.search(text)
    if first is None:
        return text
    note, rest = text[: first.start()], text[first.start() :]
    out: list[str] = []
    names: set[str] = set()
    in_header = False
    for line in rest.split("\n"):
        if _MARKER.fullmatch(line):
            in_header = True
            continue
        if in_header and _HEADER.fullmatch(line):
            names.update(re.findall(r"\b[A-Z][a-z]+\b", line.split(":", 1)[1]) if not re.match(r"\s*subject", line, re.I) else [])
            continue
        if in_header and not line.strip() and not out:
            continue
        in_header = False
        out.append(line)
    note = _SIGNATURE.sub("", note).strip()
    vocative = re.match(r"(?P<n>[A-Z][a-z]+),[ \t]+", note)
    if vocative and (vocative["n"] in names or _VOCATIVE.match(note)):
        note = note[vocative.end() :]
    if not note:
        return "\n".join(out)
    # the note is the later word: read after the message it forwards (before its sign-off), so a
    # rule it changes wins
    end = len(out)
    while end > 0 and (not out[end - 1].strip() or len(out[end - 1].split()) <= 3):
        if _SIGN_OFF.match(out[end - 1]):
            break
        end -= 1
    if end == 0 or not _SIGN_OFF.match(out[end - 1]):
        end = len(out)
    else:
        end -= 1
    return "\n".join([*out[:end], "", note, "", *out[end:]])

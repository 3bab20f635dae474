"""A messaging app's export stamps taken off, leaving the 'Name: message' lines the thread readers know (round 44).

WhatsApp's 'Export chat' opens every message with its date and time: '[14:02, 03/12/2026] Putri: ...'
on iPhone, '03/12/2026, 14:02 - Putri: ...' on Android (the date's order and separators follow
the phone's locale; Telegram and Viber copies put them in the same places). A stamp says when a
message was sent, never what the mapping does; left on, its date was read as a sentence of its
own (', 03/12/2026] Putri: ...') and the speaker under it was never seen. Once it is off,
``threads`` and ``framing`` read the lines as any other chat (who spoke set aside, questions
answered in the next message); when one person wrote every message, their name goes too (the
thread readers see a dialogue only in two voices, and 'Putri: SF Lead -> HubSpot' was read as a
title). A message of several lines (a table of values under its head) ends where the next stamp
starts: a blank line keeps the next message from being read as one more row. A text with fewer
than two stamps is left as it is.

Round 45: Microsoft Teams copies a message with a header line of its own, 'Kasia Wójcik 09:02'
(or '[11:20] Wójcik, Katarzyna', or with the day, or with 'Edited' after it), the message on the
lines under it, and a reply's quote as 'Replying to "..."'. The headers go (one writer: her name
with them; a dialogue: the name put before the message's first line, the form above), each
message set apart by a blank line, and a reply's quote line goes (it is the old words the reply
corrects). Only when the first line is such a header, or two lines are.
"""

from __future__ import annotations

import re

_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
# the stamp, then a sender's name (up to four words, or a phone number) and a colon
_STAMP = re.compile(
    rf"^(?P<ind>[ \t]*)(?:\[\s*(?:{_DATE},?\s+{_TIME}|{_TIME},?\s+{_DATE})\s*\]\s*|{_DATE},?\s+{_TIME}\s+[-\u2013]\s+)(?=[^\n:]{{1,40}}:\s)",
    re.M | re.I,
)


_SENDER = re.compile(_STAMP.pattern + r"(?P<name>[^\n:]{1,40}):[ \t]*", re.M | re.I)


_NAME = r"[A-Z\u00c0-\u017e][\w'\u00c0-\u017e.-]+"
_DAY = r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|(?:mon|tue|wed|thu|fri|sat|sun)\w*|yesterday|today)"
_CLOCK = r"\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
_TEAMS = re.compile(
    rf"^[ \t]*(?:(?P<a>{_NAME}(?:\s+{_NAME}){{0,3}}),?\s+(?:{_DAY},?\s+)?{_CLOCK}"
    rf"|\[(?:{_DAY},?\s+)?{_CLOCK}\]\s*(?P<b>{_NAME}(?:,?\s+{_NAME}){{0,3}}))(?:\s+\(?(?i:edited)\)?)?[ \t]*$"
)
_REPLYING = re.compile(r"^[ \t]*replying\s+to\b[^\n]*$", re.I)


def _who(m: re.Match[str]) -> frozenset[str]:
    return frozenset(re.findall(r"[\w'\u00c0-\u017e.-]+", (m["a"] or m["b"]).lower()))


def teams_headers(text: str) -> str:
    """``text`` with Teams' per-message header lines taken off (see the module's docstring)."""
    lines = text.split("\n")
    heads = [i for i, ln in enumerate(lines) if _TEAMS.match(ln)]
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if not heads or (heads[0] != first and len(heads) < 2):
        return text
    names = {i: m["a"] or " ".join(reversed([p.strip() for p in (m["b"] or "").split(",")])) for i in heads if (m := _TEAMS.match(lines[i]))}
    senders = {_who(m) for i in heads if (m := _TEAMS.match(lines[i]))}
    one = len(senders) == 1
    out: list[str] = []
    speaker: str | None = None
    for i, ln in enumerate(lines):
        if i in names:
            if out and out[-1].strip():
                out.append("")
            speaker = None if one else names[i].split()[0]
            continue
        if _REPLYING.match(ln):
            continue
        if speaker is not None and ln.strip():
            out.append(f"{speaker}: {ln.strip()}")
            speaker = None
            continue
        out.append(ln)
    return "\n".join(out)


def plain_stamps(text: str) -> str:
    """``text`` with each line's export stamp taken off (only when two or more lines have one)."""
    text = teams_headers(text)
    if len(_STAMP.findall(text)) < 2:
        return text
    senders = {m["name"].strip() for m in _SENDER.finditer(text)}
    one = len(senders) == 1  # one writer's messages: the name says nothing a reader needs
    out: list[str] = []
    stamped_above = True
    for ln in text.split("\n"):
        stamped = bool(_STAMP.match(ln))
        if stamped and not stamped_above and out and out[-1].strip():
            out.append("")  # a message of several lines ends where the next stamp starts (its rows are no longer under a head)
        out.append((_SENDER if one else _STAMP).sub(r"\g<ind>", ln) if stamped else ln)
        stamped_above = stamped or not ln.strip()
    return "\n".join(out)

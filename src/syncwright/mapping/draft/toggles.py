"""A Notion page's toggles exported flat, with no property block (round 48).

A Notion page pasted as text keeps its toggles as '▸ Title' lines with the toggle's body on the
lines under it, not indented: '▸ Phone' over 'Phone on Lead: phone number first. ...', or
'▸ Email' over 'same value'. Read as rules the title was a sentence of one field name (a
question) and a body that names no field ('same value') had nothing to copy. The title is the
subject of its body: it goes when the body's first line names it already, heads the body's one
line ('Email: same value') when that line does not, and becomes the heading 'Title:' over a
longer body or over rows ('more than 100 → Hot') whatever its words; over a table it goes (the
table's rows say the rules). A toggle line that says a rule ('▸ Scope: every contact') only
loses its mark.
Pages with a property block are notion.py's (their toggles' bodies are indented).
"""

from __future__ import annotations

import re

_TOGGLE = re.compile(r"^(?P<i>[ \t]*)[▸▶►‣▹▷][ \t]*(?P<t>\S.*?)\s*$")
# a toggle's title: a few words naming fields, no sentence and no rule
_TITLE = re.compile(r"^(?!(?:how|why|what|when|where|which|who|note|notes|tip|tips)\b)[A-Za-z][\w ./&+-]{0,40}$", re.I)


_ROW = re.compile(r"^[ \t]*(?:[-*•]\s*)?[^\n:]{1,50}?\s*(?:->|→|=>)\s*\S")


# a table's title: a few words, perhaps with a note that its rows copy as they are
_TABLE_TITLE = re.compile(r"^[A-Za-z][\w /&+-]{0,40}?(?:\s*\((?:all\s+)?(?:same\s+value|as\s+it\s+is|as\s+is|copy|1:1|no\s+change)\b[^()]*\))?$", re.I)


def _names(body: str, title: str) -> bool:
    """Does ``body`` open with what ``title`` names ('Phone' over 'Phone on Lead: ...')?"""
    words = re.findall(r"[a-z]+", title.lower())
    return bool(words) and re.sub(r"^[\W\d]+", "", body.lower()).startswith(words[0])


def flat_toggles(text: str) -> str:
    """``text`` with each flat toggle's title made the subject of its body."""
    if not re.search(r"^[ \t]*[▸▶►‣▹▷]", text, re.M):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _TOGGLE.match(lines[i])
        if m is None:
            out.append(lines[i])
            i += 1
            continue
        title = m["t"]
        if out and out[-1].strip():
            out.append("")  # a toggle opens a section of its own: what is above it does not run on into it
        j = i + 1
        while j < len(lines) and lines[j].strip() and not _TOGGLE.match(lines[j]):
            j += 1
        body = lines[i + 1 : j]
        if body and "|" in body[0] and _TABLE_TITLE.match(title):
            pass  # '▸ Mailing address (all same value)' over the table's rows: the table says its rules
        elif len(body) >= 2 and all(_ROW.match(b) for b in body) and not title.endswith(":") and not _ROW.match(title):
            out.append(f"{m['i']}{title}:")  # '▸ Rating, from number of employees' over 'more than 100 → Hot' rows: their head
        elif not _TITLE.match(title) or not body or body[0].startswith((" ", "\t")):
            out.append(m["i"] + title)  # a rule of its own, a title over nothing, or a body indented (a nested list)
        elif _names(body[0], title):
            pass  # '▸ Phone' over 'Phone on Lead: ...': the body says its subject
        elif len(body) == 1:
            out.append(f"{m['i']}{title}: {body[0].strip()}")
            i = j
            continue
        else:
            out.append(f"{m['i']}{title}:")
        i += 1
    return "\n".join(out)

"""A spreadsheet pasted with its comment threads (round 43).

A mapping kept in a Google Sheet is pasted as its tab-separated rows followed by the comments
as the sheet copies them: 'Comment on C4 (Ana): ...', 'Reply (Tom): ...', '[Resolved]'. The
threads are a chat about the rows, read here rather than by ``threads`` (whose speakers are
'Name:' lines and whose replies follow no cell): each comment and reply is kept without its
author; a comment's question goes, since the reply says what was decided, unless the reply only
agrees ('LNAME in upper case too?' + 'yes'), when it is kept as said; a leading 'yes,' or 'good
point.' goes, and so does a reply that is only a reaction. A 'Status' column of a tracker's words
('done', 'todo', 'cut') is the author's own progress, not a rule: it goes, with the rows marked
'cut' and the lines saying what the column is. The notes quote all of it. Any other text comes
back as it was.
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"^\s*(?:comment(?: on (?:[\w ]+!)?[A-Z]{1,3}\d+)?|note on (?:[\w ]+!)?[A-Z]{1,3}\d+)\s*\((?P<n>[^)\n]{1,40})\)\s*:\s*", re.I)
_REPLY = re.compile(r"^\s*(?:↳\s*)?reply\s*\((?P<n>[^)\n]{1,40})\)\s*:\s*", re.I)
_RESOLVED = re.compile(r"^\s*\[?(?:resolved|marked as resolved|re-?opened|thread resolved)\]?\s*\.?\s*$", re.I)
# a tracker's words in a 'Status' column: the author's progress on the row
_TRACKER = re.compile(r"^\s*(?:done|todo|to ?do|to be done|wip|in progress|tested|untested|ok|open|new|cut|dropped|removed|n/?a|-|—)?\s*$", re.I)
_YES = re.compile(r"^\s*(?:(?:yes|yep|yeah|yup|right|correct|exactly|agreed|sure|ok|okay|good (?:point|catch|call)|fair)\b[\s,.!:;-]*)+", re.I)
_REACTION = re.compile(r"[\s,.!]*(?:(?:thanks|thank you|ty|ok|okay|done|noted|agreed|adding (?:that|it)|will do|on it|fixed|updated|changed (?:it)?)\b[\s,.!]*)*", re.I)
_RULE = re.compile(r"['\"]|->|→|=|\b(?:if|when|unless|only|not|no|skip|leave|send|copy|map|use|set|put)\b|n't\b", re.I)
# 'Status is only my own checklist (done = tested), every row here gets mapped', '(the status col is my test tracker)'
_ABOUT_TRACKER = re.compile(r"^\W*(?:the\s+)?(?:status|state|progress)(?:\s+(?:col|column))?\b[^\t]{0,40}?\b(?:tracker|checklist|testing|review|where I am|progress|my own)\b", re.I)
_TRACKER_HEADS = frozenset(["status", "state", "progress"])
_CUT = re.compile(r"^\s*(?:cut|dropped|removed)\s*$", re.I)


def _untracked(lines: list[str]) -> tuple[list[str], list[str]]:
    """(lines, notes): tab-separated rows without their 'Status' column, a row marked 'cut' gone;
    the lines as they were and no notes when no table has a tracker column."""
    out: list[str] = []
    notes: list[str] = []
    col: int | None = None
    above = ""  # the line above: only a table's first row, its header, names a tracker column
    for ln in lines:
        cells = ln.split("\t")
        header, above = "\t" not in above, ln
        if header and len(cells) >= 3 and col is None and any(c.strip().lower() in _TRACKER_HEADS for c in cells):
            col = next(i for i, c in enumerate(cells) if c.strip().lower() in _TRACKER_HEADS)
            notes.append(f"a tracker column set aside: {cells[col].strip()!r}")
            out.append("\t".join(c for i, c in enumerate(cells) if i != col))
            continue
        if col is not None and "\t" in ln:
            if col < len(cells) and not _TRACKER.match(cells[col]):
                return lines, []  # a column of values, not a tracker's words
            if col < len(cells) and _CUT.match(cells[col]):
                notes.append(f"a sheet row marked {cells[col].strip()!r}, not mapped: {' | '.join(c for c in cells[:col] if c.strip())!r}")
                continue
            out.append("\t".join(c for i, c in enumerate(cells) if i != col))
            continue
        if "\t" not in ln:
            col = None
        out.append(ln)
    return (out, notes) if notes else (lines, [])


def sheet_comments(text: str) -> tuple[str, str | None]:
    """(text, note): a sheet's comment threads said as a chat, its tracker column set aside."""
    lines = text.splitlines()
    if not any(_COMMENT.match(ln) for ln in lines) or not any("\t" in ln for ln in lines):
        return text, None
    out: list[str] = []
    rows: list[str] = []
    untracked, notes = _untracked(lines)
    for ln in untracked:
        if notes and "\t" not in ln and _ABOUT_TRACKER.search(ln):
            notes.append(f"what the tracker column is: {ln.strip()!r}")  # the column went, and so does what it is
        elif not _RESOLVED.match(ln):
            rows.append(ln)
    for k, ln in enumerate(rows):
        m = _COMMENT.match(ln) or _REPLY.match(ln)
        if m is None:
            out.append(ln)
            continue
        body = ln[m.end() :].strip()
        reply = _REPLY.match(rows[k + 1]) if k + 1 < len(rows) else None
        nxt = rows[k + 1][reply.end() :].strip() if reply else ""
        said = _message(body, bool(_YES.match(nxt) and not _RULE.search(_YES.sub("", nxt))))
        if said:
            out.append(said)
        elif body:
            notes.append(f"a comment's question, answered below: {body!r}" if "?" in body else f"a reaction: {body!r}")
    notes.insert(0, "a sheet's comment threads: their authors, questions and reactions set aside")
    return "\n".join(out), "; ".join(notes)


def _message(body: str, agreed: bool) -> str:
    """What a comment says as a rule: its questions go (the answer says what was decided) unless
    the next reply only agrees ('Title Case = every word upper?' + 'yes'); a leading 'yes,',
    'good point.' or 'right.' goes; a message that is only a reaction is nothing."""
    kept = []
    for part in re.split(r"(?<=[?.!])\s+", body):
        if part.rstrip().endswith("?"):
            if agreed:
                kept.append(part.rstrip()[:-1].strip() + ".")
            continue
        kept.append(part)
    said = _YES.sub("", " ".join(kept)).strip()
    return "" if _REACTION.fullmatch(said) else said

"""A table pasted as aligned plain text (round 45): columns lined up with runs of spaces or
tabs, as a table copied out of Excel or Word into a plain-text email becomes.

    Sr. No.   HubSpot Industry   SF Lead Industry
    1         Software           Technology
    2         Logistics          Transportation

Read line by line, each row was a sentence of words ('1 Software Technology') and the table
was lost. The drafter reads a pipe table whose header names its columns, so a block of such
lines is written as one: '| HubSpot Industry | SF Lead Industry |' over '| Software |
Technology |'. A leading serial-number column ('Sr. No.', 'S.No', '#', 'No.') whose cells are
all numbers is dropped: it numbers the rows, it maps nothing. Prose is left alone: a block is a
header and at least two rows, every line with the same number of cells (two or more), the
cells short and none ending like a sentence or a label ('Email:'), none an arrow or an operator;
the table starts a paragraph and its header quotes nothing.
A pipe table's serial column goes the same way ('Sr. No. | HubSpot | SF Contact' over '1 |
Email | Email').
"""

from __future__ import annotations

import re

_GAP = re.compile(r"\t+| {2,}")
_SERIAL = re.compile(r"^(?:sr\.?\s*no\.?|s\.?\s*no\.?|sl\.?\s*no\.?|no\.?|nr\.?|#|lp\.?|item|row)$", re.I)
_BAD_CELL = re.compile(r"[.:?!;,]$|^(?:->|=>|→|=|<-|:|-|\*|•|>|\|)|^(?-i:WHEN|THEN|ELSE|CASE|END|AND|OR|IF)\b")  # an SQL CASE's lines are no table


def _cells(line: str) -> list[str]:
    if "\t" in line.strip():
        # a sheet's tab-separated row keeps its empty cells (one tab a cell, a trailing tab too); a
        # row with an empty cell is a worksheet's, which its own reader knows ('Email<TAB>Email<TAB>')
        cells = [c.strip() for c in line.strip(" \r").split("\t")]
        return cells if all(cells) else []
    return [c.strip() for c in _GAP.split(line.strip())]


def _fits(cells: list[str], limit: int) -> bool:
    return len(cells) >= 2 and all(c and len(c) <= limit and (not _BAD_CELL.search(c) or _SERIAL.match(c) or re.fullmatch(r"\d+\.", c)) for c in cells)


def _block(lines: list[str], start: int) -> int:
    """How many lines from ``start`` form an aligned table (0 when they are none)."""
    head = _cells(lines[start])
    if "|" in lines[start] or not _fits(head, 40) or any(len(c.split()) > 5 for c in head):
        return 0
    n = 1
    for ln in lines[start + 1 :]:
        cells = _cells(ln) if ln.strip() and "|" not in ln else []
        if len(cells) != len(head) or not _fits(cells, 60):
            break
        n += 1
    return n if n >= 3 else 0


def _piped(rows: list[list[str]]) -> list[str]:
    if _SERIAL.match(rows[0][0]) and all(re.fullmatch(r"\d+\.?", r[0]) for r in rows[1:]) and len(rows[0]) > 2:
        rows = [r[1:] for r in rows]
    return ["| " + " | ".join(r) + " |" for r in rows]


def _pipe_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _serial_dropped(text: str) -> str:
    """``text`` with a pipe table's leading serial-number column gone."""
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        head = _pipe_cells(lines[k]) if "|" in lines[k] else []
        if len(head) < 3 or not _SERIAL.match(head[0]):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and "|" in lines[end] and len(_pipe_cells(lines[end])) == len(head):
            end += 1
        body = [_pipe_cells(ln) for ln in lines[k + 1 : end]]
        rows = [r for r in body if not re.fullmatch(r"[-:| ]+", "|".join(r))]
        if len(rows) >= 2 and all(re.fullmatch(r"\d+\.?", r[0]) for r in rows):
            lines[k:end] = ["| " + " | ".join(r[1:]) + " |" for r in [head, *body]]
        k = end
    return "\n".join(lines)


def pipe_aligned(text: str) -> str:
    """``text`` with each block of aligned columns written as a pipe table."""
    if "|" in text:
        text = _serial_dropped(text)
    if not _GAP.search(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        # a table starts a paragraph (after a blank line, a head ending in ':' or the text's start): tabbed
        # one-liners inside an outline ('FNAME<TAB>FirstName' under an item) are the outline's
        opens = k == 0 or not lines[k - 1].strip() or lines[k - 1].rstrip().endswith(":")
        n = _block(lines, k) if opens and _GAP.search(lines[k].strip()) and not re.search(r"['\"\u2018\u201c]", lines[k]) else 0
        if n:
            out.extend(_piped([_cells(ln) for ln in lines[k : k + n]]))
            k += n
        else:
            out.append(lines[k])
            k += 1
    return "\n".join(out)

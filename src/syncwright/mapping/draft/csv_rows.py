"""Rows pasted from a mapping spreadsheet as CSV (round 36): 'target,source,rule' over
'Company,company,"if empty, use ""N/A"" "', or 'Pole docelowe;Źródło;Uwagi' over
'Email;email;lower case' (a European Excel export separates with ';').

Read as they were, each row was one sentence of commas: a rule cell became the value itself
('LeadSource,,constant: Web' wrote the text 'constant: Web'), a quoted cell lost its quotes. The
drafter already reads a pipe table whose header names its columns (``text._spec_table``), so a
block of CSV rows is written as that table: the standard library's ``csv`` reader splits the
cells (quoted cells, doubled quotes inside them), a header the table reader does not know is
named by what its column holds (the destination's fields, the source's fields), and a column
headed as a default or a constant says so in its cells. Prose with commas is left alone: a
block is at least a header and two rows, every line with the same number of cells, the header's
cells short names.
"""

from __future__ import annotations

import csv
import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.spec_heads import side_of, side_words

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_DELIMITERS = (";", ",")
# a header cell: a short name ('Target', 'Pole docelowe (target)', 'default if empty')
_HEAD_CELL = re.compile(r"^[^\W\d][\w .()/&'-]{0,40}$")
_DEFAULT_HEAD = re.compile(r"\b(?:default|if (?:empty|blank|missing)|when (?:empty|blank)|fallback|fall back)\b", re.I)
_CONSTANT_HEAD = re.compile(r"^(?:constant|fixed(?: value)?|static(?: value)?|value|hard-?coded(?: value)?)$", re.I)
_QUOTED = re.compile(r"^(?:\"[^\"]*\"|'[^']*'|⟦\d+⟧)$")


def _cells(line: str, delimiter: str) -> list[str]:
    return [c.strip() for c in next(csv.reader([line], delimiter=delimiter, skipinitialspace=True))]


def _block(g: Grammar, lines: list[str], start: int, delimiter: str) -> list[list[str]]:
    """The CSV rows from ``start`` on (header first), or [] when they are no such block: a
    header of short names and at least two rows, most of which name a field of either object
    by itself in a cell (a reply's 'Yes, as is.' lines are sentences, never rows)."""
    head = lines[start]
    if delimiter not in head or "|" in head or "\t" in head or head.lstrip().startswith(">") or re.search(r"[.?!:]\s*$", head):
        return []
    heads = _cells(head, delimiter)
    if len(heads) < 2 or not all(_HEAD_CELL.match(h) and len(h.split()) <= 5 for h in heads):
        return []
    rows = [heads]
    for ln in lines[start + 1 :]:
        if not ln.strip() or delimiter not in ln or "|" in ln or ln.lstrip().startswith(">"):
            break
        cells = _cells(ln, delimiter)
        if len(cells) > len(heads) and _known_role(heads[-1]) in ("note", "?"):
            # 'annualrevenue;AnnualRevenue;number; if empty leave out': a rule cell typed with the
            # delimiter in it and no quotes is one cell, the last column's
            cells = [*cells[: len(heads) - 1], f"{delimiter} ".join(cells[len(heads) - 1 :])]
        if len(cells) != len(heads) or (not cells[0] and not cells[1]):
            break
        rows.append(cells)
    named = sum(1 for r in rows[1:] if any(_names_field(g, c) for c in r))
    return rows if len(rows) >= 3 and named * 2 >= len(rows) - 1 else []


def _names_field(g: Grammar, cell: str) -> bool:
    """Is ``cell`` a field's name by itself ('email', 'merge_fields.FNAME', 'LastName')?"""
    c = cell.strip()
    return bool(c) and " " not in c and any(g.resolve(c, side) is not None for side in ("src", "dst"))


def _quote(v: str) -> str:
    return v if _QUOTED.match(v) or re.fullmatch(r"-?\d+(?:\.\d+)?|true|false", v, re.I) else f'"{v}"'


def _known_role(head: str) -> str:
    """The table reader's role of a header, or of its gloss ('Pole docelowe (target)')."""
    from syncwright.mapping.draft.text import head_role

    for part in (head, *re.findall(r"\(([^()]*)\)", head), re.sub(r"\s*\([^()]*\)", "", head)):
        role = head_role(part.lower().strip(" :*"))
        if role != "?":
            return role
    return "?"


def _roles(g: Grammar, rows: list[list[str]]) -> list[str]:
    """Each column's header, with 'target' and 'source' given to unknown headers by what their
    cells name: the column naming most destination fields, then the one naming most source fields."""
    heads = rows[0]
    # a header naming a side by its platform ('HubSpot property;Salesforce field'): the objects
    # the draft is between say which is which ('Salesforce field' is a source for Lead -> contacts)
    dw, sw = side_words(g.dst_obj.ref), side_words(g.src_obj.ref)
    sides = [side_of(h, dw, sw) for h in heads]
    by_side = {"Target": "dst", "Source": "src"}
    known = [by_side[s] if s and sides.count(s) == 1 and "Target" in sides and "Source" in sides else _known_role(h) for h, s in zip(heads, sides, strict=True)]

    def score(col: int, side: str) -> int:
        return sum(1 for r in rows[1:] if r[col] and g.resolve(r[col], side) is not None and " " not in r[col].strip())

    out = [{"dst": "target", "src": "source", "note": "notes"}.get(role, h) for h, role in zip(heads, known, strict=True)]
    if "dst" in known and "src" in known:
        return out
    free = [k for k, role in enumerate(known) if role == "?" and not _DEFAULT_HEAD.search(heads[k]) and not _CONSTANT_HEAD.match(heads[k])]
    for side, name in (("dst", "target"), ("src", "source")):
        if side in known or not free:
            continue
        best = max(free, key=lambda k: score(k, side))
        if score(best, side) * 2 >= len(rows) - 1:
            out[best] = name
            free.remove(best)
    return out


# a two-column value table's header: 'Source value;LeadSource value', 'HubSpot value,Salesforce value' (round 37)
_VALUE_PAIRS = frozenset([("from", "to"), ("old", "new"), ("in", "out"), ("source", "target"), ("if", "then"), ("input", "output")])
_PLATFORMS = frozenset(["hubspot", "salesforce", "mailchimp", "segment", "ga4", "sf", "hs", "mc", "sfdc"])
_VALUE_HEAD = re.compile(r"^[\w .()/-]{0,30}\bvalues?\b[\w .()/-]{0,20}$", re.I)


def _value_rows(g: Grammar, lines: list[str], start: int, delimiter: str) -> list[str]:
    """The 'A -> B' rows of a two-column value table pasted as CSV under the mapping's rows
    (its header names both columns as values), or [] when the lines are no such table."""
    head = lines[start]
    if delimiter not in head or "|" in head:
        return []
    heads = _cells(head, delimiter)
    pair = tuple(h.lower() for h in heads)
    if len(heads) != 2 or not (all(_VALUE_HEAD.match(h) for h in heads) or pair in _VALUE_PAIRS or all(h in _PLATFORMS for h in pair)):
        return []
    rows: list[str] = []
    for ln in lines[start + 1 :]:
        cells = _cells(ln, delimiter) if ln.strip() and delimiter in ln and "|" not in ln else []
        if len(cells) != 2 or not cells[0] or not cells[1]:
            break
        rows.append(f"{cells[0]} -> {cells[1]}")
    # value rows hold values, not fields ('From;To' over 'email;Email' is a mapping's own rows)
    fields = sum(1 for r in rows for c in r.split(" -> ") if _names_field(g, c))
    return rows if len(rows) >= 2 and fields * 2 < len(rows) else []


def pipe_csv(g: Grammar, text: str) -> str:
    """``text`` with each block of CSV rows written as a pipe table the spec-table reader reads."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        pairs = next((v for d in _DELIMITERS if (v := _value_rows(g, lines, i, d))), [])
        if pairs:
            out.extend(pairs)  # read by the row whose rule cell says 'see table below'
            i += len(pairs) + 1
            continue
        rows = next((b for d in _DELIMITERS if (b := _block(g, lines, i, d))), [])
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        heads = _roles(g, rows)
        out.append("| " + " | ".join(heads) + " |")
        out.append("|" + "---|" * len(heads))
        for r in rows[1:]:
            cells = []
            for h, c in zip(heads, r, strict=True):
                c = c.replace("|", "/")
                if c and _DEFAULT_HEAD.search(h):
                    c = f"if empty, use {_quote(c)}"  # a 'default if empty' column's value
                elif c and _CONSTANT_HEAD.match(h):
                    c = f"always {_quote(c)}"
                cells.append(c)
            out.append("| " + " | ".join(cells) + " |")
        i += len(rows)
    return "\n".join(out)

"""Notes under a spec table that its rows point at: '| Rating | annualrevenue | see obs 1 |' over
'Obs 1: annualrevenue bigger than 5000000 -> "Hot"; ...' (round 29, a Portuguese speaker's
'Obs:' for 'observação'). The pointer is no rule: read as the row's rule cell it made a copy
(the revenue written into Rating, a silent wrong). The row and its note become one reading:

- a note that opens by stating the field's rule ('Obs: HasOptedOutOfEmail = true when ...') is
  the rule; the row goes (a note naming the field by its last part, 'name = ...' for
  events[0].name, gets the full name);
- a row whose cell says nothing but the pointer gives its note the field as a head
  ('Rating from annualrevenue: annualrevenue bigger than ...') and goes;
- otherwise the row stays with what else its cell says ('E.164, see obs': the note may only
  describe the format).

Why a module: the table reader works on lines and has many row shapes; this is one idea."""

from __future__ import annotations

import re
from dataclasses import dataclass

# 'see obs 1', 'see obs', '(see note 2)', 'void: see obs' in a rule cell
_SEE = re.compile(r"(?:[;,]\s*)?(?:(?:void|empty|blank)\s*:\s*)?\(?\bsee (?:the )?(?:obs|observations?|notes?|nb)\.?(?:\s*(?P<n>\d{1,2}))?\)?", re.I)
_LABEL = r"^\s*(?:obs|observations?|notes?|nb|n\.b\.)\.?\s*(?P<n>\d{0,2})\s*[:.)-]\s*"
_LINE = re.compile(_LABEL + r"(?P<body>.*)$", re.I)
# what a note says right after the field it opens with when it states the field's whole rule
_SETS = r"(?:=|:=|<-|:|\b(?:is|are|should|must|takes?|gets?|comes? from|from|follows?|depends on|by|based on|according to|per)\b)"


@dataclass
class NoteEdit:
    """How a note line is written once its row is read into it."""

    head: str = ""  # put before the note's body: 'Rating from annualrevenue: '
    name: str = ""  # the field's full name for the note's first word: 'events[0].name' for 'name'


def names(line: str, field: str) -> bool:
    """Does ``line`` name ``field`` as a whole word?"""
    return bool(field) and re.search(rf"(?<![\w.]){re.escape(field)}(?![\w])", line, re.I) is not None


def _opens_with(line: str, field: str, leaf: bool = True) -> bool:
    """Does the note open by stating ``field``'s rule (or, with ``leaf``, its last part's: 'name'
    for events[0].name or 'event name')?"""
    last = re.sub(r"\[\d+\]", "", field).rsplit(".", 1)[-1].split()[-1]
    cands = {field, last} if leaf else {field}
    return any(re.match(rf"{_LABEL}(?:the )?{re.escape(f)}(?![\w.\[])\s*{_SETS}", line, re.I) for f in cands)


def _notes(lines: list[str], n: str | None) -> list[tuple[int, str]]:
    """The note lines a pointer means: note N, or every note when it gives no number."""
    found = [(i, ln, m) for i, ln in enumerate(lines) if "|" not in ln and (m := _LINE.match(ln)) is not None]
    return [(i, ln) for i, ln, m in found if n is None or m["n"] == n]


def read_pointer(lines: list[str], dst: str, src: str, cell: str, edits: dict[int, NoteEdit]) -> tuple[str, bool]:
    """``cell`` without its pointer, and whether the row goes (its note says its rule); records
    in ``edits`` how the note line is to be written. A cell without a pointer comes back as is."""
    ref = _SEE.search(cell)
    if ref is None:
        return cell, False
    about = [(i, ln) for i, ln in _notes(lines, ref["n"]) if names(ln, dst) or names(ln, src.split(",")[0].strip())]
    if not about:
        return cell, False  # no such note line ('see notes' over a list of notes): the table reader's own ways
    cell = _SEE.sub("", cell).strip(" ,;:")
    opening = [(i, ln) for i, ln in about if _opens_with(ln, dst)]
    if opening:
        i, ln = opening[0]
        if not _opens_with(ln, dst, leaf=False):
            edits[i] = NoteEdit(name=dst)
        return cell, True
    if not cell:
        edits[about[0][0]] = NoteEdit(head=f"{dst} from {src}: ")
        return cell, True
    return cell, False


def apply_edits(lines: list[str], out: list[str], placed: dict[int, int], edits: dict[int, NoteEdit]) -> None:
    """Write each edited note line where ``placed`` says it stands in ``out``, the way its row said."""
    for i, edit in edits.items():
        m = _LINE.match(lines[i])
        if m is None or i not in placed:
            continue
        body = m["body"]
        if edit.name:
            body = re.sub(r"^(?:the )?[\w.]+", edit.name, body, count=1)
        out[placed[i]] = edit.head + body

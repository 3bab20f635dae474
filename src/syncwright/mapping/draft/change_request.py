"""A request written as a change request ('Current behaviour: ... / Desired behaviour: ... /
Out of scope: ...'), read for what it asks to be true after the change (round 20).

The current-behaviour section tells the story of what is wrong today: 'the lead is saved
with those fields empty when a contact has no job title', 'anyone who only gave us a cell
number looks unreachable'. Those sentences are no rules (read as rules they become filters
and copies nobody asked for), so the section is taken out. What it still carries is the
mapping as it stands ('email -> Email, last name -> LastName'), which the desired section
may keep by reference: 'Keep the email, last name and city mappings exactly as they are
today' is written out as those pairs. A text is read this way only when it has both a
current and a desired section, so a 'Today:' line in another kind of request keeps its
own reading.
"""

from __future__ import annotations

import re

_BEHAVIOUR = r"(?:\s+(?:behaviou?r|state|setup|situation|mapping|sync|process|flow|outcome|result|change|fix))?"
_CURRENT = re.compile(
    rf"^\s*(?:current(?:ly)?|today|as[- ]is|existing|actual|observed|what happens (?:now|today)|(?:the )?problem){_BEHAVIOUR}\s*:\s*", re.I)
_DESIRED = re.compile(
    rf"^\s*(?:desired|expected|proposed|requested|target|wanted|to[- ]be|new|what we want|the change|change requested){_BEHAVIOUR}\s*:\s*", re.I)
# any section label: a few words and a colon at the start of a line that is no bullet
_SECTION = re.compile(r"^\s*(?![-*•]|\d+[.)])[A-Za-z][\w /'()-]{0,40}:\s*(?:$|(?=\S))")
# 'email -> Email', 'Company → company': a pair of the mapping as it stands
_PAIR = re.compile(r"(?P<a>[A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*){0,2})\s*(?:->|→|=>)\s*(?P<b>[A-Za-z_][\w.]*)")
# 'Keep the email, last name and city mappings exactly as they are today'
_KEEP = re.compile(
    r"\bkeep(?:ing)?\s+(?:the\s+)?(?P<items>[^.;:\n]+?)\s+(?:mappings?|fields?|copies)\s+"
    r"(?:exactly\s+|just\s+)?(?:as\s+(?:they\s+are|it\s+is|they\s+were|before|is)|unchanged|the\s+same|as[- ]is)"
    r"(?:\s+(?:today|now|currently|at the moment))?", re.I)


def read_change_request(text: str) -> str:
    """``text`` without its current-behaviour section, the desired section's 'keep ... as
    they are' clauses written out as the pairs the current section gives."""
    lines = text.split("\n")
    if not any(_CURRENT.match(ln) for ln in lines) or not any(_DESIRED.match(ln) for ln in lines):
        return text
    kept: list[str] = []
    current: list[str] = []
    inside = False
    for ln in lines:
        if _CURRENT.match(ln):
            inside = True
            current.append(ln[_CURRENT.match(ln).end() :])  # type: ignore[union-attr]
            continue
        if inside and _SECTION.match(ln):
            inside = False
        if inside:
            current.append(ln)
            continue
        if m := _DESIRED.match(ln):
            ln = ln[m.end() :]  # the label says what follows is the request; it is no field
            if not ln.strip():
                continue
        kept.append(ln)
    pairs: dict[str, str] = {}
    for m in _PAIR.finditer("\n".join(current)):
        a, b = m["a"].strip(), m["b"].strip()
        a = re.sub(r"^(?:and|or|the|its|their)\s+", "", a, flags=re.I)
        pairs.setdefault(a.lower(), f"{a} -> {b}")
        pairs.setdefault(b.lower(), f"{a} -> {b}")
    return "\n".join(_KEEP.sub(lambda m: _written_out(m["items"], pairs), ln) for ln in kept)


def _written_out(items: str, pairs: dict[str, str]) -> str:
    """'the email, last name and city' -> 'email -> Email, last name -> LastName and city ->
    City, each copied as is' (an item the current section gives no pair for stays as named)."""
    names = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", items) if x.strip()]
    out = [pairs.get(re.sub(r"^(?:the|its|their)\s+", "", n, flags=re.I).lower(), n) for n in names]
    joined = ", ".join(out[:-1]) + (" and " if len(out) > 1 else "") + out[-1]
    return f"{joined}, each copied as is"

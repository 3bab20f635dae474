"""'Contacts with no annual revenue also get 'Small business'': the branch an empty value takes
in a value table or condition already read (session 16).

A rule written as conditions on one source field ('Enterprise' when the revenue is over 5M,
'Small business' when it is 5M or less) says nothing about records with no value there, so
people add a sentence for them: the records, the emptiness of one source field and a value.
The value goes to the one rule whose conditions read that field (a first branch: when the
field is empty, that value). Without such a rule the clause is left to the other readers, so
it is never a copy of the empty field.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import (
    And,
    Cases,
    Cmp,
    Cond,
    Const,
    DraftRule,
    Not,
    Or,
    cond_fields,
)

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_RECORDS = (r"(?:the\s+)?(?:contacts|leads|members|records|people|subscribers|users|ones|those|anyone|anybody|everyone|companies)"
            r"|(?:an?|each|any)\s+(?:contact|lead|member|record|person|subscriber|user|company)")
_EMPTY = r"(?:empty|blank|missing|not set|unknown)"
_GETS = r"(?:also\s+)?(?:get|gets|become|becomes|are|is|receive|receives|should get|should be|go in as|count as|counts as)\s+(?:also\s+)?"
_SAID = re.compile(
    rf"^(?:and\s+|but\s+)?(?:{_RECORDS})\s+(?:with\s+no|without(?:\s+an?|\s+any)?|that\s+have\s+no|who\s+have\s+no|(?:whose|where\s+the)\s+(?P<f2>.+?)\s+(?:is|are)\s+{_EMPTY}|with\s+(?:an?\s+)?{_EMPTY})\s*(?P<f>.+?)?\s+{_GETS}(?P<v>⟦\d+⟧)(?:\s+(?:too|as well|also))?$",
    re.I,
)


def empty_branch(g: Grammar, text: str) -> bool:
    """Give records with no value in the field the text names the value it says, in the one
    rule whose conditions read that field."""
    m = _SAID.match(text.strip().rstrip("."))
    if m is None or not (m.group("f") or m.group("f2")):
        return False
    return blank_row_of_reader(g, (m.group("f2") or m.group("f") or "").strip(), m.group("v"))


def blank_row_of_reader(g: Grammar, field: str, v_phrase: str) -> bool:
    """The value ``v_phrase`` becomes the blank row of the one table whose conditions read the
    source field ``field`` names; False (nothing written) when there is not exactly one."""
    named = g.resolve(field, "src")
    if named is None:
        return False
    owners = tables_reading(g, named.best.path)
    if len(owners) != 1:
        return False
    value = g._const(v_phrase, g.dst_obj.get(owners[0].target))
    if value is None:
        return False
    blank_row(g, owners[0], named.best.path, value)
    return True


def tables_reading(g: Grammar, path: str) -> list[DraftRule]:
    """The rules written as conditions (a value table) that read the source field ``path``."""
    return [r for r in g.plan.rules if isinstance(r.value, Cases) and any(path in cond_fields(c) for c, _ in r.value.branches)]


def sole_read_field(cases: Cases) -> str | None:
    """The one source field every row of ``cases`` reads, if there is exactly one."""
    read = {f for c, _ in cases.branches for f in cond_fields(c)}
    return next(iter(read)) if len(read) == 1 else None


def takes_blank(c: Cond, path: str) -> bool:
    """Could a row's condition hold for a record with no value in ``path`` ('opt out is not
    true' does: round 41, its blank row was dropped as the same as 'otherwise')?"""
    if isinstance(c, Cmp):
        return c.field == path and c.op in ("false", "ne", "not_in", "empty")
    if isinstance(c, And | Or):
        return any(takes_blank(x, path) for x in c.items)
    return isinstance(c, Not)


def blank_row(g: Grammar, rule: DraftRule, path: str, value: Const) -> None:
    """``rule``'s table gives ``value`` when ``path`` is empty: a first row, unless its
    'otherwise' already gives that value and no other row takes a blank value."""
    assert isinstance(rule.value, Cases)
    if rule.value.otherwise != value or any(takes_blank(c, path) for c, _ in rule.value.branches):
        rule.value.branches.insert(0, (Cmp(path, "empty"), value))
    rule.sentences.append(g.sentence)
    rule.why.append(f"a blank {path}: {value.value!r}")
    g._note(f"{rule.target}: records with no {path} get {value.value!r}")

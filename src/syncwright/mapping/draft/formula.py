"""A boolean written as a comparison formula (round r10b).

'vip = numemployees > 100', 'IsBigAccount: AnnualRevenue >= 1000000', 'traits.enterprise is
employees > 500': what any wording of the concept holds is a boolean destination written as
its name, an assignment mark, and a condition with a comparison sign (>, >=, <, <=, ==, !=)
on one source field. The field is true when the condition holds and false for every other
record (an empty source compares with nothing, so it is false too, unless a later row of the
same field says otherwise: '(blank -> true)').

Round 41: a terse list item 'vip: Department = 'Engineering'' is the same concept with one
'=' between the source field and a quoted value (it wrote the value 'Engineering' into a
true/false field): read only when the source side names a source field and the value is quoted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Const

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_EQUALS = re.compile(r"^(?P<d>[A-Za-z_][\w.]*)\s*:\s*(?P<c>(?P<f>[A-Za-z_][\w .]*?)\s*(?:=|==)\s*⟦\d+⟧(?:\s*(?:,|\bor\b)\s*⟦\d+⟧)*)\s*$")
_FORMULA = re.compile(r"^(?P<d>[A-Za-z_][\w.]*)\s*(?:=|:|\bis\b)\s*(?P<c>[^=<>!≥≤]+?\s*(?:>=|<=|==|!=|>|<|≥|≤)\s*\S.*)$")


def boolean_formula(g: Grammar, text: str) -> bool:
    """Add a true/false rule for 'D = S > N'; False when the clause is no such formula."""
    m = _FORMULA.match(text.strip()) or _EQUALS.match(text.strip())
    if m is None or (m.re is _EQUALS and g.resolve(m.group("f"), "src") is None):
        return False
    d = g.resolve(m.group("d"), "dst")
    if d is None or d.best.type != "boolean" or d.best.leaf.lower() != m.group("d").rsplit(".", 1)[-1].lower():
        return False
    cond = g.condition(m.group("c").replace("≥", ">=").replace("≤", "<="))
    if cond is None:
        return False
    g._make_cases(d.best, [(cond, Const(True)), (None, Const(False))], None, f"{d.best.path} = a comparison (formula: a boolean, a field and a comparison sign)")
    return True

"""A copy that holds only under a condition: 'phone = Phone in E.164 -- only when Country == X'
(round r13d).

An assignment whose right side is a source field (with its formats) followed by a condition
('when', 'if', 'only when', 'only if') writes the field only for the records the condition
holds for and leaves it out for the rest ('otherwise don't set phone' says so again). The
ingredients: a destination field named exactly, '=' / ':=', a source field as the first word
of the right side (not a quote: a quoted value under a condition is a value table's row), and
a condition the grammar reads. The copy itself ('Phone in E.164 (UK)') is read by the grammar
as it would be without the condition, then wrapped in a one-branch case with no otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Cmp, Const
from syncwright.mapping.draft.text import Clause

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_SHAPE = re.compile(
    r"^(?P<d>[A-Za-z_][\w.]*)\s*:?=\s*(?P<s>[A-Za-z_][\w.]*(?:\s+[^⟦=<>]*?)?)\s*(?:,|--+|-)?\s*(?:but\s+)?(?:only\s+)?(?:when|if|where)\s+(?P<c>[^,;]+?)\s*\.?$",
    re.I,
)


def conditional_copy(g: Grammar, text: str) -> bool:
    """Read 'D = S[ formats] (only) when C' as S (formatted) for the records C holds for."""
    m = _SHAPE.match(text.strip())
    if m is None or re.search(r"\b(?:else|otherwise|blank|empty|missing)\b", m.group("s") + " " + m.group("c"), re.I):
        return False
    d = g.resolve(m.group("d"), "dst")
    first = m.group("s").split()[0]
    s = g.resolve(first, "src")
    if d is None or not d.exact_case or s is None or not s.exact_case or first.lower() in ("true", "false", "yes", "no"):
        return False
    cond = g.condition(m.group("c"))
    if cond is None or (isinstance(cond, Cmp) and cond.op in ("empty", "not_empty")):
        return False  # 'not set when there's no birthdate' is an omission, no condition on the copy
    before = list(g.plan.rules)
    g._clause(f"{m.group('d')} = {m.group('s').strip()}", Clause(text, g.sentence, g.literals))
    new = [r for r in g.plan.rules if r not in before and r.target == d.best.path]
    if len(new) != 1 or isinstance(new[0].value, (Cases, Const)):
        g.plan.rules[:] = before
        return False
    rule = new[0]
    rule.value = Cases([(cond, rule.value)], None)
    rule.why.append("only when the condition holds, left out otherwise (a conditional copy)")
    g.last_cases = rule
    return True

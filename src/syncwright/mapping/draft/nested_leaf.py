"""A default said in its own sentence for a nested field named by its leaf (round 27): "name:
from company name" under traits.company, then "When company name is not filled, name must be
filled by 'Independent'." The second sentence named 'name' alone, which resolved to the
top-level traits.name: a new field holding 'Independent' where the nested name stayed empty.
When a rule writes only values for the empty source of another rule whose target has the same
leaf one level deeper (traits.company.name reads the company; the lone traits.name tests the
company for empty), the two are one rule: the nested field, its default joined to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Cmp, Src

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar


def nested_leaf_defaults(g: Grammar) -> None:
    from syncwright.mapping.draft.grammar import (
        _refine,  # the grammar's own merge of a later clause into a rule
    )

    for lone in list(g.plan.rules):
        v = lone.value
        if not isinstance(v, Cases) or v.otherwise is not None or not v.branches:
            continue
        tested = {c.field for c, _ in v.branches if isinstance(c, Cmp) and c.op == "empty"}
        if len(tested) != 1 or len(tested) != len(v.branches):
            continue
        parent, _, leaf = lone.target.rpartition(".")
        deeper = [r for r in g.plan.rules if r is not lone and r.target.startswith(f"{parent}.") and r.target.count(".") == lone.target.count(".") + 1
                  and r.target.rsplit(".", 1)[-1] == leaf and isinstance(r.value, Src) and r.value.field in tested]
        if len(deeper) != 1 or min(lone.sentences) < min(deeper[0].sentences):
            continue
        nested = deeper[0]
        nested.value = _refine(nested.value, v)
        nested.sentences.extend(lone.sentences)
        nested.why.append(f"default said for '{leaf}' in sentence {min(lone.sentences) + 1}: {nested.target}, the field that reads it")
        g.plan.rules.remove(lone)

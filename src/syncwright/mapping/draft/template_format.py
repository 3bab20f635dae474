"""A format written after a template, for the one part it fits (issue #12, round 10c).

"Description should say 'First seen on ' followed by the date they were created, written as
YYYY-MM-DD": the template reader takes the parts and the format sits after a comma, so no part
carries it. When a clause asks for a format that no rule of its sentence applies and the
sentence drafted one template, the format goes to the one field part it fits: a date format to
the one date field, a case or number format to the only field part. Anything less clear is left
to the open question the leftover check asks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Src, Template, Transform

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_DATE_TYPES = frozenset({"date", "datetime"})
_TEMPLATE_WORDS = re.compile(r"\bfollowed by\b|\+|\bthen\b|\bjoined\b", re.I)


def template_formats(g: Grammar) -> None:
    """Give each sentence's one template the formats its clauses ask for and nothing applies."""
    for sentence, text, _shown in g.read_clauses:
        rules = [r for r in g.sentence_rules.get(sentence, []) if isinstance(r.value, Template)]
        if len(rules) != 1:
            continue
        tmpl = rules[0].value
        assert isinstance(tmpl, Template)
        parts = [p for p in tmpl.parts if isinstance(p, Src)]
        if not _TEMPLATE_WORDS.search(text):
            continue  # only the clause that wrote the template
        applied = {x.name for r in g.sentence_rules.get(sentence, []) if isinstance(r.value, Src) for x in r.value.transforms}
        for t in g._transforms(text):
            if t.name in applied or any(x.name == t.name for p in parts for x in p.transforms):
                continue
            target = _part_for(g, parts, t)
            if target is not None:
                target.transforms.append(t)
                rules[0].why.append(f"{t.name} applies to {target.field} (written after the template)")


def _part_for(g: Grammar, parts: list[Src], t: Transform) -> Src | None:
    if t.name == "date":
        dated = [p for p in parts if (f := g.src_obj.get(p.field)) is not None and f.type in _DATE_TYPES]
        return dated[0] if len(dated) == 1 else None
    return parts[0] if len(parts) == 1 else None

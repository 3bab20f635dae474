"""A fallback source added after a copy as 'or if that's empty <source>' (issue #12, round 9b).

'For the surname, use their last name, or if that's empty the part of their email before
the @': the clause patterns read the copy and leave the tail, whose source carries its own
format (the part before the @), unread. What any wording of it holds is a pointer back to the
value just named (that / it / this), an emptiness word, and a source phrase after it. The
sentence's one plain copy gets that source as its fallback.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Chain, Src

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_TAIL = re.compile(
    r"\bor\b,?\s+(?:if|when|where)\s+(?:that|it|this|that one)(?:'s|\s+is|\s+are)\s+(?:empty|blank|missing|not there)\s*,?\s*(?:use\s+|take\s+|then\s+|fall back (?:on|to)\s+)?(?P<b>[^,;.()]+)",
    re.I,
)


def fallback_tail(g: Grammar, sentence: int, text: str) -> None:
    """Append the source the tail names to the sentence's one plain copy."""
    m = _TAIL.search(text)
    if m is None:
        return
    rules = [r for r in g.sentence_rules.get(sentence, []) if isinstance(r.value, Src)]
    distinct = {id(r): r for r in rules}
    if len(distinct) != 1:
        return
    rule = next(iter(distinct.values()))
    assert isinstance(rule.value, Src)
    g.sentence = sentence
    v = g.src_value(m.group("b"), g.dst_obj.get(rule.target))
    if not isinstance(v, Src) or (v.field == rule.value.field and not v.transforms):
        return
    rule.value = Chain([rule.value, v])
    rule.why.append(f"when empty: {v.field} (concept: 'or if that is empty' and a source)")
    g.traces[sentence].became.append(f"{rule.target}: when empty -> {v.field}")
    g.plan.questions = [q for q in g.plan.questions if q.sentence != sentence or "which no rule drafted from it applies" not in q.text]

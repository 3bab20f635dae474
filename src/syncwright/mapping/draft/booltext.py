"""A checkbox copied as text (issue #12, round r11b).

'hs_email_optout is the text "true" or "false", from HasOptedOutOfEmail', 'the opt-out flag
as a string': a boolean source copied into a field the text says holds text. The copy reads
true/false; the destination wants the words "true"/"false", so the rule gets the `text`
transform. The cue is the text's own word (text / string) in the sentence that wrote the
rule; a boolean copied without it stays a boolean (README rule 11: cases that write the
text form say so).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Src, Transform

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_TEXT_CUE = re.compile(r"\b(?:as|the|a|in)\s+(?:text|string)\b|\bas\s+(?:a\s+)?(?:text|string)\s+value\b|\btext\s+(?:form|value)\b", re.I)


def boolean_text(g: Grammar) -> None:
    """Add the text transform to boolean copies whose sentence asks for text."""
    for r in g.plan.rules:
        v = r.value
        if not isinstance(v, Src) or any(t.name == "string" for t in v.transforms):
            continue
        f = g.src_obj.get(v.field)
        if f is None or f.type != "boolean":
            continue
        texts = [g.traces[i].text for i in r.sentences if 0 <= i < len(g.traces)]
        if any(_TEXT_CUE.search(t) for t in texts):
            v.transforms = [*v.transforms, Transform("string")]
            r.why.append("as text: 'true' / 'false' (the text says so)")

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

from syncwright.mapping.draft.ir import Cases, Chain, Const, Src, Transform, Value

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

# 'HasOptedOutOfEmail, text "true" / "false"' (a spec table's rule cell, round 27): the word then the values
_TEXT_CUE = re.compile(r"\b(?:as|the|a|in)\s+(?:text|string)\b|\bas\s+(?:a\s+)?(?:text|string)\s+value\b|\btext\s+(?:form|value)\b"
                       r"|(?:^|[,;:]\s*)(?:text|string)\s+(?:⟦\d+⟧|['\"]?true\b)", re.I)


# 'is the text true when ...', 'as the text true for unsubscribed members and the text false for ...': the value written is a word
_VALUE_TEXT_CUE = re.compile(r"\bthe text\s+(?:['\"]|⟦\d+⟧)?\s*(?:true|false)?\s*['\"]?\s*(?:when|if|for|where|unless)\b", re.I)


# 'Unsubscribed from all email as text: ...' (round 46): what is written is text, said of the field
_AS_TEXT = re.compile(r"\b(?:send|write|put|sent|written)?\s*as\s+(?:a\s+)?(?:text|string)\s*(?::|,|$)", re.I)


def boolean_text(g: Grammar) -> None:
    """Add the text transform to boolean copies whose sentence asks for text."""
    for r in g.plan.rules:
        v = r.value
        if isinstance(v, Cases):
            _cases_as_text(g, r.sentences, v, r.why)
            continue
        if not isinstance(v, Src) or any(t.name == "string" for t in v.transforms):
            continue
        f = g.src_obj.get(v.field)
        if f is None or f.type != "boolean":
            continue
        texts = [g.traces[i].text for i in r.sentences if 0 <= i < len(g.traces)]
        if any(_TEXT_CUE.search(t) for t in texts):
            v.transforms = [*v.transforms, Transform("string")]
            r.why.append("as text: 'true' / 'false' (the text says so)")


def _cases_as_text(g: Grammar, sentences: list[int], v: Cases, why: list[str]) -> None:
    """'hs_email_optout is the text true when Email Opt Out is ticked and the text false when it
    isn't' (round 20): a true/false table whose sentence asks for text writes the words."""
    values = [val for _, val in v.branches] + ([v.otherwise] if v.otherwise is not None else [])
    if not values or not all(isinstance(x, Const) and isinstance(x.value, bool) for x in values):
        return
    texts = [g.traces[i].text for i in sentences if 0 <= i < len(g.traces)]
    if not any(_VALUE_TEXT_CUE.search(t) or _AS_TEXT.search(t) for t in texts):
        return  # 'true when hs_email_optout is the text "true"': the source's value is text, not the field's
    v.branches = [(c, Const("true" if val.value else "false")) if isinstance(val, Const) else (c, val) for c, val in v.branches]
    if isinstance(v.otherwise, Const):
        v.otherwise = Const("true" if v.otherwise.value else "false")
    why.append("as text: 'true' / 'false' (the text says so)")


def boolean_constants(g: Grammar) -> None:
    """A checkbox of a platform whose API takes JSON booleans (Salesforce's HasOptedOutOfEmail,
    Mailchimp's vip) written with the words 'true' / 'false' ("CASE WHEN ... THEN 'true'", "'true' or
    blank -> true") gets the booleans: such a field takes no text (round 52: the draft wrote the
    string, the check warned and the record kept it). HubSpot's checkboxes are strings in its API
    ("true" / "false"), so a quoted word stays the text there; so does any word a text asks for as
    text ('as the text "true" or "false"')."""
    if g.dst_obj.ref.split(".")[0] == "hubspot":
        return
    if any(_TEXT_CUE.search(t.text) or _AS_TEXT.search(t.text) or _VALUE_TEXT_CUE.search(t.text) for t in g.traces):
        return
    for r in g.plan.rules:
        f = g.dst_obj.get(r.target)
        if f is not None and f.type == "boolean":
            r.value = _as_boolean(r.value)


def _as_boolean(v: Value) -> Value:
    if isinstance(v, Const) and isinstance(v.value, str) and v.value.strip().lower() in ("true", "false"):
        return Const(v.value.strip().lower() == "true")
    if isinstance(v, Cases):
        v.branches = [(c, _as_boolean(x)) for c, x in v.branches]
        v.otherwise = _as_boolean(v.otherwise) if v.otherwise is not None else None
    if isinstance(v, Chain):
        v.options = [_as_boolean(o) for o in v.options]
    return v

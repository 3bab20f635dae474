"""A rule whose fixed values cannot live in its field moves to the field named beside it that
can hold them (issue #12, round 10c).

"Email, firstname, lastname, plus a Rating based on the stage: customer is Hot, ..." once
read as a table for Email: a destination chosen by position. The values themselves say where
they belong: 'Hot' is no email address and is a value of the Rating picklist, and Rating is
named in the same sentence and written by nothing else. Only a move with exactly one such
field is made; anything else is left to the checks and questions that follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from syncwright.mapping.draft.ir import Cases, Const, DraftRule, Src

if TYPE_CHECKING:
    from syncwright.mapping.draft.fields import FieldDesc
    from syncwright.mapping.draft.grammar import Grammar
    from syncwright.mapping.draft.ir import Value


def _outputs(v: Value) -> list[Any] | None:
    """The fixed values a rule writes, or None when any output is not a fixed value."""
    if isinstance(v, Const):
        return [v.value]
    if isinstance(v, Cases):
        outs = [b for _, b in v.branches] + ([v.otherwise] if v.otherwise is not None else [])
        if outs and all(isinstance(o, Const) for o in outs):
            return [o.value for o in outs if isinstance(o, Const)]
    return None


def _fits(f: FieldDesc, values: list[Any]) -> bool:
    if f.type == "email":
        return all(isinstance(x, str) and "@" in x for x in values)
    if f.type == "boolean":
        return all(isinstance(x, bool) for x in values)
    if f.values:
        return all(isinstance(x, str) and x in f.values for x in values)
    return True


def retarget_misplaced(g: Grammar) -> None:
    """Move each rule whose fixed values do not fit its field to the one named field they fit."""
    texts: dict[int, str] = {}
    for sentence, text, _shown in g.read_clauses:
        texts[sentence] = texts.get(sentence, "") + " " + text
    for rule in g.plan.rules:
        f = g.dst_obj.get(rule.target)
        outs = _outputs(rule.value)
        if f is None or outs is None or not any(isinstance(x, str) for x in outs):
            continue
        # a free-text field takes any text; it gives way only to a table (two or more values)
        # whose every output is a value of another field's picklist
        free_text = not f.values and f.type not in ("email", "boolean")
        if (_fits(f, outs) and not free_text) or (free_text and len(set(outs)) < 2):
            continue
        named = {m.best.path for s in rule.sentences for m in g.mentions(texts.get(s, ""), "dst")}
        fitting = [p for p in sorted(named) if p != rule.target and (c := g.dst_obj.get(p)) is not None and c.values and _fits(c, outs) and g.plan.rule_for(p) is None]
        if len(fitting) != 1:
            continue
        old = rule.target
        rule.why.insert(0, f"value table/conditions for {fitting[0]} (moved from {old}: its values are {fitting[0]} values)")
        rule.target = fitting[0]
        src = g.resolve(f.leaf, "src")
        if src is not None and g.plan.rule_for(old) is None:
            # the field it was taken from was named as a copy ('Email, firstname, lastname with a Rating ...')
            g.plan.rules.append(DraftRule(old, Src(src.best.path), sentences=list(rule.sentences), why=[f"'{f.leaf}' copied (its table moved to {fitting[0]})"], confidence=0.7))

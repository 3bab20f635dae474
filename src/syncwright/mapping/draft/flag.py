"""A boolean destination set from a condition, read from its ingredients (issue #12, round 8).

'Tick X for contacts with Y = 'true', leave it unticked otherwise', 'flag members as vip
when revenue tops 5 million; the rest get false': what any wording of the concept holds is
one boolean destination written as its name, one source field, a yes-side (tick, check, flag,
mark, true, yes) with the condition (a quoted value or a number bound) and a no-side (untick,
false, no, the rest, otherwise). The result is true when the condition holds and false for
every other record, an empty source included (the no-side says so).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeGuard

from syncwright.mapping.draft.bands import bound
from syncwright.mapping.draft.ir import And, Cases, Cmp, Cond, Const, Or
from syncwright.mapping.draft.text import PLACEHOLDER

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar
    from syncwright.mapping.draft.mentions import Mention

_YES = re.compile(r"\b(?:tick(?:ed)?|check(?:ed)?|flag(?:ged)?|mark(?:ed)?|true|yes)\b", re.I)
_NO = re.compile(r"\b(?:untick(?:ed)?|uncheck(?:ed)?|unflagged|unmarked|false|no|the rest|otherwise|everyone else|all others|anyone else)\b", re.I)
_NO_STRONG = re.compile(r"\b(?:untick(?:ed)?|uncheck(?:ed)?|unflagged|unmarked|false|the rest|otherwise|everyone else|all others|anyone else)\b", re.I)
_HAS_NO = re.compile(r"\b(?:has no|have no|had no|with no|without|lacks?|lacking|missing|(?:does|do)(?:n't| not) have an?)\s+(?:an?\s+|any\s+|the\s+|their\s+)?$", re.I)
_IS_EMPTY = re.compile(r"^\s*(?:number\s+)?(?:is|are)\s+(?:blank|empty|missing|not set)\b", re.I)
_JOINED = re.compile(r"\b(?:if|when|whenever|where)\s+(?:both\s+|either\s+)?(?P<c>\S.*\s(?:and|or)\s.*)$", re.I)
_TRUTHY = {"true", "yes", "1", "y", "checked", "ticked", "on"}


class FlagSlots:
    """One sentence (its clauses joined) in; a true/false Cases rule out."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_sentence(self, text: str) -> bool:
        g = self.g
        no = _NO_STRONG.search(text) or _NO.search(text)
        if not _YES.search(text) or no is None:
            return False
        dst_ms = [m for m in g.mentions(text, "dst") if m.exact_case or m.text.lower() == m.best.leaf.lower()]
        targets = list(dict.fromkeys(m.best.path for m in dst_ms))
        target = g.dst_obj.get(targets[0]) if len(targets) == 1 else None
        if target is None or target.type != "boolean":
            return False
        # the yes-side is what comes before the first no-word (or the first ';'), from the
        # destination on; its condition is what follows a source field there ('the annual
        # revenue of the company ... is more than 3 million': the first field a condition
        # fits, a number bound only on a number field) or an emptiness around it ('has no
        # office phone'). A quoted value written before the field is a value to write
        # ('the string 'true' if X is ticked'), not this concept.
        # the clause that names the destination holds both sides: a clause before it (a filter
        # 'skip contacts with no Department; ...; vip: true if ...') is no yes-side
        named = text.lower().find(dst_ms[0].text.lower())
        own = max(0, named)
        no = _NO_STRONG.search(text, own) or _NO.search(text, own) or no
        semi = text.find(";", own)
        cut = min(no.start(), semi if semi >= 0 else len(text))
        yes = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text[:cut])
        start = named + len(dst_ms[0].text) if 0 <= named < cut else 0
        taken = {m.text.lower() for m in dst_ms}
        src_ms = [m for m in g.mentions(yes[start:], "src") if m.text.lower() not in taken]
        found = self._joined_cond(yes[start:]) or self._source_cond(yes, start, src_ms)
        if found is None:
            return False
        src, cond = found
        g.add_rule(target.path, Cases([(cond, Const(True))], Const(False)), f"true when {src} holds, else false (concept: a boolean, a condition, a yes-side and a no-side)", 0.8)
        return True

    def _joined_cond(self, yes: str) -> tuple[str, Cond] | None:
        """'true when lifecycle stage is lead and company is empty', 'true if opt out is 'true' or
        blank': a condition joined with and/or over two source fields, or a text flag's 'true'/'false' or
        its blank, is read whole (round 41: the first field alone was read, or
        the last one, and the other part dropped without a word)."""
        m = _JOINED.search(yes)
        if m is None:
            return None
        cond = self.g.condition(m.group("c").strip(" ,.;"))
        if not isinstance(cond, And | Or) or not all(isinstance(c, Cmp) for c in cond.items):
            return None
        fields = list(dict.fromkeys(c.field for c in cond.items if isinstance(c, Cmp)))
        # two fields, or a text flag's value or its blank ('opt out is 'true' or blank')
        ops = sorted((c.op, str(c.value).lower()) for c in cond.items if isinstance(c, Cmp))
        or_blank = isinstance(cond, Or) and len(ops) == 2 and ops[0][0] == "empty" and ops[1][0] == "eq" and ops[1][1] in ("true", "false")
        return (" and ".join(fields), cond) if len(fields) >= 2 or or_blank else None

    def _source_cond(self, yes: str, start: int, src_ms: list[Mention]) -> tuple[str, Cond] | None:
        """The first source field of the yes-side with a condition on it."""
        pos = start
        for m in src_ms:
            at = yes.lower().find(m.text.lower(), pos)
            if at < 0 or PLACEHOLDER.search(yes[start:at]):
                return None
            pos = at + len(m.text)
            f = m.best
            before = yes[start:at]
            if _HAS_NO.search(before[-25:]):
                return f.path, Cmp(f.path, "empty")
            after = yes[pos:]
            if re.match(r"\s+and\s+(?:the\s+)?[\w ]{1,40}?\s+are\s+", after):
                # 'true if Phone Number and Mobile Phone Number are empty': one predicate of both (round 25:
                # the second field alone was read)
                whole = self.g.condition(re.split(r"[,;]", yes[at:], maxsplit=1)[0].strip(" ."))
                if _holds_with(whole, f.path):
                    return f.path, whole
            if _IS_EMPTY.match(after):
                # 'true if the phone is empty and the mobile is empty': every part of the condition holds
                whole = self.g.condition(yes[at:].strip(" ,.")) if re.search(r"\band\b", after, re.I) else None
                if _holds_with(whole, f.path):
                    return f.path, whole
                return f.path, Cmp(f.path, "empty")
            cond = self._cond(after, f.path)
            if cond is None and f.type == "boolean" and len(src_ms) == 1 and not re.search(r"\d|⟦", after):
                cond = Cmp(f.path, "true")  # 'true when they have opted out of email'
            if cond is None or (isinstance(cond, Cmp | And) and "⟦" not in after and f.type not in ("number", "integer") and any(o.best.type in ("number", "integer") for o in src_ms)):
                continue
            return f.path, cond
        return None

    def _cond(self, yes: str, field: str) -> Cond | None:
        lits = PLACEHOLDER.findall(yes)
        if len(lits) == 1:
            v = self.g.lit(f"⟦{lits[0]}⟧")
            if v is None:
                return None
            return Cmp(field, "true") if v.strip().lower() in _TRUTHY else Cmp(field, "eq", v)
        if lits:
            return None
        if re.search(r"\b(?:is|are)\s+(?:ticked|checked|true|set|on)\b", yes, re.I):
            return Cmp(field, "true")
        return bound(yes, field)


def _holds_with(whole: Cond | None, field: str) -> TypeGuard[And]:
    """``whole`` is an all-of over plain comparisons, one of them on ``field``."""
    return isinstance(whole, And) and all(isinstance(c, Cmp) for c in whole.items) and any(isinstance(c, Cmp) and c.field == field for c in whole.items)

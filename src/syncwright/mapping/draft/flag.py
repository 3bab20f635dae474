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
from typing import TYPE_CHECKING

from syncwright.mapping.draft.bands import bound
from syncwright.mapping.draft.ir import Cases, Cmp, Cond, Const
from syncwright.mapping.draft.text import PLACEHOLDER

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_YES = re.compile(r"\b(?:tick(?:ed)?|check(?:ed)?|flag(?:ged)?|mark(?:ed)?|true|yes)\b", re.I)
_NO = re.compile(r"\b(?:untick(?:ed)?|uncheck(?:ed)?|unflagged|unmarked|false|no|the rest|otherwise|everyone else|all others|anyone else)\b", re.I)
_TRUTHY = {"true", "yes", "1", "y", "checked", "ticked", "on"}


class FlagSlots:
    """One sentence (its clauses joined) in; a true/false Cases rule out."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_sentence(self, text: str) -> bool:
        g = self.g
        no = _NO.search(text)
        if not _YES.search(text) or no is None:
            return False
        dst_ms = [m for m in g.mentions(text, "dst") if m.exact_case or m.text.lower() == m.best.leaf.lower()]
        targets = list(dict.fromkeys(m.best.path for m in dst_ms))
        target = g.dst_obj.get(targets[0]) if len(targets) == 1 else None
        if target is None or target.type != "boolean":
            return False
        taken = {(m.start, m.end) for m in dst_ms}
        src_ms = [m for m in g.mentions(text, "src") if (m.start, m.end) not in taken]
        srcs = list(dict.fromkeys(m.best.path for m in src_ms))
        if len(srcs) != 1:
            return False
        # the yes-side is what comes before the first no-word (or the first ';'); its
        # condition is what follows the source field: a quoted value written before the
        # field is a value to write ('the string 'true' if X is ticked'), not this concept
        cut = min(no.start(), text.index(";") if ";" in text else len(text))
        at = text.lower().find(src_ms[0].text.lower())
        if at < 0 or at > cut or PLACEHOLDER.search(text[:at]):
            return False
        cond = self._cond(text[at + len(src_ms[0].text) : cut], srcs[0])
        if cond is None:
            return False
        g.add_rule(target.path, Cases([(cond, Const(True))], Const(False)), f"true when {srcs[0]} holds, else false (concept: a boolean, a condition, a yes-side and a no-side)", 0.8)
        return True

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

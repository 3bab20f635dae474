"""A scope written as 'for <field> <values> only' (round r13b).

Checklist authors open an item with the scope: "for Country = 'United Kingdom' only",
"for lifecyclestage customer or evangelist only, drop the rest", "for LeadSource 'Web' or
'Trade Show' only". Read word by word, 'for Country ...' looks like a rule for a destination
field and the quoted value like its constant. The ingredients say otherwise: 'for', then the
name or label of a field of the source object, then one or more values (an optional '=' or
'is' between), then 'only'. Where an item or a sentence opens, that is "only records whose
<field> is <values>", which the filter reader already knows; inside an item ('vip = true for
lifecyclestage customer only, false for the rest') it is the condition of the item's value:
"when lifecyclestage is customer". Anything else after 'for' ('for contacts that have one
only') is left as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

# where an item or a sentence opens it scopes the records; inside an item ('vip = true for
# lifecyclestage customer only', "plus the tag 'customer' for lifecyclestage customer only") it
# scopes that item's value: "when lifecyclestage is customer"
_FOR_ONLY = re.compile(r"(?P<open>^|(?<=[.;]\s))?(?P<lead>[ \t]*(?:[-*•+][ \t]+)?(?:\[[ xX✓✔]?\][ \t]+)?)(?<![\w'])(?i:for)\s+(?P<x>[^\n.;,()]+?)\s+(?i:only)\b", re.M)
_OP = re.compile(r"^\s*(?P<op>=|==|:|is|equals|is set to)?\s*(?P<v>\S.*)$", re.I)
# the values must not open a clause of their own ('for contacts that have one only')
_NOT_VALUES = re.compile(r"^(?:that|who|which|whose|with|where|when|if|have|has|are)\b", re.I)


def _source_names(g: Grammar) -> dict[str, str]:
    """Every source field's name and label, lower-cased, to its path."""
    out: dict[str, str] = {}
    for f in g.src_obj.fields:
        for cand in (f.path, f.label):
            if cand:
                out.setdefault(cand.lower(), f.path)
    return out


def only_for(g: Grammar, text: str) -> str:
    """``text`` with each 'for <source field> <values> only' written 'only records whose F is V'."""
    names = _source_names(g)

    def repl(m: re.Match[str]) -> str:
        words = m.group("x").split()
        for k in (3, 2, 1):
            if len(words) <= k:
                continue
            path = names.get(" ".join(words[:k]).lower())
            rest = _OP.match(" ".join(words[k:]))
            if path is None or rest is None or _NOT_VALUES.match(rest.group("v")):
                continue
            if m.group("open") is None:
                return f"{m.group('lead')}when {path} is {rest.group('v')}"
            return f"{m.group('lead')}only records whose {path} is {rest.group('v')}"
        return m.group(0)

    return _FOR_ONLY.sub(repl, text)

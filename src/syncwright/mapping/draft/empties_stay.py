"""'... leads with no country stay in': what a filter does with an empty value (round r10b).

A skip on one field's values ('leaves out US leads (Country 'United States')') is often
followed by what happens to the records that have no value there: 'leads with no country
stay in', 'contacts without a stage are still sent'. What any wording of it holds: the
records (contacts, leads, those ...), an emptiness of one source field (with no X, without
X, missing X, whose X is blank) and a keep word (stay, are kept, are included, still go
through). It is said of a filter already read on that field: a filter that keeps the empty
ones anyway (X is not V) is unchanged; one that would drop them (only X = V) keeps them too.
Without such a filter the clause is left to the other readers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cmp, Cond, Or

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_RECORDS = (r"(?:the\s+)?(?:contacts|leads|members|records|people|subscribers|users|ones|those|anyone|anybody|everyone|any\s+\w+)"
            r"|(?:an?|each|the)\s+(?:contact|lead|member|record|person|subscriber|user)")
_NO = r"(?:with\s+no|without(?:\s+an?|\s+any)?|missing(?:\s+an?)?|lacking(?:\s+an?)?|that\s+have\s+no|who\s+have\s+no|that\s+has\s+no|who\s+has\s+no)"
_KEEP = (r"(?:stay|stays|remain|remains)(?:\s+in)?|(?:are|is|get|gets|should\s+be|(?:should|will|must|can)\s+(?:still\s+)?be)\s+(?:still\s+)?(?:kept|included|sent|synced|imported|transferred|copy|copied|let through|fine|ok)"
         r"|(?:still\s+)?(?:go|goes|get\s+sent|sync|come|comes|pass|flow)\s+(?:through|over|across|in)|(?:are|is)\s+not\s+(?:skipped|excluded|dropped|left out)"
         # round 33: 'is fine, send it', 'so sending is okay', 'include them', 'treat them as fine and send them'
         r"|(?:is|are)\s+(?:fine|ok|okay|allowed)(?:\s*,?\s*(?:so\s+|just\s+)?(?:send|include)\s+(?:it|them|em))?|(?:so\s+)?(?:sending|syncing|send|sync)\s+(?:it\s+|them\s+)?is\s+(?:ok|okay|fine)"
         r"|(?:send|include)(?:\s+(?:it|them|em))?|treat\s+(?:them|it)\s+as\s+(?:fine|ok|okay)(?:\s+and\s+(?:send|include)\s+(?:them|it))?")
# session 16: what the empty value means said first ('has not unsubscribed, so they should be sent',
# 'counts as not unsubscribed and is transferred')
_MEANS = (r"(?:(?:has|have|did|does|do)\s+not\s+\w+(?:\s+from\s+[\w ]+?)?|counts?\s+as\s+not\s+\w+"
          r"|is\s+not\s+(?:⟦\d+⟧|true|\w+))\s*,?\s*(?:so|and)\s+(?:(?:they|it|he|she)\s+)?")  # 'it is not "true", so sending is okay' (round 33)
_EMPTY = r"(?:empty|blank|missing|not set)"
_STAY = re.compile(
    rf"^(?:but\s+|and\s+|while\s+)?(?:{_RECORDS})\s+(?:{_NO}\s+(?P<f>.+?)|(?:whose|where\s+the)\s+(?P<f2>.+?)\s+(?:is|are)\s+{_EMPTY}|with\s+(?:an?\s+)?{_EMPTY}\s+(?P<f3>.+?))\s+(?:{_MEANS})?(?:{_KEEP})(?:\s+(?:as well|too|anyway|though))?$"
    rf"|^(?:if|when|where)\s+(?:the\s+)?(?P<f4>.+?)\s+(?:is|are)\s+(?:⟦\d+⟧\s+or\s+|false\s+or\s+)?{_EMPTY}\s*,?\s*(?:then\s+)?(?:(?:{_RECORDS}|they|it)\s+)?(?:{_MEANS})?(?:{_KEEP})$"
    # 'Blank opt-out is fine', 'Empty opt-out is okay, send it' (round 33)
    rf"|^(?:an?\s+|the\s+)?{_EMPTY}\s+(?P<f5>[\w.-]+(?:\s+[\w.-]+){{0,3}}?)\s+(?:{_KEEP})$",
    re.I,
)


def _on(c: Cond, field: str) -> bool:
    return isinstance(c, Cmp) and c.field == field


def empties_stay(g: Grammar, text: str) -> bool:
    """Widen the filter on the field this clause names so records without a value stay."""
    m = _STAY.match(text.strip().rstrip("."))
    if m is None:
        return False
    said = m.group("f") or m.group("f2") or m.group("f3") or m.group("f4") or m.group("f5")
    said = re.sub(r"\s+(?:value|field|flag|column)$", "", said.strip(), flags=re.I)  # 'the opt-out value', 'the unsubscribed field'
    f = g.resolve(said, "src")
    if f is None and re.fullmatch(r"(?:it|this|that|this field|that field|this value|the value)", said.strip(), re.I) and g.plan.filters:
        last = g.plan.filters[-1].keep_when  # 'When this field is empty, ... she stays': said of the filter just read (round 31)
        if not isinstance(last, Cmp):
            return False
        path = last.field
    elif f is None:
        return False
    else:
        path = f.best.path
    mine = [fl for fl in g.plan.filters if _on(fl.keep_when, path)]
    if not mine:
        return False
    for fl in mine:
        c = fl.keep_when
        assert isinstance(c, Cmp)
        if c.op in ("ne", "not_in", "empty"):
            continue  # an empty value is kept already
        fl.keep_when = Or([c, Cmp(path, "empty")])
        fl.reason += f" (records with no {path} stay)"
    g._note(f"filter on {path}: records with no value stay in")
    return True

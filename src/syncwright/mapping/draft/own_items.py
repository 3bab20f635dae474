"""A list of assignments whose later item is conditional, read item by item (round 9a).

'email from email_address, hs_language from language, hs_email_optout = "true" when status
equals unsubscribed and "false" otherwise': the condition reader takes the whole clause and
the plain items before the condition are lost. The structure shows where items start: after
a comma, a destination written as its name followed by an assignment mark ('from', '=',
'->', ':'). When a clause holds two or more such items and one of them carries a condition
word, each item is read as a clause of its own; other lists are left to the list reader.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from syncwright.mapping.draft.text import Clause, norm

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_START = re.compile(r"(?:^|[,;]\s*(?:and\s+)?)(?P<d>[A-Za-z_][\w.-]*(?:\s[A-Za-z_][\w.-]*)?)\s*(?P<m>=|->|<-|:|\bfrom\b)\s")
# 'status unsubscribed if ...': a destination written as its name, then one of its own values
_VALUE_START = re.compile(r"(?:^|[,;]\s*(?:and\s+)?)(?P<d>[A-Za-z_][\w.-]*)\s+(?P<v>[A-Za-z][\w-]*)\b")
# a lead-in naming only the objects ('for the SF contacts -> Mailchimp sync: ...')
_HEADER = re.compile(r"^(?P<h>[^:⟦]{1,60}?):\s+")
_HEADER_WORDS = frozenset(["for", "the", "our", "this", "sf", "sfdc", "hs", "mc", "sync", "mapping", "import", "export", "to", "from", "into", "over", "fields", "field", "setup", "spec", "new"])
# a condition, or parts in order ('tags = 'sf' then the LeadSource'), which a list reader splits
_COND = re.compile(r"\b(?:when|if|unless|whenever|otherwise|then|followed by)\b", re.I)


def _named(g: Grammar, word: str) -> bool:
    m = g.resolve(word, "dst")
    return m is not None and norm(m.best.path) == norm(word)


def own_items(g: Grammar, text: str) -> list[str] | None:
    """The items of ``text`` when it is a list of assignments with a conditional one; else None."""
    if not _COND.search(text):
        return None
    hm = _HEADER.match(text)
    if hm and all(w in _HEADER_WORDS or w in g.vocab.object_words for w in re.findall(r"[a-z0-9]+", hm.group("h").lower())):
        text = text[hm.end() :]  # the objects the items are for: framing, no item
    # an item starts with a destination written as its name, or with any phrase before an arrow
    starts = [m for m in _START.finditer(text) if m.group("m") in ("->", "<-") or _named(g, m.group("d"))]
    taken = {m.start("d") for m in starts}
    for vm in _VALUE_START.finditer(text):
        f = g.dst_obj.get(vm.group("d"))
        if vm.start("d") not in taken and f is not None and any(v.lower() == vm.group("v").lower() for v in f.values):
            starts.append(vm)
    starts.sort(key=lambda m: m.start("d"))
    if len(starts) < 2 or starts[0].start() != 0:
        return None
    cuts = [m.start("d") for m in starts] + [len(text)]
    items = [text[a:b].strip().rstrip(",;").strip() for a, b in pairwise(cuts)]
    items = [re.sub(r"^and\s+", "", i) for i in items]
    # only the conditional item needs its own clause; a list of plain items stays whole
    if sum(bool(_COND.search(i)) for i in items) == 0 or all(_COND.search(i) for i in items):
        return None
    return items


def split_own_items(g: Grammar, clauses: list[Clause]) -> list[Clause]:
    """``clauses`` with each list of assignments holding a conditional item split into its items."""
    out: list[Clause] = []
    for c in clauses:
        items = own_items(g, c.text)
        if items:
            out.extend(Clause(i, c.sentence, c.literals) for i in items)
        else:
            out.append(c)
    return out

"""A fallback read from its ingredients, not its phrasing (issue #12, round 8).

Rows in canon.yaml/plain.yaml match one author's words for "the mobile, else the phone"; a
new author words it differently. This reader keys on what any wording of the concept must
contain: one destination written as its name, exactly two source fields of the same kind
(both share a word of the destination's name and its type), an emptiness or preference word
and an order word. The preferred field is the one the emptiness condition names ('... only if the mobile
is blank': the mobile first; 'if that's empty': the field before it), else the one marked
'first'/'prefer', else the first named. 'neither'/'both ... empty' with a leave-off word in
the same or a later sentence leaves the destination out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Chain, Src
from syncwright.mapping.draft.text import PLACEHOLDER, norm

if TYPE_CHECKING:
    from syncwright.mapping.draft.fields import FieldDesc
    from syncwright.mapping.draft.grammar import Grammar
    from syncwright.mapping.draft.mentions import Mention

_EMPTY = re.compile(r"\b(?:blank|empty|missing|none|neither|absent|unset|not set|no\s+\w+|without|(?:does(?:n't| not)|do(?:n't| not)) have|whichever|filled(?: in)?|non-?empty|has a value|available)\b", re.I)
_ORDER = re.compile(r"\b(?:first|prefer(?:red|ring|s)?|then|instead|otherwise|if not|else|fall(?:s|ing)? back|failing that|only if|unless)\b", re.I)
_SUBJECT_EMPTY = re.compile(
    r"\b(?:if|when|whenever|unless|where|in case)\s+(?P<s>[^,;]{1,50}?)\s*(?:'s|\bis|\bare|\bwas|\bcomes? (?:back|up))\s+(?:blank|empty|missing|absent|unset|not set|none)\b",
    re.I,
)
_FALLBACK_TO = re.compile(r"\b(?:fall(?:s|ing)? ?back (?:on|to)|backed up by|with a fallback (?:of|to)|failing that,?|else|otherwise|instead,? (?:use|take))\b", re.I)
# a separator spelled out between two fields: the text joins them
_JOIN = re.compile(r"\b(?:an?|one|single|a single)\s+(?:single\s+)?(?:space|comma|dash|hyphen|slash)\b", re.I)
_PREFER = re.compile(r"\b(?:prefer(?:red|ring|s)?)\b", re.I)
_NEITHER = re.compile(
    r"\b(?:neither|none of (?:them|the two)|both\b[^;,.]{0,20}?\b(?:blank|empty|missing|unknown))\b"
    # the last branch of 'if A ..., use A; else if B ..., use B; else: no X at all'
    r"|\b(?:else|otherwise)\b\s*:?\s*(?:no|nothing|leave|omit|skip|(?:do not|don't) (?:send|set))\b[^;]*$", re.I)
_LEAVE_OFF = re.compile(
    r"\b(?:leave(?!\s+(?:it\s+|them\s+|the field\s+)?(?:blank|empty))|leaves|left(?!\s+(?:blank|empty))|omit|omitted|skip|drop|don't set|do not set|(?:don't|do not|never) (?:send|include|fill|write|pass|populate)|nothing|get no|gets no|no|stays? (?:off|out)|without)\b",
    re.I,
)


def _same_kind(a: FieldDesc, b: FieldDesc, dst: FieldDesc) -> bool:
    """Both sources are of the destination's kind: the same type, and each holds a word of
    the destination's name ('phone' in phone and mobilephone for Phone)."""
    words = [w for w in re.findall(r"[a-z]{4,}", re.sub(r"([a-z])([A-Z])", r"\1 \2", dst.leaf).lower())]
    return a.type == b.type and any(w in norm(a.path) and w in norm(b.path) for w in words)


class ConceptFallback:
    """One sentence (its clauses joined) in; a Chain rule out when every ingredient is there."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_sentence(self, text: str) -> bool:
        g = self.g
        if PLACEHOLDER.search(text) or not (_EMPTY.search(text) or _PREFER.search(text)) or not _ORDER.search(text):
            return False
        if _JOIN.search(text):
            return False  # 'firstname, a single space, then lastname, no case changes': parts joined, not a fallback
        dst_ms = [m for m in g.mentions(text, "dst") if m.exact_case]
        targets = list(dict.fromkeys(m.best.path for m in dst_ms))
        if len(targets) != 1:
            return False
        target = g.dst_obj.get(targets[0])
        if target is None:
            return False
        taken = {(m.start, m.end) for m in dst_ms}
        # 'the mobile first': an order word is not the first name
        srcs = [m for m in g.mentions(text, "src") if (m.start, m.end) not in taken and not _ORDER.fullmatch(m.text.strip())]
        paths = list(dict.fromkeys(m.best.path for m in srcs))
        if len(paths) != 2:
            return False
        a, b = (g.src_obj.get(p) for p in paths)
        if a is None or b is None or not _same_kind(a, b, target):
            return False
        first = self._preferred(text, srcs, paths)
        other = next(p for p in paths if p != first)
        rule = g.add_rule(target.path, Chain([Src(first), Src(other)]), f"{first}, else {other} when it is empty (concept: two {target.leaf} fields, an emptiness word, an order word)", 0.8)
        if _NEITHER.search(text) and _LEAVE_OFF.search(text):
            rule.omit_if_empty = True
        return True

    def _preferred(self, text: str, srcs: list[Mention], paths: list[str]) -> str:
        """The field tried first: the one the emptiness condition names, else the other of
        the one written as the fallback, else the one preferred or marked first, else the
        field before a pronoun condition ('use the phone, and if that's empty ...')."""
        cm = _SUBJECT_EMPTY.search(text)
        named = self._in(cm.group("s"), paths) if cm else []
        if named:
            return named[0]
        fb = _FALLBACK_TO.search(text)
        after = self._in(text[fb.end() :], paths) if fb else []
        if after:
            return next(p for p in paths if p != after[0])
        pm = _PREFER.search(text)
        after = self._in(text[pm.end() :], paths) if pm else []
        if after:
            return after[0]
        # 'PHONE: first the Mobile Phone Number; ...': the field right after 'first' (round 53)
        fm = re.search(r"\bfirst\s+(?:the\s+|their\s+|its\s+)?(?=\S)", text, re.I)
        right_after = [m.best.path for m in self.g.mentions(text[fm.end() :], "src") if m.start == 0] if fm else []
        if right_after and right_after[0] in paths:
            return right_after[0]
        # 'phone, mobilephone, first one that is filled': the order they are listed in, never 'the mobile first'
        for stop in (re.search(r"\bfirst\b(?!\s+(?:one|non-?empty|filled|available|value|(?:that|which|with)\b|of (?:them|the two|these)))", text, re.I), cm):
            before = self._in(text[: stop.start()], paths) if stop else []
            if before:
                return before[-1]
        return paths[0]

    def _in(self, part: str, paths: list[str]) -> list[str]:
        return [m.best.path for m in self.g.mentions(part, "src") if m.best.path in paths]


def omit_when_neither(g: Grammar, text: str) -> bool:
    """'If a contact has neither, leave Phone off' / 'No PHONE for members with neither': a
    sentence of its own that leaves out a fallback written before it."""
    if not _NEITHER.search(text) or not _LEAVE_OFF.search(text) or PLACEHOLDER.search(text):
        return False
    named = {m.best.path for m in g.mentions(text, "dst") if m.exact_case}
    chains = [r for r in g.plan.rules if isinstance(r.value, Chain)]
    hit = [r for r in chains if r.target in named] if named else chains[-1:]
    if len(hit) != 1 or (named and len(named) != 1):
        return False
    hit[0].omit_if_empty = True
    hit[0].why.append("left out when every option is empty (concept: 'neither' and a leave-off word)")
    g.traces[g.sentence].became.append(f"{hit[0].target}: left out when every option is empty")
    return True

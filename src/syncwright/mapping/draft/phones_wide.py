"""A phone format said of "the phones" as a group: "For the phones of the contact we want
always the E.164 format, assuming US numbers. Phone comes from ... and MobilePhone from ...".
The sentence names no field (only the plural kind word), so no clause reader makes a rule of
it and no rule of its own sentence takes the format. Why a module: the ingredients are a
format only phone fields take (E.164), a plural/group phone word and no rule in the sentence;
the format then belongs to every phone-typed destination the text fills from a field, wherever
those rules sit (before or after the sentence)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from syncwright.mapping.draft.ir import Chain, Src, Transform

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_GROUP_PHONES = re.compile(
    r"\b(?:(?:all|both|every|each|the|our|their|its) (?:\w+ )?(?:phones|phone numbers|phone fields|numbers|telephones)"
    r"|(?:all|both|every|each) (?:of the )?phones?(?: numbers?| fields?)?|phones|phone numbers)\b", re.I)
# 'both phones', 'all the phone numbers': a group word strong enough to stand beside a rule the
# sentence made of it ('phones' read as Phone)
_STRONG_GROUP = re.compile(r"\b(?:both|all|all the|every|each of the|all of the) (?:\w+ )?(?:phones|phone numbers|phone fields)\b", re.I)


def _sources(v: Any) -> list[Src]:
    if isinstance(v, Src):
        return [v]
    if isinstance(v, Chain):
        return [o for o in v.options if isinstance(o, Src)]
    return []


def _is_e164_phone(g: Grammar, r: Any) -> bool:
    f = g.dst_obj.get(r.target)
    return f is not None and f.type == "phone" and any(x.name == "e164" for s in _sources(r.value) for x in s.transforms)


def group_phone_formats(g: Grammar) -> None:
    """Give E.164 (with the sentence's region) to every phone rule when a sentence that made no
    rule asks for it of the phones as a group; its 'what should ... do?' question is answered."""
    filtered = {f.sentence for f in g.plan.filters}
    for t in g.traces:
        own = [r for r in g.plan.rules if t.sentence in r.sentences]
        if t.sentence in filtered or not _GROUP_PHONES.search(t.text):
            continue
        if own and not (_STRONG_GROUP.search(t.text) and all(_is_e164_phone(g, r) for r in own)):
            continue  # the sentence made rules of its own: its format went to them
        fmt = next((x for x in g._transforms(t.text) if x.name == "e164"), None)
        if fmt is None:
            continue
        takers = []
        for r in g.plan.rules:
            f = g.dst_obj.get(r.target)
            srcs = _sources(r.value)
            if f is None or f.type != "phone" or not srcs or any(x.name == "e164" for s in srcs for x in s.transforms):
                continue
            takers.append((r, srcs))
        if not takers:
            continue
        for r, srcs in takers:
            for s in srcs:
                s.transforms = [*s.transforms, Transform(fmt.name, fmt.arg)]
            r.why.append(f"e164: asked for the phones as a group in sentence {t.sentence + 1}")
            t.became.append(f"{r.target}: e164")
        g.plan.questions = [q for q in g.plan.questions if q.sentence != t.sentence]

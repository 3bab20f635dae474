"""A picklist value written as its label: 'Sales Qualified Lead' is HubSpot's
salesqualifiedlead, 'In Progress' is IN_PROGRESS. People write what the platform's screens
show; the API takes the internal value, so a constant that reads as exactly one of the
destination picklist's values (compared without case, spaces, hyphens or underscores) is
written as that value, and the explanation says so."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Chain, Const, Value

if TYPE_CHECKING:
    from syncwright.mapping.draft.fields import FieldDesc
    from syncwright.mapping.draft.grammar import Grammar


def _key(text: str) -> str:
    return re.sub(r"[\s_\-/]+", "", text.lower())


def picklist_value(text: str, dst: FieldDesc) -> str | None:
    """The one value of ``dst``'s picklist ``text`` reads as, when it is not one already."""
    if not dst.values or text in dst.values:
        return None
    same = [v for v in dst.values if _key(v) == _key(text)]
    return same[0] if len(same) == 1 else None


def _consts(v: Value | None) -> list[Const]:
    if isinstance(v, Const):
        return [v]
    if isinstance(v, Cases):
        return [c for _, b in v.branches for c in _consts(b)] + _consts(v.otherwise)
    if isinstance(v, Chain):
        return [c for o in v.options for c in _consts(o)]
    return []


def label_values(g: Grammar) -> None:
    """Every constant a rule writes to a picklist, as the picklist's own value."""
    for r in g.plan.rules:
        dst = g.dst_obj.get(r.target)
        if dst is None or not dst.values:
            continue
        for c in _consts(r.value):
            if isinstance(c.value, str) and (v := picklist_value(c.value, dst)) is not None:
                r.why.append(f"{c.value!r} is the label of {r.target}'s value {v!r}")
                c.value = v


_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|«[^»\n]*»")
_RUN = re.compile(r"(?P<w>\b(?:be|is|are|becomes?|to|as|would be|should be|will be|must be)\s+|(?:->|=>|=|→)\s*)(?P<l>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})")
_CONDITIONAL = re.compile(r"\s+(?:for|if|when|whenever|where|unless)\b", re.I)
_MORE = re.compile(r"(?P<w>(?:\band|\bor|,)\s+)(?P<l>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?=\s+(?:for|when|if|where|whenever|otherwise|else)\b)")


def quote_labels(g: Grammar, text: str) -> str:
    """``text`` with a destination picklist's value written unquoted as its label ('should be
    Sales Qualified Lead for Hot leads and Lead for any other rating') put in quotes, so the
    grammar reads where the value ends. Only after a word that introduces a value, never a
    field's own name or label, never inside quotes."""
    keys = {_key(v) for f in g.dst_obj.fields if f.values for v in f.values if len(_key(v)) >= 3}
    names = {_key(n) for obj in (g.src_obj, g.dst_obj) for f in obj.fields for n in (f.path, f.label or "") if n}

    exact = {v for f in g.dst_obj.fields if f.values for v in f.values}

    def sub(m: re.Match[str]) -> str:
        words = m.group("l").split()
        for n in range(len(words), 0, -1):  # the longest run of words that is a value
            run = " ".join(words[:n])
            if m.re is _RUN and run in exact:
                return m.group(0)  # 'to NEW': the value itself, which the grammar reads as it is
            after = m.string[m.start("l") + len(run):]
            if n == 1 and m.re is _RUN and not _CONDITIONAL.match(after):
                continue  # 'email = Lead.Email', 'type = Lead': one word is a value only before its condition
            if _key(run) in keys and _key(run) not in names:
                rest = m.group("l")[len(run):]
                return f"{m.group('w')}'{run}'{rest}"
        return m.group(0)

    out: list[str] = []
    pos = 0
    for q in _QUOTED.finditer(text):
        out.append(_quote_plain(text[pos:q.start()], sub))
        out.append(q.group(0))
        pos = q.end()
    out.append(_quote_plain(text[pos:], sub))
    return "".join(out)


def _quote_plain(part: str, sub: Callable[[re.Match[str]], str]) -> str:
    """``part`` (no quotes in it) with its labels quoted; a label after 'and' / 'or' only in a
    sentence where one after a value word was."""
    done = _RUN.sub(sub, part)
    return _MORE.sub(sub, done) if done != part else done

"""A value table read from its ingredients (issue #12, round 9): 'PAID_SEARCH and PAID_SOCIAL
both count as 'Advertisement', REFERRALS is 'Partner Referral'; for anything else use 'Web''.

What any wording of a value table holds: rows that each end in a quoted output value, the
row's keys being documented values of one source field (a picklist's values, quoted or not,
one or several per row) with any words between them and the output ('count as', 'is', '->',
'becomes', 'both go in as'); an otherwise row (an otherwise word and no key); and the
destination: the one field written exactly in the sentence, else the field the sentence
before sent that same source to ('Set LeadSource from the original source.'), else the one
destination picklist holding every output value.

Why: the table readers before this key on the verb between key and value, and each new
author brings a new verb; the keys and the quoted outputs are what every wording shares.
The grammar keeps this reading only when it uses more of the sentence's quoted values than
what the clauses made of it (``Grammar._rows``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Cmp, Cond, Value, value_sources
from syncwright.mapping.draft.phrases import EMPTY_RE, OTHERWISE_RE
from syncwright.mapping.draft.text import PLACEHOLDER

if TYPE_CHECKING:
    from syncwright.mapping.draft.fields import FieldDesc
    from syncwright.mapping.draft.grammar import Grammar

_WORD = re.compile(r"[A-Za-z][\w&/.-]*")


@dataclass
class Rows:
    target: str
    source: str
    value: Cases
    literals: set[str]  # the quoted values the reading uses


def _keys(g: Grammar, pre: str, f: FieldDesc) -> list[str]:
    """The field's documented values written in ``pre`` (quoted or not), in order."""
    found: list[str] = []
    pre = OTHERWISE_RE.sub(" ", pre)  # 'any other stage': 'other' is no key
    for dm in g.mentions(PLACEHOLDER.sub(" ", pre), "dst"):
        if dm.end - dm.start >= 2:  # 'with Lead Status ...': a word of a destination field's name is no key
            pre = re.sub(rf"(?<!\w){re.escape(dm.text)}(?!\w)", " ", pre)
    for m in re.finditer(rf"{PLACEHOLDER.pattern}|{_WORD.pattern}", pre):
        tok = g.lit(m.group(0)) if PLACEHOLDER.fullmatch(m.group(0)) else m.group(0)
        if tok is None:
            continue
        hit = next((v for v in f.values if v == tok or (not PLACEHOLDER.fullmatch(m.group(0)) and g.vocab.value_matches(v, tok) and len(tok) > 3)), None)
        if hit is not None and hit not in found:
            found.append(hit)
    return found


def _source(g: Grammar, segments: list[str]) -> FieldDesc | None:
    """The one source picklist whose values key every row that has keys, two rows at least."""
    fits = []
    for f in g.src_obj.fields:
        if len(f.values) < 2:
            continue
        keyed = [s for s in segments if _keys(g, s, f)]
        if len(keyed) >= 2:
            fits.append((len(keyed), f))
    if not fits:
        return None
    fits.sort(key=lambda x: -x[0])
    return fits[0][1] if len(fits) == 1 or fits[0][0] > fits[1][0] else None


def _segments(g: Grammar, text: str) -> list[tuple[str, str]] | None:
    """(the row's words, its output placeholder) per row. A row ends at a quoted value that is
    not itself a key; the words are those before it ('A and B both count as 'X'') or, when
    the table is written output first ('Hot' when the stage is X), those after it."""
    pieces = re.split(r"(⟦\d+⟧)", text)
    outs: list[tuple[str, str, str]] = []  # (words before, output, words after)
    pre = ""
    for i, p in enumerate(pieces):
        if i % 2 == 0:
            pre += p
            continue
        val = g.lit(p)
        if val is not None and any(val in f.values for f in g.src_obj.fields if f.values):
            pre += f" {p} "  # a quoted key
            continue
        outs.append((pre, p, ""))
        pre = ""
    if len(outs) < 2:
        return None
    tail = pre
    afters = [o[0] for o in outs[1:]] + [tail]
    src_fields = [f for f in g.src_obj.fields if len(f.values) >= 2]
    keyed_first = any(_keys(g, outs[0][0], f) for f in src_fields)
    keyed_tail = any(_keys(g, tail, f) for f in src_fields) or bool(OTHERWISE_RE.search(tail))
    if keyed_first or not keyed_tail:
        return [(b, p) for b, p, _ in outs]
    return [(a, p) for (_, p, _), a in zip(outs, afters, strict=True)]


def read_rows(g: Grammar, text: str, sentence: int) -> Rows | None:
    """The table ``text`` spells out, or None when its ingredients are not all there."""
    segments = _segments(g, text)
    if segments is None:
        return None
    src = _source(g, [s for s, _ in segments])
    if src is None:
        return None
    target = _target(g, text, src.path, [g.lit(p) or "" for _, p in segments], sentence)
    if target is None:
        return None
    branches: list[tuple[Cond, Value]] = []
    otherwise: Value | None = None
    used: set[str] = set()
    for k, (pre_, ph) in enumerate(segments):
        out = g._const(ph, target)
        if out is None:
            return None
        keys = _keys(g, pre_, src)
        if keys:
            branches.append((Cmp(src.path, "eq", keys[0]) if len(keys) == 1 else Cmp(src.path, "in", keys), out))
        elif OTHERWISE_RE.search(pre_):
            if otherwise is not None:
                return None
            otherwise = out
        elif EMPTY_RE.search(pre_):
            branches.append((Cmp(src.path, "empty"), out))
        elif k == 0:
            continue  # a lead-in with a quoted value of its own ('Rating 'Hot' for ...' is no table)
        else:
            return None
        used.add(g.lit(ph) or "")
    if len(branches) < 2:
        return None
    return Rows(target.path, src.path, Cases(branches, otherwise), used)


def _target(g: Grammar, text: str, source: str, outputs: list[str], sentence: int) -> FieldDesc | None:
    exact = {m.best.path for m in g.mentions(PLACEHOLDER.sub(" ", text), "dst") if m.exact_case}
    if len(exact) == 1:
        return g.dst_obj.get(next(iter(exact)))
    if exact:
        return None
    before = [r for r in g.plan.rules if sentence - 1 in r.sentences and source in _sources(r.value)]
    if len(before) == 1:
        return g.dst_obj.get(before[0].target)
    holding = [f for f in g.dst_obj.fields if f.values and all(o in f.values for o in outputs if o)]
    return holding[0] if len(holding) == 1 else None


def _sources(v: Value) -> set[str]:
    return set(value_sources(v))

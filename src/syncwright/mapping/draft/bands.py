"""Numeric bands read from their ingredients, not their phrasing (issue #12, round 8).

'200+ employees is Hot, 20 to 199 is Warm, fewer than 20 is Cold' has been written a dozen
ways, each a row of its own. What every wording must contain: one destination written as
its name, one source field, and several quoted values each beside a number bound (N+, N or
more, at least N, over/above/tops N, under/below/fewer than N, N to M, between N and M);
optionally an unknown/blank value and an 'everyone else' value. Those become a table on the
number: the empty branch first (an empty count compares with nothing), then the bands in the
order written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from syncwright.mapping.draft.ir import And, Cases, Cmp, Cond, Value
from syncwright.mapping.draft.phrases import EMPTY_RE, OTHERWISE_RE, SCALE
from syncwright.mapping.draft.text import PLACEHOLDER

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

# a number as people write it: a currency sign, thousands separators, a scale word (also read by grammar._TWO_SIDED)
NUMBER = r"[$€£]?\d[\d,]*(?:\.\d+)?(?:\s*(?:k|m|mn|mio|million|thousand|b|bn|billion)\b)?"
_BOUNDS: list[tuple[str, re.Pattern[str]]] = [
    ("range", re.compile(rf"(?:\bbetween\s+|\bfrom\s+)?(?P<a>{NUMBER})\s*(?:to|-|\u2013|through|and)\s*(?P<b>{NUMBER})", re.I)),
    ("ge", re.compile(rf"(?P<a>{NUMBER})\s*(?:\+|or (?:more|above|higher|over)\b|and (?:up|above|over)\b)|\b(?:at least|no less than|minimum(?: of)?)\s+(?P<b>{NUMBER})", re.I)),
    ("le", re.compile(rf"(?P<a>{NUMBER})\s+or (?:less|fewer|below|under)\b|\b(?:at most|up to|no more than|maximum(?: of)?)\s+(?P<b>{NUMBER})", re.I)),
    ("gt", re.compile(rf"\b(?:more than|greater than|higher than|over|above|tops|exceeds?|exceeding|beyond|in excess of)\s+(?P<a>{NUMBER})", re.I)),
    ("lt", re.compile(rf"\b(?:fewer than|less than|lower than|under|below|beneath)\s+(?P<a>{NUMBER})", re.I)),
]


def _number(raw: str) -> int | float | None:
    m = re.fullmatch(r"[$€£]?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>[a-z]+)?", raw.strip(), re.I)
    if not m:
        return None
    n = float(m.group("n").replace(",", "")) * SCALE.get((m.group("s") or "").lower(), 1)
    return int(n) if n == int(n) else n


def bound(segment: str, field: str) -> Cond | None:
    """The number bound a segment states, as a condition on ``field``; None without one."""
    for op, rx in _BOUNDS:
        m = rx.search(segment)
        if not m:
            continue
        nums = [_number(x) for x in m.groups() if x]
        if any(n is None for n in nums) or not nums:
            return None
        if op == "range":
            if len(nums) != 2:
                continue
            return And([Cmp(field, "ge", nums[0]), Cmp(field, "le", nums[1])])
        return Cmp(field, op, nums[0])  # type: ignore[arg-type]
    return None


class BandSlots:
    """One sentence (its clauses joined) in; a Cases rule on a number out."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_sentence(self, text: str) -> bool:
        g = self.g
        dst_ms = [m for m in g.mentions(text, "dst") if m.exact_case]
        targets = list(dict.fromkeys(m.best.path for m in dst_ms))
        target = g.dst_obj.get(targets[0]) if len(targets) == 1 else None
        if target is None or len(PLACEHOLDER.findall(text)) < 2:
            return False
        segments = [s.strip() for s in re.split(r"[;,]|(?<=⟧)\s+and\s+", text) if s.strip()]
        # the source is named outside the bounds ('at least' is not the last name)
        bare = text
        for _, rx in _BOUNDS:
            bare = rx.sub(" ", bare)
        taken = {(m.start, m.end) for m in g.mentions(bare, "dst") if m.exact_case}
        srcs = list(dict.fromkeys(m.best.path for m in g.mentions(bare, "src") if (m.start, m.end) not in taken))
        if len(srcs) != 1:
            return False
        field = srcs[0]
        bands: list[tuple[Cond, Value]] = []
        empty: Value | None = None
        otherwise: Value | None = None
        for seg in segments:
            vals = PLACEHOLDER.findall(seg)
            if not vals:
                continue
            if len(vals) != 1:
                return False
            value = g._const(f"⟦{vals[0]}⟧", target)
            if value is None:
                return False
            cond = bound(PLACEHOLDER.sub(" ", seg), field)
            if cond is not None:
                bands.append((cond, value))
            elif OTHERWISE_RE.search(seg):
                otherwise = value  # 'everything else (no revenue included)': the empty ones too
            elif EMPTY_RE.search(seg) or re.search(r"\b(?:no|without)\s+\w+", seg, re.I):
                empty = value
            else:
                return False  # a value with no bound: not (only) a table on this number
        if len(bands) < 2:
            return False
        branches: list[tuple[Cond, Value]] = ([(Cmp(field, "empty"), empty)] if empty is not None else []) + bands
        table: Any = Cases(branches, otherwise)
        g.add_rule(target.path, table, f"bands on {field} (concept: quoted values beside number bounds)", 0.8)
        return True

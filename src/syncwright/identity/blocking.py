"""Candidate pairs from blocking keys, in numpy: which records are worth comparing.

Each rule groups records by a composite key (name with city, phone, ...). A block up to
the rule's cap gives every pair inside it. A larger block (a common name in a big city,
a shared switchboard number) would give pairs quadratically, so it is compared as a
sorted neighbourhood instead: its members sorted by a second attribute, each paired with
the next ``window`` records. Nothing is dropped silently: every capped block is counted
in the ``BlockReport`` (rule, size, pairs compared and not compared), which the build
records in its events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .columns import Columns, IntArray

Entries = tuple[IntArray, list[IntArray]]  # records, key columns (aligned)


def _rows(c: Columns, *cols: IntArray) -> Entries:
    return np.arange(c.n, dtype=np.int64), list(cols)


def _per_domain(c: Columns) -> Entries:
    return c.domain_rec, [c.name_key[c.domain_rec], c.domain_id]


def _per_local(c: Columns) -> Entries:
    return c.local_rec, [c.local_id]


@dataclass(frozen=True)
class Rule:
    name: str
    entries: Callable[[Columns], Entries]
    cap: str  # the weights.json entry bounding a block compared pair by pair
    sort_by: Callable[[Columns], IntArray]  # neighbourhood order inside a capped block
    window: str = "block_window"  # the weights.json entry: neighbours in a capped block


RULES: tuple[Rule, ...] = (
    Rule("name+city", lambda c: _rows(c, c.name_key, c.city), "max_block", lambda c: c.company),
    Rule("name+company", lambda c: _rows(c, c.name_key, c.company), "max_block",
         lambda c: c.city),
    Rule("name+domain", _per_domain, "max_block", lambda c: c.city),
    Rule("phone", lambda c: _rows(c, c.phone), "max_block", lambda c: c.name_key),
    Rule("first+city+company", lambda c: _rows(c, c.group, c.city, c.company), "max_block",
         lambda c: c.last),
    Rule("last+city+company", lambda c: _rows(c, c.last, c.city, c.company), "max_block",
         lambda c: c.group),
    Rule("email_local", _per_local, "max_local_block", lambda c: c.name_key),
    # the name alone is a key for rare names only: a capped (common) name compares nothing
    Rule("name", lambda c: _rows(c, c.name_key), "max_name_block", lambda c: c.city,
         "name_block_window"),
)


@dataclass
class RuleReport:
    blocks: int = 0  # blocks of two or more records
    pairs: int = 0  # pairs compared (before de-duplication across rules)
    capped: int = 0  # blocks over the cap, compared as a neighbourhood
    capped_records: int = 0
    not_compared: int = 0  # pairs inside capped blocks left out of the window
    largest: int = 0


@dataclass
class BlockReport:
    rules: dict[str, RuleReport] = field(default_factory=dict)
    pairs: int = 0  # distinct candidate pairs

    @property
    def capped(self) -> int:
        return sum(r.capped for r in self.rules.values())

    @property
    def not_compared(self) -> int:
        return sum(r.not_compared for r in self.rules.values())

    def to_json(self) -> dict[str, Any]:
        return {"pairs": self.pairs, "capped_blocks": self.capped,
                "pairs_not_compared": self.not_compared,
                "rules": {k: dict(v.__dict__) for k, v in self.rules.items()}}


def _composite(cols: list[IntArray]) -> IntArray:
    """One dense id per distinct combination (0 where any part is missing)."""
    present = np.ones(len(cols[0]), dtype=bool)
    for col in cols:
        present &= col > 0
    key = cols[0]
    for col in cols[1:]:
        key = np.unique(key * (int(col.max(initial=0)) + 1) + col, return_inverse=True)[1]
        key = key.astype(np.int64).reshape(-1)
    return np.where(present, key + 1, 0)


def block_pairs(recs: IntArray, key: IntArray, sort: IntArray, cap: int, window: int,
                report: RuleReport) -> IntArray:
    """(lower, higher) record pairs: every pair of a block up to ``cap`` records, and in
    a larger block each record with the next ``window`` in ``sort`` order."""
    keep = key > 0
    recs, key = recs[keep], key[keep]
    order = np.lexsort((recs, sort[recs], key))
    recs, key = recs[order], key[order]
    if len(key) < 2:
        return np.empty((0, 2), dtype=np.int64)
    start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    sizes = np.diff(np.r_[start, len(key)])
    multi = sizes >= 2
    report.blocks += int(multi.sum())
    report.largest = max(report.largest, int(sizes.max()))
    over = sizes > cap
    if over.any():
        big = sizes[over]
        report.capped += int(over.sum())
        report.capped_records += int(big.sum())
        within = np.minimum(big - 1, window)
        compared = (within * big - within * (within + 1) // 2).sum()
        report.not_compared += int((big * (big - 1) // 2).sum() - compared)
    reach = np.repeat(np.where(over, window, sizes - 1), sizes)  # how far each entry looks
    left = np.repeat(start + sizes, sizes) - np.arange(len(key))  # entries to the block's end
    reach = np.minimum(reach, left - 1)
    out = []
    idx = np.flatnonzero(reach > 0)
    step = 1
    while len(idx):
        a, b = recs[idx], recs[idx + step]
        out.append(np.stack((np.minimum(a, b), np.maximum(a, b)), axis=1))
        step += 1
        idx = idx[reach[idx] >= step]
    both = np.concatenate(out) if out else np.empty((0, 2), dtype=np.int64)
    pairs: IntArray = both[both[:, 0] != both[:, 1]]
    report.pairs += len(pairs)
    return pairs


def candidate_pairs(c: Columns, weights: dict[str, Any]) -> tuple[IntArray, BlockReport]:
    """Distinct pairs sharing at least one blocking key, as sorted codes ``i * n + j``
    (i < j), and what blocking did."""
    report = BlockReport()
    parts = []
    for rule in RULES:
        recs, cols = rule.entries(c)
        rep = report.rules[rule.name] = RuleReport()
        pairs = block_pairs(recs, _composite(cols), rule.sort_by(c), int(weights[rule.cap]),
                            int(weights[rule.window]), rep)
        parts.append(pairs[:, 0] * c.n + pairs[:, 1])
    codes: IntArray = np.sort(np.concatenate(parts))  # sort-based unique: hashing was slower
    if len(codes):
        codes = codes[np.r_[True, codes[1:] != codes[:-1]]]
    report.pairs = len(codes)
    return codes, report

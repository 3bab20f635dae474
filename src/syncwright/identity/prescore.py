"""The score of every candidate pair at once, in numpy, as an upper bound.

Most candidate pairs are nowhere near a link. Scoring them one by one in Python cost
most of linking's time, so the linker first computes, for all pairs together, the same
sum of weights as ``linker.score_features`` over the interned columns: names (exact,
nickname, fuzzy, swapped), name frequency, phone, company, city and work domain exactly;
the email local part (which needs the letters of every address) as its best case. Each
string comparison (nickname, Jaro-Winkler) runs once per distinct pair of values, not per
pair of records. Only pairs whose bound reaches the review threshold are scored exactly,
with their evidence, in Python; a pair under it cannot be linked nor reviewed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

from .columns import Columns, IntArray
from .levels import company_level, first_level, last_level

FloatArray = npt.NDArray[np.float64]


def _by_distinct(a: IntArray, b: IntArray, words: list[str],
                 weight: Callable[[str, str], float]) -> FloatArray:
    """``weight(words[a], words[b])`` per element, computed once per distinct (a, b)."""
    if not len(a):
        return np.zeros(0)
    size = len(words)
    uniq, inv = np.unique(a * size + b, return_inverse=True)
    values = np.fromiter((weight(words[u // size], words[u % size]) for u in uniq.tolist()),
                         dtype=np.float64, count=len(uniq))
    out: FloatArray = values[inv.reshape(-1)]
    return out


def _field(a: IntArray, b: IntArray, equal: float, differ: Callable[[IntArray, IntArray],
                                                                   FloatArray]) -> FloatArray:
    """The weight of one field: 0 where either side is missing, ``equal`` where the ids
    agree, ``differ`` (on the rest) otherwise."""
    out = np.zeros(len(a))
    both = (a > 0) & (b > 0)
    same = both & (a == b)
    out[same] = equal
    other = both & (a != b)
    if other.any():
        out[other] = differ(a[other], b[other])
    return out


def _names(c: Columns, f1: IntArray, l1: IntArray, f2: IntArray, l2: IntArray,
           w: dict[str, Any]) -> FloatArray:
    threshold = float(w["fuzzy_threshold"])
    words = c.names.words

    def first(a: str, b: str) -> float:
        return float(w["first"][first_level(a, b, threshold)])

    def last(a: str, b: str) -> float:
        return float(w["last"][last_level(a, b, threshold)])

    return (_field(f1, f2, w["first"]["exact"], lambda x, y: _by_distinct(x, y, words, first))
            + _field(l1, l2, w["last"]["exact"], lambda x, y: _by_distinct(x, y, words, last)))


def upper_bound(c: Columns, i: IntArray, j: IntArray, w: dict[str, Any]) -> FloatArray:
    """Per pair (``i[k]``, ``j[k]``): at least the score ``score_features`` gives it."""
    threshold = float(w["fuzzy_threshold"])
    f1, l1, f2, l2 = c.first[i], c.last[i], c.first[j], c.last[j]
    total = _names(c, f1, l1, f2, l2, w)
    swap = total < w["first"]["exact"] + w["last"]["exact"]
    if swap.any():
        swapped = _names(c, f1[swap], l1[swap], l2[swap], f2[swap], w) + w["swapped_names"]
        total[swap] = np.maximum(total[swap], swapped)
    tf = w["name_frequency"]
    count = np.maximum(c.count[i], c.count[j])
    named = (count > 0) & (total >= tf["min_name_weight"])
    total += np.where(named & (count <= tf["rare_at_most"]), tf["rare"], 0.0)
    total += np.where(named & (count >= tf["common_at_least"]), tf["common"], 0.0)
    total += _field(c.phone[i], c.phone[j], w["phone"]["exact"],
                    lambda x, y: np.full(len(x), float(w["phone"]["different"])))
    companies = c.companies.words

    def company(a: str, b: str) -> float:
        return float(w["company"][company_level(a, b, threshold)])

    total += _field(c.company[i], c.company[j], w["company"]["exact"],
                    lambda x, y: _by_distinct(x, y, companies, company))
    total += _field(c.city[i], c.city[j], w["city"]["exact"],
                    lambda x, y: np.full(len(x), float(w["city"]["different"])))
    has_local = np.bincount(c.local_rec, minlength=c.n) > 0
    total += np.where(has_local[i] & has_local[j], float(w["email_local"]["exact"]), 0.0)
    d1, d2 = c.domain_one[i], c.domain_one[j]
    shared = (d1 != 0) & (d2 != 0) & ((d1 == d2) | (d1 < 0) | (d2 < 0))
    total += np.where(shared, float(w["email_domain"]["same_work_domain"]), 0.0)
    return total

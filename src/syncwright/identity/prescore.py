"""The score of every candidate pair at once, in numpy, as an upper bound.

Most candidate pairs are nowhere near a link. Scoring them one by one in Python cost
most of linking's time, so the linker first computes, for all pairs together, the same
sum of weights as ``linker.score_features`` over the interned columns: names (exact,
nickname, fuzzy, swapped), name frequency, phone, company, city and work domain exactly;
the email local part (which needs the letters of every address) as its best case. Each
string comparison (nickname, Jaro-Winkler) runs once per distinct pair of values, not per
pair of records. Only pairs whose bound reaches the review threshold are scored exactly,
with their evidence, in Python; a pair under it cannot be linked nor reviewed. The levels
are those of ``levels.py``; tests/identity/test_blocking.py holds the two to each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cpdist

from .columns import Columns, IntArray
from .normalize import same_first_name

FloatArray = npt.NDArray[np.float64]


def _distinct(a: IntArray, b: IntArray, size: int) -> tuple[IntArray, IntArray, IntArray]:
    """The distinct (a, b) id pairs, and for each element its row among them."""
    code = a * size + b
    order = np.argsort(code, kind="stable")
    ordered = code[order]
    first = np.r_[True, ordered[1:] != ordered[:-1]]
    inv = np.empty(len(code), dtype=np.int64)
    inv[order] = np.cumsum(first) - 1
    uniq = ordered[first]
    return uniq // size, uniq % size, inv


def similar(a: IntArray, b: IntArray, words: list[str], threshold: float) -> npt.NDArray[np.bool_]:
    """Jaro-Winkler(words[a], words[b]) >= threshold, in C over all pairs at once (a value
    within rounding of the threshold is checked again one by one, as the exact scorer does)."""
    left, right = [words[x] for x in a.tolist()], [words[x] for x in b.tolist()]
    sim = cpdist(left, right, scorer=JaroWinkler.normalized_similarity, dtype=np.float64)
    out: npt.NDArray[np.bool_] = sim >= threshold
    for k in np.flatnonzero(np.abs(sim - threshold) < 1e-9).tolist():
        out[k] = JaroWinkler.normalized_similarity(left[k], right[k]) >= threshold
    return out


def _first_weights(c: Columns, a: IntArray, b: IntArray, w: dict[str, Any]) -> FloatArray:
    """``first_level`` (different ids): nickname, fuzzy, initial or different."""
    words = c.names.words
    ua, ub, inv = _distinct(a, b, len(words))
    level = w["first"]
    out = np.full(len(ua), float(level["different"]))
    short = (c.name_len[ua] == 1) | (c.name_len[ub] == 1)
    out[short & (c.name_initial[ua] == c.name_initial[ub])] = level["initial"]
    out[similar(ua, ub, words, float(w["fuzzy_threshold"]))] = level["fuzzy"]
    maybe = np.flatnonzero(c.name_groups[ua] == c.name_groups[ub])  # nicknames share a group
    for k, x, y in zip(maybe.tolist(), ua[maybe].tolist(), ub[maybe].tolist(), strict=True):
        if same_first_name(words[x], words[y]):
            out[k] = level["nickname"]
    result: FloatArray = out[inv]
    return result


def _fuzzy_weights(a: IntArray, b: IntArray, words: list[str], level: dict[str, float],
                   threshold: float) -> FloatArray:
    """``last_level`` / ``company_level`` (different ids): fuzzy or different."""
    ua, ub, inv = _distinct(a, b, len(words))
    out = np.where(similar(ua, ub, words, threshold), level["fuzzy"], level["different"])
    result: FloatArray = out.astype(np.float64)[inv]
    return result


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
    return (_field(f1, f2, w["first"]["exact"], lambda x, y: _first_weights(c, x, y, w))
            + _field(l1, l2, w["last"]["exact"],
                     lambda x, y: _fuzzy_weights(x, y, words, w["last"], threshold)))


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
    total += _field(c.company[i], c.company[j], w["company"]["exact"],
                    lambda x, y: _fuzzy_weights(x, y, companies, w["company"], threshold))
    total += _field(c.city[i], c.city[j], w["city"]["exact"],
                    lambda x, y: np.full(len(x), float(w["city"]["different"])))
    has_local = np.bincount(c.local_rec, minlength=c.n) > 0
    total += np.where(has_local[i] & has_local[j], float(w["email_local"]["exact"]), 0.0)
    d1, d2 = c.domain_one[i], c.domain_one[j]
    shared = (d1 != 0) & (d2 != 0) & ((d1 == d2) | (d1 < 0) | (d2 < 0))
    total += np.where(shared, float(w["email_domain"]["same_work_domain"]), 0.0)
    return total

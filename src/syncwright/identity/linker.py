"""Linking: which records are one person, with the evidence and score of every link.

Deterministic rules first (a shared hard id such as a customer number, a shared mailbox),
then a Fellegi-Sunter style score on candidate pairs from blocking keys (name with city,
company or work domain; phone; email local part; first or last name with city and
company for typos). Weights and thresholds are data (``data/weights.json``). Clusters are
built from the strongest links down, and a union that would put two different values of
one hard id of one system into one person is refused (and reported).
"""

from __future__ import annotations

import multiprocessing
import resource
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz.distance import JaroWinkler

from .blocking import BlockReport, candidate_pairs
from .columns import columns, first_token, local_letters, name_key
from .levels import company_level, first_level, last_level
from .normalize import PersonRecord, _data, name_group, no_gc
from .prescore import upper_bound

WEIGHTS: dict[str, Any] = {k: v for k, v in _data("weights.json").items() if not k.startswith("_")}
DETERMINISTIC_SCORE = 100.0
GLOBAL_IDS = frozenset({"manual_split"})  # labels that keep records apart in every system


@dataclass(frozen=True, slots=True)
class Link:
    """Two records (indexes into the record list) judged one person, and why."""

    a: int
    b: int
    score: float
    rule: str  # "hard_id", "email" or "score"
    evidence: tuple[tuple[str, str, float], ...]  # (field, level, weight)

    def evidence_json(self) -> dict[str, Any]:
        return {f: {"level": level, "weight": w} for f, level, w in self.evidence}


@dataclass
class LinkResult:
    links: list[Link]  # accepted and used in a cluster
    review: list[Link]  # the uncertain band, not in one cluster
    refused: list[tuple[Link, str]]  # accepted by score, refused by a hard-id rule
    clusters: list[list[int]]
    candidates: int = 0
    stats: dict[str, int] = field(default_factory=dict)
    blocking: BlockReport = field(default_factory=BlockReport)
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per phase


class HardIdUnion:
    """Union-find whose roots remember the hard ids of their members, per system."""

    def __init__(self, records: list[PersonRecord]) -> None:
        self.parent = list(range(len(records)))
        self.size = [1] * len(records)
        self.ids: dict[int, dict[tuple[str, str], str]] = {}
        for i, rec in enumerate(records):
            if rec.hard_ids:
                self.ids[i] = {("*" if name in GLOBAL_IDS else rec.system, name): value
                               for name, value in rec.hard_ids}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def conflict(self, a: int, b: int) -> str | None:
        """Why ``a`` and ``b``'s clusters must stay apart, or None."""
        ia, ib = self.ids.get(a), self.ids.get(b)
        if not ia or not ib:
            return None
        small, big = (ia, ib) if len(ia) <= len(ib) else (ib, ia)
        for k, value in small.items():
            other = big.get(k)
            if other is not None and other != value:
                return f"{k[0]}.{k[1]}: {value!r} != {other!r}"
        return None

    def union(self, a: int, b: int) -> str | None:
        """Join the clusters of ``a`` and ``b``; returns the refusal reason instead if any."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        why = self.conflict(ra, rb)
        if why is not None:
            return why
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        moved = self.ids.pop(rb, None)
        if moved:
            self.ids.setdefault(ra, {}).update(moved)
        return None


def name_counts(records: list[PersonRecord]) -> list[int]:
    """Per record, how many records share its name key (0 without a full name)."""
    keys = [name_key(r) for r in records]
    freq: dict[str, int] = {}
    for key in keys:
        if key:
            freq[key] = freq.get(key, 0) + 1
    return [freq.get(k, 0) for k in keys]


@dataclass(slots=True)
class Features:
    """What exact scoring reads of one record, computed once."""

    first: str  # first token of the first name
    group: str  # its nickname group
    last: str
    name_key: str
    phone: str
    company: str
    city: str
    locals: tuple[str, ...]
    domains: frozenset[str]
    system: str
    count: int = 0  # records sharing the name key


def feature(rec: PersonRecord, count: int = 0) -> Features:
    first = first_token(rec)
    return Features(first, name_group(first) if first else "", rec.last, name_key(rec),
                    rec.phone, rec.company, rec.city, local_letters(rec),
                    frozenset(rec.work_domains), rec.system, count)


def features(records: list[PersonRecord]) -> list[Features]:
    out = [feature(rec) for rec in records]
    for f, count in zip(out, name_counts(records), strict=True):
        f.count = count
    return out


class LazyFeatures:
    """``Features`` made on first use: at a million records most are never scored exactly."""

    def __init__(self, records: list[PersonRecord], counts: list[int]) -> None:
        self.records, self.counts = records, counts
        self.made: dict[int, Features] = {}

    def __getitem__(self, i: int) -> Features:
        got = self.made.get(i)
        if got is None:  # without the blocking-only attributes (nickname group, name key)
            rec = self.records[i]
            got = self.made[i] = Features(
                rec.first.partition(" ")[0], "", rec.last, "", rec.phone, rec.company,
                rec.city, local_letters(rec), frozenset(rec.work_domains), rec.system,
                self.counts[i])
        return got


def _name_evidence(a: str, l1: str, b: str, l2: str, w: dict[str, Any]
                   ) -> tuple[float, list[tuple[str, str, float]]]:
    threshold = w["fuzzy_threshold"]
    ev: list[tuple[str, str, float]] = []
    total = 0.0
    if a and b:
        level = first_level(a, b, threshold)
        weight = w["first"][level]
        ev.append(("first", level, weight))
        total += weight
    if l1 and l2:
        level = last_level(l1, l2, threshold)
        weight = w["last"][level]
        ev.append(("last", level, weight))
        total += weight
    return total, ev


def score_features(f1: Features, f2: Features, w: dict[str, Any] = WEIGHTS
                   ) -> tuple[float, tuple[tuple[str, str, float], ...]]:
    """The summed weight of every field's agreement level, and the evidence."""
    total, ev = _name_evidence(f1.first, f1.last, f2.first, f2.last, w)
    if total < w["first"]["exact"] + w["last"]["exact"]:
        swapped, sev = _name_evidence(f1.first, f1.last, f2.last, f2.first, w)
        swapped += w["swapped_names"]
        if swapped > total:
            total = swapped
            ev = [(f"{name}(swapped)", level, weight) for name, level, weight in sev]
    tf = w["name_frequency"]
    name_count = max(f1.count, f2.count)
    if name_count and total >= tf["min_name_weight"]:
        level = ("rare" if name_count <= tf["rare_at_most"] else
                 "common" if name_count >= tf["common_at_least"] else "")
        if level:
            ev.append(("name_frequency", f"{level} ({name_count} records)", tf[level]))
            total += tf[level]
    if f1.phone and f2.phone:
        level = "exact" if f1.phone == f2.phone else "different"
        ev.append(("phone", level, w["phone"][level]))
        total += w["phone"][level]
    if f1.company and f2.company:
        level = company_level(f1.company, f2.company, w["fuzzy_threshold"])
        ev.append(("company", level, w["company"][level]))
        total += w["company"][level]
    if f1.city and f2.city:
        level = "exact" if f1.city == f2.city else "different"
        ev.append(("city", level, w["city"][level]))
        total += w["city"][level]
    if f1.locals and f2.locals:
        if not set(f1.locals).isdisjoint(f2.locals):
            ev.append(("email_local", "exact", w["email_local"]["exact"]))
            total += w["email_local"]["exact"]
        elif max(JaroWinkler.normalized_similarity(a, b) for a in f1.locals
                 for b in f2.locals) >= w["fuzzy_threshold"]:
            ev.append(("email_local", "fuzzy", w["email_local"]["fuzzy"]))
            total += w["email_local"]["fuzzy"]
    if f1.domains and f2.domains and not f1.domains.isdisjoint(f2.domains):
        weight = w["email_domain"]["same_work_domain"]
        ev.append(("email_domain", "same_work_domain", weight))
        total += weight
    return total, tuple(ev)


def score_pair(r1: PersonRecord, r2: PersonRecord, w: dict[str, Any] = WEIGHTS,
               name_count: int = 0) -> tuple[float, tuple[tuple[str, str, float], ...]]:
    """``score_features`` for two records (``name_count``: records carrying the name)."""
    return score_features(feature(r1, name_count), feature(r2, name_count), w)


def deterministic_links(records: list[PersonRecord]) -> list[Link]:
    """Records sharing a hard id value or a mailbox: each linked to the first holder."""
    links: list[Link] = []
    by_value: dict[tuple[str, str], int] = {}
    for i, rec in enumerate(records):
        for name, value in rec.hard_ids:
            if name in GLOBAL_IDS:
                continue
            first = by_value.setdefault(("hard_id", value), i)
            if first != i:
                links.append(Link(first, i, DETERMINISTIC_SCORE, "hard_id",
                                  (("hard_id", f"{name}={value}", DETERMINISTIC_SCORE),)))
        for email in rec.emails:
            first = by_value.setdefault(("email", email), i)
            if first != i:
                links.append(Link(first, i, DETERMINISTIC_SCORE, "email",
                                  (("email", email, DETERMINISTIC_SCORE),)))
    return links


def _incompatible(feats: LazyFeatures, keys: list[str], left: list[int], right: list[int],
                  weights: dict[str, Any]) -> str | None:
    """Why two clusters must not join on a scored link: some pair across them scores
    below the floor (this stops chains of namesakes through one look-alike record)."""
    if len(left) * len(right) > 400:
        return "clusters too large to join on a score (merge them explicitly)"
    floor, same_floor = float(weights["cluster_floor"]), float(weights["cluster_floor_same_system"])
    for i in left:
        for j in right:
            total, _ = score_features(feats[i], feats[j], weights)
            limit = same_floor if feats[i].system == feats[j].system else floor
            if total < limit:
                return f"held apart: {keys[i]} and {keys[j]} score {total:g} (< {limit:g})"
    return None


Scored = tuple[int, int, float, tuple[Any, ...]]
_SHARED: tuple[LazyFeatures, list[int], list[int], dict[str, Any]] | None = None


def _score_range(bounds: tuple[int, int]) -> list[Scored]:
    assert _SHARED is not None
    feats, left, right, w = _SHARED
    review_at = float(w["review"])
    out = []
    for i, j in zip(left[bounds[0]:bounds[1]], right[bounds[0]:bounds[1]], strict=True):
        total, ev = score_features(feats[i], feats[j], w)
        if total >= review_at:
            out.append((i, j, total, ev))
    return out


def score_all(feats: LazyFeatures, left: list[int], right: list[int], weights: dict[str, Any],
              processes: int = 1) -> list[Scored]:
    """Score pairs (``left[k]``, ``right[k]``) exactly, keeping those at the review
    threshold or above; with ``processes`` > 1 in forked workers sharing the records
    copy-on-write (only worth it for large sets)."""
    global _SHARED
    _SHARED = (feats, left, right, weights)
    try:
        if processes <= 1 or len(left) < 20_000:
            return _score_range((0, len(left)))
        step = -(-len(left) // (processes * 4))
        ranges = [(s, min(s + step, len(left))) for s in range(0, len(left), step)]
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            return [item for part in pool.map(_score_range, ranges) for item in part]
    finally:
        _SHARED = None


def link_records(records: list[PersonRecord], weights: dict[str, Any] = WEIGHTS,
                 pairs: Iterable[tuple[int, int]] | None = None,
                 extra_links: list[Link] | None = None, processes: int = 1) -> LinkResult:
    """Link and cluster ``records``; ``pairs`` overrides the blocking (for tests),
    ``extra_links`` are decided links (manual merges) applied first."""
    with no_gc():
        return _Linker(records, weights, processes).run(pairs, extra_links or [])


class _PhaseClock:
    """CPU seconds per phase, forked workers included (the machine may be shared: CPU
    time is what a phase costs)."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.last = self.now()

    @staticmethod
    def now() -> float:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
            resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    def lap(self, phase: str) -> None:
        now = self.now()
        self.cpu[phase], self.last = now - self.last, now


class _Linker:
    """One linking run: deterministic links, blocking, pre-score, exact score, clusters."""

    def __init__(self, records: list[PersonRecord], weights: dict[str, Any],
                 processes: int) -> None:
        self.records, self.weights, self.processes = records, weights, processes
        self.keys = [r.key for r in records]
        self.union = HardIdUnion(records)
        self.members: dict[int, list[int]] = {}
        self.used: list[Link] = []
        self.refused: list[tuple[Link, str]] = []
        self.held_apart = 0
        self.clock = _PhaseClock()
        self.cols = columns(records)
        self.feats = LazyFeatures(records, self.cols.count.tolist())

    def run(self, pairs: Iterable[tuple[int, int]] | None, extra: list[Link]) -> LinkResult:
        records, w, n = self.records, self.weights, len(self.records)
        clock = self.clock
        det = [*extra, *deterministic_links(records)]
        for link in det:
            self.join(link)
        clock.lap("columns and deterministic links")
        cols = self.cols
        if pairs is None:
            codes, blocking = candidate_pairs(cols, w)
        else:
            codes = np.unique(np.array([min(p) * n + max(p) for p in pairs], dtype=np.int64))
            blocking = BlockReport(pairs=len(codes))
        left, right = codes // n, codes % n
        # pairs already one person through a shared id or mailbox need no score
        find = self.union.find
        roots = np.fromiter((find(x) for x in range(n)), dtype=np.int64, count=n)
        apart = roots[left] != roots[right]
        left, right = left[apart], right[apart]
        clock.lap("blocking")
        near = upper_bound(cols, left, right, w) >= float(w["review"])
        left, right = left[near], right[near]
        clock.lap("pre-score")
        accept = float(w["accept"])
        scored: list[Link] = []
        uncertain: list[Link] = []
        for i, j, total, ev in score_all(self.feats, left.tolist(), right.tolist(), w,
                                         self.processes):
            (scored if total >= accept else uncertain).append(Link(i, j, total, "score", ev))
        clock.lap("exact score")
        scored.sort(key=lambda link: -link.score)
        for link in scored:
            self.join(link)
        groups: dict[int, list[int]] = {}
        for i in range(n):
            groups.setdefault(find(i), []).append(i)
        review = [lk for lk in uncertain if find(lk.a) != find(lk.b)]
        clock.lap("clusters")
        refused_hard = len(self.refused) - self.held_apart
        return LinkResult(self.used, review, self.refused, list(groups.values()), len(codes),
                          {"deterministic": len(det), "scored_exactly": len(left),
                           "scored_accept": len(scored), "review": len(review),
                           "held_apart": self.held_apart, "refused_hard_id": refused_hard,
                           "capped_blocks": blocking.capped,
                           "pairs_not_compared": blocking.not_compared}, blocking, clock.cpu)

    def join(self, link: Link) -> None:
        """Apply one link, strongest first: join the two clusters unless a rule refuses."""
        union, feats = self.union, self.feats
        ra, rb = union.find(link.a), union.find(link.b)
        if ra == rb:
            if link.rule != "score":
                self.used.append(link)
            return
        left, right = self.members.get(ra, [ra]), self.members.get(rb, [rb])
        why = None
        if link.rule == "score":
            same_floor = float(self.weights["cluster_floor_same_system"])
            if len(left) > 1 or len(right) > 1:
                why = _incompatible(feats, self.keys, left, right, self.weights)
            elif feats[link.a].system == feats[link.b].system and link.score < same_floor:
                why = (f"held apart: {self.keys[link.a]} and {self.keys[link.b]} are in one "
                       f"system and score {link.score:g} (< {same_floor:g})")
            self.held_apart += why is not None
        why = why or union.union(link.a, link.b)
        if why is None:
            self.members[union.find(link.a)] = self.members.pop(ra, [ra]) + self.members.pop(rb, [rb])
            self.used.append(link)
        else:
            self.refused.append((link, why))

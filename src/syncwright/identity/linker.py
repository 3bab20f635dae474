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
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import JaroWinkler

from .normalize import PersonRecord, _data, name_group, no_gc, same_first_name

WEIGHTS: dict[str, Any] = {k: v for k, v in _data("weights.json").items() if not k.startswith("_")}
DETERMINISTIC_SCORE = 100.0
GLOBAL_IDS = frozenset({"manual_split"})  # labels that keep records apart in every system
_LETTERS = re.compile(r"[^a-z]+")


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


def name_key(rec: PersonRecord) -> str:
    """First and last name groups in sorted order: swapped names share the key."""
    if not rec.first or not rec.last:
        return ""
    a, b = name_group(rec.first.split(" ")[0]), name_group(rec.last)
    return f"{a}|{b}" if a <= b else f"{b}|{a}"


def name_counts(records: list[PersonRecord]) -> list[int]:
    """Per record, how many records share its name key (0 without a full name)."""
    keys = [name_key(r) for r in records]
    freq: dict[str, int] = {}
    for key in keys:
        if key:
            freq[key] = freq.get(key, 0) + 1
    return [freq.get(k, 0) for k in keys]


def _local_letters(rec: PersonRecord) -> tuple[str, ...]:
    out = []
    for email in rec.emails:
        letters = _LETTERS.sub("", email.partition("@")[0])
        if len(letters) >= 6:
            out.append(letters)
    return tuple(out)


@dataclass(slots=True)
class Features:
    """What scoring and blocking read of one record, computed once."""

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


def features(records: list[PersonRecord]) -> list[Features]:
    out = []
    for rec in records:
        first = rec.first.split(" ")[0] if rec.first else ""
        out.append(Features(first, name_group(first) if first else "", rec.last, name_key(rec),
                            rec.phone, rec.company, rec.city, _local_letters(rec),
                            frozenset(rec.work_domains), rec.system))
    freq: dict[str, int] = {}
    for f in out:
        if f.name_key:
            freq[f.name_key] = freq.get(f.name_key, 0) + 1
    for f in out:
        f.count = freq.get(f.name_key, 0)
    return out


BlockFn = Callable[[Features], Iterable[str]]
BLOCKS: tuple[tuple[str, BlockFn], ...] = (
    ("name+city", lambda f: (f"{f.name_key}|{f.city}",) if f.name_key and f.city else ()),
    ("name+company", lambda f: (f"{f.name_key}|{f.company}",)
     if f.name_key and f.company else ()),
    ("name+domain", lambda f: tuple(f"{f.name_key}|{d}" for d in f.domains)
     if f.name_key else ()),
    ("phone", lambda f: (f.phone,) if f.phone else ()),
    ("first+city+company", lambda f: (f"{f.group}|{f.city}|{f.company}",)
     if f.group and f.city and f.company else ()),
    ("last+city+company", lambda f: (f"{f.last}|{f.city}|{f.company}",)
     if f.last and f.city and f.company else ()),
    ("email_local", lambda f: f.locals),
)


def candidate_pairs(feats: list[Features], weights: dict[str, Any] = WEIGHTS) -> list[int]:
    """Pairs sharing at least one blocking key, each once, encoded ``i * n + j`` (i < j)."""
    max_block, max_name = int(weights["max_block"]), int(weights["max_name_block"])
    seen: set[int] = set()
    n = len(feats)
    rules: list[tuple[BlockFn, int]] = [(fn, max_block) for _, fn in BLOCKS]
    rules.append((lambda f: (f.name_key,) if f.name_key else (), max_name))
    for fn, cap in rules:
        blocks: dict[str, list[int]] = {}
        for i, f in enumerate(feats):
            for key in fn(f):
                members = blocks.get(key)
                if members is None:
                    blocks[key] = [i]
                else:
                    members.append(i)
        for members in blocks.values():
            size = len(members)
            if size < 2 or size > cap:
                continue
            for x in range(size - 1):
                base = members[x] * n
                for j in members[x + 1:]:
                    seen.add(base + j)
    return sorted(seen)


def _name_evidence(a: str, l1: str, b: str, l2: str, w: dict[str, Any]
                   ) -> tuple[float, list[tuple[str, str, float]]]:
    threshold = w["fuzzy_threshold"]
    ev: list[tuple[str, str, float]] = []
    total = 0.0
    if a and b:
        if a == b:
            level = "exact"
        elif same_first_name(a, b):
            level = "nickname"
        elif JaroWinkler.normalized_similarity(a, b) >= threshold:
            level = "fuzzy"
        elif a[0] == b[0] and (len(a) == 1 or len(b) == 1):
            level = "initial"
        else:
            level = "different"
        weight = w["first"][level]
        ev.append(("first", level, weight))
        total += weight
    if l1 and l2:
        if l1 == l2:
            level = "exact"
        elif JaroWinkler.normalized_similarity(l1, l2) >= threshold:
            level = "fuzzy"
        else:
            level = "different"
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
        if f1.company == f2.company:
            level = "exact"
        elif JaroWinkler.normalized_similarity(f1.company, f2.company) >= w["fuzzy_threshold"]:
            level = "fuzzy"
        else:
            level = "different"
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
    f1, f2 = features([r1, r2])
    f1.count = f2.count = name_count
    return score_features(f1, f2, w)


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


def _incompatible(feats: list[Features], keys: list[str], left: list[int], right: list[int],
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


_SHARED: tuple[list[Features], list[int], dict[str, Any]] | None = None


def _score_range(bounds: tuple[int, int]) -> list[tuple[int, float, tuple[Any, ...]]]:
    assert _SHARED is not None
    feats, pairs, w = _SHARED
    n = len(feats)
    review_at = float(w["review"])
    out = []
    for code in pairs[bounds[0]:bounds[1]]:
        i, j = divmod(code, n)
        total, ev = score_features(feats[i], feats[j], w)
        if total >= review_at:
            out.append((code, total, ev))
    return out


def score_all(feats: list[Features], pairs: list[int], weights: dict[str, Any],
              processes: int = 1) -> list[tuple[int, float, tuple[Any, ...]]]:
    """Score every candidate pair; with ``processes`` > 1 in forked workers sharing the
    features copy-on-write (only worth it for large sets)."""
    global _SHARED
    _SHARED = (feats, pairs, weights)
    try:
        if processes <= 1 or len(pairs) < 20_000:
            return _score_range((0, len(pairs)))
        step = -(-len(pairs) // (processes * 4))
        ranges = [(s, min(s + step, len(pairs))) for s in range(0, len(pairs), step)]
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
        return _link(records, weights, pairs, extra_links, processes)


def _link(records: list[PersonRecord], weights: dict[str, Any],
          pairs: Iterable[tuple[int, int]] | None, extra_links: list[Link] | None,
          processes: int) -> LinkResult:
    accept = float(weights["accept"])
    det = [*(extra_links or []), *deterministic_links(records)]
    feats = features(records)
    n = len(records)
    codes = (sorted(i * n + j if i < j else j * n + i for i, j in pairs) if pairs is not None
             else candidate_pairs(feats, weights))
    scored: list[Link] = []
    uncertain: list[Link] = []
    for code, total, ev in score_all(feats, codes, weights, processes):
        i, j = divmod(code, n)
        (scored if total >= accept else uncertain).append(Link(i, j, total, "score", ev))
    scored.sort(key=lambda link: -link.score)
    keys = [r.key for r in records]
    union = HardIdUnion(records)
    used: list[Link] = []
    refused: list[tuple[Link, str]] = []
    members: dict[int, list[int]] = {}
    held_apart = 0
    same_floor = float(weights["cluster_floor_same_system"])
    for link in (*det, *scored):
        ra, rb = union.find(link.a), union.find(link.b)
        if ra == rb:
            if link.rule != "score":
                used.append(link)
            continue
        left, right = members.get(ra, [ra]), members.get(rb, [rb])
        why = None
        if link.rule == "score":
            if len(left) > 1 or len(right) > 1:
                why = _incompatible(feats, keys, left, right, weights)
            elif feats[link.a].system == feats[link.b].system and link.score < same_floor:
                why = (f"held apart: {keys[link.a]} and {keys[link.b]} are in one system "
                       f"and score {link.score:g} (< {same_floor:g})")
            held_apart += why is not None
        why = why or union.union(link.a, link.b)
        if why is None:
            members[union.find(link.a)] = members.pop(ra, [ra]) + members.pop(rb, [rb])
            used.append(link)
        else:
            refused.append((link, why))
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(union.find(i), []).append(i)
    review = [lk for lk in uncertain if union.find(lk.a) != union.find(lk.b)]
    return LinkResult(used, review, refused, list(groups.values()), len(codes),
                      {"deterministic": len(det), "scored_accept": len(scored),
                       "review": len(review), "held_apart": held_apart,
                       "refused_hard_id": len(refused) - held_apart})

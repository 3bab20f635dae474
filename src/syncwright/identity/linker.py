"""Linking: which records are one person, with the evidence and score of every link.

Deterministic rules first (a shared hard id such as a customer number, a shared mailbox),
then a Fellegi-Sunter style score on candidate pairs from blocking keys (name with city,
company or work domain; phone; email local part; first or last name with city and
company for typos). Weights and thresholds are data (``data/weights.json``). Clusters are
built from the strongest links down, and a union that would put two different values of
one hard id of one system into one person is refused (and reported).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import JaroWinkler

from .normalize import PersonRecord, _data, name_group, same_first_name

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


def _local_letters(rec: PersonRecord) -> list[str]:
    out = []
    for email in rec.emails:
        letters = _LETTERS.sub("", email.partition("@")[0])
        if len(letters) >= 6:
            out.append(letters)
    return out


BlockFn = Callable[[PersonRecord, str], Iterable[str]]
BLOCKS: tuple[tuple[str, BlockFn], ...] = (
    ("name+city", lambda r, nk: (f"{nk}|{r.city}",) if nk and r.city else ()),
    ("name+company", lambda r, nk: (f"{nk}|{r.company}",) if nk and r.company else ()),
    ("name+domain", lambda r, nk: tuple(f"{nk}|{d}" for d in r.work_domains) if nk else ()),
    ("phone", lambda r, nk: (r.phone,) if r.phone else ()),
    ("first+city+company", lambda r, nk: (f"{name_group(r.first)}|{r.city}|{r.company}",)
     if r.first and r.city and r.company else ()),
    ("last+city+company", lambda r, nk: (f"{r.last}|{r.city}|{r.company}",)
     if r.last and r.city and r.company else ()),
    ("email_local", lambda r, nk: _local_letters(r)),
)


def candidate_pairs(records: list[PersonRecord], weights: dict[str, Any] = WEIGHTS
                    ) -> Iterator[tuple[int, int]]:
    """Pairs sharing at least one blocking key (each pair once, i < j)."""
    max_block, max_name = int(weights["max_block"]), int(weights["max_name_block"])
    keys = [name_key(r) for r in records]
    seen: set[int] = set()
    n = len(records)
    rules: list[tuple[str, BlockFn, int]] = [(name, fn, max_block) for name, fn in BLOCKS]
    rules.append(("name", lambda r, nk: (nk,) if nk else (), max_name))
    for _, fn, cap in rules:
        blocks: dict[str, list[int]] = {}
        for i, rec in enumerate(records):
            for key in fn(rec, keys[i]):
                blocks.setdefault(key, []).append(i)
        for members in blocks.values():
            if len(members) < 2 or len(members) > cap:
                continue
            for x, i in enumerate(members):
                for j in members[x + 1:]:
                    code = i * n + j
                    if code not in seen:
                        seen.add(code)
                        yield i, j


def _name_evidence(f1: str, l1: str, f2: str, l2: str, w: dict[str, Any]
                   ) -> tuple[float, list[tuple[str, str, float]]]:
    threshold = w["fuzzy_threshold"]
    ev: list[tuple[str, str, float]] = []
    total = 0.0
    if f1 and f2:
        a, b = f1.split(" ")[0], f2.split(" ")[0]
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


def score_pair(r1: PersonRecord, r2: PersonRecord, w: dict[str, Any] = WEIGHTS,
               name_count: int = 0) -> tuple[float, tuple[tuple[str, str, float], ...]]:
    """The summed weight of every field's agreement level, and the evidence.
    ``name_count``: how many records carry this name (a rare name agreeing says more)."""
    total, ev = _name_evidence(r1.first, r1.last, r2.first, r2.last, w)
    tf = w["name_frequency"]
    if name_count and total >= tf["min_name_weight"]:
        level = ("rare" if name_count <= tf["rare_at_most"] else
                 "common" if name_count >= tf["common_at_least"] else "")
        if level:
            ev.append(("name_frequency", f"{level} ({name_count} records)", tf[level]))
            total += tf[level]
    if total < w["first"]["exact"] + w["last"]["exact"]:
        swapped, sev = _name_evidence(r1.first, r1.last, r2.last, r2.first, w)
        swapped += w["swapped_names"]
        if swapped > total:
            total = swapped
            ev = [(f"{name}(swapped)", level, weight) for name, level, weight in sev]
    if r1.phone and r2.phone:
        level = "exact" if r1.phone == r2.phone else "different"
        ev.append(("phone", level, w["phone"][level]))
        total += w["phone"][level]
    if r1.company and r2.company:
        if r1.company == r2.company:
            level = "exact"
        elif JaroWinkler.normalized_similarity(r1.company, r2.company) >= w["fuzzy_threshold"]:
            level = "fuzzy"
        else:
            level = "different"
        ev.append(("company", level, w["company"][level]))
        total += w["company"][level]
    if r1.city and r2.city:
        level = "exact" if r1.city == r2.city else "different"
        ev.append(("city", level, w["city"][level]))
        total += w["city"][level]
    locals1, locals2 = _local_letters(r1), _local_letters(r2)
    if locals1 and locals2:
        best = max(JaroWinkler.normalized_similarity(a, b) for a in locals1 for b in locals2)
        if best == 1.0:
            ev.append(("email_local", "exact", w["email_local"]["exact"]))
            total += w["email_local"]["exact"]
        elif best >= w["fuzzy_threshold"]:
            ev.append(("email_local", "fuzzy", w["email_local"]["fuzzy"]))
            total += w["email_local"]["fuzzy"]
    if r1.work_domains and r2.work_domains and set(r1.work_domains) & set(r2.work_domains):
        weight = w["email_domain"]["same_work_domain"]
        ev.append(("email_domain", "same_work_domain", weight))
        total += weight
    return total, tuple(ev)


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


def _incompatible(records: list[PersonRecord], left: list[int], right: list[int],
                  weights: dict[str, Any], floor: float, counts: list[int]) -> str | None:
    """Why two clusters must not join on a scored link: some pair across them scores
    below ``floor`` (this stops chains of namesakes through one look-alike record)."""
    if len(left) * len(right) > 400:
        return "clusters too large to join on a score (merge them explicitly)"
    same_floor = float(weights["cluster_floor_same_system"])
    for i in left:
        for j in right:
            total, _ = score_pair(records[i], records[j], weights,
                                  max(counts[i], counts[j]))
            if total < (same_floor if records[i].system == records[j].system else floor):
                return (f"{records[i].key} and {records[j].key} score {total:g} "
                        f"(< {floor:g})")
    return None


def link_records(records: list[PersonRecord], weights: dict[str, Any] = WEIGHTS,
                 pairs: Iterable[tuple[int, int]] | None = None,
                 extra_links: list[Link] | None = None) -> LinkResult:
    """Link and cluster ``records``; ``pairs`` overrides the blocking (for tests),
    ``extra_links`` are decided links (manual merges) applied first."""
    accept, review_at = float(weights["accept"]), float(weights["review"])
    det = [*(extra_links or []), *deterministic_links(records)]
    counts = name_counts(records)
    scored: list[Link] = []
    uncertain: list[Link] = []
    count = 0
    for i, j in (pairs if pairs is not None else candidate_pairs(records, weights)):
        count += 1
        total, ev = score_pair(records[i], records[j], weights, max(counts[i], counts[j]))
        if total >= accept:
            scored.append(Link(i, j, total, "score", ev))
        elif total >= review_at:
            uncertain.append(Link(i, j, total, "score", ev))
    scored.sort(key=lambda link: -link.score)
    union = HardIdUnion(records)
    used: list[Link] = []
    refused: list[tuple[Link, str]] = []
    members: dict[int, list[int]] = {}
    floor = float(weights["cluster_floor"])
    for link in (*det, *scored):
        ra, rb = union.find(link.a), union.find(link.b)
        if ra == rb:
            if link.rule != "score":
                used.append(link)
            continue
        why = None
        if link.rule == "score":
            why = _incompatible(records, members.get(ra, [ra]), members.get(rb, [rb]),
                                weights, floor, counts)
        why = why or union.union(link.a, link.b)
        if why is None:
            root = union.find(link.a)
            joined = members.pop(ra, [ra]) + members.pop(rb, [rb])
            members[root] = joined
        if why is None:
            used.append(link)
        else:
            refused.append((link, why))
    groups: dict[int, list[int]] = {}
    for i in range(len(records)):
        groups.setdefault(union.find(i), []).append(i)
    review = [lk for lk in uncertain if union.find(lk.a) != union.find(lk.b)]
    return LinkResult(used, review, refused, list(groups.values()), count,
                      {"deterministic": len(det), "scored_accept": len(scored),
                       "review": len(review), "refused": len(refused)})

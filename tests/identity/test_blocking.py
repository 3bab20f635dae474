"""Blocking and the vectorised pre-score: oversized blocks are compared as neighbourhoods
and counted, never dropped silently; the pre-score never rates a pair below its exact
score, so no pair that could link or go to review is lost by it."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import numpy as np
import pytest
from rapidfuzz.distance import JaroWinkler

from syncwright.identity.blocking import RuleReport, block_pairs, candidate_pairs
from syncwright.identity.columns import columns
from syncwright.identity.linker import (
    WEIGHTS,
    LazyFeatures,
    features,
    link_records,
    score_all,
    score_features,
)
from syncwright.identity.normalize import PersonRecord, normalise
from syncwright.identity.prescore import upper_bound
from syncwright.sandbox.scenarios.two_emails import generate


def person(n: int, company: str, phone: str = "", email: str = "") -> PersonRecord:
    return PersonRecord(key=f"crm:contacts:{n}", system="crm", object="contacts",
                        record_id=str(n), first="john", last="smith", company=company,
                        city="leeds", phone=phone, emails=(email,) if email else ())


def firms(count: int) -> list[str]:
    """Company names no two of which are alike (Jaro-Winkler < 0.9: "different")."""
    rng = np.random.default_rng(7)
    out: list[str] = []
    while len(out) < count:
        name = "".join(chr(c) for c in rng.integers(97, 123, size=9))
        if all(JaroWinkler.normalized_similarity(name, o) < 0.8 for o in out):
            out.append(name)
    return out


def weights(**over: Any) -> dict[str, Any]:
    return {**WEIGHTS, **over}


def test_an_oversized_block_still_links_its_true_match_and_says_it_was_capped() -> None:
    # 40 John Smiths in Leeds at 40 companies; two of them are one person at one company
    names = firms(40)
    records = [person(i, names[i]) for i in range(40)]
    records.append(person(40, names[17]))
    w = weights(max_block=10, max_name_block=10, block_window=3)
    result = link_records(records, w)
    together = next(c for c in result.clusters if 17 in c)
    assert sorted(together) == [17, 40]
    assert all(len(c) == 1 for c in result.clusters if 17 not in c)
    rule = result.blocking.rules["name+city"]
    assert rule.capped == 1 and rule.largest == 41 and rule.capped_records == 41
    assert rule.not_compared == 41 * 40 // 2 - (3 * 41 - 6)
    assert result.stats["capped_blocks"] >= 1
    assert result.stats["pairs_not_compared"] == result.blocking.not_compared > 0


def test_without_a_window_a_capped_block_compares_nothing_and_counts_every_pair() -> None:
    names = firms(30)
    records = [person(i, names[i]) for i in range(30)]
    records.append(person(30, names[17]))
    result = link_records(records, weights(max_block=10, max_name_block=10, block_window=0))
    # the name + company block is small: the true pair still meets there
    assert sorted(c for c in result.clusters if len(c) > 1) == [[17, 30]]
    assert result.candidates == 1
    for name in ("name+city", "name"):
        assert result.blocking.rules[name].not_compared == 31 * 30 // 2
    assert result.blocking.to_json()["pairs_not_compared"] >= 2 * 31 * 30 // 2


def test_small_blocks_give_exactly_every_pair_inside_them() -> None:
    rng = np.random.default_rng(3)
    key = rng.integers(0, 12, size=200)  # 0: no key
    recs = np.arange(200, dtype=np.int64)
    got = block_pairs(recs, key, np.zeros(200, dtype=np.int64), 1000, 0, RuleReport())
    want = {(a, b) for a, b in combinations(range(200), 2) if key[a] and key[a] == key[b]}
    assert {(int(a), int(b)) for a, b in got} == want and len(got) == len(want)


def test_a_capped_block_pairs_each_record_with_its_window_in_sort_order() -> None:
    recs = np.arange(8, dtype=np.int64)
    key = np.ones(8, dtype=np.int64)
    sort = np.array([7, 6, 5, 4, 3, 2, 1, 0], dtype=np.int64)  # reversed order
    report = RuleReport()
    got = {(int(a), int(b)) for a, b in block_pairs(recs, key, sort, 4, 2, report)}
    # neighbours in sort order: 7,6,5,... so each record meets the two next to it
    assert got == {(i, i + 1) for i in range(7)} | {(i, i + 2) for i in range(6)}
    assert report.capped == 1 and report.not_compared == 28 - 13


@pytest.fixture(scope="module")
def scenario_records() -> list[PersonRecord]:
    scenario = generate(400, 11)
    out = []
    for i, r in enumerate(scenario.records):
        flat = ({"email_address": r.fields["email_address"].strip(),
                 **r.fields["merge_fields"]} if r.system == "mailchimp" else dict(r.fields))
        out.append(normalise(r.system, r.system, r.object, str(i), flat))
    return out


def test_the_pre_score_is_an_upper_bound_of_the_exact_score(
        scenario_records: list[PersonRecord]) -> None:
    cols = columns(scenario_records)
    codes, _ = candidate_pairs(cols, WEIGHTS)
    n = len(scenario_records)
    rng = np.random.default_rng(5)
    extra = rng.integers(0, n * n, size=3000)  # random pairs too, not only blocked ones
    codes = np.unique(np.concatenate([codes, extra[extra // n < extra % n]]))
    left, right = codes // n, codes % n
    bound = upper_bound(cols, left, right, WEIGHTS)
    feats = features(scenario_records)
    slack = WEIGHTS["email_local"]["exact"] + WEIGHTS["email_domain"]["same_work_domain"]
    exact_seen = 0
    for i, j, b in zip(left.tolist(), right.tolist(), bound.tolist(), strict=True):
        total, _ = score_features(feats[i], feats[j])
        assert total <= b <= total + slack, (scenario_records[i], scenario_records[j], b)
        if not (feats[i].locals and feats[j].locals):  # only the local part is a best case
            assert b == total, (scenario_records[i], scenario_records[j], b)
            exact_seen += 1
    assert exact_seen > 100


def test_blocking_finds_the_pairs_the_rules_name(scenario_records: list[PersonRecord]) -> None:
    """Every pair sharing a phone, or a full name and city, is a candidate (brute force)."""
    cols = columns(scenario_records)
    codes, report = candidate_pairs(cols, weights(max_block=10**6, max_name_block=10**6))
    n = len(scenario_records)
    got = set(codes.tolist())
    feats = features(scenario_records)
    for i, j in combinations(range(n), 2):
        a, b = feats[i], feats[j]
        if (a.phone and a.phone == b.phone) or (
                a.name_key and a.name_key == b.name_key and a.city and a.city == b.city):
            assert i * n + j in got, (scenario_records[i], scenario_records[j])
    assert report.capped == 0 and report.pairs == len(got)


def test_exact_scoring_in_two_processes_gives_what_one_gives(
        scenario_records: list[PersonRecord]) -> None:
    cols = columns(scenario_records)
    codes, _ = candidate_pairs(cols, WEIGHTS)
    n = len(scenario_records)
    reps = -(-25_000 // len(codes))  # enough pairs for the forked path
    left = (codes // n).tolist() * reps
    right = (codes % n).tolist() * reps
    feats = LazyFeatures(scenario_records, cols.count.tolist())
    one = score_all(feats, left, right, WEIGHTS, processes=1)
    two = score_all(feats, left, right, WEIGHTS, processes=2)
    assert one == two and len(one) >= reps

"""Identity resolution: quality against the ground truth, and speed, on the two-emails scenario.

Quality: the scenario's records (as the simulators hold them) are normalised and linked;
the persons found are compared with the ground truth pair by pair, across systems and
inside one system (precision, recall), with the time of each phase.

Speed: the same pipeline on a larger scenario (``--speed-people``; 330,000 people make
about 1,000,000 records), records per minute for normalising and for linking, and the
peak memory, against a baseline in the same process: grouping by exact email only (what a
hand-written de-duplication does first).

    python bench/identity_bench.py                       # 30,000 two-email people, speed at ~330k records
    python bench/identity_bench.py --speed-people 330000 # speed at ~1 M records
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import time
from itertools import combinations
from typing import Any

from syncwright.identity.linker import link_records
from syncwright.identity.normalize import PersonRecord, normalise_many
from syncwright.sandbox.scenarios.two_emails import ScenarioRecord, generate


def flat(rec: ScenarioRecord) -> dict[str, Any]:
    """The record as the platform adapters yield it (Mailchimp merge fields flattened)."""
    if rec.system == "mailchimp":
        return {"email_address": rec.fields["email_address"].strip(),
                **rec.fields["merge_fields"]}
    return dict(rec.fields)


def normalise_all(records: list[ScenarioRecord], processes: int = 1) -> list[PersonRecord]:
    return normalise_many([(r.system, r.system, r.object, str(i), flat(r))
                           for i, r in enumerate(records)], processes)


def pairs(groups: list[list[int]], systems: list[str]) -> tuple[set[int], set[int]]:
    n = len(systems)
    cross, within = set(), set()
    for members in groups:
        for a, b in combinations(sorted(members), 2):
            (within if systems[a] == systems[b] else cross).add(a * n + b)
    return cross, within


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu() -> float:
    """CPU seconds of this process and its finished workers (the machine may be shared:
    CPU time is what the work costs, wall time what it took here and now)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def quality(people: int, seed: int) -> None:
    t0 = time.perf_counter()
    scenario = generate(people, seed)
    t1 = time.perf_counter()
    records = normalise_all(scenario.records)
    t2, c2 = time.perf_counter(), cpu()
    result = link_records(records)
    t3, c3 = time.perf_counter(), cpu()
    systems = [r.system for r in scenario.records]
    truth: dict[str, list[int]] = {}
    for i, r in enumerate(scenario.records):
        truth.setdefault(r.person, []).append(i)
    true_cross, true_within = pairs(list(truth.values()), systems)
    got_cross, got_within = pairs(result.clusters, systems)
    print(f"two-emails scenario: {people:,} two-email people, {scenario.humans:,} people, "
          f"{len(records):,} records in 3 systems (seed {seed})")
    print(f"  generate {t1 - t0:.1f} s, normalise {t2 - t1:.1f} s, link {t3 - t2:.1f} s "
          f"(CPU {c3 - c2:.1f} s) "
          f"({result.candidates:,} candidate pairs, {len(result.review):,} to review, "
          f"{result.stats['refused_hard_id']:,} refused by hard ids, "
          f"{result.stats['held_apart']:,} held apart)")
    for name, t, g in (("cross-system links", true_cross, got_cross),
                       ("duplicates inside one system", true_within, got_within)):
        hit = len(t & g)
        print(f"  {name}: precision {hit / max(1, len(g)):.4f}  recall {hit / max(1, len(t)):.4f}"
              f"  ({len(t):,} true pairs, {len(g):,} found)")


def baseline(raw: list[ScenarioRecord]) -> int:
    """Group by the exact (lower-cased, trimmed) email, nothing else."""
    groups: dict[str, int] = {}
    for i, r in enumerate(raw):
        email = str(r.fields.get("email") or r.fields.get("Email")
                    or r.fields.get("email_address") or "").strip().lower()
        groups.setdefault(email, i)
    return len(groups)


def speed(people: int, seed: int, processes: int, rounds: int) -> None:
    scenario = generate(people, seed)
    raw = scenario.records
    persons = [r.person for r in raw]
    systems = [r.system for r in raw]
    del scenario
    gc.collect()
    n = len(raw)
    held = rss_mb()
    load_before = os.getloadavg()[0]
    w0, c0 = time.perf_counter(), cpu()
    records = normalise_all(raw, processes)
    w1, c1 = time.perf_counter(), cpu()
    link_wall, link_cpu, base_wall = [], [], []
    result = None
    for _ in range(rounds):  # alternating: linking, then the baseline, same process
        del result
        gc.collect()
        w2, c2 = time.perf_counter(), cpu()
        result = link_records(records, processes=processes)
        link_wall.append(time.perf_counter() - w2)
        link_cpu.append(cpu() - c2)
        b0 = time.perf_counter()
        baseline(raw)
        base_wall.append(time.perf_counter() - b0)
    peak = rss_mb()
    load = max(load_before, os.getloadavg()[0])
    wall, cpu_s = statistics.median(link_wall), statistics.median(link_cpu)
    print(f"speed on {n:,} records ({people:,} two-email people), {processes} process(es), "
          f"load average up to {load:.1f} on {os.cpu_count()} cores, median of {rounds}:")
    for what, wall_s, cpu_t in (("normalise", w1 - w0, c1 - c0), ("link", wall, cpu_s)):
        print(f"  {what:9s}: {n / wall_s * 60:>12,.0f} records/min wall ({wall_s:.1f} s); "
              f"CPU {cpu_t:.1f} s = {n / cpu_t * 60:,.0f} records per CPU-minute")
    blocking = result.blocking
    print(f"  link: {result.candidates:,} candidate pairs, {result.stats['scored_exactly']:,} "
          f"scored exactly, {len(result.links):,} links, {len(result.review):,} to review; "
          f"{blocking.capped:,} blocks capped ({blocking.not_compared:,} pairs not compared)")
    print("  link CPU by phase (last round): " + ", ".join(
        f"{phase} {secs:.1f} s" for phase, secs in result.cpu.items()))
    truth: dict[str, list[int]] = {}
    for i, p in enumerate(persons):
        truth.setdefault(p, []).append(i)
    true_cross, true_within = pairs(list(truth.values()), systems)
    got_cross, got_within = pairs(result.clusters, systems)
    for name, t, g in (("cross-system", true_cross, got_cross),
                       ("inside one system", true_within, got_within)):
        hit = len(t & g)
        print(f"  at this size, {name}: precision {hit / max(1, len(g)):.4f} "
              f"recall {hit / max(1, len(t)):.4f}")
    base = statistics.median(base_wall)
    print(f"  baseline (exact email only): {n / base * 60:,.0f} records/min; "
          f"link takes {wall / base:.0f}x its time")
    print(f"  peak RSS {peak:,.0f} MB (raw scenario records held before: {held:,.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--speed-people", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1, help="linking rounds at speed size")
    args = parser.parse_args()
    if args.people:
        quality(args.people, args.seed)
    if args.speed_people:
        speed(args.speed_people, args.seed + 1, args.processes, args.rounds)


if __name__ == "__main__":
    main()

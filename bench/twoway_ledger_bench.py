"""Loading a two-way sync's ledger: a fold of the whole stream vs its snapshot and the tail.

A store is filled with the stream of a sync that ran R times over P people (one
``twoway_applied`` event per batch of 500 people, each person's entry shaped as the
applier writes it: both sides' records, stamps, hashes and decisions). Then, in the same
process and in alternating rounds, the ledger is loaded two ways: ``fold`` of every event
(what every run and review command did before snapshots) and ``load_ledger`` from the
snapshot. Two snapshot positions are measured: one run behind the stream (a run that ended
without saving, e.g. killed; the load folds that run's events) and at the stream's end
(the usual case: a run saves the ledger it holds when its upload ends). Printed: medians
of wall and CPU time, the ratio snapshot / full, the snapshot's size beside the events'
and what saving one costs.

    .venv/bin/python bench/twoway_ledger_bench.py                   # 30 runs x 10,000 people
    .venv/bin/python bench/twoway_ledger_bench.py --runs 365 --people 2000
    .venv/bin/python bench/twoway_ledger_bench.py --store postgresql://postgres@127.0.0.1:5432/test?schema=bench_ledger
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from syncwright.domain.events import NewEvent
from syncwright.store import Store, open_store
from syncwright.twoway.ledger import (
    APPLIED,
    NEVER,
    SNAPSHOT_FORMAT,
    SNAPSHOT_KIND,
    Ledger,
    fold,
    load_ledger,
    save_snapshot,
    sync_stream,
)

NAME = "bench-sync"
BATCH = 500


def _hex(*parts: object, size: int = 16) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=size).hexdigest()


def entry(i: int, run: int) -> dict[str, Any]:
    """One person's entry in a ``twoway_applied`` event, as the applier records it (ids and
    hashes as random as the platforms' and ours, so the snapshot compresses as real ones)."""
    email = f"user{i}@example.com"
    sf_id = "003" + _hex(i, size=8)[:15]
    stamp = f"2026-{1 + run % 12:02d}-{1 + run % 28:02d}T10:00:{i % 60:02d}Z"
    a = {"Id": sf_id, "Email": email, "FirstName": f"First{i}",
         "LastName": f"Last{i}-{run}", "Phone": f"555-{i % 10000:04d}", "Title": "Engineer",
         "HasOptedOutOfEmail": False, "LastModifiedDate": stamp, "SystemModstamp": stamp,
         "_id": f"a:{sf_id}"}
    b = {"id": _hex(email), "email_address": email, "status": "subscribed",
         "merge_fields": {"FNAME": f"First{i}", "LNAME": f"Last{i}-{run}",
                          "PHONE": f"555-{i % 10000:04d}", "COMPANY": "Engineer"},
         "last_changed": stamp, "_id": f"b:{_hex(email)}"}
    wrote = ["b"] if (i + run) % 3 == 0 else []
    return {"decisions": [{"field": "LastName", "winner": "a", "why": "A changed",
                           "value": b["merge_fields"]["LNAME"]}],
            "wrote": wrote, "echo": [] if wrote else ["a"],
            "a": {"id": a["Id"], "rec": a, "stamp": stamp, "written": None},
            "b": {"id": b["id"], "rec": b, "stamp": stamp, "written": _hex(i, run, size=12)}}


def fill(store: Store, runs: int, people: int) -> Ledger:
    """Append the sync's history, one transaction per run; returns the fold kept in step,
    with a snapshot saved at the end of every run but the last."""
    stream, ledger = sync_stream(NAME), Ledger(NAME)
    for run in range(1, runs + 1):
        events = []
        for start in range(0, people, BATCH):
            persons = {f"user{i}@example.com": entry(i, run)
                       for i in range(start, min(start + BATCH, people))}
            events.append(NewEvent(APPLIED, {"job": f"job-{run}", "run": run,
                                             "batch": f"b{start}", "persons": persons,
                                             "conflicts": [], "conflicts_closed": [],
                                             "resolutions_applied": []}, {"actor": "bench"}))
        store.append(stream, ledger.version, events)
        for ev in events:
            ledger.apply(ev.type, ev.data)
            ledger.version += 1
        if run == runs - 1:
            save_snapshot(store, ledger)
    return ledger


def timed(fn: Callable[[], Ledger]) -> tuple[float, float, Ledger]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, out


def compare(store: Store, rounds: int, label: str) -> float:
    """Alternating rounds of full fold and snapshot + tail; prints medians, returns the
    wall ratio snapshot / full."""
    full_wall, full_cpu, snap_wall, snap_cpu = [], [], [], []
    tail = 0
    for r in range(rounds):
        order = ("full", "snap") if r % 2 == 0 else ("snap", "full")
        for which in order:
            if which == "full":
                w, c, full = timed(lambda: fold(store, Ledger(NAME)))
                full_wall.append(w)
                full_cpu.append(c)
            else:
                w, c, snap = timed(lambda: load_ledger(store, NAME, NEVER))
                snap_wall.append(w)
                snap_cpu.append(c)
                tail = snap.unsaved_events
        assert snap == full  # the same ledger, every field
    fw, fc = statistics.median(full_wall), statistics.median(full_cpu)
    sw, sc = statistics.median(snap_wall), statistics.median(snap_cpu)
    print(f"{label} (tail {tail} events): full fold {fw:.3f} s wall / {fc:.3f} s CPU; "
          f"snapshot + tail {sw:.3f} s / {sc:.3f} s; ratio {sw / fw:.3f} wall, {sc / fc:.3f} CPU "
          f"({fw / sw:.1f} x faster)")
    return sw / fw


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--store", help="a store URL (default: a new SQLite file)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.store or str(Path(tmp) / "bench.db"))
        stream = sync_stream(NAME)
        if store.stream_version(stream):
            sys.exit(f"{args.store} already holds {stream}: give a fresh store")
        t = time.perf_counter()
        ledger = fill(store, args.runs, args.people)
        events_bytes = store.query("SELECT SUM(LENGTH(data)) FROM events WHERE stream_id = ?",
                                   (stream,))[0][0]
        print(f"{args.runs} runs x {args.people:,} people: {ledger.version:,} events, "
              f"{args.runs * args.people:,} person entries, {events_bytes / 1e6:.1f} MB of "
              f"event data (filled in {time.perf_counter() - t:.1f} s)")
        compare(store, args.rounds, "snapshot one run behind")
        w, c = time.perf_counter(), time.process_time()
        save_snapshot(store, ledger)
        w, c = time.perf_counter() - w, time.process_time() - c
        snap = store.load_snapshot(stream, SNAPSHOT_KIND, SNAPSHOT_FORMAT)
        assert snap is not None and snap.version == ledger.version
        print(f"saving a snapshot: {w:.3f} s wall / {c:.3f} s CPU, {len(snap.body) / 1e6:.2f} MB "
              f"(zstd of orjson) for {len(ledger.persons):,} people")
        compare(store, args.rounds, "snapshot at the stream's end")
        store.close()


if __name__ == "__main__":
    main()

"""Durable-core figures: end-to-end JSONL->JSONL rate and peak RSS against a bare orjson
loop, and event-append rate.

    .venv/bin/python bench/core_bench.py [--sizes 100000,1000000] [--rounds 3] [--events 200000]
        [--keys sequential|random]

The baseline is written here: a loop that reads the same JSONL file with orjson, applies
the job's v1 mapping (renames, a default, a constant) by hand, and writes JSONL, with no
durability at all. Engine and baseline each run in a fresh subprocess (so a peak RSS is
the run's own), alternating rounds; the medians of wall and CPU time are compared (on a
shared machine the CPU figure says what the code costs). Prints figures; asserts nothing
(targets: engine >= 0.3 x the bare loop, RSS(1M) <= 1.2 x RSS(100k), appends >= 0.5 x raw).

``--keys random`` gives every record a random UUID as its id and a random email (the
match key), as real contacts have, instead of sequential ones: keys in no order touch
index pages all over the store's staged key index and the destination file's key index.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers import write_job  # noqa: E402  (shared fixture writer)

CHILD = """
import asyncio, json, sys, time
from pathlib import Path
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.store.sqlite import SQLiteStore
def hwm_kb():
    # VmHWM is this process's own peak (ru_maxrss is inherited from the parent on Linux).
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
job, db = Path(sys.argv[1]), sys.argv[2]
store = SQLiteStore(db)
t0, c0 = time.perf_counter(), time.process_time()
job_id = create_job(store, load_job_file(job))
view = asyncio.run(JobRunner(store, job_id).run())
elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
print(json.dumps({"seconds": elapsed, "cpu": cpu, "state": view.state.value,
                  "created": view.created, "maxrss_kb": hwm_kb()}))
"""

BARE = """
import json, sys, time
import orjson
def hwm_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
src, dst = sys.argv[1], sys.argv[2]
t0, c0 = time.perf_counter(), time.process_time()
n = 0
loads, dumps = orjson.loads, orjson.dumps
with open(src, "rb") as fin, open(dst, "wb") as fout:
    for line in fin:
        r = loads(line)
        company = r.get("company")
        out = {
            "Email": r.get("email"),
            "FirstName": r.get("firstname"),
            "LastName": r.get("lastname"),
            "Company": company if company not in (None, "") else "[not provided]",
            "LeadSource": "web",
        }
        fout.write(dumps(out) + b"\\n")
        n += 1
elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
print(json.dumps({"seconds": elapsed, "cpu": cpu, "state": "completed", "created": n,
                  "maxrss_kb": hwm_kb()}))
"""


def _child(code: str, *args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def randomise_keys(path: Path) -> None:
    """Give each record of ``path`` a random UUID as its id and a matching random email
    (seeded, so every round syncs the same file)."""
    rng = random.Random(20261130)
    lines = []
    for line in path.read_bytes().splitlines():
        rec = orjson.loads(line)
        u = uuid.UUID(int=rng.getrandbits(128), version=4).hex
        rec["id"], rec["email"] = u, f"{u[:16]}@example.com"
        lines.append(orjson.dumps(rec) + b"\n")
    path.write_bytes(b"".join(lines))


def sync_figures(n: int, workdir: Path, rounds: int, keys: str) -> dict[str, float]:
    """Engine and bare loop over the same ``n``-record file, alternating rounds; medians."""
    folder = workdir / f"sync-{n}"
    job = write_job(folder, n=n, batch_size=500)
    if keys == "random":
        randomise_keys(folder / "contacts.jsonl")
    engine: list[dict[str, Any]] = []
    bare: list[dict[str, Any]] = []
    for r in range(rounds):
        db = folder / f"store-{r}.db"
        data = _child(CHILD, str(job), str(db))
        assert data["state"] == "completed" and data["created"] == n, data
        engine.append(data)
        for leftover in folder.glob(f"store-{r}.db*"):
            leftover.unlink()
        (folder / "out" / "leads.jsonl").unlink()
        data = _child(BARE, str(folder / "contacts.jsonl"), str(folder / "bare.jsonl"))
        assert data["created"] == n, data
        bare.append(data)

    def med(runs: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(run[key] for run in runs))

    return {
        "records": n,
        "seconds": med(engine, "seconds"),
        "cpu": med(engine, "cpu"),
        "rate": n / med(engine, "seconds"),
        "rss_mb": med(engine, "maxrss_kb") / 1024,
        "bare_rate": n / med(bare, "seconds"),
        "bare_rss_mb": med(bare, "maxrss_kb") / 1024,
        "ratio_wall": med(bare, "seconds") / med(engine, "seconds"),
        "ratio_cpu": med(bare, "cpu") / med(engine, "cpu"),
    }


def append_figures(total: int, workdir: Path, per_batch: int = 1000) -> dict[str, float]:
    from syncwright.domain.events import NewEvent
    from syncwright.store.sqlite import CORE_DDL, SQLiteStore

    payloads = [{"index": i, "count": 500, "payload_hash": f"{i:032x}"} for i in range(total)]
    store = SQLiteStore(workdir / "append.db")
    t0 = time.perf_counter()
    version = 0
    for i in range(0, total, per_batch):
        events = [
            NewEvent("batch_mapped", p, {"actor": "bench"}) for p in payloads[i : i + per_batch]
        ]
        store.append("bench-stream", version, events)
        version += len(events)
    store_s = time.perf_counter() - t0
    store.close()

    raw = sqlite3.connect(workdir / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = NORMAL")
    raw.execute(CORE_DDL[0])
    t0 = time.perf_counter()
    now = "2026-01-01T00:00:00+00:00"
    version = 0
    for i in range(0, total, per_batch):
        rows = [
            (
                "bench-stream",
                version + j + 1,
                "batch_mapped",
                1,
                orjson.dumps(p).decode(),
                '{"actor":"bench"}',
                now,
            )
            for j, p in enumerate(payloads[i : i + per_batch])
        ]
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            "INSERT INTO events (stream_id, stream_version, type, schema_version, data, "
            "metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        raw.execute("COMMIT")
        version += len(rows)
    raw_s = time.perf_counter() - t0
    raw.close()
    return {
        "events": total,
        "store_rate": total / store_s,
        "raw_rate": total / raw_s,
        "ratio": (total / store_s) / (total / raw_s),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--keys", choices=("sequential", "random"), default="sequential")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="syncwright-bench-") as tmp:
        work = Path(tmp)
        print(
            f"JSONL -> JSONL sync (fresh process each; SQLite store, batch 500; {args.keys} "
            f"keys; medians of {args.rounds} alternating rounds against the bare orjson loop)"
        )
        results = []
        for n in (int(s) for s in args.sizes.split(",")):
            r = sync_figures(n, work, args.rounds, args.keys)
            results.append(r)
            print(
                f"  {n:>9,} records  {r['seconds']:7.2f} s  {r['rate']:>9,.0f} records/s  "
                f"peak RSS {r['rss_mb']:6.1f} MB | bare loop {r['bare_rate']:>10,.0f} records/s "
                f"{r['bare_rss_mb']:5.1f} MB | ratio wall {r['ratio_wall']:.3f} "
                f"cpu {r['ratio_cpu']:.3f} (target >= 0.3)"
            )
        if len(results) > 1:
            print(
                f"  peak RSS ratio largest/smallest: {results[-1]['rss_mb'] / results[0]['rss_mb']:.2f} "
                "(target <= 1.2)"
            )
        a = append_figures(args.events, work)
        print(
            f"event append, batches of 1000: store {a['store_rate']:,.0f} events/s, raw executemany "
            f"{a['raw_rate']:,.0f} rows/s, ratio {a['ratio']:.2f} (target >= 0.5)"
        )


if __name__ == "__main__":
    main()

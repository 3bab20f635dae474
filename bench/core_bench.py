"""Durable-core figures: end-to-end JSONL->JSONL rate and peak RSS, and event-append rate.

    .venv/bin/python bench/core_bench.py [--sizes 100000,1000000] [--events 200000]

Each sync runs in a fresh subprocess so its peak RSS is its own. Prints figures; asserts
nothing (targets: >= 50,000 records/s, RSS(1M) <= 1.2 x RSS(100k), appends >= 0.5 x raw).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
t0 = time.perf_counter()
job_id = create_job(store, load_job_file(job))
view = asyncio.run(JobRunner(store, job_id).run())
elapsed = time.perf_counter() - t0
print(json.dumps({"seconds": elapsed, "state": view.state.value, "created": view.created,
                  "maxrss_kb": hwm_kb()}))
"""


def sync_figures(n: int, workdir: Path) -> dict[str, float]:
    folder = workdir / f"sync-{n}"
    job = write_job(folder, n=n, batch_size=500)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(job), str(folder / "store.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(proc.stdout)
    assert data["state"] == "completed" and data["created"] == n, data
    return {
        "records": n,
        "seconds": data["seconds"],
        "rate": n / data["seconds"],
        "rss_mb": data["maxrss_kb"] / 1024,
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
    parser.add_argument("--events", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="syncwright-bench-") as tmp:
        work = Path(tmp)
        print("JSONL -> JSONL sync (fresh process each; SQLite store, batch 500)")
        results = []
        for n in (int(s) for s in args.sizes.split(",")):
            r = sync_figures(n, work)
            results.append(r)
            print(
                f"  {n:>9,} records  {r['seconds']:7.2f} s  {r['rate']:>9,.0f} records/s  "
                f"peak RSS {r['rss_mb']:6.1f} MB"
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

"""Hardening figures (issue #19): file-destination updates against creates, and `fix`
against the number of failures. Baselines are measured in the same process, in
alternating rounds.

    .venv/bin/python bench/hardening_bench.py [--records 200000] [--failures 1000,20000]

1. JSONL destination: N creates, then N updates of the same keys (batches of 500, the
   adapter's own upload path + the end-of-upload compaction); prints updates / creates.
   (Before issue #19 each update batch rewrote the whole file: 200k updates took 64 s
   against 2.5 s to create them.)
2. `fix_record` on a job with few failures and on one with many: seconds per fix and the
   ratio (proportional to one record means a ratio near 1).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers import store_with_failures  # noqa: E402

from syncwright.adapters.files import FileConnection, JsonlAdapter  # noqa: E402
from syncwright.engine.commands import fix_record  # noqa: E402
from syncwright.store.sqlite import SQLiteStore  # noqa: E402

BATCH = 500


def _records(n: int, version: int) -> list[tuple[str, dict[str, Any]]]:
    return [
        (str(i), {"Email": f"user{i}@example.com", "N": i, "V": version, "Name": f"Person {i}"})
        for i in range(n)
    ]


async def _send(a: JsonlAdapter, records: list[tuple[str, dict[str, Any]]]) -> float:
    started = time.perf_counter()
    for i in range(0, len(records), BATCH):
        await a.upload_batch("o", records[i : i + BATCH], "Email")
    await a.finish_upload("o", "Email")
    return time.perf_counter() - started


def file_updates(n: int, rounds: int) -> None:
    creates: list[float] = []
    updates: list[float] = []
    for r in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            a = JsonlAdapter(FileConnection(platform="jsonl", path=Path(tmp) / "o.jsonl"))
            creates.append(asyncio.run(_send(a, _records(n, 0))))
            updates.append(asyncio.run(_send(a, _records(n, r + 1))))
            asyncio.run(a.close())
    c, u = statistics.median(creates), statistics.median(updates)
    print(f"JSONL destination, {n:,} records in batches of {BATCH} (median of {rounds}):")
    print(f"  create {c:.2f} s ({n / c:,.0f}/s), update {u:.2f} s ({n / u:,.0f}/s), "
          f"updates / creates = {u / c:.2f}")  # fmt: skip


def _job_with_failures(folder: Path, failures: int) -> tuple[SQLiteStore, str]:
    store, job_id = store_with_failures(folder, failures)
    assert len(store.failures(job_id)) == failures
    return store, job_id


def fix_speed(sizes: list[int], fixes: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        jobs = {n: _job_with_failures(Path(tmp) / str(n), n) for n in sizes}
        per_fix: dict[int, list[float]] = {n: [] for n in sizes}
        for r in range(rounds):
            for n in sizes if r % 2 == 0 else reversed(sizes):
                store, job_id = jobs[n]
                started = time.perf_counter()
                for i in range(fixes):
                    key = str((r * fixes + i) % n)
                    fix_record(store, job_id, key, {"Email": f"fixed{i}@example.com"})
                per_fix[n].append((time.perf_counter() - started) / fixes)
    base = statistics.median(per_fix[sizes[0]])
    print(f"fix_record, {fixes} fixes a round, {rounds} alternating rounds (median):")
    for n in sizes:
        m = statistics.median(per_fix[n])
        print(
            f"  {n:>7,} failures: {m * 1000:.2f} ms a fix, {m / base:.2f} x the {sizes[0]:,} case"
        )


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--records", type=int, default=200_000)
    p.add_argument("--failures", default="1000,20000")
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args()
    file_updates(args.records, args.rounds)
    fix_speed([int(x) for x in args.failures.split(",")], 100, args.rounds * 2)


if __name__ == "__main__":
    main()

"""Store size after a file sync with the default retention, against the source file.

    .venv/bin/python bench/retention_bench.py [--records 1000000] [--rounds 1]

For each round, two JSONL -> JSONL syncs of the same file run in fresh subprocesses,
alternating: one with the default retention (staging dropped at completion) and one with
`keep_staging: 30d` (as every store kept everything before retention). Prints the store size
as a share of the source file (target: under 0.5 x with the default), the time each sync
took (the cost of pruning at completion, as a ratio), and `prune`'s reclaim of the kept
store. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

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
job, db = Path(sys.argv[1]), sys.argv[2]
store = SQLiteStore(db)
t0 = time.perf_counter()
job_id = create_job(store, load_job_file(job))
view = asyncio.run(JobRunner(store, job_id).run())
elapsed = time.perf_counter() - t0
store.close()
print(json.dumps({"seconds": elapsed, "state": view.state.value, "created": view.created}))
"""

PRUNE = """
import json, sys, time
from datetime import timedelta
from syncwright.engine.retention import prune
from syncwright.store.sqlite import SQLiteStore
store = SQLiteStore(sys.argv[1])
t0 = time.perf_counter()
outcomes, before, after = prune(store, timedelta(0))
print(json.dumps({"seconds": time.perf_counter() - t0, "before": before, "after": after}))
"""


def files_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def one_sync(folder: Path, records: int, keep: str) -> dict[str, float]:
    job = write_job(
        folder, n=records, batch_size=500, extra={"retention": {"keep_staging": keep}}
    )
    db = folder / "store.db"
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(job), str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(proc.stdout)
    assert data["state"] == "completed" and data["created"] == records, data
    source = (folder / "contacts.jsonl").stat().st_size
    return {"seconds": data["seconds"], "store": files_size(db), "source": source}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    default, kept = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            order = ("0s", "30d") if r % 2 == 0 else ("30d", "0s")
            for keep in order:
                res = one_sync(Path(tmp) / f"r{r}-{keep}", args.records, keep)
                (default if keep == "0s" else kept).append(res)
        kept_db = Path(tmp) / "r0-30d" / "store.db"
        pruned = json.loads(
            subprocess.run(
                [sys.executable, "-c", PRUNE, str(kept_db)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
    source = default[0]["source"]
    mb = 1024 * 1024
    d_store = statistics.median(x["store"] for x in default)
    f_store = statistics.median(x["store"] for x in kept)
    d_time = statistics.median(x["seconds"] for x in default)
    f_time = statistics.median(x["seconds"] for x in kept)
    print(f"JSONL -> JSONL, {args.records:,} records, source file {source / mb:.1f} MB")
    print(
        f"  default retention: store {d_store / mb:.1f} MB = {d_store / source:.2f} x the "
        f"source (target < 0.5); sync {d_time:.1f} s"
    )
    print(
        f"  keep 30 days:      store {f_store / mb:.1f} MB = {f_store / source:.2f} x the "
        f"source; sync {f_time:.1f} s"
    )
    print(f"  sync time with pruning at completion: {d_time / f_time:.2f} x without")
    print(
        f"  prune of the kept store: {pruned['before'] / mb:.1f} MB -> "
        f"{pruned['after'] / mb:.1f} MB in {pruned['seconds']:.1f} s"
    )


if __name__ == "__main__":
    main()

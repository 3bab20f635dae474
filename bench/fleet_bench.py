"""Fleet figures on PostgreSQL: jobs/s and records/s with 1 and 2 workers, and the
event-append rate beside a raw ``executemany`` and ``COPY`` of the same rows.

    .venv/bin/python bench/fleet_bench.py [--url postgresql://postgres@127.0.0.1/test]
        [--jobs 20] [--records 2000] [--events 50000]

Each run uses a fresh schema (dropped afterwards). Workers are real `syncwright worker
--exit-when-idle` processes; the clock runs from their start until the last one exits,
so start-up is included. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import orjson
import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers import write_job  # noqa: E402  (shared fixture writer)

from syncwright.domain.events import NewEvent  # noqa: E402
from syncwright.engine.commands import create_job  # noqa: E402
from syncwright.engine.jobfile import load_job_file  # noqa: E402
from syncwright.store import open_store  # noqa: E402
from syncwright.store.leases import open_leases  # noqa: E402
from syncwright.store.pg_url import with_schema  # noqa: E402


def fresh(url: str) -> tuple[str, str]:
    schema = "bench_" + uuid.uuid4().hex[:10]
    return with_schema(url, schema), schema


def drop(url: str, schema: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def fleet_figures(url: str, workers: int, jobs: int, records: int, work: Path) -> dict[str, float]:
    store_url, schema = fresh(url)
    try:
        store = open_store(store_url)
        leases = open_leases(store)
        for i in range(jobs):
            job = write_job(work / f"w{workers}-j{i}", n=records, batch_size=500)
            job_id = create_job(store, load_job_file(job))
            leases.submit(job_id)
        env = {**os.environ, "SYNCWRIGHT_STORE": store_url}
        t0 = time.perf_counter()
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "syncwright",
                    "worker",
                    "--exit-when-idle",
                    "--concurrency",
                    "2",
                ],
                env=env,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(workers)
        ]
        for p in procs:
            p.wait()
        elapsed = time.perf_counter() - t0
        done = [v for v in store.list_jobs() if v.state.value == "completed"]
        assert len(done) == jobs, f"{len(done)} of {jobs} jobs completed"
        store.close()
        return {"jobs_s": jobs / elapsed, "records_s": jobs * records / elapsed, "s": elapsed}
    finally:
        drop(url, schema)


def append_figures(url: str, events: int, per_append: int = 1000) -> dict[str, float]:
    """Store.append in batches of ``per_append`` vs raw executemany and COPY of the rows."""
    store_url, schema = fresh(url)
    try:
        store = open_store(store_url)
        data = {"index": 1, "count": 500, "payload_hash": "0" * 32, "first_seq": 0}
        meta = {"actor": "bench", "correlation_id": "x"}
        batch = [NewEvent("batch_mapped", data, meta) for _ in range(per_append)]
        t0 = time.perf_counter()
        for i in range(events // per_append):
            store.append(f"s-{i}", 0, batch)
        store_rate = events / (time.perf_counter() - t0)
        store.close()
        row = ("x", 0, "batch_mapped", 1, orjson.dumps(data).decode(),
               orjson.dumps(meta).decode(), "2024-01-01T00:00:00+00:00")  # fmt: skip
        with psycopg.connect(url, autocommit=True, options=f"-c search_path={schema}") as conn:
            conn.execute("CREATE TABLE raw AS SELECT * FROM events WITH NO DATA")
            cols = "(stream_id, stream_version, type, schema_version, data, metadata, recorded_at)"
            rows = [(f"r-{i}", *row[1:]) for i in range(events)]
            t0 = time.perf_counter()
            for start in range(0, events, per_append):
                with conn.transaction(), conn.cursor() as cur:
                    cur.executemany(
                        f"INSERT INTO raw {cols} VALUES (%s, %s, %s, %s, %s, %s, %s)",
                        rows[start : start + per_append],
                    )
            many_rate = events / (time.perf_counter() - t0)
            conn.execute("TRUNCATE raw")
            t0 = time.perf_counter()
            for start in range(0, events, per_append):
                with (
                    conn.transaction(),
                    conn.cursor() as cur,
                    cur.copy(f"COPY raw {cols} FROM STDIN") as copy,
                ):
                    for r in rows[start : start + per_append]:
                        copy.write_row(r)
            copy_rate = events / (time.perf_counter() - t0)
        return {"store": store_rate, "executemany": many_rate, "copy": copy_rate}
    finally:
        drop(url, schema)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default=os.environ.get(
        "SYNCWRIGHT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test"))  # fmt: skip
    parser.add_argument("--jobs", type=int, default=20)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--events", type=int, default=50000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            f = fleet_figures(args.url, workers, args.jobs, args.records, Path(tmp))
            print(
                f"{workers} worker(s): {args.jobs} jobs x {args.records} records in "
                f"{f['s']:.1f} s: {f['jobs_s']:.2f} jobs/s, {f['records_s']:,.0f} records/s"
            )
    a = append_figures(args.url, args.events)
    print(
        f"event append (batches of 1,000): {a['store']:,.0f} events/s; raw executemany "
        f"{a['executemany']:,.0f}/s ({a['store'] / a['executemany']:.2f} x); raw COPY "
        f"{a['copy']:,.0f}/s ({a['store'] / a['copy']:.2f} x)"
    )


if __name__ == "__main__":
    main()

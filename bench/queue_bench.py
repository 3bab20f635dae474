"""The fleet's lease code against procrastinate, on the local PostgreSQL (docs/FLEET.md).

Two figures, each for both, in this process, same database, alternating rounds:

1. claim throughput: N runnable items, 3 concurrent claimers taking one at a time until
   none is left (ours: ``PgLeases.claim`` over ``job_leases``/``jobs``, FOR UPDATE SKIP
   LOCKED; procrastinate: ``JobManager.fetch_job``, its ``procrastinate_fetch_job``
   function). Claims per second, and p50/p95 latency of one claim.
2. wake-up latency: one idle claimer listening (LISTEN/NOTIFY both), one item enqueued
   (``Leases.submit`` / ``defer_async``); time until it is claimed. Median of R rounds.

procrastinate is not a dependency of syncwright: ``pip install procrastinate`` to run this.

    .venv/bin/python bench/queue_bench.py --items 2000 --rounds 30
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import threading
import time
import uuid
from typing import Any

import psycopg

PG = os.environ.get("SYNCWRIGHT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")

DEFINITION: dict[str, Any] = {
    "name": "bench",
    "source": {"connection": "a", "object": "o"},
    "destination": {"connection": "b", "object": "o"},
    "batch_size": 100,
    "mode": "full",
    "on_reject": {"max_rejected_ratio": 0.05},
    "retry": {"max_attempts": 1, "base_seconds": 1, "cap_seconds": 1, "wait_in_process_seconds": 1},
    "connections": {},
    "mapping": {},
    "mapping_version": "m",
}


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * (len(s) - 1)))]


# -- ours ---------------------------------------------------------------------------
def ours_claims(url: str, n: int, claimers: int) -> tuple[float, list[float]]:
    from syncwright.engine.commands import create_job
    from syncwright.store import open_store
    from syncwright.store.leases import open_leases

    st = open_store(url)
    leases = open_leases(st)
    for _ in range(n):
        leases.submit(create_job(st, DEFINITION))
    latencies: list[float] = []
    lock = threading.Lock()

    def claimer(i: int) -> None:
        mine = open_store(url)
        my_leases = open_leases(mine)
        while True:
            t = time.perf_counter()
            got = my_leases.claim(f"w{i}", 60, 1, [])
            if not got:
                break
            with lock:
                latencies.append(time.perf_counter() - t)
        mine.close()

    threads = [threading.Thread(target=claimer, args=(i,)) for i in range(claimers)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    st.close()
    return len(latencies) / elapsed, latencies


def ours_wake(url: str, rounds: int) -> list[float]:
    from syncwright.engine.commands import create_job
    from syncwright.store import open_store
    from syncwright.store.leases import open_leases

    st = open_store(url)
    leases = open_leases(st)
    claimer_store = open_store(url)
    claimer = open_leases(claimer_store)
    woke = threading.Event()
    stop = threading.Event()
    listener = threading.Thread(target=claimer.listen, args=(woke.set, stop), daemon=True)
    listener.start()
    time.sleep(0.5)
    out = []
    for _ in range(rounds):
        job_id = create_job(st, DEFINITION)
        woke.clear()
        t = time.perf_counter()
        leases.submit(job_id)
        while True:  # the worker's loop: wait for a wake-up, claim
            woke.wait(5)
            woke.clear()
            if claimer.claim("w", 60, 1, []):
                break
        out.append(time.perf_counter() - t)
    stop.set()
    listener.join(timeout=5)
    st.close()
    claimer_store.close()
    return out


# -- procrastinate ------------------------------------------------------------------
def _app(schema: str) -> Any:
    import procrastinate

    return procrastinate.App(
        connector=procrastinate.PsycopgConnector(
            conninfo=PG, kwargs={"options": f"-c search_path={schema}"}
        )
    )


async def proc_claims(schema: str, n: int, claimers: int) -> tuple[float, list[float]]:
    app = _app(schema)

    @app.task(name="noop")
    async def noop() -> None:
        return None

    async with app.open_async():
        await app.schema_manager.apply_schema_async()
        for _ in range(n):
            await noop.defer_async()
        latencies: list[float] = []

        async def claimer() -> None:
            worker_id = await app.job_manager.register_worker()
            while True:
                t = time.perf_counter()
                job = await app.job_manager.fetch_job(queues=None, worker_id=worker_id)
                if job is None:
                    break
                latencies.append(time.perf_counter() - t)

        start = time.perf_counter()
        await asyncio.gather(*(claimer() for _ in range(claimers)))
        elapsed = time.perf_counter() - start
    return len(latencies) / elapsed, latencies


async def proc_wake(schema: str, rounds: int) -> list[float]:
    app = _app(schema)
    started: asyncio.Queue[float] = asyncio.Queue()

    @app.task(name="mark")
    async def mark() -> None:
        started.put_nowait(time.perf_counter())

    async with app.open_async():  # (the schema was applied by proc_claims)
        worker = asyncio.create_task(
            app.run_worker_async(concurrency=1, listen_notify=True, fetch_job_polling_interval=5)
        )
        await asyncio.sleep(1.0)
        out = []
        for _ in range(rounds):
            t = time.perf_counter()
            await mark.defer_async()
            out.append(await asyncio.wait_for(started.get(), 10) - t)
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker
    return out


def fresh_schema() -> str:
    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(PG, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    return schema


def drop(schema: str) -> None:
    with psycopg.connect(PG, autocommit=True) as c:
        c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--claimers", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=2, help="alternating rounds of each")
    args = parser.parse_args()
    try:
        import procrastinate  # noqa: F401
    except ImportError:
        print("procrastinate is not installed (`pip install procrastinate`): comparison skipped")
        return
    from syncwright.store.pg_url import with_schema

    results: dict[str, list[Any]] = {"ours": [], "procrastinate": []}
    for _ in range(args.repeat):
        for name in ("ours", "procrastinate"):
            schema = fresh_schema()
            try:
                if name == "ours":
                    url = with_schema(PG, schema)
                    rate, lat = ours_claims(url, args.items, args.claimers)
                    wake = ours_wake(url, args.rounds)
                else:
                    rate, lat = asyncio.run(proc_claims(schema, args.items, args.claimers))
                    wake = asyncio.run(proc_wake(schema, args.rounds))
            finally:
                drop(schema)
            results[name].append((rate, lat, wake))
    print(
        f"{args.items} items, {args.claimers} claimers, {args.rounds} wake-up rounds, {args.repeat} alternating repeats"
    )
    for name, runs in results.items():
        rates = [r[0] for r in runs]
        lat = [x for r in runs for x in r[1]]
        wake = [x for r in runs for x in r[2]]
        print(
            f"{name:<14} claims/s {statistics.median(rates):8.0f}   claim p50 {pct(lat, 0.5) * 1000:6.2f} ms"
            f"  p95 {pct(lat, 0.95) * 1000:6.2f} ms   wake-up p50 {pct(wake, 0.5) * 1000:6.1f} ms"
            f"  p95 {pct(wake, 0.95) * 1000:6.1f} ms"
        )
    o, p = results["ours"], results["procrastinate"]
    print(
        "ratio ours/procrastinate: claims/s "
        f"{statistics.median([r[0] for r in o]) / statistics.median([r[0] for r in p]):.2f}"
    )


if __name__ == "__main__":
    main()

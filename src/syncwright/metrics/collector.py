"""Job, worker and limiter metrics, read from the store at each scrape.

Read at scrape time, not counted in a process, so any process (``syncwright metrics``,
``worker``, ``serve``, the console) shows the whole fleet's figures, whoever ran the
jobs. Labels are bounded: job names, states, health statuses, connections; per-job
series only for jobs that are not finished. Never a secret, never a record.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector

from syncwright.domain.job_states import NOT_TERMINAL, JobState
from syncwright.health import HealthStatus, jobs_health, read_runners
from syncwright.health.heartbeat import BATCH_BUCKETS
from syncwright.store.base import Store
from syncwright.store.side_tables import open_side_db


class StoreCollector(Collector):
    """Collects from ``store()`` (a callable, so each scrape may use its own handle)."""

    def __init__(self, store: Callable[[], Store]) -> None:
        self.store = store
        self._limiter_state: Any = None  # one connection to the limiter tables, kept

    def collect(self) -> Iterator[Metric]:
        st = self.store()
        side = open_side_db(st)
        try:
            yield from self._jobs(st, side)
            if side is not None:
                yield from self._runners(st, side)
                yield from self._fleet(side)
            yield from self._limiter(st)
        finally:
            if side is not None:
                side.close()

    def _jobs(self, st: Store, side: Any) -> Iterator[Metric]:
        views = st.list_jobs()
        by_state = GaugeMetricFamily("syncwright_jobs", "Jobs by state.", labels=["state"])
        counts: dict[str, int] = defaultdict(int)
        for v in views:
            counts[v.state.value] += 1
        for state in JobState:
            by_state.add_metric([state.value], counts.get(state.value, 0))
        yield by_state
        records = CounterMetricFamily(
            "syncwright_records",
            "Records by job name, phase and outcome, over every run of the name.",
            labels=["job_name", "phase", "outcome"],
        )
        sums: dict[tuple[str, str, str], int] = defaultdict(int)
        for v in views:
            sums[(v.name, "fetching", "fetched")] += v.fetched
            sums[(v.name, "validating", "invalid")] += v.invalid
            sums[(v.name, "uploading", "sent")] += v.sent
            sums[(v.name, "uploading", "created")] += v.created
            sums[(v.name, "uploading", "updated")] += v.updated
            sums[(v.name, "uploading", "unchanged")] += v.unchanged
            sums[(v.name, "uploading", "rejected")] += v.rejected
        for key, n in sorted(sums.items()):
            records.add_metric(list(key), n)
        yield records
        live = [v for v in views if v.state in NOT_TERMINAL]
        healths = jobs_health(st, live, side=side) if live else []
        health = GaugeMetricFamily(
            "syncwright_job_health",
            "1 for the current health status of each unfinished job.",
            labels=["job_id", "job_name", "status"],
        )
        progress = GaugeMetricFamily(
            "syncwright_job_last_progress_timestamp_seconds",
            "When each running job last made progress (epoch seconds).",
            labels=["job_id", "job_name"],
        )
        eta = GaugeMetricFamily(
            "syncwright_job_eta_seconds",
            "Seconds until each running job completes, as estimated now.",
            labels=["job_id", "job_name"],
        )
        rate = GaugeMetricFamily(
            "syncwright_job_records_per_second",
            "Each running job's current rate in its current phase.",
            labels=["job_id", "job_name", "phase"],
        )
        now = time.time()
        for v, h in zip(live, healths, strict=True):
            for status in HealthStatus:
                health.add_metric([v.job_id, v.name, status.value], 1 if h.status == status else 0)
            if h.since_progress_seconds is not None:
                progress.add_metric([v.job_id, v.name], now - h.since_progress_seconds)
            if h.eta_seconds is not None:
                eta.add_metric([v.job_id, v.name], h.eta_seconds)
            if h.rate is not None and h.phase:
                rate.add_metric([v.job_id, v.name, h.phase], h.rate)
        yield from (health, progress, eta, rate)

    def _runners(self, st: Store, side: Any) -> Iterator[Metric]:
        rows = read_runners(side)
        names = {v.job_id: (v.name, v.destination) for v in st.list_jobs()}
        hist: dict[str, tuple[list[int], float]] = {}
        throttled: dict[str, int] = defaultdict(int)
        waits: dict[str, int] = defaultdict(int)
        for job_id, row in rows.items():
            name, dest = names.get(job_id, ("?", "?"))
            p = row.progress
            buckets = p.get("buckets") or []
            if len(buckets) == len(BATCH_BUCKETS) + 1:
                got, total = hist.get(name, ([0] * len(buckets), 0.0))
                hist[name] = (
                    [a + b for a, b in zip(got, buckets, strict=True)],
                    total + float(p.get("step_sum") or 0),
                )
            conn = dest.split("/", 1)[0]
            throttled[conn] += int(p.get("throttled") or 0)
            waits[conn] += int(p.get("waits") or 0)
        h = HistogramMetricFamily(
            "syncwright_batch_seconds",
            "Time between committed steps (a batch uploaded, a page fetched), per job name.",
            labels=["job_name"],
        )
        for name, (buckets, total) in sorted(hist.items()):
            cumulative, running = [], 0
            for bound, n in zip([*map(str, BATCH_BUCKETS), "+Inf"], buckets, strict=True):
                running += n
                cumulative.append((bound, running))
            h.add_metric([name], cumulative, sum_value=total)
        yield h
        t = CounterMetricFamily(
            "syncwright_throttled",
            "429 answers met by runners, by destination connection.",
            labels=["connection"],
        )
        w = CounterMetricFamily(
            "syncwright_waits",
            "Times jobs parked in waiting, by destination connection.",
            labels=["connection"],
        )
        for conn in sorted(throttled):
            t.add_metric([conn], throttled[conn])
            w.add_metric([conn], waits[conn])
        yield t
        yield w
        alive = GaugeMetricFamily("syncwright_runners_alive", "Runners with a fresh heartbeat.")
        from syncwright.health import HealthSettings

        settings = HealthSettings.from_env()
        alive.add_metric([], sum(1 for r in rows.values() if r.alive(settings)))
        yield alive

    def _fleet(self, side: Any) -> Iterator[Metric]:
        workers = GaugeMetricFamily("syncwright_workers", "Fleet workers alive.")
        takeovers = CounterMetricFamily(
            "syncwright_lease_takeovers", "Leases claimed after another worker held them."
        )
        try:
            with side.tx() as db:
                (alive,) = db.execute(
                    f"SELECT COUNT(*) FROM workers WHERE expires_at >= {side.NOW} "
                    "AND status != 'stopped'"
                ).fetchone()
                (taken,) = db.execute(
                    "SELECT COALESCE(SUM(claims - 1), 0) FROM job_leases WHERE claims > 1"
                ).fetchone()
        except Exception:  # no fleet tables in this store yet
            alive, taken = 0, 0
        workers.add_metric([], int(alive))
        takeovers.add_metric([], int(taken))
        yield workers
        yield takeovers

    def _limiter(self, st: Store) -> Iterator[Metric]:
        yield from _limiter(st, self)


def _limiter(st: Store, owner: StoreCollector) -> Iterator[Metric]:
    """Use and limits of every window and quota of every connection (SQLite stores; the
    PostgreSQL limiter state is read the same way when its tables exist)."""
    used = GaugeMetricFamily(
        "syncwright_limiter_used",
        "Current use of each limit.",
        labels=["connection", "kind", "name"],
    )
    remaining = GaugeMetricFamily(
        "syncwright_limiter_quota_remaining",
        "Calls left in each quota.",
        labels=["connection", "name"],
    )
    try:
        from syncwright.limits.sqlite_state import SQLiteState
        from syncwright.limits.usage import usage_rows
        from syncwright.store.sqlite import SQLiteStore

        if isinstance(st, SQLiteStore):
            if owner._limiter_state is None:
                owner._limiter_state = SQLiteState(st.path)
            state = owner._limiter_state
            mono, wall = time.monotonic(), datetime.now(UTC)
            for conn in state.connections_sync():
                for row in usage_rows(conn, state.snapshot(conn), mono, wall):
                    used.add_metric([row.connection, row.kind, row.name], row.used)
                    if row.kind == "quota" and row.limit is not None:
                        remaining.add_metric([row.connection, row.name], row.limit - row.used)
    except Exception:  # no limiter tables yet: nothing to show
        pass
    yield used
    yield remaining

"""What is normal for a job name: learned from its past completed runs.

Each completed run is summarised once from its events (how long it took, how long each
phase took, how many records at what rate, how long a step of each phase usually takes)
and cached in ``run_stats``; the summary is a pure function of the events, so dropping
the table loses nothing. ``Normals`` combines the last runs of a name.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from statistics import median
from typing import Any

import orjson

from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.store.base import Store
from syncwright.store.side_tables import SideDb, open_side_db

log = logging.getLogger(__name__)

HISTORY = 10
"""Runs of a job name that make its normal."""

STEP_EVENTS = {
    JobEvent.PAGE_FETCHED: "fetching",
    JobEvent.BATCH_MAPPED: "mapping",
    JobEvent.BATCH_VALIDATED: "validating",
    JobEvent.BATCH_UPLOADED: "uploading",
}
PAUSES = {JobEvent.ATTEMPT_FAILED, JobEvent.WAIT_STARTED, JobEvent.WAIT_ENDED, JobEvent.RESUMED}


def _ts(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()


def run_stats(view: JobView, events: list[Any]) -> dict[str, Any]:
    """One completed run, summarised: seconds in total and per phase, records and rate per
    phase, and step times (p50, p95) per phase, pauses (retries, waits) left out."""
    started = next((e.recorded_at for e in events if e.type == JobEvent.STARTED), view.created_at)
    phases: dict[str, dict[str, Any]] = {}
    timeline = view.timeline
    for cur, nxt in itertools.pairwise(timeline):
        state = cur["state"]
        if state in STEP_EVENTS.values():
            p = phases.setdefault(state, {"seconds": 0.0})
            p["seconds"] += _ts(nxt["at"]) - _ts(cur["at"])
    gaps: dict[str, list[float]] = {}
    last: tuple[str, float] | None = None
    for e in events:
        if e.type in PAUSES:
            last = None
            continue
        phase = STEP_EVENTS.get(e.type)
        if phase is None or e.data.get("retry"):
            continue
        at = _ts(e.recorded_at)
        if last is not None and last[0] == phase:
            gaps.setdefault(phase, []).append(at - last[1])
        last = (phase, at)
    records = view.fetched
    for phase, p in phases.items():
        p["records"] = records
        p["rate"] = records / p["seconds"] if p["seconds"] > 0 else None
        steps = sorted(gaps.get(phase, []))
        p["step_p50"] = steps[len(steps) // 2] if steps else None
        p["step_p95"] = steps[min(len(steps) - 1, int(0.95 * len(steps)))] if steps else None
    return {
        "seconds": _ts(view.updated_at) - _ts(started),
        "records": records,
        "phases": phases,
    }


@dataclass
class Normals:
    """The last runs of a job name (newest first), and what they say is normal."""

    name: str
    runs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.runs)

    def total_range(self) -> tuple[float, float] | None:
        secs = [r["seconds"] for r in self.runs]
        return (min(secs), max(secs)) if secs else None

    def _phase(self, phase: str, key: str) -> list[float]:
        return [
            float(v) for r in self.runs if (v := r["phases"].get(phase, {}).get(key)) is not None
        ]

    def step_p95(self, phase: str) -> float | None:
        """The p95 step time of a phase: the highest of the runs' p95s (conservative)."""
        values = self._phase(phase, "step_p95")
        return max(values) if values else None

    def rate(self, phase: str) -> float | None:
        """The median records/s of a phase over the runs."""
        values = self._phase(phase, "rate")
        return median(values) if values else None

    def rate_range(self, phase: str) -> tuple[float, float] | None:
        values = self._phase(phase, "rate")
        return (min(values), max(values)) if values else None

    def records(self) -> float | None:
        values = [float(r["records"]) for r in self.runs]
        return median(values) if values else None


def learn(
    store: Store,
    side: SideDb | None,
    name: str,
    exclude: str | None = None,
    views: list[JobView] | None = None,
) -> Normals:
    """The normals of job name ``name`` from its last completed runs (summaries cached);
    ``views``: every job of the store, when the caller has them already."""
    runs = [
        v
        for v in (views if views is not None else store.list_jobs())
        if v.name == name and v.state == JobState.COMPLETED and v.job_id != exclude
    ]
    runs.sort(key=lambda v: v.updated_at, reverse=True)
    runs = runs[:HISTORY]
    if not runs:
        return Normals(name)
    by_id = {v.job_id: v for v in runs}
    cached = _cached_stats(side, list(by_id))
    return _combine(
        store, side, name, [(v.job_id, v.updated_at) for v in runs], cached, by_id.__getitem__
    )


def _cached_stats(side: SideDb | None, job_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The cached run summaries of these jobs (one query)."""
    if side is None or not job_ids:
        return {}
    marks = ", ".join("?" for _ in job_ids)
    with side.read() as db:
        return {
            str(job_id): orjson.loads(stats)
            for job_id, stats in db.execute(
                f"SELECT job_id, stats FROM run_stats WHERE job_id IN ({marks})", tuple(job_ids)
            ).fetchall()
        }


def _combine(
    store: Store,
    side: SideDb | None,
    name: str,
    runs: list[tuple[str, str]],
    cached: dict[str, dict[str, Any]],
    view_of: Callable[[str], JobView],
) -> Normals:
    """``runs``: (job id, finished at), newest first; a run's view is read only when its
    cached summary is missing or stale."""
    out = Normals(name)
    for job_id, finished_at in runs:
        stats = cached.get(job_id)
        if stats is None or stats.get("finished_at") != finished_at:
            stats = _summarise(store, side, view_of(job_id))
        out.runs.append(stats)
    return out


def _summarise(store: Store, side: SideDb | None, view: JobView) -> dict[str, Any]:
    """Summarise one completed run and cache it (skipped beside a read-only store)."""
    stats = run_stats(view, store.read_stream(f"job-{view.job_id}"))
    stats["finished_at"] = view.updated_at
    if side is not None and side.writable:
        with side.tx() as db:
            db.execute(
                "INSERT INTO run_stats (job_id, name, finished_at, stats) VALUES "
                "(?, ?, ?, ?) ON CONFLICT (job_id) DO UPDATE SET "
                "finished_at = excluded.finished_at, stats = excluded.stats",
                (view.job_id, view.name, view.updated_at, orjson.dumps(stats).decode()),
            )
    return stats


def remember_completed(store: Store, job_id: str) -> None:
    """Summarise a run the moment it completes. Why: otherwise the first page of jobs
    (console, ``status``) summarises every recent run it lists from their whole event
    streams at once (seconds on a store with many runs). A cache: a failure here only
    means the summary is made later, so it is logged, never raised into the run."""
    try:
        view = store.get_job(job_id)
        if view.state is not JobState.COMPLETED:
            return
        side = open_side_db(store)
        try:
            _summarise(store, side, view)
        finally:
            if side is not None:
                side.close()
    except Exception as exc:  # a cache write must never fail a completed run
        log.warning("run summary of job %s not cached (made on first sight): %s", job_id, exc)


def learn_many(store: Store, side: SideDb | None, names: set[str]) -> dict[str, Normals]:
    """The normals of several job names at once, for a page of jobs: one query picks each
    name's last completed runs from the ``jobs`` read model, one reads their cached
    summaries; only a run's view whose summary is missing or stale is read in full."""
    if not names:
        return {}
    marks = ", ".join("?" for _ in names)
    rows = store.query(
        "SELECT job_id, name, updated_at FROM (SELECT job_id, name, updated_at, "
        "ROW_NUMBER() OVER (PARTITION BY name ORDER BY updated_at DESC, created_at, job_id) "
        "AS n FROM jobs WHERE state = 'completed' AND name IN "
        f"({marks})) AS last_runs WHERE n <= ? ORDER BY name, n",
        (*sorted(names), HISTORY),
    )
    cached = _cached_stats(side, [str(r[0]) for r in rows])
    by_name: dict[str, list[tuple[str, str]]] = {}
    for job_id, name, finished_at in rows:
        by_name.setdefault(str(name), []).append((str(job_id), str(finished_at)))
    return {
        name: _combine(store, side, name, by_name.get(name, []), cached, store.get_job)
        for name in names
    }

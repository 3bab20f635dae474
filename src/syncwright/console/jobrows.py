"""What the Syncs page and a sync's page show about a job: health, progress, rate, ETA.

Health (its status, its sentence, the rate and the ETA) is ``syncwright.health``'s, the
same words ``syncwright status`` and ``inspect`` print: the console has no judgement of
its own. A page of jobs reads one page of the ``jobs`` read model and assesses it in bulk
(``jobs_health``: one read of the runners' heartbeats, one of the learned normals).
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import orjson

from syncwright.domain.job import JobView
from syncwright.domain.job_states import ACTIVE, JobState
from syncwright.health import Health, jobs_health
from syncwright.health.normals import Normals, learn_many
from syncwright.store import Store
from syncwright.store.side_tables import open_side_db


def _ts(iso: str | None) -> float | None:
    if not iso:
        return None
    return datetime.fromisoformat(iso).timestamp()


def _started_at(v: JobView) -> str | None:
    for t in v.timeline:
        if t["event"] == "job_started":
            return str(t["at"])
    return None


def progress(v: JobView, h: Health) -> dict[str, Any]:
    """Batch i of n and records from the job's fold; rate and ETA from its health."""
    if v.state == JobState.FETCHING:
        text = f"fetched {v.fetched:,}"
    elif v.batches_total is None:
        text = "-"
    else:
        text = f"batch {v.batches_uploaded} of {v.batches_total}"
        if v.state == JobState.MAPPING:
            text += f" (mapped {v.batches_mapped})"
    return {
        "batch": v.batches_uploaded,
        "batches_total": v.batches_total,
        "records": v.fetched,
        "text": text,
        "rate": round(h.rate, 1) if h.rate is not None else None,
        "eta_seconds": round(h.eta_seconds) if h.eta_seconds is not None else None,
    }


def duration_seconds(v: JobView, now: float) -> float | None:
    start = _ts(_started_at(v))
    if start is None:
        return None
    # running (or about to go on by itself): so far; stopped: until it stopped
    going = v.state in ACTIVE or v.state in (JobState.QUEUED, JobState.WAITING)
    end = now if going else _ts(v.updated_at)
    return round((end or now) - start, 1)


def job_row(v: JobView, h: Health, now: float | None = None) -> dict[str, Any]:
    """Everything the Syncs page (and ``GET /api/jobs``) shows about one job."""
    now = datetime.now(UTC).timestamp() if now is None else now
    return {
        "job_id": v.job_id,
        "name": v.name,
        "state": v.state.value,
        "health": h.status.value,
        "health_text": h.sentence,
        "reason": v.reason,
        "waiting_until": v.waiting_until,
        "source": v.source,
        "destination": v.destination,
        "progress": progress(v, h),
        "started_at": _started_at(v),
        "duration_seconds": duration_seconds(v, now),
        "created": v.created,
        "updated": v.updated,
        "unchanged": v.unchanged,
        "skipped": v.invalid,
        "rejected": v.rejected,
        "open_rejections": v.open_rejections,
        "updated_at": v.updated_at,
    }


class NormalsCache:
    """The learned normals of job names, kept until a job completes (or stops being
    completed): they change only then, and learning them was a third of a Syncs page's
    work. The key is one cheap query over the ``jobs`` read model."""

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self._by_name: dict[str, Normals] = {}
        self._lock = threading.Lock()

    def get(self, store: Store, names: set[str]) -> dict[str, Normals]:
        key = store.query("SELECT COUNT(*), MAX(updated_at) FROM jobs WHERE state = 'completed'")[0]
        with self._lock:
            if key != self._key:
                self._key, self._by_name = key, {}
            have = dict(self._by_name)
        missing = names - have.keys()
        if missing:
            side = open_side_db(store)
            try:
                learned = learn_many(store, side, missing)
            finally:
                if side is not None:
                    side.close()
            have.update(learned)
            with self._lock:
                if self._key == key:
                    self._by_name.update(learned)
        return {n: have[n] for n in names}


def job_rows(
    store: Store, views: list[JobView], normals: NormalsCache | None = None
) -> list[dict[str, Any]]:
    """Rows of these jobs, their health assessed together."""
    now = datetime.now(UTC).timestamp()
    known = normals.get(store, {v.name for v in views}) if normals is not None else None
    healths = jobs_health(store, views, normals=known)
    return [job_row(v, h, now) for v, h in zip(views, healths, strict=True)]


class ViewCache:
    """Parsed job views by job id, kept while their version holds: a page of 1,000 jobs
    reads 1,000 (id, version) pairs and parses only the views of jobs that moved since
    the last look (parsing every view was a third of that page's time). Views handed
    out are shared: callers only read them."""

    MAX = 10_000

    def __init__(self) -> None:
        self._views: dict[str, JobView] = {}
        self._lock = threading.Lock()

    def page(
        self, store: Store, where: str, params: tuple[Any, ...], limit: int, offset: int
    ) -> list[JobView]:
        listed = store.query(
            f"SELECT job_id, version FROM jobs WHERE {where} "
            "ORDER BY created_at DESC, job_id LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        with self._lock:
            have = dict(self._views)
        stale = [str(j) for j, ver in listed if (v := have.get(str(j))) is None or v.version != ver]
        for i in range(0, len(stale), 500):
            chunk = stale[i : i + 500]
            rows = store.query(
                f"SELECT view FROM jobs WHERE job_id IN ({', '.join('?' for _ in chunk)})",
                tuple(chunk),
            )
            for (raw,) in rows:
                v = JobView.from_json(orjson.loads(raw))
                have[v.job_id] = v
        if stale:
            with self._lock:
                if len(self._views) + len(stale) > self.MAX:
                    self._views.clear()
                self._views.update((j, have[j]) for j in stale if j in have)
        return [have[str(j)] for j, _ in listed if str(j) in have]


def list_job_rows(
    store: Store,
    views: ViewCache,
    normals: NormalsCache,
    state: str | None = None,
    name: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int, dict[str, int]]:
    """A page of jobs, newest first, filtered by state and name (substring); the filtered
    total; and how many jobs are in each state (for the filter bar)."""
    where, params = "1 = 1", ()  # type: tuple[str, tuple[Any, ...]]
    if state:
        where += " AND state = ?"
        params += (state,)
    if name:
        where += " AND name LIKE ?"
        params += (f"%{name}%",)
    page = views.page(store, where, params, limit, offset)
    counts = {s: int(n) for s, n in store.query("SELECT state, COUNT(*) FROM jobs GROUP BY state")}
    if name:
        total = int(store.query(f"SELECT COUNT(*) FROM jobs WHERE {where}", params)[0][0])
    else:
        total = counts.get(state, 0) if state else sum(counts.values())
    return job_rows(store, page, normals), total, counts

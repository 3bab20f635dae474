"""What the Syncs page and a sync's page show about a job: health, progress, rate, ETA.

Computed from the job's view (the fold of its events) and its lease, so a page of 1,000
jobs reads 1,000 rows and nothing else. Health:

- ``needs attention``: stopped with a reason, a person must act;
- ``waiting until T``: a rate-limit or outage wait, it resumes by itself;
- ``crashed``: active, but its runner is gone (its lease expired, or no event for
  ``STALE_SECONDS`` and nobody holds it);
- ``stalled``: active, a runner holds it, but no event for ``STALE_SECONDS``;
- ``ok``: everything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from syncwright.domain.job import JobView
from syncwright.domain.job_states import ACTIVE, JobState
from syncwright.store import Store, StoreError

STALE_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class Lease:
    owner: str | None
    expired: bool


def _ts(iso: str | None) -> float | None:
    if not iso:
        return None
    return datetime.fromisoformat(iso).timestamp()


def leases(store: Store, job_ids: list[str] | None = None) -> dict[str, Lease]:
    """Fleet leases by job (empty when nothing was ever submitted to this store)."""
    try:
        rows = store.query("SELECT job_id, owner, expires_at FROM job_leases")
    except StoreError:
        return {}
    now = datetime.now(UTC).timestamp()
    wanted = set(job_ids) if job_ids is not None else None
    return {
        r[0]: Lease(r[1], r[2] is not None and float(r[2]) < now)
        for r in rows
        if wanted is None or r[0] in wanted
    }


def health(v: JobView, lease: Lease | None, running_here: bool, now: float) -> tuple[str, str]:
    """(health code, words) of one job."""
    if v.state == JobState.NEEDS_ATTENTION:
        return "attention", "needs attention"
    if v.state == JobState.WAITING:
        return "waiting", f"waiting until {(v.waiting_until or '')[:19].replace('T', ' ')}"
    if v.state in ACTIVE:
        quiet = now - (_ts(v.updated_at) or now)
        if running_here:
            return ("stalled", "stalled") if quiet > STALE_SECONDS else ("ok", "ok")
        if lease is not None and lease.owner is not None:
            if lease.expired:
                return "crashed", "crashed (lease expired)"
            return ("stalled", "stalled") if quiet > STALE_SECONDS else ("ok", "ok")
        if quiet > STALE_SECONDS:
            return "crashed", "crashed (no runner)"
    return "ok", "ok"


def _started_at(v: JobView) -> str | None:
    for t in v.timeline:
        if t["event"] == "job_started":
            return str(t["at"])
    return None


def _entered(v: JobView, state: str) -> str | None:
    at = None
    for t in v.timeline:
        if t["state"] == state:
            at = t["at"]  # the latest entry into that state
    return at


def progress(v: JobView, now: float) -> dict[str, Any]:
    """Batch i of n, records, rate (records/s in the current phase) and ETA."""
    out: dict[str, Any] = {
        "batch": v.batches_uploaded,
        "batches_total": v.batches_total,
        "records": v.fetched,
        "rate": None,
        "eta_seconds": None,
    }
    if v.state == JobState.FETCHING:
        done, since = v.fetched, _entered(v, "fetching")
        out["text"] = f"fetched {v.fetched:,}"
    elif v.batches_total is None:
        done, since = 0, None
        out["text"] = "-"
    else:
        done, since = v.sent, _entered(v, "uploading")
        out["text"] = f"batch {v.batches_uploaded} of {v.batches_total}"
        if v.state == JobState.MAPPING:
            out["text"] += f" (mapped {v.batches_mapped})"
    start = _ts(since)
    end = now if v.state in ACTIVE else (_ts(v.updated_at) or now)
    if start is not None and end > start and done:
        rate = done / (end - start)
        out["rate"] = round(rate, 1)
        if v.state == JobState.UPLOADING and v.batches_total:
            left = max(0, v.batches_total - v.batches_uploaded) * max(1, v.batch_size)
            out["eta_seconds"] = round(left / rate) if rate > 0 else None
    return out


def duration_seconds(v: JobView, now: float) -> float | None:
    start = _ts(_started_at(v))
    if start is None:
        return None
    end = now if v.state not in (JobState.COMPLETED, JobState.CANCELLED) else _ts(v.updated_at)
    return round((end or now) - start, 1)


def job_row(
    v: JobView, lease: Lease | None, running_here: bool, now: float | None = None
) -> dict[str, Any]:
    """Everything the Syncs page (and ``GET /api/jobs``) shows about one job."""
    now = datetime.now(UTC).timestamp() if now is None else now
    code, words = health(v, lease, running_here, now)
    return {
        "job_id": v.job_id,
        "name": v.name,
        "state": v.state.value,
        "health": code,
        "health_text": words,
        "reason": v.reason,
        "waiting_until": v.waiting_until,
        "source": v.source,
        "destination": v.destination,
        "progress": progress(v, now),
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


def list_job_rows(
    store: Store,
    running_here: set[str],
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
    total = int(store.query(f"SELECT COUNT(*) FROM jobs WHERE {where}", params)[0][0])
    rows = store.query(
        f"SELECT view FROM jobs WHERE {where} ORDER BY created_at DESC, job_id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    views = [JobView.from_json(orjson.loads(r[0])) for r in rows]
    held = leases(store, [v.job_id for v in views])
    now = datetime.now(UTC).timestamp()
    out = [job_row(v, held.get(v.job_id), v.job_id in running_here, now) for v in views]
    counts = {s: int(n) for s, n in store.query("SELECT state, COUNT(*) FROM jobs GROUP BY state")}
    return out, total, counts

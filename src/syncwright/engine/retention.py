"""Retention: what a finished job keeps, and ``prune``, which drops the rest.

A completed job no longer needs the bodies of its staged records nor its mapped batches:
those exist so that a crash can resume without re-reading the source. Pruning replaces
the staged rows by compact digests (seq, key, hash: what ``explain`` says was fetched)
and deletes the job's batch payloads, keeping everything a person may still act on: the
records ever quarantined (open, retrying or since delivered) with their bodies and their
batches' payloads, so
``fix`` and ``retry --failed`` work as before, and every event. Each prune is a
``job_pruned`` event in the stream ``retention-<job>``, written in the same transaction
as the deletion.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson

from syncwright.domain.events import NewEvent
from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobState
from syncwright.engine.jobfile import parse_keep
from syncwright.store import Store
from syncwright.store.base import Staging, StagingDrop
from syncwright.store.projections import JOB_STREAM_PREFIX
from syncwright.store.projections.retention import JOB_PRUNED, RETENTION_PREFIX
from syncwright.store.pruning import staged_chunks

log = logging.getLogger("syncwright.retention")

FINISHED = (JobState.COMPLETED, JobState.CANCELLED)


@dataclass(frozen=True, slots=True)
class PruneOutcome:
    """What pruning one job dropped (or, on a dry run, would drop)."""

    job_id: str
    name: str
    state: str
    finished_at: str
    records_dropped: int
    records_kept: int
    payloads_dropped: int

    def to_json(self) -> dict[str, object]:
        return {
            "job_id": self.job_id,
            "name": self.name,
            "state": self.state,
            "finished_at": self.finished_at,
            "records_dropped": self.records_dropped,
            "records_kept": self.records_kept,
            "payloads_dropped": self.payloads_dropped,
        }


def keep_text(definition: dict[str, object]) -> str:
    """The job's ``retention.keep_staging``; jobs from before the setting existed get the
    default (drop at completion)."""
    retention = definition.get("retention")
    return str(retention.get("keep_staging", "0s")) if isinstance(retention, dict) else "0s"


def keep_seconds(definition: dict[str, object]) -> float | None:
    """The job's retention period in seconds (None: forever)."""
    return parse_keep(keep_text(definition))


def _definition(store: Store, job_id: str) -> dict[str, object]:
    """The frozen job definition (its first event), without reading the whole stream."""
    rows = store.query(
        "SELECT data FROM events WHERE stream_id = ? AND stream_version = 1", (JOB_STREAM_PREFIX + job_id,)
    )
    data: dict[str, object] = orjson.loads(rows[0][0]) if rows else {}
    return data


def _plan(store: Store, view: JobView) -> tuple[StagingDrop, int, int] | None:
    """The drop for one finished job, or None when there is nothing left to drop."""
    job_id = view.job_id
    kept = store.failures(job_id)  # every record ever quarantined, whatever became of it
    keep_keys = {f.record_key for f in kept}
    keep_batches = {f.batch_index for f in kept if f.batch_index is not None}
    ranges, dropped = _drop_ranges(store, job_id, keep_keys)
    refs = store.query("SELECT batch_index, hash FROM payload_refs WHERE job_id = ?", (job_id,))
    kept_hashes = {h for i, h in refs if i in keep_batches}
    drop_refs = [(int(i), str(h)) for i, h in refs if i not in keep_batches]
    hashes = sorted({h for _i, h in drop_refs} - kept_hashes)
    if not dropped and not drop_refs:
        return None
    drop = StagingDrop(ranges, hashes, frozenset(keep_keys))
    return drop, dropped, len(keep_keys)


def _drop_ranges(
    store: Store, job_id: str, keep_keys: set[str]
) -> tuple[list[tuple[int, int]], int]:
    """The seq ranges (inclusive) of the staged records to drop, and how many they hold.
    With nothing to keep (the usual job: no record was ever quarantined) that is every
    staged row of the job, counted by one aggregate instead of reading each row."""
    if not keep_keys:
        rows = store.query(
            "SELECT COUNT(*), MIN(seq), MAX(seq) FROM staged_records WHERE job_id = ?", (job_id,)
        )
        count, low, high = rows[0] if rows else (0, None, None)
        return ([(int(low), int(high))] if count else []), int(count or 0)
    ranges: list[tuple[int, int]] = []
    dropped = 0
    for rows in staged_chunks(store.query, job_id):
        for s, k, _h in rows:
            if k in keep_keys:
                continue
            dropped += 1
            if ranges and ranges[-1][1] == s - 1:
                ranges[-1] = (ranges[-1][0], s)
            else:
                ranges.append((s, s))
    return ranges, dropped


def _dropped_batches(store: Store, job_id: str, drop: StagingDrop) -> list[int]:
    wanted = set(drop.payload_hashes)
    refs = store.query("SELECT batch_index, hash FROM payload_refs WHERE job_id = ?", (job_id,))
    return sorted(int(i) for i, h in refs if h in wanted)


def prune_job(store: Store, job_id: str, reason: str, dry_run: bool = False) -> PruneOutcome:
    """Drop a finished job's staging (see the module docstring); refuses a live job."""
    view = store.get_job(job_id)
    if view.state not in FINISHED:
        raise ValueError(f"job {job_id} is {view.state.value}; only finished jobs are pruned")
    planned = _plan(store, view)
    drop, dropped, kept = planned if planned else (StagingDrop([], []), 0, 0)
    outcome = PruneOutcome(
        job_id,
        view.name,
        view.state.value,
        view.updated_at,
        dropped,
        kept,
        len(drop.payload_hashes),
    )
    if dry_run or planned is None:
        return outcome
    stream = RETENTION_PREFIX + job_id
    event = NewEvent(
        JOB_PRUNED,
        {
            "job_id": job_id,
            "reason": reason,
            "records_dropped": dropped,
            "records_kept": kept,
            "payloads_dropped": len(drop.payload_hashes),
            "dropped_batches": _dropped_batches(store, job_id, drop),
        },
        {"actor": "retention"},
    )
    store.append(stream, store.stream_version(stream), [event], Staging(job_id, drop=drop))
    return outcome


def prune_on_completion(store: Store, view: JobView, definition: dict[str, object]) -> None:
    """The default retention: a job that just completed drops its staging at once.

    A failure here loses nothing (the job is complete; ``syncwright prune`` finishes the
    work later), so it is logged, never raised over the job's outcome."""
    if view.state != JobState.COMPLETED or keep_seconds(definition) != 0:
        return
    try:
        prune_job(store, view.job_id, "on completion (retention.keep_staging: 0s)")
        store.reclaim()
    except Exception as exc:
        log.warning("job %s: staging not pruned yet (%s); run `syncwright prune`", view.job_id, exc)


def due(
    store: Store, older_than: timedelta | None, now: datetime | None = None
) -> list[tuple[JobView, str]]:
    """Finished jobs whose staging may go now, each with the reason."""
    now = now or datetime.now(UTC)
    out: list[tuple[JobView, str]] = []
    for view in store.list_jobs():
        if view.state not in FINISHED:
            continue
        definition = _definition(store, view.job_id)
        keep = keep_seconds(definition)
        if keep is None:
            continue  # 'forever' is a promise: --older-than does not override it
        finished = datetime.fromisoformat(view.updated_at)
        age = now - finished
        if age >= timedelta(seconds=keep):
            out.append((view, f"retention.keep_staging: {keep_text(definition)}"))
        elif older_than is not None and age >= older_than:
            out.append((view, f"prune --older-than {older_than}"))
    return out


def prune(
    store: Store,
    older_than: timedelta | None = None,
    dry_run: bool = False,
    full: bool = False,
) -> tuple[list[PruneOutcome], int, int]:
    """Prune every job that is due; returns the outcomes and the store size before/after."""
    before = store.size_bytes()
    outcomes = [
        o
        for view, reason in due(store, older_than)
        if (o := prune_job(store, view.job_id, reason, dry_run)).records_dropped
        or o.payloads_dropped
    ]
    if not dry_run:
        store.reclaim(full=full)
    return outcomes, before, store.size_bytes()

"""The job read models: ``jobs`` (the fold of each job stream, see ``domain.job``) and
``failures`` (quarantined records). Pure functions of the ``job-*`` streams."""

from __future__ import annotations

from typing import Any

import orjson

from syncwright.domain.events import RecordedEvent
from syncwright.domain.job import JobView, apply
from syncwright.domain.job_states import JobEvent
from syncwright.store.projections.base import Executor

JOB_STREAM_PREFIX = "job-"

DDL = (
    """CREATE TABLE IF NOT EXISTS jobs (
        job_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        state TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        view TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS failures (
        job_id TEXT NOT NULL,
        record_key TEXT NOT NULL,
        phase TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT NOT NULL,
        code TEXT,
        field TEXT,
        batch_index INTEGER,
        fix TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (job_id, record_key)
    )""",
    # Grouped failures (by status and reason code) and their pages, without a scan.
    "CREATE INDEX IF NOT EXISTS failures_by_code ON failures (job_id, status, code, record_key)",
    # The Syncs page lists jobs newest first, filtered by state.
    "CREATE INDEX IF NOT EXISTS jobs_by_created ON jobs (created_at, job_id)",
)
TABLES = ("jobs", "failures")
PREFIX = JOB_STREAM_PREFIX


def job_id_of(stream_id: str) -> str | None:
    return stream_id[len(JOB_STREAM_PREFIX) :] if stream_id.startswith(JOB_STREAM_PREFIX) else None


def project(db: Executor, events: list[RecordedEvent], cache: dict[str, Any] | None = None) -> None:
    """Apply events (all from one job stream, in order) to the job read models."""
    if not events:
        return
    job_id = job_id_of(events[0].stream_id)
    if job_id is None:
        return
    view = cache.get(job_id) if cache is not None else None
    if view is not None and view.version != events[0].stream_version - 1:
        view = None  # stale: another process appended to this stream
    if view is None:
        row = db.execute("SELECT view FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        view = JobView.from_json(orjson.loads(row[0])) if row else JobView(job_id=job_id)
    for event in events:
        apply(view, event)
        _project_failures(db, job_id, event)
    db.execute(
        "INSERT INTO jobs (job_id, name, state, version, created_at, updated_at, view) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job_id) DO UPDATE SET "
        "name = excluded.name, state = excluded.state, version = excluded.version, "
        "updated_at = excluded.updated_at, view = excluded.view",
        (
            job_id,
            view.name,
            view.state.value,
            view.version,
            view.created_at,
            view.updated_at,
            orjson.dumps(view.to_json()).decode(),
        ),
    )
    if cache is not None:
        cache[job_id] = view


def _upsert_failure(
    db: Executor, job_id: str, item: dict[str, Any], phase: str, batch: int | None, at: str
) -> None:
    db.execute(
        "INSERT INTO failures (job_id, record_key, phase, status, reason, code, field, "
        "batch_index, fix, updated_at) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, '{}', ?) "
        "ON CONFLICT (job_id, record_key) DO UPDATE SET phase = excluded.phase, "
        "status = 'open', reason = excluded.reason, code = excluded.code, "
        "field = excluded.field, batch_index = COALESCE(excluded.batch_index, failures.batch_index), "
        "updated_at = excluded.updated_at",
        (
            job_id,
            item["key"],
            phase,
            item["reason"],
            item.get("code"),
            item.get("field"),
            batch,
            at,
        ),
    )


def _set_status(db: Executor, job_id: str, keys: list[str], status: str, at: str) -> None:
    for key in keys:
        db.execute(
            "UPDATE failures SET status = ?, updated_at = ? WHERE job_id = ? AND record_key = ?",
            (status, at, job_id, key),
        )


def _project_failures(db: Executor, job_id: str, event: RecordedEvent) -> None:
    d, at = event.data, event.recorded_at
    if event.type == JobEvent.BATCH_VALIDATED:
        for item in d["invalid"]:
            _upsert_failure(db, job_id, item, "validation", d["index"], at)
    elif event.type == JobEvent.BATCH_UPLOADED:
        rejected_keys = {item["key"] for item in d["rejected"]}
        for item in d["rejected"]:
            _upsert_failure(db, job_id, item, item.get("phase", "destination"), d.get("index"), at)
        if d.get("retry"):
            _set_status(
                db, job_id, [k for k in d["keys"] if k not in rejected_keys], "delivered", at
            )
    elif event.type == JobEvent.RECORD_FIXED:
        row = db.execute(
            "SELECT fix FROM failures WHERE job_id = ? AND record_key = ?", (job_id, d["key"])
        ).fetchone()
        if row is not None:
            fix = orjson.loads(row[0])
            fix.update(d["set"])
            db.execute(
                "UPDATE failures SET fix = ?, updated_at = ? WHERE job_id = ? AND record_key = ?",
                (orjson.dumps(fix, option=orjson.OPT_SORT_KEYS).decode(), at, job_id, d["key"]),
            )
    elif event.type == JobEvent.RETRY_REQUESTED:
        _set_status(db, job_id, d["keys"], "retrying", at)

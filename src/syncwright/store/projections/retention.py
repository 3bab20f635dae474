"""Retention read models: which batch payloads each job still refers to, and which jobs were
pruned. Pure functions of the ``job-*`` streams (``batch_mapped``) and the ``retention-*``
streams (``job_pruned``), so ``replay`` rebuilds them like any other read model.

``payload_refs`` is what makes pruning safe: payloads are content-addressed and shared
(two runs of the same job over unchanged data map identical batches), so a payload is
deleted only when no job's live reference names it.
"""

from __future__ import annotations

from typing import Any

from syncwright.domain.events import RecordedEvent
from syncwright.domain.job_states import JobEvent
from syncwright.store.projections.base import Executor

JOB_PREFIX = "job-"
RETENTION_PREFIX = "retention-"
PREFIX = (JOB_PREFIX, RETENTION_PREFIX)
JOB_PRUNED = "job_pruned"

DDL = (
    """CREATE TABLE IF NOT EXISTS payload_refs (
        job_id TEXT NOT NULL,
        batch_index INTEGER NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (job_id, batch_index)
    )""",
    "CREATE INDEX IF NOT EXISTS payload_refs_by_hash ON payload_refs (hash)",
    """CREATE TABLE IF NOT EXISTS pruned_jobs (
        job_id TEXT PRIMARY KEY,
        pruned_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        records_dropped INTEGER NOT NULL,
        payloads_dropped INTEGER NOT NULL
    )""",
)
TABLES = ("payload_refs", "pruned_jobs")


def project(db: Executor, events: list[RecordedEvent], cache: dict[str, Any] | None = None) -> None:
    """Apply events (all from one stream, in order) to the retention read models."""
    if not events:
        return
    stream = events[0].stream_id
    if stream.startswith(JOB_PREFIX):
        job_id = stream[len(JOB_PREFIX) :]
        for ev in events:
            if ev.type == JobEvent.BATCH_MAPPED:
                db.execute(
                    "INSERT INTO payload_refs (job_id, batch_index, hash) VALUES (?, ?, ?) "
                    "ON CONFLICT (job_id, batch_index) DO UPDATE SET hash = excluded.hash",
                    (job_id, ev.data["index"], ev.data["payload_hash"]),
                )
        return
    for ev in events:
        if ev.type != JOB_PRUNED:
            continue
        d = ev.data
        for index in d["dropped_batches"]:
            db.execute(
                "DELETE FROM payload_refs WHERE job_id = ? AND batch_index = ?",
                (d["job_id"], index),
            )
        db.execute(
            "INSERT INTO pruned_jobs (job_id, pruned_at, reason, records_dropped, "
            "payloads_dropped) VALUES (?, ?, ?, ?, ?) ON CONFLICT (job_id) DO UPDATE SET "
            "pruned_at = excluded.pruned_at, reason = excluded.reason, "
            "records_dropped = pruned_jobs.records_dropped + excluded.records_dropped, "
            "payloads_dropped = pruned_jobs.payloads_dropped + excluded.payloads_dropped",
            (d["job_id"], ev.recorded_at, d["reason"], d["records_dropped"], d["payloads_dropped"]),
        )

"""Every read model the store keeps, and the dispatch from a stream to its projection.

Adding a read model is one module here plus one line in ``PROJECTIONS``.
"""

from __future__ import annotations

from typing import Any

from syncwright.domain.events import RecordedEvent
from syncwright.store.projections import identity, jobs, retention, webhooks
from syncwright.store.projections.base import Executor, Projection

PROJECTIONS: tuple[Projection, ...] = (
    Projection("jobs", jobs.PREFIX, jobs.DDL, jobs.TABLES, jobs.project),
    Projection("webhooks", webhooks.PREFIX, webhooks.DDL, webhooks.TABLES, webhooks.project),
    Projection("retention", retention.PREFIX, retention.DDL, retention.TABLES, retention.project),
    Projection("identity", identity.PREFIX, identity.DDL, identity.TABLES, identity.project),
)
READ_MODEL_DDL: tuple[str, ...] = tuple(d for p in PROJECTIONS for d in p.ddl)
READ_MODEL_TABLES: tuple[str, ...] = tuple(t for p in PROJECTIONS for t in p.tables)
JOB_STREAM_PREFIX = jobs.JOB_STREAM_PREFIX


def project(db: Executor, events: list[RecordedEvent], cache: dict[str, Any] | None = None) -> None:
    """Apply events (all from one stream, in order) to every projection that reads the stream."""
    if not events:
        return
    stream = events[0].stream_id
    for projection in PROJECTIONS:
        if stream.startswith(projection.prefix):
            projection.project(db, events, cache)


__all__ = [
    "JOB_STREAM_PREFIX",
    "PROJECTIONS",
    "READ_MODEL_DDL",
    "READ_MODEL_TABLES",
    "Executor",
    "Projection",
    "project",
]

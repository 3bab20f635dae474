"""The store interface: one transaction holds events, staging rows and read models.

Every backend (SQLite now, PostgreSQL later) implements ``Store``. Callers never see
SQL; they append events together with the staged content those events refer to, and
read back streams, staged content and read models.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from syncwright.domain.events import NewEvent, RecordedEvent
from syncwright.domain.job import JobView

# Read-model views a store handle keeps between its appends (jobs, and the webhook actions
# a route runner will finish): room for a runner's batches in flight.
VIEWS_CACHED = 2048


@dataclass(slots=True)
class StagedRecord:
    seq: int
    key: str
    hash: str
    body: bytes


@dataclass(frozen=True, slots=True)
class StagingDrop:
    """What pruning a finished job removes, in the transaction of its ``job_pruned`` event.

    Records in ``seq_ranges`` leave ``staged_records`` for compact ``digests`` (their seq,
    key and hash, zlib-compressed per chunk), so ``explain`` can still say what was
    fetched; payloads in ``payload_hashes`` are deleted unless another job still refers
    to them. Webhook retention uses the payload half alone, for audit bodies."""

    seq_ranges: list[tuple[int, int]]  # inclusive
    payload_hashes: list[str]
    # Records of these keys keep their bodies. The digests are made by the backend inside
    # the transaction, a chunk at a time (``pruning.write_drop``): a plan holding them all
    # would grow with the job (about 25 MB at a million records).
    keep_keys: frozenset[str] = frozenset()
    # A payload named by an event appended after this position stays: content-addressed,
    # it was stored again (a newer webhook delivery of the same body) after the plan.
    named_after: int | None = None


@dataclass(slots=True)
class Staging:
    """Content written in the same transaction as the events that refer to it."""

    job_id: str
    records: list[StagedRecord] = field(default_factory=list)
    payloads: list[tuple[str, bytes]] = field(default_factory=list)  # (hash, body)
    drop: StagingDrop | None = None


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Folded state of one stream as of ``version`` (derived data: any snapshot can be
    thrown away and the stream folded again). ``kind`` names the state, ``format`` the
    shape of ``body``: a reader uses only the format it was written for."""

    stream_id: str
    kind: str
    format: int
    version: int  # the last stream version folded into ``body``
    body: bytes


@dataclass(frozen=True, slots=True)
class Failure:
    """A quarantined record: why it was rejected and what has been done about it."""

    job_id: str
    record_key: str
    phase: str  # "validation" or "destination"
    status: str  # "open", "retrying", "delivered"
    reason: str
    code: str | None
    field: str | None
    batch_index: int | None
    fix: dict[str, Any]
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "record_key": self.record_key,
            "phase": self.phase,
            "status": self.status,
            "reason": self.reason,
            "code": self.code,
            "field": self.field,
            "batch_index": self.batch_index,
            "fix": self.fix,
            "updated_at": self.updated_at,
        }


class Store(Protocol):
    """What the engine and the CLI need from a store."""

    location: str

    def append(
        self,
        stream_id: str,
        expected_version: int,
        events: list[NewEvent],
        staging: Staging | None = None,
    ) -> list[RecordedEvent]: ...

    def append_streams(
        self,
        appends: list[tuple[str, int, list[NewEvent]]],
        staging: Staging | None = None,
    ) -> list[RecordedEvent]: ...

    def read_stream(self, stream_id: str, from_version: int = 1) -> list[RecordedEvent]: ...

    def remember_views(self, views: dict[str, Any]) -> None:
        """Read-model views (stream -> view) the caller has just read at their streams'
        current versions, for the projection of its next append to those streams to start
        from instead of reading them back; one whose stream moved meanwhile is not used."""
        ...

    def read_event(self, stream_id: str, version: int) -> RecordedEvent | None: ...

    def first_events(self, stream_ids: list[str]) -> dict[str, RecordedEvent]: ...

    def read_all(self, from_position: int = 0, chunk: int = 1000) -> Iterator[RecordedEvent]: ...

    def stream_version(self, stream_id: str) -> int: ...

    def staged_range(self, job_id: str, first_seq: int, count: int) -> list[StagedRecord]: ...

    def staged_bodies(self, job_id: str, first_seq: int, count: int) -> list[tuple[str, Any]]: ...

    def staged_by_key(self, job_id: str, key: str) -> list[StagedRecord]: ...

    def payload(self, payload_hash: str) -> bytes: ...

    def get_job(self, job_id: str) -> JobView: ...

    def list_jobs(self) -> list[JobView]: ...

    def failures(
        self, job_id: str, status: str | None = None, limit: int | None = None
    ) -> list[Failure]: ...

    def failure(self, job_id: str, record_key: str) -> Failure | None: ...

    def save_snapshot(self, snapshot: Snapshot) -> None:
        """Keep ``snapshot`` as the newest of its stream, kind and format (an older one
        never replaces a newer); never touches events. A read-only handle keeps none."""
        ...

    def load_snapshot(self, stream_id: str, kind: str, format: int) -> Snapshot | None:
        """The newest snapshot of a stream's state of this kind and format, if any."""
        ...

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-model query (``?`` placeholders); how projections are read."""
        ...

    def replay(self) -> int: ...

    def dump_read_models(self) -> dict[str, list[tuple[Any, ...]]]: ...

    def size_bytes(self) -> int:
        """How much disk the store takes (for ``status`` and ``prune``)."""
        ...

    def reclaim(self, full: bool = False) -> None:
        """Return the space of deleted staging to the file system / database."""
        ...

    def close(self) -> None: ...

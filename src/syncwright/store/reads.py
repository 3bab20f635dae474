"""Reads and the single-stream append that every store backend shares.

The read models, staging tables and event columns are the same in every dialect, and
the queries use ``?`` placeholders, so a backend provides ``_q`` (run a query)
and ``append_streams``; everything here then works unchanged.
"""

from __future__ import annotations

from typing import Any, Protocol

import orjson

from syncwright.domain.events import SCHEMAS, NewEvent, RecordedEvent
from syncwright.domain.job import JobView
from syncwright.store import snapshots
from syncwright.store.base import Failure, Snapshot, StagedRecord, Staging
from syncwright.store.errors import StoreCorrupt, UnknownJob
from syncwright.store.projections import JOB_STREAM_PREFIX, READ_MODEL_TABLES
from syncwright.store.pruning import digests_by_key
from syncwright.store.sql_in import in_chunks


class Rows(Protocol):
    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class StoreReads:
    """Mixed into each backend's store class."""

    location: str
    _EVENT_COLUMNS = (
        "position, stream_id, stream_version, type, schema_version, data, metadata, recorded_at"
    )

    def _q(self, sql: str, params: tuple[Any, ...] = ()) -> Rows:
        raise NotImplementedError

    def _row_to_event(self, row: tuple[Any, ...]) -> RecordedEvent:
        """An ``events`` row (``_EVENT_COLUMNS``) as an event, upcast to its current shape."""
        position, stream_id, stream_version, etype, version, data, metadata, at = row
        version, payload = SCHEMAS.upcast(etype, version, orjson.loads(data))
        return RecordedEvent(
            position=position,
            stream_id=stream_id,
            stream_version=stream_version,
            type=etype,
            schema_version=version,
            data=payload,
            metadata=orjson.loads(metadata),
            recorded_at=at,
        )

    def append_streams(
        self, appends: list[tuple[str, int, list[NewEvent]]], staging: Staging | None = None
    ) -> list[RecordedEvent]:
        raise NotImplementedError

    def append(
        self,
        stream_id: str,
        expected_version: int,
        events: list[NewEvent],
        staging: Staging | None = None,
    ) -> list[RecordedEvent]:
        """Append ``events`` after ``expected_version``: all or nothing, with staging and read models."""
        return self.append_streams([(stream_id, expected_version, events)], staging)

    def dump_read_models(self) -> dict[str, list[tuple[Any, ...]]]:
        return {
            table: [tuple(r) for r in self._q(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()]
            for table in READ_MODEL_TABLES
        }

    _FAILURE_COLUMNS = (
        "job_id, record_key, phase, status, reason, code, field, batch_index, fix, updated_at"
    )

    def failures(
        self, job_id: str, status: str | None = None, limit: int | None = None
    ) -> list[Failure]:
        sql = f"SELECT {self._FAILURE_COLUMNS} FROM failures WHERE job_id = ?"
        params: tuple[Any, ...] = (job_id,)
        if status is not None:
            sql += " AND status = ?"
            params += (status,)
        sql += " ORDER BY batch_index, record_key"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_failure(r) for r in self._q(sql, params).fetchall()]

    def failure(self, job_id: str, record_key: str) -> Failure | None:
        """One quarantined record (by primary key: the cost of one record, however many)."""
        row = self._q(
            f"SELECT {self._FAILURE_COLUMNS} FROM failures WHERE job_id = ? AND record_key = ?",
            (job_id, record_key),
        ).fetchone()
        return _failure(row) if row is not None else None

    def get_job(self, job_id: str) -> JobView:
        row = self._q("SELECT view FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        if row is None:
            raise UnknownJob(job_id)
        return JobView.from_json(orjson.loads(row[0]))

    def job_ids(self) -> list[str]:
        rows = self._q(
            "SELECT DISTINCT stream_id FROM events WHERE stream_id LIKE ? ORDER BY stream_id",
            (JOB_STREAM_PREFIX + "%",),
        ).fetchall()
        return [r[0][len(JOB_STREAM_PREFIX) :] for r in rows]

    def list_jobs(self) -> list[JobView]:
        rows = self._q("SELECT view FROM jobs ORDER BY created_at, job_id").fetchall()
        return [JobView.from_json(orjson.loads(r[0])) for r in rows]

    def payload(self, payload_hash: str) -> bytes:
        row = self._q("SELECT body FROM batch_payloads WHERE hash = ?", (payload_hash,)).fetchone()
        if row is None:
            raise StoreCorrupt(f"store {self.location}: batch payload {payload_hash} is missing")
        return bytes(row[0])

    def load_snapshot(self, stream_id: str, kind: str, format: int) -> Snapshot | None:
        row = self._q(snapshots.LOAD, (stream_id, kind, format)).fetchone()
        return snapshots.loaded(stream_id, kind, format, row)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Read rows from a read model (``?`` placeholders): for projections' own readers."""
        return [tuple(r) for r in self._q(sql, params).fetchall()]

    def read_stream(self, stream_id: str, from_version: int = 1) -> list[RecordedEvent]:
        rows = self._q(
            f"SELECT {self._EVENT_COLUMNS} FROM events WHERE stream_id = ? AND stream_version >= ? "
            "ORDER BY stream_version",
            (stream_id, from_version),
        ).fetchall()
        return [self._row_to_event(r) for r in rows]

    def read_event(self, stream_id: str, version: int) -> RecordedEvent | None:
        """One event of a stream (by version), without reading the rest."""
        row = self._q(
            f"SELECT {self._EVENT_COLUMNS} FROM events WHERE stream_id = ? AND stream_version = ?",
            (stream_id, version),
        ).fetchone()
        return self._row_to_event(row) if row is not None else None

    def first_events(self, stream_ids: list[str]) -> dict[str, RecordedEvent]:
        """Each stream's first event (what created it), by stream: one query per 500
        streams, for a batch of webhook actions claimed at once."""
        out: dict[str, RecordedEvent] = {}
        for chunk, marks in in_chunks(stream_ids):
            rows = self._q(
                f"SELECT {self._EVENT_COLUMNS} FROM events WHERE stream_version = 1 "
                f"AND stream_id IN ({marks})",
                tuple(chunk),
            ).fetchall()
            for row in rows:
                event = self._row_to_event(row)
                out[event.stream_id] = event
        return out

    def staged_range(self, job_id: str, first_seq: int, count: int) -> list[StagedRecord]:
        rows = self._q(
            "SELECT seq, record_key, hash, body FROM staged_records "
            "WHERE job_id = ? AND seq >= ? AND seq < ? ORDER BY seq",
            (job_id, first_seq, first_seq + count),
        ).fetchall()
        return [StagedRecord(seq, key, h, bytes(body)) for seq, key, h, body in rows]

    def staged_bodies(self, job_id: str, first_seq: int, count: int) -> list[tuple[str, Any]]:
        """``(key, body)`` of a seq range, for mapping: no row objects, no copy of the
        bodies (a ``bytes`` or a ``memoryview``; orjson reads either)."""
        return self._q(
            "SELECT record_key, body FROM staged_records "
            "WHERE job_id = ? AND seq >= ? AND seq < ? ORDER BY seq",
            (job_id, first_seq, first_seq + count),
        ).fetchall()

    def staged_by_key(self, job_id: str, key: str) -> list[StagedRecord]:
        """Every occurrence of ``key`` in a job's staging; a pruned one has an empty body."""
        rows = self._q(
            "SELECT seq, record_key, hash, body FROM staged_records "
            "WHERE job_id = ? AND record_key = ? ORDER BY seq",
            (job_id, key),
        ).fetchall()
        found = [StagedRecord(seq, k, h, bytes(body)) for seq, k, h, body in rows]
        digests = self._q(
            "SELECT body FROM staged_digests WHERE job_id = ? ORDER BY first_seq", (job_id,)
        ).fetchall()
        if digests:
            found = sorted([*found, *digests_by_key(digests, key)], key=lambda r: r.seq)
        return found


def _failure(r: Any) -> Failure:
    return Failure(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], orjson.loads(r[8]), r[9])

"""The ``snapshots`` table: folded state of a stream as of a stream version.

A snapshot is derived data, like a cache: whoever folds a long stream may keep the result
here and later fold only the events after it. Events are never changed by a snapshot, and
``replay`` and the read models never read one; deleting every row loses nothing but time.
One row per stream, kind of state and format: a newer syncwright sharing the store keeps
its own format beside this one's instead of the two overwriting each other. A save never
replaces a row covering a later stream version (two savers racing), unless that row
claims more events than the stream holds (a store restored from a backup taken before
it). No schema version: like the other tables that only ever get added, both backends
create it on start if it is missing.
"""

from __future__ import annotations

from typing import Any

from syncwright.store.base import Snapshot

_COLUMNS = """stream_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        format INTEGER NOT NULL,
        stream_version INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        body {blob} NOT NULL,
        PRIMARY KEY (stream_id, kind, format)"""
SNAPSHOTS_DDL_SQLITE = f"CREATE TABLE IF NOT EXISTS snapshots ({_COLUMNS.format(blob='BLOB')})"
SNAPSHOTS_DDL_PG = f"CREATE TABLE IF NOT EXISTS snapshots ({_COLUMNS.format(blob='BYTEA')})"

SAVE = (
    "INSERT INTO snapshots (stream_id, kind, format, stream_version, saved_at, body) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (stream_id, kind, format) DO UPDATE SET "
    "stream_version = excluded.stream_version, saved_at = excluded.saved_at, "
    "body = excluded.body WHERE excluded.stream_version >= snapshots.stream_version "
    "OR snapshots.stream_version > (SELECT MAX(stream_version) FROM events "
    "WHERE events.stream_id = excluded.stream_id)"
)
LOAD = (
    "SELECT stream_version, body FROM snapshots WHERE stream_id = ? AND kind = ? AND format = ?"
)


def save_params(snapshot: Snapshot, now: str) -> tuple[Any, ...]:
    s = snapshot
    return (s.stream_id, s.kind, s.format, s.version, now, s.body)


def loaded(stream_id: str, kind: str, format: int, row: Any) -> Snapshot | None:
    if row is None:
        return None
    return Snapshot(stream_id, kind, format, int(row[0]), bytes(row[1]))

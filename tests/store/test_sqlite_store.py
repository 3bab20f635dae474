"""The event store on both backends: append, conflicts, atomicity, upcasting, errors.

Tests taking the ``store`` fixture run on SQLite and on PostgreSQL (see conftest.py);
the ones about files (corrupt, locked, WAL) are SQLite's own.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from syncwright.domain.events import SCHEMAS, NewEvent
from syncwright.store import (
    ConcurrencyConflict,
    StagedRecord,
    Staging,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    UnknownJob,
    open_store,
)
from syncwright.store.sqlite import SQLiteStore

Store = Any  # SQLiteStore or PostgresStore: both have the test-only ``_q``


def ev(t: str, **data: object) -> NewEvent:
    return NewEvent(t, dict(data), {"actor": "test"})


def test_append_and_read_stream_and_all(store: Store) -> None:
    rec = store.append("a", 0, [ev("x", n=1), ev("x", n=2)])
    assert [(r.stream_version, r.data["n"]) for r in rec] == [(1, 1), (2, 2)]
    store.append("b", 0, [ev("y", n=3)])
    store.append("a", 2, [ev("x", n=4)])
    assert [e.data["n"] for e in store.read_stream("a")] == [1, 2, 4]
    assert [e.data["n"] for e in store.read_stream("a", from_version=3)] == [4]
    every = list(store.read_all(0, chunk=2))
    assert [e.position for e in every] == [1, 2, 3, 4]
    assert [e.stream_id for e in every] == ["a", "a", "b", "a"]
    assert [e.data["n"] for e in store.read_all(2)] == [3, 4]
    assert every[0].metadata == {"actor": "test"}
    assert store.stream_version("a") == 3 and store.stream_version("zzz") == 0


def test_stale_version_is_a_clear_conflict(store: Store) -> None:
    store.append("a", 0, [ev("x")])
    with pytest.raises(ConcurrencyConflict, match=r"expected version 0.*at version 1"):
        store.append("a", 0, [ev("x")])
    assert len(store.read_stream("a")) == 1


def test_batched_append_is_all_or_nothing(store: Store) -> None:
    staging = Staging(
        "j", records=[StagedRecord(0, "k", "h1", b"{}"), StagedRecord(0, "k2", "h2", b"{}")]
    )
    with pytest.raises(StoreError):  # duplicate (job, seq) in staging: whole transaction fails
        store.append("job-j", 0, [ev("x"), ev("x")], staging)
    assert store.read_stream("job-j") == []
    assert store.staged_range("j", 0, 10) == []


def test_staging_keeps_bodies_with_their_hashes(store: Store) -> None:
    body = b'{"a":1}'
    staging = Staging(
        "j",
        records=[StagedRecord(0, "k0", "h", body), StagedRecord(1, "k1", "h", body)],
        payloads=[("p", b"[1]"), ("p", b"[1]")],
    )
    store.append("s", 0, [ev("x")], staging)
    got = store.staged_range("j", 0, 5)
    assert [(s.seq, s.key, s.hash, s.body) for s in got] == [
        (0, "k0", "h", body),
        (1, "k1", "h", body),
    ]
    assert [s.seq for s in store.staged_by_key("j", "k1")] == [1]
    assert store.payload("p") == b"[1]"
    assert store._q("SELECT COUNT(*) FROM batch_payloads").fetchone()[0] == 1  # content-addressed
    with pytest.raises(StoreCorrupt):
        store.payload("missing")


def test_old_events_are_upcast_when_read(store: Store) -> None:
    store.append("u", 0, [NewEvent("widget_made", {"colour": "red"}, schema_version=1)])
    SCHEMAS.register_upcaster("widget_made", 1, lambda d: {"colours": [d["colour"]]})
    try:
        (read,) = store.read_stream("u")
        assert read.schema_version == 2 and read.data == {"colours": ["red"]}
        store.append("u", 1, [NewEvent("widget_made", {"colours": ["blue"]})])
        row = store._q("SELECT schema_version FROM events WHERE stream_version = 2").fetchone()
        assert row[0] == 2  # new events are stored at the current version
    finally:
        SCHEMAS._upcasters.pop(("widget_made", 1))
        SCHEMAS._current.pop("widget_made")


def test_unknown_job_is_named(store: Store) -> None:
    with pytest.raises(UnknownJob, match="no job 'nope'"):
        store.get_job("nope")


def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreCorrupt, match="not a syncwright store"):
        open_store(str(bad))


def test_locked_store_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "l.db"
    SQLiteStore(path).close()
    monkeypatch.setattr("syncwright.store.sqlite.BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLocked, match="locked by another process"):
            s = SQLiteStore(path)
            s.append("a", 0, [ev("x")])
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_store_location_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        open_store(str(tmp_path))
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "s.db"))
    with pytest.raises(StoreError, match="names no database"):
        open_store("postgresql://localhost")


def test_wal_mode_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    s = SQLiteStore(path)
    s.append("a", 0, [ev("x", n=1)])
    s.close()
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    s2 = SQLiteStore(path)
    assert s2.read_stream("a")[0].data == {"n": 1}
    s2.close()


def test_a_new_store_opened_by_two_processes_at_once_waits_instead_of_failing(
    tmp_path: Path,
) -> None:
    """Two `syncwright run` on a fresh store file: one finds the other switching the file to
    WAL, and SQLite answers SQLITE_BUSY at once (the busy timeout does not cover the
    switch), so `run` died with "store ... is locked (waited 10 s)" after a millisecond.
    Here another connection holds the new file's write lock as the other process does
    mid-switch: opening waits for it instead."""
    path = tmp_path / "new.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    timer.start()
    started = time.monotonic()
    try:
        s = SQLiteStore(path)
    finally:
        timer.join()
        other.close()
    assert time.monotonic() - started >= 0.25
    s.append("a", 0, [ev("x", n=1)])
    assert s._q("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()


def test_threads_sharing_a_store_append_in_turn(tmp_path: Path) -> None:
    """Threads sharing one store handle (e.g. work handed to ``asyncio.to_thread``): their
    write transactions must take turns on the connection, not nest."""
    s = SQLiteStore(tmp_path / "t.db")
    errors: list[BaseException] = []

    def writer(stream: str) -> None:
        try:
            for n in range(200):
                s.append(stream, n, [ev("x", n=n)])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"t{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [s.stream_version(f"t{i}") for i in range(4)] == [200] * 4
    s.close()


def test_append_to_several_streams_is_atomic(store: Store) -> None:
    store.append("b", 0, [ev("x")])
    recorded = store.append_streams(
        [("a", 0, [ev("x", n=1)]), ("c", 0, [ev("x", n=2), ev("x", n=3)])]
    )
    assert [(r.stream_id, r.stream_version) for r in recorded] == [("a", 1), ("c", 1), ("c", 2)]
    with pytest.raises(ConcurrencyConflict, match="stream 'b'"):
        store.append_streams([("d", 0, [ev("x")]), ("b", 0, [ev("x")])])
    assert store.read_stream("d") == [] and store.stream_version("b") == 1


def test_handles_of_one_process_queue_for_the_file_instead_of_meeting_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two handles on one file (as intake, dispatcher and routes each hold): their writers
    wait for each other in-process. With SQLite's own busy wait switched off (timeout 0),
    any overlap SQLite saw would fail at once with "locked"."""
    path = tmp_path / "two.db"
    SQLiteStore(path).close()
    monkeypatch.setattr("syncwright.store.sqlite.BUSY_TIMEOUT_MS", 0)
    handles = [SQLiteStore(path), SQLiteStore(path)]  # connections that never wait
    monkeypatch.setattr("syncwright.store.sqlite.BUSY_TIMEOUT_MS", 10_000)
    errors: list[BaseException] = []

    def writer(i: int) -> None:
        try:
            for n in range(150):
                handles[i % 2].append(f"t{i}", n, [ev("x", n=n)])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [handles[0].stream_version(f"t{i}") for i in range(4)] == [150] * 4
    for h in handles:
        h.close()


def test_first_events_of_many_streams_in_one_read(store: Store) -> None:
    for i in range(3):
        store.append(f"s{i}", 0, [ev("made", n=i), ev("later", n=10 + i)])
    first = store.first_events(["s0", "s2", "missing"])
    assert sorted(first) == ["s0", "s2"]
    assert first["s2"].type == "made" and first["s2"].data["n"] == 2
    assert first["s0"].stream_version == 1

"""The snapshots table on each backend: one row per stream, kind and format; the newest
stays; events are never touched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from syncwright.domain.events import NewEvent
from syncwright.store import open_store
from syncwright.store.base import Snapshot


def _events(store: Any, stream: str, n: int) -> None:
    store.append(stream, store.stream_version(stream),
                 [NewEvent("twoway_conflict_resolved", {"id": f"c{i}"}) for i in range(n)])


def test_the_newest_snapshot_of_a_stream_kind_and_format_is_kept(store: Any) -> None:
    _events(store, "s-1", 5)
    _events(store, "s-2", 1)
    body = bytes(range(256))  # any bytes, NULs included
    store.save_snapshot(Snapshot("s-1", "k", 1, 3, body))
    got = store.load_snapshot("s-1", "k", 1)
    assert got == Snapshot("s-1", "k", 1, 3, body)
    store.save_snapshot(Snapshot("s-1", "k", 1, 5, b"five"))
    store.save_snapshot(Snapshot("s-1", "k", 1, 4, b"four: a slower saver"))
    assert store.load_snapshot("s-1", "k", 1) == Snapshot("s-1", "k", 1, 5, b"five")
    store.save_snapshot(Snapshot("s-1", "k", 1, 5, b"five again"))  # same version: replaced
    assert store.load_snapshot("s-1", "k", 1).body == b"five again"
    # other formats, kinds and streams are rows of their own
    store.save_snapshot(Snapshot("s-1", "k", 2, 1, b"format 2"))
    store.save_snapshot(Snapshot("s-1", "other", 1, 2, b"kind"))
    store.save_snapshot(Snapshot("s-2", "k", 1, 1, b"stream 2"))
    assert store.load_snapshot("s-1", "k", 1).body == b"five again"
    assert store.load_snapshot("s-1", "k", 2).body == b"format 2"
    assert store.load_snapshot("s-1", "other", 1).body == b"kind"
    assert store.load_snapshot("s-2", "k", 1).body == b"stream 2"
    assert store.load_snapshot("s-1", "k", 3) is None
    assert store.load_snapshot("s-3", "k", 1) is None
    assert store.stream_version("s-1") == 5 and len(store.read_stream("s-1")) == 5


def test_a_snapshot_ahead_of_its_stream_is_replaced_by_an_older_one(store: Any) -> None:
    """A store restored from a backup older than its snapshots table's last save."""
    _events(store, "s", 3)
    store.save_snapshot(Snapshot("s", "k", 1, 9, b"from the future"))
    store.save_snapshot(Snapshot("s", "k", 1, 3, b"true"))
    assert store.load_snapshot("s", "k", 1) == Snapshot("s", "k", 1, 3, b"true")


def test_a_read_only_sqlite_handle_reads_snapshots_and_saves_none(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    writer = open_store(str(path))
    _events(writer, "s", 2)
    writer.save_snapshot(Snapshot("s", "k", 1, 1, b"one"))
    reader = open_store(str(path), read_only=True)
    reader.save_snapshot(Snapshot("s", "k", 1, 2, b"two"))
    assert reader.load_snapshot("s", "k", 1) == Snapshot("s", "k", 1, 1, b"one")
    reader.close()
    writer.close()

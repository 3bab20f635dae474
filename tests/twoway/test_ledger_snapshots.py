"""Ledger snapshots on each store backend: a ledger loaded from its snapshot and the events
after it is the ledger a fold of the whole stream gives; a snapshot that cannot be used,
or cannot be written, costs a full fold and nothing else."""

from __future__ import annotations

import dataclasses
import logging
import random
import sqlite3

import orjson
import psycopg
import pytest
import zstandard

from syncwright.store import Store, open_store
from syncwright.store.base import Snapshot
from syncwright.store.pg_url import parse
from syncwright.twoway.ledger import (
    APPLIED,
    NEVER,
    RESOLVED,
    SNAPSHOT_FORMAT,
    SNAPSHOT_KIND,
    Ledger,
    SnapshotEvery,
    append,
    fold,
    load_ledger,
    save_snapshot,
    sync_stream,
)
from tests.pg import PG_URL
from tests.twoway.test_ledger import history

NAME = "s"
STREAM = sync_stream(NAME)
ALWAYS = SnapshotEvery(events=1, entries=1)






def full_fold(store: Store) -> Ledger:
    return fold(store, Ledger(NAME))


def assert_same(got: Ledger, want: Ledger) -> None:
    """Every field of the state, one by one (so a failure names the field)."""
    for f in dataclasses.fields(Ledger):
        if f.compare:
            assert getattr(got, f.name) == getattr(want, f.name), f.name
    assert got == want


def write_history(store: Store, seed: int, runs: int) -> Ledger:
    ledger = Ledger(NAME)
    for type_, data in history(random.Random(seed), runs):
        append(store, ledger, type_, data, "test")
    return ledger


def test_snapshot_and_tail_equal_a_full_fold_through_a_random_history(store: Store) -> None:
    """Snapshots saved at random points (from a load, and from the appending ledger as a
    run saves its own at its end), resolutions appended between them; every load equals
    a full fold and folded only the events after the snapshot it started from."""
    rng = random.Random(11)
    writer = Ledger(NAME)
    covered: set[int] = set()
    for type_, data in history(random.Random(5), 40):
        append(store, writer, type_, data, "runner" if type_ == APPLIED else "user:ops")
        roll = rng.random()
        if roll < 0.15:
            save_snapshot(store, writer)  # the in-memory ledger of a run, at its end
        elif roll < 0.4:
            every = SnapshotEvery(events=rng.randrange(1, 8), entries=10**9)
            before = store.load_snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT)
            loaded = load_ledger(store, NAME, every)
            assert_same(loaded, full_fold(store))
            if before is not None:  # only the tail was folded (and saved, if it was long)
                tail = loaded.version - before.version
                assert loaded.unsaved_events == (0 if tail >= every.events else tail)
        snap = store.load_snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT)
        if snap is not None:
            covered.add(snap.version)
    assert_same(writer, full_fold(store))
    snap = store.load_snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT)
    assert snap is not None and len(covered) >= 5
    final = load_ledger(store, NAME, NEVER)
    assert final.unsaved_events == final.version - snap.version  # the tail, not the stream
    assert_same(final, full_fold(store))
    statuses = {c["status"] for c in final.conflicts.values()}
    assert {"open", "resolved", "applied", "agreed"} <= statuses
    assert any(st.writes for st in final.persons.values())


def test_an_append_after_the_snapshot_is_folded(location: str) -> None:
    """Another process resolves a conflict and runs a batch after the snapshot was saved:
    the next load starts from the snapshot and folds those two events."""
    mine, theirs = open_store(location), open_store(location)
    try:
        write_history(mine, seed=3, runs=10)
        first = load_ledger(mine, NAME, ALWAYS)
        saved = mine.load_snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT)
        assert saved is not None and saved.version == first.version
        other = load_ledger(theirs, NAME, NEVER)
        cid = next(c["id"] for c in other.conflicts.values() if c["status"] == "open")
        append(theirs, other, RESOLVED, {"id": cid, "take": "b", "by": "user:r"}, "user:r")
        append(theirs, other, APPLIED, {"job": "late", "run": 99, "persons": {
            "p1": {"a": {"id": "x", "rec": {}}, "b": None, "wrote": ["a"], "decisions": []}}},
            "runner")
        again = load_ledger(mine, NAME, NEVER)
        assert again.unsaved_events == 2 and again.version == first.version + 2
        assert again.conflicts[cid]["status"] == "resolved"
        assert again.persons["p1"].job == "late" and 99 in again.persons["p1"].writes
        assert_same(again, full_fold(mine))
        # a slower saver holding the older state never replaces the newer snapshot
        save_snapshot(theirs, again)
        save_snapshot(mine, first)
        kept = mine.load_snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT)
        assert kept is not None and kept.version == again.version
    finally:
        mine.close()
        theirs.close()


def _zstd(doc: object) -> bytes:
    return zstandard.ZstdCompressor().compress(orjson.dumps(doc))


def _unreadable(case: str, full: Ledger) -> tuple[int, bytes]:
    """(the version the row claims, its body) of a snapshot that must not be used."""
    v = full.version
    if case == "not zstd":
        return v, b"\x00 not a snapshot"
    if case == "a byte flipped":  # the frame's checksum catches what JSON would not
        good = bytearray(full.snapshot_body())
        good[len(good) // 2] ^= 0x01
        return v, bytes(good)
    if case == "not json":
        return v, zstandard.ZstdCompressor().compress(b'{"name": "s", "vers')
    if case == "fields missing":
        return v, _zstd({"name": NAME, "version": v, "runs": []})
    if case == "a person cut short":
        return v, _zstd({"name": NAME, "version": v, "runs": [], "persons": {"p": [None]},
                         "conflicts": [], "by_person": {}})
    if case == "another sync's":
        return v, dataclasses.replace(full, name="other").snapshot_body()
    assert case == "ahead of the stream"  # a store restored from an older backup
    return v + 50, dataclasses.replace(full, version=v + 50).snapshot_body()


@pytest.mark.parametrize("case", ["not zstd", "a byte flipped", "not json", "fields missing",
                                  "a person cut short", "another sync's",
                                  "ahead of the stream"])
def test_an_unusable_snapshot_falls_back_to_the_full_fold(
        store: Store, case: str, caplog: pytest.LogCaptureFixture) -> None:
    write_history(store, seed=4, runs=8)
    full = full_fold(store)
    version, body = _unreadable(case, full)
    store.save_snapshot(Snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT, version, body))
    with caplog.at_level(logging.WARNING, logger="syncwright.twoway.ledger"):
        loaded = load_ledger(store, NAME, ALWAYS)
    assert_same(loaded, full)
    assert "folding the stream from the start" in caplog.text
    # the fold replaced it: the next load starts from a good snapshot, with no tail
    healed = store.load_snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT)
    assert healed is not None and healed.version == full.version
    caplog.clear()
    again = load_ledger(store, NAME, NEVER)
    assert again.unsaved_events == 0 and caplog.text == ""
    assert_same(again, full)


@pytest.mark.parametrize("other", [SNAPSHOT_FORMAT + 1, SNAPSHOT_FORMAT - 1])
def test_a_snapshot_of_another_format_is_ignored(store: Store, other: int) -> None:
    """Written by a newer syncwright, or before the ledger's shape changed: never read,
    never overwritten. The same body under this format is read (so the check is real)."""
    write_history(store, seed=6, runs=8)
    full = full_fold(store)
    assert full.conflicts  # the planted state below differs from the real one
    planted = dataclasses.replace(full, conflicts={}, by_person={}).snapshot_body()
    store.save_snapshot(Snapshot(STREAM, SNAPSHOT_KIND, other, full.version, planted))
    loaded = load_ledger(store, NAME, ALWAYS)
    assert loaded.unsaved_events == 0  # saved as this format's snapshot just now
    assert_same(loaded, full)
    foreign = store.load_snapshot(STREAM, SNAPSHOT_KIND, other)
    assert foreign is not None and foreign.body == planted  # left as it was
    store.save_snapshot(Snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT, full.version,
                                 planted))
    assert load_ledger(store, NAME, NEVER).conflicts == {}


def _refuse_snapshot_writes(location: str) -> None:
    """A trigger that fails every write to the snapshots table (a real failure, the way a
    full disk or a revoked grant would fail it), leaving reads alone."""
    if not location.startswith("postgresql://"):
        with sqlite3.connect(location) as db:
            db.execute("CREATE TRIGGER refuse BEFORE INSERT ON snapshots "
                       "BEGIN SELECT RAISE(ABORT, 'snapshots refused'); END")
        return
    schema = parse(location).schema
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'SET search_path TO "{schema}"')
        conn.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                     "$$ BEGIN RAISE EXCEPTION 'snapshots refused'; END $$")
        conn.execute("CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON snapshots "
                     "FOR EACH ROW EXECUTE FUNCTION refuse()")


def test_a_snapshot_that_cannot_be_written_is_logged_and_the_load_goes_on(
        store: Store, location: str, caplog: pytest.LogCaptureFixture) -> None:
    write_history(store, seed=8, runs=6)
    _refuse_snapshot_writes(location)
    with caplog.at_level(logging.WARNING, logger="syncwright.twoway.ledger"):
        loaded = load_ledger(store, NAME, ALWAYS)
    assert_same(loaded, full_fold(store))
    assert "not saved" in caplog.text and "snapshots refused" in caplog.text
    assert store.load_snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT) is None
    assert loaded.unsaved_events == loaded.version  # still owed: the next load tries again


def test_snapshots_are_not_read_models(store: Store) -> None:
    """``replay`` neither reads nor drops them, and events are untouched by them."""
    write_history(store, seed=9, runs=5)
    events = [(e.stream_version, e.type, e.data) for e in store.read_stream(STREAM)]
    load_ledger(store, NAME, ALWAYS)
    models = store.dump_read_models()
    store.replay()
    assert store.dump_read_models() == models and "snapshots" not in models
    assert [(e.stream_version, e.type, e.data) for e in store.read_stream(STREAM)] == events
    assert store.load_snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT) is not None

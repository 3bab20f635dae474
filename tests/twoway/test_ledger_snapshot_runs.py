"""Two-way runs against the sandbox with a snapshot due after every event: each run ends
by saving the ledger it holds, the next starts from it, review reads it; a store that
refuses snapshot writes still completes its runs."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from syncwright.sandbox import Sandbox
from syncwright.store import Store, open_store
from syncwright.twoway import ledger as ledger_mod
from syncwright.twoway.ledger import (
    NEVER,
    SNAPSHOT_FORMAT,
    SNAPSHOT_KIND,
    Ledger,
    SnapshotEvery,
    fold,
    load_ledger,
    sync_stream,
)
from syncwright.twoway.review import list_conflicts, resolve_conflict
from tests.twoway.harness import NAME, run_ok, set_env, snapshot, write_job
from tests.twoway.test_ledger_snapshots import _refuse_snapshot_writes, assert_same

STREAM = sync_stream(NAME)




@pytest.fixture
def sb(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    monkeypatch.setattr(ledger_mod, "SNAPSHOT_EVERY", SnapshotEvery(events=1, entries=1))
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as box:
        set_env(box)
        yield box


def _snapshot_version(store: Store) -> int | None:
    snap = store.load_snapshot(STREAM, SNAPSHOT_KIND, SNAPSHOT_FORMAT)
    return None if snap is None else snap.version


def _check(store: Store) -> Ledger:
    """The snapshot covers the whole stream (saved by the run, at its end) and equals a
    full fold of it."""
    assert _snapshot_version(store) == store.stream_version(STREAM)
    loaded = load_ledger(store, NAME, NEVER)
    assert loaded.unsaved_events == 0
    assert_same(loaded, fold(store, Ledger(NAME)))
    return loaded


def test_runs_save_and_start_from_snapshots_and_survive_a_refused_write(
        sb: Sandbox, tmp_path: Path, location: str, caplog: pytest.LogCaptureFixture) -> None:
    sf, mc = sb.admin("salesforce"), sb.admin("mailchimp")
    for n in range(4):
        sf.create("Contact", {"Email": f"p{n}@example.com", "FirstName": f"F{n}",
                              "LastName": f"L{n}", "Phone": f"555-010{n}", "Title": "T"})
    job = write_job(tmp_path / "job.yaml", sb, batch_size=2)  # several events a run
    store = open_store(location)
    run_ok(store, job)
    first = _check(store)
    assert len(first.persons) == 4 and first.version >= 2
    a0 = next(r["Id"] for r in sf.records("Contact") if r["Email"] == "p0@example.com")
    b0 = next(m["id"] for m in mc.records("members") if m["email_address"] == "p0@example.com")
    sf.update("Contact", a0, {"Title": "Acme A"})  # 'ask' on both sides: review
    mc.update("members", b0, {"merge_fields": {"COMPANY": "Acme B"}})
    run_ok(store, job)
    (conflict,) = list_conflicts(store, NAME)
    _check(store)

    resolve_conflict(store, NAME, conflict["id"], "b", "user:test")  # one event past it
    assert _snapshot_version(store) == store.stream_version(STREAM) - 1
    run_ok(store, job)  # starts from the snapshot, folds the resolution, applies it
    assert snapshot(sb)["p0@example.com"]["a"]["Title"] == "Acme B"
    assert _check(store).conflicts[conflict["id"]]["status"] == "applied"

    _refuse_snapshot_writes(location)
    saved = _snapshot_version(store)
    time.sleep(1.1)  # whole-second stamps: the edit is after the last read
    sf.update("Contact", a0, {"FirstName": "Refused"})
    with caplog.at_level(logging.WARNING, logger="syncwright.twoway.ledger"):
        run_ok(store, job)
    assert "not saved" in caplog.text and "snapshots refused" in caplog.text
    assert snapshot(sb)["p0@example.com"]["b"]["FNAME"] == "Refused"
    assert _snapshot_version(store) == saved < store.stream_version(STREAM)
    assert_same(load_ledger(store, NAME, NEVER), fold(store, Ledger(NAME)))
    store.close()

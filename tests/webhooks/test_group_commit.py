"""Intake's group commit on a real store: many deliveries in one transaction, each answered
with its own counts, repeats across the group stored once, a failed commit stores nothing
and fails every request of its group."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from syncwright.store.errors import StoreError
from syncwright.store.sqlite import SQLiteStore
from syncwright.webhooks.inbox import IntakeResult, record_deliveries
from syncwright.webhooks.intake_writer import IntakeWriter
from syncwright.webhooks.model import ParsedDelivery, WebhookEvent
from syncwright.webhooks.storegate import StoreGate


def delivery(*ids: str, body: bytes = b"raw") -> ParsedDelivery:
    events = [
        WebhookEvent("segment", "seg", "track", i, "2024-01-01T00:00:00.000+00:00", "user", i)
        for i in ids
    ]
    return ParsedDelivery(events, f"d-{'-'.join(ids)}", body)


def inbox(store: SQLiteStore) -> list[str]:
    return [str(r[0]) for r in store.query("SELECT event_id FROM webhook_inbox ORDER BY position")]


def test_one_transaction_for_the_group_and_repeats_counted_per_delivery(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    record_deliveries(store, [delivery("0")])
    before = store.query("SELECT COUNT(*) FROM events")[0][0]
    results = record_deliveries(
        store,
        [
            delivery("1", "2", body=b"first"),
            delivery("2", "3", body=b"second"),  # "2" is the first delivery's
            delivery("0", body=b"third"),  # stored by an earlier commit
            delivery("4", "4", body=b"fourth"),  # repeated inside the delivery
        ],
    )
    assert [(r.accepted, r.duplicates) for r in results] == [(2, 0), (1, 1), (0, 1), (1, 1)]
    assert inbox(store) == ["0", "1", "2", "3", "4"]
    # one commit: the new events' positions follow each other
    positions = [p for r in results for p in r.positions]
    assert positions == list(range(positions[0], positions[0] + 4))
    assert store.query("SELECT COUNT(*) FROM events")[0][0] == before + 4
    # every delivery that stored something keeps its own audit body
    audits = {e.data["delivery_id"]: e.data["audit_hash"] for e in store.read_all()}
    assert store.payload(audits["d-2-3"]) == b"second"
    assert store.payload(audits["d-4-4"]) == b"fourth"
    assert "d-0" in audits and audits.get("d-0") != audits["d-4-4"]


def test_writer_commits_what_waits_in_one_group(tmp_path: Path) -> None:
    gate = StoreGate(str(tmp_path / "s.db"))
    wakes: list[int] = []
    writer = IntakeWriter(gate, on_stored=lambda: wakes.append(1))

    async def burst() -> list[IntakeResult]:
        first = asyncio.create_task(writer.record(delivery("first")))
        await asyncio.sleep(0.2)  # the writer took it and is committing it
        # While the writer cannot write (the gate is held), 40 requests arrive.
        held = threading.Event()
        release = threading.Event()

        def hold() -> None:
            gate.run(lambda _s: (held.set(), release.wait(10)))

        holder = threading.Thread(target=hold)
        holder.start()
        held.wait(10)
        tasks = [asyncio.create_task(writer.record(delivery(f"e{i}", "shared"))) for i in range(40)]
        await asyncio.sleep(0.2)
        release.set()
        results = await asyncio.gather(first, *tasks)
        holder.join()
        return results

    try:
        results = asyncio.run(burst())
    finally:
        writer.close()
    assert writer.groups == 2  # the first delivery alone, then all 40 in one transaction
    assert len(wakes) == 2  # the dispatcher is woken once per commit
    assert results[0].accepted == 1
    assert [(r.accepted, r.duplicates) for r in results[1:3]] == [(2, 0), (1, 1)]
    assert sum(r.accepted for r in results) == 1 + 41
    assert len(inbox(gate.store)) == 42
    gate.close()


def test_a_failed_commit_fails_the_whole_group_and_stores_nothing(tmp_path: Path) -> None:
    gate = StoreGate(str(tmp_path / "s.db"))
    writer = IntakeWriter(gate)

    async def send() -> list[IntakeResult | BaseException]:
        return await asyncio.gather(
            *(writer.record(delivery(f"x{i}")) for i in range(5)), return_exceptions=True
        )

    # Another process holds the store's write lock past intake's busy timeout.
    gate.store.query("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(tmp_path / "s.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        outcomes = asyncio.run(send())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert all(isinstance(o, StoreError) for o in outcomes)
    assert inbox(gate.store) == []
    # the writer carries on once the store works again
    ok = asyncio.run(send())
    assert [o.accepted for o in ok if isinstance(o, IntakeResult)] == [1] * 5
    writer.close()
    with pytest.raises(StoreError, match="shutting down"):
        asyncio.run(writer.record(delivery("late")))
    gate.close()

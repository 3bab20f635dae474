"""A route's actions run in batches: deliveries that piled up behind a busy destination go
out in a few ``upload_batch`` calls, never with a key twice in one call, each key's events
in inbox order, and every action succeeds exactly once."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import ClassVar, Literal

import httpx2
import orjson
import pytest

from syncwright.adapters import registry
from syncwright.adapters.base import AdapterError, Record, RecordOutcome
from syncwright.adapters.files import FileConnection, JsonlAdapter
from syncwright.domain.action_states import ActionView
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.sandbox.webhooks_out import build_segment_delivery
from syncwright.service.serve import build_service
from syncwright.webhooks.runner import object_key, split_batches
from tests.service.dest import SlowAdapter
from tests.webhooks.fixtures import MAPPING, SEGMENT_SECRET, running, wait_for, write_config


class CountingConnection(FileConnection):
    platform: Literal["countingdest"]  # type: ignore[assignment]


class CountingAdapter(JsonlAdapter):
    """Writes like the JSONL adapter once ``open`` is set; logs the keys of every call."""

    platform = "countingdest"
    config_model = CountingConnection
    open: ClassVar[threading.Event] = threading.Event()
    calls: ClassVar[list[list[str]]] = []

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        while not type(self).open.is_set():
            await asyncio.sleep(0.02)
        type(self).calls.append([key for key, _ in records])
        return await super().upload_batch(obj, records, match_key)


ROUTES = {
    "connections": {"out": {"platform": "countingdest", "path": "out/people.jsonl"}},
    "routes": [{"name": "people", "on": ["form.submitted"], "concurrency": 2,
                "actions": [{"sync_record": {"connection": "out", "object": "c", "mapping": {
                    "match_key": "Email",
                    "rules": [{"rename": "email", "to": "Email"}, {"rename": "plan", "to": "Plan"}],
                }}}]}],
}  # fmt: skip


@pytest.fixture(autouse=True)
def _counting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.ADAPTERS, "countingdest", CountingAdapter)
    CountingAdapter.open = threading.Event()
    CountingAdapter.calls = []


def test_a_backlog_goes_out_in_few_calls_in_inbox_order(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    service = build_service(
        write_config(tmp_path, ROUTES), str(tmp_path / "s.db"), poll_seconds=0.05
    )
    n_users, n_plans = 10, 3
    with running(service.app) as base, httpx2.Client(timeout=30) as client:
        for plan in range(n_plans):  # each user's plan changes p0 -> p1 -> p2, in that order
            for user in range(n_users):
                mid = f"m-{plan}-{user}"
                d = build_segment_delivery(
                    f"{base}/webhooks/segment/seg", SEGMENT_SECRET,
                    {"type": "track", "event": "Form Submitted", "userId": f"u{user}",
                     "messageId": mid, "properties": {"email": f"u{user}@example.com",
                                                      "plan": f"p{plan}"}},
                )  # fmt: skip
                assert client.post(d.url, headers=d.headers, content=d.body).status_code == 200
        CountingAdapter.open.set()

        def states() -> list[tuple[object, ...]]:
            return service.gate.run(
                lambda s: s.query("SELECT state, COUNT(*) FROM webhook_actions GROUP BY 1")
            )

        wait_for(lambda: states() == [("succeeded", n_users * n_plans)], timeout=60)
        events = service.gate.run(lambda s: list(s.read_all()))
    calls = CountingAdapter.calls
    assert sum(len(c) for c in calls) == n_users * n_plans
    assert len(calls) < n_users * n_plans / 2, calls  # batched
    assert all(len(c) == len(set(c)) for c in calls)  # a key at most once per call
    succeeded = [e.stream_id for e in events if e.type == "action_succeeded"]
    assert len(succeeded) == len(set(succeeded)) == n_users * n_plans  # exactly once
    lines = [orjson.loads(x) for x in (tmp_path / "out" / "people.jsonl").read_bytes().splitlines()]
    latest = {line["Email"]: line["Plan"] for line in lines}
    assert latest == {f"u{u}@example.com": "p2" for u in range(n_users)}  # inbox order kept


def test_a_trickle_behind_a_hung_batch_starts_within_a_poll(tmp_path: Path) -> None:
    """One action hangs in its destination; a second one for the same route must start in
    its own batch within a poll, even while other routes' traffic keeps waking the runner."""
    (tmp_path / "out").mkdir()
    routes = {
        "connections": {"slow_out": {"platform": "slowdest", "path": "out/slow.jsonl"},
                        "fast_out": {"platform": "jsonl", "path": "out/fast.jsonl"}},
        "routes": [
            {"name": "slow", "on": ["identify"], "concurrency": 2, "timeout_seconds": 120,
             "actions": [{"sync_record": {"connection": "slow_out", "object": "c", "mapping": MAPPING}}]},
            {"name": "fast", "on": ["form.submitted"], "concurrency": 2,
             "actions": [{"sync_record": {"connection": "fast_out", "object": "c", "mapping": MAPPING}}]},
        ],
    }  # fmt: skip
    service = build_service(
        write_config(tmp_path, routes), str(tmp_path / "s.db"), poll_seconds=0.05
    )
    SlowAdapter.hang_until = time.monotonic() + 60
    try:
        with running(service.app) as base, httpx2.Client(timeout=30) as client:

            def send(kind: str, i: int) -> None:
                event = {"type": kind, "userId": f"u{i}", "messageId": f"{kind}-{i}",
                         "traits": {"email": f"u{i}@example.com"},
                         "event": "Form Submitted", "properties": {"email": f"f{i}@example.com"}}  # fmt: skip
                if kind == "identify":
                    del event["event"]
                d = build_segment_delivery(f"{base}/webhooks/segment/seg", SEGMENT_SECRET, event)
                assert client.post(d.url, headers=d.headers, content=d.body).status_code == 200

            def slow_running() -> int:
                rows = service.gate.run(lambda s: s.query(
                    "SELECT COUNT(*) FROM webhook_actions WHERE route = 'slow' AND state = 'running'"
                ))  # fmt: skip
                return int(rows[0][0])

            send("identify", 0)
            wait_for(lambda: slow_running() == 1, timeout=30)
            send("identify", 1)
            started = time.monotonic()
            i = 0
            while slow_running() < 2 and time.monotonic() - started < 20:
                send("track", i)  # the dispatcher wakes every runner for these
                i += 1
            assert slow_running() == 2, "the second action waited behind the hung batch"
    finally:
        SlowAdapter.hang_until = 0.0


def _view(n: int, obj: str | None) -> ActionView:
    return ActionView(action_id=f"a{n}", action="sync", object_id=obj, inbox_position=n)


def test_one_objects_actions_never_split_across_batches_in_flight() -> None:
    """Two batches run at once: an object's later event in the second batch could land
    before its earlier one in the first (the flake this guards). So an object's actions
    share one batch, and an object busy in a running batch waits."""
    due = [_view(i, f"u{i % 10}") for i in range(30)]  # u0..u9, three events each
    batches = split_batches(due, free=2)
    homes: dict[str | None, set[int]] = {}
    for b, batch in enumerate(batches):
        for v in batch:
            homes.setdefault(v.object_id, set()).add(b)
        positions = [v.inbox_position for v in batch]
        assert positions == sorted(positions)  # inbox order inside a batch
    assert all(len(h) == 1 for h in homes.values()), homes
    assert sum(len(b) for b in batches) == 30  # everything due was placed
    assert len(batches) == 2  # and still shared out over the free slots

    busy = frozenset(object_key(v) or "" for v in due[:2])  # u0, u1 are in flight
    placed = [v.object_id for b in split_batches(due, free=2, busy=busy) for v in b]
    assert "u0" not in placed and "u1" not in placed and len(placed) == 24


def test_actions_without_an_object_are_batched_freely() -> None:
    due = [_view(i, None) for i in range(40)]
    batches = split_batches(due, free=2)
    assert [len(b) for b in batches] == [20, 20]


class FlakyConnection(FileConnection):
    platform: Literal["flakydest"]  # type: ignore[assignment]


class FlakyAdapter(JsonlAdapter):
    """Fails the first ``failures`` calls as a 503 would (transient), then writes; logs each
    call's (key, plan) pairs and whether it failed."""

    platform = "flakydest"
    config_model = FlakyConnection
    failures: ClassVar[int] = 0
    calls: ClassVar[list[tuple[bool, list[tuple[str, str]]]]] = []

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        sent = [(key, str(rec.get("Plan"))) for key, rec in records]
        if type(self).failures > 0:
            type(self).failures -= 1
            type(self).calls.append((False, sent))
            raise AdapterError(Classified(ErrorKind.TRANSIENT, "503 Service Unavailable"))
        type(self).calls.append((True, sent))
        return await super().upload_batch(obj, records, match_key)


FLAKY_ROUTES = {
    "connections": {"out": {"platform": "flakydest", "path": "out/people.jsonl"}},
    "routes": [{"name": "people", "on": ["form.submitted"], "concurrency": 2,
                "retry": {"base_seconds": 1.0, "cap_seconds": 2.0},
                "actions": [{"sync_record": {"connection": "out", "object": "c", "mapping": {
                    "match_key": "Email",
                    "rules": [{"rename": "email", "to": "Email"}, {"rename": "plan", "to": "Plan"}],
                }}}]}],
}  # fmt: skip


@pytest.mark.parametrize("together", [False, True], ids=["apart", "one-batch"])
def test_a_later_event_never_overtakes_an_earlier_one_waiting_for_its_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, together: bool
) -> None:
    """u1's plan goes p0 then p1; the call carrying p0 fails (a 503) and is retried later.
    p1 must not reach the destination before p0's retry, or the retry would overwrite the
    newer plan with the older one. Apart: p1 arrives while p0 waits for its retry time.
    One batch: both are in the batch whose first round fails."""
    monkeypatch.setitem(registry.ADAPTERS, "flakydest", FlakyAdapter)
    FlakyAdapter.failures, FlakyAdapter.calls = 1, []
    (tmp_path / "out").mkdir()
    service = build_service(
        write_config(tmp_path, FLAKY_ROUTES), str(tmp_path / "s.db"), poll_seconds=0.05
    )

    def event(plan: str) -> dict[str, object]:
        return {"type": "track", "event": "Form Submitted", "userId": "u1", "messageId": plan,
                "properties": {"email": "u1@example.com", "plan": plan}}  # fmt: skip

    def send(client: httpx2.Client, base: str, payload: dict[str, object]) -> None:
        d = build_segment_delivery(f"{base}/webhooks/segment/seg", SEGMENT_SECRET, payload)
        assert client.post(d.url, headers=d.headers, content=d.body).status_code == 200

    def states() -> list[tuple[object, ...]]:
        return service.gate.run(
            lambda s: s.query("SELECT state, COUNT(*) FROM webhook_actions GROUP BY 1")
        )

    with running(service.app) as base, httpx2.Client(timeout=30) as client:
        if together:  # one delivery, one transaction: both actions are due at once
            send(client, base, {"batch": [event("p0"), event("p1")]})
        else:
            send(client, base, event("p0"))
            wait_for(lambda: ("retrying", 1) in states(), timeout=30)
            send(client, base, event("p1"))
        wait_for(lambda: states() == [("succeeded", 2)], timeout=60)
    calls = FlakyAdapter.calls
    assert calls[0] == (False, [("u1@example.com", "p0")]), calls  # the 503
    plans_written = [plan for ok, sent in calls if ok for _, plan in sent]
    assert plans_written == ["p0", "p1"], calls  # the retry first, then p1
    lines = [orjson.loads(x) for x in (tmp_path / "out" / "people.jsonl").read_bytes().splitlines()]
    assert {line["Email"]: line["Plan"] for line in lines} == {"u1@example.com": "p1"}

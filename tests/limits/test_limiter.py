"""The limiter with a manual clock, over both state implementations."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import threading
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from syncwright.limits import decide as d
from syncwright.limits.clock import ManualClock
from syncwright.limits.limiter import (
    Limiter,
    LimiterSettings,
    QuotaExhausted,
    WaitTooLong,
    open_state,
)
from syncwright.limits.plan import build_plan
from syncwright.limits.registry import PlatformLimits, load_registry, validate_registry
from syncwright.limits.sqlite_state import SQLiteState
from syncwright.limits.state import Snapshot, apply_changes
from syncwright.limits.usage import usage_rows


def registry(**groups: dict[str, object]) -> PlatformLimits:
    return validate_registry(
        {
            "platform": "acme",
            "default_tier": "std",
            "tiers": ["std"],
            "quotas": {
                "daily": {"reset": {"kind": "midnight", "timezone": "account"}, "limit": {"*": 5}},
                "rolling": {"reset": {"kind": "rolling", "seconds": 3600}, "limit": {"*": 3}},
            },
            "groups": groups or {"default": {"match": ["*"]}},
        },
        "test",
    )


@pytest.fixture(params=["memory", "sqlite"])
async def limiter(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Limiter]:
    state = open_state(None if request.param == "memory" else tmp_path / "store.db")
    lim = Limiter(state, ManualClock(), LimiterSettings(max_wait=30.0, burst_fraction=0.0))
    yield lim
    await lim.close()


def clock(lim: Limiter) -> ManualClock:
    assert isinstance(lim.clock, ManualClock)
    return lim.clock


async def send(
    lim: Limiter,
    limits: PlatformLimits,
    n: int,
    path: str = "/x",
    conn: str = "c",
    latency: float = 0.0,
    tz: str = "UTC",
) -> list[float]:
    """Admit ``n`` requests one after another; return admission times."""
    times = []
    for _ in range(n):
        async with lim.acquire(conn, limits, None, "GET", path, timezone=tz) as permit:
            times.append(permit.admitted_at)
            clock(lim).advance(latency)
    return times


async def test_pacing_spreads_requests_over_the_window(limiter: Limiter) -> None:
    limits = registry(default={"match": ["*"], "windows": [{"seconds": 10, "limit": {"*": 5}}]})
    times = await send(limiter, limits, 11)
    gaps = [round(b - a, 3) for a, b in itertools.pairwise(times)]
    assert gaps == [2.0] * 10  # 5 per 10 s with no burst: one every 2 s, never 5 at once


async def test_burst_then_window_cap(tmp_path: Path) -> None:
    lim = Limiter(clock=ManualClock(), settings=LimiterSettings(burst_fraction=1.0, max_wait=30))
    limits = registry(default={"match": ["*"], "windows": [{"seconds": 10, "limit": {"*": 4}}]})
    times = await send(lim, limits, 6, latency=0.5)
    start = times[0]
    rel = [round(t - start, 3) for t in times]
    assert rel[:4] == [0.0, 0.5, 1.0, 1.5]  # the burst goes as fast as responses come back
    # the fifth waits until the first *response* (at 0.5) is 10 s old
    assert rel[4] == pytest.approx(10.5, abs=1e-3)


async def test_window_never_exceeded_in_any_interval(limiter: Limiter) -> None:
    limits = registry(
        default={
            "match": ["*"],
            "windows": [{"seconds": 1, "limit": {"*": 3}}, {"seconds": 10, "limit": {"*": 12}}],
        }
    )
    times = await send(limiter, limits, 40, latency=0.01)
    for i, t in enumerate(times):
        assert sum(1 for u in times[i:] if u < t + 1) <= 3
        assert sum(1 for u in times[i:] if u < t + 10) <= 12


async def test_concurrency_cap_waits_for_a_release(limiter: Limiter) -> None:
    limits = registry(default={"match": ["*"], "concurrency": 2})
    a = await limiter.admit("c", limiter.bind("c", limits), "default")
    await limiter.admit("c", limiter.bind("c", limits), "default")
    third = asyncio.ensure_future(limiter.admit("c", limiter.plan("c"), "default"))
    for _ in range(5):
        await asyncio.sleep(0)
    assert not third.done()
    await limiter.release(a)
    permit = await asyncio.wait_for(third, 5)
    assert permit.group == "default"


async def test_shared_concurrency_spans_groups(limiter: Limiter) -> None:
    data = registry(a={"match": ["GET /a"]}, b={"match": ["*"]}).model_dump()
    limits = validate_registry({**data, "shared_concurrency": 1}, "t")
    plan = limiter.bind("c", limits)
    first = await limiter.admit("c", plan, "a")
    other = asyncio.ensure_future(limiter.admit("c", plan, "b"))
    for _ in range(5):
        await asyncio.sleep(0)
    assert not other.done()
    await limiter.release(first)
    await asyncio.wait_for(other, 5)


async def test_crashed_inflight_slot_expires_after_its_lease(limiter: Limiter) -> None:
    limits = registry(default={"match": ["*"], "concurrency": 1})
    await limiter.admit("c", limiter.bind("c", limits), "default")  # never released
    clock(limiter).advance(601)
    await asyncio.wait_for(limiter.admit("c", limiter.plan("c"), "default"), 5)


async def test_pooled_windows_count_across_groups(limiter: Limiter) -> None:
    hubspot = load_registry("hubspot")
    plan = limiter.bind("hs", hubspot, "starter")
    for i in range(100):
        group = "batch" if i % 2 else "default"
        permit = await limiter.admit("hs", plan, group, max_wait=60)
        await limiter.release(permit)
    start = clock(limiter).monotonic()
    permit = await limiter.admit("hs", plan, "batch", max_wait=60)
    assert permit.admitted_at > start  # the 101st in 10 s waits, whichever group it uses


async def test_wait_too_long_is_raised_not_slept(limiter: Limiter) -> None:
    limits = registry(default={"match": ["*"], "windows": [{"seconds": 60, "limit": {"*": 1}}]})
    await send(limiter, limits, 1)
    before = clock(limiter).monotonic()
    with pytest.raises(WaitTooLong) as err:
        async with limiter.acquire("c", limits, None, "GET", "/x", max_wait=5):
            pass
    assert clock(limiter).monotonic() == before  # no sleep happened
    assert err.value.until == clock(limiter).now() + timedelta(seconds=60.000001)
    assert "window default 1/60s" in err.value.reason


async def test_daily_quota_exhausted_until_midnight_in_zone(limiter: Limiter) -> None:
    limits = registry(default={"match": ["*"], "quotas": ["daily"]})
    clock(limiter).travel_to(datetime(2024, 3, 9, 20, 0, tzinfo=UTC))
    await send(limiter, limits, 5, tz="America/New_York")
    with pytest.raises(QuotaExhausted) as err:
        await send(limiter, limits, 1, tz="America/New_York")
    assert err.value.until == datetime(2024, 3, 10, 5, 0, tzinfo=UTC)  # midnight EST
    assert "quota 'daily' spent (5/5)" in err.value.reason
    assert await limiter.quota_reset("c", "default") == err.value.until
    clock(limiter).advance((err.value.until - clock(limiter).now()).total_seconds())
    await send(limiter, limits, 5, tz="America/New_York")  # a fresh day
    with pytest.raises(QuotaExhausted) as err2:
        await send(limiter, limits, 1, tz="America/New_York")
    assert err2.value.until == datetime(2024, 3, 11, 4, 0, tzinfo=UTC)  # 23 h later: EDT


async def test_rolling_quota_frees_as_use_ages(limiter: Limiter) -> None:
    limits = registry(default={"match": ["*"], "quotas": ["rolling"]})
    await send(limiter, limits, 3)
    with pytest.raises(QuotaExhausted) as err:
        await send(limiter, limits, 1)
    clock(limiter).advance((err.value.until - clock(limiter).now()).total_seconds())
    await send(limiter, limits, 3)


async def test_pause_holds_every_job_of_the_group(limiter: Limiter) -> None:
    limits = registry(a={"match": ["GET /a"]}, b={"match": ["*"]})
    limiter.bind("c", limits)
    await limiter.pause("c", "a", clock(limiter).now() + timedelta(seconds=3), "test")
    start = clock(limiter).monotonic()
    times_a = await send(limiter, limits, 1, path="/a")
    assert times_a[0] - start == pytest.approx(3.0)
    times_b = await send(limiter, limits, 1, path="/b")
    assert times_b[0] == times_a[0]  # other groups are not paused
    await limiter.pause("c", "a", clock(limiter).now() + timedelta(seconds=60), "long")
    with pytest.raises(WaitTooLong, match="paused: long"):
        await send(limiter, limits, 1, path="/a")


async def test_retry_after_on_429_pauses_the_group(limiter: Limiter) -> None:
    limits = registry()
    await send(limiter, limits, 1)
    start = clock(limiter).monotonic()
    await limiter.observe_response("c", "default", 429, {"Retry-After": "2"})
    await limiter.observe_response("c", "default", 200, {"Retry-After": "99"})  # ignored on 200
    times = await send(limiter, limits, 1)
    assert times[0] - start == pytest.approx(2.0)


async def test_hubspot_remaining_header_shrinks_our_window(limiter: Limiter) -> None:
    hubspot = load_registry("hubspot")
    await send(limiter, hubspot, 1, conn="hs")
    # another app used the account: HubSpot says 1 left of 100 while we used 1
    await limiter.observe_response(
        "hs",
        "default",
        200,
        {
            "X-HubSpot-RateLimit-Remaining": "1",
            "X-HubSpot-RateLimit-Interval-Milliseconds": "10000",
        },
    )
    seen = clock(limiter).monotonic()
    times = await send(limiter, hubspot, 2, conn="hs")
    assert times[0] - seen < 1.0  # one still fits (after pacing)
    assert times[1] - seen >= 10.0  # the next waits until the platform's window empties


async def test_hubspot_daily_header_catches_up_quota(limiter: Limiter) -> None:
    hubspot = load_registry("hubspot")
    await send(limiter, hubspot, 1, conn="hs")
    await limiter.observe_response(
        "hs",
        "default",
        200,
        {"X-HubSpot-RateLimit-Daily": "250000", "X-HubSpot-RateLimit-Daily-Remaining": "0"},
    )
    with pytest.raises(QuotaExhausted, match="250000/250000"):
        await send(limiter, hubspot, 1, conn="hs")


async def test_salesforce_header_sets_real_allocation(limiter: Limiter) -> None:
    sf = load_registry("salesforce")
    await send(limiter, sf, 1, conn="sf")
    await limiter.observe_response("sf", "default", 200, {"Sforce-Limit-Info": "api-usage=9/10"})
    await send(limiter, sf, 1, conn="sf")
    with pytest.raises(QuotaExhausted, match=r"\(10/10\)"):
        await send(limiter, sf, 1, conn="sf")


async def test_usage_rows_from_state(tmp_path: Path) -> None:
    state = SQLiteState(tmp_path / "s.db")
    lim = Limiter(state, ManualClock())
    hubspot = load_registry("hubspot")
    await send(lim, hubspot, 3, conn="hs")
    permit = await lim.admit("hs", lim.plan("hs"), "search")
    rows = {
        (r.kind, r.name): r
        for r in usage_rows("hs", state.snapshot("hs"), lim.clock.monotonic(), lim.clock.now())
    }
    assert rows[("window", "ten_secondly_rolling per 10s")].used == 3
    assert rows[("window", "search per 1s")].used == 1
    assert rows[("quota", "daily")].used == 4
    assert rows[("quota", "daily")].limit == 250000
    assert rows[("in_flight", "search")].used == 1
    await lim.release(permit)
    await lim.close()


async def test_two_limiters_share_sqlite_state(tmp_path: Path) -> None:
    """Two limiters (as two processes would) on one file see each other's requests."""
    shared = ManualClock()
    one = Limiter(SQLiteState(tmp_path / "s.db"), shared, LimiterSettings(burst_fraction=1.0))
    two = Limiter(SQLiteState(tmp_path / "s.db"), shared, LimiterSettings(burst_fraction=1.0))
    limits = registry(default={"match": ["*"], "windows": [{"seconds": 10, "limit": {"*": 4}}]})
    await send(one, limits, 2)
    await send(two, limits, 2)
    with pytest.raises(WaitTooLong):
        await send(one, limits, 1)
    with pytest.raises(WaitTooLong):
        await send(two, limits, 1)
    await one.close()
    await two.close()


class CountingState:
    """A state that counts transactions; ``gate`` (when set) holds each one in its worker
    thread until released, as a busy SQLite lock or a slow database would."""

    def __init__(self, inner: SQLiteState) -> None:
        self.inner = inner
        self.transactions = 0
        self.gate: threading.Event | None = None
        self.entered = threading.Event()
        self.committed = threading.Event()

    async def transact(self, connection_id: str, fn: Any) -> Any:
        self.transactions += 1

        def run() -> Any:
            self.entered.set()
            if self.gate is not None:
                self.gate.wait(10)
            try:
                return self.inner.transact_sync(connection_id, fn)
            finally:
                self.committed.set()

        return await asyncio.to_thread(run)

    async def connections(self) -> list[str]:
        return await self.inner.connections()

    async def close(self) -> None:
        await self.inner.close()


async def test_a_response_is_applied_with_the_release_in_one_transaction(tmp_path: Path) -> None:
    """Admission and release are the only two transactions of a request, and the release
    still carries what the response said: here a Retry-After that pauses the group."""
    state = CountingState(SQLiteState(tmp_path / "s.db"))
    lim = Limiter(state, ManualClock(), LimiterSettings(max_wait=30.0))
    limits = registry()
    async with lim.acquire("c", limits, None, "GET", "/x") as permit:
        await permit.observe(429, {"Retry-After": "2"})
    assert state.transactions == 2
    snap = state.inner.snapshot("c")
    assert [s.inflight for s in snap.slots] == [False]  # finished in the same transaction
    assert snap.pauses["default"].reason == "Retry-After 2s (HTTP 429)"
    start = clock(lim).monotonic()
    times = await send(lim, limits, 1)
    assert times[0] - start == pytest.approx(2.0)
    # The explicit form, and a failed call (no response): the slot is finished all the same.
    permit = await lim.admit("c", lim.plan("c"), "default")
    await lim.release(permit, 200, {"Retry-After": "99"})  # a 200's Retry-After means nothing
    permit = await lim.admit("c", lim.plan("c"), "default")
    await lim.release(permit)
    assert not any(s.inflight for s in state.inner.snapshot("c").slots)
    assert state.inner.snapshot("c").pauses == {}
    await lim.close()


async def test_a_cancelled_admission_leaves_no_slot_in_flight(tmp_path: Path) -> None:
    """A caller cancelled while its admission commits in the state's worker thread (an
    early upload dropped, a timeout) must not leave a slot in flight until its 10-minute
    lease runs out: with a concurrency cap of 1 that would stall the connection."""
    state = CountingState(SQLiteState(tmp_path / "s.db"))
    lim = Limiter(state, ManualClock())
    plan = lim.bind("c", registry(default={"match": ["*"], "concurrency": 1}))
    state.gate = threading.Event()
    task = asyncio.ensure_future(lim.admit("c", plan, "default"))
    await asyncio.to_thread(state.entered.wait, 5)
    task.cancel()
    await asyncio.sleep(0)
    state.committed.clear()
    state.gate.set()  # the transaction commits now, after its caller was cancelled
    with pytest.raises(asyncio.CancelledError):
        await task
    state.gate = None
    await asyncio.to_thread(state.committed.wait, 5)
    for _ in range(20):  # let any clean-up transaction finish
        await asyncio.sleep(0.01)
    assert [s.inflight for s in state.inner.snapshot("c").slots] == [False]
    permit = await lim.admit("c", plan, "default")
    assert clock(lim).slept == []  # admitted at once: nothing held the only slot
    await lim.release(permit)
    await lim.close()


async def test_new_sqlite_state_waits_for_another_process_switching_it_to_wal(
    tmp_path: Path,
) -> None:
    """Two processes creating the state file at once: SQLite answers the WAL switch with
    SQLITE_BUSY at once while the other holds the new file's write lock; wait instead."""
    path = tmp_path / "s.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        state = SQLiteState(path)
    finally:
        timer.join()
        other.close()
    assert state.connections_sync() == []
    await state.close()


# -- serving processes in turn (queue tickets) ---------------------------------------------
def in_turn(snap: Snapshot, ticket: d.Ticket, mono: float) -> tuple[Any, Any]:
    """``decide_in_turn`` on a one-at-a-time group, applying its changes to ``snap``."""
    plan = build_plan(registry(default={"match": ["*"], "concurrency": 1}), None, "UTC", 0.0)
    token = f"req-{ticket.token}-{mono}"
    decision, ch = d.decide_in_turn(
        plan, plan.group("default"), snap, token, ticket, mono, datetime(2026, 1, 1, tzinfo=UTC),
        max_wait=30.0, ttl=2.0,
    )  # fmt: skip
    apply_changes(snap, ch)
    return decision, ch


def test_without_contention_no_ticket_is_written() -> None:
    snap = Snapshot()
    decision, ch = in_turn(snap, d.Ticket("a", 1.0), 1.0)
    assert isinstance(decision, d.Admitted)
    assert not any(s.key.startswith("t:") for s in ch.add_slots) and ch.drop_tokens == []


def test_a_freed_slot_goes_to_the_oldest_ticket_not_the_first_to_ask() -> None:
    snap = Snapshot()
    first, a, b = d.Ticket("first", 0.0), d.Ticket("a", 1.0), d.Ticket("b", 2.0)
    held, _ = in_turn(snap, first, 0.0)
    assert isinstance(held, d.Admitted)
    # a then b have to wait: each leaves a ticket stamped with when it first asked.
    assert isinstance(in_turn(snap, a, 1.0)[0], d.Blocked)
    blocked_b, _ = in_turn(snap, b, 2.0)
    assert isinstance(blocked_b, d.Blocked) and not blocked_b.first_in_turn
    assert sorted(s.token for s in snap.slots if s.key == "t:default") == ["a", "b"]
    # a is first in turn with b behind it: it is told to check again soon.
    again_a, _ = in_turn(snap, a, 2.5)
    assert isinstance(again_a, d.Blocked) and again_a.first_in_turn
    apply_changes_finish(snap, held.token, 3.0)
    # b asks first after the release, but a is older: b waits, a gets it.
    later_b, _ = in_turn(snap, b, 3.0)
    assert isinstance(later_b, d.Blocked) and "behind 1 earlier" in later_b.reason
    assert not any(s.inflight and s.key.startswith("g:") for s in snap.slots)
    got_a, _ = in_turn(snap, a, 3.01)
    assert isinstance(got_a, d.Admitted)
    assert [s.token for s in snap.slots if s.key == "t:default"] == ["b"]  # a's ticket gone


def test_a_ticket_not_refreshed_lapses_and_no_longer_holds_the_queue() -> None:
    snap = Snapshot()
    held, _ = in_turn(snap, d.Ticket("first", 0.0), 0.0)
    assert isinstance(in_turn(snap, d.Ticket("dead", 1.0), 1.0)[0], d.Blocked)
    apply_changes_finish(snap, held.token, 1.5)
    late = d.Ticket("late", 1.5)
    assert isinstance(in_turn(snap, late, 1.5)[0], d.Blocked)  # dead's ticket is live
    # dead never checks again: 2 s (ttl) after its last check its ticket no longer counts.
    got, ch = in_turn(snap, late, 3.01)
    assert isinstance(got, d.Admitted)
    assert "dead" in ch.drop_tokens and not any(s.key == "t:default" for s in snap.slots)


def apply_changes_finish(snap: Snapshot, token: str, mono: float) -> None:

    apply_changes(snap, d.finish(token, mono))

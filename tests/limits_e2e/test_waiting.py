"""Long waits become a persisted ``waiting`` state, and the job resumes on its own.

Time travel, not real waiting: one ``ManualClock`` is the engine's clock (``JobRunner``'s
``clock``/``sleep``), the limiter's clock, and the simulator's clock, so a sleep in the
engine moves the sandbox's day forward too. Requests still go over real loopback HTTP.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from syncwright.adapters.http import HttpAdapter
from syncwright.domain.events import NewEvent
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner, stream_of
from syncwright.limits import Limiter, ManualClock, QuotaExhausted, WaitTooLong, open_state
from syncwright.limits.quota import next_midnight
from syncwright.sandbox import LimitSettings, Sandbox
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import write_job

from .support import (
    TOKEN_ENV,
    UPSERT,
    RequestLog,
    assert_each_written_once,
    contacts_job,
    emails,
    held_emails,
    hubspot_sandbox,
)

ZONE = "America/New_York"
START = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # 07:00 in New York
MIDNIGHT = next_midnight(START, ZONE)  # 2026-01-16 05:00 UTC


class World:
    """The one clock of a test; swapped for a fresh one per test."""

    def __init__(self) -> None:
        self.clock = ManualClock(START)

    def epoch(self) -> float:
        return self.clock.now().timestamp()


class Killed(Exception):
    """The runner's process dies while it waits (raised from its sleep)."""


WORLD = World()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[Sandbox, RequestLog]]:
    with hubspot_sandbox(LimitSettings(enabled=False), clock=WORLD.epoch) as pair:
        yield pair


@pytest.fixture
def world(
    sandbox: tuple[Sandbox, RequestLog], monkeypatch: pytest.MonkeyPatch
) -> Iterator[ManualClock]:
    box, log = sandbox
    WORLD.clock = ManualClock(START)
    box.reset()  # data, stats, faults and counts; the limit settings stay, so:
    box.admin("hubspot").set_limits(enabled=False)
    log.clear()
    monkeypatch.setenv(TOKEN_ENV, box.credentials("hubspot")["token"])
    yield WORLD.clock


def runner(store: SQLiteStore, job_id: str, clock: ManualClock, **kw: Any) -> JobRunner:
    """A runner whose every notion of time is ``clock`` (the limiter's state is the
    store's own SQLite file, as `syncwright run` would have it)."""
    limiter = Limiter(open_state(store.location), clock=clock)
    parks: list[str | None] = []

    def no_park_loop(before: JobState, view: Any, _ev: Any) -> None:
        # A runner that parks again and again without time moving would spin forever.
        if view.state == JobState.WAITING:
            parks.append(view.waiting_until)
            assert len(parks) <= 3, f"parked {len(parks)} times: {parks}"

    hooks = [no_park_loop, *kw.pop("on_state_change", [])]
    return JobRunner(
        store,
        job_id,
        clock=clock.now,
        sleep=clock.sleep,
        limiter=limiter,
        on_state_change=hooks,
        **kw,
    )


async def run_and_close(r: JobRunner) -> Any:
    try:
        return await r.run()
    finally:
        await r.limiter.close()


def event_types(store: SQLiteStore, job_id: str) -> list[str]:
    return [e.type for e in store.read_stream(stream_of(job_id))]


QUOTA = 3  # HubSpot daily calls, on both sides
QUOTA_LIMITS = {"timezone": ZONE, "quotas": {"daily": {"starter": QUOTA}}}


def spend_quota_settings(box: Sandbox) -> None:
    box.admin("hubspot").set_limits(enabled=True, quotas={"daily": QUOTA}, timezone=ZONE)


def test_a_spent_daily_quota_parks_the_job_until_midnight_then_it_finishes_on_its_own(
    sandbox: tuple[Sandbox, RequestLog], world: ManualClock, tmp_path: Path
) -> None:
    box, log = sandbox
    spend_quota_settings(box)
    job = contacts_job(tmp_path, box, name="quota", records=500, limits=QUOTA_LIMITS)
    store = SQLiteStore(tmp_path / "store.db")
    waits: list[tuple[str | None, str | None]] = []

    def on_state(before: JobState, view: Any, _ev: Any) -> None:
        if view.state == JobState.WAITING:
            waits.append((view.waiting_until, view.reason))

    try:
        job_id = create_job(store, load_job_file(job))
        view = asyncio.run(run_and_close(runner(store, job_id, world, on_state_change=[on_state])))
        types = event_types(store, job_id)
    finally:
        store.close()

    assert view.state == JobState.COMPLETED, view.reason
    assert (view.created, view.rejected) == (500, 0)
    # Parked once, until midnight in the account's zone, saying which quota and why.
    assert len(waits) == 1
    until, reason = waits[0]
    assert until is not None and datetime.fromisoformat(until) == MIDNIGHT
    assert reason is not None and "quota 'daily' spent (3/3)" in reason
    assert "uploading batch 4 of 5" in reason
    assert types.count(JobEvent.WAIT_STARTED) == 1 and JobEvent.ATTEMPT_FAILED not in types
    # The engine slept (on the test's clock) exactly until the reset, not in small steps.
    assert (MIDNIGHT - START).total_seconds() - max(world.slept) < 60
    # Three calls on the 15th, the rest after the reset; the platform never said no.
    upserts = log.route(UPSERT)
    assert [e.status for e in upserts] == [200] * 5
    assert all(e.at < MIDNIGHT.timestamp() for e in upserts[:3])
    assert all(e.at >= MIDNIGHT.timestamp() for e in upserts[3:])
    stats = box.admin("hubspot").stats()
    assert stats["rate_limited"] == 0, stats
    assert_each_written_once(box, emails(0, 500))


def test_the_waiting_state_survives_a_restart(
    sandbox: tuple[Sandbox, RequestLog], world: ManualClock, tmp_path: Path
) -> None:
    box, log = sandbox
    spend_quota_settings(box)
    job = contacts_job(tmp_path, box, name="restart", records=500, limits=QUOTA_LIMITS)
    path = tmp_path / "store.db"

    async def dies_while_waiting(seconds: float) -> None:
        if seconds > 60:
            raise Killed
        await world.sleep(seconds)

    store = SQLiteStore(path)
    try:
        job_id = create_job(store, load_job_file(job))
        first = runner(store, job_id, world)
        first.sleep = dies_while_waiting
        with pytest.raises(Killed):
            asyncio.run(run_and_close(first))
    finally:
        store.close()

    # What a new process finds in the store: waiting, with its until-time and reason.
    store = SQLiteStore(path)
    try:
        parked = store.get_job(job_id)
        assert parked.state == JobState.WAITING
        assert datetime.fromisoformat(str(parked.waiting_until)) == MIDNIGHT
        assert parked.reason is not None and "quota 'daily' spent" in parked.reason
        assert parked.batches_uploaded == 3
        assert len(log.route(UPSERT)) == 3

        world.advance(3600)  # restarted an hour later: still before the reset
        restarted_at = world.now()
        second = runner(store, job_id, world)
        view = asyncio.run(run_and_close(second))
        types = event_types(store, job_id)
    finally:
        store.close()

    assert view.state == JobState.COMPLETED, view.reason
    assert (view.created, view.rejected) == (500, 0)
    assert types.count(JobEvent.RUNNER_ATTACHED) == 1
    # The new runner waited only what was left of the wait, then carried on by itself.
    assert (MIDNIGHT - restarted_at).total_seconds() in world.slept
    upserts = log.route(UPSERT)
    assert [e.status for e in upserts] == [200] * 5
    assert all(e.at >= MIDNIGHT.timestamp() for e in upserts[3:])
    assert box.admin("hubspot").stats()["rate_limited"] == 0
    assert_each_written_once(box, emails(0, 500))


def test_a_long_retry_after_parks_the_job_instead_of_sleeping(
    sandbox: tuple[Sandbox, RequestLog], world: ManualClock, tmp_path: Path
) -> None:
    """`Retry-After: 120` is persisted as `waiting` before any sleep; the next call goes
    120 s after the 429 (server clock), from a runner started after a restart."""
    box, log = sandbox
    box.admin("hubspot").set_faults(
        [{"match": UPSERT, "kind": "rate_limit", "count": 1, "retry_after": 120}], seed=1
    )
    job = contacts_job(tmp_path, box, name="long", records=300)
    path = tmp_path / "store.db"
    asked: list[float] = []

    async def dies_when_asked_to_sleep(seconds: float) -> None:
        asked.append(seconds)
        raise Killed

    store = SQLiteStore(path)
    try:
        job_id = create_job(store, load_job_file(job))
        first = runner(store, job_id, world)
        first.sleep = dies_when_asked_to_sleep
        with pytest.raises(Killed):
            asyncio.run(run_and_close(first))
        assert JobEvent.ATTEMPT_FAILED not in event_types(store, job_id)
    finally:
        store.close()

    [storm] = log.route(UPSERT)
    assert storm.status == 429 and storm.answered is not None
    store = SQLiteStore(path)
    try:
        parked = store.get_job(job_id)
        # Persisted before the runner asked to sleep at all.
        assert parked.state == JobState.WAITING
        until = datetime.fromisoformat(str(parked.waiting_until))
        assert abs(until.timestamp() - (storm.answered + 120)) < 0.001
        assert parked.reason is not None and "Retry-After 120s" in parked.reason
        assert parked.last_error is not None and parked.last_error["status"] == 429
        assert asked == [120.0]

        view = asyncio.run(run_and_close(runner(store, job_id, world)))
    finally:
        store.close()
    assert view.state == JobState.COMPLETED, view.reason
    upserts = log.route(UPSERT)
    assert [e.status for e in upserts] == [429, 200, 200, 200]
    gap = upserts[1].at - storm.answered
    assert 120 <= gap < 120.1
    assert held_emails(box) == emails(0, 300)


# -- the engine change, unit-tested -------------------------------------------------------
class _Adapter:
    """Classifies like every HTTP adapter (``HttpAdapter.classify_error``)."""

    classify_error = HttpAdapter.classify_error
    _classify_error = HttpAdapter._classify_error
    classify_response = HttpAdapter.classify_response
    secret = None
    secrets = HttpAdapter.secrets
    config = SimpleNamespace(timeout_seconds=30.0)


@pytest.mark.parametrize("error", [QuotaExhausted, WaitTooLong])
def test_a_limiter_wait_parks_until_the_limiters_own_instant(
    tmp_path: Path, error: type[Exception]
) -> None:
    """The runner parks until the instant the limiter named, on the runner's clock, even
    when that clock is far from the real one (time travel, or a clock shared by machines)."""
    far = ManualClock(datetime(2031, 6, 1, 9, 30, tzinfo=UTC))
    until = far.now() + timedelta(hours=7, seconds=0.25)
    store, job_id = _queued_job(tmp_path)
    try:
        r = JobRunner(store, job_id, clock=far.now, sleep=far.sleep)
        r.emit(NewEvent(JobEvent.STARTED, {}))

        async def call() -> None:
            raise error(until, "quota 'daily' spent (3/3)")

        assert asyncio.run(r._call(_Adapter(), "uploading batch 1 of 1", call)) is None
    finally:
        store.close()
    assert r.view.state == JobState.WAITING
    assert datetime.fromisoformat(str(r.view.waiting_until)) == until
    assert far.slept == []


def test_a_short_limiter_wait_is_slept_for_exactly_its_length(tmp_path: Path) -> None:
    far = ManualClock(datetime(2031, 6, 1, 9, 30, tzinfo=UTC))
    until = far.now() + timedelta(seconds=2.5)
    store, job_id = _queued_job(tmp_path)
    calls = 0
    try:
        r = JobRunner(store, job_id, clock=far.now, sleep=far.sleep)
        r.emit(NewEvent(JobEvent.STARTED, {}))

        async def call() -> str:
            nonlocal calls
            calls += 1
            if calls == 1:
                raise WaitTooLong(until, "hs/batch: paused: Retry-After 2.5s (HTTP 429)")
            return "ok"

        assert asyncio.run(r._call(_Adapter(), "uploading", call)) == "ok"
    finally:
        store.close()
    assert far.slept == [2.5]


def _queued_job(tmp_path: Path) -> tuple[SQLiteStore, str]:
    store = SQLiteStore(tmp_path / "unit.db")
    return store, create_job(store, load_job_file(write_job(tmp_path / "unit", n=10)))

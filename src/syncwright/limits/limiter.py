"""One limiter per store: admits each request only when every limit of its endpoint allows.

``acquire`` is the whole API for callers: it waits (briefly) for pacing, windows and
concurrency, and raises ``QuotaExhausted`` or ``WaitTooLong`` instead of sleeping for
long, so the engine can park the job in ``waiting`` with a time. Within one process the
requests of one connection and group queue in FIFO order behind an asyncio lock, so only
the head of the queue polls the state; across processes a waiting head holds a ticket in
the state, so processes are served in arrival order too (``decide.decide_in_turn``).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from syncwright.limits import decide as d
from syncwright.limits.clock import Clock, SystemClock
from syncwright.limits.headers import QuotaObservation, WindowObservation, observations
from syncwright.limits.plan import ConnectionPlan, build_plan
from syncwright.limits.registry import PlatformLimits, RegistryError
from syncwright.limits.retry import parse_retry_after
from syncwright.limits.state import Changes, LimiterState, MemoryState, Snapshot

T = TypeVar("T")


class LimitWait(Exception):
    """The request may not go before ``until``; park the job instead of sleeping."""

    def __init__(self, until: datetime, reason: str) -> None:
        super().__init__(f"{reason} (until {until.isoformat()})")
        self.until = until
        self.reason = reason


class QuotaExhausted(LimitWait):
    """A daily or rolling quota is spent; ``until`` is when it has room again."""


class WaitTooLong(LimitWait):
    """A window or pause would hold the request longer than ``max_wait``."""


@dataclass(frozen=True, slots=True)
class LimiterSettings:
    max_wait: float = 5.0  # longer known waits raise WaitTooLong
    burst_fraction: float = 0.1  # share of a window that may go back to back
    poll: float = 0.05  # re-check interval while only responses elsewhere can free a slot
    ticket_ttl: float = 2.0  # a waiter's queue ticket outlives its next planned check by this
    head_poll: float = 0.01  # re-check interval of the first in turn while others queue behind


@dataclass
class Permit:
    """An admitted request. Leave the ``acquire`` block (or call ``release``) when answered."""

    connection_id: str
    group: str
    token: str
    admitted_at: float  # limiter clock (monotonic)
    waited: float
    _limiter: Limiter = field(repr=False)
    response: tuple[int, Mapping[str, str]] | None = field(default=None, repr=False)

    async def observe(self, status: int, headers: Mapping[str, str]) -> None:
        """Note the response (status and headers). It is applied when the permit is
        released, in the same transaction that finishes the request's slots."""
        self.response = (status, headers)


def open_state(location: str | Path | None) -> LimiterState:
    """The state for a store: in memory for None, PostgreSQL for a ``postgresql://`` URL
    (shared by every machine; it brings its own clock, see ``pg_state.DbClock``), else a
    SQLite file."""
    if location is None or str(location) == ":memory:":
        return MemoryState()
    if str(location).startswith(("postgresql://", "postgres://")):
        from syncwright.limits.pg_state import PgState
        from syncwright.store.pg_url import parse
        from syncwright.store.postgres import connect_kwargs

        target = parse(str(location))
        return PgState(target.conninfo, connect_kwargs(target), target.schema)
    from syncwright.limits.sqlite_state import SQLiteState

    state: LimiterState = SQLiteState(Path(location))
    return state


class Limiter:
    """Admits requests for every connection of a store; share one instance per process."""

    def __init__(
        self,
        state: LimiterState | None = None,
        clock: Clock | None = None,
        settings: LimiterSettings | None = None,
    ) -> None:
        self.state: LimiterState = state if state is not None else MemoryState()
        # A state shared across machines (PostgreSQL) brings a clock they all share.
        shared: Clock | None = getattr(self.state, "clock", None)
        self.clock: Clock = clock if clock is not None else (shared or SystemClock())
        self.settings = settings or LimiterSettings()
        self._plans: dict[str, tuple[tuple[int, str, str], PlatformLimits, ConnectionPlan]] = {}
        self._meta_written: set[str] = set()
        self._queues: dict[tuple[str, str], asyncio.Lock] = {}
        self._released: dict[str, asyncio.Event] = {}

    # -- configuration -------------------------------------------------------------
    def bind(
        self,
        connection_id: str,
        limits: PlatformLimits,
        tier: str | None = None,
        timezone: str = "UTC",
    ) -> ConnectionPlan:
        """Resolve ``limits`` for a connection (done by ``acquire``; cheap when unchanged)."""
        key = (id(limits), tier or limits.default_tier, timezone)
        cached = self._plans.get(connection_id)
        if cached is not None and cached[0] == key:
            return cached[2]
        plan = build_plan(limits, tier, timezone, self.settings.burst_fraction)
        self._plans[connection_id] = (key, limits, plan)
        self._meta_written.discard(connection_id)
        return plan

    def plan(self, connection_id: str) -> ConnectionPlan:
        try:
            return self._plans[connection_id][2]
        except KeyError:
            raise RegistryError(f"connection {connection_id!r} has not been bound") from None

    def _with_meta(self, connection_id: str, plan: ConnectionPlan, ch: Changes) -> Changes:
        if connection_id not in self._meta_written:
            ch.meta = {"plan": plan.to_json()}
        return ch

    async def _transact(
        self,
        connection_id: str,
        fn: Callable[[Snapshot, float, datetime], tuple[T, Changes]],
    ) -> T:
        plan = self.plan(connection_id)

        def run(snap: Snapshot) -> tuple[T, Changes]:
            result, ch = fn(snap, self.clock.monotonic(), self.clock.now())
            return result, self._with_meta(connection_id, plan, ch)

        result = await self.state.transact(connection_id, run)
        self._meta_written.add(connection_id)
        return result

    # -- admission ------------------------------------------------------------------
    @asynccontextmanager
    async def acquire(
        self,
        connection_id: str,
        limits: PlatformLimits,
        tier: str | None,
        method: str,
        path: str,
        *,
        timezone: str = "UTC",
        max_wait: float | None = None,
    ) -> AsyncIterator[Permit]:
        """Hold a permit for one request of ``method path`` while it is in flight.

        Raises ``QuotaExhausted`` or ``WaitTooLong`` (both ``LimitWait``) rather than
        waiting past ``max_wait`` (default: ``settings.max_wait``).
        """
        plan = self.bind(connection_id, limits, tier, timezone)
        group, _ = limits.group_for(method, path)
        permit = await self.admit(connection_id, plan, group, max_wait)
        try:
            yield permit
        finally:
            await self.release(permit)

    async def admit(
        self,
        connection_id: str,
        plan: ConnectionPlan,
        group: str,
        max_wait: float | None = None,
    ) -> Permit:
        """Wait for admission of one request of ``group``; pair with ``release``."""
        limit = self.settings.max_wait if max_wait is None else max_wait
        gplan = plan.group(group)
        queue = self._queues.setdefault((connection_id, group), asyncio.Lock())
        start = self.clock.monotonic()
        async with queue:
            # The head of this process's queue holds a ticket in the shared state while it
            # waits, stamped with when its request asked, so requests are served in arrival
            # order across processes too (``decide_in_turn``).
            ticket = d.Ticket(uuid.uuid4().hex, start)
            queued = False
            try:
                while True:
                    token = uuid.uuid4().hex

                    def step(
                        snap: Snapshot, mono: float, wall: datetime, token: str = token
                    ) -> tuple[tuple[d.Decision, float, datetime], Changes]:
                        decision, ch = d.decide_in_turn(
                            plan, gplan, snap, token, ticket, mono, wall, limit,
                            self.settings.ticket_ttl,
                        )  # fmt: skip
                        return (decision, mono, wall), ch

                    queued = True  # a cancel mid-transaction may leave a ticket written
                    decision, mono, wall = await self._decide(connection_id, step)
                    if isinstance(decision, d.Admitted):
                        queued = False  # the admission took the ticket away
                        return Permit(connection_id, group, token, mono, mono - start, self)
                    if isinstance(decision, d.OutOfQuota):
                        queued = False
                        raise QuotaExhausted(decision.until, decision.reason)
                    if decision.seconds is not None and decision.seconds > limit:
                        queued = False
                        until = wall + timedelta(seconds=decision.seconds)
                        raise WaitTooLong(until, f"{connection_id}/{group}: {decision.reason}")
                    if decision.seconds is None:
                        # The first in turn gets the next free slot (a release elsewhere
                        # sends no signal here), so it looks more often than the rest.
                        poll = self.settings.head_poll if decision.first_in_turn else None
                        await self._wait_for_release(connection_id, poll)
                    else:
                        await self.clock.sleep(decision.seconds)
            finally:
                if queued:  # cancelled or failed while waiting: give the place up now
                    await self._leave_queue(connection_id, ticket.token)

    async def _leave_queue(self, connection_id: str, ticket: str) -> None:
        """Drop a ticket whose request stopped waiting; best effort, since it lapses after
        ``ticket_ttl`` anyway."""

        def step(snap: Snapshot, mono: float, wall: datetime) -> tuple[None, Changes]:
            return None, Changes(drop_tokens=[ticket])

        with suppress(Exception):
            await asyncio.shield(self._transact(connection_id, step))

    async def _decide(
        self,
        connection_id: str,
        step: Callable[
            [Snapshot, float, datetime], tuple[tuple[d.Decision, float, datetime], Changes]
        ],
    ) -> tuple[d.Decision, float, datetime]:
        """One admission transaction that a cancelled caller cannot leave half done.

        A state's transaction may run in a worker thread (SQLite, PostgreSQL), which goes on
        to commit after the awaiting task is cancelled (an early upload dropped, a timeout).
        If that commit admitted the request, nobody holds the permit: its slots would count
        as in flight until their lease runs out (10 minutes), holding a concurrency slot and
        a window place. So wait for the outcome and give such slots back before re-raising.
        (``MemoryState`` applies a transaction at once: nothing can be left half done.)
        """
        if isinstance(self.state, MemoryState):
            return await self._transact(connection_id, step)
        job = asyncio.ensure_future(self._transact(connection_id, step))
        try:
            return await asyncio.shield(job)
        except asyncio.CancelledError:
            with suppress(Exception):
                decision, _, _ = await job
                if isinstance(decision, d.Admitted):
                    await self._finish(connection_id, decision.token, None)
            raise

    async def release(
        self,
        permit: Permit,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """The response is back (or the call failed): in one transaction, apply what the
        response said (limit headers, a Retry-After pause; ``status``/``headers``, else
        what ``permit.observe`` noted) and stamp the request's slots; then wake waiters.
        With no response (the call failed), only the slots are stamped."""
        if status is None and permit.response is not None:
            status, headers = permit.response
        feedback = None
        if status is not None:
            feedback = self._feedback(permit.connection_id, permit.group, status, headers or {})
        await self._finish(permit.connection_id, permit.token, feedback)

    async def _finish(
        self,
        connection_id: str,
        token: str,
        feedback: Callable[[Snapshot, float, datetime], Changes] | None,
    ) -> None:
        def step(snap: Snapshot, mono: float, wall: datetime) -> tuple[None, Changes]:
            ch = feedback(snap, mono, wall) if feedback is not None else Changes()
            ch.finish.extend(d.finish(token, mono).finish)
            return None, ch

        await self._transact(connection_id, step)
        event = self._released.pop(connection_id, None)
        if event is not None:
            event.set()

    async def _wait_for_release(self, connection_id: str, poll: float | None = None) -> None:
        """Until a permit of this connection is released here, or ``poll`` (default
        ``settings.poll``) passes (another process may have released one)."""
        event = self._released.setdefault(connection_id, asyncio.Event())
        waiter = asyncio.ensure_future(event.wait())
        sleeper = asyncio.ensure_future(self.clock.sleep(poll or self.settings.poll))
        try:
            await asyncio.wait({waiter, sleeper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()
            sleeper.cancel()

    # -- feedback -------------------------------------------------------------------
    async def observe_response(
        self,
        connection_id: str,
        group: str,
        status: int,
        headers: Mapping[str, str],
    ) -> None:
        """Align with what the platform says: limit headers, and Retry-After on 429/503.

        A transaction of its own; a request's response is better passed to ``release``
        (or ``permit.observe``), which applies it with the release in one transaction."""
        feedback = self._feedback(connection_id, group, status, headers)
        if feedback is None:
            return

        def step(snap: Snapshot, mono: float, wall: datetime) -> tuple[None, Changes]:
            return None, feedback(snap, mono, wall)

        await self._transact(connection_id, step)

    def _feedback(
        self, connection_id: str, group: str, status: int, headers: Mapping[str, str]
    ) -> Callable[[Snapshot, float, datetime], Changes] | None:
        """The changes a response asks for, as a step to run inside a transaction (so they
        are decided on the records as they are then); None when it says nothing of limits."""
        plan = self.plan(connection_id)
        gplan = plan.group(group)
        seen = observations(plan.platform, headers)
        retry_after = None
        if status in (429, 503):
            raw = {k.lower(): v for k, v in headers.items()}.get("retry-after")
            retry_after = parse_retry_after(raw, self.clock.now())
        if not seen and retry_after is None:
            return None
        prefix = uuid.uuid4().hex

        def changes(snap: Snapshot, mono: float, wall: datetime) -> Changes:
            ch = Changes()
            for i, obs in enumerate(seen):
                if isinstance(obs, WindowObservation):
                    part = d.observe_window(
                        gplan, snap, obs.seconds, obs.remaining, mono, f"{prefix}{i}"
                    )
                elif isinstance(obs, QuotaObservation):
                    part = d.observe_quota(plan, snap, obs.quota, obs.used, obs.limit, wall)
                ch.add_slots += part.add_slots
                ch.quota_add += part.quota_add
                ch.quota_limits.update(part.quota_limits)
            if retry_after is not None:
                until = wall + timedelta(seconds=retry_after)
                reason = f"Retry-After {retry_after:g}s (HTTP {status})"
                ch.pauses = d.pause(group, mono + retry_after, until, reason, snap).pauses
            return ch

        return changes

    async def pause(
        self, connection_id: str, group: str, until: datetime, reason: str = "Retry-After"
    ) -> None:
        """Hold every request of ``group`` on this connection until ``until`` (wall time)."""

        def step(snap: Snapshot, mono: float, wall: datetime) -> tuple[None, Changes]:
            seconds = max(0.0, (until - wall).total_seconds())
            return None, d.pause(group, mono + seconds, until, reason, snap)

        await self._transact(connection_id, step)

    async def quota_reset(self, connection_id: str, group: str) -> datetime | None:
        """When the group's spent quotas have room again; None if none is spent."""
        plan = self.plan(connection_id)

        def step(snap: Snapshot, mono: float, wall: datetime) -> tuple[datetime | None, Changes]:
            latest: datetime | None = None
            for name in plan.group(group).quotas:
                q = plan.quotas[name]
                limit = snap.quota_limits.get(name, q.limit)
                at = q.rule.available_at(snap.quotas.get(name, {}), limit, wall)
                if at > wall and (latest is None or at > latest):
                    latest = at
            return latest, Changes()

        return await self._transact(connection_id, step)

    async def close(self) -> None:
        await self.state.close()

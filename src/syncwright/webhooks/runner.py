"""Route runners: one thread, one event loop and one store handle per route (a bulkhead).

A runner takes its route's runnable actions from the ``webhook_actions`` read model in
batches and runs at most ``concurrency`` batches at once, each attempt bounded by the
route's timeout. A batch is started in one transaction, its ``sync_record`` actions share
destination calls (``upload_batch`` takes many records), and their outcomes are committed
in one transaction. Every step is still an event on the action's stream appended at the
version the runner saw, so an action is started by one runner only and succeeds exactly
once. A destination that
hangs ties up its own route's slots and nothing else: intake and the other routes have
their own threads, loops and store handles.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

import orjson

from syncwright.adapters.base import AdapterError
from syncwright.credentials import scrub
from syncwright.domain.action_states import ActionEvent, ActionState, ActionView
from syncwright.domain.events import NewEvent
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.limits.retry import Action
from syncwright.store.base import Store
from syncwright.store.errors import StoreError
from syncwright.webhooks.actions import PERFORM, ActionContext, Result, sync_records
from syncwright.webhooks.claims import Claimed, claim_actions, finish_actions
from syncwright.webhooks.model import iso
from syncwright.webhooks.routes import Route, RouteTable
from syncwright.webhooks.storegate import StoreGate, StoreTrouble

log = logging.getLogger(__name__)
MIN_BATCH = 16  # actions per batch before a second batch (and destination call) is started
# What a runner uses as its batches' minimum, and fewer due than this behind a batch in
# flight wait for it (or the poll) to gather: under load, fewer and larger claim and finish
# commits (and destination calls). 32 with a 10 ms dispatcher gather measured best against
# the old 16 / 5 ms (bench, alternating: CPU per delivery -10%, p99 ack 36 -> 28 ms); 64 /
# 20 ms cut CPU as much but lengthened the commits an ack waits behind (p99 32 -> 40 ms).
# A trickle still starts at once: nothing is in flight to wait for.
GATHER_BATCH = 32
MAX_BATCH = 200  # actions per batch: one claim, one upload call per key round, one finish
GATHER_SECONDS = 0.01  # the dispatcher's wait after a wake-up, for more to dispatch at once
ActionHook = Callable[[str, str, int], None]  # (route, outcome, how many)
KNOWN_MAX = 50_000  # events handed over by the dispatcher and not yet claimed, at most


def due_actions(store: Store, route: str, now: str, limit: int, recover: bool) -> list[ActionView]:
    """Runnable actions of a route, oldest event first (``recover`` adds ``running`` ones,
    left by a process that died mid-attempt)."""
    states = ["pending", "retrying", *(["running"] if recover else [])]
    marks = ", ".join("?" for _ in states)
    rows = store.query(
        f"SELECT view FROM webhook_actions WHERE route = ? AND state IN ({marks}) "
        "AND (retry_at IS NULL OR retry_at <= ?) ORDER BY inbox_position, action_id LIMIT ?",
        (route, *states, now, limit),
    )
    return [ActionView.from_json(orjson.loads(r[0])) for r in rows]


BLOCKERS_READ = 1000  # retrying actions read per pass to hold their objects' later ones


def waiting_retries(store: Store, route: str, now: str) -> dict[str, int]:
    """Objects with an action waiting for its retry time, and the inbox position of the
    earliest: their later actions must wait behind it (an event sent after a later one
    of the same object would overwrite newer data with older). A failed (given up)
    action holds nothing back."""
    rows = store.query(
        "SELECT view FROM webhook_actions WHERE route = ? AND state = 'retrying' "
        "AND retry_at > ? ORDER BY inbox_position LIMIT ?",
        (route, now, BLOCKERS_READ),
    )
    held: dict[str, int] = {}
    for (raw,) in rows:
        view = ActionView.from_json(orjson.loads(raw))
        key = object_key(view)
        if key is not None:
            held.setdefault(key, view.inbox_position)
    return held


def _forget(
    running: dict[int, Any],
    in_flight: set[str],
    busy_objects: set[str],
    ids: set[str],
    objects: set[str],
    task: asyncio.Task[None],
) -> None:
    running.pop(id(task), None)
    in_flight -= ids
    busy_objects -= objects


def object_key(view: ActionView) -> str | None:
    """What orders actions: one source object (a contact, a user) through one action. Two
    batches run at once, so two actions with the same key must never be in different
    batches in flight, or the later event could land first."""
    return None if view.object_id is None else f"{view.action}\x00{view.object_id}"


def split_batches(
    due: list[ActionView],
    free: int,
    busy: frozenset[str] = frozenset(),
    retrying: dict[str, int] | None = None,
    min_batch: int = MIN_BATCH,
) -> list[list[ActionView]]:
    """At most ``free`` batches (the route's free slots), each of at least ``min_batch`` actions
    where there are that many and at most MAX_BATCH: a burst is served by few large
    destination calls, a trickle by one small one.

    Per-object order: all of one object's due actions go in one batch (which runs them in
    inbox order); an object with an action in a batch still in flight (``busy``) waits
    for it, and its actions later than one waiting for a retry (``retrying``: object ->
    inbox position) wait for that retry. Objects are packed whole, oldest first; what does
    not fit waits for a slot."""
    if not due or free <= 0:
        return []
    retrying = retrying or {}
    groups: dict[str, list[ActionView]] = {}
    for view in due:
        key = object_key(view) or f"\x01{view.action_id}"  # no object: no order to keep
        if key in busy or view.inbox_position > retrying.get(key, view.inbox_position):
            continue
        groups.setdefault(key, []).append(view)
    placed = sum(len(g) for g in groups.values())
    size = min(MAX_BATCH, max(min_batch, -(-placed // free)))
    batches: list[list[ActionView]] = [[]]
    for group in groups.values():
        if batches[-1] and len(batches[-1]) + len(group) > size:
            if len(batches) == free:
                continue  # a smaller object later may still fit
            batches.append([])
        room = MAX_BATCH - len(batches[-1])
        batches[-1].extend(group[:room])  # the rest of a huge object waits, in order
    return [sorted(b, key=lambda v: (v.inbox_position, v.action_id)) for b in batches if b]


class RouteRunner:
    """Runs one route's actions until stopped."""

    def __init__(
        self,
        location: str,
        route: Route,
        table: RouteTable,
        poll_seconds: float = 0.2,
        on_outcome: ActionHook | None = None,
    ) -> None:
        self.location = location
        self.route = route
        self.table = table
        self.poll_seconds = poll_seconds
        self.on_outcome = on_outcome
        self.trouble = StoreTrouble(f"webhook route {route.name}")
        self._recover = True  # pick up actions left started (by a dead runner, a full disk)
        # action id -> its event, from this process's dispatcher (``offer``): a claim takes
        # it from here instead of reading and parsing the action's first event back.
        self.known: dict[str, dict[str, Any]] = {}
        self._stop = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._thread = threading.Thread(
            target=self._thread_main, name=f"route-{route.name}", daemon=True
        )

    # -- life cycle --------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def offer(self, events: dict[str, dict[str, Any]]) -> None:
        """Thread-safe: the events of actions just created for this route (committed)."""
        if len(self.known) + len(events) > KNOWN_MAX:
            self.known.clear()  # left unclaimed (another process ran them): read instead
        self.known.update(events)

    def wake(self) -> None:
        """Thread-safe nudge: new actions may be there."""
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(wake.set)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self.wake()
        self._thread.join(timeout)

    def _thread_main(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception:  # a runner must never take the process down
            log.exception("route %s runner stopped", self.route.name)

    # -- the loop ----------------------------------------------------------------
    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        gate = StoreGate(self.location)
        ctx = ActionContext(gate, self.table.connections)
        running: dict[int, asyncio.Task[None]] = {}  # batches in flight
        in_flight: set[str] = set()  # their action ids (a recovery pass must skip them)
        busy_objects: set[str] = set()  # their object keys (later events of those wait)
        recover = self._recover
        limit = self.route.definition.concurrency
        timed_out = False
        try:
            while not self._stop.is_set():
                free = limit - len(running)
                defer = False
                held = False  # due actions of objects busy in a running batch
                if free > 0:
                    now = iso(datetime.now(UTC))
                    try:
                        due = await gate.call(
                            due_actions,
                            self.route.name,
                            now,
                            free * MAX_BATCH + len(in_flight),
                            recover,
                        )
                    except StoreError as exc:  # e.g. disk full: the runner waits it out
                        self.trouble.failed(exc)
                        due = []
                    else:
                        self.trouble.ok()
                        recover = self._recover
                        self._recover = False
                    due = [v for v in due if v.action_id not in in_flight]
                    retrying: dict[str, int] = {}
                    if due:
                        try:
                            retrying = await gate.call(waiting_retries, self.route.name, now)
                        except StoreError as exc:
                            self.trouble.failed(exc)
                            due = []
                    # A few actions behind a batch in flight wait for it (or the poll) to
                    # gather into a larger batch: under load, few large destination calls
                    # and commits instead of one per wake-up.
                    defer = bool(running) and len(due) < GATHER_BATCH and not timed_out
                    busy = frozenset(busy_objects)
                    batches = (
                        [] if defer else split_batches(due, free, busy, retrying, GATHER_BATCH)
                    )
                    held = not defer and sum(map(len, batches)) < len(due)
                    for batch in batches:
                        ids = {v.action_id for v in batch}
                        objects = {k for v in batch if (k := object_key(v)) is not None}
                        in_flight |= ids
                        busy_objects |= objects
                        task = asyncio.create_task(self._execute(gate, ctx, batch))
                        running[id(task)] = task
                        task.add_done_callback(
                            partial(_forget, running, in_flight, busy_objects, ids, objects)
                        )
                self._wake.clear()
                wake = asyncio.create_task(self._wake.wait())
                waiters: list[Any] = [] if defer else [wake]
                # Held-back actions start when the batch holding their object ends.
                if running and (len(running) >= limit or defer or held):
                    waiters += list(running.values())
                done, _ = await asyncio.wait(
                    waiters, timeout=self.poll_seconds, return_when=asyncio.FIRST_COMPLETED
                )
                # A whole poll without a batch finishing: start what is due, however few
                # (a trickle behind a hung batch waits at most one poll).
                timed_out = not done
                wake.cancel()
        finally:
            for task in running.values():
                task.cancel()
            await asyncio.gather(*running.values(), return_exceptions=True)
            await ctx.close()
            gate.close()

    async def _execute(self, gate: StoreGate, ctx: ActionContext, batch: list[ActionView]) -> None:
        try:
            claimed = await gate.call(claim_actions, batch, self.known)
            if not claimed:
                return  # others moved these actions first
            results = await self._perform(ctx, claimed)
            steps = [self._outcome(ctx, c, r) for c, r in zip(claimed, results, strict=True)]
            done = await gate.call(finish_actions, [(aid, v, ev) for aid, v, ev, _ in steps])
        except StoreError as exc:
            # The store refused a step (disk full): the actions stay where the store has
            # them; the next pass picks up actions left started, as after a restart.
            self.trouble.failed(exc)
            self._recover = True
            return
        if self.on_outcome is not None:  # one call per outcome, not per action
            counts = Counter(o for (_, _, _, o), went_in in zip(steps, done, strict=True) if went_in)
            for outcome, n in counts.items():
                self.on_outcome(self.route.name, outcome, n)

    async def _perform(
        self, ctx: ActionContext, claimed: list[Claimed]
    ) -> list[Result | Exception]:
        """Run the batch: ``sync_record`` actions of one definition share upload calls, other
        kinds run side by side; each group bounded by the route's timeout."""
        results: list[Result | Exception | None] = [None] * len(claimed)
        groups: dict[str, list[int]] = {}
        for i, c in enumerate(claimed):
            groups.setdefault(c.view.action, []).append(i)
        timeout = self.route.definition.timeout_seconds

        async def run_group(action: str, idx: list[int]) -> None:
            definition = self.route.action(action)
            if definition is None:
                gone = AdapterError(
                    Classified(
                        ErrorKind.PERMANENT,
                        f"action {action!r} is no longer in route {self.route.name!r}",
                    )
                )
                for i in idx:
                    results[i] = gone
                return
            assert definition.name is not None
            if definition.kind == "sync_record":
                part: list[Result | None] = [None] * len(idx)
                try:
                    await asyncio.wait_for(
                        sync_records(ctx, self.route, definition.name, definition.spec,
                                     [claimed[i].event for i in idx], part),
                        timeout,
                    )  # fmt: skip
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # a timeout: the calls that ended keep their results
                    part = [exc if r is None else r for r in part]  # type: ignore[misc]
                for i, r in zip(idx, part, strict=True):
                    results[i] = r
                return
            perform = PERFORM[definition.kind]

            async def one(i: int) -> None:
                c = claimed[i]
                try:
                    results[i] = await asyncio.wait_for(
                        perform(ctx, self.route, action, definition.spec, c.event,
                                c.view.action_id),
                        timeout,
                    )  # fmt: skip
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    results[i] = exc

            await asyncio.gather(*(one(i) for i in idx))

        await asyncio.gather(*(run_group(a, idx) for a, idx in groups.items()))
        return [r if r is not None else RuntimeError("no result") for r in results]

    def _outcome(
        self, ctx: ActionContext, c: Claimed, result: Result | Exception
    ) -> tuple[str, int, NewEvent, str]:
        """The event that ends this attempt: succeeded, retry scheduled, or failed."""
        aid, attempt = c.view.action_id, c.attempt
        if not isinstance(result, Exception):
            data = {"attempt": attempt, "result": result}
            return aid, c.version, NewEvent(ActionEvent.SUCCEEDED, data), "succeeded"
        failure = self._classify(result)
        # Stored and shown: never with a credential in it (an error echoing a header).
        message = scrub(failure.message, ctx.secrets())
        if message != failure.message:
            failure = Classified(
                failure.kind, message, failure.retry_after_seconds, failure.status, failure.code
            )
        now = datetime.now(UTC)
        decision = self.route.policy.decide(failure, attempt, now)
        base = {"attempt": attempt, "error": failure.message, "kind": failure.kind.value}
        if decision.action is Action.GIVE_UP:
            event = NewEvent(ActionEvent.FAILED, base | {"reason": decision.reason})
            return aid, c.version, event, "failed"
        until = decision.until or now + timedelta(seconds=decision.delay or 0)
        event = NewEvent(ActionEvent.RETRY_SCHEDULED, base | {"retry_at": iso(until)})
        return aid, c.version, event, "retry_scheduled"

    def _classify(self, exc: Exception) -> Classified:
        if isinstance(exc, AdapterError):
            return exc.classified
        if isinstance(exc, TimeoutError):
            return Classified(
                ErrorKind.TRANSIENT,
                f"timed out after {self.route.definition.timeout_seconds:g} s",
            )
        return Classified(ErrorKind.FATAL, f"{type(exc).__name__}: {exc}")


class Dispatching:
    """The dispatcher's thread: woken by intake, it creates actions and wakes the routes."""

    def __init__(
        self,
        location: str,
        table: RouteTable,
        runners: list[RouteRunner],
        poll_seconds: float = 0.2,
    ) -> None:
        from syncwright.webhooks.dispatcher import Dispatcher

        self.location = location
        by_route = {r.route.name: r for r in runners}

        def hand_over(made: dict[str, dict[str, dict[str, Any]]]) -> None:
            for route, events in made.items():
                runner = by_route.get(route)
                if runner is not None:
                    runner.offer(events)

        self.dispatcher = Dispatcher(table, on_created=hand_over)
        self.runners = runners
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._main, name="dispatcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def _main(self) -> None:
        gate = StoreGate(self.location)
        trouble = StoreTrouble("webhook dispatcher")
        try:
            while not self._stop.is_set():
                if self._wake.wait(self.poll_seconds):
                    # Let the deliveries of the next few commits join this pass: one pass
                    # (a transaction, a wake-up of every route) per few ms, not per commit.
                    self._stop.wait(GATHER_SECONDS)
                self._wake.clear()
                try:
                    while not self._stop.is_set():
                        read, created = gate.run(self.dispatcher.run_once)
                        if created:
                            for runner in self.runners:
                                runner.wake()
                        if read < self.dispatcher.batch:
                            break  # caught up: a commit after this read wakes us again
                except StoreError as exc:  # e.g. disk full: one line, then keep trying
                    trouble.failed(exc)
                    self._stop.wait(self.poll_seconds)
                    continue
                except Exception:  # keep dispatching after an unexpected error
                    log.exception("dispatcher pass failed; retrying")
                    self._stop.wait(self.poll_seconds)
                    continue
                trouble.ok()
        finally:
            gate.close()


def action_state_counts(store: Store) -> dict[str, int]:
    rows = store.query("SELECT state, COUNT(*) FROM webhook_actions GROUP BY state")
    return {str(s): int(n) for s, n in rows} | {
        s.value: 0 for s in ActionState if s.value not in {r[0] for r in rows}
    }

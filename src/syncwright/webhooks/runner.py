"""Route runners: one thread, one event loop and one store handle per route (a bulkhead).

A runner takes its route's runnable actions from the ``webhook_actions`` read model and
runs at most ``concurrency`` of them at once, each attempt bounded by the route's timeout.
Every step is an event on the action's stream appended at the version the runner saw, so
an action is started by one runner only and succeeds exactly once. A destination that
hangs ties up its own route's slots and nothing else: intake and the other routes have
their own threads, loops and store handles.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
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
from syncwright.store.errors import ConcurrencyConflict, StoreError
from syncwright.store.projections.webhooks import ACTION_PREFIX
from syncwright.webhooks.actions import PERFORM, ActionContext
from syncwright.webhooks.model import iso
from syncwright.webhooks.routes import Route, RouteTable
from syncwright.webhooks.storegate import StoreGate, StoreTrouble

log = logging.getLogger(__name__)
ActionHook = Callable[[str, str], None]  # (route, outcome)


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


def _forget(running: dict[str, Any], action_id: str, _task: object) -> None:
    running.pop(action_id, None)


def _append(store: Store, action_id: str, version: int, event: NewEvent) -> None:
    store.append(f"{ACTION_PREFIX}{action_id}", version, [event])


def _created(store: Store, action_id: str) -> dict[str, Any]:
    return store.read_stream(f"{ACTION_PREFIX}{action_id}", 1)[0].data


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
        self._stop = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._thread = threading.Thread(
            target=self._thread_main, name=f"route-{route.name}", daemon=True
        )

    # -- life cycle --------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

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
        running: dict[str, asyncio.Task[None]] = {}
        recover = self._recover
        limit = self.route.definition.concurrency
        try:
            while not self._stop.is_set():
                free = limit - len(running)
                if free > 0:
                    now = iso(datetime.now(UTC))
                    try:
                        due = await gate.call(
                            due_actions, self.route.name, now, free + len(running), recover
                        )
                    except StoreError as exc:  # e.g. disk full: the runner waits it out
                        self.trouble.failed(exc)
                        due = []
                    else:
                        self.trouble.ok()
                        recover = self._recover
                        self._recover = False
                    for view in due:
                        if view.action_id in running or len(running) >= limit:
                            continue
                        task = asyncio.create_task(self._execute(gate, ctx, view))
                        running[view.action_id] = task
                        task.add_done_callback(partial(_forget, running, view.action_id))
                self._wake.clear()
                waiters: list[Any] = [asyncio.create_task(self._wake.wait())]
                if running and len(running) >= limit:
                    waiters += list(running.values())
                await asyncio.wait(
                    waiters, timeout=self.poll_seconds, return_when=asyncio.FIRST_COMPLETED
                )
                waiters[0].cancel()
        finally:
            for task in running.values():
                task.cancel()
            await asyncio.gather(*running.values(), return_exceptions=True)
            await ctx.close()
            gate.close()

    async def _execute(self, gate: StoreGate, ctx: ActionContext, view: ActionView) -> None:
        try:
            await self._execute_action(gate, ctx, view)
        except StoreError as exc:
            # The store refused a step (disk full): the action stays where the store has
            # it; the next pass picks up actions left started, as after a restart.
            self.trouble.failed(exc)
            self._recover = True

    async def _execute_action(
        self, gate: StoreGate, ctx: ActionContext, view: ActionView
    ) -> None:
        aid, version, attempt = view.action_id, view.version, view.attempt + 1
        try:
            await gate.call(
                _append, aid, version, NewEvent(ActionEvent.STARTED, {"attempt": attempt})
            )
        except ConcurrencyConflict:
            return  # someone else moved this action first
        version += 1
        definition = self.route.action(view.action)
        try:
            if definition is None:
                raise AdapterError(
                    Classified(
                        ErrorKind.PERMANENT,
                        f"action {view.action!r} is no longer in route {view.route!r}",
                    )
                )
            created = await gate.call(_created, aid)
            perform = PERFORM[definition.kind]
            assert definition.name is not None
            result = await asyncio.wait_for(
                perform(ctx, self.route, definition.name, definition.spec, created["event"], aid),
                self.route.definition.timeout_seconds,
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            failure = self._classify(exc)
            # Stored and shown: never with a credential in it (an error echoing a header).
            message = scrub(failure.message, ctx.secrets())
            if message != failure.message:
                failure = Classified(
                    failure.kind, message, failure.retry_after_seconds, failure.status, failure.code
                )
            await self._failed(gate, ctx, view, version, attempt, failure)
            return
        await self._finish(
            gate,
            aid,
            version,
            NewEvent(ActionEvent.SUCCEEDED, {"attempt": attempt, "result": result}),
            "succeeded",
        )

    def _classify(self, exc: Exception) -> Classified:
        if isinstance(exc, AdapterError):
            return exc.classified
        if isinstance(exc, TimeoutError):
            return Classified(
                ErrorKind.TRANSIENT,
                f"timed out after {self.route.definition.timeout_seconds:g} s",
            )
        return Classified(ErrorKind.FATAL, f"{type(exc).__name__}: {exc}")

    async def _failed(
        self,
        gate: StoreGate,
        ctx: ActionContext,
        view: ActionView,
        version: int,
        attempt: int,
        failure: Classified,
    ) -> None:
        now = datetime.now(UTC)
        decision = self.route.policy.decide(failure, attempt, now)
        error = failure.message
        if decision.action is Action.GIVE_UP:
            event = NewEvent(
                ActionEvent.FAILED,
                {
                    "attempt": attempt,
                    "error": error,
                    "kind": failure.kind.value,
                    "reason": decision.reason,
                },
            )
            await self._finish(gate, view.action_id, version, event, "failed")
            return
        until = decision.until or now + timedelta(seconds=decision.delay or 0)
        event = NewEvent(
            ActionEvent.RETRY_SCHEDULED,
            {
                "attempt": attempt,
                "error": error,
                "kind": failure.kind.value,
                "retry_at": iso(until),
            },
        )
        await self._finish(gate, view.action_id, version, event, "retry_scheduled")

    async def _finish(
        self, gate: StoreGate, aid: str, version: int, event: NewEvent, outcome: str
    ) -> None:
        try:
            await gate.call(_append, aid, version, event)
        except ConcurrencyConflict:
            return
        if self.on_outcome is not None:
            self.on_outcome(self.route.name, outcome)


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
        self.dispatcher = Dispatcher(table)
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
                self._wake.wait(self.poll_seconds)
                self._wake.clear()
                try:
                    while not self._stop.is_set():
                        read, created = gate.run(self.dispatcher.run_once)
                        if created:
                            for runner in self.runners:
                                runner.wake()
                        if read == 0:
                            break
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

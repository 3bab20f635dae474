"""Intake's single writer: every delivery waiting at that moment, committed in one transaction.

Why: with many requests in flight, one transaction per delivery makes each wait its turn
for the write lock and pay a commit of its own. Here the request handlers (on the event
loop) verify and parse, then queue the delivery; one thread takes everything queued,
commits it as one group (``record_deliveries``) and only then answers each request. A 2xx
still means "in the inbox" (the commit is the same, it is just shared), and a failed
commit fails every request of its group, none of which was stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from syncwright.store.errors import StoreError
from syncwright.webhooks.inbox import IntakeResult, record_deliveries
from syncwright.webhooks.model import ParsedDelivery
from syncwright.webhooks.storegate import StoreGate

MAX_GROUP = 512  # deliveries per transaction: bounds a commit's size and a group's latency


@dataclass(frozen=True, slots=True)
class _Waiting:
    delivery: ParsedDelivery
    loop: asyncio.AbstractEventLoop
    answer: asyncio.Future[IntakeResult]


Settled = list[tuple["asyncio.Future[IntakeResult]", "IntakeResult | BaseException"]]


def _settle(outcomes: Settled) -> None:
    """On the requests' loop: hand each its result (a request whose client left is skipped)."""
    for answer, outcome in outcomes:
        if answer.done():
            continue
        if isinstance(outcome, BaseException):
            answer.set_exception(outcome)
        else:
            answer.set_result(outcome)


class IntakeWriter:
    """Started on first use; ``close`` stops the thread (requests still queued get a 503)."""

    def __init__(
        self,
        gate: StoreGate,
        on_stored: Callable[[], None] | None = None,
        max_group: int = MAX_GROUP,
    ) -> None:
        self.gate = gate
        self.on_stored = on_stored  # called once per group that stored something
        self.max_group = max_group
        self._queue: queue.SimpleQueue[_Waiting | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._closed = False
        self.groups = 0  # transactions committed (for tests and the bench)

    async def record(self, delivery: ParsedDelivery) -> IntakeResult:
        """Queue the delivery; returns once its group has committed (or raises StoreError)."""
        self._ensure_started()
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[IntakeResult] = loop.create_future()
        self._queue.put(_Waiting(delivery, loop, answer))
        return await answer

    def _ensure_started(self) -> None:
        if self._closed:
            raise StoreError("webhook intake is shutting down")
        if self._thread is not None:
            return
        with self._lock:
            if self._closed:
                raise StoreError("webhook intake is shutting down")
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._main, name="intake-writer", daemon=True
                )
                self._thread.start()

    def close(self, timeout: float = 5.0) -> None:
        with self._lock:
            self._closed = True
            thread = self._thread
        if thread is not None:
            self._queue.put(None)
            thread.join(timeout)

    def _take(self, first: _Waiting) -> tuple[list[_Waiting], bool]:
        """``first`` plus everything queued behind it (up to ``max_group``); whether to stop."""
        group = [first]
        while len(group) < self.max_group:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is None:
                return group, True
            group.append(item)
        return group, False

    def _main(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is None:
                break
            group, stopping = self._take(first)
            outcomes: list[IntakeResult | BaseException]
            try:
                results = self.gate.run(record_deliveries, [w.delivery for w in group])
                outcomes = list(results)
                self.groups += 1
                if self.on_stored is not None and any(r.accepted for r in results):
                    self.on_stored()  # one wake-up of the dispatcher per commit
            except Exception as exc:  # StoreError and anything else: none of the group stored
                outcomes = [exc] * len(group)
            self._answer(group, outcomes)
        self._drain()

    def _answer(self, group: list[_Waiting], outcomes: list[IntakeResult | BaseException]) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, Settled] = defaultdict(list)
        for waiting, outcome in zip(group, outcomes, strict=True):
            by_loop[waiting.loop].append((waiting.answer, outcome))
        for loop, settled in by_loop.items():
            if not loop.is_closed():
                with contextlib.suppress(RuntimeError):  # closed meanwhile: nobody waits
                    loop.call_soon_threadsafe(_settle, settled)

    def _drain(self) -> None:
        """Answer what is still queued after ``close``: not stored, try again later."""
        left: list[_Waiting] = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                left.append(item)
        if left:
            self._answer(left, [StoreError("webhook intake is shutting down")] * len(left))

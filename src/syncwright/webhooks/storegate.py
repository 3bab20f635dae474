"""One store handle used by one component, serialised by a lock and kept off event loops.

A SQLite handle is one connection: two threads must not interleave transactions on it, and
a write may wait on the file lock, which must never stall an event loop (intake's least of
all). Each component (intake, dispatcher, each route) opens its own gate.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from syncwright.store import Store, open_store

T = TypeVar("T")
log = logging.getLogger(__name__)


class StoreTrouble:
    """Reports a component's store failures as one line each, without a traceback, and
    only when the failure changes: a full disk must not become a traceback per request or
    per poll. ``ok()`` says once that the store works again."""

    def __init__(self, who: str) -> None:
        self.who = who
        self._failing: str | None = None
        self._lock = threading.Lock()

    def failed(self, exc: BaseException) -> None:
        message = str(exc)
        with self._lock:
            if message == self._failing:
                return
            self._failing = message
        log.warning("%s: %s", self.who, message)

    def ok(self) -> None:
        with self._lock:
            if self._failing is None:
                return
            self._failing = None
        log.warning("%s: the store works again", self.who)


class StoreGate:
    def __init__(self, location: str) -> None:
        self.store: Store = open_store(location)
        self.location = location
        self._lock = threading.Lock()
        # One thread of its own: calls are serialised by the lock anyway, and a plain
        # executor hop costs a fraction of anyio's (a route runner makes three per batch).
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="store-gate")

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Call ``fn(store, *args)`` holding this gate's lock (from any thread)."""
        with self._lock:
            return fn(self.store, *args)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """``run`` in the gate's thread, so the calling event loop never blocks on the store."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, partial(self.run, fn, *args))

    def close(self) -> None:
        self._thread.shutdown(wait=False)
        with self._lock:
            self.store.close()

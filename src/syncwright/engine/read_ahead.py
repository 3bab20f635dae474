"""Pull from an async iterator ahead of its consumer, so the next page is on the wire while
the current one is being committed.

A source's pages come one cursor after another, so a sync that fetches, then commits,
then fetches leaves the platform idle during every commit and the store idle during
every request. ``read_ahead`` runs the iterator in its own task, at most ``depth`` items
ahead. Nothing read ahead is ever committed out of order or silently dropped: items are
handed over in order, an error is raised to the consumer at the point it happened, and
leaving the block cancels the reader (what it held was never checkpointed, so the next
attempt reads it again from the last committed cursor).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Generic, TypeVar

T = TypeVar("T")


class _End:
    """Marks the end of the source (``error`` set when it failed)."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


class _Ahead(Generic[T]):
    def __init__(self, source: AsyncIterator[T], depth: int) -> None:
        self._source = source
        self._queue: asyncio.Queue[T | _End] = asyncio.Queue(maxsize=depth)
        self._task = asyncio.create_task(self._pump())
        self._ended = False

    async def _pump(self) -> None:
        try:
            async for item in self._source:
                await self._queue.put(item)
        except Exception as exc:  # handed to the consumer, raised where it reads
            await self._queue.put(_End(exc))
            return
        await self._queue.put(_End())

    def __aiter__(self) -> _Ahead[T]:
        return self

    async def __anext__(self) -> T:
        if self._ended:
            raise StopAsyncIteration
        item = await self._queue.get()
        if isinstance(item, _End):
            self._ended = True
            if item.error is not None:
                raise item.error
            raise StopAsyncIteration
        return item

    async def close(self) -> None:
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        aclose = getattr(self._source, "aclose", None)
        if aclose is not None:
            await aclose()


@asynccontextmanager
async def read_ahead(source: AsyncIterator[T], depth: int = 1) -> AsyncIterator[AsyncIterator[T]]:
    """Iterate ``source`` up to ``depth`` items ahead of the ``async for`` over the result."""
    if depth < 1:
        raise ValueError(f"read_ahead depth must be at least 1 (got {depth})")
    ahead = _Ahead(source, depth)
    try:
        yield ahead
    finally:
        await ahead.close()

"""Time for the limiter, injectable so tests time-travel instead of sleeping.

Two time bases: ``monotonic()`` paces requests and measures windows (it never jumps,
and on Linux it is shared by every process on the machine, so SQLite state works
across processes); ``now()`` is wall time for quotas that reset at a calendar instant.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the limiter needs to know about time."""

    def monotonic(self) -> float: ...

    def now(self) -> datetime:
        """Aware UTC wall time."""
        ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clocks: ``time.monotonic``, ``datetime.now(UTC)``, ``asyncio.sleep``."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class ManualClock:
    """A clock that moves only when told; ``sleep`` advances it instantly.

    Both time bases move together, so a test can jump a day and see a quota reset.
    """

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0) -> None:
        self._wall = start or datetime(2024, 1, 15, 12, 0, tzinfo=UTC)
        self._mono = monotonic
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def travel_to(self, wall: datetime) -> None:
        """Jump to a wall time; monotonic time moves by the same amount (or not, if back)."""
        self._mono += max(0.0, (wall - self._wall).total_seconds())
        self._wall = wall

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(max(0.0, seconds))
        await asyncio.sleep(0)

"""Injectable clocks, so tests can time-travel through rate-limit windows and daily resets.

A clock is any zero-argument callable returning epoch seconds. ``OffsetClock`` wraps one
and adds a movable offset; every simulator uses one, which is what lets the admin API
(``POST /__sandbox/clock``) move a running simulator forward in time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], float]


def system_clock() -> float:
    """Wall-clock epoch seconds."""
    return time.time()


class ManualClock:
    """A clock that only moves when told to; handy for unit tests."""

    def __init__(self, start: float = 1_767_225_600.0) -> None:  # 2026-01-01T00:00:00Z
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class OffsetClock:
    """``base() + offset``: the simulator's clock, movable forward through the admin API."""

    def __init__(self, base: Clock = system_clock) -> None:
        self.base = base
        self.offset = 0.0

    def __call__(self) -> float:
        return self.base() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def iso(ts: float, millis: bool = True) -> str:
    """ISO-8601 UTC with a trailing Z, the way HubSpot and Mailchimp print times."""
    dt = datetime.fromtimestamp(ts, tz=UTC)  # isoformat: twice as fast as strftime
    return dt.isoformat(timespec="milliseconds" if millis else "seconds")[:-6] + "Z"


def parse_iso(text: str) -> float:
    """Parse an ISO-8601 time (``Z`` or offset) to epoch seconds; naive means UTC."""
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()

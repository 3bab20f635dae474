"""Sliding windows and pacing: when may the next request go? Pure functions.

A sliding window admits a request when fewer than ``limit`` earlier requests fall in
the last ``seconds``. Requests still in flight always count, and a finished request is
stamped with the time its response came back: the server saw it between admission and
response, so stamping late can only err on the safe side, whatever the network jitter.

Pacing is GCRA (a virtual scheduling leaky bucket): requests are spread at one every
``seconds / limit`` with ``burst`` allowed back to back, so a window's budget is not
spent in its first milliseconds and then followed by a stall.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

EPSILON = 1e-6  # added to computed waits so float rounding never wakes a caller too early


@dataclass(frozen=True, slots=True)
class Stamp:
    """One admitted request as a window sees it."""

    ts: float  # admission time while in flight, response time once released
    inflight: bool


def window_count(stamps: Iterable[Stamp], seconds: float, now: float) -> int:
    """Requests that still count against a ``seconds`` window at ``now``."""
    return sum(1 for s in stamps if s.inflight or s.ts > now - seconds)


def window_wait(stamps: Iterable[Stamp], limit: int, seconds: float, now: float) -> float | None:
    """Seconds until one more request fits (0 = now); None if only in-flight ones block it.

    The window frees its oldest finished slot ``seconds`` after it was stamped; if the
    window is full of in-flight requests there is no time to name: wait for a response.
    """
    counted = [s for s in stamps if s.inflight or s.ts > now - seconds]
    excess = len(counted) - limit + 1
    if excess <= 0:
        return 0.0
    finished = sorted(s.ts for s in counted if not s.inflight)
    if len(finished) < excess:
        return None
    return max(0.0, finished[excess - 1] + seconds - now + EPSILON)


def emission_interval(limit: int, seconds: float) -> float:
    """The steady spacing between requests that uses a window exactly."""
    return seconds / limit


def burst_size(limit: int, fraction: float) -> int:
    """How many requests may go back to back: a small share of the window, at least 1."""
    return max(1, min(limit, math.ceil(limit * fraction)))


def gcra_wait(tat: float | None, interval: float, burst: int, now: float) -> float:
    """Seconds until GCRA admits a request, given the theoretical arrival time ``tat``."""
    if tat is None:
        return 0.0
    allowed_at = tat - (burst - 1) * interval
    return max(0.0, allowed_at - now + EPSILON) if allowed_at > now else 0.0


def gcra_next_tat(tat: float | None, interval: float, now: float) -> float:
    """The theoretical arrival time after admitting one request at ``now``."""
    return max(tat if tat is not None else now, now) + interval

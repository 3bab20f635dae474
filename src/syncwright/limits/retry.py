"""What to do after a failed call: a pure decision from the classified failure and attempt.

Short waits are slept in the call (``RETRY``); waits longer than ``park_after`` become
``PARK`` decisions carrying the instant to resume, which the engine persists as the job's
``waiting`` state instead of sleeping. A Retry-After also names a ``pause_until`` that the
caller hands to ``Limiter.pause`` so every job using that endpoint group waits too.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from enum import StrEnum

from syncwright.domain.failures import Classified, ErrorKind


class Action(StrEnum):
    RETRY = "retry"  # sleep ``delay`` seconds, then call again
    PARK = "park"  # persist ``waiting`` until ``until``, then call again
    GIVE_UP = "give_up"  # stop retrying this call; ``reason`` says why


@dataclass(frozen=True, slots=True)
class RetryDecision:
    action: Action
    reason: str
    delay: float | None = None  # seconds, for RETRY and PARK
    until: datetime | None = None  # wall time to try again, for RETRY and PARK
    pause_until: datetime | None = None  # pause the endpoint group for everyone until then


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds or an HTTP date; None if garbage.

    A date in the past means "now" (0). Negative or non-finite numbers are garbage.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive result means "-0000"
        return None
    return max(0.0, (when - now).total_seconds())


_GIVE_UP = {
    ErrorKind.PERMANENT: "the request is wrong; retrying cannot help",
    ErrorKind.PERMANENT_RECORD: "the record is wrong; quarantine it and go on",
    ErrorKind.AUTH: "credentials are missing, wrong or expired; a human must fix them",
    ErrorKind.FATAL: "the job must stop",
}


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Settings of the retry decision; ``decide`` is pure given ``seed``."""

    max_attempts: int = 8
    max_rate_limit_waits: int = 100  # 429s that name a Retry-After time
    base: float = 0.5  # first backoff ceiling, seconds
    cap: float = 60.0  # backoff ceiling never exceeds this
    park_after: float = 5.0  # longer waits are persisted, not slept
    quota_fallback: float = 3600.0  # a spent quota without a known reset: look again then
    seed: int | None = None  # fixes the jitter for tests and replays

    def backoff_ceiling(self, attempt: int) -> float:
        """The exponential ceiling for ``attempt`` (1 = first failure), capped."""
        return min(self.cap, self.base * 2.0 ** max(0, attempt - 1))

    def jitter(self, attempt: int) -> float:
        """Full jitter: uniform in [0, ceiling]; deterministic when ``seed`` is set."""
        rng = random.Random(f"{self.seed}:{attempt}") if self.seed is not None else random
        return rng.uniform(0.0, self.backoff_ceiling(attempt))

    def decide(
        self,
        failure: Classified,
        attempt: int,
        now: datetime,
        quota_reset: datetime | None = None,
    ) -> RetryDecision:
        """Decide after the ``attempt``-th failed call (1-based).

        ``quota_reset`` is the limiter's idea of when a spent quota resets
        (``Limiter.quota_reset``); it is used when the platform names no time.
        """
        kind = failure.kind
        if kind in _GIVE_UP:
            return RetryDecision(
                Action.GIVE_UP, f"{kind.value}: {_GIVE_UP[kind]}: {failure.message}"
            )
        if kind is ErrorKind.QUOTA_EXHAUSTED:
            if failure.retry_after_seconds is not None:
                until = now + timedelta(seconds=failure.retry_after_seconds)
            else:
                until = quota_reset or now + timedelta(seconds=self.quota_fallback)
            return RetryDecision(
                Action.PARK,
                f"quota exhausted until {until.isoformat()}: {failure.message}",
                delay=max(0.0, (until - now).total_seconds()),
                until=until,
            )
        told_when = failure.retry_after_seconds is not None and kind in {
            ErrorKind.RETRY_AFTER,
            ErrorKind.RATE_LIMITED,
        }
        # A platform that names a time to come back is pacing us, not failing: obeying it
        # is not hammering, so it has its own, much larger allowance.
        allowed = self.max_rate_limit_waits if told_when else self.max_attempts
        if attempt >= allowed:
            return RetryDecision(
                Action.GIVE_UP,
                f"gave up after {attempt} attempts ({kind.value}): {failure.message}",
            )
        if told_when and failure.retry_after_seconds is not None:
            delay = failure.retry_after_seconds
            until = now + timedelta(seconds=delay)
            return self._wait(delay, until, f"Retry-After {delay:g}s: {failure.message}", until)
        delay = self.jitter(attempt)
        until = now + timedelta(seconds=delay)
        return self._wait(
            delay, until, f"backoff {delay:.2f}s after {kind.value}: {failure.message}"
        )

    def _wait(
        self, delay: float, until: datetime, reason: str, pause_until: datetime | None = None
    ) -> RetryDecision:
        action = Action.PARK if delay > self.park_after else Action.RETRY
        return RetryDecision(action, reason, delay=delay, until=until, pause_until=pause_until)

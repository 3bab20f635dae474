"""What to do after a failed call: retry now-ish, park the job in ``waiting``, or give up.

Pure and deterministic given a seeded random source, so tests can pin it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from syncwright.domain.failures import Classified, ErrorKind


@dataclass(frozen=True, slots=True)
class Decision:
    give_up: bool
    delay_seconds: float = 0.0


def decide(
    error: Classified,
    attempt: int,
    *,
    max_attempts: int,
    base_seconds: float,
    cap_seconds: float,
    rng: random.Random,
) -> Decision:
    """``attempt`` is the number of the attempt that just failed (1 for the first)."""
    if not error.retryable:
        return Decision(give_up=True)
    if (
        error.kind in (ErrorKind.RETRY_AFTER, ErrorKind.QUOTA_EXHAUSTED)
        and error.retry_after_seconds
    ):
        # The platform told us when: obey exactly, and it does not use up an attempt.
        return Decision(give_up=False, delay_seconds=error.retry_after_seconds)
    if attempt >= max_attempts:
        return Decision(give_up=True)
    ceiling = min(cap_seconds, base_seconds * 2 ** (attempt - 1))
    return Decision(give_up=False, delay_seconds=rng.uniform(ceiling / 2, ceiling))

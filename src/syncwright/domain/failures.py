"""How a failed call is classified, so the engine and the retry policy never parse platform errors.

Adapters turn a platform's response or exception into a ``Classified`` value with the
platform's own message kept verbatim; everything downstream works on this value only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorKind(StrEnum):
    """What a failure means for what to do next."""

    RETRY_AFTER = "retry_after"  # the platform named a time to come back (Retry-After, reset)
    RATE_LIMITED = "rate_limited"  # 429 or equivalent without a usable time: back off
    TRANSIENT = "transient"  # 5xx, timeout, dropped connection: back off with jitter
    QUOTA_EXHAUSTED = "quota_exhausted"  # a daily/rolling quota ran out: wait for its reset
    PERMANENT = "permanent"  # the request itself is wrong: do not retry
    PERMANENT_RECORD = "permanent_record"  # one record is wrong: quarantine it, go on
    AUTH = "auth"  # credentials missing, wrong or expired: stop and ask a human
    FATAL = "fatal"  # anything else that must stop the job


@dataclass(frozen=True, slots=True)
class Classified:
    """A failure as the engine sees it: the kind, the platform's words, and when to retry."""

    kind: ErrorKind
    message: str  # verbatim from the platform (never contains credentials)
    retry_after_seconds: float | None = None
    status: int | None = None
    code: str | None = None  # the platform's error code, e.g. INVALID_EMAIL_ADDRESS

    @property
    def retryable(self) -> bool:
        return self.kind in {
            ErrorKind.RETRY_AFTER,
            ErrorKind.RATE_LIMITED,
            ErrorKind.TRANSIENT,
            ErrorKind.QUOTA_EXHAUSTED,
        }

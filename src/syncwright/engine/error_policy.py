"""Letting code decide what a failed call leads to, within the engine's rules.

The engine's own decision (``limits/retry.py``) comes first; an ``on_error`` hook (the
Python API's ``run_sync(on_error=...)``) may then choose ``retry``, ``wait``,
``quarantine`` or ``stop``. It may be more careful than the engine, never less:

| engine decided | hook may choose |
|---|---|
| retry (a short backoff) | retry, wait (persist ``waiting`` for that backoff instead), quarantine, stop |
| wait (Retry-After, quota, long backoff) | wait, quarantine, stop (never sooner: no hammering) |
| give up (auth, bad request, attempts spent) | quarantine, stop (never retry what cannot succeed) |

``quarantine`` is for uploads only: the batch's records are quarantined with the
platform's words (they count towards ``max_rejected_ratio`` like any rejection, and can
be fixed and retried). A choice the rules do not allow keeps the engine's decision, and
the event records why (``on_error`` in the event data).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from syncwright.adapters.base import Outcome, Record, RecordOutcome
from syncwright.domain.failures import Classified
from syncwright.limits.retry import Action, RetryDecision


class ErrorChoice(StrEnum):
    RETRY = "retry"
    WAIT = "wait"
    QUARANTINE = "quarantine"
    STOP = "stop"


@dataclass(frozen=True, slots=True)
class ErrorContext:
    """What an ``on_error`` hook is told about one failed call."""

    job_id: str
    what: str  # "fetching", "uploading batch 3 of 10", ...
    error: Classified  # kind, the platform's message verbatim, status, code
    attempt: int
    engine_decision: str  # "retry", "wait" or "stop": what the engine would do
    can_quarantine: bool  # True for uploads


ErrorHook = Callable[[ErrorContext], "ErrorChoice | str | None"]


@dataclass(frozen=True, slots=True)
class Quarantine(RetryDecision):
    """The hook's choice to quarantine the batch being uploaded, with the platform's words."""

    code: str | None = None

    def outcomes(self, records: list[tuple[str, Record]]) -> list[RecordOutcome]:
        """Every record of the batch, rejected with the call's error."""
        return [
            RecordOutcome(key, Outcome.REJECTED, reason=self.reason, code=self.code)
            for key, _ in records
        ]


@dataclass(frozen=True, slots=True)
class Choice:
    decision: RetryDecision
    note: str  # what the hook chose, or why its choice was refused


_ENGINE_WORD = {Action.RETRY: "retry", Action.PARK: "wait", Action.GIVE_UP: "stop"}
_ALLOWED = {
    Action.RETRY: {ErrorChoice.RETRY, ErrorChoice.WAIT, ErrorChoice.QUARANTINE, ErrorChoice.STOP},
    Action.PARK: {ErrorChoice.WAIT, ErrorChoice.QUARANTINE, ErrorChoice.STOP},
    Action.GIVE_UP: {ErrorChoice.QUARANTINE, ErrorChoice.STOP},
}


def context(
    job_id: str, what: str, error: Classified, attempt: int, decision: RetryDecision
) -> ErrorContext:
    return ErrorContext(
        job_id,
        what,
        error,
        attempt,
        _ENGINE_WORD[decision.action],
        what.startswith(("uploading", "re-sending")),
    )


def choose(hook: ErrorHook, ctx: ErrorContext, decision: RetryDecision, now: datetime) -> Choice:
    """The decision after asking ``hook``; the engine's own when the hook's is not allowed."""
    raw = hook(ctx)
    if raw is None:
        return Choice(decision, "")
    try:
        choice = ErrorChoice(str(raw))
    except ValueError:
        return Choice(decision, f"refused {raw!r}: choose retry, wait, quarantine or stop")
    engine = ctx.engine_decision
    if choice not in _ALLOWED[decision.action]:
        return Choice(decision, f"refused {choice.value}: the engine's decision is to {engine}")
    if choice is ErrorChoice.QUARANTINE and not ctx.can_quarantine:
        return Choice(decision, f"refused quarantine: {ctx.what} has no records to quarantine")
    note = f"on_error chose {choice.value}"
    if choice is ErrorChoice.STOP and decision.action is not Action.GIVE_UP:
        return Choice(
            RetryDecision(Action.GIVE_UP, f"stopped by on_error: {ctx.error.message}"), note
        )
    if choice is ErrorChoice.WAIT and decision.action is Action.RETRY:
        return Choice(replace(decision, action=Action.PARK, until=decision.until or now), note)
    if choice is ErrorChoice.QUARANTINE:
        return Choice(Quarantine(Action.GIVE_UP, ctx.error.message, code=ctx.error.code), note)
    return Choice(decision, note)


__all__ = ["ErrorChoice", "ErrorContext", "ErrorHook", "Quarantine", "choose", "context"]

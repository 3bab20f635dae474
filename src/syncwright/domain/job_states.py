"""The sync job's state machine, as a data table.

``TRANSITIONS[(state, event_type)]`` is the state after the event. A pair that is not
in the table is an illegal transition. ``PREVIOUS`` means "the active state the job was
in before it started waiting or needed attention"; the fold in ``job.py`` keeps it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class JobState(StrEnum):
    QUEUED = "queued"
    FETCHING = "fetching"
    MAPPING = "mapping"
    VALIDATING = "validating"
    UPLOADING = "uploading"
    WAITING = "waiting"
    NEEDS_ATTENTION = "needs_attention"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class JobEvent(StrEnum):
    """Every event type of a job stream."""

    CREATED = "job_created"
    STARTED = "job_started"
    RUNNER_ATTACHED = "runner_attached"
    PAGE_FETCHED = "page_fetched"
    FETCH_COMPLETED = "fetch_completed"
    BATCH_MAPPED = "batch_mapped"
    MAPPING_COMPLETED = "mapping_completed"
    BATCH_VALIDATED = "batch_validated"
    VALIDATION_COMPLETED = "validation_completed"
    BATCH_UPLOADED = "batch_uploaded"
    ATTEMPT_FAILED = "attempt_failed"
    WAIT_STARTED = "wait_started"
    WAIT_ENDED = "wait_ended"
    ATTENTION_NEEDED = "attention_needed"
    RESUMED = "job_resumed"
    RECORD_FIXED = "record_fixed"
    REDEFINED = "job_redefined"  # a corrected job file, frozen again while stopped
    RETRY_REQUESTED = "retry_requested"
    UPLOAD_COMPLETED = "upload_completed"
    CANCELLED = "job_cancelled"


PREVIOUS: Final = "previous"
"""Target meaning: back to the active state held before ``waiting`` / ``needs_attention``."""

S, E = JobState, JobEvent
ACTIVE: Final = (S.FETCHING, S.MAPPING, S.VALIDATING, S.UPLOADING)
"""States in which a runner does work (and to which PREVIOUS can lead)."""
TERMINAL: Final = (S.COMPLETED, S.CANCELLED)
NOT_TERMINAL: Final = (S.QUEUED, *ACTIVE, S.WAITING, S.NEEDS_ATTENTION)

_table: dict[tuple[JobState, JobEvent], JobState | str] = {
    (S.QUEUED, E.STARTED): S.FETCHING,
    (S.FETCHING, E.PAGE_FETCHED): S.FETCHING,
    (S.FETCHING, E.FETCH_COMPLETED): S.MAPPING,
    (S.MAPPING, E.BATCH_MAPPED): S.MAPPING,
    (S.MAPPING, E.MAPPING_COMPLETED): S.VALIDATING,
    (S.VALIDATING, E.BATCH_VALIDATED): S.VALIDATING,
    (S.VALIDATING, E.VALIDATION_COMPLETED): S.UPLOADING,
    (S.UPLOADING, E.BATCH_UPLOADED): S.UPLOADING,
    (S.UPLOADING, E.UPLOAD_COMPLETED): S.COMPLETED,
    (S.WAITING, E.WAIT_ENDED): PREVIOUS,
    (S.NEEDS_ATTENTION, E.RESUMED): PREVIOUS,
    (S.NEEDS_ATTENTION, E.REDEFINED): S.NEEDS_ATTENTION,
    (S.NEEDS_ATTENTION, E.RETRY_REQUESTED): S.UPLOADING,
    (S.COMPLETED, E.RETRY_REQUESTED): S.UPLOADING,
}
for _s in ACTIVE:
    _table[(_s, E.ATTEMPT_FAILED)] = _s
    _table[(_s, E.WAIT_STARTED)] = S.WAITING
    _table[(_s, E.ATTENTION_NEEDED)] = S.NEEDS_ATTENTION
_table[(S.WAITING, E.ATTENTION_NEEDED)] = S.NEEDS_ATTENTION
for _s in NOT_TERMINAL:
    _table[(_s, E.RUNNER_ATTACHED)] = _s
    _table[(_s, E.CANCELLED)] = S.CANCELLED
# Fixing a record is allowed whenever the job is not cancelled: before a retry, or
# while it is still running (the fix applies when the record is next sent).
for _s in (*NOT_TERMINAL, S.COMPLETED):
    _table[(_s, E.RECORD_FIXED)] = _s

TRANSITIONS: Final[dict[tuple[JobState, JobEvent], JobState | str]] = _table
"""The whole machine. Tests walk every (state, event) pair against it."""


class IllegalTransition(ValueError):
    """An event that the table does not allow in the job's current state."""

    def __init__(self, state: JobState, event: str) -> None:
        allowed = sorted(e.value for (s, e) in TRANSITIONS if s == state)
        super().__init__(
            f"illegal transition: event {event!r} is not allowed in state {state.value!r} "
            f"(allowed: {', '.join(allowed)})"
        )
        self.state = state
        self.event = event


def next_state(state: JobState, event: str, previous: JobState | None) -> JobState:
    """The state after ``event``; raises ``IllegalTransition`` when the table says no."""
    try:
        target = TRANSITIONS[(state, JobEvent(event))]
    except (KeyError, ValueError):
        raise IllegalTransition(state, event) from None
    if target == PREVIOUS:
        if previous is None:
            raise IllegalTransition(state, event)
        return previous
    return JobState(target)

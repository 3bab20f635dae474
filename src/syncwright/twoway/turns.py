"""One run at a time per two-way sync, and run requests that coalesce.

Two runs of one sync executing together would each reconcile against a baseline the other
is changing: both could write the same person, and echoes would no longer be recognised.
So a run *takes the sync's turn* before it reads anything: it appends ``twoway_turn_taken
{job}`` to the small stream ``twoway-turn-<name>`` at the version it read, so of two runs
taking the turn at the same moment exactly one succeeds (the store's optimistic
concurrency), and the other reads the winner. A run holds the turn until its job is
finished (completed or cancelled): a run killed, waiting or needing attention still holds
it, and a run that finds the turn held by another unfinished run does not start reading;
it waits in the engine's ``waiting`` state for ``TURN_WAIT_SECONDS`` and asks again.

Requests (webhooks as triggers): a request while the sync already has a queued run, not
yet started, is folded into that run, which will read the change when it starts; only
otherwise is a new run created.
"""

from __future__ import annotations

import contextlib
from typing import Any

from syncwright.domain.events import NewEvent
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.domain.job_states import TERMINAL, JobState
from syncwright.store.base import Store
from syncwright.store.errors import ConcurrencyConflict, UnknownJob

TURN_TAKEN = "twoway_turn_taken"
TURN_WAIT_SECONDS = 2.0


def turn_stream(name: str) -> str:
    return f"twoway-turn-{name}"


class TurnHeld(Exception):
    """Another unfinished run of the sync holds its turn: this run waits."""

    def __init__(self, name: str, holder: str, state: str) -> None:
        super().__init__(f"run {holder} of two-way sync {name!r} is unfinished ({state}); "
                         f"this run waits for it (one run at a time per sync)")

    def classified(self) -> Classified:
        # The engine parks a job on a quota until a named time, without giving up: the same
        # wait, with this reason (the only ErrorKind whose wait has no attempt limit).
        return Classified(ErrorKind.QUOTA_EXHAUSTED, str(self),
                          retry_after_seconds=TURN_WAIT_SECONDS, code="TWO_WAY_BUSY")


def _state(store: Store, job_id: str) -> JobState | None:
    try:
        return store.get_job(job_id).state
    except UnknownJob:  # a holder whose job is gone (pruned): holds nothing
        return None


def take_turn(store: Store, name: str, job_id: str) -> None:
    """Take the sync's turn for ``job_id``, or raise ``TurnHeld``."""
    stream = turn_stream(name)
    while True:
        version = store.stream_version(stream)
        if version:
            holder = str(store.read_stream(stream, version)[0].data["job"])
            if holder == job_id:
                return  # ours already (a resumed run)
            state = _state(store, holder)
            if state is not None and state not in TERMINAL:
                raise TurnHeld(name, holder, state.value)
        try:
            store.append(stream, version, [NewEvent(TURN_TAKEN, {"job": job_id})])
            return
        except ConcurrencyConflict:
            continue  # someone took it meanwhile: look at who


def queued_run(store: Store, name: str) -> str | None:
    """The sync's oldest run that is queued and not yet started, if any."""
    queued = [v for v in store.list_jobs() if v.name == name and v.state == JobState.QUEUED]
    return min(queued, key=lambda v: v.created_at).job_id if queued else None


def request_run(store: Store, definition: dict[str, Any], job_id: str) -> tuple[str, bool]:
    """A run of the sync that will read changes made up to now: the queued run if there is
    one (``coalesced``), else a new run ``job_id``. Repeating a request is harmless."""
    from syncwright.twoway.runner import create_run

    waiting = queued_run(store, str(definition["name"]))
    if waiting is not None:
        return waiting, waiting != job_id
    with contextlib.suppress(ConcurrencyConflict):  # an earlier attempt created it
        create_run(store, definition, job_id)
    return job_id, False

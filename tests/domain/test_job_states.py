"""The job state machine: every (state, event) pair, and folds of random histories."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syncwright.domain.events import RecordedEvent
from syncwright.domain.job import JobView, apply
from syncwright.domain.job_states import (
    ACTIVE,
    PREVIOUS,
    TRANSITIONS,
    IllegalTransition,
    JobEvent,
    JobState,
    next_state,
)

S, E = JobState, JobEvent

# The machine as a person reads it, written independently of the table: for each state,
# the events it accepts and where they lead ("=" stays, "prev" returns).
EXPECTED: dict[JobState, dict[JobEvent, str]] = {
    S.QUEUED: {
        E.STARTED: "fetching",
        E.RUNNER_ATTACHED: "=",
        E.CANCELLED: "cancelled",
        E.RECORD_FIXED: "=",
    },
    S.FETCHING: {E.PAGE_FETCHED: "=", E.FETCH_COMPLETED: "mapping"},
    S.MAPPING: {E.BATCH_MAPPED: "=", E.MAPPING_COMPLETED: "validating"},
    S.VALIDATING: {E.BATCH_VALIDATED: "=", E.VALIDATION_COMPLETED: "uploading"},
    S.UPLOADING: {E.BATCH_UPLOADED: "=", E.UPLOAD_COMPLETED: "completed"},
    S.WAITING: {
        E.WAIT_ENDED: "prev",
        E.ATTENTION_NEEDED: "needs_attention",
        E.RUNNER_ATTACHED: "=",
        E.CANCELLED: "cancelled",
        E.RECORD_FIXED: "=",
    },
    S.NEEDS_ATTENTION: {
        E.RESUMED: "prev",
        E.REDEFINED: "=",
        E.RETRY_REQUESTED: "uploading",
        E.RUNNER_ATTACHED: "=",
        E.CANCELLED: "cancelled",
        E.RECORD_FIXED: "=",
    },
    S.COMPLETED: {E.RETRY_REQUESTED: "uploading", E.RECORD_FIXED: "="},
    S.CANCELLED: {},
}
for _s in ACTIVE:
    EXPECTED[_s].update(
        {
            E.ATTEMPT_FAILED: "=",
            E.WAIT_STARTED: "waiting",
            E.ATTENTION_NEEDED: "needs_attention",
            E.RUNNER_ATTACHED: "=",
            E.CANCELLED: "cancelled",
            E.RECORD_FIXED: "=",
        }
    )


@pytest.mark.parametrize("state", list(JobState))
@pytest.mark.parametrize("event", [e for e in JobEvent if e != E.CREATED])
def test_every_pair(state: JobState, event: JobEvent) -> None:
    expected = EXPECTED[state].get(event)
    if expected is None:
        assert (state, event) not in TRANSITIONS
        with pytest.raises(IllegalTransition) as info:
            next_state(state, event.value, S.UPLOADING)
        assert repr(state.value) in str(info.value) and repr(event.value) in str(info.value)
        return
    got = next_state(state, event.value, S.MAPPING)
    if expected == "=":
        assert got == state
    elif expected == "prev":
        assert TRANSITIONS[(state, event)] == PREVIOUS
        assert got == S.MAPPING
    else:
        assert got == JobState(expected)


def test_unknown_event_is_illegal_and_named() -> None:
    with pytest.raises(IllegalTransition, match="'bogus'"):
        next_state(S.FETCHING, "bogus", None)


def test_previous_without_history_is_illegal() -> None:
    with pytest.raises(IllegalTransition):
        next_state(S.WAITING, E.WAIT_ENDED.value, None)


def test_every_state_reachable_and_completion_reachable_from_every_live_state() -> None:
    graph: dict[JobState, set[JobState]] = {s: set() for s in JobState}
    for (s, _e), target in TRANSITIONS.items():
        graph[s] |= set(ACTIVE) if target == PREVIOUS else {JobState(target)}

    def reach(start: JobState) -> set[JobState]:
        seen, todo = {start}, [start]
        while todo:
            for nxt in graph[todo.pop()] - seen:
                seen.add(nxt)
                todo.append(nxt)
        return seen

    assert reach(S.QUEUED) == set(JobState)
    for s in JobState:
        if s != S.CANCELLED:
            assert S.COMPLETED in reach(s), s
    assert reach(S.CANCELLED) == {S.CANCELLED}


DATA = {
    E.PAGE_FETCHED: {"count": 3, "cursor": {"offset": 1}, "first_seq": 0},
    E.FETCH_COMPLETED: {"batches_total": 2},
    E.BATCH_MAPPED: {"index": 0, "first_seq": 0, "count": 3, "payload_hash": "h"},
    E.BATCH_VALIDATED: {"index": 0, "valid": 2, "invalid": [{"key": "k", "reason": "r"}]},
    E.BATCH_UPLOADED: {
        "index": 0,
        "sent": 2,
        "created": 1,
        "updated": 1,
        "unchanged": 0,
        "rejected": [],
    },
    E.ATTEMPT_FAILED: {"attempt": 1, "error": {"message": "boom"}},
    E.WAIT_STARTED: {"until": "2030-01-01T00:00:00+00:00", "reason": "429"},
    E.ATTENTION_NEEDED: {"reason": "stop"},
    E.RECORD_FIXED: {"key": "k", "set": {"Email": "a@b.co"}},
    E.RETRY_REQUESTED: {"keys": [], "from_validation": 0, "from_destination": 0},
}
CREATED = {
    "name": "j",
    "source_label": "a/b",
    "destination_label": "c/d",
    "mapping_version": "m",
    "batch_size": 10,
}


def _event(version: int, etype: str) -> RecordedEvent:
    data = CREATED if etype == E.CREATED else DATA.get(JobEvent(etype), {})
    return RecordedEvent(version, "job-x", version, etype, 1, dict(data), {}, f"t{version:05d}")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([e for e in JobEvent if e != E.CREATED]), max_size=60))
def test_folding_any_history_yields_a_legal_state(events: list[JobEvent]) -> None:
    view = JobView(job_id="x")
    apply(view, _event(1, E.CREATED))
    version = 1
    for e in events:
        before = (view.state, view.previous_state, view.version)
        try:
            apply(view, _event(version + 1, e))
        except IllegalTransition:
            # The table said no: nothing about the view may have changed.
            assert (view.state, view.previous_state, view.version) == before
            continue
        version += 1
        assert view.state in JobState
        if view.state in (S.WAITING, S.NEEDS_ATTENTION) and before[0] in ACTIVE:
            assert view.previous_state == before[0]
        if view.previous_state is not None:
            assert view.previous_state in ACTIVE
        assert view.timeline[-1]["state"] == view.state.value or view.state == before[0]
    # A fresh fold of the accepted history gives the same view.
    assert JobView.from_json(view.to_json()) == view

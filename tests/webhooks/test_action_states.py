"""The action state machine: every (state, event) pair against the table."""

from __future__ import annotations

import itertools

import pytest

from syncwright.domain.action_states import (
    TRANSITIONS,
    ActionEvent,
    ActionState,
    ActionView,
    IllegalActionTransition,
    next_action_state,
)

EXPECTED = {
    (None, "action_created"): "pending",
    ("pending", "action_started"): "running",
    ("retrying", "action_started"): "running",
    ("running", "action_started"): "running",
    ("running", "action_succeeded"): "succeeded",
    ("running", "action_retry_scheduled"): "retrying",
    ("running", "action_failed"): "failed",
    ("failed", "action_retry_requested"): "pending",
}


@pytest.mark.parametrize(
    ("state", "event"), list(itertools.product([None, *ActionState], list(ActionEvent)))
)
def test_every_pair(state: ActionState | None, event: ActionEvent) -> None:
    key = (state.value if state else None, event.value)
    if key in EXPECTED:
        assert next_action_state(state, event) == EXPECTED[key]
    else:
        with pytest.raises(IllegalActionTransition, match="illegal transition"):
            next_action_state(state, event)


def test_table_is_exactly_the_documented_machine() -> None:
    assert {
        (s.value if s else None, e.value): t.value for (s, e), t in TRANSITIONS.items()
    } == EXPECTED


def test_succeeded_is_final_and_fold_keeps_the_story() -> None:
    view = ActionView("a1")
    created = {"route": "r", "action": "x", "kind": "sync_record", "inbox_stream": "s",
               "inbox_position": 3, "event": {"type": "contact.updated", "platform": "hubspot", "connection": "hs"}}  # fmt: skip
    view.apply("action_created", created, 1, "t1")
    view.apply("action_started", {"attempt": 1}, 2, "t2")
    view.apply("action_retry_scheduled", {"attempt": 1, "error": "503", "retry_at": "t9"}, 3, "t3")
    view.apply("action_started", {"attempt": 2}, 4, "t4")
    view.apply("action_succeeded", {"attempt": 2, "result": {"outcome": "created"}}, 5, "t5")
    assert view.state is ActionState.SUCCEEDED and view.attempt == 2 and view.last_error is None
    assert [h["state"] for h in view.history] == [
        "pending",
        "running",
        "retrying",
        "running",
        "succeeded",
    ]
    assert ActionView.from_json(view.to_json()) == view
    with pytest.raises(IllegalActionTransition):
        view.apply("action_started", {"attempt": 3}, 6, "t6")

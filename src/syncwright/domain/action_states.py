"""The state machine of one routed action (one webhook event x one route action), as data.

``TRANSITIONS[(state, event_type)]`` is the state after the event; any other pair is an
illegal transition. One stream per action holds these events, so the stream version is
the claim: two runners that both try to start an action cannot both append.

    pending --action_started--> running --action_succeeded--> succeeded
    running --action_retry_scheduled--> retrying --action_started--> running
    running --action_failed--> failed --action_retry_requested--> pending
    running --action_started--> running   (a runner that crashed mid-attempt is replaced)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final


class ActionState(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    RETRYING = "retrying"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class ActionEvent(StrEnum):
    CREATED = "action_created"
    STARTED = "action_started"
    SUCCEEDED = "action_succeeded"
    RETRY_SCHEDULED = "action_retry_scheduled"
    FAILED = "action_failed"
    RETRY_REQUESTED = "action_retry_requested"


S, E = ActionState, ActionEvent

TRANSITIONS: Final[dict[tuple[ActionState | None, ActionEvent], ActionState]] = {
    (None, E.CREATED): S.PENDING,
    (S.PENDING, E.STARTED): S.RUNNING,
    (S.RETRYING, E.STARTED): S.RUNNING,
    (S.RUNNING, E.STARTED): S.RUNNING,
    (S.RUNNING, E.SUCCEEDED): S.SUCCEEDED,
    (S.RUNNING, E.RETRY_SCHEDULED): S.RETRYING,
    (S.RUNNING, E.FAILED): S.FAILED,
    (S.FAILED, E.RETRY_REQUESTED): S.PENDING,
}
"""The whole machine; tests walk every (state, event) pair against it."""

RUNNABLE: Final = (S.PENDING, S.RETRYING)
TERMINAL: Final = (S.SUCCEEDED, S.FAILED)


class IllegalActionTransition(ValueError):
    """An event the table does not allow in the action's current state."""

    def __init__(self, state: ActionState | None, event: str) -> None:
        allowed = sorted(e.value for (s, e) in TRANSITIONS if s == state)
        name = state.value if state else "(new)"
        super().__init__(
            f"illegal transition: event {event!r} is not allowed in action state {name!r} "
            f"(allowed: {', '.join(allowed) or 'none'})"
        )
        self.state = state
        self.event = event


def next_action_state(state: ActionState | None, event: str) -> ActionState:
    try:
        return TRANSITIONS[(state, ActionEvent(event))]
    except (KeyError, ValueError):
        raise IllegalActionTransition(state, event) from None


@dataclass
class ActionView:
    """Where an action is and why: the fold of its stream. Pure: no I/O."""

    action_id: str
    route: str = ""
    action: str = ""  # the action's name within its route
    kind: str = ""
    state: ActionState | None = None
    version: int = 0
    attempt: int = 0
    inbox_stream: str = ""
    inbox_position: int = 0
    event_type: str = ""
    platform: str = ""
    connection: str = ""
    object_id: str | None = None
    retry_at: str | None = None
    last_error: str | None = None
    result: dict[str, Any] | None = None
    created_at: str = ""
    updated_at: str = ""
    history: list[dict[str, Any]] = field(default_factory=list)

    def apply(self, event_type: str, data: dict[str, Any], version: int, at: str) -> None:
        """Fold one event; raises ``IllegalActionTransition`` when the table says no."""
        self.state = next_action_state(self.state, event_type)
        self.version = version
        self.updated_at = at
        e = ActionEvent(event_type)
        if e is E.CREATED:
            self.route = data["route"]
            self.action = data["action"]
            self.kind = data["kind"]
            self.inbox_stream = data["inbox_stream"]
            self.inbox_position = data["inbox_position"]
            ev = data["event"]
            self.event_type = ev["type"]
            self.platform = ev["platform"]
            self.connection = ev["connection"]
            self.object_id = ev.get("object_id")
            self.created_at = at
        elif e is E.STARTED:
            self.attempt = data["attempt"]
            self.retry_at = None
        elif e is E.SUCCEEDED:
            self.result = data.get("result")
            self.last_error = None
        elif e is E.RETRY_SCHEDULED:
            self.retry_at = data["retry_at"]
            self.last_error = data["error"]
        elif e is E.FAILED:
            self.last_error = data["error"]
        elif e is E.RETRY_REQUESTED:
            self.attempt = 0
            self.retry_at = None
        entry = {"at": at, "event": event_type, "state": self.state.value}
        if data.get("error"):
            entry["error"] = data["error"]
        self.history.append(entry)

    def to_json(self) -> dict[str, Any]:
        return {
            "action_id": self.action_id,
            "route": self.route,
            "action": self.action,
            "kind": self.kind,
            "state": self.state.value if self.state else None,
            "version": self.version,
            "attempt": self.attempt,
            "inbox_stream": self.inbox_stream,
            "inbox_position": self.inbox_position,
            "event_type": self.event_type,
            "platform": self.platform,
            "connection": self.connection,
            "object_id": self.object_id,
            "retry_at": self.retry_at,
            "last_error": self.last_error,
            "result": self.result,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "history": self.history,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ActionView:
        state = data.get("state")
        return cls(**{**data, "state": ActionState(state) if state else None})

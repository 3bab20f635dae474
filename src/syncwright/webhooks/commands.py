"""What people do with routed actions: list them, and retry failed ones after a fix.

A retry is an appended ``action_retry_requested`` event (failed -> pending); the running
server's route runner picks the action up again. History is never edited.
"""

from __future__ import annotations

import getpass
from typing import Any

import orjson

from syncwright.domain.action_states import ActionEvent, ActionState, ActionView
from syncwright.domain.events import NewEvent
from syncwright.store.base import Store
from syncwright.store.errors import ConcurrencyConflict
from syncwright.store.projections.webhooks import ACTION_PREFIX


class ActionCommandError(ValueError):
    """The command does not make sense for this action now; the message says why."""


def _actor() -> str:
    try:
        return f"user:{getpass.getuser()}"
    except (KeyError, OSError):
        return "user:unknown"


def list_actions(
    store: Store, state: str | None = None, route: str | None = None, limit: int = 200
) -> list[ActionView]:
    sql = "SELECT view FROM webhook_actions WHERE 1 = 1"
    params: list[Any] = []
    if state:
        sql += " AND state = ?"
        params.append(state)
    if route:
        sql += " AND route = ?"
        params.append(route)
    rows = store.query(sql + " ORDER BY inbox_position, action_id LIMIT ?", (*params, limit))
    return [ActionView.from_json(orjson.loads(r[0])) for r in rows]


def get_action(store: Store, action_id: str) -> ActionView:
    rows = store.query("SELECT view FROM webhook_actions WHERE action_id = ?", (action_id,))
    if not rows:
        raise ActionCommandError(
            f"no action {action_id!r} in this store (see `syncwright actions`)"
        )
    return ActionView.from_json(orjson.loads(rows[0][0]))


def retry_action(
    store: Store, action_id: str, reason: str = "retry requested", actor: str | None = None
) -> ActionView:
    """Queue one failed action again."""
    view = get_action(store, action_id)
    if view.state is not ActionState.FAILED:
        state = view.state.value if view.state else "unknown"
        raise ActionCommandError(f"action {action_id} is {state}; only failed actions are retried")
    event = NewEvent(
        ActionEvent.RETRY_REQUESTED,
        {"reason": reason, "after": view.last_error},
        {"actor": actor or _actor()},
    )
    try:
        store.append(f"{ACTION_PREFIX}{action_id}", view.version, [event])
    except ConcurrencyConflict:
        raise ActionCommandError(f"action {action_id} changed meanwhile; try again") from None
    return get_action(store, action_id)


def retry_failed(
    store: Store, route: str | None = None, actor: str | None = None
) -> list[ActionView]:
    """Queue every failed action (of one route, or all) again."""
    return [
        retry_action(store, view.action_id, actor=actor)
        for view in list_actions(store, state=ActionState.FAILED.value, route=route, limit=100_000)
    ]

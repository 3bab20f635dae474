"""A route runner's store steps, one transaction for a whole batch of actions.

Why: a transaction per step per action (start, then succeed) made a route finish a few
hundred actions a second while intake stores thousands. Each step is still an event on
the action's own stream appended at the version the runner read, so two runners can never
both start or both finish an action; only the commit is shared. When another runner moved
one of the batch first, the batch falls back to one append per action and skips the ones
it lost (as the one-by-one runner did).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from syncwright.domain.action_states import ActionEvent, ActionView
from syncwright.domain.events import NewEvent
from syncwright.store.base import Store
from syncwright.store.errors import ConcurrencyConflict
from syncwright.store.projections.webhooks import ACTION_PREFIX

Append = tuple[str, int, list[NewEvent]]


@dataclass(frozen=True, slots=True)
class Claimed:
    """An action this runner started: at ``version`` now, on ``attempt``, for ``event``."""

    view: ActionView
    version: int
    attempt: int
    event: dict[str, Any]


def _append_each(store: Store, appends: list[Append]) -> list[bool]:
    """All in one transaction; on a conflict, one by one (which of them went in)."""
    try:
        store.append_streams(appends)
        return [True] * len(appends)
    except ConcurrencyConflict:
        pass
    done: list[bool] = []
    for append in appends:
        try:
            store.append_streams([append])
            done.append(True)
        except ConcurrencyConflict:
            done.append(False)  # another runner moved this action first
    return done


def _copy(view: ActionView) -> ActionView:
    """A copy the projection may fold into (its own history list): ``dataclasses.replace``
    runs the 19-field ``__init__``, a few percent of a route's CPU under load."""
    copy = object.__new__(ActionView)
    copy.__dict__.update(view.__dict__)
    copy.history = list(view.history)
    return copy


def claim_actions(
    store: Store, views: list[ActionView], known: dict[str, dict[str, Any]] | None = None
) -> list[Claimed]:
    """Append ``action_started`` to every action at the version read; return the ones won,
    with the inbox event each was created for (from ``known``, action id -> event, the
    dispatcher's hand-over in this process, else read from the action's first event)."""
    # The views were read at the versions appended after: the projection starts from copies
    # of them instead of reading each back (copies: it folds the new event into them).
    store.remember_views({f"{ACTION_PREFIX}{v.action_id}": _copy(v) for v in views})
    appends: list[Append] = [
        (
            f"{ACTION_PREFIX}{v.action_id}",
            v.version,
            [NewEvent(ActionEvent.STARTED, {"attempt": v.attempt + 1})],
        )
        for v in views
    ]
    won = [view for view, ok in zip(views, _append_each(store, appends), strict=True) if ok]
    events: dict[str, dict[str, Any]] = {}
    if known:
        for v in won:
            event = known.pop(v.action_id, None)
            if event is not None:
                events[v.action_id] = event
    missing = [f"{ACTION_PREFIX}{v.action_id}" for v in won if v.action_id not in events]
    if missing:  # a view exists only for a created action: its first event is there
        for stream, first in store.first_events(missing).items():
            events[stream[len(ACTION_PREFIX) :]] = first.data["event"]
    return [Claimed(v, v.version + 1, v.attempt + 1, events[v.action_id]) for v in won]


def finish_actions(store: Store, steps: list[tuple[str, int, NewEvent]]) -> list[bool]:
    """Append each action's outcome event (succeeded / retry scheduled / failed) at its
    version, in one transaction; which of them went in."""
    return _append_each(
        store, [(f"{ACTION_PREFIX}{aid}", version, [event]) for aid, version, event in steps]
    )

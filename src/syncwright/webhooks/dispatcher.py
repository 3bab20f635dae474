"""The dispatcher: reads new inbox events by global position and creates their actions.

Each pass appends, in one transaction, the ``action_created`` event of every action (one
stream per action, created at version 0, so an action can never be created twice) and the
dispatcher's own checkpoint event (its stream version fences a second dispatcher). A crash
at any instant leaves both or neither.

Out-of-order deliveries: a changed field whose inbox already holds a newer change of the
same object field is dropped from the event; an event left with nothing to change (or an
update older than the object's deletion) is superseded and creates no action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from syncwright.domain.action_states import ActionEvent
from syncwright.domain.events import NewEvent
from syncwright.store.base import Store
from syncwright.store.errors import ConcurrencyConflict
from syncwright.store.projections.webhooks import (
    ACTION_PREFIX,
    DELETED_FIELD,
    DISPATCH_PREFIX,
    INBOX_DISPATCHED,
)
from syncwright.store.sql_in import in_chunks
from syncwright.webhooks.model import digest
from syncwright.webhooks.routes import RouteTable

JSON = dict[str, Any]


def action_id(route: str, action: str, inbox_stream: str) -> str:
    """Deterministic: the same event, route and action always give the same id."""
    return digest(route, action, inbox_stream)[:24]


def event_record(event: JSON) -> JSON:
    """The flat record of a stored event (see ``WebhookEvent.record``)."""
    out: JSON = {**(event.get("fields") or {}), **(event.get("changes") or {})}
    out.setdefault("id", event.get("object_id"))
    out["event"] = {**event, "fields": None}
    return out


FieldKey = tuple[str, str, str, str, str]  # platform, connection, object type, object id, field


def field_clock(store: Store, events: list[JSON]) -> dict[FieldKey, str]:
    """The newest change time of every field of these events' objects, as the inbox holds
    it: one query per (platform, connection, object type) and 500 objects, instead of one
    per event and changed field (a dispatch pass reads up to a batch of events)."""
    objects: dict[tuple[str, str, str], set[str]] = {}
    for event in events:
        if event.get("object_id") is not None and event.get("object_type") is not None:
            group = (event["platform"], event["connection"], event["object_type"])
            objects.setdefault(group, set()).add(str(event["object_id"]))
    clock: dict[FieldKey, str] = {}
    for (platform, connection, object_type), ids in objects.items():
        for chunk, marks in in_chunks(sorted(ids)):
            rows = store.query(
                "SELECT object_id, field, occurred_at FROM webhook_fields WHERE platform = ? "
                f"AND connection = ? AND object_type = ? AND object_id IN ({marks})",
                (platform, connection, object_type, *chunk),
            )
            for object_id, name, at in rows:
                clock[(platform, connection, object_type, str(object_id), str(name))] = str(at)
    return clock


def effective_event(
    store: Store, event: JSON, clock: dict[FieldKey, str] | None = None
) -> JSON | None:
    """The event minus changes a newer event already made; None when nothing is left.
    ``clock`` is ``field_clock`` of a list holding this event (read here when not given)."""
    if event.get("object_id") is None or event.get("object_type") is None:
        return event
    if clock is None:
        clock = field_clock(store, [event])
    key = (event["platform"], event["connection"], event["object_type"], str(event["object_id"]))

    def latest(field: str) -> str | None:
        return clock.get((*key, field))

    at = event["occurred_at"]
    if not event["type"].endswith((".deleted", ".created")):
        deleted = latest(DELETED_FIELD)
        if deleted is not None and deleted > at:
            return None
    changes = event.get("changes") or {}
    if not changes:
        return event
    stale = {f for f in changes if (latest(f) or "") > at}
    if not stale:
        return event
    if stale == set(changes):
        return None
    fields = {k: v for k, v in (event.get("fields") or {}).items() if k not in stale}
    return {
        **event,
        "changes": {k: v for k, v in changes.items() if k not in stale},
        "fields": fields,
        "superseded_fields": sorted(stale),
    }


Created = dict[str, dict[str, JSON]]  # route -> {action id: the event it was created for}


class Dispatcher:
    """Turns inbox events into actions; ``run_once`` is one committed pass. ``on_created``
    hears, after each commit, which actions it created and for which event, so a route
    runner in this process can start them without reading their first event back."""

    def __init__(
        self,
        routes: RouteTable,
        name: str = "main",
        batch: int = 200,
        on_created: Callable[[Created], None] | None = None,
    ) -> None:
        self.routes = routes
        self.name = name
        self.stream = f"{DISPATCH_PREFIX}{name}"
        self.batch = batch
        self.on_created = on_created

    def checkpoint(self, store: Store) -> tuple[int, int]:
        """(stream version, last dispatched inbox position)."""
        rows = store.query(
            "SELECT version, upto FROM webhook_dispatch WHERE name = ?", (self.name,)
        )
        return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)

    def run_once(self, store: Store) -> tuple[int, int]:
        """Dispatch the next batch; returns (events read, actions created)."""
        version, upto = self.checkpoint(store)
        rows = store.query(
            "SELECT position, stream_id, event FROM webhook_inbox WHERE position > ? "
            "ORDER BY position LIMIT ?",
            (upto, self.batch),
        )
        if not rows:
            return 0, 0
        appends: list[tuple[str, int, list[NewEvent]]] = []
        made: Created = {}
        superseded: list[str] = []
        events = [orjson.loads(raw) for _, _, raw in rows]
        clock = field_clock(store, events)
        for (position, stream, _), stored in zip(rows, events, strict=True):
            event = effective_event(store, stored, clock)
            if event is None:
                superseded.append(stream)
                continue
            record = event_record(event)
            for route in self.routes.routes:
                if not route.matches(event, record):
                    continue
                for action in route.definition.actions:
                    assert action.name is not None
                    aid = action_id(route.name, action.name, stream)
                    made.setdefault(route.name, {})[aid] = event
                    data = {
                        "route": route.name,
                        "action": action.name,
                        "kind": action.kind,
                        "inbox_stream": stream,
                        "inbox_position": position,
                        "event": event,
                    }
                    appends.append(
                        (
                            f"{ACTION_PREFIX}{aid}",
                            0,
                            [NewEvent(ActionEvent.CREATED, data, {"actor": "dispatcher"})],
                        )
                    )
        created = len(appends)
        appends.append(
            (
                self.stream,
                version,
                [
                    NewEvent(
                        INBOX_DISPATCHED,
                        {
                            "upto": int(rows[-1][0]),
                            "events": len(rows),
                            "actions": created,
                            "superseded": superseded,
                        },
                        {"actor": "dispatcher"},
                    )
                ],
            )
        )
        try:
            store.append_streams(appends)
        except ConcurrencyConflict:
            return 0, 0  # another dispatcher moved first; the next pass starts from its checkpoint
        if self.on_created is not None and made:
            self.on_created(made)
        return len(rows), created

"""Webhook read models: the inbox, the latest change per object field, routed actions, and
the dispatcher's checkpoint. Pure functions of the ``wh-*`` streams (see ``syncwright.webhooks``).

Streams: ``wh-inbox-<platform>-<connection>-<event key>`` (one per platform event, so a
redelivery is caught by the stream version), ``wh-action-<id>`` (one per action, so two
runners cannot both start it) and ``wh-dispatch-<name>`` (the dispatcher's checkpoints).
"""

from __future__ import annotations

from typing import Any

import orjson

from syncwright.domain.action_states import ActionView
from syncwright.domain.events import RecordedEvent
from syncwright.store.projections.base import Executor

PREFIX = "wh-"
INBOX_PREFIX = "wh-inbox-"
ACTION_PREFIX = "wh-action-"
DISPATCH_PREFIX = "wh-dispatch-"
WEBHOOK_RECEIVED = "webhook_received"
INBOX_DISPATCHED = "inbox_dispatched"
DELETED_FIELD = "*deleted*"  # a deletion outdates every older change of the object

DDL = (
    """CREATE TABLE IF NOT EXISTS webhook_inbox (
        position INTEGER PRIMARY KEY,
        stream_id TEXT NOT NULL UNIQUE,
        platform TEXT NOT NULL,
        connection TEXT NOT NULL,
        event_type TEXT NOT NULL,
        object_type TEXT,
        object_id TEXT,
        event_id TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        delivery_id TEXT NOT NULL,
        event TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS webhook_fields (
        platform TEXT NOT NULL,
        connection TEXT NOT NULL,
        object_type TEXT NOT NULL,
        object_id TEXT NOT NULL,
        field TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        PRIMARY KEY (platform, connection, object_type, object_id, field)
    )""",
    """CREATE TABLE IF NOT EXISTS webhook_actions (
        action_id TEXT PRIMARY KEY,
        route TEXT NOT NULL,
        action TEXT NOT NULL,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        version INTEGER NOT NULL,
        attempt INTEGER NOT NULL,
        retry_at TEXT,
        inbox_position INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        view TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS webhook_actions_due ON webhook_actions (route, state, retry_at)",
    """CREATE TABLE IF NOT EXISTS webhook_dispatch (
        name TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        upto INTEGER NOT NULL
    )""",
)
TABLES = ("webhook_inbox", "webhook_fields", "webhook_actions", "webhook_dispatch")


def project(db: Executor, events: list[RecordedEvent], cache: dict[str, Any] | None = None) -> None:
    """Apply events (all from one ``wh-*`` stream, in order) to the webhook read models."""
    if not events:
        return
    stream = events[0].stream_id
    if stream.startswith(INBOX_PREFIX):
        for event in events:
            if event.type == WEBHOOK_RECEIVED:
                _project_inbox(db, event)
    elif stream.startswith(ACTION_PREFIX):
        _project_action(db, stream[len(ACTION_PREFIX) :], events, cache)
    elif stream.startswith(DISPATCH_PREFIX):
        last = events[-1]
        if last.type == INBOX_DISPATCHED:
            db.execute(
                "INSERT INTO webhook_dispatch (name, version, upto) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET version = excluded.version, upto = excluded.upto",
                (stream[len(DISPATCH_PREFIX) :], last.stream_version, last.data["upto"]),
            )


def _project_inbox(db: Executor, event: RecordedEvent) -> None:
    ev = event.data["event"]
    db.execute(
        "INSERT INTO webhook_inbox (position, stream_id, platform, connection, event_type, "
        "object_type, object_id, event_id, occurred_at, received_at, delivery_id, event) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.position,
            event.stream_id,
            ev["platform"],
            ev["connection"],
            ev["type"],
            ev.get("object_type"),
            ev.get("object_id"),
            ev["event_id"],
            ev["occurred_at"],
            event.data["received_at"],
            event.data["delivery_id"],
            orjson.dumps(ev).decode(),
        ),
    )
    if ev.get("object_id") is None or ev.get("object_type") is None:
        return
    fields = list(ev.get("changes") or {})
    if ev["type"].endswith(".deleted"):
        fields.append(DELETED_FIELD)
    for name in fields:
        db.execute(
            "INSERT INTO webhook_fields (platform, connection, object_type, object_id, field, "
            "occurred_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
            "(platform, connection, object_type, object_id, field) DO UPDATE SET "
            # CASE, not SQLite's two-argument MAX: PostgreSQL has no such MAX (and
            # calls a bare occurred_at ambiguous in an upsert)
            "occurred_at = CASE WHEN excluded.occurred_at > webhook_fields.occurred_at "
            "THEN excluded.occurred_at ELSE webhook_fields.occurred_at END",
            (
                ev["platform"],
                ev["connection"],
                ev["object_type"],
                str(ev["object_id"]),
                name,
                ev["occurred_at"],
            ),
        )


def _project_action(
    db: Executor, action_id: str, events: list[RecordedEvent], cache: dict[str, Any] | None
) -> None:
    # The view this store handle left after its last append to the stream, if that is the
    # version being appended after (a runner starts then finishes its own actions): saves
    # reading and parsing it back.
    view: ActionView | None = cache.pop(events[0].stream_id, None) if cache is not None else None
    if view is not None and view.version != events[0].stream_version - 1:
        view = None  # another handle appended to this stream meanwhile
    if view is None and events[0].stream_version > 1:
        row = db.execute(
            "SELECT view FROM webhook_actions WHERE action_id = ?", (action_id,)
        ).fetchone()
        if row is not None:
            view = ActionView.from_json(orjson.loads(row[0]))
    if view is None:
        view = ActionView(action_id=action_id)
    for event in events:
        view.apply(event.type, event.data, event.stream_version, event.recorded_at)
    assert view.state is not None
    db.execute(
        "INSERT INTO webhook_actions (action_id, route, action, kind, state, version, attempt, "
        "retry_at, inbox_position, updated_at, view) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (action_id) DO UPDATE SET state = excluded.state, "
        "version = excluded.version, attempt = excluded.attempt, retry_at = excluded.retry_at, "
        "updated_at = excluded.updated_at, view = excluded.view",
        (
            action_id,
            view.route,
            view.action,
            view.kind,
            view.state.value,
            view.version,
            view.attempt,
            view.retry_at,
            view.inbox_position,
            view.updated_at,
            orjson.dumps(view.to_json()).decode(),
        ),
    )
    if cache is not None and view.state.value in ("running", "pending", "retrying"):
        cache[events[0].stream_id] = view  # it will move again; a final state will not

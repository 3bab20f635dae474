"""The inbox: every verified event appended as its own stream before the delivery is acked.

One stream per platform event id means a redelivery (or the duplicate half of a partly
repeated delivery) finds its stream already at version 1 and is not stored again. All new
events of one delivery, and its audit body, are committed in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

from syncwright.domain.events import NewEvent
from syncwright.store.base import Staging, Store
from syncwright.store.errors import ConcurrencyConflict
from syncwright.store.projections.webhooks import INBOX_PREFIX, WEBHOOK_RECEIVED
from syncwright.webhooks.model import ParsedDelivery, WebhookEvent, digest, now_iso

_SAFE = re.compile(r"[A-Za-z0-9_.:-]{1,80}")
AUDIT_JOB = "webhooks"  # staging namespace of the audit bodies (content-addressed)


@dataclass(frozen=True, slots=True)
class IntakeResult:
    accepted: int
    duplicates: int
    positions: list[int]
    types: list[str]  # normalised type of each stored event


def inbox_stream(event: WebhookEvent) -> str:
    """``wh-inbox-<platform>-<connection>-<event id>`` (a digest when the id is not plain)."""
    key = event.event_id if _SAFE.fullmatch(event.event_id) else digest(event.event_id)
    return f"{INBOX_PREFIX}{event.platform}-{event.connection}-{key}"


def record_delivery(store: Store, delivery: ParsedDelivery) -> IntakeResult:
    """Append the delivery's new events in one transaction; count the ones already stored."""
    streams: dict[str, WebhookEvent] = {}
    for ev in delivery.events:
        streams.setdefault(inbox_stream(ev), ev)
    in_delivery_dupes = len(delivery.events) - len(streams)
    received_at = now_iso()
    audit_hash = digest(delivery.audit_body)
    for _ in range(20):
        new = [s for s in streams if store.stream_version(s) == 0]
        if not new:
            return IntakeResult(0, len(delivery.events), [], [])
        appends = [
            (
                s,
                0,
                [
                    NewEvent(
                        WEBHOOK_RECEIVED,
                        {
                            "event": streams[s].to_json(),
                            "received_at": received_at,
                            "delivery_id": delivery.delivery_id,
                            "audit_hash": audit_hash,
                        },
                        {
                            "actor": f"webhook:{streams[s].platform}/{streams[s].connection}",
                            "correlation_id": delivery.delivery_id,
                        },
                    )
                ],
            )
            for s in new
        ]
        staging = Staging(AUDIT_JOB, payloads=[(audit_hash, delivery.audit_body)])
        try:
            recorded = store.append_streams(appends, staging)
        except ConcurrencyConflict:
            continue  # another intake stored some of these just now: look again
        dupes = len(streams) - len(new) + in_delivery_dupes
        return IntakeResult(
            len(new), dupes, [r.position for r in recorded], [streams[s].type for s in new]
        )
    raise ConcurrencyConflict(next(iter(streams)), 0, 1)


INBOX_COLUMNS = (
    "position, stream_id, platform, connection, event_type, object_type, object_id, event_id, "
    "occurred_at, received_at, delivery_id, event"
)


def inbox_row_json(row: tuple[Any, ...]) -> dict[str, Any]:
    names = [c.strip() for c in INBOX_COLUMNS.split(",")]
    out = dict(zip(names, row, strict=True))
    out["event"] = orjson.loads(out["event"])
    return out


def list_inbox(
    store: Store, limit: int = 50, platform: str | None = None, connection: str | None = None
) -> list[dict[str, Any]]:
    """The newest inbox events, with how many actions each one was routed to."""
    sql = f"SELECT {INBOX_COLUMNS} FROM webhook_inbox WHERE 1 = 1"
    params: list[Any] = []
    if platform:
        sql += " AND platform = ?"
        params.append(platform)
    if connection:
        sql += " AND connection = ?"
        params.append(connection)
    rows = store.query(sql + " ORDER BY position DESC LIMIT ?", (*params, limit))
    out = [inbox_row_json(r) for r in rows]
    for item in out:
        states = store.query(
            "SELECT state, COUNT(*) FROM webhook_actions WHERE inbox_position = ? GROUP BY state",
            (item["position"],),
        )
        item["actions"] = {state: n for state, n in states}
    return out


def audit_body(store: Store, audit_hash: str) -> bytes:
    """The delivery body as received (secrets cut), for audit."""
    return store.payload(audit_hash)

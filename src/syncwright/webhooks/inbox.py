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
from syncwright.store.errors import ConcurrencyConflict, StoreCorrupt
from syncwright.store.projections.webhooks import INBOX_PREFIX, WEBHOOK_RECEIVED
from syncwright.store.sql_in import in_chunks
from syncwright.webhooks.model import AUDIT_JOB, ParsedDelivery, WebhookEvent, digest, now_iso
from syncwright.webhooks.retention import body_states

_SAFE = re.compile(r"[A-Za-z0-9_.:-]{1,80}")


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
    return record_deliveries(store, [delivery])[0]


def _streams(delivery: ParsedDelivery) -> dict[str, WebhookEvent]:
    streams: dict[str, WebhookEvent] = {}
    for ev in delivery.events:
        streams.setdefault(inbox_stream(ev), ev)
    return streams


def _already_stored(store: Store, streams: list[str]) -> set[str]:
    """Which of these inbox streams hold their event already (one query per 500)."""
    found: set[str] = set()
    for chunk, marks in in_chunks(streams):
        rows = store.query(
            f"SELECT stream_id FROM webhook_inbox WHERE stream_id IN ({marks})", tuple(chunk)
        )
        found.update(str(r[0]) for r in rows)
    return found


def _received(event: WebhookEvent, delivery: ParsedDelivery, at: str, audit: str) -> NewEvent:
    return NewEvent(
        WEBHOOK_RECEIVED,
        {
            "event": event.to_json(),
            "received_at": at,
            "delivery_id": delivery.delivery_id,
            "audit_hash": audit,
        },
        {
            "actor": f"webhook:{event.platform}/{event.connection}",
            "correlation_id": delivery.delivery_id,
        },
    )


def record_deliveries(store: Store, deliveries: list[ParsedDelivery]) -> list[IntakeResult]:
    """Append the new events of every delivery, and their audit bodies, in ONE transaction.

    Group commit: intake's writer hands over every delivery waiting at that moment, so one
    commit serves them all; each is answered only after this returns (durable before the
    2xx, as with one transaction per delivery). An event repeated across the group is
    stored once, for the first delivery that carries it, and counted a duplicate for the
    others. The store's own version check stays the guard against another writer."""
    planned = [_streams(d) for d in deliveries]
    every = list(dict.fromkeys(s for streams in planned for s in streams))
    received_at = now_iso()
    audits = [digest(d.audit_body) for d in deliveries]
    for _ in range(20):
        stored = _already_stored(store, every)
        claimed: set[str] = set()
        news: list[list[str]] = []
        for streams in planned:
            new = [s for s in streams if s not in stored and s not in claimed]
            claimed.update(new)
            news.append(new)
        if not claimed:
            return [IntakeResult(0, len(d.events), [], []) for d in deliveries]
        appends = [
            (s, 0, [_received(streams[s], d, received_at, audit)])
            for d, streams, new, audit in zip(deliveries, planned, news, audits, strict=True)
            for s in new
        ]
        payloads = {
            audit: d.audit_body
            for d, new, audit in zip(deliveries, news, audits, strict=True)
            if new
        }
        try:
            recorded = store.append_streams(
                appends, Staging(AUDIT_JOB, payloads=[*payloads.items()])
            )
        except ConcurrencyConflict:
            continue  # another intake stored some of these just now: look again
        positions = iter(r.position for r in recorded)
        return [
            IntakeResult(
                len(new),
                len(d.events) - len(new),
                [next(positions) for _ in new],
                [streams[s].type for s in new],
            )
            for d, streams, new in zip(deliveries, planned, news, strict=True)
        ]
    raise ConcurrencyConflict(every[0], 0, 1)


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
    _add_bodies(store, out)
    return out


def _add_bodies(store: Store, items: list[dict[str, Any]]) -> None:
    """Each item's ``audit_hash`` and ``body``: kept, or pruned on which date (retention)."""
    if not items:
        return
    marks = ", ".join("?" for _ in items)
    rows = store.query(
        f"SELECT position, data FROM events WHERE position IN ({marks})",
        tuple(i["position"] for i in items),
    )
    audits = {int(p): str(orjson.loads(d)["audit_hash"]) for p, d in rows}
    states = body_states(store, set(audits.values()))
    for item in items:
        item["audit_hash"] = audits[item["position"]]
        item["body"] = states[item["audit_hash"]]


def inbox_entry(store: Store, position: int) -> dict[str, Any] | None:
    """One inbox event with its delivery's body as received (secrets cut), for audit;
    ``audit_body`` is None when retention pruned it (``body`` says when)."""
    rows = store.query(f"SELECT {INBOX_COLUMNS} FROM webhook_inbox WHERE position = ?", (position,))
    if not rows:
        return None
    item = inbox_row_json(rows[0])
    _add_bodies(store, [item])
    item["audit_body"] = None
    if item["body"] == "kept":
        try:
            item["audit_body"] = store.payload(item["audit_hash"]).decode(errors="replace")
        except StoreCorrupt:
            _add_bodies(store, [item])  # pruned between the two reads: say so
    return item

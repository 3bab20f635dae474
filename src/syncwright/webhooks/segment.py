"""Segment webhooks (its Webhooks destination): a JSON event signed with ``X-Signature``,
the hex HMAC-SHA1 of the raw body with the shared secret. ``messageId`` is Segment's own
de-duplication key, so it is ours too."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import orjson

from syncwright.webhooks.config import ResolvedConnection
from syncwright.webhooks.model import (
    IncomingRequest,
    ParsedDelivery,
    ParseError,
    VerifyError,
    WebhookEvent,
    digest,
    iso_from_text,
    now_iso,
)

PLATFORM = "segment"
CONTENT_TYPES = ("application/json",)
MAX_EVENTS = 500
TYPES = ("track", "identify", "page", "screen", "group", "alias")


def verify(request: IncomingRequest, conn: ResolvedConnection, now_ms: int) -> None:
    assert conn.secret is not None
    given = request.headers.get("x-signature", "").strip().lower()
    if not given:
        raise VerifyError("missing X-Signature", "missing_signature")
    expected = hmac.new(conn.secret.reveal().encode(), request.body, hashlib.sha1).hexdigest()
    if not hmac.compare_digest(expected.encode(), given.encode()):
        raise VerifyError("X-Signature does not match")


def _text(raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ParseError(f"{where}.{key}: expected text")
    return str(value)


def _event(raw: Any, index: int, conn: ResolvedConnection) -> WebhookEvent:
    where = f"event {index}"
    if not isinstance(raw, dict):
        raise ParseError(f"{where}: expected an object")
    kind = raw.get("type")
    if kind not in TYPES:
        raise ParseError(f"{where}.type: expected one of {', '.join(TYPES)}")
    user = _text(raw, "userId", where) or _text(raw, "anonymousId", where)
    message_id = _text(raw, "messageId", where) or digest(
        orjson.dumps(raw, option=orjson.OPT_SORT_KEYS)
    )
    when = raw.get("timestamp") or raw.get("originalTimestamp")
    occurred_at = iso_from_text(when, f"{where}.timestamp") if when is not None else now_iso()
    payload = raw.get("traits") if kind in ("identify", "group") else raw.get("properties")
    if payload is None:
        payload = {}
    if not isinstance(payload, dict):
        raise ParseError(f"{where}: traits/properties must be an object")
    etype = kind
    fields: dict[str, Any] = dict(payload)
    if kind == "track":
        name = raw.get("event")
        if not isinstance(name, str) or not name:
            raise ParseError(f"{where}.event: a track needs an event name")
        etype = conn.config.track_types.get(name, "track")
        fields["event_name"] = name
    for key in ("userId", "anonymousId"):
        if raw.get(key) is not None:
            fields[key] = raw[key]
    return WebhookEvent(
        platform=PLATFORM,
        connection=conn.name,
        type=etype,
        event_id=message_id,
        occurred_at=occurred_at,
        object_type="user",
        object_id=user,
        changes=dict(payload) if kind == "identify" else {},
        fields=fields,
        source_type=kind,
    )


def parse(body: bytes, conn: ResolvedConnection) -> ParsedDelivery:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise ParseError("body is not valid JSON") from None
    if isinstance(data, dict) and isinstance(data.get("batch"), list):
        items: list[Any] = data["batch"]
    elif isinstance(data, dict):
        items = [data]
    else:
        raise ParseError("expected a JSON object (one Segment event)")
    if len(items) > MAX_EVENTS:
        raise ParseError(f"{len(items)} events in one delivery; at most {MAX_EVENTS}")
    events = [_event(raw, i, conn) for i, raw in enumerate(items)]
    return ParsedDelivery(events, digest(body), body)

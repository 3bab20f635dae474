"""HubSpot webhooks: signature v3 and the JSON array of events.

Verification follows HubSpot's "Validating requests" (v3): ``X-HubSpot-Signature-v3`` is
base64(HMAC-SHA256(app secret, method + URI + raw body + timestamp)) and
``X-HubSpot-Request-Timestamp`` (epoch ms) must be at most five minutes old, which bounds
replays; redeliveries within that window are caught by the event id instead.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any
from urllib.parse import unquote

import orjson

from syncwright.domain.numbers import ascii_int
from syncwright.webhooks.config import ResolvedConnection
from syncwright.webhooks.model import (
    IncomingRequest,
    ParsedDelivery,
    ParseError,
    VerifyError,
    WebhookEvent,
    digest,
    iso_from_epoch_ms,
)

PLATFORM = "hubspot"
CONTENT_TYPES = ("application/json",)
MAX_EVENTS = 100

VERBS = {
    "creation": "created",
    "deletion": "deleted",
    "privacyDeletion": "deleted",
    "propertyChange": "updated",
    "merge": "merged",
    "restore": "restored",
    "associationChange": "association_changed",
}
"""``<object>.<verb>`` subscription types -> our verbs; unknown verbs pass through."""

FORM_PROPERTIES = frozenset({"recent_conversion_event_name"})
"""A change of these contact properties means a form was submitted."""


def sign_v3(secret: str, method: str, uri: str, body: bytes, timestamp: str) -> bytes:
    message = method.upper().encode() + uri.encode() + body + timestamp.encode()
    return base64.b64encode(hmac.new(secret.encode(), message, hashlib.sha256).digest())


def verify(request: IncomingRequest, conn: ResolvedConnection, now_ms: int) -> None:
    """Raise ``VerifyError`` unless the v3 signature and timestamp check out."""
    assert conn.secret is not None
    timestamp = request.headers.get("x-hubspot-request-timestamp", "").strip()
    signature = request.headers.get("x-hubspot-signature-v3", "").strip()
    if not timestamp or not signature:
        raise VerifyError(
            "missing X-HubSpot-Signature-v3 or X-HubSpot-Request-Timestamp", "missing_signature"
        )
    sent_ms = ascii_int(timestamp, max_digits=16)
    if sent_ms is None:
        raise VerifyError("X-HubSpot-Request-Timestamp is not epoch milliseconds", "bad_timestamp")
    max_age_ms = conn.config.max_age_seconds * 1000
    if abs(now_ms - sent_ms) > max_age_ms:
        raise VerifyError(
            f"X-HubSpot-Request-Timestamp is more than {conn.config.max_age_seconds} s "
            "from now (stale or replayed)",
            "stale_timestamp",
        )
    uri = conn.config.public_url or request.url
    secret = conn.secret.reveal()
    given = signature.encode()
    for candidate in dict.fromkeys((uri, unquote(uri))):
        expected = sign_v3(secret, request.method, candidate, request.body, timestamp)
        if hmac.compare_digest(expected, given):
            return
    raise VerifyError("X-HubSpot-Signature-v3 does not match")


def _id(value: Any, what: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
        raise ParseError(f"{what}: expected an id (number or text)")
    return str(value)


def _event(raw: Any, index: int, connection: str) -> WebhookEvent:
    where = f"event {index}"
    if not isinstance(raw, dict):
        raise ParseError(f"{where}: expected an object")
    sub = raw.get("subscriptionType")
    if not isinstance(sub, str) or "." not in sub:
        raise ParseError(f"{where}.subscriptionType: expected '<object>.<change>'")
    obj, _, verb = sub.partition(".")
    event_id = _id(raw.get("eventId"), f"{where}.eventId")
    occurred_at = iso_from_epoch_ms(raw.get("occurredAt"), f"{where}.occurredAt")
    object_id = _id(raw.get("objectId"), f"{where}.objectId")
    attempt = raw.get("attemptNumber")
    changes: dict[str, Any] = {}
    etype = f"{obj}.{VERBS.get(verb, verb)}"
    if verb == "propertyChange":
        name = raw.get("propertyName")
        if not isinstance(name, str) or not name:
            raise ParseError(f"{where}.propertyName: required for a propertyChange")
        changes[name] = raw.get("propertyValue")
        if obj == "contact" and name in FORM_PROPERTIES:
            etype = "form.submitted"
    fields = {
        k: v
        for k, v in raw.items()
        if k in ("portalId", "appId", "subscriptionId", "changeSource", "changeFlag")
        or k in ("mergedObjectIds", "primaryObjectId", "newObjectId", "sourceId")
    }
    return WebhookEvent(
        platform=PLATFORM,
        connection=connection,
        type=etype,
        event_id=event_id,
        occurred_at=occurred_at,
        object_type=obj,
        object_id=object_id,
        changes=changes,
        fields=fields,
        source_type=sub,
        attempt=attempt if isinstance(attempt, int) and not isinstance(attempt, bool) else None,
    )


def parse(body: bytes, conn: ResolvedConnection) -> ParsedDelivery:
    """A verified body -> normalised events; ``ParseError`` for anything HubSpot never sends."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise ParseError("body is not valid JSON") from None
    if not isinstance(data, list):
        raise ParseError("expected a JSON array of events")
    if len(data) > MAX_EVENTS:
        raise ParseError(f"{len(data)} events in one delivery; HubSpot sends at most {MAX_EVENTS}")
    events = [_event(raw, i, conn.name) for i, raw in enumerate(data)]
    return ParsedDelivery(events, digest(body), body)

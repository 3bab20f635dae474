"""The one event model every platform's webhook is normalised into, and intake's errors.

Intake errors carry the HTTP status and a short code for the metrics label; their message
is safe to send back (it never holds a secret, a stack trace or the body).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

JSON = dict[str, Any]
AUDIT_JOB = "webhooks"  # staging namespace of the audit bodies (content-addressed)


class IntakeError(Exception):
    """A delivery refused with a clear 4xx; nothing from it is stored as an event."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ParseError(IntakeError):
    """The body is not what the platform sends (the only error a parser raises)."""

    code = "malformed_body"


class VerifyError(IntakeError):
    """The signature, timestamp or shared secret does not check out."""

    status = 401
    code = "bad_signature"


class ForbiddenSender(IntakeError):
    """Well-formed, but from an account this connection does not accept."""

    status = 403
    code = "wrong_sender"


class UnknownConnection(IntakeError):
    status = 404
    code = "unknown_connection"


class UnsupportedMediaType(IntakeError):
    status = 415
    code = "wrong_content_type"


class BodyTooLarge(IntakeError):
    status = 413
    code = "body_too_large"


@dataclass(frozen=True, slots=True)
class IncomingRequest:
    """What a verifier may look at: the request exactly as received."""

    method: str
    url: str  # the full URL as the server saw it (scheme, host, path, query); "" for a
    # platform whose verifier does not read it (``PlatformIntake.reads_url``)
    headers: dict[str, str]  # lower-cased names
    body: bytes


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One normalised event. ``event_id`` is the platform's id (or a stable digest when the
    platform gives none): a redelivery carries the same one, which is how it is de-duplicated."""

    platform: str
    connection: str
    type: str  # contact.created, contact.updated, member.subscribed, form.submitted, track ...
    event_id: str
    occurred_at: str  # ISO 8601 UTC, millisecond precision (sortable as text)
    object_type: str | None = None
    object_id: str | None = None
    changes: JSON = field(default_factory=dict)  # fields this event changed (updates)
    fields: JSON = field(default_factory=dict)  # everything the event says about the object
    source_type: str = ""  # the platform's own name for the event
    attempt: int | None = None  # the platform's delivery attempt, when it says

    def to_json(self) -> JSON:
        return {
            "platform": self.platform,
            "connection": self.connection,
            "type": self.type,
            "event_id": self.event_id,
            "occurred_at": self.occurred_at,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "changes": self.changes,
            "fields": self.fields,
            "source_type": self.source_type,
            "attempt": self.attempt,
        }


@dataclass(frozen=True, slots=True)
class ParsedDelivery:
    """A verified delivery: its events, an id, and the body to keep for audit (secrets out)."""

    events: list[WebhookEvent]
    delivery_id: str
    audit_body: bytes


def digest(*parts: str | bytes) -> str:
    """A short stable id for things the platform gives no id for."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode())
        h.update(b"\x00")
    return h.hexdigest()[:32]


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="milliseconds")


def iso_from_epoch_ms(value: Any, what: str) -> str:
    """``occurredAt``-style epoch milliseconds as ISO text; ParseError when it is not one."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ParseError(f"{what}: expected epoch milliseconds, got {type(value).__name__}")
    try:
        return iso(datetime.fromtimestamp(value / 1000, UTC))
    except (OverflowError, OSError, ValueError):
        raise ParseError(f"{what}: {value!r} is not a valid time") from None


def iso_from_text(value: Any, what: str) -> str:
    """An ISO 8601 (or ``YYYY-MM-DD HH:MM:SS``, taken as UTC) time as normalised ISO text."""
    if not isinstance(value, str) or not value.strip():
        raise ParseError(f"{what}: expected a time as text")
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ParseError(f"{what}: {value[:40]!r} is not an ISO 8601 time") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return iso(when)
    except (OverflowError, ValueError):
        raise ParseError(f"{what}: {value[:40]!r} is out of range") from None


def now_iso() -> str:
    return iso(datetime.now(UTC))

"""Segment HTTP Tracking API (destination): records become ``identify`` or ``track`` events.

Segment answers ``200 {"success": true}`` even to events it will drop, so what it would
drop is rejected here, per record, before sending: no ``userId`` and no ``anonymousId``,
a ``track`` without ``event``, an event over 32 KB. Events go in ``POST /v1/batch``
requests split by size (500 KB, 500 events). Every event carries a ``messageId`` derived
from the record key and the event's content (sha256), and Segment de-duplicates on it,
so a batch re-sent after a crash is harmless.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator
from typing import Any, ClassVar, Literal

import httpx2
import orjson
from pydantic import Field

from syncwright.adapters.base import (
    AdapterError,
    ConfigError,
    FieldInfo,
    Outcome,
    Page,
    Record,
    RecordOutcome,
)
from syncwright.adapters.http import AdapterContext, HttpAdapter, HttpConnection, HttpError
from syncwright.domain.failures import Classified, ErrorKind

COMMON_FIELDS = [
    FieldInfo("userId", "string", description="from the connection's user_id_field"),
    FieldInfo("anonymousId", "string", description="needed when there is no userId"),
    FieldInfo("messageId", "string", description="set by syncwright: sha256 of key and content"),
    FieldInfo("timestamp", "datetime"),
    FieldInfo("context", "object"),
]
EVENT_FIELDS = {
    "identify": [*COMMON_FIELDS, FieldInfo("traits", "object", description="the other fields")],
    "track": [
        *COMMON_FIELDS,
        FieldInfo("event", "string", required=True),
        FieldInfo("properties", "object", description="the other fields"),
    ],
}
TOP_LEVEL = frozenset({"userId", "anonymousId", "messageId", "timestamp", "context",
                       "integrations", "event", "type"})  # fmt: skip
ENVELOPE = len(b'{"batch":[]}')


class SegmentConnection(HttpConnection):
    """A Segment source. The write key comes from ``token_env`` or ``secret_file``."""

    platform: Literal["segment"]
    user_id_field: str | None = Field(
        default=None, description="record field holding userId (default: the match key)"
    )
    anonymous_id_field: str = Field(default="anonymousId")
    event_field: str = Field(default="event", description="track: record field naming the event")
    event: str | None = Field(default=None, description="track: a constant event name instead")
    timestamp_field: str = Field(default="timestamp")


class SegmentAdapter(HttpAdapter):
    """Objects ``identify`` and ``track``; destination only."""

    platform = "segment"
    config_model = SegmentConnection
    upload_group = "batch"
    config: SegmentConnection

    objects: ClassVar[tuple[str, ...]] = ("identify", "track")

    def __init__(self, config: SegmentConnection, context: AdapterContext) -> None:
        super().__init__(config, context)
        if self.secret is None:  # Segment would answer 200 and drop every event
            raise ConfigError(
                f"connection {self.connection_id!r}: the Segment write key is required "
                "(set token_env or secret_file)"
            )
        group = self.resolved.limits.group(self.upload_group)
        self.event_max_bytes = group.record_max_bytes or 32_768
        self.payload_max_bytes = group.payload_max_bytes or 512_000
        self.batch_max_events = group.batch_max_records or 500

    # -- hooks ---------------------------------------------------------------
    def auth_headers(self) -> dict[str, str]:
        return {}

    def auth(self) -> httpx2.Auth | None:
        # The write key is the user name; the password is empty.
        return httpx2.BasicAuth(self.secret.reveal(), "") if self.secret else None

    def classify_response(self, error: HttpError) -> Classified:
        """Segment's ``{"success": false, "message": ...}``: the message verbatim."""
        generic = super().classify_response(error)
        try:
            message = orjson.loads(error.body).get("message")
        except (orjson.JSONDecodeError, AttributeError):
            return generic
        if not message:
            return generic
        return Classified(generic.kind, str(message), generic.retry_after_seconds, error.status)

    def _check(self, obj: str) -> None:
        if obj not in self.objects:
            raise AdapterError(
                Classified(
                    ErrorKind.PERMANENT,
                    f"segment has no object {obj!r} (objects: {', '.join(self.objects)})",
                )
            )

    async def describe(self, obj: str) -> list[FieldInfo]:
        self._check(obj)
        return EVENT_FIELDS[obj]

    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        c = self.config
        return [c.user_id_field or match_key, "userId", c.anonymous_id_field]

    def record_key(self, obj: str, record: Record) -> str:
        raise _destination_only()

    async def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        raise _destination_only()
        yield  # pragma: no cover - makes this an async generator, as the protocol wants

    # -- destination -----------------------------------------------------------
    def event_for(self, obj: str, key: str, record: Record, match_key: str) -> dict[str, Any]:
        """The Segment event for one record (``messageId`` included)."""
        c = self.config
        uid_field = c.user_id_field or match_key
        consumed = {c.anonymous_id_field, c.timestamp_field}
        if obj == "track" and c.event is None:
            consumed.add(c.event_field)
        payload = {k: v for k, v in record.items() if k not in TOP_LEVEL and k not in consumed}
        nested = "properties" if obj == "track" else "traits"
        if isinstance(payload.get(nested), dict):  # a mapping that wrote traits.x / properties.x
            payload = {**{k: v for k, v in payload.items() if k != nested}, **payload[nested]}
        event: dict[str, Any] = {"type": obj}
        for name, value in (
            ("userId", record.get(uid_field, record.get("userId"))),
            ("anonymousId", record.get(c.anonymous_id_field)),
            ("timestamp", record.get(c.timestamp_field)),
            ("context", record.get("context")),
        ):
            if value not in (None, ""):
                event[name] = value if name == "context" else str(value)
        if obj == "track":
            event_name = c.event if c.event is not None else record.get(c.event_field)
            if event_name not in (None, ""):
                event["event"] = str(event_name)
            event["properties"] = payload
        else:
            event["traits"] = payload
        digest = hashlib.sha256(
            orjson.dumps({"key": key, "event": event}, option=orjson.OPT_SORT_KEYS)
        ).digest()
        event["messageId"] = str(uuid.UUID(bytes=digest[:16]))
        return event

    def problem(self, obj: str, event: dict[str, Any], size: int) -> tuple[str, str, str] | None:
        """Why Segment would drop or refuse this event: (field, code, reason), or None."""
        c = self.config
        if not event.get("userId") and not event.get("anonymousId"):
            return (
                c.user_id_field or "userId",
                "MISSING_ID",
                "Segment drops an event with neither userId nor anonymousId: the record has no "
                f"value in {c.user_id_field or 'the match key'} or {c.anonymous_id_field!r}",
            )
        if obj == "track" and not event.get("event"):
            return (
                c.event_field,
                "MISSING_EVENT",
                f"Segment drops a track call without an event name: {c.event_field!r} is empty "
                "and the connection sets no constant event",
            )
        if size > self.event_max_bytes:
            return (
                "",
                "EVENT_TOO_LARGE",
                f"the event is {size} bytes; Segment accepts at most "
                f"{self.event_max_bytes} bytes an event",
            )
        return None

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        """Validate each event, then send the valid ones in size-bounded batch requests."""
        self._check(obj)
        outcomes: list[RecordOutcome] = []
        chunk: list[bytes] = []
        size = ENVELOPE
        for key, record in records:
            event = self.event_for(obj, key, record, match_key)
            body = orjson.dumps(event)
            problem = self.problem(obj, event, len(body))
            if problem:
                field, code, reason = problem
                outcomes.append(RecordOutcome(key, Outcome.REJECTED, reason, code, field or None))
                continue
            if chunk and (
                size + len(body) + 1 > self.payload_max_bytes or len(chunk) >= self.batch_max_events
            ):
                await self._post_batch(chunk)
                chunk, size = [], ENVELOPE
            chunk.append(body)
            size += len(body) + (1 if len(chunk) > 1 else 0)
            outcomes.append(RecordOutcome(key, Outcome.CREATED, destination_id=event["messageId"]))
        if chunk:
            await self._post_batch(chunk)
        return outcomes

    async def _post_batch(self, events: list[bytes]) -> None:
        body = b'{"batch":[' + b",".join(events) + b"]}"
        await self.request(
            "POST", "/v1/batch", content=body, headers={"Content-Type": "application/json"}
        )


def _destination_only() -> AdapterError:
    return AdapterError(
        Classified(ErrorKind.PERMANENT, "segment is a destination only: it cannot be a source")
    )

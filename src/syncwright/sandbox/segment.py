"""Segment HTTP Tracking API simulator: 200 for anything parseable, drops recorded, dedupe.

Segment answers 200 ``{"success": true}`` to every call except invalid JSON and oversize
payloads (a call over 32 KB, a batch over 500 KB or with an event over 32 KB: 400) -- even
with a wrong write key or events it will later drop. So the simulator accepts what
Segment accepts and records, in the admin view (``dropped``), what Segment would discard
and why. It de-duplicates on ``messageId`` like Segment, and forwards accepted events,
signed with ``X-Signature``, as its Webhooks destination would.
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .clock import iso
from .core import ApiError, Simulator, json_response
from .ratelimit import Denial
from .webhooks_out import Change, Delivery, WebhookConfig, build_segment_delivery


def gzip_decompress(data: bytes, limit: int) -> bytes:
    """Gunzip at most ``limit`` bytes (a gzip bomb stops there and is refused as too big)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, limit)
    if not inflater.eof and len(out) < limit:
        raise EOFError("truncated gzip body")
    return out


TYPES = ("identify", "track", "page", "screen", "group", "alias")


class SegmentSimulator(Simulator):
    """Segment's tracking API for one source (one write key)."""

    platform = "segment"
    objects = ("events", "dropped")
    webhook_schedule = (1, 5, 30, 120, 600, 1800)
    webhook_batch_size = 1

    def __init__(self, *, write_key: str = "sandbox-segment-write-key",
                 shared_secret: str = "segment-sandbox-shared-secret", **kwargs: Any) -> None:
        self.write_key = write_key
        self.shared_secret = shared_secret
        self.events: dict[str, dict[str, Any]] = {}
        self.dropped: list[dict[str, Any]] = []
        self.duplicates = 0
        self.anonymous_ids = 0
        super().__init__(**kwargs)

    def credentials(self) -> dict[str, str]:
        return {"write_key": self.write_key, "shared_secret": self.shared_secret}

    def authenticate(self, request: Request) -> bool:
        return True  # Segment answers 200 even for a wrong write key; see _write_key_ok

    def auth_error(self) -> Response:  # never used: Segment does not refuse bad keys
        return self.error(401, "Invalid write key")

    def _write_key_ok(self, request: Request, body: Any) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "basic":
            try:
                user = base64.b64decode(value, validate=True).decode().partition(":")[0]
            except (ValueError, UnicodeDecodeError):
                user = ""
            if user == self.write_key:
                return True
        return isinstance(body, dict) and body.get("writeKey") == self.write_key

    def error(self, status: int, message: str, code: str | None = None) -> Response:
        """Errors carry ``code`` and ``message``: what segment-analytics-python reads."""
        default = {400: "invalid_request", 401: "unauthorized", 429: "rate_limited"}.get(
            status, "server_error" if status >= 500 else "error")
        return json_response({"success": False, "code": (code or default).lower(),
                              "message": message}, status)

    def rate_limited(self, denial: Denial) -> Response:
        response = json_response({"success": False, "code": "rate_limited",
                                  "message": "Too Many Requests"}, 429)
        response.headers["Retry-After"] = str(max(1, round(denial.retry_after)))
        return response

    def records(self, obj: str) -> list[dict[str, Any]]:
        return list(self.events.values()) if obj == "events" else list(self.dropped)

    def clear_data(self) -> None:
        self.events.clear()
        self.dropped.clear()
        self.duplicates = 0

    def build_webhook(self, batch: list[Change], attempt: int, config: WebhookConfig) -> Delivery:
        return build_segment_delivery(config.url or "",
                                      config.secret or self.shared_secret, batch[0].record)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/v1/batch", self.batch, methods=["POST"]),
            Route("/v1/import", self.batch, methods=["POST"]),
            *[Route(f"/v1/{t}", self._single(t), methods=["POST"]) for t in TYPES],
        ]

    async def _payload(self, request: Request, cap: int) -> Any:
        """The JSON body, gunzipped when ``Content-Encoding: gzip`` (the SDKs' ``gzip=True``);
        the size limits apply to the JSON itself."""
        raw = await request.body()
        if request.headers.get("content-encoding", "").lower() == "gzip":
            try:
                raw = gzip_decompress(raw, cap + 1)
            except (OSError, EOFError, zlib.error):
                raise ApiError(self.error(400, "Invalid gzip body", "invalid_request")) \
                    from None
        if len(raw) > cap:
            raise ApiError(self.error(400, f"Request body too large: {len(raw)} bytes "
                                           f"(the limit is {cap})", "payload_too_large"))
        try:
            return json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise ApiError(self.error(400, "Invalid JSON", "invalid_json")) from None

    def _single(self, kind: str) -> Any:
        async def endpoint(request: Request) -> Response:
            group = self.limiter.limits.group("default")
            body = await self._payload(request, group.payload_max_bytes or 32768)
            if not isinstance(body, dict):
                raise ApiError(self.error(400, "Invalid JSON: expected an object"))
            key_ok = self._write_key_ok(request, body)
            event = {k: v for k, v in body.items() if k != "writeKey"}  # never stored
            self._accept({**event, "type": kind}, key_ok)
            return json_response({"success": True})

        return endpoint

    async def batch(self, request: Request) -> Response:
        group = self.limiter.limits.group("batch")
        body = await self._payload(request, group.payload_max_bytes or 512000)
        events = body.get("batch") if isinstance(body, dict) else None
        if not isinstance(events, list):
            raise ApiError(self.error(400, "Invalid JSON: expected {\"batch\": [...]}"))
        per_event = group.record_max_bytes or 32768
        for event in events:
            if len(json.dumps(event, separators=(",", ":")).encode()) > per_event:
                raise ApiError(self.error(400, f"An event in the batch exceeds {per_event} "
                                               "bytes"))
        key_ok = self._write_key_ok(request, body)
        context = body.get("context") if isinstance(body, dict) else None
        for event in events:
            if isinstance(event, dict) and context and "context" not in event:
                event = {**event, "context": context}
            self._accept(event, key_ok)
        return json_response({"success": True})

    def _accept(self, event: Any, key_ok: bool) -> None:
        """Record one event as stored, duplicate or dropped (with Segment's reason)."""
        if not isinstance(event, dict):
            self.dropped.append({"reason": "event is not an object", "event": event})
            return
        reason = self._drop_reason(event, key_ok)
        message_id = event.get("messageId")
        if not message_id:
            self.anonymous_ids += 1
            message_id = f"sandbox-generated-{self.anonymous_ids}"
        self.writes.record("events", str(message_id), str(event.get("type")))
        if reason:
            self.dropped.append({"reason": reason, "messageId": message_id, "event": event})
            return
        if message_id in self.events:
            self.duplicates += 1
            return
        stored = {**event, "messageId": message_id, "receivedAt": iso(self.now())}
        self.events[str(message_id)] = stored
        self.emit(Change("events", "create", str(message_id), stored))

    def _drop_reason(self, event: dict[str, Any], key_ok: bool) -> str | None:
        kind = event.get("type")
        if not key_ok:
            return "invalid or missing write key"
        if kind not in TYPES:
            return f"unknown type {kind!r}"
        if kind == "alias":
            return None if event.get("previousId") and event.get("userId") else \
                "alias needs previousId and userId"
        if not event.get("userId") and not event.get("anonymousId"):
            return "missing userId and anonymousId"
        if kind == "track" and not event.get("event"):
            return "track without event"
        if kind == "group" and not event.get("groupId"):
            return "group without groupId"
        return None

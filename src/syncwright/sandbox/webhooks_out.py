"""Webhooks out of the simulators: pure builders that sign deliveries, and a retrying sender.

The builders are pure so tests (and the product's webhook intake tests) can produce real,
correctly signed deliveries without running a simulator. ``WebhookSender`` batches changes,
posts them to the configured URL and redelivers on failure with growing intervals, as the
platforms do; ``retry_scale`` compresses that schedule so a test sees retries in milliseconds.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode
from xml.sax.saxutils import escape

import defusedxml.ElementTree as SafeET
import httpx2
from pydantic import BaseModel, ConfigDict, Field

log = logging.getLogger(__name__)

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
SF_OUTBOUND = "http://soap.sforce.com/2005/09/outbound"
SF_SOBJECT = "urn:sobject.enterprise.soap.sforce.com"
SALESFORCE_ACK = (
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
    '<soapenv:Body><notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound">'
    "<Ack>true</Ack></notificationsResponse></soapenv:Body></soapenv:Envelope>"
)


@dataclass(frozen=True)
class Delivery:
    """One HTTP request a platform would send to a webhook listener."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes


# -- HubSpot ---------------------------------------------------------------------------
def hubspot_signature_v3(secret: str, method: str, uri: str, body: bytes, timestamp_ms: int) -> str:
    """base64(HMAC-SHA256(secret, method + URI + body + timestamp)), HubSpot's v3 signature."""
    message = method.upper().encode() + uri.encode() + body + str(timestamp_ms).encode()
    return base64.b64encode(hmac.new(secret.encode(), message, hashlib.sha256).digest()).decode()


def hubspot_signature_v1(secret: str, body: bytes) -> str:
    """hex SHA-256 of secret + body (v1), still sent alongside v3."""
    return hashlib.sha256(secret.encode() + body).hexdigest()


def build_hubspot_delivery(
    url: str, secret: str, events: Sequence[Mapping[str, Any]], timestamp_ms: int
) -> Delivery:
    """A HubSpot webhook POST: a JSON array of at most 100 events, signed v1 and v3."""
    if len(events) > 100:
        raise ValueError("HubSpot sends at most 100 events a request")
    body = json.dumps(list(events), separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json",
        "X-HubSpot-Request-Timestamp": str(timestamp_ms),
        "X-HubSpot-Signature-v3": hubspot_signature_v3(secret, "POST", url, body, timestamp_ms),
        "X-HubSpot-Signature": hubspot_signature_v1(secret, body),
        "X-HubSpot-Signature-Version": "v1",
        "User-Agent": "HubSpot Connect 2.0 (http://dev.hubspot.com/) (namespace: webhooks-nio)",
    }
    return Delivery("POST", url, headers, body)


# -- Salesforce ------------------------------------------------------------------------
@dataclass(frozen=True)
class OutboundNotification:
    """One ``Notification``: its id and the sObject's type and fields."""

    notification_id: str
    sobject_type: str
    fields: Mapping[str, Any]


def build_salesforce_outbound(
    url: str,
    organization_id: str,
    action_id: str,
    notifications: Sequence[OutboundNotification],
    instance_url: str = "https://sandbox.my.salesforce.com",
    session_id: str | None = None,
) -> Delivery:
    """A Salesforce outbound message: SOAP 1.1 ``notifications`` with up to 100 Notification."""
    if len(notifications) > 100:
        raise ValueError("Salesforce sends at most 100 notifications a message")
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<soapenv:Envelope xmlns:soapenv="{SOAP_ENV}" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "<soapenv:Body>",
        f'<notifications xmlns="{SF_OUTBOUND}">',
        f"<OrganizationId>{escape(organization_id)}</OrganizationId>",
        f"<ActionId>{escape(action_id)}</ActionId>",
        f"<SessionId>{escape(session_id)}</SessionId>"
        if session_id
        else '<SessionId xsi:nil="true"/>',
        f"<EnterpriseUrl>{escape(instance_url)}/services/Soap/c/60.0/{organization_id[:15]}"
        "</EnterpriseUrl>",
        f"<PartnerUrl>{escape(instance_url)}/services/Soap/u/60.0/{organization_id[:15]}"
        "</PartnerUrl>",
    ]
    for note in notifications:
        parts.append(f"<Notification><Id>{escape(note.notification_id)}</Id>")
        parts.append(f'<sObject xsi:type="sf:{escape(note.sobject_type)}" xmlns:sf="{SF_SOBJECT}">')
        for name, value in note.fields.items():
            if value is None:
                parts.append(f'<sf:{name} xsi:nil="true"/>')
            else:
                parts.append(f"<sf:{name}>{escape(_soap_value(value))}</sf:{name}>")
        parts.append("</sObject></Notification>")
    parts += ["</notifications>", "</soapenv:Body>", "</soapenv:Envelope>"]
    headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '""'}
    return Delivery("POST", url, headers, "".join(parts).encode())


def _soap_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def is_salesforce_ack(body: bytes) -> bool:
    """True when a listener's answer is the SOAP ``notificationsResponse`` with Ack true."""
    try:
        root = SafeET.fromstring(body)
    except Exception:  # any parse failure means no Ack
        return False
    ack = root.find(f".//{{{SF_OUTBOUND}}}Ack")
    return ack is not None and (ack.text or "").strip().lower() == "true"


# -- Mailchimp -------------------------------------------------------------------------
def flatten_form(prefix: str, value: Any) -> list[tuple[str, str]]:
    """Nested dicts as Mailchimp's bracketed form keys: ``data[merges][FNAME]``."""
    if isinstance(value, Mapping):
        pairs: list[tuple[str, str]] = []
        for key, inner in value.items():
            pairs += flatten_form(f"{prefix}[{key}]", inner)
        return pairs
    return [(prefix, "" if value is None else str(value))]


def build_mailchimp_delivery(
    url: str, event_type: str, fired_at: str, data: Mapping[str, Any]
) -> Delivery:
    """A Mailchimp Marketing webhook: form-encoded ``type``, ``fired_at`` and ``data[...]``."""
    pairs = [("type", event_type), ("fired_at", fired_at), *flatten_form("data", data)]
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "User-Agent": "MailChimp",
    }
    return Delivery("POST", url, headers, urlencode(pairs).encode())


def mandrill_signature(key: str, url: str, params: Mapping[str, str]) -> str:
    """Mailchimp Transactional: base64(HMAC-SHA1(key, url + each key and value, keys sorted))."""
    signed = url + "".join(f"{k}{params[k]}" for k in sorted(params))
    return base64.b64encode(hmac.new(key.encode(), signed.encode(), hashlib.sha1).digest()).decode()


# -- Segment ---------------------------------------------------------------------------
def segment_signature(secret: str, body: bytes) -> str:
    """hex HMAC-SHA1 of the raw body: Segment's ``X-Signature``."""
    return hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()


def build_segment_delivery(url: str, secret: str, event: Mapping[str, Any]) -> Delivery:
    """A Segment Webhooks-destination POST: the event as JSON, signed with ``X-Signature``."""
    body = json.dumps(dict(event), separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Signature": segment_signature(secret, body),
        "User-Agent": "Segment.io/1.0",
    }
    return Delivery("POST", url, headers, body)


# -- sending ---------------------------------------------------------------------------
class WebhookConfig(BaseModel):
    """Where a simulator sends its webhooks and how hard it retries."""

    model_config = ConfigDict(extra="forbid")

    url: str | None = None
    secret: str | None = None  # None: the simulator's default app/shared secret
    retry_scale: float = Field(default=1.0, gt=0, description="multiplies the retry delays")
    max_attempts: int | None = Field(default=None, gt=0, description="default: the platform's")
    flush_interval: float = Field(default=0.05, ge=0, description="seconds to gather a batch")
    timeout: float = Field(default=10.0, gt=0)


@dataclass
class Change:
    """One data change a simulator reports: the source of every webhook event."""

    object: str
    op: str  # "create" | "update" | "delete"
    record_id: str
    record: dict[str, Any]
    changed: dict[str, Any] = field(default_factory=dict)
    occurred_at: float = 0.0


BuildFn = Callable[[list[Change], int, WebhookConfig], Delivery]
AcceptFn = Callable[[httpx2.Response], bool]


def accept_2xx(response: httpx2.Response) -> bool:
    return 200 <= response.status_code < 300


def accept_salesforce(response: httpx2.Response) -> bool:
    return response.status_code == 200 and is_salesforce_ack(response.content)


class WebhookSender:
    """Gathers changes into batches and delivers each with the platform's retry schedule."""

    def __init__(
        self,
        build: BuildFn,
        schedule: Sequence[float],
        batch_size: int = 1,
        accept: AcceptFn = accept_2xx,
        validate_with_get: bool = False,
    ) -> None:
        self.build = build
        self.schedule = list(schedule)
        self.batch_size = batch_size
        self.accept = accept
        self.validate_with_get = validate_with_get
        self.config = WebhookConfig()
        self.attempts: list[dict[str, Any]] = []
        self._pending: list[Change] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._flusher: asyncio.Task[None] | None = None
        self._next_id = 0
        self._client: httpx2.AsyncClient | None = None

    @property
    def enabled(self) -> bool:
        return self.config.url is not None

    def configure(self, config: WebhookConfig) -> None:
        self.config = config
        if self.validate_with_get and config.url:
            self._spawn(self._validate(config.url))

    def emit(self, change: Change) -> None:
        """Queue a change; only called from the simulator's event loop."""
        if not self.enabled:
            return
        self._pending.append(change)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.get_running_loop().create_task(self._flush_soon())

    async def _flush_soon(self) -> None:
        await asyncio.sleep(self.config.flush_interval)
        while self._pending:
            batch = self._pending[: self.batch_size]
            del self._pending[: self.batch_size]
            self._next_id += 1
            self._spawn(self._deliver(self._next_id, batch))

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _http(self) -> httpx2.AsyncClient:
        if self._client is None:
            self._client = httpx2.AsyncClient(timeout=self.config.timeout)
        return self._client

    async def _validate(self, url: str) -> None:
        try:
            response = await self._http().get(url)
            self.attempts.append(
                {
                    "delivery": 0,
                    "attempt": 0,
                    "method": "GET",
                    "url": url,
                    "status": response.status_code,
                    "ok": accept_2xx(response),
                }
            )
        except httpx2.HTTPError as exc:
            self.attempts.append(
                {
                    "delivery": 0,
                    "attempt": 0,
                    "method": "GET",
                    "url": url,
                    "status": None,
                    "ok": False,
                    "error": type(exc).__name__,
                }
            )

    async def _deliver(self, delivery_id: int, batch: list[Change]) -> None:
        max_attempts = self.config.max_attempts or len(self.schedule) + 1
        for attempt in range(max_attempts):
            config = self.config
            if config.url is None:
                return
            delivery = self.build(batch, attempt, config)
            entry: dict[str, Any] = {
                "delivery": delivery_id,
                "attempt": attempt,
                "method": delivery.method,
                "url": delivery.url,
                "events": len(batch),
                "status": None,
                "ok": False,
            }
            try:
                response = await self._http().request(
                    delivery.method,
                    delivery.url,
                    headers=delivery.headers,
                    content=delivery.body,
                )
                entry["status"] = response.status_code
                entry["ok"] = self.accept(response)
            except httpx2.HTTPError as exc:
                entry["error"] = type(exc).__name__
            self.attempts.append(entry)
            if entry["ok"]:
                return
            if attempt + 1 < max_attempts:
                delay = self.schedule[min(attempt, len(self.schedule) - 1)]
                await asyncio.sleep(delay * config.retry_scale)
        log.info("webhook delivery %s given up after %s attempts", delivery_id, max_attempts)

    def summary(self) -> dict[str, Any]:
        delivered = {a["delivery"] for a in self.attempts if a["ok"] and a["delivery"]}
        return {
            "config": self.config.model_dump(exclude={"secret"}),
            "pending": len(self._pending),
            "in_flight": len(self._tasks),
            "delivered": len(delivered),
            "attempts": self.attempts,
        }

    def reset(self) -> None:
        self.attempts.clear()
        self._pending.clear()

    async def aclose(self) -> None:
        for task in list(self._tasks) + ([self._flusher] if self._flusher else []):
            task.cancel()
        if self._client is not None:
            await self._client.aclose()
            self._client = None

"""Google Analytics 4 Measurement Protocol (destination): each record is one event.

``/mp/collect`` answers 2xx even to events GA4 will drop, so the documented rules (event
names, param counts and sizes, reserved names, the 72-hour timestamp window) are checked
here per record before sending, and each rejection names its rule. With ``validate: true``
every request is first sent to ``/debug/mp/collect`` and its ``validationMessages`` are
mapped back to the records they name.

A request carries one ``client_id`` (and ``user_id``), so records are grouped by those and
sent in requests of at most 25 events within 130 KB. GA4 has no idempotency key: a request
retried after a timeout whose first attempt did reach Google is counted twice. The
registry caps the engine's batches at 25 records, so one batch is (usually) one request
and a retry repeats at most that one request.

The ``api_secret`` travels as a query parameter: ``HttpError`` masks it in URLs, and
``classify_error`` scrubs it from any other message as well.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, Literal

import orjson
from pydantic import ConfigDict, Field

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

# https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events
NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
NAME_MAX, PARAMS_MAX, PARAM_NAME_MAX, PARAM_VALUE_MAX = 40, 25, 40, 100
MAX_AGE_SECONDS = 72 * 3600
RESERVED_PREFIXES = ("_", "firebase_", "ga_", "google_", "gtag.")
# fmt: off
RESERVED_EVENTS = frozenset({
    "ad_activeview", "ad_click", "ad_exposure", "ad_impression", "ad_query", "ad_reward",
    "adunit_exposure", "app_background", "app_clear_data", "app_exception", "app_remove",
    "app_store_refund", "app_store_subscription_cancel", "app_store_subscription_convert",
    "app_store_subscription_renew", "app_update", "app_upgrade", "dynamic_link_app_open",
    "dynamic_link_app_update", "dynamic_link_first_open", "error", "first_open", "first_visit",
    "in_app_purchase", "notification_dismiss", "notification_foreground", "notification_open",
    "notification_receive", "os_update", "session_start", "session_start_with_rollout",
    "user_engagement",
})
# fmt: on
SCALAR = (str, int, float, bool)
Problem = tuple[str, str, str]  # (field, rule code, reason)


@dataclass(frozen=True, slots=True)
class _Event:
    request: tuple[str, str | None, int | None]  # (client_id, user_id, timestamp_micros)
    body: dict[str, Any]


class GA4Connection(HttpConnection):
    """A GA4 data stream. The ``api_secret`` comes from ``token_env`` or ``secret_file``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    platform: Literal["ga4"]
    measurement_id: str = Field(min_length=1, description="G-XXXXXXX")
    client_id_field: str = Field(default="client_id")
    user_id_field: str | None = Field(default="user_id")
    event_name_field: str = Field(default="name", description="record field naming the event")
    event_name: str | None = Field(default=None, description="a constant event name instead")
    timestamp_field: str | None = Field(
        default="timestamp_micros", description="epoch microseconds or an ISO-8601 time"
    )
    validate_events: bool = Field(
        default=False, alias="validate", description="check every request at /debug/mp/collect"
    )


class GA4Adapter(HttpAdapter):
    """Object ``events``; destination only."""

    platform = "ga4"
    config_model = GA4Connection
    config: GA4Connection

    objects: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, config: GA4Connection, context: AdapterContext) -> None:
        super().__init__(config, context)
        if self.secret is None:
            raise ConfigError(
                f"connection {self.connection_id!r}: the GA4 api_secret is required "
                "(set token_env or secret_file)"
            )
        self.max_events = self.limits.batch_max_records or 25
        self.max_bytes = self.limits.payload_max_bytes or 130_000

    # -- hooks ---------------------------------------------------------------
    def auth_headers(self) -> dict[str, str]:
        return {}  # credentials go in the query string

    @property
    def _query(self) -> dict[str, str]:
        assert self.secret is not None
        return {"measurement_id": self.config.measurement_id, "api_secret": self.secret.reveal()}

    def classify_response(self, error: HttpError) -> Classified:
        """Google's ``{"error": {"message", "status"}}``: the message verbatim."""
        generic = super().classify_response(error)
        try:
            err = orjson.loads(error.body).get("error") or {}
        except (orjson.JSONDecodeError, AttributeError):
            return generic
        if not isinstance(err, dict) or not err.get("message"):
            return generic
        return Classified(
            generic.kind,
            str(err["message"]),
            generic.retry_after_seconds,
            error.status,
            err.get("status"),
        )

    def classify_error(self, error: BaseException) -> Classified:
        c = super().classify_error(error)
        secret = self.secret.reveal() if self.secret else ""
        if secret and secret in c.message:
            return Classified(
                c.kind, c.message.replace(secret, "***"), c.retry_after_seconds, c.status, c.code
            )
        return c

    def _check(self, obj: str) -> None:
        if obj not in self.objects:
            raise AdapterError(
                Classified(ErrorKind.PERMANENT, f"ga4 has no object {obj!r} (objects: events)")
            )

    async def describe(self, obj: str) -> list[FieldInfo]:
        self._check(obj)
        c = self.config
        fields = [FieldInfo(c.client_id_field, "string", True, "the request's client_id")]
        if c.user_id_field:
            fields.append(FieldInfo(c.user_id_field, "string", False, "the request's user_id"))
        if c.event_name is None:
            fields.append(FieldInfo(c.event_name_field, "string", True, "event name, <= 40"))
        if c.timestamp_field:
            fields.append(FieldInfo(c.timestamp_field, "datetime", False, "<= 72 hours back"))
        fields.append(FieldInfo("*", "string", False, "any other field is a param (<= 25)"))
        return fields

    def record_key(self, obj: str, record: Record) -> str:
        raise _destination_only()

    async def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        raise _destination_only()
        yield  # pragma: no cover - makes this an async generator, as the protocol wants

    # -- records -> events -------------------------------------------------------
    def event_for(self, record: Record) -> _Event | Problem:
        """(request key, event) for one record, or the rule it breaks. A record may also
        carry its event in the Measurement Protocol's own shape (``events[0].name``,
        ``events[0].params.*``, as a v2 mapping can write it)."""
        c = self.config
        nested_name = None
        if isinstance(record.get("events"), list):
            events = record["events"]
            if len(events) != 1 or not isinstance(events[0], dict):
                return ("events", "EVENTS_SHAPE",
                        "a record carries one event: events[0].name and events[0].params")  # fmt: skip
            params_in = events[0].get("params") or {}
            if not isinstance(params_in, dict):
                return ("events[0].params", "EVENTS_SHAPE", "events[0].params must be an object")
            nested_name = events[0].get("name")
            record = {**{k: v for k, v in record.items() if k != "events"}, **params_in}
        client_id = record.get(c.client_id_field)
        if client_id in (None, ""):
            return (c.client_id_field, "CLIENT_ID_REQUIRED", "a GA4 event needs a client_id")
        user_id = record.get(c.user_id_field) if c.user_id_field else None
        ts = record.get(c.timestamp_field) if c.timestamp_field else None
        micros = None
        if ts not in (None, ""):
            micros = _micros(ts)
            if micros is None:
                return (str(c.timestamp_field), "TIMESTAMP_INVALID",
                        f"{ts!r} is neither epoch microseconds nor an ISO-8601 time")  # fmt: skip
            if micros / 1e6 < datetime.now(UTC).timestamp() - MAX_AGE_SECONDS:
                return (str(c.timestamp_field), "TIMESTAMP_TOO_OLD",
                        "GA4 accepts events at most 72 hours in the past")  # fmt: skip
        name = nested_name or (
            c.event_name if c.event_name is not None else record.get(c.event_name_field)
        )
        consumed = {c.client_id_field, c.user_id_field, c.timestamp_field}
        if c.event_name is None:
            consumed.add(c.event_name_field)
        params = {k: v for k, v in record.items() if k not in consumed and v is not None}
        problem = _check_event(name, params, c.event_name_field)
        if problem:
            return problem
        uid = None if user_id in (None, "") else str(user_id)
        return _Event((str(client_id), uid, micros), {"name": name, "params": params})

    def _body(self, key: tuple[str, str | None, int | None], events: list[dict[str, Any]]) -> bytes:
        client_id, user_id, micros = key
        body: dict[str, Any] = {"client_id": client_id}
        if user_id is not None:
            body["user_id"] = user_id
        if micros is not None:
            body["timestamp_micros"] = micros
        body["events"] = events
        return orjson.dumps(body)

    def _requests(self, events: list[tuple[int, _Event]]) -> list[tuple[list[int], bytes]]:
        """Group by (client_id, user_id, timestamp) and cut into <= 25 events, <= 130 KB."""
        groups: dict[tuple[str, str | None, int | None], list[tuple[int, dict[str, Any]]]] = {}
        for i, ev in events:
            groups.setdefault(ev.request, []).append((i, ev.body))
        out: list[tuple[list[int], bytes]] = []
        for key, members in groups.items():
            idx: list[int] = []
            chunk: list[dict[str, Any]] = []
            for i, event in members:
                fits = len(self._body(key, [*chunk, event])) <= self.max_bytes
                if chunk and (len(chunk) >= self.max_events or not fits):
                    out.append((idx, self._body(key, chunk)))
                    idx, chunk = [], []
                idx.append(i)
                chunk.append(event)
            out.append((idx, self._body(key, chunk)))
        return out

    # -- destination -----------------------------------------------------------
    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        self._check(obj)
        outcomes: dict[int, RecordOutcome] = {}
        events: list[tuple[int, _Event]] = []
        for i, (key, record) in enumerate(records):
            made = self.event_for(record)
            if isinstance(made, _Event):
                events.append((i, made))
            else:
                field, code, reason = made
                outcomes[i] = RecordOutcome(key, Outcome.REJECTED, reason, code, field or None)
        for idx, body in self._requests(events):
            if len(body) > self.max_bytes:  # one event alone is too big
                for i in idx:
                    outcomes[i] = RecordOutcome(
                        records[i][0], Outcome.REJECTED,
                        f"the request for this event is {len(body)} bytes; GA4 accepts at most "
                        f"{self.max_bytes}", "PAYLOAD_TOO_LARGE",
                    )  # fmt: skip
                continue
            if self.config.validate_events:
                idx, body = await self._validate(records, idx, body, outcomes)
                if not idx:
                    continue
            await self.request(
                "POST", "/mp/collect", content=body, params=self._query,
                headers={"Content-Type": "application/json"},
            )  # fmt: skip
            for i in idx:
                outcomes[i] = RecordOutcome(records[i][0], Outcome.CREATED)
        return [outcomes[i] for i in range(len(records))]

    async def _validate(
        self,
        records: list[tuple[str, Record]],
        idx: list[int],
        body: bytes,
        outcomes: dict[int, RecordOutcome],
    ) -> tuple[list[int], bytes]:
        """Ask ``/debug/mp/collect``; reject the records its messages name, and return what
        is left to send (indexes and body)."""
        answer = await self.request_json(
            "POST", "/debug/mp/collect", params=self._query, json=orjson.loads(body)
        )
        bad: dict[int, dict[str, str]] = {}
        for msg in answer.get("validationMessages") or []:
            path = str(msg.get("fieldPath", ""))
            if path in ("api_secret", "measurement_id"):
                raise AdapterError(
                    Classified(ErrorKind.AUTH, str(msg.get("description")), code=msg.get(
                        "validationCode"))
                )  # fmt: skip
            m = re.match(r"events\[(\d+)\]", path)
            for n in [int(m.group(1))] if m else range(len(idx)):
                if n < len(idx):
                    bad.setdefault(n, msg)
        for n, msg in bad.items():
            i = idx[n]
            outcomes[i] = RecordOutcome(
                records[i][0], Outcome.REJECTED, str(msg.get("description", "")),
                msg.get("validationCode"), str(msg.get("fieldPath", "")),
            )  # fmt: skip
        if not bad:
            return idx, body
        payload = orjson.loads(body)
        keep = [n for n in range(len(idx)) if n not in bad]
        payload["events"] = [payload["events"][n] for n in keep]
        return [idx[n] for n in keep], orjson.dumps(payload)


def _check_event(name: Any, params: dict[str, Any], name_field: str) -> Problem | None:
    """The documented Measurement Protocol rules for one event."""
    if not isinstance(name, str) or not name:
        return (name_field, "EVENT_NAME_REQUIRED", "a GA4 event needs a name")
    if len(name) > NAME_MAX:
        return (name_field, "EVENT_NAME_TOO_LONG",
                f"event name is {len(name)} characters; GA4 allows at most {NAME_MAX}")  # fmt: skip
    if name in RESERVED_EVENTS or name.startswith(RESERVED_PREFIXES):
        return (name_field, "EVENT_NAME_RESERVED", f"event name {name!r} is reserved by GA4")
    if not NAME_RE.match(name):
        return (name_field, "EVENT_NAME_INVALID",
                f"event name {name!r} must start with a letter and hold only letters, digits "
                "and underscores")  # fmt: skip
    if len(params) > PARAMS_MAX:
        return ("", "TOO_MANY_PARAMS",
                f"the event has {len(params)} params; GA4 allows at most {PARAMS_MAX}")  # fmt: skip
    for pname, value in params.items():
        if len(pname) > PARAM_NAME_MAX:
            return (pname, "PARAM_NAME_TOO_LONG",
                    f"param name is {len(pname)} characters; GA4 allows at most "
                    f"{PARAM_NAME_MAX}")  # fmt: skip
        if pname.startswith(RESERVED_PREFIXES):
            return (pname, "PARAM_NAME_RESERVED", f"param name {pname!r} is reserved by GA4")
        if not NAME_RE.match(pname):
            return (pname, "PARAM_NAME_INVALID",
                    f"param name {pname!r} must start with a letter and hold only letters, "
                    "digits and underscores")  # fmt: skip
        if pname == "items" and isinstance(value, list):
            continue  # the documented e-commerce array
        if not isinstance(value, SCALAR):
            return (pname, "PARAM_VALUE_INVALID",
                    f"param {pname!r} must be a string, number or boolean")  # fmt: skip
        if isinstance(value, str) and len(value) > PARAM_VALUE_MAX:
            return (pname, "PARAM_VALUE_TOO_LONG",
                    f"param {pname!r} is {len(value)} characters; GA4 allows at most "
                    f"{PARAM_VALUE_MAX}")  # fmt: skip
    return None


def _micros(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value.isdigit():
            return int(value)
        try:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        dt = dt if dt.tzinfo else dt.replace(tzinfo=UTC)
        return int(dt.timestamp() * 1_000_000)
    return None


def _destination_only() -> AdapterError:
    return AdapterError(
        Classified(ErrorKind.PERMANENT, "ga4 is a destination only: it cannot be a source")
    )

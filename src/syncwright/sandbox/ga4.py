"""GA4 Measurement Protocol simulator: ``/mp/collect`` and the ``/debug/mp/collect`` validator.

``/mp/collect`` answers 204 to everything, as Google does, even for events GA4 will drop;
the admin view (``dropped``) records what was dropped and why. ``/debug/mp/collect``
answers ``validationMessages`` with ``fieldPath``, ``description`` and ``validationCode``
per the documented limits: 25 events a request, 130 KB, names <= 40 characters starting
with a letter, <= 25 params of <= 40-character names and <= 100-character values,
reserved names and prefixes, user properties, and timestamps up to 72 hours back.
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .core import Simulator, json_response
from .ratelimit import Denial

NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_RESERVED_TEXT = (
    "ad_activeview ad_click ad_exposure ad_impression ad_query ad_reward adunit_exposure "
    "app_background app_clear_data app_exception app_remove app_store_refund "
    "app_store_subscription_cancel app_store_subscription_convert app_store_subscription_renew "
    "app_update app_upgrade dynamic_link_app_open dynamic_link_app_update "
    "dynamic_link_first_open error first_open first_visit in_app_purchase notification_dismiss "
    "notification_foreground notification_open notification_receive os_update session_start "
    "session_start_with_rollout user_engagement")
RESERVED_EVENTS = frozenset(_RESERVED_TEXT.split(" "))
RESERVED_PREFIXES = ("_", "firebase_", "ga_", "google_", "gtag.")
RESERVED_USER_PROPS = frozenset({"first_open_time", "first_visit_time",
                                 "last_deep_link_referrer", "user_id",
                                 "first_open_after_install"})


def validate_payload(body: Any, raw_size: int, now: float, max_events: int = 25,
                     max_bytes: int = 130_000) -> list[dict[str, str]]:
    """The validation messages GA4's debug endpoint would return for this payload."""
    msgs: list[dict[str, str]] = []

    def add(path: str, code: str, description: str) -> None:
        msgs.append({"fieldPath": path, "description": description, "validationCode": code})

    if raw_size > max_bytes:
        add("", "VALUE_OUT_OF_BOUNDS", f"Request body is {raw_size} bytes; the maximum is "
                                       f"{max_bytes}.")
    if not isinstance(body, dict):
        add("", "VALUE_INVALID", "Unable to parse Measurement Protocol JSON payload.")
        return msgs
    if not body.get("client_id") and not body.get("app_instance_id"):
        add("client_id", "VALUE_REQUIRED", "Measurement requires a client_id.")
    ts = body.get("timestamp_micros")
    if ts is not None:
        if not isinstance(ts, int | str) or not str(ts).isdigit():
            add("timestamp_micros", "VALUE_INVALID", "timestamp_micros must be an integer.")
        elif int(ts) / 1e6 < now - 72 * 3600 or int(ts) / 1e6 > now + 15 * 60:
            add("timestamp_micros", "VALUE_OUT_OF_BOUNDS",
                "timestamp_micros can be at most 72 hours in the past.")
    props = body.get("user_properties") or {}
    if not isinstance(props, dict):
        add("user_properties", "VALUE_INVALID", "user_properties must be an object.")
        props = {}
    if len(props) > 25:
        add("user_properties", "EXCEEDED_MAX_ENTITIES", "A request can have at most 25 user "
                                                         "properties.")
    for name, prop in props.items():
        path = f"user_properties.{name}"
        if name in RESERVED_USER_PROPS or name.startswith(RESERVED_PREFIXES):
            add(path, "NAME_RESERVED", f"User property name {name} is reserved.")
        elif len(name) > 24 or not NAME_RE.match(name):
            add(path, "NAME_INVALID", f"User property name {name} is invalid: at most 24 "
                                      "alphanumeric characters or underscores, starting with "
                                      "a letter.")
        value = prop.get("value") if isinstance(prop, dict) else None
        if value is not None and len(str(value)) > 36:
            add(f"{path}.value", "VALUE_INVALID", "User property values can be at most 36 "
                                                  "characters.")
    events = body.get("events")
    if not isinstance(events, list) or not events:
        add("events", "VALUE_REQUIRED", "A request must contain at least one event.")
        return msgs
    if len(events) > max_events:
        add("events", "EXCEEDED_MAX_ENTITIES", f"A request can have at most {max_events} "
                                               "events.")
    for i, event in enumerate(events):
        msgs += _validate_event(i, event)
    return msgs


def _validate_event(i: int, event: Any) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    def add(path: str, code: str, description: str) -> None:
        out.append({"fieldPath": path, "description": description, "validationCode": code})

    if not isinstance(event, dict):
        add(f"events[{i}]", "VALUE_INVALID", "Each event must be an object.")
        return out
    name = event.get("name")
    if not isinstance(name, str) or not name:
        add(f"events[{i}].name", "VALUE_REQUIRED", "Event name is required.")
    elif not name[0].isalpha():
        # Google's own documented example, word for word (validating-events guide).
        add("events", "NAME_INVALID", f"Event at index: [{i}] has invalid name [{name}]. "
                                      "Names must start with an alphabetic character.")
    elif name in RESERVED_EVENTS or name.startswith(RESERVED_PREFIXES):
        add(f"events[{i}].name", "NAME_RESERVED", f"Event name {name} is reserved.")
    elif len(name) > 40:
        add("events", "NAME_INVALID", f"Event at index: [{i}] has invalid name [{name}]. "
                                      "Names must be 40 characters or fewer.")
    elif not NAME_RE.match(name):
        add("events", "NAME_INVALID", f"Event at index: [{i}] has invalid name [{name}]. "
                                      "Only alphanumeric characters and underscores are "
                                      "allowed.")
    params = event.get("params") or {}
    if not isinstance(params, dict):
        add(f"events[{i}].params", "VALUE_INVALID", "params must be an object.")
        return out
    if len(params) > 25:
        add(f"events[{i}].params", "EXCEEDED_MAX_ENTITIES", "An event can have at most 25 "
                                                            "params.")
    for pname, value in params.items():
        path = f"events[{i}].params.{pname}"
        if pname.startswith(RESERVED_PREFIXES) or pname == "firebase_conversion":
            add(path, "NAME_RESERVED", f"Param name {pname} is reserved.")
        elif len(pname) > 40 or not NAME_RE.match(pname):
            add(path, "NAME_INVALID", f"Param name {pname} is invalid.")
        if isinstance(value, str) and len(value) > 100:
            add(path, "VALUE_INVALID", "Param values can be at most 100 characters.")
    return out


class GA4Simulator(Simulator):
    """One GA4 data stream (a measurement id and its API secret)."""

    platform = "ga4"
    objects = ("events", "dropped")

    def __init__(self, *, measurement_id: str = "G-SANDBOX123",
                 api_secret: str = "sandbox-ga4-api-secret", check_debug_secret: bool = True,
                 **kwargs: Any) -> None:
        self.measurement_id = measurement_id
        # Google's validation server does not check api_secret or measurement_id; the
        # lenient default keeps older tests that relied on it working (Sandbox(strict=True)
        # and `sandbox up` turn it off).
        self.check_debug_secret = check_debug_secret
        self.api_secret = api_secret
        self.events: list[dict[str, Any]] = []
        self.dropped: list[dict[str, Any]] = []
        super().__init__(**kwargs)

    def credentials(self) -> dict[str, str]:
        return {"measurement_id": self.measurement_id, "api_secret": self.api_secret}

    def authenticate(self, request: Request) -> bool:
        return True  # GA4 never refuses: a wrong secret means the data is silently dropped

    def auth_error(self) -> Response:  # never used
        return self.error(401, "unauthorized")

    def error(self, status: int, message: str, code: str | None = None) -> Response:
        return json_response({"error": {"code": status, "message": message,
                                        "status": code or "UNKNOWN"}}, status)

    def rate_limited(self, denial: Denial) -> Response:
        return self.error(429, "Resource has been exhausted (e.g. check quota).",
                          "RESOURCE_EXHAUSTED")

    def records(self, obj: str) -> list[dict[str, Any]]:
        return list(self.events) if obj == "events" else list(self.dropped)

    def clear_data(self) -> None:
        self.events.clear()
        self.dropped.clear()

    def routes(self) -> list[BaseRoute]:
        return [Route("/mp/collect", self.collect, methods=["POST"]),
                Route("/debug/mp/collect", self.debug, methods=["POST"])]

    async def _read(self, request: Request, debug: bool = False
                    ) -> tuple[Any, list[dict[str, str]]]:
        raw = await request.body()
        group = self.limiter.limits.group("default")
        try:
            body: Any = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        msgs = validate_payload(body, len(raw), self.now(), group.batch_max_records or 25,
                                group.payload_max_bytes or 130_000)
        q = request.query_params
        if debug and not self.check_debug_secret:
            return body, msgs
        if q.get("measurement_id") != self.measurement_id:
            msgs.insert(0, {"fieldPath": "measurement_id", "validationCode": "VALUE_INVALID",
                            "description": "Unknown measurement_id."})
        if q.get("api_secret") != self.api_secret:
            msgs.insert(0, {"fieldPath": "api_secret", "validationCode": "VALUE_INVALID",
                            "description": "Invalid api_secret."})
        return body, msgs

    async def collect(self, request: Request) -> Response:
        body, msgs = await self._read(request)
        if msgs:
            self.dropped.append({"reason": msgs, "payload": body})
            return Response(status_code=204)
        for event in body["events"]:
            params = event.get("params") or {}
            key = str(params.get("event_id") or params.get("transaction_id")
                      or f"{body.get('client_id')}/{event['name']}/"
                         f"{body.get('timestamp_micros', '')}")
            self.writes.record("events", key, event["name"])
            self.events.append({"client_id": body.get("client_id"),
                                "user_id": body.get("user_id"),
                                "timestamp_micros": body.get("timestamp_micros"),
                                "user_properties": body.get("user_properties"), **event})
        return Response(status_code=204)

    async def debug(self, request: Request) -> Response:
        _, msgs = await self._read(request, debug=True)
        return json_response({"validationMessages": msgs})

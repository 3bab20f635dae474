"""GA4 Measurement Protocol over plain HTTP (Google ships no Python client for it), as
Google's documentation describes both endpoints."""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from syncwright.sandbox import Sandbox

from .conftest import count_calls


@pytest.fixture(scope="module")
def box() -> Iterator[Sandbox]:
    with Sandbox(("ga4",), no_limits=True, strict=True) as sb:
        yield sb
        count_calls(sb, "ga4")


def url(box: Sandbox, debug: bool = False, secret: str | None = None) -> str:
    creds = box.credentials("ga4")
    return (f"{box.base_url('ga4')}{'/debug' if debug else ''}/mp/collect?measurement_id="
            f"{creds['measurement_id']}&api_secret={secret or creds['api_secret']}")


def validate(box: Sandbox, payload: Any, secret: str | None = None) -> list[dict[str, str]]:
    r = requests.post(url(box, True, secret), data=json.dumps(payload), timeout=10)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    messages: list[dict[str, str]] = r.json()["validationMessages"]
    for m in messages:
        assert set(m) == {"fieldPath", "description", "validationCode"}
    return messages


def test_googles_documented_example_verbatim(box: Sandbox) -> None:
    messages = validate(box, {"client_id": "c.1", "events": [{"name": "_badEventName",
                                                              "params": {}}]})
    assert messages == [{"fieldPath": "events", "validationCode": "NAME_INVALID",
                         "description": "Event at index: [0] has invalid name "
                                        "[_badEventName]. Names must start with an "
                                        "alphabetic character."}]


def test_debug_does_not_check_the_api_secret(box: Sandbox) -> None:
    ok = {"client_id": "c.1", "events": [{"name": "sign_up"}]}
    assert validate(box, ok, secret="definitely-wrong") == []
    assert validate(box, ok) == []


CASES: list[tuple[str, dict[str, Any], list[tuple[str, str]]]] = [
    ("valid purchase", {"client_id": "c", "events": [{"name": "purchase", "params": {
        "currency": "USD", "value": 9.5, "transaction_id": "t1"}}]}, []),
    ("app instance", {"app_instance_id": "a" * 32, "events": [{"name": "level_up"}]}, []),
    ("no client id", {"events": [{"name": "e"}]}, [("client_id", "VALUE_REQUIRED")]),
    ("no events", {"client_id": "c", "events": []}, [("events", "VALUE_REQUIRED")]),
    ("digit first", {"client_id": "c", "events": [{"name": "1st"}]},
     [("events", "NAME_INVALID")]),
    ("dash", {"client_id": "c", "events": [{"name": "bad-name"}]},
     [("events", "NAME_INVALID")]),
    ("too long", {"client_id": "c", "events": [{"name": "x" * 41}]},
     [("events", "NAME_INVALID")]),
    ("reserved", {"client_id": "c", "events": [{"name": "session_start"}]},
     [("events[0].name", "NAME_RESERVED")]),
    ("reserved prefix", {"client_id": "c", "events": [{"name": "firebase_thing"}]},
     [("events[0].name", "NAME_RESERVED")]),
    ("26 events", {"client_id": "c", "events": [{"name": "e"}] * 26},
     [("events", "EXCEEDED_MAX_ENTITIES")]),
    ("26 params", {"client_id": "c", "events": [{"name": "e", "params": {
        f"p{i}": 1 for i in range(26)}}]}, [("events[0].params", "EXCEEDED_MAX_ENTITIES")]),
    ("long value", {"client_id": "c", "events": [{"name": "e", "params": {"p": "v" * 101}}]},
     [("events[0].params.p", "VALUE_INVALID")]),
    ("reserved param", {"client_id": "c", "events": [{"name": "e", "params": {"_p": 1}}]},
     [("events[0].params._p", "NAME_RESERVED")]),
    ("reserved user property", {"client_id": "c", "user_properties": {
        "first_open_time": {"value": 1}}, "events": [{"name": "e"}]},
     [("user_properties.first_open_time", "NAME_RESERVED")]),
    ("long user property", {"client_id": "c", "user_properties": {
        "tier": {"value": "x" * 37}}, "events": [{"name": "e"}]},
     [("user_properties.tier.value", "VALUE_INVALID")]),
    ("old timestamp", {"client_id": "c", "timestamp_micros": int((time.time() - 73 * 3600)
                                                                  * 1e6),
                       "events": [{"name": "e"}]}, [("timestamp_micros", "VALUE_OUT_OF_BOUNDS")]),
]


@pytest.mark.parametrize("payload,expected", [(p, e) for _, p, e in CASES],
                         ids=[name for name, _, _ in CASES])
def test_validation_messages(box: Sandbox, payload: dict[str, Any],
                             expected: list[tuple[str, str]]) -> None:
    got = [(m["fieldPath"], m["validationCode"]) for m in validate(box, payload)]
    assert got == expected


@pytest.mark.parametrize("payload", [p for _, p, _ in CASES], ids=[n for n, _, _ in CASES])
def test_collect_answers_204_to_everything(box: Sandbox, payload: dict[str, Any]) -> None:
    r = requests.post(url(box), data=json.dumps(payload), timeout=10)
    assert r.status_code == 204 and r.content == b""


def test_collect_keeps_valid_events_and_drops_the_rest(box: Sandbox) -> None:
    dropped_before = len(box.admin("ga4").records("dropped"))
    requests.post(url(box), json={"client_id": "k", "events": [{"name": "kept_event"}]},
                  timeout=10)
    requests.post(url(box, secret="wrong"), json={"client_id": "k",
                                                   "events": [{"name": "lost_event"}]},
                  timeout=10)
    names = [e["name"] for e in box.admin("ga4").records("events")]
    assert "kept_event" in names and "lost_event" not in names
    dropped = box.admin("ga4").records("dropped")[dropped_before:]
    assert [d["payload"]["events"][0]["name"] for d in dropped] == ["lost_event"]


def test_unparseable_body(box: Sandbox) -> None:
    r = requests.post(url(box, True), data=gzip.compress(b"{}"), timeout=10)
    assert r.status_code == 200
    assert r.json()["validationMessages"][0]["validationCode"] == "VALUE_INVALID"

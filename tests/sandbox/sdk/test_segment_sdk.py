"""segment-analytics-python against the Segment simulator, plain and gzip bodies."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from segment.analytics import Client
from segment.analytics.request import APIError, post

from syncwright.sandbox import Sandbox

from .conftest import start


@pytest.fixture(scope="module")
def box() -> Iterator[Sandbox]:
    yield from start("segment")


def client(box: Sandbox, gzip: bool, key: str | None = None) -> Client:
    return Client(key or box.credentials("segment")["write_key"], host=box.base_url("segment"),
                  gzip=gzip, sync_mode=True, max_retries=0)


def stored(box: Sandbox, message_id: str) -> dict[str, Any]:
    found = [e for e in box.admin("segment").records("events") if e["messageId"] == message_id]
    assert len(found) == 1, message_id
    return found[0]


CALLS: list[tuple[str, dict[str, Any]]] = [
    ("identify", {"user_id": "u1", "traits": {"email": "u1@sandbox-mail.net", "plan": "pro"}}),
    ("track", {"user_id": "u1", "event": "Signed Up", "properties": {"plan": "pro"}}),
    ("track", {"anonymous_id": "anon-1", "event": "Viewed", "properties": {"n": 1}}),
    ("page", {"user_id": "u1", "category": "Docs", "name": "Intro",
              "properties": {"url": "https://docs.sandbox-mail.net"}}),
    ("screen", {"user_id": "u1", "name": "Home", "properties": {}}),
    ("group", {"user_id": "u1", "group_id": "g1", "traits": {"name": "Acme"}}),
    ("alias", {"previous_id": "anon-1", "user_id": "u1"}),
]


@pytest.mark.parametrize("gzip", [False, True], ids=["plain", "gzip"])
@pytest.mark.parametrize("kind,kwargs", CALLS, ids=[f"{k}-{i}" for i, (k, _) in
                                                    enumerate(CALLS)])
def test_every_call_type_is_accepted_and_stored(box: Sandbox, gzip: bool, kind: str,
                                                kwargs: dict[str, Any]) -> None:
    message_id = f"{kind}-{gzip}-{sorted(kwargs)}"
    ok, _ = getattr(client(box, gzip), kind)(message_id=message_id, **kwargs)
    assert ok is True
    event = stored(box, message_id)
    assert event["type"] == kind and "writeKey" not in event
    assert event["context"]["library"]["name"] == "analytics-python"
    if kind == "track":
        assert event["event"] == kwargs["event"]


def test_message_id_deduplication(box: Sandbox) -> None:
    c = client(box, True)
    for _ in range(3):
        c.track(user_id="dup", event="Once", message_id="same-id-1")
    stored(box, "same-id-1")


def test_wrong_write_key_is_200_and_dropped(box: Sandbox) -> None:
    ok, _ = client(box, False, key="not-the-key").track(user_id="x", event="Lost",
                                                        message_id="lost-1")
    assert ok is True
    dropped = box.admin("segment").records("dropped")
    assert any(d.get("messageId") == "lost-1" and "write key" in d["reason"] for d in dropped)


def test_events_segment_would_drop_are_accepted_then_dropped(box: Sandbox) -> None:
    key = box.credentials("segment")["write_key"]
    res = post(key, box.base_url("segment"), gzip=True, batch=[
        {"type": "track", "messageId": "no-id-1"},
        {"type": "track", "userId": "u", "messageId": "no-event-1"}])
    assert res.status_code == 200 and res.json() == {"success": True}
    reasons = {d.get("messageId"): d["reason"] for d in box.admin("segment").records("dropped")}
    assert "userId" in reasons["no-id-1"] and "event" in reasons["no-event-1"]


@pytest.mark.parametrize("gzip", [False, True], ids=["plain", "gzip"])
def test_oversize_event_is_400_with_code_and_message(box: Sandbox, gzip: bool) -> None:
    key = box.credentials("segment")["write_key"]
    with pytest.raises(APIError) as err:
        post(key, box.base_url("segment"), gzip=gzip, batch=[
            {"type": "track", "userId": "u", "event": "Big", "properties": {"x": "y" * 40000}}])
    assert err.value.status == 400 and err.value.code == "invalid_request"
    assert "32768" in err.value.message


def test_oversize_batch_is_400_payload_too_large(box: Sandbox) -> None:
    key = box.credentials("segment")["write_key"]
    batch = [{"type": "track", "userId": "u", "event": "E", "properties": {"x": "y" * 20000}}
             for _ in range(30)]
    with pytest.raises(APIError) as err:
        post(key, box.base_url("segment"), gzip=True, batch=batch)
    assert err.value.status == 400 and err.value.code == "payload_too_large"


def test_broken_gzip_is_400(box: Sandbox) -> None:
    import requests

    r = requests.post(box.base_url("segment") + "/v1/batch", data=b"\x1f\x8bnot gzip",
                      headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
                      timeout=10)
    assert r.status_code == 400 and r.json()["code"] == "invalid_request"


def test_async_client_flushes_a_queue(box: Sandbox) -> None:
    c = Client(box.credentials("segment")["write_key"], host=box.base_url("segment"),
               gzip=True, upload_size=10)
    for n in range(25):
        c.track(user_id="q", event="Queued", message_id=f"queued-{n}")
    c.flush()
    c.join()
    ids = {e["messageId"] for e in box.admin("segment").records("events")}
    assert {f"queued-{n}" for n in range(25)} <= ids

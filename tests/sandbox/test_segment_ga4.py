"""Segment and GA4 contracts: 200/2xx for what they accept, 400 sizes, drops, dedupe, debug."""

from __future__ import annotations

import time

import httpx2

from syncwright.sandbox import Sandbox


def test_segment_accepts_and_dedupes_on_message_id(sb: Sandbox, seg: httpx2.Client) -> None:
    event = {"userId": "u1", "traits": {"email": "a@example.org"}, "messageId": "m-1"}
    for _ in range(2):
        r = seg.post("/v1/identify", json=event)
        assert r.status_code == 200 and r.json() == {"success": True}
    batch = {"batch": [{"type": "track", "userId": "u1", "event": "Signed Up",
                        "messageId": "m-2"},
                       {"type": "identify", "userId": "u1", "messageId": "m-1"}]}
    assert seg.post("/v1/batch", json=batch).json() == {"success": True}
    stored = sb.admin("segment").records("events")
    assert sorted(e["messageId"] for e in stored) == ["m-1", "m-2"]
    assert sb.admin("segment").writes_per_key("events") == {"events:m-1": 3, "events:m-2": 1}


def test_segment_records_what_it_would_drop(sb: Sandbox, seg: httpx2.Client) -> None:
    assert seg.post("/v1/track", json={"userId": "u1", "messageId": "a"}).status_code == 200
    assert seg.post("/v1/identify", json={"traits": {}, "messageId": "b"}).status_code == 200
    r = httpx2.post(sb.base_url("segment") + "/v1/track", auth=("wrong-key", ""),
                    json={"userId": "u", "event": "E", "messageId": "c"})
    assert r.status_code == 200 and r.json() == {"success": True}
    reasons = {d["messageId"]: d["reason"] for d in sb.admin("segment").records("dropped")}
    assert reasons == {"a": "track without event", "b": "missing userId and anonymousId",
                       "c": "invalid or missing write key"}
    assert sb.admin("segment").records("events") == []


def test_segment_size_limits_and_bad_json(seg: httpx2.Client) -> None:
    big = {"userId": "u", "event": "E", "properties": {"blob": "x" * 33_000}}
    assert seg.post("/v1/track", json=big).status_code == 400
    assert seg.post("/v1/batch", json={"batch": [{"type": "track", **big}]}).status_code == 400
    many = [{"type": "track", "userId": "u", "event": "E", "properties": {"b": "x" * 20_000}}
            for _ in range(26)]  # each under 32 KB, together over 500 KB
    r = seg.post("/v1/batch", json={"batch": many})
    assert r.status_code == 400 and r.json()["success"] is False
    r = seg.post("/v1/track", content=b"{nope", headers={"Content-Type": "application/json"})
    assert r.status_code == 400


def ga4(sb: Sandbox, debug: bool = False, secret: str | None = None) -> str:
    creds = sb.credentials("ga4")
    path = "/debug/mp/collect" if debug else "/mp/collect"
    return (f"{sb.base_url('ga4')}{path}?measurement_id={creds['measurement_id']}"
            f"&api_secret={secret or creds['api_secret']}")


def test_ga4_collect_is_2xx_even_for_bad_events(sb: Sandbox) -> None:
    good = {"client_id": "c.1", "events": [{"name": "sign_up", "params": {"method": "x"}}]}
    assert httpx2.post(ga4(sb), json=good).status_code == 204
    bad = {"client_id": "c.1", "events": [{"name": "1bad name"}]}
    assert httpx2.post(ga4(sb), json=bad).status_code == 204
    assert httpx2.post(ga4(sb, secret="wrong"), json=good).status_code == 204
    assert httpx2.post(ga4(sb), content=b"{oops").status_code == 204
    assert [e["name"] for e in sb.admin("ga4").records("events")] == ["sign_up"]
    assert len(sb.admin("ga4").records("dropped")) == 3


def test_ga4_debug_validation_messages(sb: Sandbox) -> None:
    def codes(payload: object) -> list[tuple[str, str]]:
        r = httpx2.post(ga4(sb, debug=True), json=payload)
        assert r.status_code == 200
        return [(m["fieldPath"], m["validationCode"]) for m in r.json()["validationMessages"]]

    ok = {"client_id": "c.1", "events": [{"name": "purchase", "params": {"value": 1}}]}
    assert codes(ok) == []
    assert codes({"client_id": "c", "events": [{"name": "bad-name"}]}) == [
        ("events", "NAME_INVALID")]
    assert codes({"client_id": "c", "events": [{"name": "x" * 41}]}) == [
        ("events", "NAME_INVALID")]
    r = httpx2.post(ga4(sb, debug=True), json={"client_id": "c", "events": [
        {"name": "ok"}, {"name": "_badEventName", "params": {}}]})
    assert r.json() == {"validationMessages": [{  # Google's documented answer, verbatim
        "fieldPath": "events", "validationCode": "NAME_INVALID",
        "description": "Event at index: [1] has invalid name [_badEventName]. Names must "
                       "start with an alphabetic character."}]}
    assert codes({"client_id": "c", "events": [{"name": "session_start"}]}) == [
        ("events[0].name", "NAME_RESERVED")]
    assert codes({"client_id": "c", "events": [{"name": "e"}] * 26}) == [
        ("events", "EXCEEDED_MAX_ENTITIES")]
    params = {f"p{i}": "v" for i in range(26)}
    assert codes({"client_id": "c", "events": [{"name": "e", "params": params}]}) == [
        ("events[0].params", "EXCEEDED_MAX_ENTITIES")]
    assert codes({"client_id": "c", "events": [{"name": "e", "params": {"p": "v" * 101}}]}) == [
        ("events[0].params.p", "VALUE_INVALID")]
    assert codes({"events": [{"name": "e"}]}) == [("client_id", "VALUE_REQUIRED")]
    old = int((time.time() - 73 * 3600) * 1e6)
    assert codes({"client_id": "c", "timestamp_micros": old, "events": [{"name": "e"}]}) == [
        ("timestamp_micros", "VALUE_OUT_OF_BOUNDS")]
    huge = {"client_id": "c", "events": [{"name": "e", "params": {
        f"p{i}": "v" * 100 for i in range(25)}}] * 25, "user_properties": {"pad": {
            "value": "x"}}, "padding": "y" * 70_000}
    assert ("", "VALUE_OUT_OF_BOUNDS") in codes(huge)

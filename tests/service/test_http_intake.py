"""Real deliveries (signed by the sandbox's builders) through real HTTP on loopback: each
platform, duplicates, out-of-order changes, and every kind of bad input."""

from __future__ import annotations

import hmac
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import orjson
import pytest

from syncwright.sandbox.webhooks_out import (
    Delivery,
    OutboundNotification,
    build_hubspot_delivery,
    build_mailchimp_delivery,
    build_salesforce_outbound,
    build_segment_delivery,
    is_salesforce_ack,
)
from syncwright.service.serve import WebhookService, build_service
from syncwright.store.sqlite import SQLiteStore
from tests.webhooks.fixtures import (
    HUBSPOT_SECRET,
    MAILCHIMP_SECRET,
    MAPPING,
    SECRETS,
    SEGMENT_SECRET,
    SF_ORG,
    running,
    wait_for,
    write_config,
)
from tests.webhooks.test_parsers import BILLION_LAUGHS, XXE

ROUTES = {
    "connections": {"crm_out": {"platform": "jsonl", "path": "out/crm.jsonl"}},
    "routes": [
        {"name": "crm", "on": ["contact.*", "lead.*", "member.*", "form.submitted"],
         "where": {"exists": ["email"]},
         "actions": [{"sync_record": {"connection": "crm_out", "object": "contacts", "mapping": MAPPING}}]},
    ],
}  # fmt: skip


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, WebhookService, Path]]:
    (tmp_path / "out").mkdir()
    cfg = write_config(tmp_path, ROUTES, max_body_bytes=20_000)
    service = build_service(cfg, str(tmp_path / "store.db"), poll_seconds=0.05)
    with running(service.app) as base:
        yield base, service, tmp_path


def send(d: Delivery, **overrides: Any) -> httpx2.Response:
    headers = {**d.headers, **overrides.pop("headers", {})}
    return httpx2.request(
        d.method, d.url, headers=headers, content=overrides.pop("body", d.body), timeout=30
    )


def inbox_count(tmp: Path) -> int:
    store = SQLiteStore(tmp / "store.db")
    try:
        return len(store.query("SELECT 1 FROM webhook_inbox"))
    finally:
        store.close()


def metric(base: str, name: str, **labels: str) -> float:
    text = httpx2.get(f"{base}/metrics").text
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        m = re.match(rf"^{name}\{{(.*)\}} (\S+)$", line)
        if m and ",".join(sorted(m.group(1).split(","))) == want:
            return float(m.group(2))
    return 0.0


def hs_event(eid: int, obj: int, at_ms: int, email: str) -> dict[str, Any]:
    return {"eventId": eid, "portalId": 3, "occurredAt": at_ms, "objectId": obj, "attemptNumber": 0,
            "subscriptionType": "contact.propertyChange", "propertyName": "email", "propertyValue": email}  # fmt: skip


def out_lines(tmp: Path) -> list[dict[str, Any]]:
    path = tmp / "out" / "crm.jsonl"
    return [orjson.loads(x) for x in path.read_bytes().splitlines()] if path.exists() else []


def test_every_platform_end_to_end(server: tuple[str, WebhookService, Path]) -> None:
    base, _service, tmp = server
    now = int(time.time() * 1000)
    hs = build_hubspot_delivery(f"{base}/webhooks/hubspot/hs", HUBSPOT_SECRET,
                                [hs_event(1, 101, now - 1000, "hs@example.com")], now)  # fmt: skip
    r = send(hs)
    assert r.status_code == 200 and r.json() == {"ok": True, "accepted": 1, "duplicates": 0}
    sf = build_salesforce_outbound(f"{base}/webhooks/salesforce/sf", SF_ORG, "04k1",
                                   [OutboundNotification("04l1", "Lead", {"Id": "00Q1", "Email": "sf@example.com"})],
                                   session_id="SESSION-SECRET-XYZ")  # fmt: skip
    r = send(sf)
    assert r.status_code == 200 and is_salesforce_ack(r.content)
    assert r.headers["content-type"].startswith("text/xml")
    mc_url = f"{base}/webhooks/mailchimp/mc/{MAILCHIMP_SECRET}"
    assert httpx2.get(mc_url).status_code == 200  # Mailchimp's validation GET
    mc = build_mailchimp_delivery(mc_url, "subscribe", "2024-05-01 10:00:00",
                                  {"id": "abc", "list_id": "L1", "email": "mc@example.com",
                                   "merges": {"EMAIL": "mc@example.com", "FNAME": "Mo"}})  # fmt: skip
    assert send(mc).status_code == 200
    seg = build_segment_delivery(f"{base}/webhooks/segment/seg", SEGMENT_SECRET,
                                 {"type": "track", "event": "Form Submitted", "userId": "u1", "messageId": "msg-1",
                                  "timestamp": "2024-05-01T10:00:00Z", "properties": {"email": "seg@example.com"}})  # fmt: skip
    assert send(seg).status_code == 200
    # Salesforce's Email field is not called `email`: the route's `exists: [email]` filters it out
    want = {"hs@example.com", "mc@example.com", "seg@example.com"}
    wait_for(lambda: {x["Email"] for x in out_lines(tmp)} == want)
    # every delivery repeated: acknowledged, nothing stored or done twice
    for d in (hs, sf, mc, seg):
        r = send(d)
        assert r.status_code == 200
    assert send(hs).json() == {"ok": True, "accepted": 0, "duplicates": 1}
    time.sleep(0.5)
    assert inbox_count(tmp) == 4 and len(out_lines(tmp)) == 3
    assert (
        metric(base, "syncwright_webhook_deliveries_total", platform="segment", outcome="duplicate")
        == 1
    )
    # secrets never reach the store (events, audit bodies) or a response
    raw = b"".join(p.read_bytes() for p in tmp.glob("store.db*"))
    for secret in (*SECRETS, "SESSION-SECRET-XYZ"):
        assert secret.encode() not in raw
    assert b"sf@example.com" in raw  # the audit body is there, minus the session id


def test_out_of_order_and_partial_duplicate_deliveries(
    server: tuple[str, WebhookService, Path],
) -> None:
    base, _service, tmp = server
    url = f"{base}/webhooks/hubspot/hs"
    now = int(time.time() * 1000)
    newer = hs_event(20, 200, now - 1000, "new@example.com")
    older = hs_event(19, 200, now - 5000, "old@example.com")
    assert send(build_hubspot_delivery(url, HUBSPOT_SECRET, [newer], now)).status_code == 200
    r = send(build_hubspot_delivery(url, HUBSPOT_SECRET, [newer, older], now))  # partly repeated
    assert r.json() == {"ok": True, "accepted": 1, "duplicates": 1}
    assert inbox_count(tmp) == 2
    wait_for(lambda: out_lines(tmp))
    time.sleep(0.5)
    assert [x["Email"] for x in out_lines(tmp)] == [
        "new@example.com"
    ]  # the late old value is dropped


def _bad_inputs(base: str) -> list[tuple[str, Delivery | None, dict[str, Any], int, str, str]]:
    now = int(time.time() * 1000)
    hs_url = f"{base}/webhooks/hubspot/hs"
    good_hs = build_hubspot_delivery(hs_url, HUBSPOT_SECRET, [hs_event(1, 1, now, "a@b.com")], now)
    sf_url = f"{base}/webhooks/salesforce/sf"
    sf_notes = [OutboundNotification("04lX", "Lead", {"Id": "00QX"})]
    seg_url = f"{base}/webhooks/segment/seg"
    seg = build_segment_delivery(
        seg_url, SEGMENT_SECRET, {"type": "track", "event": "x", "userId": "u"}
    )
    too_big = b"[" + b",".join([b'{"eventId":1}'] * 3000) + b"]"
    bad_json = b"[{not json"
    return [
        ("bad signature", build_hubspot_delivery(hs_url, "wrong", [hs_event(1, 1, now, "a@b.com")], now), {}, 401, "hubspot", "bad_signature"),
        ("stale timestamp", build_hubspot_delivery(hs_url, HUBSPOT_SECRET, [hs_event(1, 1, now, "a@b.com")], now - 600_000), {}, 401, "hubspot", "stale_timestamp"),
        ("unknown connection", Delivery("POST", f"{base}/webhooks/hubspot/nope", good_hs.headers, good_hs.body), {}, 404, "hubspot", "unknown_connection"),
        ("unknown platform", Delivery("POST", f"{base}/webhooks/zapier/hs", good_hs.headers, good_hs.body), {}, 404, "unknown", "unknown_platform"),
        ("malformed body", Delivery("POST", seg_url, {"Content-Type": "application/json", "X-Signature": hmac.new(SEGMENT_SECRET.encode(), bad_json, "sha1").hexdigest()}, bad_json), {}, 400, "segment", "malformed_body"),
        ("wrong content type", seg, {"headers": {"Content-Type": "text/plain"}}, 415, "segment", "wrong_content_type"),
        ("oversized body", Delivery("POST", hs_url, good_hs.headers, too_big), {}, 413, "hubspot", "body_too_large"),
        ("billion laughs", Delivery("POST", sf_url, {"Content-Type": "text/xml"}, BILLION_LAUGHS), {}, 400, "salesforce", "xml_forbidden"),
        ("xxe", Delivery("POST", sf_url, {"Content-Type": "text/xml"}, XXE), {}, 400, "salesforce", "xml_forbidden"),
        ("wrong org", build_salesforce_outbound(sf_url, "00D999999999999AAA", "a", sf_notes), {}, 403, "salesforce", "wrong_sender"),
        ("mailchimp wrong url secret", build_mailchimp_delivery(f"{base}/webhooks/mailchimp/mc/guess", "subscribe", "2024-05-01 10:00:00", {"email": "a@b.com"}), {}, 401, "mailchimp", "bad_url_secret"),
        ("mailchimp no url secret", build_mailchimp_delivery(f"{base}/webhooks/mailchimp/mc", "subscribe", "2024-05-01 10:00:00", {"email": "a@b.com"}), {}, 401, "mailchimp", "bad_url_secret"),
    ]  # fmt: skip


def test_bad_input_gets_a_clear_4xx_nothing_stored_and_a_counter(
    server: tuple[str, WebhookService, Path],
) -> None:
    base, _service, tmp = server
    for name, delivery, overrides, status, platform, code in _bad_inputs(base):
        before = metric(base, "syncwright_webhook_rejected_total", platform=platform, reason=code)
        assert delivery is not None
        r = send(delivery, **overrides)
        assert r.status_code == status, (name, r.status_code, r.text)
        body = r.json()
        assert body["error"] == code, name
        assert "Traceback" not in r.text and 'File "' not in r.text
        for secret in SECRETS:
            assert secret not in r.text
        after = metric(base, "syncwright_webhook_rejected_total", platform=platform, reason=code)
        assert after == before + 1, name
    assert inbox_count(tmp) == 0
    # a GET on a POST-only platform is refused too, without a trace
    r = httpx2.get(f"{base}/webhooks/hubspot/hs")
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"
    assert httpx2.get(f"{base}/nowhere").json()["error"] == "not_found"

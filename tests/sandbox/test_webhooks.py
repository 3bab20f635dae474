"""Webhooks out: bodies and signatures checked by verifiers written here from the docs."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from urllib.parse import parse_qs

import defusedxml.ElementTree as SafeET
import httpx2
import pytest

from syncwright.sandbox import Sandbox
from syncwright.sandbox.webhooks_out import (
    SALESFORCE_ACK,
    OutboundNotification,
    build_hubspot_delivery,
    build_mailchimp_delivery,
    build_salesforce_outbound,
    build_segment_delivery,
    is_salesforce_ack,
    mandrill_signature,
)

from .conftest import Received, WebhookReceiver

SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
OUT = "{http://soap.sforce.com/2005/09/outbound}"
SF = "{urn:sobject.enterprise.soap.sforce.com}"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


def verify_hubspot_v3(secret: str, req: Received, max_age_ms: int = 300_000) -> bool:
    """HubSpot docs: base64 HMAC-SHA256 of method + URI + body + timestamp; 5-minute window."""
    timestamp = req.headers["x-hubspot-request-timestamp"]
    if int(time.time() * 1000) - int(timestamp) > max_age_ms:
        return False
    message = f"{req.method}{req.url}".encode() + req.body + timestamp.encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(),
                               req.headers["x-hubspot-signature-v3"])


def verify_segment(secret: str, req: Received) -> bool:
    expected = hmac.new(secret.encode(), req.body, hashlib.sha1).hexdigest()
    return hmac.compare_digest(expected, req.headers["x-signature"])


def test_hubspot_webhook_array_signed_v3(sb: Sandbox, hs: httpx2.Client,
                                         receiver: WebhookReceiver) -> None:
    sb.admin("hubspot").set_webhook(receiver.url, retry_scale=0.001)
    inputs = [{"properties": {"email": f"w{i}@example.org"}} for i in range(2)]
    hs.post("/crm/v3/objects/contacts/batch/create", json={"inputs": inputs})
    (req,) = receiver.wait_for(1)
    assert req.url == receiver.url
    assert verify_hubspot_v3(sb.credentials("hubspot")["app_secret"], req)
    events = json.loads(req.body)
    assert isinstance(events, list) and 0 < len(events) <= 100
    kinds = sorted(e["subscriptionType"] for e in events)
    assert kinds == ["contact.creation"] * 2 + ["contact.propertyChange"] * 2
    change = next(e for e in events if e["subscriptionType"] == "contact.propertyChange")
    assert change["propertyName"] == "email" and change["propertyValue"].endswith("example.org")
    assert change["portalId"] == int(sb.credentials("hubspot")["portal_id"])
    assert change["attemptNumber"] == 0 and isinstance(change["occurredAt"], int)
    tampered = Received(req.method, req.url, req.headers, req.body + b" ")
    assert not verify_hubspot_v3(sb.credentials("hubspot")["app_secret"], tampered)


def test_hubspot_redelivers_after_failure(sb: Sandbox, receiver: WebhookReceiver) -> None:
    receiver.script = [(500, b"boom", "text/plain"), (503, b"", "text/plain")]
    sb.admin("hubspot").set_webhook(receiver.url, retry_scale=0.001)
    created = sb.admin("hubspot").create("contacts", {"email": "r@example.org"})
    reqs = receiver.wait_for(3)
    attempts = [json.loads(r.body)[0]["attemptNumber"] for r in reqs]
    assert attempts == [0, 1, 2]
    assert all(json.loads(r.body)[0]["objectId"] == int(created["id"]) for r in reqs)
    assert json.loads(reqs[0].body)[0]["changeSource"] == "CRM_UI"
    deadline = time.monotonic() + 5  # the receiver answers before the sender logs it
    summary = sb.admin("hubspot").webhooks()
    while len(summary["attempts"]) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
        summary = sb.admin("hubspot").webhooks()
    assert [a["status"] for a in summary["attempts"]] == [500, 503, 200]
    assert summary["delivered"] == 1


def _parse_soap(body: bytes) -> list[tuple[str, str, dict[str, str | None]]]:
    root = SafeET.fromstring(body)
    notes = root.find(f"{SOAP}Body/{OUT}notifications")
    assert notes is not None
    out = []
    for note in notes.findall(f"{OUT}Notification"):
        sobj = note.find(f"{OUT}sObject")
        assert sobj is not None
        fields = {child.tag.replace(SF, ""): child.text for child in sobj}
        out.append((note.findtext(f"{OUT}Id") or "", sobj.get(XSI_TYPE) or "", fields))
    return out


def test_salesforce_outbound_message_soap_and_ack(sb: Sandbox, sf: httpx2.Client,
                                                  receiver: WebhookReceiver) -> None:
    receiver.default = (200, SALESFORCE_ACK.encode(), "text/xml")
    sb.admin("salesforce").set_webhook(receiver.url, retry_scale=0.001)
    sf.patch("/composite/sobjects/Lead/Email", json={"records": [
        {"attributes": {"type": "Lead"}, "Email": f"l{i}@example.org", "LastName": "L",
         "Company": "C"} for i in range(3)]})
    (req,) = receiver.wait_for(1)
    assert req.headers["content-type"].startswith("text/xml")
    root = SafeET.fromstring(req.body)
    notes = root.find(f"{SOAP}Body/{OUT}notifications")
    assert notes is not None
    org = sb.credentials("salesforce")["organization_id"]
    assert notes.findtext(f"{OUT}OrganizationId") == org
    assert notes.find(f"{OUT}SessionId") is not None
    parsed = _parse_soap(req.body)
    assert len(parsed) == 3
    assert all(kind == "sf:Lead" and fields["Id"] and fields["Id"].startswith("00Q")
               for _, kind, fields in parsed)
    assert sorted(f["Email"] or "" for _, _, f in parsed) == [
        "l0@example.org", "l1@example.org", "l2@example.org"]
    time.sleep(0.05)
    assert len(receiver.requests) == 1  # acknowledged: no redelivery


def test_salesforce_redelivers_without_ack(sb: Sandbox, receiver: WebhookReceiver) -> None:
    receiver.default = (200, b"<ok/>", "text/xml")  # 200 but no Ack
    sb.admin("salesforce").set_webhook(receiver.url, retry_scale=0.0001, max_attempts=3)
    sb.admin("salesforce").create("Lead", {"LastName": "N", "Company": "C"})
    reqs = receiver.wait_for(3)
    ids = {_parse_soap(r.body)[0][2]["Id"] for r in reqs}
    assert len(ids) == 1  # the same record, delivered again
    time.sleep(0.05)
    summary = sb.admin("salesforce").webhooks()
    assert len(summary["attempts"]) == 3 and not any(a["ok"] for a in summary["attempts"])


def test_mailchimp_validates_with_get_then_posts_form_fields(
        sb: Sandbox, mc: httpx2.Client, receiver: WebhookReceiver) -> None:
    sb.admin("mailchimp").set_webhook(receiver.url, retry_scale=0.001)
    receiver.wait_for(1, method="GET")
    email = "form@example.org"
    mc.put(f"/lists/a1b2c3d4e5/members/{hashlib.md5(email.encode()).hexdigest()}",
           json={"email_address": email, "status_if_new": "subscribed",
                 "merge_fields": {"FNAME": "Flo"}})
    mc.patch(f"/lists/a1b2c3d4e5/members/{email}", json={"status": "unsubscribed"})
    posts = receiver.wait_for(2)
    assert posts[0].headers["content-type"] == "application/x-www-form-urlencoded"
    first = {k: v[0] for k, v in parse_qs(posts[0].body.decode()).items()}
    assert first["type"] == "subscribe"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", first["fired_at"])
    assert first["data[email]"] == email and first["data[list_id]"] == "a1b2c3d4e5"
    assert first["data[merges][FNAME]"] == "Flo" and first["data[merges][EMAIL]"] == email
    second = {k: v[0] for k, v in parse_qs(posts[1].body.decode()).items()}
    assert second["type"] == "unsubscribe" and second["data[reason]"] == "manual"


def test_segment_forwards_events_signed(sb: Sandbox, seg: httpx2.Client,
                                        receiver: WebhookReceiver) -> None:
    sb.admin("segment").set_webhook(receiver.url, retry_scale=0.001)
    seg.post("/v1/track", json={"userId": "u9", "event": "Clicked", "messageId": "m9"})
    (req,) = receiver.wait_for(1)
    assert verify_segment(sb.credentials("segment")["shared_secret"], req)
    assert json.loads(req.body)["messageId"] == "m9"


def test_pure_builders_match_independent_verifiers() -> None:
    url = "https://example.org/hook?x=1"
    d = build_hubspot_delivery(url, "s3cret", [{"eventId": 1}], 1_700_000_000_000)
    message = b"POST" + url.encode() + d.body + b"1700000000000"
    expected = base64.b64encode(hmac.new(b"s3cret", message, hashlib.sha256).digest()).decode()
    assert d.headers["X-HubSpot-Signature-v3"] == expected
    assert d.headers["X-HubSpot-Signature"] == hashlib.sha256(b"s3cret" + d.body).hexdigest()
    with pytest.raises(ValueError):
        build_hubspot_delivery(url, "s", [{"eventId": i} for i in range(101)], 1)
    seg = build_segment_delivery(url, "k", {"a": 1})
    assert seg.headers["X-Signature"] == hmac.new(b"k", seg.body, hashlib.sha1).hexdigest()
    soap = build_salesforce_outbound(url, "00Dorg", "04kA", [OutboundNotification(
        "04lA", "Contact", {"Id": "003A", "Email": "a&b@example.org", "Phone": None})])
    (nid, kind, fields) = _parse_soap(soap.body)[0]
    assert (nid, kind) == ("04lA", "sf:Contact")
    assert fields == {"Id": "003A", "Email": "a&b@example.org", "Phone": None}
    assert is_salesforce_ack(SALESFORCE_ACK.encode()) and not is_salesforce_ack(b"<x/>")
    assert not is_salesforce_ack(b"<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>")
    mc = build_mailchimp_delivery(url, "profile", "2026-01-01 00:00:00",
                                  {"merges": {"FNAME": "A B"}})
    assert parse_qs(mc.body.decode())["data[merges][FNAME]"] == ["A B"]
    params = {"mandrill_events": "[]", "b": "2"}
    signed = url + "b2" + "mandrill_events[]"
    assert mandrill_signature("key", url, params) == base64.b64encode(
        hmac.new(b"key", signed.encode(), hashlib.sha1).digest()).decode()

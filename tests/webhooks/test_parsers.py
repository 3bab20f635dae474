"""Each platform's verifier and parser on deliveries built by the sandbox's signers, every
kind of bad input, and hypothesis fuzzing: a parser raises only its own clear errors."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syncwright.sandbox.webhooks_out import (
    OutboundNotification,
    build_hubspot_delivery,
    build_mailchimp_delivery,
    build_salesforce_outbound,
    build_segment_delivery,
    mandrill_signature,
)
from syncwright.webhooks import hubspot, mailchimp, salesforce, segment
from syncwright.webhooks.config import IntakeSettings, WebhookConfigError, load_config
from syncwright.webhooks.model import (
    ForbiddenSender,
    IncomingRequest,
    IntakeError,
    ParseError,
    VerifyError,
)
from tests.webhooks.fixtures import (
    HUBSPOT_SECRET,
    MAILCHIMP_SECRET,
    SEGMENT_SECRET,
    SF_ORG,
    secrets_env,
    write_config,
)

URL = "http://127.0.0.1:8080/webhooks/hubspot/hs"


@pytest.fixture
def settings_(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> IntakeSettings:
    for k, v in secrets_env().items():
        monkeypatch.setenv(k, v)
    return load_config(write_config(tmp_path))


def _req(d: Any) -> IncomingRequest:
    return IncomingRequest(d.method, d.url, {k.lower(): v for k, v in d.headers.items()}, d.body)


def now_ms() -> int:
    return int(time.time() * 1000)


HS_EVENTS = [
    {"eventId": 11, "subscriptionId": 2, "portalId": 3, "appId": 4, "occurredAt": 1_700_000_000_000,
     "subscriptionType": "contact.propertyChange", "attemptNumber": 0, "objectId": 123,
     "changeSource": "CRM", "propertyName": "email", "propertyValue": "x@y.com"},
    {"eventId": 12, "portalId": 3, "occurredAt": 1_700_000_000_500,
     "subscriptionType": "contact.creation", "objectId": 124},
    {"eventId": 13, "portalId": 3, "occurredAt": 1_700_000_001_000,
     "subscriptionType": "contact.deletion", "objectId": 125},
    {"eventId": 14, "portalId": 3, "occurredAt": 1_700_000_001_000,
     "subscriptionType": "contact.propertyChange", "objectId": 126,
     "propertyName": "recent_conversion_event_name", "propertyValue": "Demo form"},
]  # fmt: skip


# -- HubSpot -----------------------------------------------------------------------------
def test_hubspot_verifies_and_normalises(settings_: IntakeSettings) -> None:
    conn = settings_.connections["hs"]
    d = build_hubspot_delivery(URL, HUBSPOT_SECRET, HS_EVENTS, now_ms())
    hubspot.verify(_req(d), conn, now_ms())
    events = hubspot.parse(d.body, conn).events
    assert [e.type for e in events] == [
        "contact.updated", "contact.created", "contact.deleted", "form.submitted"
    ]  # fmt: skip
    first = events[0]
    assert first.event_id == "11" and first.object_id == "123" and first.object_type == "contact"
    assert first.changes == {"email": "x@y.com"}
    assert first.occurred_at == "2023-11-14T22:13:20.000+00:00"
    assert first.attempt == 0 and first.source_type == "contact.propertyChange"


def test_hubspot_refuses_bad_signature_stale_and_missing(settings_: IntakeSettings) -> None:
    conn = settings_.connections["hs"]
    good = build_hubspot_delivery(URL, HUBSPOT_SECRET, HS_EVENTS, now_ms())
    wrong = build_hubspot_delivery(URL, "not-the-secret", HS_EVENTS, now_ms())
    with pytest.raises(VerifyError) as exc:
        hubspot.verify(_req(wrong), conn, now_ms())
    assert exc.value.code == "bad_signature"
    stale = build_hubspot_delivery(URL, HUBSPOT_SECRET, HS_EVENTS, now_ms() - 6 * 60_000)
    with pytest.raises(VerifyError) as exc:
        hubspot.verify(_req(stale), conn, now_ms())
    assert exc.value.code == "stale_timestamp"
    tampered = _req(good)
    tampered = IncomingRequest(tampered.method, tampered.url, tampered.headers, good.body + b" ")
    with pytest.raises(VerifyError):
        hubspot.verify(tampered, conn, now_ms())
    other_url = IncomingRequest("POST", URL + "x", _req(good).headers, good.body)
    with pytest.raises(VerifyError):
        hubspot.verify(other_url, conn, now_ms())
    with pytest.raises(VerifyError) as exc:
        hubspot.verify(IncomingRequest("POST", URL, {}, good.body), conn, now_ms())
    assert exc.value.code == "missing_signature"


@pytest.mark.parametrize(
    "body",
    [b"", b"{", b'{"a":1}', b'[1]', b'[{"subscriptionType":"contact.creation"}]',
     b'[{"eventId":1,"occurredAt":"x","objectId":1,"subscriptionType":"contact.creation"}]',
     b'[{"eventId":1,"occurredAt":1,"objectId":1,"subscriptionType":"contact.propertyChange"}]'],
)  # fmt: skip
def test_hubspot_malformed_bodies(settings_: IntakeSettings, body: bytes) -> None:
    with pytest.raises(ParseError):
        hubspot.parse(body, settings_.connections["hs"])


# -- Salesforce --------------------------------------------------------------------------
def _sf(org: str = SF_ORG, session: str | None = "SESSION-TOKEN-SECRET") -> Any:
    notes = [
        OutboundNotification("04l001", "Lead", {"Id": "00Q001", "Email": "a@b.com",
                             "LastModifiedDate": "2024-05-01T10:00:00.000Z", "Company": None}),
        OutboundNotification("04l002", "Lead", {"Id": "00Q002", "Email": "c@d.com"}),
    ]  # fmt: skip
    return build_salesforce_outbound(
        "http://x/webhooks/salesforce/sf", org, "04k01", notes, session_id=session
    )


def test_salesforce_parses_checks_org_and_strips_session(settings_: IntakeSettings) -> None:
    conn = settings_.connections["sf"]
    parsed = salesforce.parse(_sf().body, conn)
    assert [e.event_id for e in parsed.events] == ["04l001", "04l002"]
    first = parsed.events[0]
    assert first.type == "lead.updated" and first.object_id == "00Q001"
    assert first.fields["Email"] == "a@b.com" and first.fields["Company"] is None
    assert first.occurred_at == "2024-05-01T10:00:00.000+00:00"
    assert b"SESSION-TOKEN-SECRET" not in parsed.audit_body
    assert b"[redacted]" in parsed.audit_body
    # a 15-character org id names the same org
    assert salesforce.parse(_sf(SF_ORG[:15]).body, conn).events
    with pytest.raises(ForbiddenSender):
        salesforce.parse(_sf("00D000000000999AAA").body, conn)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>&lol2;</soapenv:Body></soapenv:Envelope>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>&xxe;</soapenv:Body></soapenv:Envelope>"""
DTD_ONLY = b"""<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://evil/x.dtd"><x/>"""


@pytest.mark.parametrize("body", [BILLION_LAUGHS, XXE, DTD_ONLY])
def test_salesforce_refuses_dtds_and_entities(settings_: IntakeSettings, body: bytes) -> None:
    with pytest.raises(ParseError) as exc:
        salesforce.parse(body, settings_.connections["sf"])
    assert exc.value.code == "xml_forbidden"


@pytest.mark.parametrize(
    "body", [b"", b"<", b"<a/>", b"not xml", b'<?xml version="1.0" encoding="bogus"?><a/>']
)
def test_salesforce_malformed(settings_: IntakeSettings, body: bytes) -> None:
    with pytest.raises(ParseError):
        salesforce.parse(body, settings_.connections["sf"])


# -- Mailchimp ---------------------------------------------------------------------------
def test_mailchimp_marketing_events(settings_: IntakeSettings) -> None:
    conn = settings_.connections["mc"]
    d = build_mailchimp_delivery(
        "http://x", "profile", "2009-03-26 21:35:57",
        {"id": "8a25ff1d98", "list_id": "a6b5da1054", "email": "api@mailchimp.com",
         "merges": {"EMAIL": "api@mailchimp.com", "FNAME": "Mailchimp", "LNAME": "API"}},
    )  # fmt: skip
    (ev,) = mailchimp.parse(d.body, conn).events
    assert ev.type == "member.updated" and ev.object_id == "8a25ff1d98"
    assert ev.changes == {"EMAIL": "api@mailchimp.com", "FNAME": "Mailchimp", "LNAME": "API"}
    assert ev.fields["email"] == "api@mailchimp.com" and ev.fields["list_id"] == "a6b5da1054"
    assert ev.occurred_at == "2009-03-26T21:35:57.000+00:00"
    again = mailchimp.parse(d.body, conn).events[0]
    assert again.event_id == ev.event_id  # a redelivery has the same id
    unsub = build_mailchimp_delivery("http://x", "unsubscribe", "2009-03-26 21:40:57",
                                     {"id": "8a25ff1d98", "email": "api@mailchimp.com", "reason": "manual"})  # fmt: skip
    (u,) = mailchimp.parse(unsub.body, conn).events
    assert u.type == "member.unsubscribed" and u.event_id != ev.event_id


def test_mandrill_events_nested_json_and_signature(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for k, v in secrets_env().items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("SW_TEST_MANDRILL", "mandrill-key")
    cfg = write_config(tmp_path)
    text = cfg.read_text().replace(
        "secret_env: SW_TEST_MAILCHIMP",
        "secret_env: SW_TEST_MAILCHIMP\n    mandrill_key_env: SW_TEST_MANDRILL",
    )
    cfg.write_text(text)
    conn = load_config(cfg).connections["mc"]
    events = '[{"event":"unsub","_id":"m1","ts":1700000000,"msg":{"email":"a@b.com"}},{"event":"open","_id":"m1","ts":1700000001,"msg":{"email":"a@b.com"}}]'
    body = urlencode({"mandrill_events": events}).encode()
    url = "http://h/webhooks/mailchimp/mc/" + MAILCHIMP_SECRET
    sig = mandrill_signature("mandrill-key", url, {"mandrill_events": events})
    mailchimp.verify(IncomingRequest("POST", url, {"x-mandrill-signature": sig}, body), conn, 0)
    with pytest.raises(VerifyError):
        mailchimp.verify(
            IncomingRequest("POST", url, {"x-mandrill-signature": "AAAA"}, body), conn, 0
        )
    parsed = mailchimp.parse(body, conn).events
    assert [e.type for e in parsed] == ["member.unsubscribed", "email.opened"]
    assert parsed[0].fields["email"] == "a@b.com" and parsed[0].event_id != parsed[1].event_id


@pytest.mark.parametrize(
    "body",
    [b"", b"type=nope&fired_at=2009-03-26+21:35:57", b"type=subscribe", b"type=subscribe&fired_at=yesterday",
     b"type=subscribe&fired_at=2009-03-26+21:35:57&data=1&data[x]=2", b"\xff\xfe", b"mandrill_events=nope",
     b"mandrill_events=%7B%7D", b"mandrill_events=%5B1%5D", b"a]b=1"],
)  # fmt: skip
def test_mailchimp_malformed(settings_: IntakeSettings, body: bytes) -> None:
    with pytest.raises(ParseError):
        mailchimp.parse(body, settings_.connections["mc"])


def test_mailchimp_url_secret(settings_: IntakeSettings) -> None:
    conn = settings_.connections["mc"]
    mailchimp.check_url_secret(MAILCHIMP_SECRET, conn)
    with pytest.raises(VerifyError):
        mailchimp.check_url_secret(MAILCHIMP_SECRET + "x", conn)


# -- Segment -----------------------------------------------------------------------------
SEG_EVENT = {"type": "track", "event": "Form Submitted", "userId": "u1", "messageId": "m-1",
             "timestamp": "2024-05-01T10:00:00Z", "properties": {"email": "a@b.com", "plan": "pro"}}  # fmt: skip


def test_segment_verifies_and_normalises(settings_: IntakeSettings) -> None:
    conn = settings_.connections["seg"]
    d = build_segment_delivery("http://x", SEGMENT_SECRET, SEG_EVENT)
    segment.verify(_req(d), conn, 0)
    (ev,) = segment.parse(d.body, conn).events
    assert ev.type == "form.submitted" and ev.event_id == "m-1" and ev.object_id == "u1"
    assert ev.fields["email"] == "a@b.com" and ev.fields["event_name"] == "Form Submitted"
    other = build_segment_delivery("http://x", SEGMENT_SECRET, {**SEG_EVENT, "event": "Clicked"})
    assert segment.parse(other.body, conn).events[0].type == "track"
    bad = build_segment_delivery("http://x", "wrong", SEG_EVENT)
    with pytest.raises(VerifyError):
        segment.verify(_req(bad), conn, 0)
    with pytest.raises(VerifyError):
        segment.verify(IncomingRequest("POST", "http://x", {}, d.body), conn, 0)


@pytest.mark.parametrize(
    "body", [b"", b"[]", b'{"type":"nope"}', b'{"type":"track"}', b'{"type":"track","event":"x","timestamp":5}',
             b'{"type":"identify","traits":[1]}', b"\xff"],
)  # fmt: skip
def test_segment_malformed(settings_: IntakeSettings, body: bytes) -> None:
    with pytest.raises(ParseError):
        segment.parse(body, settings_.connections["seg"])


# -- config ------------------------------------------------------------------------------
def test_config_errors_name_the_key_and_never_the_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SW_TEST_HUBSPOT", raising=False)
    monkeypatch.setenv("SW_TEST_MAILCHIMP", MAILCHIMP_SECRET)
    with pytest.raises(
        WebhookConfigError, match=r"connections\.hs: environment variable SW_TEST_HUBSPOT"
    ):
        load_config(write_config(tmp_path))
    bad = tmp_path / "bad.yaml"
    bad.write_text("connections:\n  x: {platform: salesforce}\n")
    with pytest.raises(
        WebhookConfigError, match=r"connections\.x: salesforce connections need organization_id"
    ):
        load_config(bad)
    bad.write_text("connections:\n  x: {platform: hubspot, secret: abc}\n")
    with pytest.raises(WebhookConfigError, match=r"connections\.x\.secret: Extra inputs"):
        load_config(bad)
    monkeypatch.setenv("SW_TEST_HUBSPOT", HUBSPOT_SECRET)
    conn = load_config(write_config(tmp_path)).connections["hs"]
    assert HUBSPOT_SECRET not in repr(conn) and HUBSPOT_SECRET not in str(conn.secret)


# -- fuzzing: only the parser's own errors ------------------------------------------------
FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=5),
    max_leaves=20,
)  # fmt: skip
hubspot_like = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "eventId": json_values, "occurredAt": json_values | st.integers(-(2**60), 2**60),
            "objectId": json_values, "propertyName": json_values, "propertyValue": json_values,
            "attemptNumber": json_values,
            "subscriptionType": st.sampled_from(["contact.creation", "contact.propertyChange", "x", "a.b"]) | json_values,
        },
    ),
    max_size=5,
)  # fmt: skip


def _only_own_errors(fn: Any, body: bytes, conn: Any) -> None:
    with contextlib.suppress(IntakeError):
        fn(body, conn)


@FUZZ
@given(body=st.binary(max_size=400) | hubspot_like.map(lambda v: json.dumps(v).encode()))
def test_fuzz_hubspot(settings_: IntakeSettings, body: bytes) -> None:
    _only_own_errors(hubspot.parse, body, settings_.connections["hs"])


XML_TOKENS = [*"<>/=\"' abcxyz:!?&;#[]-\n", "Notification", "sObject", "Id", 'xsi:type="sf:Lead"', "<!DOCTYPE", "<!ENTITY"]  # fmt: skip
xml_text = st.lists(st.sampled_from(XML_TOKENS), max_size=80).map("".join)


@FUZZ
@given(
    body=st.binary(max_size=300)
    | xml_text.map(str.encode)
    | xml_text.map(lambda t: _sf().body.replace(b"<Id>", t.encode()[:40] or b"<Id>", 1))
)
def test_fuzz_salesforce(settings_: IntakeSettings, body: bytes) -> None:
    _only_own_errors(salesforce.parse, body, settings_.connections["sf"])


form_key = st.lists(st.sampled_from([*"data[]merges_EMAILtype", "fired_at", "mandrill_events"]), max_size=12).map("".join)  # fmt: skip


@FUZZ
@given(
    body=st.binary(max_size=300)
    | st.lists(st.tuples(form_key, st.text(max_size=40)), max_size=8).map(
        lambda pairs: urlencode(pairs).encode()
    )
    | st.lists(st.dictionaries(st.sampled_from(["event", "_id", "ts", "msg"]), json_values), max_size=3).map(
        lambda evs: urlencode({"mandrill_events": json.dumps(evs)}).encode()
    )
)  # fmt: skip
def test_fuzz_mailchimp(settings_: IntakeSettings, body: bytes) -> None:
    _only_own_errors(mailchimp.parse, body, settings_.connections["mc"])


@FUZZ
@given(
    body=st.binary(max_size=300)
    | st.dictionaries(
        st.sampled_from(["type", "event", "userId", "anonymousId", "messageId", "timestamp", "properties", "traits", "batch"]),
        json_values | st.sampled_from(["track", "identify", "page"]),
    ).map(lambda v: json.dumps(v).encode())
)  # fmt: skip
def test_fuzz_segment(settings_: IntakeSettings, body: bytes) -> None:
    _only_own_errors(segment.parse, body, settings_.connections["seg"])

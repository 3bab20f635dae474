"""Mailchimp webhooks: Marketing (form-encoded ``type``, ``fired_at``, ``data[...]``) and
Transactional/Mandrill (``mandrill_events``: a JSON array inside a form field).

Marketing webhooks carry no signature: the connection's secret is part of the URL and
compared in constant time. Mandrill deliveries are also checked against
``X-Mandrill-Signature`` when the connection names a Mandrill key. Marketing events have no
id, so the id is a digest of the whole delivery: a redelivery is byte-for-byte the same.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from typing import Any
from urllib.parse import parse_qsl

import orjson

from syncwright.webhooks.config import ResolvedConnection
from syncwright.webhooks.model import (
    IncomingRequest,
    ParsedDelivery,
    ParseError,
    VerifyError,
    WebhookEvent,
    digest,
    iso_from_epoch_ms,
    iso_from_text,
)

PLATFORM = "mailchimp"
CONTENT_TYPES = ("application/x-www-form-urlencoded",)
MAX_FIELDS = 2000
MAX_MANDRILL_EVENTS = 1000

TYPES = {
    "subscribe": ("member.subscribed", "member"),
    "unsubscribe": ("member.unsubscribed", "member"),
    "profile": ("member.updated", "member"),
    "upemail": ("member.email_changed", "member"),
    "cleaned": ("member.cleaned", "member"),
    "campaign": ("campaign.sent", "campaign"),
}
MANDRILL_TYPES = {
    "send": "email.sent",
    "deferral": "email.deferred",
    "hard_bounce": "email.bounced",
    "soft_bounce": "email.soft_bounced",
    "open": "email.opened",
    "click": "email.clicked",
    "spam": "email.spam",
    "unsub": "member.unsubscribed",
    "reject": "email.rejected",
}
_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")


def check_url_secret(given: str, conn: ResolvedConnection) -> None:
    assert conn.secret is not None
    if not hmac.compare_digest(given.encode(), conn.secret.reveal().encode()):
        raise VerifyError("the URL secret does not match", "bad_url_secret")


def _form(body: bytes) -> list[tuple[str, str]]:
    try:
        text = body.decode("utf-8")
        return parse_qsl(
            text, keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_FIELDS
        )
    except (UnicodeDecodeError, ValueError):
        raise ParseError("body is not a form-encoded UTF-8 payload") from None


def mandrill_signature(key: str, url: str, pairs: list[tuple[str, str]]) -> str:
    params = dict(pairs)
    signed = url + "".join(f"{k}{params[k]}" for k in sorted(params))
    return base64.b64encode(hmac.new(key.encode(), signed.encode(), hashlib.sha1).digest()).decode()


def verify(request: IncomingRequest, conn: ResolvedConnection, now_ms: int) -> None:
    """The URL secret is checked by the endpoint; here, Mandrill's signature when configured."""
    if conn.mandrill_key is None:
        return
    pairs = _form(request.body)
    if not any(k == "mandrill_events" for k, _ in pairs):
        return
    given = request.headers.get("x-mandrill-signature", "").strip()
    expected = mandrill_signature(
        conn.mandrill_key.reveal(), conn.config.public_url or request.url, pairs
    )
    if not given or not hmac.compare_digest(expected.encode(), given.encode()):
        raise VerifyError("X-Mandrill-Signature does not match")


def unflatten(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """``data[merges][FNAME]=Ann`` -> ``{"data": {"merges": {"FNAME": "Ann"}}}``."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        m = _KEY.match(key)
        if m is None:
            raise ParseError(f"form key {key[:60]!r} is not a bracketed name")
        path = [m.group(1), *re.findall(r"\[([^\[\]]*)\]", m.group(2))]
        cur = out
        for part in path[:-1]:
            nxt = cur.setdefault(part, {})
            if not isinstance(nxt, dict):
                raise ParseError(f"form key {key[:60]!r} clashes with another field")
            cur = nxt
        if isinstance(cur.get(path[-1]), dict):
            raise ParseError(f"form key {key[:60]!r} clashes with another field")
        cur[path[-1]] = value
    return out


def _marketing(
    form: dict[str, Any], pairs: list[tuple[str, str]], conn: ResolvedConnection
) -> WebhookEvent:
    kind = form.get("type")
    if not isinstance(kind, str) or kind not in TYPES:
        raise ParseError(f"type: expected one of {', '.join(TYPES)}")
    etype, obj = TYPES[kind]
    occurred_at = iso_from_text(form.get("fired_at"), "fired_at")
    data = form.get("data", {})
    if not isinstance(data, dict):
        raise ParseError("data: expected data[...] fields")
    raw_merges = data.get("merges")
    merges: dict[str, Any] = raw_merges if isinstance(raw_merges, dict) else {}
    fields: dict[str, Any] = {k: v for k, v in data.items() if k != "merges"}
    fields.update(merges)
    email = data.get("email") or merges.get("EMAIL") or data.get("new_email")
    if isinstance(email, str) and email:
        fields["email"] = email
    changes: dict[str, Any] = {}
    if kind == "profile":
        changes = dict(merges)
    elif kind == "upemail":
        changes = {"email": data.get("new_email")}
    object_id = data.get("new_id") if kind == "upemail" else data.get("id")
    if not object_id and isinstance(email, str) and email:
        object_id = hashlib.md5(email.strip().lower().encode()).hexdigest()  # subscriber hash
    return WebhookEvent(
        platform=PLATFORM,
        connection=conn.name,
        type=etype,
        event_id=digest(orjson.dumps(sorted(pairs))),  # no id: a redelivery has the same fields
        occurred_at=occurred_at,
        object_type=obj,
        object_id=str(object_id) if object_id else None,
        changes=changes,
        fields=fields,
        source_type=kind,
    )


def _mandrill(raw: Any, index: int, conn: ResolvedConnection) -> WebhookEvent:
    where = f"mandrill_events[{index}]"
    if not isinstance(raw, dict):
        raise ParseError(f"{where}: expected an object")
    kind = raw.get("event") or raw.get("type")
    if not isinstance(kind, str) or not kind:
        raise ParseError(f"{where}.event: required")
    ts = raw.get("ts")
    if isinstance(ts, int | float) and not isinstance(ts, bool):
        ts = ts * 1000  # Mandrill's ts is epoch seconds
    occurred_at = iso_from_epoch_ms(ts, f"{where}.ts")
    raw_msg = raw.get("msg")
    msg: dict[str, Any] = raw_msg if isinstance(raw_msg, dict) else {}
    email = msg.get("email")
    fields = {k: v for k, v in msg.items() if isinstance(v, str | int | float | bool)}
    if isinstance(email, str):
        fields["email"] = email
    return WebhookEvent(
        platform=PLATFORM,
        connection=conn.name,
        type=MANDRILL_TYPES.get(kind, f"email.{kind}"),
        event_id=digest(orjson.dumps(raw, option=orjson.OPT_SORT_KEYS)),
        occurred_at=occurred_at,
        object_type="message",
        object_id=str(raw["_id"]) if isinstance(raw.get("_id"), str | int) else None,
        fields=fields,
        source_type=f"mandrill:{kind}",
    )


def parse(body: bytes, conn: ResolvedConnection) -> ParsedDelivery:
    pairs = _form(body)
    form = unflatten(pairs)
    if "mandrill_events" in form:
        try:
            items = orjson.loads(form["mandrill_events"])
        except (orjson.JSONDecodeError, TypeError):
            raise ParseError("mandrill_events is not a JSON array") from None
        if not isinstance(items, list):
            raise ParseError("mandrill_events is not a JSON array")
        if len(items) > MAX_MANDRILL_EVENTS:
            raise ParseError(f"{len(items)} events; at most {MAX_MANDRILL_EVENTS}")
        events = [_mandrill(raw, i, conn) for i, raw in enumerate(items)]
    else:
        events = [_marketing(form, pairs, conn)]
    return ParsedDelivery(events, digest(body), body)

"""Salesforce outbound messages: SOAP 1.1 ``notifications``, parsed with defusedxml.

Outbound messages carry no signature; the listener checks ``OrganizationId`` (plus TLS and
IP allow-lists in production) and must answer with the exact SOAP Ack, or Salesforce
redelivers for up to 24 hours. DTDs and entities are refused outright (billion laughs, XXE).
``SessionId`` is a live session token: it is cut from the body kept for audit.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XmlParseError

import defusedxml
import defusedxml.ElementTree as SafeET

from syncwright.webhooks.config import ResolvedConnection
from syncwright.webhooks.model import (
    ForbiddenSender,
    IncomingRequest,
    ParsedDelivery,
    ParseError,
    WebhookEvent,
    digest,
    iso_from_text,
    now_iso,
)

PLATFORM = "salesforce"
CONTENT_TYPES = ("text/xml", "application/soap+xml", "application/xml")
SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
OUTBOUND = "http://soap.sforce.com/2005/09/outbound"
SOBJECT = "urn:sobject.enterprise.soap.sforce.com"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
MAX_NOTIFICATIONS = 100
TIME_FIELDS = ("LastModifiedDate", "SystemModstamp", "CreatedDate")

ACK = (
    b'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
    b'<soapenv:Body><notificationsResponse xmlns="http://soap.sforce.com/2005/09/outbound">'
    b"<Ack>true</Ack></notificationsResponse></soapenv:Body></soapenv:Envelope>"
)
"""The answer Salesforce requires, byte for byte as its documentation gives it."""
ACK_MEDIA_TYPE = "text/xml; charset=utf-8"

_SESSION = re.compile(
    rb"(<(?:[\w.-]+:)?SessionId\b[^>]*>)(.*?)(</(?:[\w.-]+:)?SessionId\s*>)", re.S
)


def verify(request: IncomingRequest, conn: ResolvedConnection, now_ms: int) -> None:
    """Nothing to check before parsing: the sender is checked by ``OrganizationId``."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(parent: Element, name: str) -> str | None:
    el = parent.find(f"{{{OUTBOUND}}}{name}")
    if el is None or el.get(f"{{{XSI}}}nil") == "true":
        return None
    return (el.text or "").strip()


def _sobject_fields(sobj: Element) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for child in sobj:
        if not isinstance(child.tag, str):
            continue
        name = _local(child.tag)
        if child.get(f"{{{XSI}}}nil") == "true":
            fields[name] = None
        else:
            fields[name] = (child.text or "").strip()
    return fields


def _notification(note: Element, index: int, conn: ResolvedConnection) -> WebhookEvent:
    where = f"Notification {index}"
    note_id = _text(note, "Id")
    if not note_id:
        raise ParseError(f"{where}: missing Id")
    sobj = note.find(f"{{{OUTBOUND}}}sObject")
    if sobj is None:
        raise ParseError(f"{where}: missing sObject")
    xsi_type = sobj.get(f"{{{XSI}}}type") or ""
    sobject_type = xsi_type.rsplit(":", 1)[-1].strip()
    if not sobject_type or not sobject_type.replace("_", "").isalnum():
        raise ParseError(f"{where}: sObject has no xsi:type such as sf:Lead")
    fields = _sobject_fields(sobj)
    occurred_at = None
    for name in TIME_FIELDS:
        if fields.get(name):
            occurred_at = iso_from_text(fields[name], f"{where}.{name}")
            break
    obj = sobject_type.lower()
    return WebhookEvent(
        platform=PLATFORM,
        connection=conn.name,
        type=f"{obj}.updated",
        event_id=note_id,
        occurred_at=occurred_at or now_iso(),
        object_type=obj,
        object_id=fields.get("Id") or None,
        changes={},
        fields=fields,
        source_type=f"outbound:{sobject_type}",
    )


def parse(body: bytes, conn: ResolvedConnection) -> ParsedDelivery:
    """Parse safely, check the org, and normalise each Notification."""
    try:
        root = SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException:
        raise ParseError("XML with a DTD or entities is refused", "xml_forbidden") from None
    except (XmlParseError, ValueError, LookupError, SyntaxError):
        raise ParseError("body is not well-formed XML") from None
    if root.tag != f"{{{SOAP_ENV}}}Envelope":
        raise ParseError("expected a SOAP 1.1 Envelope")
    notes = root.find(f"{{{SOAP_ENV}}}Body/{{{OUTBOUND}}}notifications")
    if notes is None:
        raise ParseError("expected Body/notifications in the outbound namespace")
    org = _text(notes, "OrganizationId")
    if not org:
        raise ParseError("missing OrganizationId")
    expected = conn.config.organization_id or ""
    if org[:15] != expected[:15]:
        raise ForbiddenSender("OrganizationId does not match this connection")
    items = notes.findall(f"{{{OUTBOUND}}}Notification")
    if len(items) > MAX_NOTIFICATIONS:
        raise ParseError(
            f"{len(items)} notifications; Salesforce sends at most {MAX_NOTIFICATIONS}"
        )
    action_id = _text(notes, "ActionId")
    events = []
    for i, note in enumerate(items):
        ev = _notification(note, i, conn)
        if action_id:
            ev.fields.setdefault("_action_id", action_id)
        events.append(ev)
    return ParsedDelivery(events, digest(body), _audit_body(body, _text(notes, "SessionId")))


def _audit_body(body: bytes, session: str | None) -> bytes:
    """The body to keep, without the session id: cut by tag in ASCII-compatible bodies,
    and by the parsed value in whatever encoding the XML came in (UTF-16 and UTF-32 too,
    which the byte pattern cannot see)."""
    kept = _SESSION.sub(rb"\1[redacted]\3", body)
    if session:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            kept = kept.replace(session.encode(encoding), "[redacted]".encode(encoding))
    return kept

"""Each platform's intake as data: accepted content types, verifier, parser, and how to ack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import orjson

from syncwright.webhooks import hubspot, mailchimp, salesforce, segment
from syncwright.webhooks.config import ResolvedConnection
from syncwright.webhooks.model import IncomingRequest, ParsedDelivery

Verify = Callable[[IncomingRequest, ResolvedConnection, int], None]
Parse = Callable[[bytes, ResolvedConnection], ParsedDelivery]
Ack = Callable[[int, int], tuple[bytes, str]]


def json_ack(accepted: int, duplicates: int) -> tuple[bytes, str]:
    return orjson.dumps({"ok": True, "accepted": accepted, "duplicates": duplicates}), (
        "application/json"
    )


def salesforce_ack(accepted: int, duplicates: int) -> tuple[bytes, str]:
    return salesforce.ACK, salesforce.ACK_MEDIA_TYPE


@dataclass(frozen=True, slots=True)
class PlatformIntake:
    name: str
    content_types: tuple[str, ...]
    verify: Verify
    parse: Parse
    ack: Ack = json_ack
    url_secret: bool = False  # the secret is the last path segment (Mailchimp)
    answers_get: bool = False  # a GET/HEAD validation request gets 200 (Mailchimp, Mandrill)
    # The verifier signs over the request's URL (``IncomingRequest.url``); for the others
    # intake does not build it (a few percent of a delivery's CPU under load).
    reads_url: bool = False


PLATFORMS: dict[str, PlatformIntake] = {
    p.name: p
    for p in (
        PlatformIntake(
            "hubspot", hubspot.CONTENT_TYPES, hubspot.verify, hubspot.parse, reads_url=True
        ),
        PlatformIntake(
            "salesforce",
            salesforce.CONTENT_TYPES,
            salesforce.verify,
            salesforce.parse,
            ack=salesforce_ack,
        ),
        PlatformIntake(
            "mailchimp",
            mailchimp.CONTENT_TYPES,
            mailchimp.verify,
            mailchimp.parse,
            url_secret=True,
            answers_get=True,
            reads_url=True,
        ),
        PlatformIntake("segment", segment.CONTENT_TYPES, segment.verify, segment.parse),
    )
}

"""What a platform's response headers say about its limits: one small parser per platform.

Each parser turns headers into observations the limiter understands; the limiter picks
the parser by platform name from ``HEADER_PARSERS``, so a new platform is one function
and one entry, never a branch in the limiter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from syncwright.domain.numbers import ascii_int


@dataclass(frozen=True, slots=True)
class WindowObservation:
    """``remaining`` requests left in the platform's ``seconds``-long window."""

    seconds: float
    remaining: int
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class QuotaObservation:
    """``used`` of the registry quota named ``quota`` (and its real limit if given)."""

    quota: str
    used: int
    limit: int | None = None


Observation = WindowObservation | QuotaObservation
HeaderParser = Callable[[Mapping[str, str]], list[Observation]]


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    return ascii_int(value.strip())


def parse_hubspot(headers: Mapping[str, str]) -> list[Observation]:
    """``X-HubSpot-RateLimit-{Max,Remaining,Interval-Milliseconds,Daily,Daily-Remaining}``."""
    h = _lower(headers)
    out: list[Observation] = []
    remaining = _int(h.get("x-hubspot-ratelimit-remaining"))
    interval_ms = _int(h.get("x-hubspot-ratelimit-interval-milliseconds")) or 10000
    if remaining is not None:
        limit = _int(h.get("x-hubspot-ratelimit-max"))
        out.append(WindowObservation(interval_ms / 1000, remaining, limit))
    daily = _int(h.get("x-hubspot-ratelimit-daily"))
    daily_remaining = _int(h.get("x-hubspot-ratelimit-daily-remaining"))
    if daily is not None and daily_remaining is not None:
        out.append(QuotaObservation("daily", max(0, daily - daily_remaining), daily))
    return out


_SFORCE_USAGE = re.compile(r"(?:^|[;,\s])api-usage=(\d+)/(\d+)")


def parse_salesforce(headers: Mapping[str, str]) -> list[Observation]:
    """``Sforce-Limit-Info: api-usage=25/100000; per-app-api-usage=…`` (org use/allocation)."""
    m = _SFORCE_USAGE.search(_lower(headers).get("sforce-limit-info", ""))
    if m is None:
        return []
    return [QuotaObservation("daily_api_requests", int(m.group(1)), int(m.group(2)))]


HEADER_PARSERS: dict[str, HeaderParser] = {
    "hubspot": parse_hubspot,
    "salesforce": parse_salesforce,
}


def observations(platform: str, headers: Mapping[str, str]) -> list[Observation]:
    """Everything ``platform``'s headers reveal; nothing for platforms without a parser."""
    parser = HEADER_PARSERS.get(platform)
    return parser(headers) if parser is not None else []

"""Header parsers and the retry decision."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from syncwright.domain.failures import Classified, ErrorKind
from syncwright.limits.headers import (
    HEADER_PARSERS,
    QuotaObservation,
    WindowObservation,
    observations,
)
from syncwright.limits.registry import PLATFORMS, load_registry
from syncwright.limits.retry import Action, RetryPolicy, parse_retry_after

NOW = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


def test_hubspot_headers() -> None:
    headers = {
        "X-HubSpot-RateLimit-Max": "100",
        "x-hubspot-ratelimit-remaining": "7",
        "X-HubSpot-RateLimit-Interval-Milliseconds": "10000",
        "X-HubSpot-RateLimit-Daily": "250000",
        "X-HubSpot-RateLimit-Daily-Remaining": "1000",
    }
    assert observations("hubspot", headers) == [
        WindowObservation(10.0, 7, 100),
        QuotaObservation("daily", 249000, 250000),
    ]


def test_salesforce_headers() -> None:
    assert observations("salesforce", {"Sforce-Limit-Info": "api-usage=25/100000"}) == [
        QuotaObservation("daily_api_requests", 25, 100000)
    ]
    assert observations("salesforce", {"Sforce-Limit-Info": "per-app-api-usage=1/2"}) == []
    both = {"sforce-limit-info": "api-usage=18/5000; per-app-api-usage=17/250(appName=x)"}
    assert observations("salesforce", both) == [QuotaObservation("daily_api_requests", 18, 5000)]


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-HubSpot-RateLimit-Remaining": "lots"}, {"X-HubSpot-RateLimit-Daily": "10"}],
)
def test_missing_or_garbage_headers_say_nothing(headers: dict[str, str]) -> None:
    assert observations("hubspot", headers) == []
    assert observations("segment", {"X-Anything": "1"}) == []


def test_parsers_name_real_registry_quotas() -> None:
    """A parser's quota names must exist in that platform's registry."""
    full = {
        "hubspot": {"X-HubSpot-RateLimit-Daily": "10", "X-HubSpot-RateLimit-Daily-Remaining": "1"},
        "salesforce": {"Sforce-Limit-Info": "api-usage=1/2"},
    }
    for platform, parser in HEADER_PARSERS.items():
        assert platform in PLATFORMS
        quotas = [o.quota for o in parser(full[platform]) if isinstance(o, QuotaObservation)]
        assert quotas and all(q in load_registry(platform).quotas for q in quotas)


# -- Retry-After --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 1.5 ", 1.5),
        ("0", 0.0),
        ("Wed, 01 May 2024 12:00:30 GMT", 30.0),
        ("Wed, 01 May 2024 11:00:00 GMT", 0.0),  # in the past: now
        ("-5", None),
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
        ("inf", None),
        ("Wed, 01 May 2024 12:00:30", None),  # no zone: not an HTTP date
        ("Mon, 99 Foo 2024 99:99:99 GMT", None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


def fail(kind: ErrorKind, retry_after: float | None = None) -> Classified:
    return Classified(kind=kind, message="platform says no", retry_after_seconds=retry_after)


POLICY = RetryPolicy(max_attempts=5, base=0.5, cap=8.0, park_after=5.0, seed=7)


@pytest.mark.parametrize(
    "kind", [ErrorKind.PERMANENT, ErrorKind.PERMANENT_RECORD, ErrorKind.AUTH, ErrorKind.FATAL]
)
def test_give_up_kinds(kind: ErrorKind) -> None:
    decision = POLICY.decide(fail(kind), 1, NOW)
    assert decision.action is Action.GIVE_UP
    assert "platform says no" in decision.reason


def test_retry_after_exactly_and_pauses_the_group() -> None:
    d = POLICY.decide(fail(ErrorKind.RETRY_AFTER, 2.5), 1, NOW)
    assert (d.action, d.delay, d.until) == (Action.RETRY, 2.5, NOW + timedelta(seconds=2.5))
    assert d.pause_until == d.until
    limited = POLICY.decide(fail(ErrorKind.RATE_LIMITED, 1.0), 1, NOW)
    assert limited.delay == 1.0 and limited.pause_until is not None


def test_long_retry_after_parks() -> None:
    d = POLICY.decide(fail(ErrorKind.RETRY_AFTER, 600), 1, NOW)
    assert d.action is Action.PARK and d.until == NOW + timedelta(minutes=10)


@pytest.mark.parametrize(
    "kind", [ErrorKind.TRANSIENT, ErrorKind.RATE_LIMITED, ErrorKind.RETRY_AFTER]
)
def test_backoff_full_jitter_within_capped_ceiling(kind: ErrorKind) -> None:
    for attempt in range(1, 5):
        ceiling = min(8.0, 0.5 * 2 ** (attempt - 1))
        for seed in range(50):
            d = RetryPolicy(max_attempts=5, base=0.5, cap=8.0, park_after=100, seed=seed).decide(
                fail(kind), attempt, NOW
            )
            assert d.action is Action.RETRY
            assert d.delay is not None and 0.0 <= d.delay <= ceiling
            assert d.pause_until is None


def test_ceiling_is_capped_and_jitter_spreads() -> None:
    policy = RetryPolicy(base=1.0, cap=30.0, max_attempts=100)
    assert [policy.backoff_ceiling(a) for a in (1, 2, 3, 5, 6, 50)] == [1, 2, 4, 16, 30, 30]
    delays = {RetryPolicy(seed=s).jitter(4) for s in range(20)}
    assert len(delays) == 20 and max(delays) <= 4.0


def test_jitter_is_deterministic_with_a_seed() -> None:
    assert POLICY.decide(fail(ErrorKind.TRANSIENT), 3, NOW) == POLICY.decide(
        fail(ErrorKind.TRANSIENT), 3, NOW
    )


def test_backoff_longer_than_park_threshold_parks() -> None:
    policy = RetryPolicy(base=10.0, cap=10.0, park_after=0.0, seed=1)
    assert policy.decide(fail(ErrorKind.TRANSIENT), 1, NOW).action is Action.PARK


def test_attempts_exhausted() -> None:
    d = POLICY.decide(fail(ErrorKind.TRANSIENT), 5, NOW)
    assert d.action is Action.GIVE_UP and "5 attempts" in d.reason
    # A Retry-After with a time is pacing, not failure: it has its own larger allowance.
    assert POLICY.decide(fail(ErrorKind.RETRY_AFTER, 1), 5, NOW).action is Action.RETRY
    assert POLICY.decide(fail(ErrorKind.RETRY_AFTER, 1), 100, NOW).action is Action.GIVE_UP
    assert POLICY.decide(fail(ErrorKind.RATE_LIMITED), 5, NOW).action is Action.GIVE_UP


def test_quota_waits_for_reset_whatever_the_attempt() -> None:
    reset = NOW + timedelta(hours=11)
    d = POLICY.decide(fail(ErrorKind.QUOTA_EXHAUSTED), 99, NOW, quota_reset=reset)
    assert (d.action, d.until) == (Action.PARK, reset)
    named = POLICY.decide(fail(ErrorKind.QUOTA_EXHAUSTED, 60), 1, NOW, quota_reset=reset)
    assert named.until == NOW + timedelta(seconds=60)
    unknown = POLICY.decide(fail(ErrorKind.QUOTA_EXHAUSTED), 1, NOW)
    assert unknown.until == NOW + timedelta(hours=1)

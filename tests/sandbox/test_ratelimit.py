"""Rate limits from the registry: windows, daily and rolling quotas, concurrency, headers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx2
import pytest

from syncwright.limits.registry import load_registry
from syncwright.sandbox import LimitSettings, ManualClock, Sandbox
from syncwright.sandbox.ratelimit import RateLimiter

from .conftest import hubspot_client, mailchimp_client, salesforce_client, segment_client

# 2026-03-10 23:59:30 UTC: thirty seconds before a midnight reset.
BEFORE_MIDNIGHT = datetime(2026, 3, 10, 23, 59, 30, tzinfo=UTC).timestamp()


def test_window_slides_and_quota_resets_at_midnight_in_the_account_zone() -> None:
    clock = ManualClock(BEFORE_MIDNIGHT)
    limiter = RateLimiter(load_registry("hubspot"), clock,
                          LimitSettings(windows={"default": 3}, quotas={"daily": 5}))
    assert [limiter.admit("GET", "/crm/v3/objects/contacts").denial for _ in range(3)] == [
        None] * 3
    denied = limiter.admit("GET", "/crm/v3/objects/contacts").denial
    assert denied is not None and denied.kind == "window" and denied.seconds == 10
    assert 9.9 < denied.retry_after <= 10
    clock.advance(10.001)
    assert limiter.admit("GET", "/x").denial is None  # window slid (4 of 5 daily used)
    assert limiter.admit("GET", "/x").denial is None
    quota = limiter.admit("GET", "/x").denial
    assert quota is not None and quota.kind == "quota" and quota.name == "daily"
    clock.advance(20)  # past midnight UTC
    assert limiter.admit("GET", "/x").denial is None
    # A zone where midnight is still hours away keeps counting the old day.
    tokyo = RateLimiter(load_registry("hubspot"), ManualClock(BEFORE_MIDNIGHT - 3600 * 10),
                        LimitSettings(quotas={"daily": 1}, timezone="Asia/Tokyo"))
    assert tokyo.admit("GET", "/x").denial is None
    tokyo.clock.advance(3600)  # type: ignore[attr-defined]
    assert tokyo.admit("GET", "/x").denial is not None


def test_scale_and_switch_off() -> None:
    clock = ManualClock()
    scaled = RateLimiter(load_registry("hubspot"), clock, LimitSettings(scale=0.05))
    results = [scaled.admit("POST", "/crm/v3/objects/contacts/batch/upsert").denial
               for _ in range(6)]
    assert results[:5] == [None] * 5 and results[5] is not None  # 100 * 0.05
    off = RateLimiter(load_registry("hubspot"), clock, LimitSettings(enabled=False, scale=0.01))
    assert all(off.admit("GET", "/x").denial is None for _ in range(50))


def test_rolling_quota_frees_one_slot_at_a_time() -> None:
    clock = ManualClock()
    limiter = RateLimiter(load_registry("salesforce"), clock,
                          LimitSettings(quotas={"daily_api_requests": 2}))
    limiter.admit("GET", "/query")
    clock.advance(3600)
    limiter.admit("GET", "/query")
    assert limiter.admit("GET", "/query").denial is not None
    clock.advance(86400 - 3600 + 0.001)  # the first call left the 24-hour window
    assert limiter.admit("GET", "/query").denial is None
    assert limiter.admit("GET", "/query").denial is not None


@pytest.fixture
def limited() -> Iterator[tuple[Sandbox, ManualClock]]:
    clock = ManualClock(BEFORE_MIDNIGHT)
    with Sandbox(("hubspot", "salesforce", "segment", "mailchimp"), clock=clock) as sb:
        yield sb, clock


def test_hubspot_ten_secondly_429_body_and_headers(limited: tuple[Sandbox, ManualClock]
                                                   ) -> None:
    sb, clock = limited
    sb.admin("hubspot").set_limits(windows={"default": 3})
    with hubspot_client(sb) as hs:
        responses = [hs.get("/crm/v3/objects/contacts") for _ in range(4)]
        assert [r.status_code for r in responses] == [200, 200, 200, 429]
        first = responses[0].headers
        assert first["X-HubSpot-RateLimit-Max"] == "3"
        assert first["X-HubSpot-RateLimit-Remaining"] == "2"
        assert first["X-HubSpot-RateLimit-Interval-Milliseconds"] == "10000"
        assert first["X-HubSpot-RateLimit-Daily"] == "250000"
        assert first["X-HubSpot-RateLimit-Daily-Remaining"] == "249999"
        body = responses[3].json()
        assert body["status"] == "error" and body["errorType"] == "RATE_LIMIT"
        assert body["policyName"] == "TEN_SECONDLY_ROLLING"
        assert body["message"] == "You have reached your ten_secondly_rolling limit."
        assert responses[3].headers["X-HubSpot-RateLimit-Remaining"] == "0"
        clock.advance(10)
        assert hs.get("/crm/v3/objects/contacts").status_code == 200
    assert sb.admin("hubspot").stats()["rate_limited"] == 1


def test_hubspot_daily_cap_and_reset_after_midnight(limited: tuple[Sandbox, ManualClock]
                                                    ) -> None:
    sb, clock = limited
    sb.admin("hubspot").set_limits(quotas={"daily": 3})
    with hubspot_client(sb) as hs:
        assert hs.get("/crm/v3/objects/contacts").status_code == 200
        usage = hs.get("/account-info/v3/api-usage/daily/private-apps").json()["results"][0]
        assert usage["usageLimit"] == 3 and usage["currentUsage"] == 2  # this call counts too
        assert usage["resetsAt"].startswith("2026-03-11T00:00:00")
        assert hs.get("/crm/v3/objects/contacts").status_code == 200
        r = hs.get("/crm/v3/objects/contacts")
        assert r.status_code == 429 and r.json()["policyName"] == "DAILY"
        clock.advance(31)  # time-travel through midnight
        assert hs.get("/crm/v3/objects/contacts").status_code == 200


def test_hubspot_search_has_its_own_secondly_window(limited: tuple[Sandbox, ManualClock]
                                                    ) -> None:
    sb, clock = limited
    sb.admin("hubspot").set_limits(windows={"search": 2})
    with hubspot_client(sb) as hs:
        codes = [hs.post("/crm/v3/objects/contacts/search", json={}).status_code
                 for _ in range(3)]
        assert codes == [200, 200, 429]
        assert hs.get("/crm/v3/objects/contacts").status_code == 200  # other group unaffected
        clock.advance(1)
        assert hs.post("/crm/v3/objects/contacts/search", json={}).status_code == 200


def test_salesforce_daily_requests_403_and_limit_info(limited: tuple[Sandbox, ManualClock]
                                                      ) -> None:
    sb, clock = limited
    sb.admin("salesforce").set_limits(quotas={"daily_api_requests": 3})
    with salesforce_client(sb) as sf:
        infos = []
        for _ in range(3):
            r = sf.get("/limits")
            assert r.status_code == 200
            infos.append(r.headers["Sforce-Limit-Info"])
        assert infos == ["api-usage=1/3", "api-usage=2/3", "api-usage=3/3"]
        r = sf.get("/limits")
        assert r.status_code == 403
        assert r.json() == [{"message": "TotalRequests Limit exceeded.",
                             "errorCode": "REQUEST_LIMIT_EXCEEDED"}]
        assert r.headers["Sforce-Limit-Info"] == "api-usage=3/3"
        clock.advance(86400)  # rolling 24 hours
        r = sf.get("/limits")
        assert r.status_code == 200 and r.json()["DailyApiRequests"] == {"Max": 3,
                                                                          "Remaining": 2}


def test_segment_per_second_limit(limited: tuple[Sandbox, ManualClock]) -> None:
    sb, clock = limited
    sb.admin("segment").set_limits(scale=0.04)  # 50/s -> 2/s
    with segment_client(sb) as seg:
        event = {"userId": "u1", "event": "E", "type": "track"}
        codes = [seg.post("/v1/track", json=event).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        clock.advance(1)
        assert seg.post("/v1/track", json=event).status_code == 200


async def test_mailchimp_eleventh_simultaneous_connection_gets_429(
        limited: tuple[Sandbox, ManualClock]) -> None:
    sb, _ = limited
    admin = sb.admin("mailchimp")
    admin.set_faults([{"match": "GET /3.0/ping", "kind": "latency", "latency_ms": 400}])
    key = sb.credentials("mailchimp")["api_key"]
    limits = httpx2.Limits(max_connections=20)
    async with httpx2.AsyncClient(base_url=sb.base_url("mailchimp"), auth=("u", key),
                                  limits=limits, timeout=10) as client:
        responses = await asyncio.gather(*(client.get("/ping") for _ in range(11)))
    codes = sorted(r.status_code for r in responses)
    assert codes == [200] * 10 + [429]
    refused = next(r for r in responses if r.status_code == 429)
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["title"] == "Too Many Requests" and refused.json()["status"] == 429
    with mailchimp_client(sb) as mc:
        assert mc.get("/ping").status_code == 200  # slots were released


def test_hubspot_ten_second_window_is_one_pool_for_batch_and_other_calls() -> None:
    clock = ManualClock(BEFORE_MIDNIGHT - 3600)
    limiter = RateLimiter(load_registry("hubspot"), clock, LimitSettings(scale=0.05))  # 5 per 10 s
    for _ in range(3):
        assert limiter.admit("GET", "/crm/v3/objects/contacts").denial is None
    for _ in range(2):
        assert limiter.admit("POST", "/crm/v3/objects/contacts/batch/upsert").denial is None
    denied = limiter.admit("POST", "/crm/v3/objects/contacts/batch/upsert").denial
    assert denied is not None and denied.kind == "window"
    assert limiter.admit("GET", "/crm/v3/objects/contacts").denial is not None

"""Sliding windows, pacing and quota periods, as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from hypothesis import given
from hypothesis import strategies as st

from syncwright.limits.clock import SystemClock
from syncwright.limits.quota import QuotaRule, day_start, next_midnight
from syncwright.limits.registry import QuotaReset
from syncwright.limits.windows import (
    Stamp,
    burst_size,
    gcra_next_tat,
    gcra_wait,
    window_count,
    window_wait,
)


def done(*ts: float) -> list[Stamp]:
    return [Stamp(t, False) for t in ts]


def test_window_counts_only_the_last_seconds() -> None:
    stamps = done(0.0, 5.0, 9.5)
    assert window_count(stamps, 10, 10.0) == 2  # 0.0 left exactly at 10.0
    assert window_count(stamps, 10, 9.9) == 3
    assert window_count([*stamps, Stamp(-100, True)], 10, 10.0) == 3  # in flight always counts


def test_window_wait_for_the_oldest_to_leave() -> None:
    assert window_wait(done(0.0, 1.0), limit=3, seconds=10, now=2.0) == 0.0
    assert window_wait(done(0.0, 1.0, 2.0), limit=3, seconds=10, now=2.0) == pytest.approx(8.0)
    # four in the window, limit three: two must leave, so wait for the second oldest
    assert window_wait(done(0.0, 1.0, 2.0, 3.0), limit=3, seconds=10, now=3.0) == pytest.approx(8.0)


def test_window_full_of_inflight_has_no_known_wait() -> None:
    stamps = [Stamp(0.0, True), Stamp(1.0, True)]
    assert window_wait(stamps, limit=2, seconds=1, now=5.0) is None
    assert window_wait([Stamp(0.0, True), Stamp(4.5, False)], 2, 1, 5.0) == pytest.approx(
        0.5, abs=1e-5
    )


@given(
    st.lists(st.floats(0, 100, allow_nan=False), max_size=30),
    st.integers(1, 10),
    st.floats(0.1, 20),
    st.floats(0, 120),
)
def test_window_wait_is_exactly_when_it_fits(
    ts: list[float], limit: int, seconds: float, now: float
) -> None:
    stamps = done(*[t for t in ts if t <= now])
    wait = window_wait(stamps, limit, seconds, now)
    assert wait is not None
    assert window_count(stamps, seconds, now + wait) < limit
    if wait > 1e-5:
        assert window_count(stamps, seconds, now + wait - 1e-5) >= limit


def test_gcra_spaces_requests_after_a_burst() -> None:
    interval, burst = 0.1, 3
    tat, now, admitted = None, 0.0, []
    for _ in range(6):
        now += gcra_wait(tat, interval, burst, now)
        admitted.append(round(now, 6))
        tat = gcra_next_tat(tat, interval, now)
    assert admitted == pytest.approx([0.0, 0.0, 0.0, 0.1, 0.2, 0.3], abs=1e-5)


def test_gcra_idle_time_refills_the_burst_but_no_more() -> None:
    tat = gcra_next_tat(None, 1.0, 0.0)
    assert gcra_wait(tat, 1.0, 2, 100.0) == 0.0
    tat = gcra_next_tat(tat, 1.0, 100.0)  # idle long: tat restarts from now
    assert tat == 101.0
    assert gcra_wait(tat, 1.0, 2, 100.0) == 0.0
    tat = gcra_next_tat(tat, 1.0, 100.0)
    assert gcra_wait(tat, 1.0, 2, 100.0) == pytest.approx(1.0, abs=1e-5)


def test_burst_size() -> None:
    assert burst_size(100, 0.1) == 10
    assert burst_size(4, 0.1) == 1
    assert burst_size(5, 0.0) == 1
    assert burst_size(3, 5.0) == 3


# -- quotas -------------------------------------------------------------------------


def midnight(zone: str) -> QuotaRule:
    return QuotaRule.from_reset(QuotaReset(kind="midnight", timezone="account"), zone)


def test_midnight_in_account_zone() -> None:
    rule = midnight("America/New_York")
    now = datetime(2024, 1, 15, 3, 0, tzinfo=UTC)  # 22:00 on the 14th in New York
    assert day_start(now, "America/New_York") == datetime(2024, 1, 14, 5, 0, tzinfo=UTC)
    assert next_midnight(now, "America/New_York") == datetime(2024, 1, 15, 5, 0, tzinfo=UTC)
    assert rule.bucket(now) == int(datetime(2024, 1, 14, 5, tzinfo=UTC).timestamp())


def test_fixed_zone_in_registry_wins_over_account() -> None:
    rule = QuotaRule.from_reset(QuotaReset(kind="midnight", timezone="Asia/Tokyo"), "UTC")
    assert rule.zone == "Asia/Tokyo"


@pytest.mark.parametrize(
    ("day", "hours"),
    [(datetime(2024, 3, 10, 12, tzinfo=UTC), 23), (datetime(2024, 11, 3, 12, tzinfo=UTC), 25)],
)
def test_midnight_across_dst_change(day: datetime, hours: int) -> None:
    start = day_start(day, "America/New_York")
    end = next_midnight(day, "America/New_York")
    assert end - start == timedelta(hours=hours)
    rule = midnight("America/New_York")
    buckets = {rule.bucket(day): 10}
    assert rule.used(buckets, end - timedelta(seconds=1)) == 10
    assert rule.used(buckets, end) == 0
    assert rule.available_at(buckets, 10, day) == end
    assert rule.expired(buckets, end) == [rule.bucket(day)]


def test_midnight_quota_with_time_machine() -> None:
    """The system clock's wall time drives the period (time-machine moves it)."""
    rule = midnight("Europe/Berlin")
    with time_machine.travel(datetime(2024, 3, 30, 22, 59, tzinfo=UTC), tick=False) as traveller:
        now = SystemClock().now()
        buckets = {rule.bucket(now): 5}
        assert rule.used(buckets, SystemClock().now()) == 5
        traveller.shift(timedelta(minutes=1))  # 00:00 in Berlin on the 31st
        assert rule.used(buckets, SystemClock().now()) == 0


def test_rolling_quota_counts_buckets_and_frees_the_oldest_first() -> None:
    rule = QuotaRule.from_reset(QuotaReset(kind="rolling", seconds=86400), "UTC")
    assert rule.bucket_seconds == 300
    t0 = datetime(2024, 1, 1, 0, 0, tzinfo=UTC)
    buckets = {rule.bucket(t0): 6, rule.bucket(t0 + timedelta(hours=5)): 4}
    now = t0 + timedelta(hours=6)
    assert rule.used(buckets, now) == 10
    # limit 10 is spent: room again when the first bucket (t0..t0+5min) leaves 24 h later
    assert rule.available_at(buckets, 10, now) == t0 + timedelta(days=1, minutes=5)
    assert rule.available_at(buckets, 11, now) == now
    # limit 3: both buckets must leave
    assert rule.available_at(buckets, 3, now) == t0 + timedelta(days=1, hours=5, minutes=5)
    later = t0 + timedelta(days=1, minutes=5)
    assert rule.used(buckets, later) == 4
    assert rule.expired(buckets, later) == [rule.bucket(t0)]


def test_rolling_never_undercounts() -> None:
    rule = QuotaRule("rolling", seconds=3600)
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    buckets = {rule.bucket(t0 + timedelta(seconds=s)): 1 for s in range(0, 3600, 60)}
    for offset in range(0, 7200, 37):
        now = t0 + timedelta(seconds=offset)
        truly = sum(1 for s in range(0, 3600, 60) if 0 <= offset - s < 3600)
        assert rule.used(buckets, now) >= truly

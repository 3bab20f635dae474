"""Long-period quotas: which period a request falls in and when the count starts again.

Two reset rules, both data in the registry. ``midnight`` counts per calendar day in a
time zone (HubSpot: the account's zone), computed with zoneinfo so a DST day is 23 or
25 hours long. ``rolling`` counts the last N seconds (Salesforce: 24 hours); counts are
kept in fixed buckets and a bucket is forgotten only when its *end* leaves the window,
so the count never undercounts and the reset time is at most one bucket late.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from syncwright.limits.registry import ACCOUNT_TIMEZONE, QuotaReset

ROLLING_BUCKETS = 288  # a rolling 24 h quota is kept in 5-minute buckets


@dataclass(frozen=True, slots=True)
class QuotaRule:
    """A quota's reset rule with the zone already chosen; bucket keys are epoch seconds."""

    kind: str  # "midnight" or "rolling"
    seconds: int = 86400
    zone: str = "UTC"

    @classmethod
    def from_reset(cls, reset: QuotaReset, account_zone: str) -> QuotaRule:
        if reset.kind == "rolling":
            return cls("rolling", seconds=reset.seconds or 86400)
        zone = reset.timezone or "UTC"
        return cls("midnight", zone=account_zone if zone == ACCOUNT_TIMEZONE else zone)

    @property
    def bucket_seconds(self) -> int:
        return max(1, self.seconds // ROLLING_BUCKETS)

    def bucket(self, now: datetime) -> int:
        """The key under which a request made at ``now`` is counted."""
        if self.kind == "midnight":
            return int(day_start(now, self.zone).timestamp())
        width = self.bucket_seconds
        return int(now.timestamp()) // width * width

    def used(self, buckets: Mapping[int, int], now: datetime) -> int:
        """How much of the quota counts at ``now``."""
        if self.kind == "midnight":
            return buckets.get(self.bucket(now), 0)
        return sum(n for b, n in buckets.items() if self._live(b, now))

    def _live(self, bucket: int, now: datetime) -> bool:
        return bucket + self.bucket_seconds > now.timestamp() - self.seconds

    def expired(self, buckets: Mapping[int, int], now: datetime) -> list[int]:
        """Bucket keys that no longer count and can be deleted."""
        if self.kind == "midnight":
            current = self.bucket(now)
            return [b for b in buckets if b < current]
        return [b for b in buckets if not self._live(b, now)]

    def available_at(self, buckets: Mapping[int, int], limit: int, now: datetime) -> datetime:
        """When at least one more request fits (``now`` if it fits already)."""
        used = self.used(buckets, now)
        if used < limit:
            return now
        if self.kind == "midnight":
            return next_midnight(now, self.zone)
        for b in sorted(b for b in buckets if self._live(b, now)):
            used -= buckets[b]
            if used < limit:
                return datetime.fromtimestamp(b + self.bucket_seconds + self.seconds, UTC)
        return now  # unreachable: used dropped to 0 < limit

    def resets_at(self, buckets: Mapping[int, int], now: datetime) -> datetime:
        """When the oldest counted use stops counting (for display)."""
        if self.kind == "midnight":
            return next_midnight(now, self.zone)
        live = [b for b in buckets if self._live(b, now)]
        if not live:
            return now
        return datetime.fromtimestamp(min(live) + self.bucket_seconds + self.seconds, UTC)


def day_start(now: datetime, zone: str) -> datetime:
    """The most recent local midnight in ``zone``, as an aware UTC datetime."""
    tz = ZoneInfo(zone)
    local_day = now.astimezone(tz).date()
    return datetime.combine(local_day, time(0), tzinfo=tz).astimezone(UTC)


def next_midnight(now: datetime, zone: str) -> datetime:
    """The next local midnight in ``zone`` (a DST day is 23 or 25 hours long)."""
    tz = ZoneInfo(zone)
    local_day = now.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(local_day, time(0), tzinfo=tz).astimezone(UTC)

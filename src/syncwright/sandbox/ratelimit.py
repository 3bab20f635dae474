"""Rate limits as the platforms enforce them, driven by the product's own registry.

The figures come from ``syncwright.limits.registry`` so the simulators push back at the
limits the product believes in. ``LimitSettings`` scales them (``scale=0.1``), overrides
single windows or quotas, or switches them off, so tests stay fast. Time comes from an
injectable clock, so a test can jump across a 10-second window or a midnight reset.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

from syncwright.limits.registry import EndpointGroup, PlatformLimits, Quota

from .clock import Clock


class LimitSettings(BaseModel):
    """How a run bends the registry's limits. Keys of ``windows``: ``group`` or ``group:seconds``."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    scale: float = Field(default=1.0, gt=0)
    tier: str | None = None
    windows: dict[str, int] = {}
    quotas: dict[str, int] = {}
    concurrency: int | None = Field(default=None, gt=0)
    timezone: str = "UTC"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value


@dataclass(frozen=True)
class Denial:
    """Why a request was refused: which limit, and when it is worth trying again."""

    kind: Literal["window", "quota", "concurrency"]
    name: str
    limit: int
    retry_after: float
    seconds: float | None = None


@dataclass
class Usage:
    """What the rate-limit headers report after this request."""

    group: str
    window_limit: int | None = None
    window_remaining: int | None = None
    window_seconds: float | None = None
    quota_name: str | None = None
    quota_limit: int | None = None
    quota_used: int | None = None
    quota_resets_at: float | None = None

    @property
    def quota_remaining(self) -> int | None:
        if self.quota_limit is None or self.quota_used is None:
            return None
        return max(self.quota_limit - self.quota_used, 0)


@dataclass
class Admission:
    """The limiter's answer; call ``release`` when the request finishes (concurrency)."""

    usage: Usage
    denial: Denial | None = None
    holds_slot: bool = False


@dataclass
class _QuotaState:
    day: str = ""
    count: int = 0
    log: deque[float] = field(default_factory=deque)


class RateLimiter:
    """Sliding-log windows, daily or rolling quotas and a concurrency cap for one simulator."""

    def __init__(self, limits: PlatformLimits, clock: Clock, settings: LimitSettings | None = None):
        self.limits = limits
        self.clock = clock
        self.settings = settings or LimitSettings()
        self._windows: dict[tuple[str, float], deque[float]] = {}
        self._quotas: dict[str, _QuotaState] = {}
        self._in_flight = 0
        self.denied: dict[str, int] = {}

    # -- configuration -------------------------------------------------------------
    @property
    def tier(self) -> str:
        return self.settings.tier or self.limits.default_tier

    def configure(self, settings: LimitSettings) -> None:
        """Replace the settings and forget the counts (a new run)."""
        self.settings = settings
        self.reset()

    def reset(self) -> None:
        self._windows.clear()
        self._quotas.clear()
        self.denied.clear()

    def _scaled(self, value: int) -> int:
        return max(1, math.ceil(value * self.settings.scale))

    def window_limit(self, group_name: str, seconds: float, base: int) -> int:
        key = f"{group_name}:{seconds:g}"
        if key in self.settings.windows:
            return self.settings.windows[key]
        if group_name in self.settings.windows:
            return self.settings.windows[group_name]
        return self._scaled(base)

    def quota_limit(self, name: str, quota: Quota) -> int:
        if name in self.settings.quotas:
            return self.settings.quotas[name]
        return self._scaled(quota.for_tier(self.tier))

    def concurrency_limit(self) -> int | None:
        if self.settings.concurrency is not None:
            return self.settings.concurrency
        if self.limits.shared_concurrency is None:
            return None
        return self._scaled(self.limits.shared_concurrency)

    # -- quotas --------------------------------------------------------------------
    def _midnight(self, now: float) -> tuple[str, float]:
        tz = ZoneInfo(self.settings.timezone)
        local = datetime.fromtimestamp(now, tz=tz)
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return start.date().isoformat(), (start + timedelta(days=1)).timestamp()

    def quota_usage(self, name: str) -> tuple[int, int, float]:
        """(used, limit, resets_at) of a quota at the clock's current time."""
        quota = self.limits.quotas[name]
        now = self.clock()
        state = self._quotas.setdefault(name, _QuotaState())
        limit = self.quota_limit(name, quota)
        if quota.reset.kind == "midnight":
            day, resets_at = self._midnight(now)
            if state.day != day:
                state.day, state.count = day, 0
            return state.count, limit, resets_at
        seconds = float(quota.reset.seconds or 86400)
        while state.log and state.log[0] <= now - seconds:
            state.log.popleft()
        resets_at = (state.log[0] + seconds) if state.log else now + seconds
        return len(state.log), limit, resets_at

    def _record_quota(self, name: str) -> None:
        state = self._quotas[name]
        if self.limits.quotas[name].reset.kind == "midnight":
            state.count += 1
        else:
            state.log.append(self.clock())

    # -- admission -----------------------------------------------------------------
    def admit(self, method: str, path: str) -> Admission:
        """Count one request against its group's windows and quotas, or refuse it."""
        group_name, group = self.limits.group_for(method, path)
        usage = Usage(group=group_name)
        if not self.settings.enabled:
            return Admission(usage=usage)
        now = self.clock()
        denial = self._check_windows(group_name, group, now, usage)
        denial = denial or self._check_quotas(group, now, usage)
        cap = self.concurrency_limit()
        if denial is None and cap is not None and self._in_flight >= cap:
            denial = Denial("concurrency", "connections", cap, retry_after=1.0)
        if denial is not None:
            self.denied[denial.kind] = self.denied.get(denial.kind, 0) + 1
            return Admission(usage=usage, denial=denial)
        for i, window in enumerate(group.windows):
            self._windows[(window.pool or group_name, window.seconds)].append(now)
            if i == 0 and usage.window_remaining is not None:
                usage.window_remaining -= 1
        for q in group.quotas:
            self._record_quota(q)
        if group.quotas and usage.quota_used is not None:
            usage.quota_used += 1
        if cap is not None:
            self._in_flight += 1
        return Admission(usage=usage, holds_slot=cap is not None)

    def release(self, admission: Admission) -> None:
        if admission.holds_slot:
            self._in_flight = max(0, self._in_flight - 1)
            admission.holds_slot = False

    def _check_windows(
        self, group_name: str, group: EndpointGroup, now: float, usage: Usage
    ) -> Denial | None:
        denial: Denial | None = None
        for i, window in enumerate(group.windows):
            # Windows with a pool share one count across groups (HubSpot's 10-second
            # limit covers every endpoint of the account).
            log = self._windows.setdefault((window.pool or group_name, window.seconds), deque())
            while log and log[0] <= now - window.seconds:
                log.popleft()
            limit = self.window_limit(group_name, window.seconds, window.for_tier(self.tier))
            if i == 0:
                usage.window_limit = limit
                usage.window_seconds = window.seconds
                usage.window_remaining = max(limit - len(log), 0)
            if denial is None and len(log) >= limit:
                retry = max(log[0] + window.seconds - now, 0.001)
                denial = Denial("window", group_name, limit, retry, window.seconds)
        return denial

    def _check_quotas(self, group: EndpointGroup, now: float, usage: Usage) -> Denial | None:
        denial: Denial | None = None
        for i, name in enumerate(group.quotas):
            used, limit, resets_at = self.quota_usage(name)
            if i == 0:
                usage.quota_name, usage.quota_limit = name, limit
                usage.quota_used, usage.quota_resets_at = used, resets_at
            if denial is None and used >= limit:
                denial = Denial("quota", name, limit, max(resets_at - now, 0.001))
        return denial

"""A connection's limits resolved for one tier and time zone, ready for decisions.

The registry speaks in tiers and references; the limiter wants numbers. A
``ConnectionPlan`` is built once per connection and is also stored (as JSON) with the
limiter state, so ``syncwright limits usage`` in another process can show used/limit
without knowing the connection's configuration.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from syncwright.limits.quota import QuotaRule
from syncwright.limits.registry import PlatformLimits, RegistryError
from syncwright.limits.windows import burst_size, emission_interval

DEFAULT_LEASE_SECONDS = 600.0  # an in-flight slot left by a crashed process is freed after this


@dataclass(frozen=True, slots=True)
class WindowPlan:
    """One window: its shared count (``key``), length, limit and pacing."""

    key: str
    seconds: float
    limit: int
    interval: float
    burst: int

    @property
    def pacing_key(self) -> str:
        return f"{self.key}/{self.seconds:g}"


@dataclass(frozen=True, slots=True)
class QuotaPlan:
    name: str
    limit: int
    rule: QuotaRule


@dataclass(frozen=True, slots=True)
class GroupPlan:
    """Everything that must allow a request of one endpoint group."""

    group: str
    windows: tuple[WindowPlan, ...]
    quotas: tuple[str, ...]
    concurrency: int | None
    lease_seconds: float

    @property
    def slot_keys(self) -> tuple[str, ...]:
        """The slot rows one admitted request writes: its group, then each window count."""
        return (group_key(self.group), *dict.fromkeys(w.key for w in self.windows))


@dataclass(frozen=True, slots=True)
class ConnectionPlan:
    platform: str
    tier: str
    timezone: str
    groups: dict[str, GroupPlan]
    quotas: dict[str, QuotaPlan]
    shared_concurrency: int | None

    @property
    def horizon(self) -> float:
        """How long a finished request can still matter to any window."""
        return max((w.seconds for g in self.groups.values() for w in g.windows), default=0.0)

    def group(self, name: str) -> GroupPlan:
        try:
            return self.groups[name]
        except KeyError:
            raise RegistryError(
                f"{self.platform}: no endpoint group {name!r} (known: {sorted(self.groups)})"
            ) from None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConnectionPlan:
        groups = {
            name: GroupPlan(
                group=g["group"],
                windows=tuple(WindowPlan(**w) for w in g["windows"]),
                quotas=tuple(g["quotas"]),
                concurrency=g["concurrency"],
                lease_seconds=g["lease_seconds"],
            )
            for name, g in data["groups"].items()
        }
        quotas = {
            name: QuotaPlan(name=q["name"], limit=q["limit"], rule=QuotaRule(**q["rule"]))
            for name, q in data["quotas"].items()
        }
        return cls(
            platform=data["platform"],
            tier=data["tier"],
            timezone=data["timezone"],
            groups=groups,
            quotas=quotas,
            shared_concurrency=data["shared_concurrency"],
        )


def group_key(group: str) -> str:
    return f"g:{group}"


def build_plan(
    limits: PlatformLimits,
    tier: str | None = None,
    timezone: str = "UTC",
    burst_fraction: float = 0.1,
) -> ConnectionPlan:
    """Resolve every figure of ``limits`` for ``tier`` (default: the registry's)."""
    tier = tier or limits.default_tier
    if tier not in limits.tiers:
        raise RegistryError(f"{limits.platform}: unknown tier {tier!r} (tiers: {limits.tiers})")
    groups: dict[str, GroupPlan] = {}
    for name, group in limits.groups.items():
        windows = []
        for w in group.windows:
            limit = w.for_tier(tier)
            windows.append(
                WindowPlan(
                    key=f"w:{w.pool}" if w.pool else f"w:{name}",
                    seconds=w.seconds,
                    limit=limit,
                    interval=emission_interval(limit, w.seconds),
                    burst=burst_size(limit, burst_fraction),
                )
            )
        groups[name] = GroupPlan(
            group=name,
            windows=tuple(windows),
            quotas=tuple(group.quotas),
            concurrency=group.concurrency,
            lease_seconds=max(DEFAULT_LEASE_SECONDS, group.timeout_seconds or 0.0),
        )
    quotas = {
        name: QuotaPlan(name, q.for_tier(tier), QuotaRule.from_reset(q.reset, timezone))
        for name, q in limits.quotas.items()
    }
    return ConnectionPlan(
        platform=limits.platform,
        tier=tier,
        timezone=timezone,
        groups=groups,
        quotas=quotas,
        shared_concurrency=limits.shared_concurrency,
    )

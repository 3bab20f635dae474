"""Current use of every limit of every connection, computed from the limiter's records.

Pure over a snapshot and the time, so ``syncwright limits usage`` in any process shows
what the limiters of every process sharing the store have used.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from syncwright.limits.plan import ConnectionPlan, group_key
from syncwright.limits.state import Snapshot
from syncwright.limits.windows import Stamp, window_count


@dataclass(frozen=True, slots=True)
class UsageRow:
    connection: str
    platform: str
    tier: str
    groups: str  # the endpoint groups the limit covers
    kind: str  # window | quota | in_flight | shared_in_flight | pause
    name: str
    used: int
    limit: int | None
    resets_at: str | None = None  # ISO wall time, for quotas and pauses
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def usage_rows(connection: str, snap: Snapshot, mono: float, wall: datetime) -> list[UsageRow]:
    """One row per window, quota, concurrency cap and pause of one connection."""
    if snap.meta is None:
        return []
    plan = ConnectionPlan.from_json(snap.meta["plan"])
    base = {"connection": connection, "platform": plan.platform, "tier": plan.tier}
    rows: list[UsageRow] = []
    live = [s for s in snap.slots if not (s.inflight and s.expires < mono)]
    windows: dict[tuple[str, float], tuple[int, list[str]]] = {}
    for g in plan.groups.values():
        for w in g.windows:
            _, groups = windows.setdefault((w.key, w.seconds), (w.limit, []))
            groups.append(g.group)
    for (key, seconds), (limit, groups) in windows.items():
        stamps = [Stamp(s.ts, s.inflight) for s in live if s.key == key]
        rows.append(
            UsageRow(
                **base,
                groups=",".join(groups),
                kind="window",
                name=f"{key[2:]} per {seconds:g}s",
                used=window_count(stamps, seconds, mono),
                limit=limit,
            )
        )
    for name, q in plan.quotas.items():
        buckets = snap.quotas.get(name, {})
        limit = snap.quota_limits.get(name, q.limit)
        groups = [g.group for g in plan.groups.values() if name in g.quotas]
        rule = (
            f"rolling {q.rule.seconds}s" if q.rule.kind == "rolling" else f"midnight {q.rule.zone}"
        )
        rows.append(
            UsageRow(
                **base,
                groups=",".join(groups),
                kind="quota",
                name=name,
                used=q.rule.used(buckets, wall),
                limit=limit,
                resets_at=q.rule.resets_at(buckets, wall).isoformat(),
                detail=rule + (" (limit from headers)" if name in snap.quota_limits else ""),
            )
        )
    inflight = [s for s in live if s.inflight]
    for g in plan.groups.values():
        n = sum(1 for s in inflight if s.key == group_key(g.group))
        if n or g.concurrency is not None:
            rows.append(
                UsageRow(
                    **base,
                    groups=g.group,
                    kind="in_flight",
                    name=g.group,
                    used=n,
                    limit=g.concurrency,
                )
            )
    if plan.shared_concurrency is not None:
        n = sum(1 for s in inflight if s.key.startswith("g:"))
        rows.append(
            UsageRow(
                **base,
                groups="*",
                kind="shared_in_flight",
                name="all groups",
                used=n,
                limit=plan.shared_concurrency,
            )
        )
    for grp, p in snap.pauses.items():
        if p.until_mono > mono:
            rows.append(
                UsageRow(
                    **base,
                    groups=grp,
                    kind="pause",
                    name=grp,
                    used=0,
                    limit=None,
                    resets_at=datetime.fromtimestamp(p.until_wall, UTC).isoformat(),
                    detail=p.reason,
                )
            )
    return rows


def current_usage(location: str) -> list[UsageRow]:
    """Every limit's current use in a store's limiter state (SQLite file or PostgreSQL),
    as ``syncwright limits usage`` and the console's Limits page show it."""
    import asyncio
    import threading
    import time

    from syncwright.limits.limiter import open_state

    state: Any = open_state(location)
    try:
        clock = getattr(state, "clock", None)
        mono = clock.monotonic() if clock is not None else time.monotonic()
        wall = clock.now() if clock is not None else datetime.now(UTC)
        return [
            row
            for conn in state.connections_sync()
            for row in usage_rows(conn, state.snapshot(conn), mono, wall)
        ]
    finally:
        # close() is a coroutine; run it in its own loop, in a thread if this one has a loop
        closer = threading.Thread(target=lambda: asyncio.run(state.close()))
        closer.start()
        closer.join()

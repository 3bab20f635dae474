"""The limiter's decisions as pure functions of a connection's records and the time.

Every function takes a ``Snapshot`` and returns a result and the ``Changes`` to write,
so the same logic runs on every store and tests need no clock and no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from syncwright.limits.plan import ConnectionPlan, GroupPlan, group_key
from syncwright.limits.state import Changes, Pause, Slot, Snapshot
from syncwright.limits.windows import (
    Stamp,
    gcra_next_tat,
    gcra_wait,
    window_count,
    window_wait,
)


@dataclass(frozen=True, slots=True)
class Admitted:
    token: str


@dataclass(frozen=True, slots=True)
class Blocked:
    """Not now. ``seconds`` is the known wait; None means wait for a response to come back."""

    seconds: float | None
    reason: str
    first_in_turn: bool = False  # others wait behind this request: check again soon


@dataclass(frozen=True, slots=True)
class OutOfQuota:
    """A quota is spent until ``until`` (wall time)."""

    until: datetime
    reason: str


Decision = Admitted | Blocked | OutOfQuota


def prune(plan: ConnectionPlan, snap: Snapshot, mono: float, wall: datetime) -> Changes:
    """Changes that forget what no longer counts: old slots, quota buckets, pauses."""
    ch = Changes()
    horizon = plan.horizon
    for s in snap.slots:
        stale = s.expires < mono if s.inflight else s.ts <= mono - horizon
        if stale:
            ch.drop_tokens.append(s.token)
    ch.drop_tokens = list(dict.fromkeys(ch.drop_tokens))
    for name, buckets in snap.quotas.items():
        q = plan.quotas.get(name)
        if q is not None:
            ch.quota_drop.extend((name, b) for b in q.rule.expired(buckets, wall))
    ch.drop_pauses = [g for g, p in snap.pauses.items() if p.until_mono <= mono]
    return ch


def _stamps(snap: Snapshot, key: str, mono: float) -> list[Stamp]:
    return [
        Stamp(s.ts, s.inflight)
        for s in snap.slots
        if s.key == key and not (s.inflight and s.expires < mono)
    ]


def decide(
    plan: ConnectionPlan,
    group: GroupPlan,
    snap: Snapshot,
    token: str,
    mono: float,
    wall: datetime,
) -> tuple[Decision, Changes]:
    """Admit one request of ``group`` now, or say why not and for how long."""
    ch = prune(plan, snap, mono, wall)

    spent: list[tuple[datetime, str]] = []
    for name in group.quotas:
        q = plan.quotas[name]
        limit = snap.quota_limits.get(name, q.limit)
        buckets = snap.quotas.get(name, {})
        until = q.rule.available_at(buckets, limit, wall)
        if until > wall:
            used = q.rule.used(buckets, wall)
            spent.append(
                (until, f"quota {name!r} spent ({used}/{limit}) until {until.isoformat()}")
            )
    if spent:
        until, reason = max(spent)
        return OutOfQuota(until, reason), ch

    pause = snap.pauses.get(group.group)
    if pause is not None and pause.until_mono > mono:
        return Blocked(pause.until_mono - mono, f"paused: {pause.reason}"), ch

    waits: list[tuple[float, str]] = []
    waiting_for_response: list[str] = []
    for w in group.windows:
        wait = window_wait(_stamps(snap, w.key, mono), w.limit, w.seconds, mono)
        why = f"window {w.key[2:]} {w.limit}/{w.seconds:g}s"
        if wait is None:
            waiting_for_response.append(f"{why} full of requests in flight")
        elif wait > 0:
            waits.append((wait, f"{why} full"))
        pace = gcra_wait(snap.tats.get(w.pacing_key), w.interval, w.burst, mono)
        if pace > 0:
            waits.append((pace, f"pacing {why}"))
    if waits:
        wait, reason = max(waits)
        return Blocked(wait, reason), ch

    gk = group_key(group.group)
    inflight = [s for s in snap.slots if s.inflight and s.expires >= mono]
    if group.concurrency is not None:
        n = sum(1 for s in inflight if s.key == gk)
        if n >= group.concurrency:
            waiting_for_response.append(f"concurrency {n}/{group.concurrency} in {group.group}")
    if plan.shared_concurrency is not None:
        n = sum(1 for s in inflight if s.key.startswith("g:"))
        if n >= plan.shared_concurrency:
            waiting_for_response.append(f"shared concurrency {n}/{plan.shared_concurrency}")
    if waiting_for_response:
        return Blocked(None, "; ".join(waiting_for_response)), ch

    expires = mono + group.lease_seconds
    ch.add_slots.extend(Slot(token, key, mono, True, expires) for key in group.slot_keys)
    for w in group.windows:
        ch.tats[w.pacing_key] = gcra_next_tat(snap.tats.get(w.pacing_key), w.interval, mono)
    for name in group.quotas:
        ch.quota_add.append((name, plan.quotas[name].rule.bucket(wall), 1))
    return Admitted(token), ch


@dataclass(frozen=True, slots=True)
class Ticket:
    """A request's place in its group's queue across processes (see ``decide_in_turn``)."""

    token: str
    arrived: float  # monotonic, when the request first asked


def ticket_key(group: str) -> str:
    return f"t:{group}"


def decide_in_turn(
    plan: ConnectionPlan,
    group: GroupPlan,
    snap: Snapshot,
    token: str,
    ticket: Ticket,
    mono: float,
    wall: datetime,
    max_wait: float,
    ttl: float,
) -> tuple[Decision, Changes]:
    """``decide``, served in arrival order across every process sharing the state.

    A request that must wait leaves a ticket (a slot under ``t:group``, stamped with when it
    first asked) in the same transaction; while any live ticket is older than a request's
    own, the limits' answer "admit" becomes "wait", so a freed slot goes to the oldest
    waiter, not to whichever process polls first. Without contention no ticket is written
    and this is ``decide``. A ticket lives ``ttl`` seconds past its holder's next planned
    check and is refreshed at every check, so a killed waiter's ticket soon lapses (it is
    pruned like a crashed request's in-flight slot). The ticket goes when its request is
    admitted or gives up (a spent quota, or a wait longer than ``max_wait``).
    """
    decision, ch = decide(plan, group, snap, token, mono, wall)
    key = ticket_key(group.group)
    mine: Slot | None = None
    ahead = behind = 0
    for s in snap.slots:
        if s.key != key:
            continue
        if s.token == ticket.token:
            mine = s
        elif s.expires < mono:
            continue
        elif (s.ts, s.token) < (ticket.arrived, ticket.token):
            ahead += 1
        else:
            behind += 1
    if isinstance(decision, Admitted) and ahead:
        decision = Blocked(None, f"in turn behind {ahead} earlier waiting request(s)")
        ch = prune(plan, snap, mono, wall)  # not admitted: none of decide's admission writes
    elif isinstance(decision, Blocked) and decision.seconds is None and behind and not ahead:
        decision = Blocked(None, decision.reason, first_in_turn=True)
    if isinstance(decision, Blocked) and (decision.seconds or 0.0) <= max_wait:
        expires = mono + (decision.seconds or 0.0) + ttl
        ch.drop_tokens = [t for t in ch.drop_tokens if t != ticket.token]
        ch.add_slots.append(Slot(ticket.token, key, ticket.arrived, True, expires))
    elif mine is not None and ticket.token not in ch.drop_tokens:
        ch.drop_tokens.append(ticket.token)  # admitted, or giving up: leave the queue
    return decision, ch


def finish(token: str, mono: float) -> Changes:
    """A response came back (or the call failed): stamp the request's slots with ``mono``."""
    return Changes(finish=[(token, mono)])


def pause(
    group: str, until_mono: float, until_wall: datetime, reason: str, snap: Snapshot
) -> Changes:
    """Stop a group until a time; an earlier pause never shortens a later one."""
    current = snap.pauses.get(group)
    if current is not None and current.until_mono >= until_mono:
        return Changes()
    return Changes(pauses={group: Pause(until_mono, until_wall.timestamp(), reason)})


def observe_window(
    group: GroupPlan,
    snap: Snapshot,
    seconds: float,
    remaining: int,
    mono: float,
    token_prefix: str,
) -> Changes:
    """The platform says ``remaining`` requests are left in its ``seconds`` window.

    When that is fewer than this limiter thinks (another app uses the same account, or the
    registry's figure is too high), fill the gap with finished requests stamped now, so the
    window stays shut as long as the platform's does. A difference of about 2% of the
    limit is normal timing noise and is ignored.
    """
    ch = Changes()
    for w in group.windows:
        if abs(w.seconds - seconds) > 1e-6:
            continue
        ours = w.limit - window_count(_stamps(snap, w.key, mono), w.seconds, mono)
        gap = ours - remaining
        if gap > max(1, int(w.limit * 0.02)):
            ch.add_slots.extend(
                Slot(f"{token_prefix}-{i}", w.key, mono, False, mono) for i in range(gap)
            )
    return ch


def observe_quota(
    plan: ConnectionPlan,
    snap: Snapshot,
    quota: str,
    used: int,
    limit: int | None,
    wall: datetime,
) -> Changes:
    """The platform reports a quota's use (and maybe its real limit): catch up to it."""
    ch = Changes()
    q = plan.quotas.get(quota)
    if q is None:
        return ch
    if limit is not None and limit > 0 and snap.quota_limits.get(quota) != limit:
        ch.quota_limits[quota] = limit
    ours = q.rule.used(snap.quotas.get(quota, {}), wall)
    if used > ours:
        ch.quota_add.append((quota, q.rule.bucket(wall), used - ours))
    return ch


def epoch(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)

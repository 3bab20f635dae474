"""Limiter state: the records, the storage protocol, and the in-memory implementation.

The storage only loads one connection's records and applies a ``Changes`` value inside
one transaction; every decision is a pure function (``decide.py``) of the records. So
SQLite, and later PostgreSQL, differ only in how they load, lock and write.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Slot:
    """One admitted request under one key (``g:group`` or ``w:window-count``)."""

    token: str
    key: str
    ts: float  # monotonic: admission while in flight, response once finished
    inflight: bool
    expires: float  # monotonic: an in-flight slot older than this is a crashed caller's


@dataclass(frozen=True, slots=True)
class Pause:
    """A group told to stop until a time (Retry-After)."""

    until_mono: float
    until_wall: float  # epoch seconds, for display in another process
    reason: str


@dataclass
class Snapshot:
    """All limiter records of one connection."""

    slots: list[Slot] = field(default_factory=list)
    tats: dict[str, float] = field(default_factory=dict)
    quotas: dict[str, dict[int, int]] = field(default_factory=dict)
    quota_limits: dict[str, int] = field(default_factory=dict)
    pauses: dict[str, Pause] = field(default_factory=dict)
    meta: dict[str, Any] | None = None


@dataclass
class Changes:
    """What one decision writes; applied atomically with the read it was based on."""

    add_slots: list[Slot] = field(default_factory=list)
    finish: list[tuple[str, float]] = field(default_factory=list)  # (token, response time)
    drop_tokens: list[str] = field(default_factory=list)  # expired or long-finished slots
    tats: dict[str, float] = field(default_factory=dict)
    quota_add: list[tuple[str, int, int]] = field(default_factory=list)  # (quota, bucket, n)
    quota_drop: list[tuple[str, int]] = field(default_factory=list)
    quota_limits: dict[str, int] = field(default_factory=dict)
    pauses: dict[str, Pause] = field(default_factory=dict)
    drop_pauses: list[str] = field(default_factory=list)
    meta: dict[str, Any] | None = None


class LimiterState(Protocol):
    """Where limiter records live. ``transact`` must be atomic across every sharer."""

    async def transact(self, connection_id: str, fn: Callable[[Snapshot], tuple[T, Changes]]) -> T:
        """Load the connection's records, call ``fn``, apply its changes, all atomically."""
        ...

    async def connections(self) -> list[str]: ...

    async def close(self) -> None: ...


def apply_changes(snap: Snapshot, ch: Changes) -> None:
    """Apply ``ch`` to an in-memory snapshot (the reference semantics for every store)."""
    dropped = set(ch.drop_tokens)
    finished = dict(ch.finish)
    added = {(s.token, s.key) for s in ch.add_slots}  # an added slot replaces its like
    slots = [s for s in snap.slots if s.token not in dropped and (s.token, s.key) not in added]
    snap.slots = [
        Slot(s.token, s.key, finished[s.token], False, s.expires) if s.token in finished else s
        for s in slots
    ] + list(ch.add_slots)
    snap.tats.update(ch.tats)
    for q, b in ch.quota_drop:
        snap.quotas.get(q, {}).pop(b, None)
    for q, b, n in ch.quota_add:
        buckets = snap.quotas.setdefault(q, {})
        buckets[b] = buckets.get(b, 0) + n
    snap.quota_limits.update(ch.quota_limits)
    for g in ch.drop_pauses:
        snap.pauses.pop(g, None)
    snap.pauses.update(ch.pauses)
    if ch.meta is not None:
        snap.meta = ch.meta


class MemoryState:
    """State for one process: a dict of snapshots behind a lock."""

    def __init__(self) -> None:
        self._data: dict[str, Snapshot] = {}
        self._lock = threading.Lock()

    async def transact(self, connection_id: str, fn: Callable[[Snapshot], tuple[T, Changes]]) -> T:
        with self._lock:
            snap = self._data.setdefault(connection_id, Snapshot())
            result, changes = fn(snap)  # fn is pure: it reads, and returns changes
            apply_changes(snap, changes)
            return result

    async def connections(self) -> list[str]:
        return sorted(self._data)

    async def close(self) -> None:
        return None

"""What a simulator saw: every write per record key, and request counts.

``writes_per_key`` is what lets a test prove exactly-once delivery: after a crash and a
resume, every record key must have been written once (or idempotently, the same value).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock


@dataclass
class WriteLog:
    """Every write a simulator accepted, in order, with counts per ``object:key``."""

    clock: Clock
    entries: list[dict[str, Any]] = field(default_factory=list)
    per_key: Counter[str] = field(default_factory=Counter)
    keep_data: bool = True

    def record(self, obj: str, key: str, op: str, data: dict[str, Any] | None = None) -> None:
        entry: dict[str, Any] = {
            "seq": len(self.entries) + 1,
            "at": self.clock(),
            "object": obj,
            "key": key,
            "op": op,
        }
        if self.keep_data and data is not None:
            entry["data"] = data
        self.entries.append(entry)
        self.per_key[f"{obj}:{key}"] += 1

    def view(self, obj: str | None = None, limit: int | None = None) -> dict[str, Any]:
        entries = [e for e in self.entries if obj is None or e["object"] == obj]
        per_key = {k: v for k, v in self.per_key.items() if obj is None or k.startswith(obj + ":")}
        return {
            "total": len(entries),
            "writes": entries[-limit:] if limit else entries,
            "writes_per_key": per_key,
            "keys_written_more_than_once": sorted(k for k, v in per_key.items() if v > 1),
        }

    def clear(self) -> None:
        self.entries.clear()
        self.per_key.clear()


@dataclass
class RequestStats:
    """Request counts by route and status, 429s served, auth failures, faults fired."""

    total: int = 0
    by_route: Counter[str] = field(default_factory=Counter)
    by_status: Counter[int] = field(default_factory=Counter)
    rate_limited: int = 0
    auth_failures: int = 0
    faults: Counter[str] = field(default_factory=Counter)

    def request(self, method: str, path: str) -> None:
        self.total += 1
        self.by_route[f"{method} {path}"] += 1

    def view(self) -> dict[str, Any]:
        return {
            "requests": self.total,
            "by_route": dict(self.by_route),
            "by_status": {str(k): v for k, v in sorted(self.by_status.items())},
            "rate_limited": self.rate_limited,
            "auth_failures": self.auth_failures,
            "faults": dict(self.faults),
        }

    def clear(self) -> None:
        self.total = self.rate_limited = self.auth_failures = 0
        self.by_route.clear()
        self.by_status.clear()
        self.faults.clear()

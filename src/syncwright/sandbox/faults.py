"""Fault injection: latency, timeouts, 5xx, 429 storms, drops, partial batches, bad JSON.

Rules match requests by ``METHOD /path`` glob and fire with a probability, for the next N
matching requests, inside a time window. Every decision draws from one ``random.Random``
seeded per simulator, in request order, so the same seed and the same request sequence give
the same faults: a failing run can be replayed exactly.
"""

from __future__ import annotations

import fnmatch
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from syncwright.config_files import load_yaml_file, read_text

from .clock import Clock

FaultKind = Literal["latency", "timeout", "error", "rate_limit", "drop", "partial", "malformed"]


class FaultRule(BaseModel):
    """One fault. ``match`` is ``"METHOD /path-glob"`` or just ``"/path-glob"`` (any method)."""

    model_config = ConfigDict(extra="forbid")

    match: str = "*"
    kind: FaultKind
    probability: float = Field(default=1.0, ge=0, le=1)
    count: int | None = Field(default=None, ge=0, description="fire at most this many times")
    start_after: float = Field(default=0.0, ge=0, description="window start, s after set")
    duration: float | None = Field(default=None, gt=0, description="window length in seconds")
    latency_ms: float = Field(default=0.0, ge=0)
    hold_seconds: float = Field(default=300.0, gt=0, description="timeout: how long to hang")
    status: int = Field(default=503, ge=500, le=599)
    retry_after: float | None = Field(default=None, ge=0)
    fraction: float = Field(default=0.5, ge=0, le=1, description="partial: share rejected")

    def matches(self, method: str, path: str) -> bool:
        pattern = self.match.strip()
        if pattern == "*":
            return True
        if " " not in pattern:
            return fnmatch.fnmatchcase(path, pattern)
        return fnmatch.fnmatchcase(f"{method.upper()} {path}", pattern)


class FaultsFile(BaseModel):
    """A faults file: a seed and rules per platform (``"*"`` applies to every platform)."""

    model_config = ConfigDict(extra="forbid")

    seed: int | None = None
    faults: dict[str, list[FaultRule]] = {}

    def for_platform(self, platform: str) -> list[FaultRule]:
        return [*self.faults.get("*", []), *self.faults.get(platform, [])]


def load_faults_file(path: Path) -> FaultsFile:
    """Read a JSON or YAML faults file; errors name the file and the key."""
    text = read_text(path, "faults file")  # errors are ConfigFileError, a ValueError
    try:
        data: Any = json.loads(text) if path.suffix == ".json" else load_yaml_file(path)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: cannot parse faults file: {exc}") from None
    if isinstance(data, list):
        data = {"faults": {"*": data}}
    try:
        return FaultsFile.model_validate(data or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise ValueError(f"{path}: key {key!r}: {first['msg']}") from None


@dataclass
class PartialFailure:
    """Which records of a batch to reject; drawn from the fault stream, so deterministic."""

    fraction: float
    rng: random.Random

    def pick(self, n: int) -> set[int]:
        k = round(n * self.fraction)
        return set(self.rng.sample(range(n), k)) if k else set()


@dataclass
class FaultPlan:
    """What to do to one request: extra latency plus at most one other fault."""

    latency_s: float = 0.0
    rule: FaultRule | None = None
    partial: PartialFailure | None = None


@dataclass
class _Armed:
    rule: FaultRule
    set_at: float
    fired: int = 0


@dataclass
class FaultEngine:
    """Holds the active rules and the seeded random stream; logs every fault it fires."""

    clock: Clock
    seed: int = 0
    rules: list[_Armed] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    _seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def set_rules(self, rules: list[FaultRule], seed: int | None = None) -> None:
        """Replace the rules; a seed restarts the random stream (and the log)."""
        now = self.clock()
        self.rules = [_Armed(r, now) for r in rules]
        if seed is not None:
            self.reseed(seed)

    def add_rules(self, rules: list[FaultRule]) -> None:
        now = self.clock()
        self.rules.extend(_Armed(r, now) for r in rules)

    def reseed(self, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.log.clear()
        self._seq = 0

    def clear(self) -> None:
        self.rules.clear()

    def describe(self) -> list[dict[str, Any]]:
        return [{**a.rule.model_dump(), "fired": a.fired} for a in self.rules]

    def decide(self, method: str, path: str) -> FaultPlan:
        """Draw the faults for one API request (admin requests never get here)."""
        self._seq += 1
        plan = FaultPlan()
        now = self.clock()
        for armed in self.rules:
            rule = armed.rule
            if not rule.matches(method, path) or not self._active(armed, now):
                continue
            if self.rng.random() >= rule.probability:
                continue
            if rule.kind == "latency":
                armed.fired += 1
                plan.latency_s += rule.latency_ms / 1000.0
                self._log(method, path, rule)
            elif plan.rule is None:
                armed.fired += 1
                plan.rule = rule
                if rule.kind == "partial":
                    plan.partial = PartialFailure(rule.fraction, random.Random(self.rng.random()))
                self._log(method, path, rule)
        return plan

    def _active(self, armed: _Armed, now: float) -> bool:
        rule = armed.rule
        if rule.count is not None and armed.fired >= rule.count:
            return False
        start = armed.set_at + rule.start_after
        if now < start:
            return False
        return rule.duration is None or now < start + rule.duration

    def _log(self, method: str, path: str, rule: FaultRule) -> None:
        self.log.append({"seq": self._seq, "method": method, "path": path, "kind": rule.kind})

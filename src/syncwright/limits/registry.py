"""The rate-limit registry: per-platform JSON files describing every documented limit.

Limits are data, not code: each platform ships one JSON file in ``limits/data``.
A connection may point at its own file to override the shipped one. The simulators
in ``syncwright.sandbox`` read the same figures, so tests run against the limits the
product believes in.
"""

from __future__ import annotations

import fnmatch
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

PLATFORMS = ("hubspot", "salesforce", "mailchimp", "segment", "ga4")


class RegistryError(ValueError):
    """A registry file is missing or invalid; the message names file, platform and key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QuotaReset(_Strict):
    """When a quota's count starts again: a rolling window, or midnight in a time zone."""

    kind: Literal["rolling", "midnight"]
    seconds: int | None = Field(default=None, gt=0)
    timezone: str | None = None  # "account" means the connection's configured zone


class Quota(_Strict):
    """A long-period allowance such as HubSpot's daily calls, shared by several groups."""

    description: str = ""
    reset: QuotaReset
    limit: dict[str, int]

    def for_tier(self, tier: str) -> int:
        return _tier_value(self.limit, tier)


class Window(_Strict):
    """At most ``limit[tier]`` requests in any ``seconds``-long window."""

    seconds: float = Field(gt=0)
    limit: dict[str, int]

    def for_tier(self, tier: str) -> int:
        return _tier_value(self.limit, tier)


class EndpointGroup(_Strict):
    """Endpoints that share one set of limits (matched as ``METHOD /path`` globs)."""

    description: str = ""
    match: list[str]
    windows: list[Window] = []
    quotas: list[str] = []
    concurrency: int | None = Field(default=None, gt=0)
    batch_max_records: int | None = Field(default=None, gt=0)
    page_max_records: int | None = Field(default=None, gt=0)
    payload_max_bytes: int | None = Field(default=None, gt=0)
    record_max_bytes: int | None = Field(default=None, gt=0)
    timeout_seconds: float | None = Field(default=None, gt=0)

    def matches(self, method: str, path: str) -> bool:
        target = f"{method.upper()} {path}"
        return any(p == "*" or fnmatch.fnmatchcase(target, p) for p in self.match)


class PlatformLimits(_Strict):
    """Everything the registry knows about one platform."""

    platform: str
    docs: list[str] = []
    default_tier: str
    tiers: list[str]
    quotas: dict[str, Quota] = {}
    groups: dict[str, EndpointGroup]
    shared_concurrency: int | None = Field(default=None, gt=0)

    def group(self, name: str) -> EndpointGroup:
        try:
            return self.groups[name]
        except KeyError:
            raise RegistryError(
                f"{self.platform}: no endpoint group {name!r} (known: {sorted(self.groups)})"
            ) from None

    def group_for(self, method: str, path: str) -> tuple[str, EndpointGroup]:
        """The first group (in file order) whose patterns match the request."""
        for name, group in self.groups.items():
            if group.matches(method, path):
                return name, group
        raise RegistryError(f"{self.platform}: no endpoint group matches {method} {path}")


def _tier_value(values: dict[str, int], tier: str) -> int:
    if tier in values:
        return values[tier]
    if "*" in values:
        return values["*"]
    raise RegistryError(f"no value for tier {tier!r} (known: {sorted(values)})")


def parse_registry(raw: str, source: str) -> PlatformLimits:
    """Parse one registry file's text; errors name the file, platform and key."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RegistryError(f"{source}: not valid JSON: {exc}") from None
    platform = data.get("platform", "?") if isinstance(data, dict) else "?"
    try:
        limits = PlatformLimits.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise RegistryError(
            f"{source}: platform {platform!r}: key {key!r}: {first['msg']}"
        ) from None
    for gname, group in limits.groups.items():
        for q in group.quotas:
            if q not in limits.quotas:
                raise RegistryError(
                    f"{source}: platform {platform!r}: key 'groups.{gname}.quotas': "
                    f"unknown quota {q!r} (known: {sorted(limits.quotas)})"
                )
    return limits


def load_registry_file(path: Path) -> PlatformLimits:
    """Load an override file given by a connection."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read registry file: {exc.strerror}") from None
    return parse_registry(raw, str(path))


@lru_cache(maxsize=None)
def load_registry(platform: str) -> PlatformLimits:
    """The shipped registry for ``platform`` (one of ``PLATFORMS``)."""
    if platform not in PLATFORMS:
        raise RegistryError(f"no rate-limit registry for platform {platform!r} (known: {PLATFORMS})")
    ref = resources.files("syncwright.limits").joinpath("data", f"{platform}.json")
    return parse_registry(ref.read_text(encoding="utf-8"), f"syncwright/limits/data/{platform}.json")

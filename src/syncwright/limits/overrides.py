"""Per-connection limits: a tier, an optional registry file, and figures to raise or lower.

A connection's configuration carries a ``limits`` block (``ConnectionLimits``). It is
applied over the shipped registry (or the file it names) and the result is validated
like a registry file, so an override can never produce limits the loader would reject.
Example (Segment, allowed 200 requests/s by agreement)::

    {"tier": "default", "groups": {"default": {"windows": [{"seconds": 1, "limit": {"*": 200}}]}}}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from syncwright.limits.registry import (
    PlatformLimits,
    RegistryError,
    Window,
    load_registry,
    load_registry_file,
    validate_registry,
)


class GroupOverride(BaseModel):
    """Replaces the named fields of one endpoint group; omitted fields keep the registry's."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    windows: list[Window] | None = None
    concurrency: int | None = Field(default=None, gt=0)
    batch_max_records: int | None = Field(default=None, gt=0)
    page_max_records: int | None = Field(default=None, gt=0)
    payload_max_bytes: int | None = Field(default=None, gt=0)
    record_max_bytes: int | None = Field(default=None, gt=0)
    timeout_seconds: float | None = Field(default=None, gt=0)


class ConnectionLimits(BaseModel):
    """The ``limits`` block of a connection."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tier: str | None = None
    timezone: str = Field(default="UTC", description="The account's zone, for midnight quotas.")
    registry_file: Path | None = None
    groups: dict[str, GroupOverride] = {}
    quotas: dict[str, dict[str, int]] = Field(
        default={}, description="Quota limits per tier, e.g. Salesforce's real allocation."
    )
    shared_concurrency: int | None = Field(default=None, gt=0)


@dataclass(frozen=True, slots=True)
class ResolvedLimits:
    """What ``Limiter.acquire`` needs for one connection."""

    limits: PlatformLimits
    tier: str
    timezone: str


def parse_connection_limits(data: Any, connection_id: str) -> ConnectionLimits:
    """Validate a connection's ``limits`` block; errors name the connection and key."""
    try:
        return ConnectionLimits.model_validate(data)
    except ValidationError as exc:
        lines = [
            f"connection {connection_id!r}: key 'limits.{'.'.join(map(str, e['loc']))}': {e['msg']}"
            for e in exc.errors()
        ]
        raise RegistryError("\n".join(lines)) from None


def resolve_limits(
    platform: str, override: ConnectionLimits | None = None, connection_id: str = "?"
) -> ResolvedLimits:
    """The registry for ``platform`` with the connection's overrides applied and checked."""
    override = override or ConnectionLimits()
    base = (
        load_registry_file(override.registry_file)
        if override.registry_file is not None
        else load_registry(platform)
    )
    source = f"connection {connection_id!r} limits over {base.platform} registry"
    data = base.model_dump(mode="json")
    for name, group in override.groups.items():
        if name not in data["groups"]:
            raise RegistryError(
                f"{source}: key 'limits.groups.{name}': unknown endpoint group"
                f" (known: {sorted(data['groups'])})"
            )
        data["groups"][name].update(group.model_dump(mode="json", exclude_none=True))
    for name, limit in override.quotas.items():
        if name not in data["quotas"]:
            raise RegistryError(
                f"{source}: key 'limits.quotas.{name}': unknown quota (known: {sorted(data['quotas'])})"
            )
        data["quotas"][name]["limit"] = {**data["quotas"][name]["limit"], **limit}
    if override.shared_concurrency is not None:
        data["shared_concurrency"] = override.shared_concurrency
    limits = validate_registry(data, source) if override != ConnectionLimits() else base
    tier = override.tier or limits.default_tier
    if tier not in limits.tiers:
        raise RegistryError(
            f"{source}: key 'limits.tier': unknown tier {tier!r} (tiers: {limits.tiers})"
        )
    try:
        ZoneInfo(override.timezone)
    except (KeyError, ValueError):
        raise RegistryError(
            f"{source}: key 'limits.timezone': unknown time zone {override.timezone!r}"
        ) from None
    return ResolvedLimits(limits, tier, override.timezone)

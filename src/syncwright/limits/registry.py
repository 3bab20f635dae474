"""The rate-limit registry: per-platform JSON files describing every documented limit.

Limits are data, not code: each platform ships one JSON file in ``limits/data``.
A connection may point at its own file to override the shipped one. The simulators
in ``syncwright.sandbox`` read the same figures, so tests run against the limits the
product believes in. ``registry.schema.json`` is generated from these models
(``registry_json_schema``) so editors and reviewers see the same rules the loader applies.
"""

from __future__ import annotations

import fnmatch
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError

PLATFORMS = ("hubspot", "salesforce", "mailchimp", "segment", "ga4")
ACCOUNT_TIMEZONE = "account"  # a midnight quota in the connection's own time zone


class RegistryError(ValueError):
    """A registry file is missing or invalid; the message names file, platform and key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class QuotaReset(_Strict):
    """When a quota's count starts again: a rolling window, or midnight in a time zone."""

    kind: Literal["rolling", "midnight"]
    seconds: int | None = Field(
        default=None, gt=0, description="Length of a rolling quota's window (kind=rolling)."
    )
    timezone: str | None = Field(
        default=None,
        description='IANA zone of a midnight reset, or "account" for the connection\'s zone.',
    )


class Quota(_Strict):
    """A long-period allowance such as HubSpot's daily calls, shared by several groups."""

    description: str = ""
    reset: QuotaReset
    limit: dict[str, int] = Field(description='Allowance per tier; "*" is the fallback.')

    def for_tier(self, tier: str) -> int:
        return _tier_value(self.limit, tier)


class Window(_Strict):
    """At most ``limit[tier]`` requests in any ``seconds``-long window.

    Windows with the same ``pool`` share one count across endpoint groups (HubSpot's
    ten-second limit covers every endpoint); without a pool a window counts only its group.
    """

    seconds: float = Field(gt=0)
    limit: dict[str, int] = Field(description='Requests per window per tier; "*" is the fallback.')
    pool: str | None = Field(
        default=None, description="Name shared by windows of several groups that count together."
    )

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


def semantic_errors(limits: PlatformLimits) -> list[tuple[str, str]]:
    """(key, problem) pairs a JSON Schema cannot express: references and tier coverage."""
    errors: list[tuple[str, str]] = []
    tiers = set(limits.tiers)
    if limits.default_tier not in tiers:
        errors.append(
            ("default_tier", f"unknown tier {limits.default_tier!r} (tiers: {limits.tiers})")
        )

    def check_tiers(key: str, values: dict[str, int]) -> None:
        for t, v in values.items():
            if t != "*" and t not in tiers:
                errors.append((f"{key}.{t}", f"unknown tier {t!r} (tiers: {limits.tiers})"))
            if v <= 0:
                errors.append((f"{key}.{t}", f"limit must be a positive integer, got {v}"))
        if "*" not in values:
            missing = sorted(tiers - set(values))
            if missing:
                errors.append((key, f"no value for tiers {missing} and no '*' fallback"))

    for qname, quota in limits.quotas.items():
        check_tiers(f"quotas.{qname}.limit", quota.limit)
        reset = quota.reset
        if reset.kind == "rolling" and reset.seconds is None:
            errors.append((f"quotas.{qname}.reset.seconds", "a rolling reset needs seconds"))
        if reset.kind == "midnight":
            if reset.timezone is None:
                errors.append(
                    (f"quotas.{qname}.reset.timezone", "a midnight reset needs a timezone")
                )
            elif reset.timezone != ACCOUNT_TIMEZONE:
                try:
                    ZoneInfo(reset.timezone)
                except (ZoneInfoNotFoundError, ValueError):
                    errors.append(
                        (f"quotas.{qname}.reset.timezone", f"unknown time zone {reset.timezone!r}")
                    )
    for gname, group in limits.groups.items():
        for i, window in enumerate(group.windows):
            check_tiers(f"groups.{gname}.windows.{i}.limit", window.limit)
        for q in group.quotas:
            if q not in limits.quotas:
                errors.append(
                    (
                        f"groups.{gname}.quotas",
                        f"unknown quota {q!r} (known: {sorted(limits.quotas)})",
                    )
                )
    return errors


def parse_registry(raw: str, source: str) -> PlatformLimits:
    """Parse one registry file's text; errors name the file, platform and key."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise RegistryError(f"{source}: not valid JSON: {exc}") from None
    return validate_registry(data, source)


def validate_registry(data: Any, source: str) -> PlatformLimits:
    """Validate already-decoded registry data; every problem is listed, one per line."""
    platform = data.get("platform", "?") if isinstance(data, dict) else "?"
    try:
        limits = PlatformLimits.model_validate(data)
    except ValidationError as exc:
        lines = [
            f"{source}: platform {platform!r}: key {_loc(err['loc'])!r}: {err['msg']}"
            for err in exc.errors()
        ]
        raise RegistryError("\n".join(lines)) from None
    problems = semantic_errors(limits)
    if problems:
        raise RegistryError(
            "\n".join(f"{source}: platform {platform!r}: key {k!r}: {m}" for k, m in problems)
        )
    return limits


def _loc(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(p) for p in loc) or "(top level)"


def load_registry_file(path: Path) -> PlatformLimits:
    """Load an override file given by a connection."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read registry file: {exc.strerror}") from None
    return parse_registry(raw, str(path))


@cache
def load_registry(platform: str) -> PlatformLimits:
    """The shipped registry for ``platform`` (one of ``PLATFORMS``)."""
    if platform not in PLATFORMS:
        raise RegistryError(
            f"no rate-limit registry for platform {platform!r} (known: {PLATFORMS})"
        )
    ref = resources.files("syncwright.limits").joinpath("data", f"{platform}.json")
    return parse_registry(
        ref.read_text(encoding="utf-8"), f"syncwright/limits/data/{platform}.json"
    )


SCHEMA_FILE = "registry.schema.json"


def registry_json_schema() -> dict[str, Any]:
    """The JSON Schema of a registry file, generated from the models above."""
    schema = PlatformLimits.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://syncwright.dev/schemas/limits-registry.json",
        **schema,
    }


def render_json_schema() -> str:
    """The exact text of the shipped ``registry.schema.json``."""
    return json.dumps(registry_json_schema(), indent=2, sort_keys=True) + "\n"


def shipped_json_schema() -> str:
    """The schema file as shipped in the package (a test keeps it equal to the models)."""
    return resources.files("syncwright.limits").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


if __name__ == "__main__":  # regenerate: python -m syncwright.limits.registry
    Path(__file__).with_name(SCHEMA_FILE).write_text(render_json_schema(), encoding="utf-8")

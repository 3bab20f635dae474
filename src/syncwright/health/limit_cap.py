"""The upload rate a destination's rate limit allows, from the limits registry.

Why the ETA needs it: the observed rate is measured after the fact, and a limiter lets a
burst through before it starts pacing, so early in an upload the observed rate is above
what the limit will allow for the rest of it; a learned rate from past runs may come from
a higher tier or a quieter account. The registry (with the connection's overrides) knows
the ceiling: the upload group's tightest window in requests per second, times the records
one upload call carries (the job's batch size: batches are sized so one batch is one call).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from syncwright.adapters.base import ConfigError
from syncwright.adapters.registry import ADAPTERS, validate_connection
from syncwright.limits import resolve_limits
from syncwright.limits.registry import RegistryError


@dataclass(frozen=True, slots=True)
class UploadCap:
    """The most records per second the destination's limit lets the upload reach."""

    records_per_second: float
    requests_per_second: float
    records_per_request: int
    window: str  # the binding window, e.g. "190 per 10 s (hubspot batch, professional)"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def upload_cap(definition: dict[str, Any], batch_size: int) -> UploadCap | None:
    """The cap for a job's destination, or None when it has no rate limit (files)."""
    dest = str((definition.get("destination") or {}).get("connection"))
    raw = (definition.get("connections") or {}).get(dest) or {}
    adapter = ADAPTERS.get(str(raw.get("platform")))
    group_name = getattr(adapter, "upload_group", None)
    if group_name is None or batch_size <= 0:
        return None
    try:
        config = validate_connection(raw, f"connections.{dest}")
        resolved = resolve_limits(str(raw["platform"]), getattr(config, "limits", None), dest)
        group = resolved.limits.group(group_name)
    except (ConfigError, RegistryError):
        return None  # the runner itself reports a bad connection; the ETA just has no cap
    windows = [(w.for_tier(resolved.tier), w.seconds) for w in group.windows]
    if not windows:
        return None
    limit, seconds = min(windows, key=lambda w: w[0] / w[1])
    per_second = limit / seconds
    return UploadCap(
        records_per_second=per_second * batch_size,
        requests_per_second=per_second,
        records_per_request=batch_size,
        window=f"{limit} per {seconds:g} s ({resolved.limits.platform} {group_name}, "
        f"{resolved.tier})",
    )


def capped(rate: float | None, cap: dict[str, Any] | None) -> float | None:
    """The rate to plan with: the observed or learned one, never above the cap."""
    if cap is None:
        return rate
    ceiling = float(cap["records_per_second"])
    return ceiling if rate is None or rate <= 0 else min(rate, ceiling)

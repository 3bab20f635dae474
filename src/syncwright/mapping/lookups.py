"""Resolving a mapping's lookups against the destination, batched and cached per job.

Before a batch is mapped, the engine asks the mapping which lookup keys it needs that the
job's cache does not hold (``CompiledMapping.pending_lookups``), then this module asks the
destination once per lookup for all of them (the adapter's ``find_by``: read-only, under
the rate limiter), creates the missing ones when the lookup says so (``create_records``),
and caches every answer, misses included, for the rest of the job.
"""

from __future__ import annotations

from typing import Any

from syncwright.adapters.base import ConfigError
from syncwright.mapping.compile import MISS, LookupPlan

FIND_CHUNK = 100


def supports_lookups(adapter: Any) -> bool:
    return callable(getattr(adapter, "find_by", None))


async def resolve_lookups(
    adapter: Any, plans: list[LookupPlan], pending: dict[int, set[str]]
) -> dict[str, int]:
    """Fill the plans' caches for the ``pending`` keys; returns counts (found, missing,
    created) for the record of what was asked."""
    if not supports_lookups(adapter):
        raise ConfigError(
            f"lookups: the {adapter.platform} destination cannot look records up "
            "(no find_by); remove the lookup rule or use another destination"
        )
    counts = {"asked": 0, "found": 0, "missing": 0, "created": 0}
    for plan in plans:
        keys = sorted(pending.get(plan.index, ()))
        if not keys:
            continue
        found: dict[str, Any] = {}
        for i in range(0, len(keys), FIND_CHUNK):
            chunk = keys[i : i + FIND_CHUNK]
            found.update(await adapter.find_by(plan.object, plan.by, chunk, plan.returns))
        counts["asked"] += len(keys)
        missing = [k for k in keys if k not in found]
        counts["found"] += len(keys) - len(missing)
        if missing and plan.create_if_missing:
            created = await adapter.create_records(
                plan.object, [{plan.by: k} for k in missing], plan.returns
            )
            found.update(created)
            counts["created"] += len(created)
            missing = [k for k in missing if k not in created]
        counts["missing"] += len(missing)
        plan.cache.update(found)
        plan.cache.update(dict.fromkeys(missing, MISS))
    return counts

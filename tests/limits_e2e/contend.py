"""One contending process for the limiter fairness test (run as ``python -m``).

It opens the shared limiter state (a SQLite file or a PostgreSQL URL), waits for the
common start instant, then for ``--seconds`` keeps ``--tasks`` tasks asking for permits
of a one-at-a-time connection, each held ``--hold`` seconds (a request in flight). It
prints JSON: how many permits it got and the longest any one of its requests waited.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

from syncwright.limits.limiter import Limiter, LimiterSettings, open_state
from syncwright.limits.registry import PlatformLimits, validate_registry


def one_at_a_time() -> PlatformLimits:
    """A platform that allows one request in flight at a time."""
    return validate_registry(
        {
            "platform": "contend",
            "default_tier": "default",
            "tiers": ["default"],
            "groups": {"default": {"match": ["*"], "concurrency": 1}},
        },
        "contend",
    )


async def contend(
    store: str, start_at: float, seconds: float, tasks: int, hold: float
) -> dict[str, float]:
    limiter = Limiter(open_state(store), settings=LimiterSettings(max_wait=600.0))
    limits = one_at_a_time()
    grants = 0
    max_wait = 0.0
    await asyncio.sleep(max(0.0, start_at - time.time()))
    stop = time.monotonic() + seconds

    async def task() -> None:
        nonlocal grants, max_wait
        while time.monotonic() < stop:
            asked = time.monotonic()
            async with limiter.acquire("shared", limits, None, "GET", "/x"):
                max_wait = max(max_wait, time.monotonic() - asked)
                grants += 1
                await asyncio.sleep(hold)

    try:
        await asyncio.gather(*(task() for _ in range(tasks)))
    finally:
        await limiter.close()
    return {"grants": grants, "max_wait": round(max_wait, 3)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", required=True)
    ap.add_argument("--start-at", type=float, required=True)
    ap.add_argument("--seconds", type=float, default=4.0)
    ap.add_argument("--tasks", type=int, default=2)
    ap.add_argument("--hold", type=float, default=0.01)
    a = ap.parse_args()
    print(json.dumps(asyncio.run(contend(a.store, a.start_at, a.seconds, a.tasks, a.hold))))


if __name__ == "__main__":
    main()

"""Real HTTP on 127.0.0.1: a server that answers 429 beyond R per window, and our limiter."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from syncwright.limits.limiter import Limiter, LimiterSettings, open_state
from syncwright.limits.loopback import (
    WindowServerState,
    drive_limited,
    loopback_limits,
    serve,
    window_app,
)

R = 20  # requests per second the server allows


@pytest.fixture
def server() -> Iterator[tuple[str, WindowServerState]]:
    app, state = window_app(R, 1.0)
    with serve(app) as url:
        yield url, state


def max_in_any_window(arrivals: list[float], seconds: float) -> int:
    arrivals = sorted(arrivals)
    return max(
        (sum(1 for u in arrivals[i:] if u < t + seconds) for i, t in enumerate(arrivals)), default=0
    )


async def test_concurrent_jobs_sharing_one_limiter_get_no_429(
    server: tuple[str, WindowServerState],
) -> None:
    url, state = server
    limiter = Limiter(settings=LimiterSettings(max_wait=10))
    result = await drive_limited(limiter, url, loopback_limits(R), tasks=8, requests=3 * R)
    assert result.rejected == 0
    assert state.stats()["rejected"] == 0
    assert result.ok >= 3 * R
    arrivals = [t for t, _ in state.log]
    assert max_in_any_window(arrivals, 1.0) <= R


async def test_server_does_reject_without_a_limiter(server: tuple[str, WindowServerState]) -> None:
    """The check above can fail: the same load without the limiter draws 429s."""
    url, _state = server
    async with httpx2.AsyncClient() as client:
        responses = await asyncio.gather(*(client.get(f"{url}/work") for _ in range(2 * R)))
    assert [r.status_code for r in responses].count(429) >= R // 2


def test_two_processes_sharing_sqlite_stay_under_the_limit(
    server: tuple[str, WindowServerState], tmp_path: Path
) -> None:
    url, state = server
    store = tmp_path / "store.db"
    open_state(store)  # create the tables before the race
    cmd = [
        sys.executable,
        "-m",
        "syncwright.limits.loopback",
        "--url",
        url,
        "--store",
        str(store),
        "--limit",
        str(R),
        "--tasks",
        "4",
        "--requests",
        str(2 * R),
    ]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    results = [json.loads(p.communicate(timeout=60)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(r["ok"] for r in results) >= 4 * R
    assert sum(r["rejected"] for r in results) == 0
    assert state.stats()["rejected"] == 0
    assert max_in_any_window([t for t, _ in state.log], 1.0) <= R


async def test_retry_after_is_obeyed_within_100ms(server: tuple[str, WindowServerState]) -> None:
    url, _ = server
    limits = loopback_limits(R)
    limiter = Limiter(settings=LimiterSettings(max_wait=10))
    retry_after = 0.5
    async with httpx2.AsyncClient() as client:
        await client.post(f"{url}/_force429", params={"retry_after": retry_after})
        async with limiter.acquire("lb", limits, None, "GET", "/work") as permit:
            response = await client.get(f"{url}/work")
            got_429_at = limiter.clock.monotonic()
            await permit.observe(response.status_code, response.headers)
        assert response.status_code == 429
        assert response.headers["retry-after"] == "0.5"
        async with limiter.acquire("lb", limits, None, "GET", "/work") as permit:
            gap = permit.admitted_at - got_429_at
            response = await client.get(f"{url}/work")
        assert response.status_code == 200
    assert retry_after <= gap <= retry_after + 0.1

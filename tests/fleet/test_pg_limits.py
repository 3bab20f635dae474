"""The limiter's state on PostgreSQL: shared by processes (as by machines), one clock."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from syncwright.limits.limiter import Limiter, LimiterSettings, WaitTooLong, open_state
from syncwright.limits.loopback import WindowServerState, loopback_limits, serve, window_app
from syncwright.limits.pg_state import DbClock, PgState
from tests.limits.test_loopback_http import max_in_any_window

pytestmark = pytest.mark.postgres

R = 20


@pytest.fixture
def server() -> Iterator[tuple[str, WindowServerState]]:
    app, state = window_app(R, 1.0)
    with serve(app) as url:
        yield url, state


def test_two_worker_processes_sharing_postgres_get_no_429(
    server: tuple[str, WindowServerState], pg_url: str
) -> None:
    url, state = server
    cmd = [
        sys.executable, "-m", "syncwright.limits.loopback", "--url", url, "--store", pg_url,
        "--limit", str(R), "--tasks", "4", "--requests", str(2 * R),
    ]  # fmt: skip
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    results = [json.loads(p.communicate(timeout=90)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(r["ok"] for r in results) >= 4 * R
    assert sum(r["rejected"] for r in results) == 0
    assert state.stats()["rejected"] == 0
    assert max_in_any_window([t for t, _ in state.log], 1.0) <= R


async def test_limiters_on_postgres_share_windows(pg_url: str) -> None:
    """Two limiters on one PostgreSQL state see each other's requests (like test_limiter's
    SQLite case), and each uses the database's clock, not its machine's."""
    one, two = open_state(pg_url), open_state(pg_url)
    assert isinstance(one, PgState) and isinstance(one.clock, DbClock)
    assert isinstance(two, PgState)
    settings = LimiterSettings(burst_fraction=1.0, max_wait=0.5)
    a, b = Limiter(one, settings=settings), Limiter(two, settings=settings)
    assert a.clock is one.clock and b.clock is two.clock
    assert abs(a.clock.monotonic() - b.clock.monotonic()) < 1.0  # one time base
    limits = loopback_limits(4, seconds=60)
    for lim in (a, b, a, b):
        async with lim.acquire("shared", limits, None, "GET", "/x"):
            pass
    for lim in (a, b):
        with pytest.raises(WaitTooLong):
            async with lim.acquire("shared", limits, None, "GET", "/x"):
                pass
    await a.close()
    await b.close()

"""Fleet behaviour against the sandbox: two real workers share one rate-limited HubSpot
connection through PostgreSQL and draw no 429; a long job does not starve short ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from syncwright.domain.job_states import JobState
from syncwright.sandbox import LimitSettings, Sandbox
from syncwright.store import open_store
from tests.fleet.conftest import Spawn, wait_for
from tests.fleet.test_worker import submit
from tests.helpers import write_job
from tests.limits_e2e.support import (
    TOKEN_ENV,
    UPSERT,
    RequestLog,
    contacts_job,
    emails,
    hubspot_sandbox,
    max_in_window,
    scaled_connection_limits,
)

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SCALE = 0.1  # HubSpot starter's 100 per 10 s becomes 10 per 10 s on both sides


@pytest.fixture
def hubspot(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Sandbox, RequestLog]]:
    with hubspot_sandbox(LimitSettings(scale=SCALE)) as (box, log):
        monkeypatch.setenv(TOKEN_ENV, box.credentials("hubspot")["token"])
        yield box, log


def test_two_workers_on_one_rate_limited_connection_get_no_429(
    pg_url: str, tmp_path: Path, spawn: Spawn, hubspot: tuple[Sandbox, RequestLog]
) -> None:
    box, log = hubspot
    limits = scaled_connection_limits(SCALE)
    jobs = [
        submit(pg_url, contacts_job(tmp_path / f"j{n}", box, name=f"fleet{n}", records=700,
                                    start=n * 700, limits=limits))
        for n in range(2)
    ]  # fmt: skip
    # One job per worker at a time, so each worker holds one of the two jobs.
    workers = [spawn(pg_url, "--concurrency", "1", "--exit-when-idle") for _ in range(2)]
    for w in workers:
        assert w.wait(timeout=120) == 0
    store: Any = open_store(pg_url)
    try:
        views = [store.get_job(j) for j in jobs]
        actors = {
            store.read_stream(f"job-{j}")[1].metadata["actor"].rsplit(":", 1)[0] for j in jobs
        }
    finally:
        store.close()
    assert [v.state for v in views] == [JobState.COMPLETED] * 2
    assert len(actors) == 2  # two workers really shared the connection
    stats = box.admin("hubspot").stats()
    assert stats["rate_limited"] == 0 and "429" not in stats["by_status"], stats
    upserts = log.route(UPSERT)
    assert len(upserts) == 14 and {e.status for e in upserts} == {200}
    assert max_in_window([e.at for e in log.entries], 10.0) <= 10
    held = {r["properties"]["email"] for r in box.admin("hubspot").records("contacts")}
    assert held == emails(0, 1400)


def test_a_long_job_does_not_starve_short_ones(pg_url: str, tmp_path: Path, spawn: Spawn) -> None:
    long_job = submit(pg_url, write_job(tmp_path / "long", n=60_000, batch_size=20))
    store: Any = open_store(pg_url)
    try:
        worker = spawn(pg_url, "--concurrency", "2")
        wait_for(lambda: store.get_job(long_job).fetched > 0, what="the long job to start")
        short = [submit(pg_url, write_job(tmp_path / f"s{i}", n=200)) for i in range(3)]
        wait_for(
            lambda: all(store.get_job(j).state == JobState.COMPLETED for j in short),
            timeout=60,
            what="the short jobs",
        )
        # Every short job finished while the long one was still running.
        assert store.get_job(long_job).state != JobState.COMPLETED
        worker.terminate()
        assert worker.wait(timeout=30) == 0
    finally:
        store.close()

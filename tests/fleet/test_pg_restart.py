"""PostgreSQL restarts in the middle of a sync: workers reconnect, the job completes once.

Needs to restart the server, so it runs only where `pg_ctlcluster` exists and we are root
(this machine and CI); the server is always running again when the test ends.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from syncwright.domain.job_states import JobState
from syncwright.store import StoreError, open_store
from tests.fleet.conftest import Spawn, wait_for
from tests.fleet.test_worker import emails, submit
from tests.helpers import write_job

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

CTL = shutil.which("pg_ctlcluster")


def _cluster() -> list[str]:
    versions = sorted(os.listdir("/etc/postgresql"))
    return [str(CTL), "--skip-systemctl-redirect", versions[-1], "main"]


def _ready() -> bool:
    return subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"], check=False).returncode == 0


@pytest.mark.skipif(
    CTL is None or not os.path.isdir("/etc/postgresql") or os.geteuid() != 0,
    reason="restarting PostgreSQL needs pg_ctlcluster and root",
)
def test_workers_survive_a_postgres_restart(pg_url: str, tmp_path: Path, spawn: Spawn) -> None:
    n = 20000
    store: Any = open_store(pg_url)
    job_id = submit(pg_url, write_job(tmp_path / "job", n=n, batch_size=20))
    args = ("--lease-seconds", "3", "--heartbeat-seconds", "0.5", "--poll-seconds", "0.3")
    workers = [spawn(pg_url, *args) for _ in range(2)]
    wait_for(lambda: store.get_job(job_id).fetched > 0, what="the first page")
    wait_for(  # both connected (a worker that cannot reach the store at start exits 2)
        lambda: len(store._q("SELECT worker_id FROM workers").fetchall()) == 2,
        what="both workers to register",
    )
    started = store._q("SELECT pg_postmaster_start_time()").fetchall()
    assert store.get_job(job_id).state != JobState.COMPLETED  # the restart lands mid-sync
    try:
        subprocess.run([*_cluster(), "restart"], check=True, timeout=120, capture_output=True)
    finally:
        deadline = time.monotonic() + 60
        while not _ready() and time.monotonic() < deadline:
            subprocess.run([*_cluster(), "start"], check=False, timeout=60, capture_output=True)
            time.sleep(0.5)
    assert _ready()
    assert store._q("SELECT pg_postmaster_start_time()").fetchall() != started  # it restarted

    def completed() -> bool:
        try:
            return store.get_job(job_id).state == JobState.COMPLETED
        except StoreError:  # our own pool reconnecting
            return False

    wait_for(completed, timeout=120, what="completion after the restart")
    out = emails(tmp_path / "job" / "out" / "leads.jsonl")
    assert len(out) == n and len(set(out)) == n  # no duplicate, no gap
    assert all(w.poll() is None for w in workers)  # they reconnected rather than died
    logs = "".join(p.read_text() for p in tmp_path.glob("worker-*.log"))
    assert "Traceback" not in logs
    store.close()

"""Chaos: three workers on PostgreSQL, the lease holder killed with SIGKILL again and again.

The sync sends 50,000 records from a JSONL file to the Salesforce simulator (sObject
Collections upserts over loopback HTTP). Kills land at random instants after the new lease
holder has started working; a replacement worker is started after each one. The
simulator's admin API then proves every lead exists exactly once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine.orchestrator import stream_of
from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from tests.fleet.conftest import Spawn, wait_for
from tests.fleet.test_worker import lease_owner, submit
from tests.helpers import write_job

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

N = 50_000
KILLS = 10
WORKER_ARGS = ("--concurrency", "1", "--lease-seconds", "1.5", "--heartbeat-seconds", "0.3")


def _salesforce_job(folder: Path, sb: Sandbox) -> Path:
    job_file = write_job(folder, n=N, batch_size=50)
    job = yaml.safe_load(job_file.read_text())
    job["destination"] = {"connection": "sf", "object": "Lead"}
    job["connections"]["sf"] = {
        "platform": "salesforce",
        "base_url": sb.base_url("salesforce"),
        "token_env": "CHAOS_SALESFORCE_TOKEN",
    }
    job_file.write_text(yaml.safe_dump(job))
    return job_file


def test_kill_9_the_lease_holder_ten_times(
    pg_url: str, tmp_path: Path, spawn: Spawn, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Sandbox(("salesforce",), no_limits=True) as sb:
        monkeypatch.setenv("CHAOS_SALESFORCE_TOKEN", sb.credentials("salesforce")["token"])
        _chaos(pg_url, tmp_path, spawn, sb)


def _chaos(pg_url: str, tmp_path: Path, spawn: Spawn, sb: Sandbox) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    store: Any = open_store(pg_url)
    job_id = submit(pg_url, _salesforce_job(tmp_path / "job", sb))
    stream = stream_of(job_id)
    procs: dict[int, subprocess.Popen[str]] = {}
    for _ in range(3):
        p = spawn(pg_url, *WORKER_ARGS)
        procs[p.pid] = p
    kills: list[str] = []
    seen_version = 0
    actors_seen: set[str] = set()

    def holder_at_work() -> str | None:
        """The live lease holder, once it has appended something of its own."""
        nonlocal seen_version
        for e in store.read_stream(stream, seen_version + 1):
            actors_seen.add(str(e.metadata.get("actor")))
            seen_version = e.stream_version
        owner = lease_owner(store, job_id)
        if owner is None or store.get_job(job_id).state == JobState.COMPLETED:
            return None
        pid = int(owner.split(":")[1])
        alive = pid in procs and procs[pid].poll() is None
        return owner if alive and f"worker:{owner}" in actors_seen else None

    while len(kills) < KILLS and store.get_job(job_id).state != JobState.COMPLETED:
        try:
            owner = wait_for(holder_at_work, timeout=30, what="a working lease holder")
        except AssertionError:
            break
        time.sleep(rng.uniform(0.05, 0.6))  # let it work a random while; kill it mid-step
        pid = int(owner.split(":")[1])
        os.kill(pid, signal.SIGKILL)
        procs[pid].wait(timeout=10)
        kills.append(owner)
        p = spawn(pg_url, *WORKER_ARGS)
        procs[p.pid] = p

    assert len(kills) == KILLS, f"the job finished after {len(kills)} kills (seed {seed})"
    wait_for(
        lambda: store.get_job(job_id).state == JobState.COMPLETED,
        timeout=120,
        what=f"completion (seed {seed})",
    )
    leads = [r["Email"] for r in sb.admin("salesforce").records("Lead")]
    assert len(leads) == N and set(leads) == {f"user{i}@example.com" for i in range(N)}, (
        f"duplicates or gaps (seed {seed})"
    )
    events = store.read_stream(stream)
    takeovers = [e.metadata["actor"] for e in events if e.type == JobEvent.RUNNER_ATTACHED]
    assert len(set(takeovers)) >= KILLS  # each kill: a different worker took over
    for killed in kills:  # every killed holder was succeeded by another actor
        assert f"worker:{killed}" in {e.metadata["actor"] for e in events}
    view = store.get_job(job_id)
    # Every lead was created once; re-sends after a kill only updated it in place.
    assert view.fetched == N and view.open_rejections == 0
    assert view.created + view.updated == N  # each record's outcome recorded exactly once
    store.close()

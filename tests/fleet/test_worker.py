"""`syncwright submit | worker | workers` as real processes, on both backends."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import orjson
import pytest

from syncwright.domain.events import NewEvent
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine.orchestrator import stream_of
from syncwright.store import ConcurrencyConflict
from tests.fleet.conftest import Spawn, wait_for
from tests.helpers import cli, read_jsonl, write_job


def submit(url: str, job_file: Path) -> str:
    proc = cli("submit", str(job_file), "--json", extra_env={"SYNCWRIGHT_STORE": url})
    assert proc.returncode == 0, proc.stderr
    return str(orjson.loads(proc.stdout)["job_id"])


def emails(path: Path) -> list[str]:
    return [r["Email"] for r in read_jsonl(path)]


def lease_owner(store: Any, job_id: str) -> str | None:
    rows = store._q("SELECT owner FROM job_leases WHERE job_id = ?", (job_id,)).fetchall()
    return rows[0][0] if rows else None


def test_worker_runs_submitted_jobs_and_exits_when_idle(
    store_url: str, store: Any, tmp_path: Path, spawn: Spawn
) -> None:
    jobs = {submit(store_url, write_job(tmp_path / f"j{i}", n=300 * (i + 1))): i for i in range(3)}
    worker = spawn(store_url, "--exit-when-idle", "--concurrency", "2")
    assert worker.wait(timeout=60) == 0
    for job_id, i in jobs.items():
        view = store.get_job(job_id)
        assert view.state == JobState.COMPLETED
        out = emails(tmp_path / f"j{i}" / "out" / "leads.jsonl")
        assert sorted(out) == sorted({f"user{k}@example.com" for k in range(300 * (i + 1))})
        actors = {e.metadata["actor"] for e in store.read_stream(stream_of(job_id))[1:]}
        assert len(actors) == 1 and actors.pop().startswith("worker:")
        assert lease_owner(store, job_id) is None  # released when done


def test_sigterm_stops_at_a_checkpoint_and_another_worker_resumes(
    store_url: str, store: Any, tmp_path: Path, spawn: Spawn
) -> None:
    n = 30000
    job_id = submit(store_url, write_job(tmp_path / "big", n=n, batch_size=20))
    first = spawn(store_url, "--lease-seconds", "30", log="first.log")
    wait_for(lambda: store.get_job(job_id).fetched > 0, what="the first page")
    first.send_signal(signal.SIGTERM)
    assert first.wait(timeout=30) == 0
    log = (tmp_path / "first.log").read_text()
    assert "stopping after the steps in flight" in log and "Traceback" not in log
    view = store.get_job(job_id)
    assert view.state != JobState.COMPLETED  # it stopped early ...
    assert lease_owner(store, job_id) is None  # ... and gave the lease back at once
    second = spawn(store_url, "--exit-when-idle", log="second.log")
    assert second.wait(timeout=90) == 0
    assert store.get_job(job_id).state == JobState.COMPLETED
    out = emails(tmp_path / "big" / "out" / "leads.jsonl")
    assert len(out) == n and len(set(out)) == n  # every record, exactly once
    attached = [
        e for e in store.read_stream(stream_of(job_id)) if e.type == JobEvent.RUNNER_ATTACHED
    ]
    assert len(attached) == 1  # the second worker took over from the checkpoint


def test_a_worker_that_lost_its_lease_is_fenced_off(
    store_url: str, store: Any, tmp_path: Path, spawn: Spawn
) -> None:
    n = 20000
    job_id = submit(store_url, write_job(tmp_path / "big", n=n, batch_size=20))
    worker = spawn(store_url, "--lease-seconds", "30", "--heartbeat-seconds", "0.2", log="w.log")
    wait_for(lambda: store.get_job(job_id).fetched > 0, what="the first page")
    # Another worker takes the job over (as after an expired lease): it owns the lease
    # and appends runner_attached at the version it read.
    store._q("UPDATE job_leases SET owner = 'thief', expires_at = expires_at + 3600")
    while True:  # the worker may append between our read and our write: read again
        version = store.stream_version(stream_of(job_id))
        try:
            store.append(
                stream_of(job_id),
                version,
                [NewEvent(JobEvent.RUNNER_ATTACHED, {}, {"actor": "thief"})],
            )
            break
        except ConcurrencyConflict:
            continue
    log = tmp_path / "w.log"
    wait_for(lambda: f"job {job_id} is" in log.read_text(), what="the fenced runner to stop")
    after = store.read_stream(stream_of(job_id), version + 2)
    assert all(e.metadata.get("actor") == "thief" for e in after), "a fenced worker appended"
    assert worker.poll() is None  # the worker itself lives on
    # The thief vanishes without a word: once its lease is free the worker finishes the job.
    store._q("UPDATE job_leases SET owner = NULL, expires_at = NULL")
    wait_for(
        lambda: store.get_job(job_id).state == JobState.COMPLETED, timeout=90, what="completion"
    )
    out = emails(tmp_path / "big" / "out" / "leads.jsonl")
    assert len(out) == n and len(set(out)) == n


def test_workers_lists_live_workers_without_secrets(
    pg_url: str, tmp_path: Path, spawn: Spawn
) -> None:
    url = pg_url.replace("postgres@", "postgres:hunter2@")  # trust auth ignores it
    worker = spawn(url, "--lease-seconds", "30", log="w.log")
    env = {"SYNCWRIGHT_STORE": url}
    listed = wait_for(
        lambda: orjson.loads(cli("workers", "--json", extra_env=env).stdout or "[]"),
        what="the worker to register",
    )
    assert [w["pid"] for w in listed] == [worker.pid]
    assert listed[0]["status"] == "running" and listed[0]["leases"] == []
    table = cli("workers", extra_env=env)
    assert str(worker.pid) in table.stdout
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=30) == 0
    assert orjson.loads(cli("workers", "--json", extra_env=env).stdout) == []
    text = (tmp_path / "w.log").read_text() + table.stdout + table.stderr
    assert "hunter2" not in text and "postgres:***@" in text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:hunter2@127.0.0.1:1/db", "cannot reach PostgreSQL"),
        ("postgresql://u:hunter2@127.0.0.1:99999/db", "not a valid PostgreSQL URL"),
        ("postgresql://u:hunter2@127.0.0.1:5432", "names no database"),
    ],
)
@pytest.mark.parametrize("command", [["worker"], ["workers"], ["status"]])
def test_bad_store_urls_are_one_clear_line(url: str, expected: str, command: list[str]) -> None:
    proc = cli(*command, extra_env={"SYNCWRIGHT_STORE": url}, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "postgresql://u:***@" in lines[0]
    assert "hunter2" not in proc.stderr + proc.stdout and "Traceback" not in proc.stderr

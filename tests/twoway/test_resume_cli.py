"""A two-way run is an ordinary job: ``syncwright resume`` (not only ``twoway run``)
finishes one whose runner was killed, through the same state machine and checkpoints."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from syncwright.engine.orchestrator import JobRunner
from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from syncwright.twoway.definition import load_two_way
from syncwright.twoway.turns import request_run
from tests.twoway.harness import NAME, set_env, snapshot, write_job


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as box:
        set_env(box)
        yield box


def _seed_and_job(sb: Sandbox, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    sf = sb.admin("salesforce")
    for i in range(600):
        sf.create("Contact", {"Email": f"p{i}@example.com", "FirstName": f"F{i}",
                              "LastName": f"L{i}", "HasOptedOutOfEmail": i % 7 == 0})
    job = write_job(tmp_path / "job.yaml", sb, batch_size=20)
    store_path = tmp_path / "store.db"
    return job, store_path, {**os.environ, "SYNCWRIGHT_STORE": str(store_path)}


def _kill_while_uploading(job: Path, store_path: Path, env: dict[str, str]) -> None:
    """A `twoway run` child process, SIGKILLed while its run is uploading."""
    run = subprocess.Popen([sys.executable, "-m", "syncwright", "twoway", "run", str(job)],
                           env=env, cwd=job.parent, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    killed_in = None
    while run.poll() is None and time.monotonic() < deadline:
        if store_path.exists():
            st = open_store(str(store_path))
            try:
                views = [v for v in st.list_jobs() if v.name == NAME]
            finally:
                st.close()
            if views and views[0].state.value == "uploading":
                run.send_signal(signal.SIGKILL)
                run.wait()
                killed_in = "uploading"
                break
        time.sleep(0.01)
    assert killed_in == "uploading", "the run ended before it could be killed while uploading"


def test_a_killed_two_way_run_is_finished_by_plain_resume(sb: Sandbox, tmp_path: Path) -> None:
    job, store_path, env = _seed_and_job(sb, tmp_path)
    _kill_while_uploading(job, store_path, env)
    st = open_store(str(store_path))
    (view,) = [v for v in st.list_jobs() if v.name == NAME]
    st.close()
    resumed = subprocess.run([sys.executable, "-m", "syncwright", "resume", view.job_id],
                             env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    st = open_store(str(store_path))
    assert st.get_job(view.job_id).state.value == "completed"
    st.close()
    people = snapshot(sb)
    assert len(people) == 600
    for i in range(600):
        b = people[f"p{i}@example.com"]["b"]
        assert (b["FNAME"], b["LNAME"]) == (f"F{i}", f"L{i}")
        assert b["status"] == ("unsubscribed" if i % 7 == 0 else "subscribed")
    assert len(sb.admin("mailchimp").records("members")) == 600
    # the batches acknowledged before the kill were not sent again: at most the one batch
    # in flight when the runner died is written twice
    per_key = sb.admin("mailchimp").writes_per_key("members")
    assert len(per_key) == 600 and sum(per_key.values()) <= 600 + 20, sorted(per_key.values())[-25:]


def test_a_killed_run_holds_the_turn_a_newer_run_waits_and_twoway_run_resumes_the_oldest(
        sb: Sandbox, tmp_path: Path) -> None:
    job, store_path, env = _seed_and_job(sb, tmp_path)
    _kill_while_uploading(job, store_path, env)
    st = open_store(str(store_path))
    (killed,) = [v.job_id for v in st.list_jobs() if v.name == NAME]
    newer, coalesced = request_run(st, load_two_way(job), "newer")
    assert (newer, coalesced) == ("newer", False)
    views: dict[str, Any] = {}
    waiter = threading.Thread(target=lambda: views.update(
        newer=asyncio.run(JobRunner(open_store(str(store_path)), "newer").run())))
    waiter.start()  # the newer run starts while the killed one holds the sync's turn

    def newer_waits() -> bool:
        view = st.get_job("newer")
        return view.state.value == "waiting" and killed in str(view.reason)

    deadline = time.monotonic() + 60
    while not newer_waits() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert newer_waits(), st.get_job("newer").timeline
    cli = subprocess.run([sys.executable, "-m", "syncwright", "twoway", "run", str(job)],
                         env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert cli.returncode == 0 and f"resuming two-way run {killed}" in cli.stderr, cli.stderr
    waiter.join(120)
    assert views["newer"].state.value == "completed", views["newer"].reason
    assert st.get_job(killed).state.value == "completed"
    done = next(e["at"] for e in st.get_job(killed).timeline if e["state"] == "completed")
    read = [e["at"] for e in views["newer"].timeline if e["state"] == "mapping"]
    assert read and min(read) > done  # the newer run read only after the killed one finished
    st.close()

"""A two-way run is an ordinary job: ``syncwright resume`` (not only ``twoway run``)
finishes one whose runner was killed, through the same state machine and checkpoints."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from tests.twoway.harness import NAME, set_env, snapshot, write_job


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as box:
        set_env(box)
        yield box


def test_a_killed_two_way_run_is_finished_by_plain_resume(sb: Sandbox, tmp_path: Path) -> None:
    sf = sb.admin("salesforce")
    for i in range(600):
        sf.create("Contact", {"Email": f"p{i}@example.com", "FirstName": f"F{i}",
                              "LastName": f"L{i}", "HasOptedOutOfEmail": i % 7 == 0})
    job = write_job(tmp_path / "job.yaml", sb, batch_size=20)
    store_path = tmp_path / "store.db"
    env = {**os.environ, "SYNCWRIGHT_STORE": str(store_path)}
    run = subprocess.Popen([sys.executable, "-m", "syncwright", "twoway", "run", str(job)],
                           env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
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

"""Heartbeats, crash detection, SIGINT/SIGTERM and takeover, through the real CLI.

Each test runs ``syncwright run`` in a subprocess against the HubSpot simulator (slowed
down with a latency fault so the upload lasts seconds), and looks at the job the way a
person would: ``status``/``inspect`` and ``job_health`` on the store file.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from pathlib import Path

import orjson
import pytest

from syncwright.domain.job_states import JobEvent
from syncwright.engine.orchestrator import stream_of
from syncwright.health import HealthStatus
from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from tests.health.conftest import (
    BEAT,
    UPSERT,
    health_of,
    hub_emails,
    hub_job,
    job_view,
    spawn,
    wait_for,
)
from tests.helpers import cli

RECORDS = 3000


def _slow(sb: Sandbox, ms: int = 120) -> None:
    sb.admin("hubspot").set_faults([{"match": UPSERT, "kind": "latency", "latency_ms": ms}])


def _uploading(store: Path, batches: int = 3) -> object:
    v = job_view(store)
    return v is not None and v.state.value == "uploading" and v.batches_uploaded >= batches


def _events(store: Path, job_id: str) -> list[str]:
    st = open_store(str(store))
    try:
        return [e.type for e in st.read_stream(stream_of(job_id))]
    finally:
        st.close()


def _exactly_once(sb: Sandbox) -> None:
    emails = hub_emails(sb)
    assert len(emails) == RECORDS, len(emails)
    assert Counter(emails).most_common(1)[0][1] == 1


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_during_upload_stops_resumably_then_resume_completes_without_duplicate(
    hub: Sandbox, tmp_path: Path, sig: int, code: int
) -> None:
    job = hub_job(tmp_path, hub, records=RECORDS)
    _slow(hub)
    store = tmp_path / "store.db"
    proc = spawn("run", str(job), store=store, cwd=tmp_path)
    wait_for(lambda: _uploading(store))
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=30)
    name = signal.Signals(sig).name
    assert proc.returncode == code, stderr
    assert f"interrupted by {name}" in stderr and "syncwright resume" in stderr, stderr
    view = job_view(store)
    assert view.state.value == "uploading" and view.interrupted["signal"] == name
    assert _events(store, view.job_id)[-1] == JobEvent.INTERRUPTED
    h = health_of(store)
    assert h.status == HealthStatus.INTERRUPTED, h
    shown = cli("inspect", view.job_id, store=store)
    assert "interrupted" in shown.stdout and "continues from the checkpoint" in shown.stdout
    hub.admin("hubspot").clear_faults()
    done = cli("resume", view.job_id, store=store, timeout=120)
    assert done.returncode == 0, done.stderr
    final = job_view(store)
    assert final.state.value == "completed" and final.interrupted is None
    _exactly_once(hub)


def test_killed_runner_shows_crashed_within_two_heartbeats(hub: Sandbox, tmp_path: Path) -> None:
    job = hub_job(tmp_path, hub, records=RECORDS)
    _slow(hub, 200)
    store = tmp_path / "store.db"
    proc = spawn("run", str(job), store=store, cwd=tmp_path)
    wait_for(lambda: _uploading(store, 2))
    # the next beats carry the upload's rate and an ETA
    h = wait_for(lambda: (x := health_of(store)) is not None and x.eta_seconds is not None and x)
    assert h.status == HealthStatus.OK and h.runner_alive, h
    assert h.rate and h.rate > 0 and "rec/s" in h.sentence and "left" in h.sentence, h
    assert f"pid {proc.pid}" not in h.sentence and h.runner is not None and h.runner.pid == proc.pid
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed = time.monotonic()
    crashed = wait_for(
        lambda: health_of(store).status == HealthStatus.CRASHED, timeout=10, every=0.02
    )
    assert crashed and time.monotonic() - killed <= 2 * BEAT
    h = health_of(store)
    assert "crashed" in h.sentence and "continues from the checkpoint" in h.sentence
    status = orjson.loads(cli("status", "--json", store=store).stdout)
    assert status[0]["health"]["status"] == "crashed"
    shown = cli("inspect", status[0]["job_id"], store=store).stdout
    assert "crashed" in shown and f"syncwright resume {status[0]['job_id']}" in shown


def test_resume_of_a_live_job_is_refused_and_take_over_fences_the_old_runner(
    hub: Sandbox, tmp_path: Path
) -> None:
    job = hub_job(tmp_path, hub, records=RECORDS, timeout_seconds=120)
    _slow(hub, 150)
    store = tmp_path / "store.db"
    first = spawn("run", str(job), store=store, cwd=tmp_path)
    wait_for(lambda: _uploading(store, 2))
    # HubSpot now hangs: the first runner is alive (it beats) but stuck in a call
    hub.admin("hubspot").set_faults([{"match": UPSERT, "kind": "timeout", "hold_seconds": 90}])
    time.sleep(0.5)
    job_id = job_view(store).job_id
    refused = cli("resume", job_id, store=store)
    assert refused.returncode == 7, refused.stderr
    assert f"runner:{first.pid}@" in refused.stderr and "--take-over" in refused.stderr
    assert first.poll() is None  # the live runner was left alone
    hub.admin("hubspot").clear_faults()  # new calls answer again (the hung ones still hang)
    second = spawn("resume", job_id, "--take-over", store=store, cwd=tmp_path)
    # the old runner stops at once, hung call or not, and says why
    _, err1 = first.communicate(timeout=30)
    _, err2 = second.communicate(timeout=120)
    assert second.returncode == 0, err2
    assert first.returncode == 7, err1
    assert "was taken over by" in err1 and f"runner:{second.pid}@" in err1
    assert "Traceback" not in err1
    final = job_view(store)
    assert final.state.value == "completed"
    st = open_store(str(store))
    try:
        attached = [
            e for e in st.read_stream(stream_of(job_id)) if e.type == JobEvent.RUNNER_ATTACHED
        ]
    finally:
        st.close()
    assert (
        attached[-1].data["took_over_from"]
        == f"runner:{first.pid}@" + attached[-1].data["runner"].split("@", 1)[1]
    )
    _exactly_once(hub)


def test_run_prints_a_status_line_with_rate_eta_and_the_retry(hub: Sandbox, tmp_path: Path) -> None:
    job = hub_job(tmp_path, hub, records=RECORDS)
    admin = hub.admin("hubspot")
    _slow(hub, 150)
    store = tmp_path / "store.db"
    proc = spawn(
        "run", str(job), store=store, cwd=tmp_path, env={"SYNCWRIGHT_STATUS_SECONDS": "0.3"}
    )
    wait_for(lambda: _uploading(store, 3))
    time.sleep(1.0)
    # one 503 with Retry-After: 2 s
    admin.add_faults(
        [{"match": UPSERT, "kind": "error", "status": 503, "retry_after": 2, "count": 1}]
    )
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    lines = [line for line in out.splitlines() if " uploading: " in line]
    assert any("ok: uploading" in line and "rec/s" in line and "left" in line for line in lines), (
        lines
    )
    # while the call is retried (the limiter holds it for the Retry-After), the line says
    # what failed, in the platform's words
    retrying = [line for line in lines if "retrying" in line]
    assert retrying and "The service is temporarily unavailable" in retrying[0], lines

"""job_health on real SQLite stores: heartbeat expiry, learned normals and their sentence,
slow, waiting, interrupted, queued; the runner's heartbeat row; the fold of interrupted."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import orjson
import pytest

from syncwright.domain.events import RecordedEvent
from syncwright.domain.job import JobView, apply
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.health import HealthSettings, HealthStatus, fmt_duration, job_health, read_runners
from syncwright.health.normals import learn
from syncwright.store import Store, open_store
from syncwright.store.side_tables import open_side_db
from tests.helpers import write_job


def _store(tmp_path: Path) -> Store:
    return open_store(str(tmp_path / "s.db"))


def _completed_run(st: Store, job: Path) -> str:
    job_id = create_job(st, load_job_file(job))
    view = asyncio.run(JobRunner(st, job_id).run())
    assert view.state.value == "completed"
    return job_id


def _fake_runner(
    st: Store, job_id: str, *, host: str, age: float, interval: float = 1.0, **progress: Any
) -> None:
    side = open_side_db(st)
    assert side is not None
    with side.tx() as db:
        db.execute(
            "INSERT INTO job_runners (job_id, runner, host, pid, started_at, heartbeat_at, "
            f"interval_seconds, status, progress) VALUES (?, 'runner:1@elsewhere', ?, 1, "
            f"{side.NOW}, {side.NOW} - ?, ?, 'running', ?) ON CONFLICT (job_id) DO UPDATE SET "
            "heartbeat_at = excluded.heartbeat_at, progress = excluded.progress, host = excluded.host",
            (job_id, host, age, interval, orjson.dumps(progress).decode()),
        )
    side.close()


def _active_job(st: Store, job: Path) -> str:
    """A job moved to uploading by hand (its runner is the fake row)."""
    from syncwright.domain.events import NewEvent

    job_id = create_job(st, load_job_file(job))
    for etype, data in (
        ("job_started", {}),
        ("page_fetched", {"cursor": 1, "count": 1000, "first_seq": 0}),
        ("fetch_completed", {"batches_total": 10, "records": 1000, "bookmark": None}),
        ("mapping_completed", {"mapping_version": "m"}),
        ("validation_completed", {"invalid": 0}),
    ):
        v = st.get_job(job_id)
        st.append(f"job-{job_id}", v.version, [NewEvent(etype, data)])
    return job_id


def test_crashed_after_one_and_a_half_heartbeats_of_silence(tmp_path: Path) -> None:
    st = _store(tmp_path)
    job_id = _active_job(st, write_job(tmp_path / "j", n=10))
    progress: dict[str, Any] = {"phase": "uploading", "idle_seconds": 0.1, "steps": 0, "phases": {}}
    _fake_runner(st, job_id, host="elsewhere", age=1.2, **progress)  # 1.2 beats: alive
    h = job_health(st, st.get_job(job_id))
    assert h.runner_alive and h.status == HealthStatus.OK, h
    _fake_runner(st, job_id, host="elsewhere", age=1.6, **progress)  # 1.6 beats: dead
    h = job_health(st, st.get_job(job_id))
    assert h.status == HealthStatus.CRASHED and not h.runner_alive
    assert h.sentence.startswith(
        "crashed: runner runner:1@elsewhere (pid 1 on elsewhere) last beat"
    )
    assert f"`syncwright resume {job_id}` continues from the checkpoint" in h.sentence
    st.close()


def test_no_runner_at_all_is_crashed_and_queued_is_queued(tmp_path: Path) -> None:
    st = _store(tmp_path)
    job_id = _active_job(st, write_job(tmp_path / "j", n=10))
    assert job_health(st, st.get_job(job_id)).status == HealthStatus.CRASHED
    queued = create_job(st, load_job_file(write_job(tmp_path / "k", n=10)))
    h = job_health(st, st.get_job(queued))
    assert h.status == HealthStatus.QUEUED and "not started" in h.sentence
    st.close()


def test_stall_threshold_is_k_times_p95_with_a_floor(tmp_path: Path) -> None:
    st = _store(tmp_path)
    job_id = _active_job(st, write_job(tmp_path / "j", n=10))
    base: dict[str, Any] = {"phase": "uploading", "steps": 10, "step_p95": 40.0, "phases": {}}
    _fake_runner(st, job_id, host="elsewhere", age=0.1, idle_seconds=100, **base)
    h = job_health(st, st.get_job(job_id))
    assert h.status == HealthStatus.OK and h.stall_after_seconds == 120  # 3 x 40 s
    _fake_runner(st, job_id, host="elsewhere", age=0.1, idle_seconds=14 * 60, **base)
    h = job_health(st, st.get_job(job_id))
    assert h.status == HealthStatus.STALLED
    assert h.sentence.startswith("stalled: no batch for 14 min; the p95 batch takes 40 s")
    # a tiny p95 does not make a blink a stall: the floor holds
    _fake_runner(
        st, job_id, host="elsewhere", age=0.1, idle_seconds=30, **{**base, "step_p95": 0.01}
    )
    h = job_health(st, st.get_job(job_id), settings=HealthSettings(stall_floor_seconds=60))
    assert h.status == HealthStatus.OK and h.stall_after_seconds == 60
    # in a known wait (a retry backoff): waiting, not stalled, while within the threshold
    _fake_runner(
        st,
        job_id,
        host="elsewhere",
        age=0.1,
        idle_seconds=5,
        sleep_left_seconds=3,
        last_error="503 Service Unavailable",
        attempt=2,
        **base,
    )
    h = job_health(st, st.get_job(job_id))
    assert h.status == HealthStatus.WAITING and "retrying in 3.0 s after: 503" in h.sentence
    st.close()


def test_normals_from_past_runs_give_the_sentence_the_eta_and_slow(tmp_path: Path) -> None:
    st = _store(tmp_path)
    job = write_job(tmp_path / "j", n=2000, batch_size=100)
    for _ in range(3):
        _completed_run(st, job)
    side = open_side_db(st)
    normals = learn(st, side, "contacts-to-leads")
    assert normals.count == 3
    lo, hi = normals.total_range() or (0, 0)
    assert 0 < lo <= hi
    rate = normals.rate("uploading")
    assert rate and rate > 0
    p95 = normals.step_p95("uploading")
    assert p95 is not None and p95 >= 0
    # cached: a second look reads run_stats, same answer
    assert learn(st, side, "contacts-to-leads").runs == normals.runs
    assert side is not None
    side.close()
    done = job_health(st, st.list_jobs()[0])
    assert done.status == HealthStatus.OK
    assert f"normal: the last 3 runs took {fmt_duration(lo)} to {fmt_duration(hi)}" in done.sentence
    # a running job of the same name at a tenth of the learned rate or less: slow
    job_id = _active_job(st, job)
    slow = min(rate / 10, 0.8)  # the 800 records left take minutes on any machine
    _fake_runner(
        st,
        job_id,
        host="elsewhere",
        age=0.1,
        idle_seconds=0.5,
        phase="uploading",
        steps=3,
        step_p95=0.1,
        rate=slow,
        phase_seconds=60,
        phases={"uploading": {"done": 200, "total": 1000}},
    )
    h = job_health(st, st.get_job(job_id))
    assert h.status == HealthStatus.SLOW, h
    assert h.sentence.startswith("slow: uploading at") and "the last 3 runs did" in h.sentence
    assert h.runner is not None  # the ETA is as of now: the beat's age is taken off
    assert h.eta_seconds == pytest.approx(800 / slow - h.runner.heartbeat_age, abs=0.01)
    st.close()


def test_the_runner_beats_progress_into_its_row_and_finishes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SYNCWRIGHT_HEARTBEAT_SECONDS", "0.05")
    st = _store(tmp_path)
    job_id = create_job(st, load_job_file(write_job(tmp_path / "j", n=3000, batch_size=100)))
    seen: list[dict[str, Any]] = []
    side = open_side_db(st)
    assert side is not None

    def peek(v: JobView) -> None:
        row = read_runners(side, [job_id]).get(job_id)
        if row is not None:
            seen.append({"status": row.status, **row.progress})
        time.sleep(0.002)

    asyncio.run(JobRunner(st, job_id, on_progress=peek).run())
    row = read_runners(side, [job_id])[job_id]
    assert row.status == "finished" and row.runner.startswith("runner:")
    assert {s["status"] for s in seen} == {"running"}
    phases = {s.get("phase") for s in seen}
    assert "uploading" in phases, phases  # (a phase shorter than a beat may never show)
    assert row.progress["phases"]["uploading"] == {"done": 3000, "total": 3000}
    side.close()
    st.close()


def test_interrupted_is_folded_and_cleared_by_the_next_runner() -> None:
    view = JobView(job_id="x")

    def ev(v: int, etype: str, data: dict[str, Any]) -> RecordedEvent:
        return RecordedEvent(v, "job-x", v, etype, 1, data, {}, f"2026-01-01T00:00:0{v}+00:00")

    created = {
        "name": "n",
        "source_label": "a",
        "destination_label": "b",
        "mapping_version": "m",
        "batch_size": 1,
    }
    apply(view, ev(1, "job_created", created))
    apply(view, ev(2, "job_started", {}))
    apply(view, ev(3, "interrupted", {"signal": "SIGINT", "at": "fetching"}))
    assert view.state.value == "fetching" and view.interrupted == {
        "signal": "SIGINT",
        "at": "fetching",
    }
    apply(view, ev(4, "runner_attached", {"runner": "r"}))
    assert view.interrupted is None


def test_fmt_duration() -> None:
    assert fmt_duration(0.84) == "0.8 s"
    assert fmt_duration(40) == "40 s"
    assert fmt_duration(14 * 60) == "14 min"
    assert fmt_duration(12 * 60 + 3) == "12 min 3 s"
    assert fmt_duration(5 * 3600 + 40 * 60) == "5 h 40"


def test_a_completed_run_is_summarised_as_it_completes(tmp_path: Path) -> None:
    """The run's summary is cached the moment it completes, current with the job's read
    model, so a page of jobs never summarises old runs from their events on first sight."""
    st = _store(tmp_path)
    job_id = _completed_run(st, write_job(tmp_path, n=300))
    side = open_side_db(st)
    assert side is not None
    with side.read() as db:
        rows = db.execute(
            "SELECT finished_at, stats FROM run_stats WHERE job_id = ?", (job_id,)
        ).fetchall()
    side.close()
    assert len(rows) == 1
    finished_at, stats = rows[0]
    assert finished_at == st.get_job(job_id).updated_at  # not stale: used as it is
    assert orjson.loads(stats)["records"] == 300

"""The orchestrator end to end on real files and a real SQLite store."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from syncwright.domain.failures import Classified, ErrorKind
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine.commands import (
    CommandError,
    cancel,
    create_job,
    fix_record,
    request_retry,
    resume,
)
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner, stream_of
from syncwright.store import open_store
from syncwright.store.sqlite import SQLiteStore
from tests.engine.conftest import FlakyAdapter, Sleeps, dest_path
from tests.helpers import read_jsonl, write_job


def start(store: SQLiteStore, job_file: Path) -> str:
    return create_job(store, load_job_file(job_file))


def run(store: SQLiteStore, job_id: str, **kw: Any) -> Any:
    return asyncio.run(JobRunner(store, job_id, **kw).run())


def types(store: SQLiteStore, job_id: str) -> list[str]:
    return [e.type for e in store.read_stream(stream_of(job_id))]


def test_file_to_file_sync_completes_with_every_record_once(
    tmp_path: Path, store: SQLiteStore
) -> None:
    job = write_job(tmp_path, n=1234, batch_size=100)
    job_id = start(store, job)
    changes: list[tuple[str, str]] = []
    view = run(
        store, job_id, on_state_change=[lambda b, v, e: changes.append((b.value, v.state.value))]
    )
    assert view.state == JobState.COMPLETED
    assert (view.fetched, view.created, view.batches_total, view.batches_uploaded) == (
        1234,
        1234,
        13,
        13,
    )
    assert changes == [
        ("queued", "fetching"),
        ("fetching", "mapping"),
        ("mapping", "validating"),
        ("validating", "uploading"),
        ("uploading", "completed"),
    ]
    out = read_jsonl(dest_path(tmp_path))
    assert [r["Email"] for r in out] == [f"user{i}@example.com" for i in range(1234)]
    assert out[0] == {
        "Email": "user0@example.com",
        "FirstName": "First0",
        "LastName": "Last0",
        "Company": "[not provided]",
        "LeadSource": "web",
    }
    ev = types(store, job_id)
    # Five source pages of 250, committed in groups of at least 1,000 records: two commits.
    assert ev.count(JobEvent.BATCH_UPLOADED) == 13 and ev.count(JobEvent.PAGE_FETCHED) == 2
    assert ev[-1] == JobEvent.UPLOAD_COMPLETED


def test_batches_are_deterministic(tmp_path: Path, store: SQLiteStore) -> None:
    job = write_job(tmp_path, n=500, batch_size=64)
    a, b = start(store, job), start(store, job)
    run(store, a)
    run(store, b)

    def hashes(j: str) -> list[str]:
        return [
            e.data["payload_hash"]
            for e in store.read_stream(stream_of(j))
            if e.type == JobEvent.BATCH_MAPPED
        ]

    assert hashes(a) == hashes(b) and len(hashes(a)) == 8
    assert store.get_job(b).unchanged == 500  # the second run found everything already there


def test_rejections_are_quarantined_fixed_and_retried(tmp_path: Path, store: SQLiteStore) -> None:
    job = write_job(
        tmp_path,
        n=400,
        bad_every=50,
        batch_size=100,
        validate=[{"field": "LastName", "required": True}],
        dest_fields={"Email": {"type": "email", "required": True}},
    )
    job_id = start(store, job)
    view = run(store, job_id)
    assert view.state == JobState.COMPLETED
    assert (view.created, view.open_rejections) == (392, 8)
    fails = store.failures(job_id, "open")
    assert [f.record_key for f in fails] == ["49", "99", "149", "199", "249", "299", "349", "399"]
    assert fails[0].phase == "destination" and fails[0].code == "INVALID_EMAIL"
    assert fails[0].reason == "field 'Email': 'bad-email-49' is not a valid email address"

    fix_record(store, job_id, "49", {"Email": "fixed49@example.com"})
    fix_record(store, job_id, "99", {"Email": "still-bad"})
    with pytest.raises(CommandError, match="not among job"):
        fix_record(store, job_id, "12", {"Email": "x@y.z"})
    request_retry(store, job_id)
    view = run(store, job_id)
    assert view.state == JobState.COMPLETED
    assert (view.created, view.open_rejections, view.delivered_on_retry) == (393, 7, 1)
    status = {f.record_key: f.status for f in store.failures(job_id)}
    assert status["49"] == "delivered" and status["99"] == "open"
    emails = [r["Email"] for r in read_jsonl(dest_path(tmp_path))]
    assert emails.count("fixed49@example.com") == 1 and len(emails) == len(set(emails)) == 393
    story = types(store, job_id)
    assert story[-6:] == [
        JobEvent.RECORD_FIXED,
        JobEvent.RECORD_FIXED,
        JobEvent.RETRY_REQUESTED,
        JobEvent.RUNNER_ATTACHED,
        JobEvent.BATCH_UPLOADED,
        JobEvent.UPLOAD_COMPLETED,
    ]


def test_validation_failures_are_quarantined_before_sending(
    tmp_path: Path, store: SQLiteStore
) -> None:
    job = write_job(tmp_path, n=200, bad_every=40, validate=[{"field": "Email", "format": "email"}])
    job_id = start(store, job)
    view = run(store, job_id)
    assert (view.state, view.invalid, view.sent) == (JobState.COMPLETED, 5, 195)
    assert {f.phase for f in store.failures(job_id)} == {"validation"}
    assert len(read_jsonl(dest_path(tmp_path))) == 195


def test_reject_ratio_stops_the_job_and_resume_can_raise_it(
    tmp_path: Path, store: SQLiteStore
) -> None:
    job = write_job(
        tmp_path,
        n=1000,
        bad_every=5,
        batch_size=100,
        max_rejected_ratio=0.05,
        dest_fields={"Email": {"type": "email"}},
    )
    job_id = start(store, job)
    view = run(store, job_id)
    assert view.state == JobState.NEEDS_ATTENTION
    assert view.batches_uploaded == 3  # 60 rejects of 1000 > 5% after the third batch
    assert "60 of 1000 records rejected (6.0%), above the limit of 5.0%" in (view.reason or "")
    resume(store, job_id, max_rejected_ratio=0.5)
    view = run(store, job_id)
    assert (view.state, view.created, view.open_rejections) == (JobState.COMPLETED, 800, 200)


def test_transient_failures_back_off_then_succeed(
    tmp_path: Path, store: SQLiteStore, flaky: type[FlakyAdapter]
) -> None:
    job = write_job(tmp_path, n=300, batch_size=100, dest_platform="flaky")
    flaky.script = [Classified(ErrorKind.TRANSIENT, "503 Service Unavailable", status=503)] * 2
    job_id = start(store, job)
    sleeps = Sleeps()
    view = run(store, job_id, sleep=sleeps, seed=7)
    assert view.state == JobState.COMPLETED and view.created == 300
    fails = [e for e in store.read_stream(stream_of(job_id)) if e.type == JobEvent.ATTEMPT_FAILED]
    assert [e.data["attempt"] for e in fails] == [1, 2]
    assert fails[0].data["error"]["message"] == "503 Service Unavailable"
    assert (
        0 <= sleeps.asked[0] <= 0.5 and 0 <= sleeps.asked[1] <= 1.0
    )  # full jitter, growing ceiling
    assert len(sleeps.asked) == 2
    assert flaky.calls == 5


def test_exhausted_retries_need_attention_with_the_error_verbatim(
    tmp_path: Path, store: SQLiteStore, flaky: type[FlakyAdapter]
) -> None:
    job = write_job(tmp_path, n=300, batch_size=100, dest_platform="flaky")
    message = '{"status":"error","message":"Internal error","correlationId":"abc"}'
    job_id = start(store, job)
    flaky.script = [Classified(ErrorKind.TRANSIENT, message, status=500)] * 5
    view = run(store, job_id, sleep=Sleeps())
    assert view.state == JobState.NEEDS_ATTENTION and view.previous_state == JobState.UPLOADING
    assert view.last_error["message"] == message
    assert "uploading batch 1 of 3 failed: gave up after 5 attempts (transient)" in (
        view.reason or ""
    )
    resume(store, job_id)
    view = run(store, job_id, sleep=Sleeps())
    assert view.state == JobState.COMPLETED and view.created == 300
    assert len(read_jsonl(dest_path(tmp_path))) == 300


def test_auth_errors_are_not_retried(
    tmp_path: Path, store: SQLiteStore, flaky: type[FlakyAdapter]
) -> None:
    job = write_job(tmp_path, n=50, batch_size=100, dest_platform="flaky")
    flaky.script = [Classified(ErrorKind.AUTH, "Authentication credentials not found", status=401)]
    job_id = start(store, job)
    view = run(store, job_id, sleep=Sleeps())
    assert view.state == JobState.NEEDS_ATTENTION and flaky.calls == 1
    assert view.reason.startswith("uploading batch 1 of 1 failed: auth: ")
    assert view.reason.endswith(": Authentication credentials not found")


class Crash(Exception):
    pass


def test_retry_after_becomes_a_waiting_state_that_survives_a_restart(
    tmp_path: Path, store: SQLiteStore, flaky: type[FlakyAdapter]
) -> None:
    job = write_job(tmp_path, n=200, batch_size=100, dest_platform="flaky")
    flaky.script = [
        Classified(ErrorKind.RETRY_AFTER, "You have reached your daily limit.", 3600.0, 429)
    ]
    job_id = start(store, job)
    t0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

    async def crash_while_waiting(seconds: float) -> None:
        raise Crash(seconds)

    with pytest.raises(Crash) as info:
        run(store, job_id, clock=lambda: t0, sleep=crash_while_waiting)
    assert info.value.args[0] == pytest.approx(3600.0)
    view = store.get_job(job_id)  # as a fresh process would see it
    assert view.state == JobState.WAITING and view.previous_state == JobState.UPLOADING
    assert datetime.fromisoformat(view.waiting_until) == t0 + timedelta(hours=1)
    assert "You have reached your daily limit." in (view.reason or "")

    sleeps = Sleeps()
    view = run(store, job_id, clock=lambda: t0 + timedelta(minutes=59), sleep=sleeps)
    assert sleeps.asked[0] == pytest.approx(60.0)  # only what remains of the wait
    assert view.state == JobState.COMPLETED and view.created == 200
    ev = types(store, job_id)
    assert ev.count(JobEvent.WAIT_STARTED) == 1 and ev.count(JobEvent.WAIT_ENDED) == 1


def test_cancel_from_another_process_stops_the_runner(tmp_path: Path, store: SQLiteStore) -> None:
    job = write_job(tmp_path, n=1000, batch_size=100)
    job_id = start(store, job)
    other = open_store(store.location)  # a second handle, as another process would have

    def cancel_midway(view: Any) -> None:
        if view.batches_uploaded == 2 and view.state == JobState.UPLOADING:
            cancel(other, job_id)

    view = run(store, job_id, on_progress=cancel_midway)
    other.close()
    assert view.state == JobState.CANCELLED and view.batches_uploaded == 2
    assert len(read_jsonl(dest_path(tmp_path))) == 300  # the batch in flight landed; no more
    with pytest.raises(CommandError, match="was cancelled"):
        resume(store, job_id)


def test_replay_rebuilds_identical_read_models(tmp_path: Path, store: SQLiteStore) -> None:
    job = write_job(
        tmp_path, n=600, bad_every=30, batch_size=100, dest_fields={"Email": {"type": "email"}}
    )
    a = start(store, job)
    run(store, a)
    fix_record(store, a, "29", {"Email": "ok29@example.com"})
    request_retry(store, a)
    run(store, a)
    b = start(store, job)
    cancel(store, b)
    before = store.dump_read_models()
    assert len(before["jobs"]) == 2 and len(before["failures"]) == 20
    count = store.replay()
    assert count == len(list(store.read_all()))
    assert store.dump_read_models() == before


def test_resume_refuses_finished_jobs(tmp_path: Path, store: SQLiteStore) -> None:
    job_id = start(store, write_job(tmp_path, n=10))
    run(store, job_id)
    with pytest.raises(CommandError, match="completed; nothing to resume"):
        resume(store, job_id)
    with pytest.raises(CommandError, match="no open failures"):
        request_retry(store, job_id)


def test_incremental_runs_send_only_what_is_new(tmp_path: Path, store: SQLiteStore) -> None:
    from tests.helpers import write_contacts

    job = write_job(tmp_path, n=500, batch_size=100, extra={"mode": "incremental"})
    first = start(store, job)
    assert run(store, first).created == 500
    unchanged = start(store, job)
    view = run(store, unchanged)
    assert (view.state, view.fetched, view.sent) == (JobState.COMPLETED, 0, 0)
    # Five new records appended to the source log: the next run sends exactly those.
    extra = tmp_path / "more.jsonl"
    write_contacts(extra, 5, start=500)
    with open(tmp_path / "contacts.jsonl", "ab") as f:
        f.write(extra.read_bytes())
    third = start(store, job)
    view = run(store, third)
    assert (view.fetched, view.created) == (5, 5)
    assert store.read_stream(stream_of(third))[0].data["continues"] == unchanged
    assert len(read_jsonl(dest_path(tmp_path))) == 505

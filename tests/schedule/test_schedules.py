"""Schedules with time travel, in one process: each cron slot runs exactly once with three
tickers and one killed exactly between deciding a slot and firing it (an injected death, so
the window is hit every time); missed slots and overlaps follow their policies.
``test_schedule_workers.py`` does it with real ``syncwright worker`` processes and SIGKILL."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
import time_machine
import yaml

from syncwright.engine.commands import cancel
from syncwright.engine.jobfile import JobFileError, load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.schedule import engine as sched
from syncwright.schedule import list_schedules, register, slot_job_id, tick
from syncwright.store import Store, open_store
from tests.helpers import cli, write_job
from tests.pg import fresh_schema_url
from tests.schedule.slots import every_5_minutes

T0 = datetime(2026, 3, 1, 0, 58, 0, tzinfo=UTC)
EVERY_5 = {"cron": "*/5 * * * *", "timezone": "Europe/Berlin"}


def _job(folder: Path, schedule: dict[str, Any]) -> dict[str, Any]:
    path = write_job(folder, n=60, batch_size=20, extra={"schedule": schedule})
    return load_job_file(path)


def _slot_rows(store: Store) -> list[tuple[Any, ...]]:
    from syncwright.store.side_tables import open_side_db

    side = open_side_db(store)
    assert side is not None
    try:
        with side.tx() as db:
            return list(
                db.execute(
                    "SELECT slot_at, job_id, status, reason, decided_by FROM schedule_slots "
                    "ORDER BY slot_at"
                ).fetchall()
            )
    finally:
        side.close()


def _submitted(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT job_id FROM job_leases ORDER BY job_id")]


@pytest.fixture
def store_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "store.db"
    st = open_store(str(path))
    from syncwright.store.leases import open_leases

    open_leases(st).close()  # the lease tables exist, as with any worker
    st.close()
    yield path


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, store_path: Path) -> Iterator[str]:
    """The store of the exactly-once test: a SQLite file or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(store_path)
        return
    with fresh_schema_url() as url:
        yield url


class Killed(BaseException):
    """Stands for kill -9: the ticker dies between deciding a slot and firing it."""


def test_each_slot_runs_once_with_three_tickers_and_one_killed_at_a_boundary(
    tmp_path: Path, location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    definition = _job(tmp_path / "job", EVERY_5)
    handles = [open_store(location) for _ in range(3)]
    end = T0 + timedelta(minutes=31)
    with time_machine.travel(T0, tick=False) as traveller:
        register(handles[0], definition)
        killed_at = datetime(2026, 3, 1, 1, 10, tzinfo=UTC)
        alive = [0, 1, 2]
        fire = sched._fire_pending
        t = T0
        while t < end:
            t += timedelta(seconds=20)
            traveller.move_to(t)
            if 2 in alive and t >= killed_at:
                # worker 2 ticks first at the boundary, wins the slot, and dies before firing
                def dying(store: Store, side: Any) -> None:
                    raise Killed()

                monkeypatch.setattr(sched, "_fire_pending", dying)
                with pytest.raises(Killed):
                    tick(handles[2], "w2", t)
                monkeypatch.setattr(sched, "_fire_pending", fire)
                alive.remove(2)
                rows = _slot_rows(handles[0])
                assert rows[-1][2] == "pending" and rows[-1][4] == "w2"  # decided, not fired
            errors: list[BaseException] = []
            barrier = threading.Barrier(len(alive))

            def ticker(
                i: int,
                now: datetime = t,
                barrier: threading.Barrier = barrier,
                errors: list[BaseException] = errors,
            ) -> None:
                try:
                    barrier.wait()
                    tick(handles[i], f"w{i}", now)
                except BaseException as exc:  # pragma: no cover - reported below
                    errors.append(exc)

            threads = [threading.Thread(target=ticker, args=(i,)) for i in alive]
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            assert not errors, errors
            # the runs of the slots fired so far (a worker would run them): done before
            # the next slot, so no overlap
            for v in handles[0].list_jobs():
                if v.state.value == "queued":
                    asyncio.run(JobRunner(handles[0], v.job_id).run())
    st = handles[0]
    expected = every_5_minutes(T0, end)
    assert len(expected) == 6
    jobs = st.list_jobs()
    ids = sorted(v.job_id for v in jobs)
    assert ids == sorted(slot_job_id(definition["name"], s) for s in expected)  # once each
    assert sorted(_submitted(st)) == ids
    rows = _slot_rows(st)
    assert [datetime.fromtimestamp(r[0], UTC) for r in rows] == expected
    assert {r[2] for r in rows} == {"fired"}
    assert {r[4] for r in rows} <= {"w0", "w1", "w2"}
    # every run carries its slot, and a worker runs them all to completion
    for v in jobs:
        created = st.read_stream(f"job-{v.job_id}")[0].data
        assert created["scheduled"]["schedule"] == definition["name"]
    assert {v.state.value for v in st.list_jobs()} == {"completed"}
    for h in handles:
        h.close()


@pytest.mark.parametrize(("policy", "runs"), [("run_once", 1), ("skip", 0)])
def test_missed_slots_follow_the_policy(
    tmp_path: Path, store_path: Path, policy: str, runs: int
) -> None:
    definition = _job(tmp_path / "job", {**EVERY_5, "missed": policy})
    st = open_store(str(store_path))
    with time_machine.travel(T0, tick=False) as traveller:
        register(st, definition)
        down_until = T0 + timedelta(hours=1, seconds=90)  # nobody ticked for an hour
        traveller.move_to(down_until)
        decisions = tick(st, "w0")
        assert len(decisions) == 12
        fired = [d for d in decisions if d.status == "pending"]
        assert len(fired) == runs
        assert (
            sum(d.status == "skipped" and d.reason.startswith("missed") for d in decisions)
            == 12 - runs
        )
        if runs:
            assert fired[0].slot == every_5_minutes(T0, down_until)[-1]  # the latest one
        assert len(st.list_jobs()) == runs
        # back on time: the next slot runs normally, whatever the policy
        nxt = every_5_minutes(T0, down_until + timedelta(minutes=5))[-1]
        traveller.move_to(nxt + timedelta(seconds=5))
        if runs:
            cancel(st, fired[0].job_id or "")  # ended, so no overlap
        later = tick(st, "w0")
        assert [(d.slot, d.status) for d in later] == [(nxt, "pending")]
    info = list_schedules(st, nxt + timedelta(seconds=5))[0]
    assert info.last_job == slot_job_id(definition["name"], nxt)
    assert info.next_run == (nxt + timedelta(minutes=5)).isoformat()
    st.close()


@pytest.mark.parametrize("overlap", ["skip", "queue"])
def test_overlap_policy(tmp_path: Path, store_path: Path, overlap: str) -> None:
    definition = _job(tmp_path / "job", {**EVERY_5, "overlap": overlap})
    st = open_store(str(store_path))
    with time_machine.travel(T0, tick=False) as traveller:
        register(st, definition)
        s1, s2 = every_5_minutes(T0, T0 + timedelta(minutes=10))
        traveller.move_to(s1 + timedelta(seconds=1))
        (first,) = tick(st, "w0")
        assert first.status == "pending"
        traveller.move_to(s2 + timedelta(seconds=1))
        (second,) = tick(st, "w0")  # the first run is still queued: an overlap
        if overlap == "skip":
            assert second.status == "skipped" and "overlap" in second.reason
            assert len(st.list_jobs()) == 1
        else:
            assert second.status == "queued"
            assert len(st.list_jobs()) == 2 and _submitted(st) == [first.job_id]
            tick(st, "w0")
            assert _submitted(st) == [first.job_id]  # still behind the first
            cancel(st, first.job_id or "")
            tick(st, "w0")
            assert sorted(_submitted(st)) == sorted([first.job_id or "", second.job_id or ""])
    st.close()


def test_schedule_block_is_validated(tmp_path: Path) -> None:
    bad = write_job(tmp_path, extra={"schedule": {"cron": "61 * * * *"}})
    with pytest.raises(JobFileError, match=r"schedule\.cron: .*cron"):
        load_job_file(bad)
    bad.write_text(
        yaml.safe_dump(
            {
                **yaml.safe_load(bad.read_text()),
                "schedule": {"cron": "0 2 * * *", "timezone": "Mars/Base"},
            }
        )
    )
    with pytest.raises(JobFileError, match="unknown time zone 'Mars/Base'"):
        load_job_file(bad)


def test_schedule_and_schedules_commands(tmp_path: Path, store_path: Path) -> None:
    job = write_job(
        tmp_path / "job", extra={"schedule": {"cron": "0 2 * * *", "timezone": "Europe/Berlin"}}
    )
    added = cli("schedule", str(job), store=store_path)
    assert added.returncode == 0, added.stderr
    assert "schedule contacts-to-leads: 0 2 * * * (Europe/Berlin); next run" in added.stdout
    listed = orjson.loads(cli("schedules", "--json", store=store_path).stdout)
    assert listed[0]["name"] == "contacts-to-leads" and listed[0]["last_job"] is None
    nxt = datetime.fromisoformat(listed[0]["next_run"])
    assert nxt.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin")).hour == 2
    plain = cli("schedule", str(tmp_path / "job" / "mapping.yaml"), store=store_path)
    assert plain.returncode == 2


def test_a_worker_with_schedules_fires_the_due_slot_and_runs_it(
    tmp_path: Path, store_path: Path
) -> None:
    from syncwright.engine.worker import Worker, WorkerSettings

    definition = _job(tmp_path / "job", EVERY_5)
    st = open_store(str(store_path))
    with time_machine.travel(T0, tick=False):
        register(st, definition)
    with time_machine.travel(T0 + timedelta(minutes=3), tick=True):
        worker = Worker(
            str(store_path),
            WorkerSettings(schedules=True, exit_when_idle=True, poll_seconds=0.05),
        )
        assert asyncio.run(worker.run(install_signals=False)) == 1
    (job,) = st.list_jobs()
    assert job.job_id == slot_job_id(
        definition["name"], every_5_minutes(T0, T0 + timedelta(minutes=3))[0]
    )
    assert job.state.value == "completed"
    assert [r[2] for r in _slot_rows(st)] == ["fired"]
    st.close()

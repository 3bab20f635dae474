"""Schedules across real worker processes, with time travel the processes share.

Three `syncwright worker` processes tick one store (a SQLite file, then PostgreSQL). The
test owns the schedulers' clock through the test-only clock file
(``syncwright.schedule.clock``), moves it across four 5-minute cron slots, kills the
worker that won a slot with SIGKILL right as it decided it, and finally replaces the fleet
with three new workers and jumps an hour and a half nobody ticked through: the missed slots
follow each schedule's policy.
"Ran exactly once" is counted from the store's events.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import pytest

from syncwright.domain.job_states import JobEvent
from syncwright.schedule import slot_job_id
from syncwright.schedule.clock import MARK, TEST_CLOCK_ENV, write_test_clock
from syncwright.store import Store, open_store
from syncwright.store.errors import UnknownJob
from syncwright.store.side_tables import open_side_db
from tests.helpers import cli, write_job
from tests.pg import fresh_schema_url
from tests.schedule.slots import every_5_minutes

T0 = datetime(2026, 3, 1, 0, 58, 0, tzinfo=UTC)
EVERY_5 = {"cron": "*/5 * * * *", "timezone": "Europe/Berlin"}
POLICIES = {"nightly-once": "run_once", "nightly-skip": "skip"}
WORKER_ID = re.compile(r":(\d+):[0-9a-f]{6}")
BATCHES = 10


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    with fresh_schema_url() as url:
        yield url


class Fleet:
    """Worker processes on one store, all reading the test's schedule clock."""

    def __init__(self, location: str, clock: Path, logs: Path) -> None:
        self.location, self.clock, self.logs = location, clock, logs
        self.procs: list[subprocess.Popen[bytes]] = []
        self._files: list[IO[bytes]] = []

    def env(self) -> dict[str, str]:
        env = {**os.environ, TEST_CLOCK_ENV: str(self.clock), "SYNCWRIGHT_HEARTBEAT_SECONDS": "0.3"}
        env.pop("SYNCWRIGHT_DEBUG", None)
        return env

    def start(self, n: int) -> list[subprocess.Popen[bytes]]:
        started = []
        for _ in range(n):
            log = open(self.logs / f"worker{len(self._files)}.log", "wb")  # noqa: SIM115
            self._files.append(log)
            args = ["worker", "--store", self.location, "--concurrency", "2"]
            args += ["--lease-seconds", "1.5", "--heartbeat-seconds", "0.3"]
            args += ["--poll-seconds", "0.1"]
            proc = subprocess.Popen(
                [sys.executable, "-m", "syncwright", *args],
                cwd=self.logs,
                env=self.env(),
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
            self.procs.append(proc)
            started.append(proc)
        return started

    def started(self, procs: list[subprocess.Popen[bytes]]) -> bool:
        """Every one is up and ticking (a SIGTERM before that would only kill an import)."""
        logs = {p.pid: Path(f.name) for p, f in zip(self.procs, self._files, strict=True)}
        return all(p.poll() is None for p in procs) and all(
            "started on" in logs[p.pid].read_text() for p in procs
        )

    def stop(self, procs: list[subprocess.Popen[bytes]]) -> list[int]:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        return [p.wait(timeout=30) for p in procs]

    def stderr(self) -> str:
        return "\n".join(
            f"--- {f.name}\n{Path(f.name).read_text(errors='replace')[-3000:]}" for f in self._files
        )

    def close(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.kill()
                p.wait()
        for f in self._files:
            f.close()


def _slot_rows(store: Store) -> list[tuple[str, datetime, str | None, str, str, str]]:
    """(schedule, slot, job, status, reason, decided by) of every decided slot."""
    side = open_side_db(store)
    assert side is not None
    try:
        with side.read() as db:
            rows = db.execute(
                "SELECT name, slot_at, job_id, status, reason, decided_by FROM schedule_slots "
                "ORDER BY slot_at, name"
            ).fetchall()
    finally:
        side.close()
    return [
        (str(n), datetime.fromtimestamp(float(s), UTC), j, str(st), str(r), str(b))
        for n, s, j, st, r, b in rows
    ]


def _state(store: Store, job_id: str) -> str | None:
    try:
        return store.get_job(job_id).state.value
    except UnknownJob:
        return None


def _wait(what: Callable[[], Any], fleet: Fleet, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = what()
        if got:
            return got
        time.sleep(0.005)
    raise AssertionError(
        f"timed out waiting for {what.__name__}\n{fleet.stderr()}"
    )  # pragma: no cover


def test_three_worker_processes_run_each_slot_once_one_killed_at_a_boundary(
    tmp_path: Path, location: str
) -> None:
    clock = tmp_path / "clock"
    write_test_clock(clock, T0)
    env = {TEST_CLOCK_ENV: str(clock)}
    jobs = []
    for name, policy in POLICIES.items():
        job = write_job(
            tmp_path / name,
            n=BATCHES * 20,
            batch_size=20,
            extra={"schedule": {**EVERY_5, "missed": policy}},
        )
        job.write_text(job.read_text().replace("contacts-to-leads", name))
        jobs.append(job)
    st = open_store(location)
    fleet = Fleet(location, clock, tmp_path)
    try:
        first = fleet.start(3)
        pids = {p.pid for p in first}
        # `syncwright schedule` for both while the workers start (nothing is due at T0)
        with ThreadPoolExecutor(2) as pool:
            added = list(
                pool.map(
                    lambda j: cli("schedule", str(j), "--store", location, extra_env=env), jobs
                )
            )
        for a in added:
            assert a.returncode == 0, a.stderr
            assert "TEST-ONLY schedule clock" in a.stderr  # never silent
        _wait(lambda: fleet.started(first), fleet)
        slots = every_5_minutes(T0, T0 + timedelta(minutes=17))
        assert len(slots) == 4
        killed: dict[str, Any] = {}
        for i, slot in enumerate(slots):
            write_test_clock(clock, slot - timedelta(seconds=2))
            time.sleep(0.4)  # several ticks of every worker just before the boundary
            assert all(r[1] < slot for r in _slot_rows(st)), "a slot fired before its time"
            write_test_clock(clock, slot + timedelta(seconds=1))
            if i == 1:  # kill the worker that wins this slot, right as it decides it

                def decided(slot: datetime = slot) -> list[Any]:
                    return [r for r in _slot_rows(st) if r[1] == slot]

                row = _wait(decided, fleet)[0]
                match = WORKER_ID.search(row[5])
                assert match is not None, row
                pid = int(match.group(1))
                os.kill(pid, signal.SIGKILL)
                killed = {"pid": pid, "row": row, "job_state": _state(st, str(row[2]))}
            ids = [slot_job_id(name, slot) for name in POLICIES]

            def slot_done(ids: list[str] = ids) -> bool:
                return all(_state(st, j) == "completed" for j in ids)

            _wait(slot_done, fleet)

        # the killed one was one of ours, died by the signal, and held an unfinished slot
        assert killed["pid"] in pids
        victim = next(p for p in first if p.pid == killed["pid"])
        assert victim.wait(timeout=5) == -signal.SIGKILL
        assert killed["job_state"] != "completed", killed

        # a new fleet replaces the old one (started first, to keep the test short: nothing
        # is due yet), then the schedulers' clock jumps an hour and a half that nobody
        # ticked through
        second = fleet.start(3)
        _wait(lambda: fleet.started(second), fleet)
        survivors = [p for p in first if p is not victim]
        assert fleet.stop(survivors) == [0, 0], fleet.stderr()
        assert len(_slot_rows(st)) == 8  # nothing new decided before the jump
        down_until = slots[-1] + timedelta(hours=1, seconds=90)
        write_test_clock(clock, down_until)
        missed = every_5_minutes(slots[-1], down_until)
        assert len(missed) == 12
        once_id = slot_job_id("nightly-once", missed[-1])

        def caught_up() -> bool:
            rows = [r for r in _slot_rows(st) if r[1] in missed]
            return len(rows) == 24 and _state(st, once_id) == "completed"

        _wait(caught_up, fleet)
        time.sleep(0.5)  # more ticks: nothing else may fire
        assert fleet.stop(second) == [0, 0, 0], fleet.stderr()
    finally:
        fleet.close()

    # exactly once, from the events: one job per slot (and one per missed run_once), each
    # created once, started once, every batch uploaded once, completed once
    events = list(st.read_all())
    created = Counter(
        (e.data["scheduled"]["schedule"], e.data["scheduled"]["slot"])
        for e in events
        if e.type == JobEvent.CREATED
    )
    expected = {(name, s.isoformat()) for name in POLICIES for s in slots}
    expected.add(("nightly-once", missed[-1].isoformat()))
    assert set(created) == expected and set(created.values()) == {1}, created
    per_job = Counter((e.stream_id, e.type) for e in events)
    streams = {e.stream_id for e in events if e.type == JobEvent.CREATED}
    assert len(streams) == 9
    for stream in streams:
        assert per_job[(stream, JobEvent.STARTED)] == 1, stream
        assert per_job[(stream, JobEvent.UPLOAD_COMPLETED)] == 1, stream
        batches = Counter(
            e.data["index"]
            for e in events
            if e.stream_id == stream and e.type == JobEvent.BATCH_UPLOADED
        )
        assert sorted(batches) == list(range(BATCHES)) and set(batches.values()) == {1}, stream
    assert {v.state.value for v in st.list_jobs()} == {"completed"}

    # the slot table tells the same story, policies included
    rows = _slot_rows(st)
    on_time = [r for r in rows if r[1] in slots]
    assert len(on_time) == 8 and {r[3] for r in on_time} == {"fired"}
    late = {name: [r for r in rows if r[0] == name and r[1] in missed] for name in POLICIES}
    assert [r[3] for r in late["nightly-once"]] == ["skipped"] * 11 + ["fired"]
    assert late["nightly-once"][-1][4] == "missed (run_once)"
    assert {(r[3], r[4]) for r in late["nightly-skip"]} == {("skipped", "missed (skip)")}
    assert all(r[5].endswith(MARK) for r in rows)  # decided under the test clock, and marked
    st.close()


def test_the_test_clock_needs_its_setting_and_its_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from syncwright.schedule.clock import TestClockError, mark_ticker, schedule_now

    clock = tmp_path / "clock"
    write_test_clock(clock, T0)
    monkeypatch.delenv(TEST_CLOCK_ENV, raising=False)
    assert abs((schedule_now() - datetime.now(UTC)).total_seconds()) < 5  # the real time
    assert mark_ticker("w0") == "w0"
    monkeypatch.setenv(TEST_CLOCK_ENV, str(clock))
    assert schedule_now() == T0 and mark_ticker("w0") == "w0" + MARK
    clock.write_text(T0.isoformat() + "\n")  # a time without the header: refused, not used
    with pytest.raises(TestClockError, match="not a test clock file"):
        schedule_now()
    # and a worker started with such a setting stops at once with one line, exit 2
    proc = cli(
        "worker",
        "--exit-when-idle",
        "--store",
        str(tmp_path / "s.db"),
        extra_env={TEST_CLOCK_ENV: str(clock)},
        timeout=60,
    )
    assert proc.returncode == 2
    assert f"error: {TEST_CLOCK_ENV}={clock}: not a test clock file" in proc.stderr

"""Kill -9 a real job at random instants while it *updates* a file destination; resume.

Each round changes every source record and runs a new job over the same destination file,
so every batch is an update batch. Runners are forked from this process (no interpreter
start per run, so the test can afford many kills), killed with SIGKILL at a random
instant while the job is uploading, and resumed by a fresh runner from the store. After
each round the file must hold exactly the round's records, one per key, and no resume may
stop on the file (the wedge of issue #19 item 1).
"""

from __future__ import annotations

import asyncio
import csv
import os
import random
import signal
import time
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest

from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import latest_job, write_job

RECORDS = 6000
BATCH = 50


def _state(db: Path) -> tuple[str, int] | None:
    job = latest_job(db)
    return None if job is None else (job[0], int(job[1].get("batches_uploaded", 0)))


def _fork_runner(store: Path, job_id: str) -> int:
    pid = os.fork()
    if pid == 0:  # the child: run the job from its checkpoint, then leave without cleanup
        code = 1
        try:
            st = SQLiteStore(store)
            view = asyncio.run(JobRunner(st, job_id).run())
            code = 0 if view.state.value == "completed" else 3
        finally:
            os._exit(code)
    return pid


def _write_source(folder: Path, version: int) -> None:
    with open(folder / "contacts.jsonl", "wb") as f:
        for i in range(RECORDS):
            rec = {
                "id": i,
                "email": f"user{i}@example.com",
                "firstname": f"First{i}-v{version}" + "x" * ((i * version) % 13),
                "lastname": f"Last{i}",
                "company": f"Co {version}\r\n{i % 50}",
            }
            f.write(orjson.dumps(rec) + b"\n")


def _read(kind: str, path: Path) -> list[dict[str, Any]]:
    if kind == "jsonl":
        return [orjson.loads(x) for x in path.read_bytes().split(b"\n") if x]
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _expected(version: int) -> dict[str, str]:
    return {
        f"user{i}@example.com": f"First{i}-v{version}" + "x" * ((i * version) % 13)
        for i in range(RECORDS)
    }


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "min_kills"), [("jsonl", 50), ("csv", 20)])
def test_kill_minus_nine_during_update_batches_then_resume(
    tmp_path: Path, kind: str, min_kills: int
) -> None:
    job_file = write_job(
        tmp_path,
        n=RECORDS,
        batch_size=BATCH,
        dest_platform=kind,
        dest_fields={
            c: {"type": "string"}
            for c in ("Email", "FirstName", "LastName", "Company", "LeadSource")
        },
    )
    out = tmp_path / "out" / "leads.jsonl"
    store = tmp_path / "store.db"
    SQLiteStore(store).close()
    rng = random.Random(int(os.environ.get("CRASH_SEED", "1919")))
    kills: Counter[str] = Counter()
    started = time.monotonic()
    version = 0
    while True:
        _write_source(tmp_path, version)
        st = SQLiteStore(store)
        job_id = create_job(st, load_job_file(job_file))
        st.close()
        resumes = 0
        while True:
            at_spawn = _state(store)
            if at_spawn and at_spawn[0] == "completed":
                break  # the last kill landed after the job completed
            done_before = at_spawn[1] if at_spawn and at_spawn[0] == "uploading" else -1
            pid = _fork_runner(store, job_id)
            kill_at = None
            if version > 0:  # round 0 creates; later rounds update and get killed
                # Wait until this runner has uploaded a batch (so every run makes
                # progress), then let it write a random while.
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    now = _state(store)
                    if now and now[0] in ("completed", "needs_attention"):
                        break
                    if now and now[0] == "uploading" and now[1] > done_before:
                        break
                    if os.waitpid(pid, os.WNOHANG)[0]:
                        pid = 0
                        break
                    time.sleep(0.002)
                kill_at = rng.uniform(0.0, 0.03)
            if pid and kill_at is not None:
                time.sleep(kill_at)
                before = _state(store)
                if os.waitpid(pid, os.WNOHANG)[0] == 0:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    if before and before[0] == "uploading":
                        kills["uploading"] += 1
                    else:
                        kills[before[0] if before else "starting"] += 1
                    resumes += 1
                    assert resumes < 400, f"round {version} never completed: {dict(kills)}"
                    continue
                pid = 0
            elif pid:
                _, status = os.waitpid(pid, 0)
                assert os.waitstatus_to_exitcode(status) == 0
            break
        state = _state(store)
        assert state is not None
        # A resume that stopped on the destination (a wedge) would show here.
        assert state[0] == "completed", f"round {version}: {state}, kills {dict(kills)}"
        rows = _read(kind, out)
        got = {r["Email"]: r["FirstName"] for r in rows}
        assert len(rows) == RECORDS, f"round {version}: {len(rows)} rows (duplicates?)"
        assert got == _expected(version), f"round {version}"
        assert all(r["Company"] == f"Co {version}\r\n{i % 50}" for i, r in enumerate(rows))
        version += 1
        if kills["uploading"] >= min_kills:
            break
        assert time.monotonic() - started < 120, f"too slow: {dict(kills)} in {version} rounds"
    print(f"{kind}: kills by state {dict(kills)} over {version - 1} update rounds")

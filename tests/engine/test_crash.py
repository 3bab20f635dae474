"""Kill -9 a real sync at random instants in every phase; resume; prove exactly-once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import orjson
import pytest

from tests.helpers import read_jsonl, staged_seq_keys, write_job

RECORDS = 50_000
MIN_KILLS = 20
FUSE = {"fetching": 0.04, "mapping": 0.02, "validating": 0.005, "uploading": 0.03}


def _job_state(db: Path) -> tuple[str, int] | None:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            row = con.execute("SELECT state, version FROM jobs").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return (row[0], row[1]) if row else None


def _spawn(args: list[str], store: Path, cwd: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SYNCWRIGHT_STORE": str(store)}
    return subprocess.Popen(
        [sys.executable, "-m", "syncwright", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_kill_minus_nine_at_random_instants_then_resume(tmp_path: Path) -> None:
    job = write_job(tmp_path, n=RECORDS, batch_size=250)
    store = tmp_path / "store.db"
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20261124")))
    kills: Counter[str] = Counter()
    args = ["run", str(job)]
    finished = False
    for _attempt in range(200):
        before = _job_state(store)
        if before is not None and before[0] == "completed":
            finished = True  # the last kill landed after the final commit
            break
        proc = _spawn(args, store, tmp_path)
        # Wait until this process has made progress (appended at least one event), then
        # let it run a random while and kill it without warning.
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            now = _job_state(store)
            if now is not None and (before is None or now[1] > before[1]):
                break
            time.sleep(0.005)
        # Phases differ in length (validating is brief): shorter fuses in shorter phases,
        # so every phase is hit.
        phase = (_job_state(store) or ("fetching", 0))[0]
        time.sleep(rng.uniform(0.0, FUSE.get(phase, 0.05)))
        if proc.poll() is None:
            state = _job_state(store)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills[state[0] if state else "starting"] += 1
        else:
            assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
            finished = True
            break
        if args[0] == "run":
            job_id = _job_ids(store)[0]
            args = ["resume", job_id]
    assert finished, f"job never completed; kills so far: {dict(kills)}"
    print(f"kills by phase: {dict(kills)}")
    assert sum(kills.values()) >= MIN_KILLS, dict(kills)
    assert {"fetching", "mapping", "validating", "uploading"} <= set(kills), dict(kills)

    # Every source record exactly once at the destination.
    out = read_jsonl(tmp_path / "out" / "leads.jsonl")
    emails = [r["Email"] for r in out]
    assert len(emails) == RECORDS and len(set(emails)) == RECORDS
    assert set(emails) == {f"user{i}@example.com" for i in range(RECORDS)}

    # The audit: every batch recorded as uploaded exactly once, pages contiguous, a takeover per kill.
    con = sqlite3.connect(store)
    rows = con.execute("SELECT type, data FROM events ORDER BY position").fetchall()
    uploaded = [orjson.loads(d)["index"] for t, d in rows if t == "batch_uploaded"]
    assert sorted(uploaded) == list(range(RECORDS // 250))
    pages = [orjson.loads(d) for t, d in rows if t == "page_fetched"]
    seq = 0
    for page in pages:
        assert page["first_seq"] == seq
        seq += page["count"]
    assert seq == RECORDS
    assert [seq for seq, _key in staged_seq_keys(con)] == list(range(RECORDS))
    attached = sum(1 for t, _ in rows if t == "runner_attached")
    assert attached >= sum(kills.values()) - kills["starting"] - 1
    con.close()


def _job_ids(store: Path) -> list[str]:
    con = sqlite3.connect(store)
    try:
        return [r[0] for r in con.execute("SELECT job_id FROM jobs")]
    finally:
        con.close()

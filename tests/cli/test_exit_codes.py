"""The README's exit-code table, as a user meets it: real processes, real files, signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
import yaml

from tests.helpers import cli, cli_json, read_jsonl, write_job


def test_every_record_rejected_is_not_a_plain_success(tmp_path: Path) -> None:
    job = write_job(
        tmp_path,
        n=50,
        bad_every=1,  # every email invalid
        max_rejected_ratio=1.0,  # the limit allows it: the job completes ...
        dest_fields={"Email": {"type": "email", "required": True}},
    )
    store = tmp_path / "s.db"
    proc = cli("run", str(job), store=store)
    assert proc.returncode == 6, proc.stderr  # ... but not as a success
    assert "nothing was delivered: all 50 records were rejected" in proc.stderr
    status = cli_json("status", store=store)[0]
    assert (status["state"], status["outcome"]) == ("completed", "nothing_delivered")

    # Some delivered, some rejected: a success (0) that says so.
    job2 = write_job(tmp_path / "two", n=50, bad_every=10, max_rejected_ratio=1.0,
                     dest_fields={"Email": {"type": "email", "required": True}})
    proc = cli("run", str(job2), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    view = orjson.loads(proc.stdout)
    assert (view["outcome"], view["exit_code"]) == ("completed_with_rejections", 0)


def test_non_utf8_job_and_mapping_files_exit_2_naming_the_file(tmp_path: Path) -> None:
    job = write_job(tmp_path, n=5)
    store = tmp_path / "s.db"
    mapping = tmp_path / "mapping.yaml"
    mapping.write_bytes(mapping.read_bytes().replace(b"web", "w\xe9b".encode("latin-1")))
    proc = cli("run", str(job), store=store)
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith(f"error: {mapping}: not UTF-8 text (byte 0xe9")
    assert "Traceback" not in proc.stderr
    job.write_bytes(b"name: caf\xe9\n")
    proc = cli("run", str(job), store=store)
    assert proc.returncode == 2
    assert f"{job}: not UTF-8 text (byte 0xe9 on line 1)" in proc.stderr


def test_unset_variable_exit_2_naming_file_and_key(tmp_path: Path) -> None:
    job = write_job(tmp_path, n=5)
    data = yaml.safe_load(job.read_text())
    data["connections"]["out"]["path"] = "${OUT_DIR}/leads.jsonl"
    job.write_text(yaml.safe_dump(data))
    env = {k: v for k, v in os.environ.items() if k != "OUT_DIR"}
    proc = subprocess.run(
        [sys.executable, "-m", "syncwright", "run", str(job), "--store", str(tmp_path / "s.db")],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f"error: {job}: connections.out.path: environment variable OUT_DIR is not set "
        "(set it, or write ${OUT_DIR:-default})"
    )
    proc = cli("run", str(job), store=tmp_path / "s.db", extra_env={"OUT_DIR": "elsewhere"})
    assert proc.returncode == 0, proc.stderr
    assert len(read_jsonl(tmp_path / "elsewhere/leads.jsonl")) == 5


def _start(*args: str, store: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "SYNCWRIGHT_STORE": str(store), "COLUMNS": "200"}
    env.pop("SYNCWRIGHT_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "syncwright", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def _interrupt_when_uploading(proc: subprocess.Popen[str], sig: int) -> tuple[int, str]:
    assert proc.stdout is not None
    for line in proc.stdout:
        if "-> uploading" in line:
            proc.send_signal(sig)
            break
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err


@pytest.mark.slow
@pytest.mark.parametrize(("sig", "code", "word"), [
    (signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted"),
])
def test_signals_then_a_resume_race(tmp_path: Path, sig: int, code: int, word: str) -> None:
    n = 60_000
    job = write_job(tmp_path, n=n, batch_size=500)
    store = tmp_path / "s.db"
    returncode, err = _interrupt_when_uploading(_start("run", str(job), store=store), sig)
    assert returncode == code, err
    assert f"{word}; the job resumes from its last checkpoint" in err
    job_id = cli_json("status", store=store)[0]["job_id"]
    assert cli_json("status", store=store)[0]["state"] == "uploading"

    # Two resumes at once: one finishes the job, the other learns it lost (7).
    racers = [_start("resume", job_id, store=store) for _ in range(2)]
    time.sleep(0.05)
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in racers]
    codes = sorted(c for c, _ in results)
    print("race exit codes", codes)
    # both may finish if one attached last; a loser that starts only after the winner completed
    # the job is told so (2: nothing to resume), which is as honest as 7
    assert codes in ([0, 7], [0, 0], [0, 2]), results
    if codes == [0, 2]:
        assert "is completed; nothing to resume" in next(e for c, e in results if c == 2), results
    if codes == [0, 7]:
        loser = next(e for c, e in results if c == 7)
        # Two honest phrasings: the winner's lease is visible ("taken over by runner:...")
        # or the job moved on before the loser could read who holds it.
        assert ("was taken over by runner:" in loser and "nothing was lost" in loser) or (
            "under another runner" in loser
        ), loser
    assert cli_json("status", store=store)[0]["state"] == "completed"
    out = read_jsonl(tmp_path / "out/leads.jsonl")
    assert len({r["Email"] for r in out}) == n  # no gap, and upserts: no duplicate key

"""The CLI as a user runs it: a real subprocess, a real store file, real job files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import yaml

from tests.helpers import cli, cli_json, read_jsonl, write_job


def _job_id(stdout: str) -> str:
    first = stdout.splitlines()[0]
    assert first.startswith("job "), stdout
    return first.split()[1]


def test_run_inspect_fix_retry_replay(tmp_path: Path) -> None:
    job = write_job(
        tmp_path,
        n=300,
        bad_every=100,
        batch_size=100,
        dest_fields={"Email": {"type": "email", "required": True}},
    )
    store = tmp_path / "s.db"
    proc = cli("run", str(job), store=store)
    assert proc.returncode == 0, proc.stderr
    job_id = _job_id(proc.stdout)
    assert "queued -> fetching" in proc.stdout and "uploading -> completed" in proc.stdout
    assert f"see the rejected records with `syncwright failures {job_id}`" in proc.stdout

    status = cli_json("status", store=store)
    assert status[0]["job_id"] == job_id and status[0]["state"] == "completed"
    assert (status[0]["created"], status[0]["rejected"]) == (297, 3)

    info = cli_json("inspect", job_id, store=store)
    assert info["batches_uploaded"] == info["batches_total"] == 3
    assert "syncwright retry" in info["next_step"]
    text = cli("inspect", job_id, store=store).stdout
    assert "uploaded 3 of 3" in text and "timeline" in text

    fails = cli_json("failures", job_id, store=store)
    assert [f["record_key"] for f in fails] == ["99", "199", "299"]
    assert fails[0]["reason"] == "field 'Email': 'bad-email-99' is not a valid email address"

    proc = cli("fix", job_id, "99", "--set", "Email=good99@example.com", store=store)
    assert proc.returncode == 0 and "fixed 99" in proc.stdout
    retried = cli_json("retry", job_id, "--failed", store=store)
    assert retried["state"] == "completed" and retried["delivered_on_retry"] == 1
    assert len(read_jsonl(tmp_path / "out" / "leads.jsonl")) == 298

    story = [e["type"] for e in cli_json("events", job_id, store=store)]
    assert story[0] == "job_created" and "record_fixed" in story and story[-1] == "upload_completed"
    only = cli_json("events", job_id, "--type", "record_fixed", store=store)
    assert only[0]["data"] == {"key": "99", "set": {"Email": "good99@example.com"}}
    assert only[0]["metadata"]["actor"].startswith("user:")

    lineage = cli_json("explain", job_id, "99", store=store)
    occ = lineage["occurrences"][0]
    assert occ["source"]["email"] == "bad-email-99" and occ["mapped"]["Email"] == "bad-email-99"
    assert [u["retry"] for u in occ["uploads"]] == [False, True]
    assert occ["fixes"][0]["set"] == {"Email": "good99@example.com"}

    proc = cli("replay", "--check", store=store)
    assert proc.returncode == 0 and "identical" in proc.stdout


def test_needs_attention_exit_code_and_resume(tmp_path: Path) -> None:
    job = write_job(
        tmp_path,
        n=200,
        bad_every=2,
        batch_size=50,
        max_rejected_ratio=0.1,
        dest_fields={"Email": {"type": "email"}},
    )
    store = tmp_path / "s.db"
    proc = cli("run", str(job), store=store)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    job_id = _job_id(proc.stdout)
    assert "needs_attention" in proc.stdout and "above the limit of 10.0%" in proc.stdout
    proc = cli("resume", job_id, "--max-rejected-ratio", "0.6", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert cli_json("status", store=store)[0]["rejected"] == 100


def test_cancel(tmp_path: Path) -> None:
    job = write_job(tmp_path, n=10)
    store = tmp_path / "s.db"
    job_id = _job_id(cli("run", str(job), store=store).stdout)
    proc = cli("cancel", job_id, store=store)
    assert proc.returncode == 2 and "already completed" in proc.stderr


def _no_traceback(proc) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout


def test_bad_job_files_name_the_key(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    job = write_job(tmp_path, n=5)
    data = yaml.safe_load(job.read_text())
    cases = {
        "batch_size": (
            {**data, "batch_size": 0},
            "batch_size: Input should be greater than or equal to 1",
        ),
        "unknown key": ({**data, "bacth_size": 5}, "bacth_size: Extra inputs are not permitted"),
        "connection": (
            {**data, "source": {"connection": "nope", "object": "c"}},
            "source.connection 'nope' is not defined under connections",
        ),
        "platform": (
            {**data, "connections": {**data["connections"], "crm": {"platform": "fax"}}},
            "connections.crm: unknown platform 'fax'",
        ),
        "conn key": (
            {**data, "connections": {**data["connections"], "crm": {"platform": "jsonl"}}},
            "connections.crm.path: Field required",
        ),
        "mapping": ({**data, "mapping": "missing.yaml"}, "missing.yaml: no such mapping file"),
    }
    for name, (content, message) in cases.items():
        bad = tmp_path / f"bad-{name.replace(' ', '_')}.yaml"
        bad.write_text(yaml.safe_dump(content))
        proc = cli("run", str(bad), store=store)
        assert proc.returncode == 2, name
        assert message in proc.stderr, (name, proc.stderr)
        _no_traceback(proc)
    (tmp_path / "broken.yaml").write_text("name: [unclosed")
    proc = cli("run", str(tmp_path / "broken.yaml"), store=store)
    assert proc.returncode == 2 and "not valid YAML" in proc.stderr
    proc = cli("run", str(tmp_path / "none.yaml"), store=store)
    assert proc.returncode == 2 and "no such job file" in proc.stderr


def test_unknown_job_locked_and_corrupt_stores(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    for args in (
        ["inspect", "nope"],
        ["events", "nope"],
        ["resume", "nope"],
        ["failures", "nope"],
        ["fix", "nope", "k", "--set", "a=b"],
        ["cancel", "nope"],
    ):
        proc = cli(*args, store=store)
        assert proc.returncode == 2 and "no job 'nope'" in proc.stderr, (args, proc.stderr)
        _no_traceback(proc)

    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"garbage" * 1000)
    proc = cli("status", store=corrupt)
    assert proc.returncode == 2 and "not a syncwright store" in proc.stderr
    _no_traceback(proc)

    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        job = write_job(tmp_path, n=5)
        proc = cli("run", str(job), store=store, extra_env={"SYNCWRIGHT_BUSY_TIMEOUT_MS": "300"})
        assert proc.returncode == 2 and "locked by another process" in proc.stderr, proc.stderr
        _no_traceback(proc)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_help_is_helpful() -> None:
    proc = cli("--help")
    assert proc.returncode == 0
    for command in (
        "run",
        "status",
        "inspect",
        "events",
        "resume",
        "cancel",
        "failures",
        "fix",
        "retry",
        "replay",
        "explain",
    ):
        assert command in proc.stdout
    assert "Exit codes" in cli("run", "--help").stdout

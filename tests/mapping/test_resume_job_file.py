"""`syncwright resume JOB --job-file JOB.yaml`: a job stuck on its configuration takes a
corrected job file (checked first), frozen as a new event, with what changed printed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml
from typer.testing import CliRunner

from syncwright.cli import app
from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.engine.redefine import RedefineError, redefine
from syncwright.sandbox import Sandbox
from syncwright.store.sqlite import SQLiteStore

runner = CliRunner()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(("salesforce",), no_limits=True) as sb:
        yield sb


def write_job(tmp_path: Path, sb: Sandbox, token_env: str, last: str = "LastName") -> Path:
    (tmp_path / "in.jsonl").write_bytes(
        b"".join(
            orjson.dumps({"id": str(i), "email": f"p{i}@x.io", "lastname": f"L{i}"}) + b"\n"
            for i in range(5)
        )
    )
    path = tmp_path / "job.yaml"
    data: dict[str, Any] = {
        "name": "to-sf",
        "source": {"connection": "src", "object": "people"},
        "destination": {"connection": "sf", "object": "Contact"},
        "mapping": {
            "version": 2,
            "match_key": "Email",
            "rules": [{"to": "Email", "from": "email"}, {"to": last, "from": "lastname"}],
        },
        "connections": {
            "src": {"platform": "jsonl", "path": "in.jsonl"},
            "sf": {
                "platform": "salesforce",
                "base_url": sb.base_url("salesforce"),
                "token_env": token_env,
            },
        },
    }
    path.write_text(yaml.safe_dump(data))
    return path


def stuck_job(tmp_path: Path, sb: Sandbox) -> tuple[SQLiteStore, str]:
    """A job created without `check` (as `submit` or the Python API can), whose token
    variable is not set: the runner stops it in needs_attention."""
    store = SQLiteStore(tmp_path / "s.db")
    job_id = create_job(store, load_job_file(write_job(tmp_path, sb, "SW_RESUME_MISSING")))
    view = asyncio.run(JobRunner(store, job_id).run())
    assert view.state == JobState.NEEDS_ATTENTION and "SW_RESUME_MISSING" in (view.reason or "")
    return store, job_id


def test_resume_with_a_corrected_job_file(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox.reset()
    monkeypatch.setenv("SW_RESUME_OK", sandbox.credentials("salesforce")["token"])
    store, job_id = stuck_job(tmp_path, sandbox)
    store.close()
    db = str(tmp_path / "s.db")
    inspect = runner.invoke(app, ["inspect", job_id, "--store", db, "--json"])
    assert (
        f"syncwright resume {job_id} --job-file JOB.yaml"
        in orjson.loads(inspect.stdout)["next_step"]
    )
    # a corrected file that still fails the check is refused, and nothing is recorded
    still_bad = write_job(tmp_path, sandbox, "SW_RESUME_OK", last="LastNmae")
    res = runner.invoke(app, ["resume", job_id, "--job-file", str(still_bad), "--store", db])
    assert res.exit_code == 2
    assert "has no field 'LastNmae' (did you mean 'LastName'?)" in res.output
    events = runner.invoke(app, ["events", job_id, "--store", db, "--json"])
    assert "job_redefined" not in [e["type"] for e in orjson.loads(events.stdout)]
    # the corrected file: checked, frozen as a new event, the change printed, the job runs
    fixed = write_job(tmp_path, sandbox, "SW_RESUME_OK")
    res = runner.invoke(app, ["resume", job_id, "--job-file", str(fixed), "--store", db, "--json"])
    assert res.exit_code == 0, res.output
    assert "changed connections.sf.token_env: 'SW_RESUME_MISSING' -> 'SW_RESUME_OK'" in res.output
    events = orjson.loads(runner.invoke(app, ["events", job_id, "--store", db, "--json"]).stdout)
    types = [e["type"] for e in events]
    assert types[0] == "job_created" and "job_redefined" in types
    assert types.index("job_redefined") < types.index("job_resumed")
    assert (
        events[0]["data"]["connections"]["sf"]["token_env"] == "SW_RESUME_MISSING"
    )  # history kept
    assert len(sandbox.admin("salesforce").records("Contact")) == 5


def test_changes_that_would_break_done_work_are_refused(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox.reset()
    monkeypatch.setenv("SW_RESUME_OK", sandbox.credentials("salesforce")["token"])
    store, job_id = stuck_job(tmp_path, sandbox)
    assert (
        redefine(store, job_id, load_job_file(write_job(tmp_path, sandbox, "SW_RESUME_MISSING")))
        == []
    )
    # the job had fetched (and mapped) its records already: neither may change now
    new = load_job_file(write_job(tmp_path, sandbox, "SW_RESUME_OK"))
    new["mapping"]["rules"][1] = {"to": "LastName", "value": "X"}
    new["mapping_version"] = "m-other"
    new["source"] = {"connection": "src", "object": "others"}
    with pytest.raises(RedefineError, match="the source cannot change now"):
        redefine(store, job_id, new)
    new["source"] = {"connection": "src", "object": "people"}
    with pytest.raises(RedefineError, match="the mapping cannot change now"):
        redefine(store, job_id, new)
    store.close()

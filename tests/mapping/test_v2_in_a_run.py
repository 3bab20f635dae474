"""A v2 mapping in a real JSONL -> JSONL run: filtered records are skipped (recorded, not
sent, not rejected), records the mapping cannot produce are quarantined with the reason,
and a crash between mapping and validating loses neither."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import yaml

from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.store.sqlite import SQLiteStore

MAPPING = {
    "version": 2,
    "match_key": "Email",
    "filters": [{"keep_if": {"field": "country", "eq": "US"}, "reason": "not a US contact"}],
    "rules": [
        {"to": "Email", "from": "email", "transform": ["trim", "lower"]},
        {"to": "Phone", "from": "phone", "transform": [{"e164": "US"}], "if_empty": "omit"},
        {"to": "Status", "from": "stage", "table": {"lead": "Open", "customer": "Closed"}},
    ],
}


def job(tmp_path: Path, records: list[dict]) -> Path:
    (tmp_path / "in.jsonl").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    path = tmp_path / "job.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "name": "v2-run",
                "source": {"connection": "src", "object": "contacts"},
                "destination": {"connection": "dst", "object": "leads"},
                "mapping": MAPPING,
                "batch_size": 2,
                "on_reject": {"max_rejected_ratio": 1.0},
                "connections": {
                    "src": {"platform": "jsonl", "path": "in.jsonl", "primary_key": "id"},
                    "dst": {"platform": "jsonl", "path": "out.jsonl"},
                },
            }
        )
    )
    return path


RECORDS = [
    {"id": "1", "email": " Ann@X.io ", "phone": "(415) 555-0100", "country": "US", "stage": "lead"},
    {"id": "2", "email": "bob@x.io", "phone": "", "country": "DE", "stage": "lead"},
    {"id": "3", "email": "cy@x.io", "phone": "not a phone", "country": "US", "stage": "lead"},
    {"id": "4", "email": "di@x.io", "phone": "", "country": "US", "stage": "prospect"},
    {"id": "5", "email": "ed@x.io", "phone": "", "country": "US", "stage": "customer"},
]


def test_filters_skip_and_bad_values_are_quarantined(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    job_id = create_job(store, load_job_file(job(tmp_path, RECORDS)))
    view = asyncio.run(JobRunner(store, job_id).run())
    assert view.state == JobState.COMPLETED
    assert (view.fetched, view.skipped, view.invalid, view.created) == (5, 1, 2, 2)
    out = [orjson.loads(x) for x in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert out == [
        {"Email": "ann@x.io", "Phone": "+14155550100", "Status": "Open"},
        {"Email": "ed@x.io", "Status": "Closed"},
    ]
    failures = {f.record_key: f for f in store.failures(job_id)}
    assert set(failures) == {"3", "4"}
    assert failures["3"].code == "INVALID_VALUE" and "not a phone" in failures["3"].reason
    assert failures["4"].code == "VALUE_NOT_IN_TABLE" and "'prospect'" in failures["4"].reason
    mapped = [e for e in store.read_stream(f"job-{job_id}") if e.type == "batch_mapped"]
    assert [s for e in mapped for s in e.data.get("skipped", [])] == [
        {"key": "2", "reason": "not a US contact"}
    ]
    store.close()


def test_a_runner_that_did_not_map_keeps_the_mapping_rejects(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    job_id = create_job(store, load_job_file(job(tmp_path, RECORDS)))
    first = JobRunner(store, job_id)
    first.should_stop = lambda: first.view.state == JobState.VALIDATING
    asyncio.run(first.run())
    assert first.view.state == JobState.VALIDATING
    view = asyncio.run(JobRunner(store, job_id).run())  # a new runner: re-checks payloads
    assert view.state == JobState.COMPLETED
    assert (view.invalid, view.created, view.skipped) == (2, 2, 1)
    assert {f.record_key for f in store.failures(job_id)} == {"3", "4"}
    store.close()


def test_dry_run_against_a_file_destination(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from syncwright.cli import app

    path = job(tmp_path, RECORDS)
    runner = CliRunner()
    first = runner.invoke(app, ["run", str(path), "--dry-run", "--json"])
    assert first.exit_code == 0, first.output
    dry = orjson.loads(first.stdout)
    assert (dry["would_create"], dry["would_update"], dry["skipped"], dry["invalid"]) == (
        2,
        0,
        1,
        2,
    )
    assert not (tmp_path / "out.jsonl").exists()  # nothing written
    real = runner.invoke(app, ["run", str(path), "--store", str(tmp_path / "s.db"), "--json"])
    assert real.exit_code == 0, real.output
    changed = [dict(r, stage="customer") if r["id"] == "1" else r for r in RECORDS]
    job(tmp_path, changed)
    again = orjson.loads(runner.invoke(app, ["run", str(path), "--dry-run", "--json"]).stdout)
    assert (again["would_create"], again["would_update"], again["unchanged"]) == (0, 1, 1)
    assert again["changed_fields"] == {"Status": 1}

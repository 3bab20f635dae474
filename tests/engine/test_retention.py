"""Retention: a completed job drops its staging, keeps what explain/failures/retry need,
never deletes a payload another job still refers to, and `prune` gives space back
(real SQLite files and a real PostgreSQL schema)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import time_machine

from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job, explain_record, fix_record, request_retry
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.engine.retention import prune
from syncwright.store import Store
from syncwright.store.sqlite import SQLiteStore
from tests.engine.conftest import dest_path
from tests.helpers import cli, cli_json, read_jsonl, write_job

EMAIL = [{"field": "Email", "format": "email"}]


def run_job(store: Store, job_file: Path) -> tuple[str, Any]:
    job_id = create_job(store, load_job_file(job_file))
    return job_id, asyncio.run(JobRunner(store, job_id).run())


def staged_rows(store: Store, job_id: str) -> int:
    return int(store.query("SELECT COUNT(*) FROM staged_records WHERE job_id = ?", (job_id,))[0][0])


def payload_count(store: Store) -> int:
    return int(store.query("SELECT COUNT(*) FROM batch_payloads")[0][0])


def test_completion_drops_staging_but_keeps_lineage_and_rejects(
    tmp_path: Path, store: Store
) -> None:
    job = write_job(tmp_path, n=2000, bad_every=400, batch_size=100, validate=EMAIL)
    job_id, view = run_job(store, job)
    assert view.state == JobState.COMPLETED and view.open_rejections == 5
    # Only the five quarantined records keep their bodies, and only their batches' payloads.
    assert staged_rows(store, job_id) == 5
    assert payload_count(store) == 5
    pruned = store.query(
        "SELECT reason, records_dropped FROM pruned_jobs WHERE job_id = ?", (job_id,)
    )
    assert pruned[0][1] == 1995 and "keep_staging: 0s" in pruned[0][0]

    delivered = explain_record(store, job_id, "7")
    occ = delivered["occurrences"][0]
    assert occ["source"] is None and occ["source_pruned"] is True
    assert len(occ["source_hash"]) == 32 and occ["uploads"][0]["result"] == "accepted"
    assert occ["mapped"] is None and "fetched" in occ

    rejected = explain_record(store, job_id, "399")["occurrences"][0]
    assert rejected["source"]["email"] == "bad-email-399" and rejected["source_pruned"] is False
    assert rejected["mapped"]["Email"] == "bad-email-399"

    # fix + retry --failed still work on the pruned job, from the kept payloads.
    fix_record(store, job_id, "399", {"Email": "fixed399@example.com"})
    request_retry(store, job_id)
    again = asyncio.run(JobRunner(store, job_id).run())
    assert again.state == JobState.COMPLETED
    emails = {r["Email"] for r in read_jsonl(dest_path(tmp_path))}
    assert "fixed399@example.com" in emails and len(emails) == 1996
    # Re-pruning after the retry keeps the once-rejected record's body for explain.
    assert explain_record(store, job_id, "399")["occurrences"][0]["source"] is not None


def test_replay_rebuilds_the_retention_read_models(tmp_path: Path, store: Store) -> None:
    job = write_job(tmp_path, n=600, bad_every=200, batch_size=100, validate=EMAIL)
    run_job(store, job)
    before = store.dump_read_models()
    assert before["pruned_jobs"] and before["payload_refs"]
    store.replay()
    assert store.dump_read_models() == before


def test_a_payload_shared_with_an_unpruned_run_survives(tmp_path: Path, store: Store) -> None:
    keep = {"retention": {"keep_staging": "forever"}}
    first = write_job(tmp_path / "a", n=300, batch_size=100, extra=keep)
    kept_id, _ = run_job(store, first)
    # The same data and mapping again: identical batches, so identical payload hashes.
    second = write_job(tmp_path / "b", n=300, batch_size=100)
    pruned_id, _ = run_job(store, second)
    assert staged_rows(store, pruned_id) == 0 and staged_rows(store, kept_id) == 300
    assert payload_count(store) == 3
    occ = explain_record(store, kept_id, "42")["occurrences"][0]
    assert occ["mapped"]["Email"] == "user42@example.com"


def test_prune_waits_for_a_jobs_own_retention_then_reclaims(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "store.db")
    job = write_job(tmp_path, n=20_000, batch_size=500, extra={"retention": {"keep_staging": "7d"}})
    job_id, _ = run_job(store, job)
    assert staged_rows(store, job_id) == 20_000
    outcomes, _, _ = prune(store)
    assert outcomes == []  # not due yet
    dry, _, _ = prune(store, timedelta(days=0), dry_run=True)
    assert [o.records_dropped for o in dry] == [20_000]
    assert staged_rows(store, job_id) == 20_000  # a dry run changes nothing
    with time_machine.travel(datetime.now(UTC) + timedelta(days=8), tick=False):
        outcomes, before, after = prune(store)
    assert [(o.job_id, o.records_dropped) for o in outcomes] == [(job_id, 20_000)]
    assert staged_rows(store, job_id) == 0 and payload_count(store) == 0
    assert after < before / 2, (before, after)
    assert prune(store)[0] == []  # nothing twice
    store.close()


def test_forever_is_never_pruned_even_with_older_than(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "store.db")
    job = write_job(tmp_path, n=200, extra={"retention": {"keep_staging": "forever"}})
    job_id, _ = run_job(store, job)
    with time_machine.travel(datetime.now(UTC) + timedelta(days=400), tick=False):
        assert prune(store, timedelta(days=30))[0] == []
    assert staged_rows(store, job_id) == 200
    store.close()


def test_prune_reclaims_space_on_postgresql(tmp_path: Path) -> None:
    from syncwright.store import open_store
    from tests.pg import fresh_schema_url

    with fresh_schema_url() as url:
        store = open_store(url)
        job = write_job(
            tmp_path, n=20_000, batch_size=500, extra={"retention": {"keep_staging": "1d"}}
        )
        job_id, _ = run_job(store, job)
        with time_machine.travel(datetime.now(UTC) + timedelta(days=2), tick=False):
            outcomes, before, after = prune(store)
        assert [o.records_dropped for o in outcomes] == [20_000]
        assert staged_rows(store, job_id) == 0
        assert after < before, (before, after)
        store.close()


def test_an_old_store_gets_its_payload_references_backfilled(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = SQLiteStore(path)
    job = write_job(tmp_path, n=300, batch_size=100, extra={"retention": {"keep_staging": "1d"}})
    job_id, _ = run_job(store, job)
    # Make it look like a store written before retention existed.
    store._db.execute("DELETE FROM payload_refs")
    store._db.execute("UPDATE store_meta SET value = '1' WHERE key = 'schema_version'")
    store.close()
    reopened = SQLiteStore(path)
    refs = reopened.query("SELECT COUNT(*) FROM payload_refs WHERE job_id = ?", (job_id,))
    assert refs[0][0] == 3
    reopened.close()


def test_cli_prune_and_status_show_sizes(tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    job = write_job(tmp_path, n=500, extra={"retention": {"keep_staging": "30d"}})
    cli("run", str(job), store=store, check=True)
    bad = cli("prune", "--older-than", "soon", store=store)
    assert bad.returncode == 2 and "--older-than" in bad.stderr and "Traceback" not in bad.stderr
    dry = cli_json("prune", "--older-than", "0s", "--dry-run", store=store)
    assert dry["dry_run"] and dry["jobs"][0]["records_dropped"] == 500
    done = cli("prune", "--older-than", "0s", store=store, check=True)
    assert "pruned 1 job(s)" in done.stdout and "was" in done.stdout
    status = cli("status", store=store, check=True)
    assert f"store {store}:" in status.stdout

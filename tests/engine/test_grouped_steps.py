"""Mapping checks records while it has them; validating records the same verdicts whether
they come from that pass or, after a restart, from the stored payloads."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner, stream_of
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import write_job

VALIDATE = [{"field": "Email", "format": "email"}]


def verdicts(store: SQLiteStore, job_id: str) -> list[dict[str, Any]]:
    return [
        e.data for e in store.read_stream(stream_of(job_id)) if e.type == JobEvent.BATCH_VALIDATED
    ]


def new_job(folder: Path) -> tuple[SQLiteStore, str]:
    """2,000 contacts, every ninth with a bad email, in batches of 100, on a fresh store."""
    store = SQLiteStore(folder.with_suffix(".db"))
    job = write_job(
        folder, n=2000, bad_every=9, batch_size=100, max_rejected_ratio=0.5, validate=VALIDATE
    )
    return store, create_job(store, load_job_file(job))


def test_validating_after_a_restart_gives_the_verdicts_of_an_uninterrupted_run(
    tmp_path: Path,
) -> None:
    straight_store, straight = new_job(tmp_path / "a")
    view = asyncio.run(JobRunner(straight_store, straight).run())
    assert view.state == JobState.COMPLETED

    store, job_id = new_job(tmp_path / "b")
    first = JobRunner(store, job_id)
    first.should_stop = lambda: first.view.state == JobState.VALIDATING  # stop right there
    assert asyncio.run(first.run()).state == JobState.VALIDATING
    assert verdicts(store, job_id) == []
    view = asyncio.run(JobRunner(store, job_id).run())  # a new runner: no verdicts in hand
    assert view.state == JobState.COMPLETED

    expected = verdicts(straight_store, straight)
    assert verdicts(store, job_id) == expected
    assert [v["index"] for v in expected] == list(range(20))
    bad = sum(len(v["invalid"]) for v in expected)
    assert bad == 2000 // 9 and view.open_rejections == bad
    assert {i["code"] for v in expected for i in v["invalid"]} == {"INVALID_EMAIL"}

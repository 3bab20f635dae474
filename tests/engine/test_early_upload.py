"""The next batch's first upload attempt overlaps the current one's tail, but only when
that can change neither what lands last nor how far past the reject limit the job goes."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar, Literal

import orjson
import pytest

from syncwright.adapters import registry
from syncwright.adapters.base import Record, RecordOutcome
from syncwright.adapters.files import FileConnection, JsonlAdapter
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner, stream_of
from syncwright.store.sqlite import SQLiteStore
from tests.engine.conftest import dest_path
from tests.helpers import read_jsonl, write_job


class SlowConnection(FileConnection):
    platform: Literal["slow"]  # type: ignore[assignment]


class SlowAdapter(JsonlAdapter):
    """A JSONL destination whose calls take 30 ms, like a remote platform's, and that
    records when each call ran."""

    platform = "slow"
    config_model = SlowConnection
    calls: ClassVar[list[tuple[str, float, float]]] = []  # (first key, start, end)
    upsert_by: ClassVar[str | None] = None  # a field other than the match key, if set

    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        return [self.upsert_by or match_key]

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        start = time.monotonic()
        await asyncio.sleep(0.03)
        out = await super().upload_batch(obj, records, match_key)
        type(self).calls.append((records[0][0], start, time.monotonic()))
        return out


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[SlowAdapter]]:
    monkeypatch.setitem(registry.ADAPTERS, "slow", SlowAdapter)
    SlowAdapter.calls = []
    SlowAdapter.upsert_by = None
    yield SlowAdapter


def overlaps(calls: list[tuple[str, float, float]]) -> int:
    ordered = sorted(calls, key=lambda c: c[1])
    return sum(1 for a, b in itertools.pairwise(ordered) if b[1] < a[2])


def run(store: SQLiteStore, job: Path) -> tuple[str, object]:
    job_id = create_job(store, load_job_file(job))
    return job_id, asyncio.run(JobRunner(store, job_id).run())


def test_batches_overlap_and_are_recorded_in_order(
    tmp_path: Path, store: SQLiteStore, slow: type[SlowAdapter]
) -> None:
    job = write_job(tmp_path, n=1000, batch_size=100, dest_platform="slow", max_rejected_ratio=0.5)
    job_id, view = run(store, job)
    assert view.state == JobState.COMPLETED and view.created == 1000  # type: ignore[attr-defined]
    assert overlaps(slow.calls) >= 5  # the next batch was on its way before this one ended
    uploaded = [
        e.data["index"]
        for e in store.read_stream(stream_of(job_id))
        if e.type == JobEvent.BATCH_UPLOADED
    ]
    assert uploaded == list(range(10))
    rows = read_jsonl(dest_path(tmp_path))
    assert sorted(r["Email"] for r in rows) == sorted(f"user{i}@example.com" for i in range(1000))


def test_a_batch_sharing_a_match_key_with_the_one_before_waits_its_turn(
    tmp_path: Path, store: SQLiteStore, slow: type[SlowAdapter]
) -> None:
    """Every record's email also appears in the next batch, with a newer name: the newer
    version must land last, so no two batches may be in flight together."""
    job = write_job(tmp_path, n=10, batch_size=100, dest_platform="slow", max_rejected_ratio=0.5)
    with open(tmp_path / "contacts.jsonl", "wb") as f:
        for i in range(600):
            person = i % 100
            f.write(
                orjson.dumps(
                    {
                        "id": i,
                        "email": f"p{person}@example.com",
                        "firstname": f"v{i // 100}",
                        "lastname": "L",
                        "company": "C",
                    }
                )
                + b"\n"
            )
    _, view = run(store, job)
    assert view.state == JobState.COMPLETED  # type: ignore[attr-defined]
    assert overlaps(slow.calls) == 0
    rows = read_jsonl(dest_path(tmp_path))
    assert {r["FirstName"] for r in rows} == {"v5"} and len(rows) == 100


def test_no_batch_starts_early_when_the_reject_limit_could_be_crossed(
    tmp_path: Path, store: SQLiteStore, slow: type[SlowAdapter]
) -> None:
    """With a 5% limit, one all-rejected batch of 100 in 1,000 records would stop the job:
    the next batch must not have been sent by then."""
    job = write_job(tmp_path, n=1000, batch_size=100, dest_platform="slow", max_rejected_ratio=0.05)
    _, view = run(store, job)
    assert view.state == JobState.COMPLETED  # type: ignore[attr-defined]
    assert overlaps(slow.calls) == 0


def test_a_destination_upserting_by_another_field_is_ordered_by_that_field(
    tmp_path: Path, store: SQLiteStore, slow: type[SlowAdapter]
) -> None:
    """Distinct emails, but the destination tells people apart by LastName (as a Salesforce
    connection with ``external_id_fields`` does), and every batch shares last names with
    the next: the batches must go one after another."""
    job = write_job(tmp_path, n=10, batch_size=100, dest_platform="slow", max_rejected_ratio=0.5)
    with open(tmp_path / "contacts.jsonl", "wb") as f:
        for i in range(500):
            row = {
                "id": i,
                "email": f"u{i}@example.com",
                "firstname": "F",
                "lastname": f"L{i % 100}",
                "company": "C",
            }
            f.write(orjson.dumps(row) + b"\n")
    slow.upsert_by = "LastName"
    _, view = run(store, job)
    assert view.state == JobState.COMPLETED  # type: ignore[attr-defined]
    assert overlaps(slow.calls) == 0
    slow.calls.clear()
    slow.upsert_by = None  # by email, the same batches may overlap
    _, view = run(
        store,
        write_job(
            tmp_path / "again", n=500, batch_size=100, dest_platform="slow", max_rejected_ratio=0.5
        ),
    )
    assert overlaps(slow.calls) >= 2

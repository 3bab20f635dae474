"""Per-record rejection reasons are stored cut of the destination's credential and of known
credential shapes: a platform may echo either in a record's error (real engine, real
SQLite file; the destination stands in for a platform that echoes what it was sent)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest

from syncwright.adapters import registry
from syncwright.adapters.base import Outcome, Record, RecordOutcome
from syncwright.adapters.files import FileConnection, JsonlAdapter
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import write_job

TOKEN = "pat-na1-0123456789abcdef0123"
SHAPED = "Bearer 00DXX0000001abc!AQ4AQFxxxxxxxxxxxxxxxxxxxxxxxx"


class EchoConnection(FileConnection):
    platform: Literal["echo"]  # type: ignore[assignment]


class EchoingPlatform(JsonlAdapter):
    """Rejects every third record with a reason that repeats the request's credential."""

    platform = "echo"
    config_model = EchoConnection

    def secrets(self) -> tuple[str, ...]:
        return (TOKEN,)

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        keep = [(k, r) for i, (k, r) in enumerate(records) if i % 3]
        done = {o.key: o for o in await super().upload_batch(obj, keep, match_key)}
        return [
            done.get(k)
            or RecordOutcome(k, Outcome.REJECTED, f"invalid for token {TOKEN} ({SHAPED})", "BAD")
            for k, _r in records
        ]


@pytest.fixture
def echo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(registry.ADAPTERS, "echo", EchoingPlatform)
    yield


def test_rejection_reasons_are_stored_without_credentials(echo: None, tmp_path: Path) -> None:
    job = write_job(tmp_path, n=30, batch_size=10, dest_platform="echo", max_rejected_ratio=0.5)
    store = SQLiteStore(tmp_path / "store.db")
    job_id = create_job(store, load_job_file(job))
    view = asyncio.run(JobRunner(store, job_id).run())
    assert view.open_rejections == 12  # indices 0, 3, 6, 9 of each batch of 10
    reasons = [f.reason for f in store.failures(job_id)]
    assert all("invalid for token" in r and "Bearer" in r for r in reasons), reasons
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("store.db*"))
    assert TOKEN.encode() not in raw and b"00DXX0000001abc!" not in raw

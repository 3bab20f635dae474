"""A destination that fails on cue: a JSONL file behind a scripted list of call failures.

It stands in for a remote platform's batch-level errors (5xx, 429 with Retry-After,
auth) in engine tests; the platform adapters' own error handling is tested against the
sandbox simulators over real HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar, Literal

import pytest

from syncwright.adapters import registry
from syncwright.adapters.base import AdapterError, Record, RecordOutcome
from syncwright.adapters.files import FileConnection, JsonlAdapter
from syncwright.domain.failures import Classified
from syncwright.store import Store, open_store
from syncwright.store.sqlite import SQLiteStore
from tests.pg import fresh_schema_url


class FlakyConnection(FileConnection):
    platform: Literal["flaky"]  # type: ignore[assignment]


class FlakyAdapter(JsonlAdapter):
    platform = "flaky"
    config_model = FlakyConnection
    script: ClassVar[list[Classified]] = []
    calls: ClassVar[int] = 0

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        type(self).calls += 1
        if self.script:
            raise AdapterError(self.script.pop(0))
        return await super().upload_batch(obj, records, match_key)


@pytest.fixture
def flaky(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[FlakyAdapter]]:
    monkeypatch.setitem(registry.ADAPTERS, "flaky", FlakyAdapter)
    FlakyAdapter.script = []
    FlakyAdapter.calls = 0
    yield FlakyAdapter


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The engine tests run on a SQLite file and on a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        s: Store = SQLiteStore(tmp_path / "store.db")
        yield s
        s.close()
        return
    with fresh_schema_url() as url:
        s = open_store(url)
        yield s
        s.close()


class Sleeps:
    """An injected sleep that records what the runner asked for instead of waiting."""

    def __init__(self) -> None:
        self.asked: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)


def dest_path(job_dir: Path) -> Path:
    return job_dir / "out" / "leads.jsonl"

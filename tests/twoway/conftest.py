"""Two-way tests that need a store run on each backend: a SQLite file and a fresh
PostgreSQL schema (tests/pg.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from syncwright.store import Store, open_store
from tests.pg import BACKENDS, store_location


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a new, empty store of each backend lives."""
    with store_location(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(location: str) -> Iterator[Store]:
    s = open_store(location)
    yield s
    s.close()

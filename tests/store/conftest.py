"""Every store test runs against both backends: a SQLite file and a fresh PostgreSQL schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from syncwright.store import open_store
from tests.pg import BACKENDS, store_location


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A location for a new, empty store of each backend."""
    with store_location(request.param, tmp_path, "s.db") as url:
        yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Any]:
    s = open_store(store_url)
    yield s
    s.close()

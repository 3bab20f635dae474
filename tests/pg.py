"""PostgreSQL for tests: one fresh schema per test, dropped afterwards.

The server is ``$SYNCWRIGHT_TEST_PG`` (default ``postgresql://postgres@127.0.0.1:5432/test``).
When it cannot be reached, tests that need it skip with the reason, except under CI
(``$CI`` set), where they fail: CI must never pass by skipping the PostgreSQL half.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import psycopg
import pytest

from syncwright.store.pg_url import with_schema

PG_URL = os.environ.get("SYNCWRIGHT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@cache
def _unreachable_reason() -> str | None:
    try:
        with psycopg.connect(PG_URL, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"PostgreSQL at {PG_URL} is not reachable ({first}); set SYNCWRIGHT_TEST_PG"
    return None


def require_pg() -> None:
    """Skip (or, under CI, fail) when the test server is not reachable."""
    _unreachable_reason.cache_clear()
    reason = _unreachable_reason()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: PostgreSQL tests must run, not skip)")
    pytest.skip(reason)


def drop_schema(schema: str) -> None:
    with psycopg.connect(PG_URL, autocommit=True, connect_timeout=10) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@contextmanager
def fresh_schema_url() -> Iterator[str]:
    """A store URL whose tables live in a new schema, dropped when the block ends."""
    require_pg()
    schema = "t_" + uuid.uuid4().hex[:16]
    try:
        yield with_schema(PG_URL, schema)
    finally:
        drop_schema(schema)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
"""``params`` for a fixture that runs a test on each store backend."""


@contextmanager
def store_location(backend: str, folder: Path, filename: str = "store.db") -> Iterator[str]:
    """Where a new, empty store of ``backend`` lives: a SQLite file in ``folder``, or a
    fresh PostgreSQL schema (dropped afterwards)."""
    if backend == "sqlite":
        yield str(folder / filename)
        return
    with fresh_schema_url() as url:
        yield url

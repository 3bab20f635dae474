"""Event store, staging and read models (SQLite by default, PostgreSQL for a fleet)."""

from __future__ import annotations

import os
from pathlib import Path

from syncwright.store.base import Failure, StagedRecord, Staging, Store
from syncwright.store.errors import (
    ConcurrencyConflict,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
    UnknownJob,
)

DEFAULT_STORE = "./syncwright.db"

__all__ = [
    "DEFAULT_STORE",
    "ConcurrencyConflict",
    "Failure",
    "StagedRecord",
    "Staging",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "UnknownJob",
    "open_store",
]


def open_store(location: str | None = None, *, read_only: bool = False) -> Store:
    """Open the store named by ``location``, ``$SYNCWRIGHT_STORE``, or ``./syncwright.db``.

    A ``postgresql://`` (or ``postgres://``) URL opens the shared PostgreSQL store; its
    ``?schema=NAME`` parameter keeps the tables in one schema of the database.
    ``read_only``: for commands that only read (a SQLite store is opened read-only: no
    write transaction, no wait on a writer; a missing file is created as before).
    """
    from syncwright.store.sqlite import SQLiteStore

    loc = location or os.environ.get("SYNCWRIGHT_STORE") or DEFAULT_STORE
    if loc.startswith(("postgresql://", "postgres://")):
        from syncwright.store.postgres import PostgresStore

        return PostgresStore(loc)
    if loc.startswith("sqlite:///"):
        loc = loc[len("sqlite:///") :]
    path = Path(loc)
    if path.is_dir():
        raise StoreError(
            f"store {loc} is a directory; give a file path such as {loc}/syncwright.db"
        )
    if not path.parent.exists():
        raise StoreError(f"store {loc}: folder {path.parent} does not exist")
    return SQLiteStore(path, read_only=read_only)

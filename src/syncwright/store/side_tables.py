"""Operational tables beside the event log: runner heartbeats, run statistics, schedules,
alert state and deliveries.

These rows are *not* history: a heartbeat every two seconds would bloat a job's event
stream for ever, so it is one row per job updated in place. Whatever matters to the job's
story (an interruption, a takeover, a fired schedule slot, a raised alert) is still an
event; these tables hold liveness, caches that can be recomputed from events, and
delivery bookkeeping. Same SQL in both dialects (``?`` placeholders, ``ON CONFLICT``);
times are epoch seconds by the database's clock (``NOW``) so machines agree.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from syncwright.store.base import Store
    from syncwright.store.postgres import PostgresStore

SIDE_DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS job_runners (
        job_id TEXT PRIMARY KEY,
        runner TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        started_at DOUBLE PRECISION NOT NULL,
        heartbeat_at DOUBLE PRECISION NOT NULL,
        interval_seconds DOUBLE PRECISION NOT NULL,
        status TEXT NOT NULL,
        progress TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS run_stats (
        job_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        stats TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS run_stats_by_name ON run_stats (name, finished_at)",
    """CREATE TABLE IF NOT EXISTS schedules (
        name TEXT PRIMARY KEY,
        definition TEXT NOT NULL,
        registered_at DOUBLE PRECISION NOT NULL,
        last_slot DOUBLE PRECISION NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS schedule_slots (
        name TEXT NOT NULL,
        slot_at DOUBLE PRECISION NOT NULL,
        job_id TEXT,
        status TEXT NOT NULL,
        reason TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        PRIMARY KEY (name, slot_at)
    )""",
    """CREATE TABLE IF NOT EXISTS alert_state (
        subject TEXT NOT NULL,
        rule TEXT NOT NULL,
        firing INTEGER NOT NULL,
        since DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (subject, rule)
    )""",
    """CREATE TABLE IF NOT EXISTS alert_outbox (
        id TEXT NOT NULL,
        channel TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at DOUBLE PRECISION NOT NULL,
        last_error TEXT,
        created_at DOUBLE PRECISION NOT NULL,
        delivered_at DOUBLE PRECISION,
        PRIMARY KEY (id, channel)
    )""",
)

SQLITE_NOW = "((julianday('now') - 2440587.5) * 86400.0)"
PG_NOW = "extract(epoch from clock_timestamp())::double precision"


class SideDb:
    """``tx()`` yields something with ``execute(sql, params)`` (``?`` placeholders), in one
    transaction; ``NOW`` is the dialect's epoch-seconds expression."""

    NOW = SQLITE_NOW
    dialect = "sqlite"
    writable = True  # False beside a read-only store: caches are then not written

    @contextlib.contextmanager
    def tx(self) -> Iterator[Any]:
        raise NotImplementedError
        yield

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        """A read-only transaction (no write lock: ``status`` on a busy store never waits)."""
        with self.tx() as db:
            yield db

    def now(self) -> float:
        with self.read() as db:
            return float(db.execute(f"SELECT {self.NOW}").fetchone()[0])

    def close(self) -> None:
        return None


class SQLiteSideDb(SideDb):
    """Its own connection to the store file (safe to use from a heartbeat thread)."""

    def __init__(self, path: Path, timeout: float = 30.0) -> None:
        self._db = sqlite3.connect(
            str(path), timeout=timeout, isolation_level=None, check_same_thread=False
        )
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            have = {
                r[0]
                for r in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not {"job_runners", "alert_outbox", "schedule_slots"} <= have:
                self._db.execute("BEGIN IMMEDIATE")
                for ddl in SIDE_DDL:
                    self._db.execute(ddl)
                self._db.execute("COMMIT")

    @contextlib.contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN")
            try:
                yield self._db
            finally:
                self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()


class PgSideDb(SideDb):
    """A pooled connection of the PostgreSQL store per transaction (tables made by
    ``pg_schema`` migrations)."""

    NOW = PG_NOW
    dialect = "postgresql"

    def __init__(self, store: PostgresStore) -> None:
        self.store = store

    @contextlib.contextmanager
    def tx(self) -> Iterator[Any]:
        from syncwright.store.pg_exec import PgExecutor

        with self.store.connection() as conn, conn.transaction():
            yield PgExecutor(conn)


def open_side_db(store: Store) -> SideDb | None:
    """The side tables of ``store``; None for a store that has none (an in-memory test
    double): callers then simply do without liveness."""
    from syncwright.store.sqlite import SQLiteStore

    if isinstance(store, SQLiteStore):
        if store.read_only:
            return ReadOnlySQLiteSideDb.open(store.path)
        return SQLiteSideDb(store.path)
    # (imported only now: psycopg's import costs a SQLite run about 0.1 s)
    from syncwright.store.postgres import PostgresStore

    if isinstance(store, PostgresStore):
        return PgSideDb(store)
    return None


class ReadOnlySQLiteSideDb(SQLiteSideDb):
    """The side tables of a store opened read-only (``status``, ``inspect``): reads only,
    never waiting on a writer; a store without the tables yet has no liveness to show."""

    writable = False

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path) -> ReadOnlySQLiteSideDb | None:
        db = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
        have = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"job_runners", "run_stats"} <= have:
            db.close()
            return None
        return cls(db)

    @contextlib.contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        raise PermissionError("the store was opened read-only")
        yield self._db

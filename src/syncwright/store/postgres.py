"""The shared store: PostgreSQL through psycopg 3 and a connection pool.

Same tables and the same read-model code as the SQLite store; one transaction holds the
events, the staged content and the read-model updates. UNIQUE(stream_id, stream_version)
is the optimistic lock and the workers' fence. Appends take a transaction-level advisory
lock just before inserting events, so global positions are committed in order and a
reader tailing ``read_all`` never skips a position that commits late. The store is safe
to share between threads (each call checks a connection out of the pool).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import orjson
import psycopg
from psycopg import errors as pg_errors
from psycopg_pool import ConnectionPool, PoolTimeout

from syncwright.domain.events import SCHEMAS, NewEvent, RecordedEvent
from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobEvent
from syncwright.store.base import VIEWS_CACHED, Snapshot, Staging
from syncwright.store.errors import ConcurrencyConflict, StoreError
from syncwright.store.pg_exec import PgExecutor, to_format
from syncwright.store.pg_schema import migrate
from syncwright.store.pg_url import PgTarget, parse, quote_ident
from syncwright.store.projections import (
    READ_MODEL_DDL,
    READ_MODEL_TABLES,
    project,
)
from syncwright.store.pruning import write_drop
from syncwright.store.reads import StoreReads
from syncwright.store.snapshots import SAVE, save_params

APPEND_LOCK = 0x5357_6170  # serialises event inserts so positions commit in order
CONNECT_TIMEOUT = 5
NOTIFY_ON = (JobEvent.RESUMED, JobEvent.RETRY_REQUESTED)

# The pool logs every failed reconnect as a warning; with no logging configured Python
# would print those to stderr. Ours are reported as one line by the caller instead.
logging.getLogger("psycopg.pool").addHandler(logging.NullHandler())

_migrated: set[tuple[str, str | None]] = set()
_migrated_lock = threading.Lock()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def connect_kwargs(target: PgTarget) -> dict[str, Any]:
    """libpq keyword arguments every connection of this store uses."""
    kwargs: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT, "application_name": "syncwright"}
    if target.schema:
        kwargs["options"] = f"-c search_path={target.schema}"
    return kwargs


def channel_for(target: PgTarget) -> str:
    """The LISTEN/NOTIFY channel of this store (per schema: schemas share a database)."""
    return "syncwright_jobs" + (f"_{target.schema}" if target.schema else "")


class _Rows:
    """Rows fetched eagerly, so the connection goes back to the pool at once."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._rows


class PostgresStore(StoreReads):
    """A ``Store`` on a PostgreSQL database (optionally one schema of it: ``?schema=NAME``)."""

    thread_safe = True

    def __init__(self, url: str, *, max_connections: int = 8) -> None:
        self.target = parse(url)
        self.location = self.target.display  # never the password
        self.schema = self.target.schema
        self.channel = channel_for(self.target)
        self._local = threading.local()
        kwargs = connect_kwargs(self.target)
        key = (self.target.conninfo, self.schema)
        with _migrated_lock:
            needs_migration = key not in _migrated
        if needs_migration:
            try:
                with psycopg.connect(self.target.conninfo, autocommit=True, **kwargs) as conn:
                    migrate(conn, self.schema, self.location)
            except psycopg.Error as exc:
                raise self.wrap(exc) from None
            with _migrated_lock:
                _migrated.add(key)
        self.pool: ConnectionPool[psycopg.Connection[tuple[Any, ...]]] = ConnectionPool(
            self.target.conninfo,
            min_size=1,
            max_size=max_connections,
            kwargs={"autocommit": True, **kwargs},
            check=ConnectionPool.check_connection,
            timeout=30,
            reconnect_timeout=3600,
            open=False,
            name="syncwright-store",
        )
        try:
            self.pool.open(wait=True, timeout=CONNECT_TIMEOUT * 2)
        except PoolTimeout:
            self.pool.close()
            raise StoreError(f"store {self.location}: cannot connect to PostgreSQL") from None

    # -- plumbing ---------------------------------------------------------------
    def wrap(self, exc: BaseException) -> StoreError:
        """One line naming the store, never the password."""
        if isinstance(exc, psycopg.OperationalError):
            return StoreError(f"store {self.location}: cannot reach PostgreSQL: {first_line(exc)}")
        if isinstance(exc, PoolTimeout):
            return StoreError(f"store {self.location}: no PostgreSQL connection available")
        return StoreError(f"store {self.location}: {first_line(exc)}")

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
        """A pooled connection (autocommit); database errors become ``StoreError``."""
        try:
            with self.pool.connection() as conn:
                yield conn
        except (psycopg.Error, PoolTimeout) as exc:
            raise self.wrap(exc) from None

    @property
    def _views(self) -> dict[str, Any]:
        views: dict[str, Any] | None = getattr(self._local, "views", None)
        if views is None:
            views = self._local.views = {}
        return views

    def _q(self, sql: str, params: tuple[Any, ...] = ()) -> _Rows:
        """Run ``?``-style SQL and fetch the rows (for tests and tools)."""
        with self.connection() as conn:
            cur = conn.execute(to_format(sql), params)
            return _Rows(cur.fetchall() if cur.description else [])

    def close(self) -> None:
        self.pool.close()

    # -- events -----------------------------------------------------------------
    def stream_version(self, stream_id: str) -> int:
        with self.connection() as conn:
            return self._version(conn, stream_id)

    @staticmethod
    def _version(conn: psycopg.Connection[tuple[Any, ...]], stream_id: str) -> int:
        row = conn.execute(
            "SELECT MAX(stream_version) FROM events WHERE stream_id = %s", (stream_id,)
        ).fetchone()
        return int(row[0] or 0) if row else 0

    def remember_views(self, views: dict[str, Any]) -> None:
        if len(self._views) + len(views) > VIEWS_CACHED:
            self._views.clear()
        self._views.update(views)

    def append_streams(
        self,
        appends: list[tuple[str, int, list[NewEvent]]],
        staging: Staging | None = None,
    ) -> list[RecordedEvent]:
        """Append to several streams in one transaction; a stale version writes nothing."""
        views = self._views
        try:
            with self.pool.connection() as conn, conn.transaction():
                for stream_id, expected_version, _events in appends:
                    actual = self._version(conn, stream_id)
                    if actual != expected_version:
                        raise ConcurrencyConflict(stream_id, expected_version, actual)
                if staging is not None:
                    self._write_staging(conn, staging)
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (APPEND_LOCK,))
                recorded: list[RecordedEvent] = []
                executor = PgExecutor(conn)
                notify = False
                now = _now()  # one instant for the transaction
                for stream_id, expected_version, events in appends:
                    done = self._insert_events(conn, stream_id, expected_version, events, now)
                    project(executor, done, views)
                    recorded.extend(done)
                    notify = notify or any(e.type in NOTIFY_ON for e in events)
                if notify:
                    conn.execute("SELECT pg_notify(%s, 'job')", (self.channel,))
        except ConcurrencyConflict:
            views.clear()
            raise
        except pg_errors.UniqueViolation:
            views.clear()
            stream_id, expected_version, _ = appends[0]
            raise ConcurrencyConflict(
                stream_id, expected_version, self.stream_version(stream_id)
            ) from None
        except (psycopg.Error, PoolTimeout) as exc:
            views.clear()
            raise self.wrap(exc) from None
        except BaseException:
            views.clear()
            raise
        if len(views) > VIEWS_CACHED:
            views.clear()
        return recorded

    def _insert_events(
        self,
        conn: psycopg.Connection[tuple[Any, ...]],
        stream_id: str,
        after_version: int,
        events: list[NewEvent],
        now: str,
    ) -> list[RecordedEvent]:
        versions = [after_version + i for i in range(1, len(events) + 1)]
        schema_versions = [ev.schema_version or SCHEMAS.current_version(ev.type) for ev in events]
        rows = conn.execute(
            "INSERT INTO events (stream_id, stream_version, type, schema_version, data, "
            "metadata, recorded_at) SELECT %s, u.v, u.t, u.sv, u.d, u.m, %s FROM "
            "unnest(%s::int[], %s::text[], %s::int[], %s::text[], %s::text[]) "
            "WITH ORDINALITY AS u(v, t, sv, d, m, n) ORDER BY u.n "
            "RETURNING stream_version, position",
            (
                stream_id,
                now,
                versions,
                [str(ev.type) for ev in events],
                schema_versions,
                [orjson.dumps(ev.data).decode() for ev in events],
                [orjson.dumps(ev.metadata).decode() for ev in events],
            ),
        ).fetchall()
        position = {int(v): int(p) for v, p in rows}
        return [
            RecordedEvent(
                position=position[versions[i]],
                stream_id=stream_id,
                stream_version=versions[i],
                type=ev.type,
                schema_version=schema_versions[i],
                data=ev.data,
                metadata=ev.metadata,
                recorded_at=now,
            )
            for i, ev in enumerate(events)
        ]

    @staticmethod
    def _write_staging(conn: psycopg.Connection[tuple[Any, ...]], staging: Staging) -> None:
        if staging.records:
            job = staging.job_id
            with (
                conn.cursor() as cur,
                cur.copy(
                    "COPY staged_records (job_id, seq, record_key, hash, body) FROM STDIN"
                ) as copy,
            ):
                for r in staging.records:
                    copy.write_row((job, r.seq, r.key, r.hash, r.body))
        if staging.payloads:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO batch_payloads (hash, body) VALUES (%s, %s) "
                    "ON CONFLICT (hash) DO NOTHING",
                    staging.payloads,
                )
        if staging.drop is not None:
            write_drop(PgExecutor(conn), staging.job_id, staging.drop)

    def read_all(self, from_position: int = 0, chunk: int = 1000) -> Iterator[RecordedEvent]:
        position = from_position
        while True:
            rows = self._q(
                f"SELECT {self._EVENT_COLUMNS} FROM events WHERE position > ? "
                "ORDER BY position LIMIT ?",
                (position, chunk),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._row_to_event(row)
            position = rows[-1][0]

    def save_snapshot(self, snapshot: Snapshot) -> None:
        self._q(SAVE, save_params(snapshot, _now()))

    # -- space ------------------------------------------------------------------
    def size_bytes(self) -> int:
        """Tables, indexes and TOAST of this store's schema (not the whole database)."""
        row = self._q(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')"
        ).fetchone()
        return int(row[0]) if row else 0

    def reclaim(self, full: bool = False) -> None:
        """VACUUM the staging tables after pruning: plain VACUUM makes the space reusable
        and cuts empty pages off the end; FULL rewrites them (an exclusive lock while it
        runs, so only when asked)."""
        sql = "VACUUM (FULL, ANALYZE)" if full else "VACUUM (ANALYZE)"
        with self.connection() as conn:
            for table in ("staged_records", "staged_digests", "batch_payloads"):
                conn.execute(f"{sql} {quote_ident(table)}")

    # -- staging ----------------------------------------------------------------
    # -- read models ------------------------------------------------------------
    def replay(self) -> int:
        """Drop every read model and rebuild it from the events; returns events applied."""
        self._views.clear()
        try:
            with self.pool.connection() as conn, conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (APPEND_LOCK,))
                for table in READ_MODEL_TABLES:
                    conn.execute(f"DROP TABLE IF EXISTS {quote_ident(table)}")
                for ddl in READ_MODEL_DDL:
                    conn.execute(ddl)
                executor = PgExecutor(conn)
                count, position = 0, 0
                cache: dict[str, JobView] = {}
                pending: list[RecordedEvent] = []
                while True:
                    rows = conn.execute(
                        f"SELECT {self._EVENT_COLUMNS} FROM events WHERE position > %s "
                        "ORDER BY position LIMIT 1000",
                        (position,),
                    ).fetchall()
                    if not rows:
                        break
                    for row in rows:
                        event = self._row_to_event(row)
                        if pending and pending[-1].stream_id != event.stream_id:
                            project(executor, pending, cache)
                            pending = []
                        pending.append(event)
                        count += 1
                    position = rows[-1][0]
                project(executor, pending, cache)
                return count
        except (psycopg.Error, PoolTimeout) as exc:
            raise self.wrap(exc) from None

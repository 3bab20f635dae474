"""Job leases and the worker registry: which worker runs which job, until when.

A job is run by the fleet once ``submit`` gives it a row in ``job_leases``; jobs started
with ``syncwright run`` never get one, so no worker takes them. A worker claims the oldest
runnable job whose lease is free or expired (queued, active, or ``waiting`` past its
until-time), renews its leases by heartbeat, and releases them when it stops. Lease times
are the database's clock (PostgreSQL) or this machine's (SQLite, one machine), in epoch
seconds, so workers on several machines agree on expiry.

The lease only decides who *should* run a job. Who *can* is decided by the stream version
(UNIQUE(stream_id, stream_version)): a worker whose lease was taken over fails its next
append and stops. Same tables in both dialects; PostgreSQL claims with
``FOR UPDATE SKIP LOCKED``, SQLite with ``BEGIN IMMEDIATE`` (one writer at a time).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from syncwright.domain.job_states import JobState
from syncwright.sqlite_wal import rollback_quietly

if TYPE_CHECKING:
    from syncwright.store.base import Store
    from syncwright.store.postgres import PostgresStore

LEASE_DDL = (
    """CREATE TABLE IF NOT EXISTS job_leases (
        job_id TEXT PRIMARY KEY,
        owner TEXT,
        expires_at DOUBLE PRECISION,
        heartbeat_at DOUBLE PRECISION,
        claimed_at DOUBLE PRECISION,
        submitted_at DOUBLE PRECISION NOT NULL,
        claims INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE IF NOT EXISTS workers (
        worker_id TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        concurrency INTEGER NOT NULL,
        status TEXT NOT NULL,
        started_at DOUBLE PRECISION NOT NULL,
        heartbeat_at DOUBLE PRECISION NOT NULL,
        expires_at DOUBLE PRECISION NOT NULL
    )""",
)

RUNNABLE: tuple[str, ...] = tuple(
    s.value
    for s in (
        JobState.QUEUED,
        JobState.FETCHING,
        JobState.MAPPING,
        JobState.VALIDATING,
        JobState.UPLOADING,
    )
)
_RUNNABLE_SQL = ", ".join(f"'{s}'" for s in RUNNABLE)


@dataclass(frozen=True, slots=True)
class Lease:
    job_id: str
    owner: str
    expires_at: float
    previous_owner: str | None  # set when this claim took over an expired lease
    claims: int


@dataclass(frozen=True, slots=True)
class WorkerInfo:
    worker_id: str
    host: str
    pid: int
    concurrency: int
    status: str
    started_at: float
    heartbeat_at: float
    expires_at: float
    leases: list[dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {
            "worker_id": self.worker_id,
            "host": self.host,
            "pid": self.pid,
            "concurrency": self.concurrency,
            "status": self.status,
            "started_at": _iso(self.started_at),
            "heartbeat_at": _iso(self.heartbeat_at),
            "expires_at": _iso(self.expires_at),
            "leases": self.leases,
        }


def _iso(epoch: float | None) -> str | None:
    from datetime import UTC

    return None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat()


class Leases(Protocol):
    """What the worker and the CLI need from the lease tables."""

    supports_notify: bool

    def now(self) -> float: ...

    def submit(self, job_id: str) -> None: ...

    def claim(self, owner: str, ttl: float, limit: int, exclude: list[str]) -> list[Lease]: ...

    def renew(self, owner: str, ttl: float, job_ids: list[str]) -> set[str]: ...

    def release(self, job_id: str, owner: str) -> bool: ...

    def next_wake(self) -> float | None:
        """Seconds until a job may become claimable without notice (None: no such job)."""
        ...

    def register_worker(
        self, worker_id: str, host: str, pid: int, concurrency: int, ttl: float
    ) -> None: ...

    def worker_heartbeat(self, worker_id: str, ttl: float, status: str) -> None: ...

    def unregister_worker(self, worker_id: str) -> None: ...

    def workers(self, include_dead: bool = False) -> list[WorkerInfo]: ...

    def listen(self, wake: Callable[[], None], stop: threading.Event) -> None: ...

    def close(self) -> None: ...


def _waiting_due(view_json: str, now: float) -> bool:
    until = orjson.loads(view_json).get("waiting_until")
    if not until:
        return True
    return datetime.fromisoformat(str(until)).timestamp() <= now


class _SqlLeases:
    """The lease logic both dialects share; subclasses say how to run SQL and read time."""

    supports_notify = False
    NOW = ""  # SQL expression: epoch seconds, by the database's clock

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Any]:  # yields something with execute(sql, params)
        raise NotImplementedError
        yield

    def now(self) -> float:
        with self._tx() as db:
            return float(db.execute(f"SELECT {self.NOW}").fetchone()[0])

    def _notify(self, db: Any) -> None:
        return None

    def submit(self, job_id: str) -> None:
        with self._tx() as db:
            db.execute(
                f"INSERT INTO job_leases (job_id, submitted_at) VALUES (?, {self.NOW}) "
                "ON CONFLICT (job_id) DO NOTHING",
                (job_id,),
            )
            self._notify(db)

    def renew(self, owner: str, ttl: float, job_ids: list[str]) -> set[str]:
        """Extend the leases of the jobs this worker is running; returns those still ours.

        Only running jobs are renewed: a lease whose release failed (the database was
        down) must be left to expire, not kept alive by a worker that no longer runs it.
        """
        held: set[str] = set()
        with self._tx() as db:
            for job_id in job_ids:
                row = db.execute(
                    f"UPDATE job_leases SET expires_at = {self.NOW} + ?, "
                    f"heartbeat_at = {self.NOW} WHERE job_id = ? AND owner = ? RETURNING job_id",
                    (ttl, job_id, owner),
                ).fetchone()
                if row is not None:
                    held.add(job_id)
        return held

    def release(self, job_id: str, owner: str) -> bool:
        with self._tx() as db:
            rows = db.execute(
                "UPDATE job_leases SET owner = NULL, expires_at = NULL "
                "WHERE job_id = ? AND owner = ? RETURNING job_id",
                (job_id, owner),
            ).fetchall()
            self._notify(db)
            return bool(rows)

    def next_wake(self) -> float | None:
        """Seconds until a fleet job may next become claimable without any notice: a parked
        (waiting) job's until-time, or the expiry of a lease on a runnable job (its
        holder may have died). Idle workers sleep until then, not a whole poll."""
        with self._tx() as db:
            now = float(db.execute(f"SELECT {self.NOW}").fetchone()[0])
            rows = db.execute(
                "SELECT j.view FROM job_leases l JOIN jobs j ON j.job_id = l.job_id "
                "WHERE j.state = 'waiting' AND l.owner IS NULL"
            ).fetchall()
            expiry = db.execute(
                "SELECT MIN(l.expires_at) FROM job_leases l JOIN jobs j ON j.job_id = l.job_id "
                f"WHERE l.owner IS NOT NULL AND j.state IN ({_RUNNABLE_SQL}, 'waiting')"
            ).fetchone()
        times = [float(expiry[0])] if expiry and expiry[0] is not None else []
        for (view,) in rows:
            until = orjson.loads(view).get("waiting_until")
            times.append(datetime.fromisoformat(str(until)).timestamp() if until else 0.0)
        return min(times) - now if times else None

    def register_worker(
        self, worker_id: str, host: str, pid: int, concurrency: int, ttl: float
    ) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO workers (worker_id, host, pid, concurrency, status, started_at, "
                f"heartbeat_at, expires_at) VALUES (?, ?, ?, ?, 'running', {self.NOW}, "
                f"{self.NOW}, {self.NOW} + ?)",
                (worker_id, host, pid, concurrency, ttl),
            )
            # forget workers dead for over a day: the table stays small
            db.execute(f"DELETE FROM workers WHERE expires_at < {self.NOW} - 86400")

    def worker_heartbeat(self, worker_id: str, ttl: float, status: str) -> None:
        with self._tx() as db:
            db.execute(
                f"UPDATE workers SET heartbeat_at = {self.NOW}, expires_at = {self.NOW} + ?, "
                "status = ? WHERE worker_id = ?",
                (ttl, status, worker_id),
            )

    def unregister_worker(self, worker_id: str) -> None:
        with self._tx() as db:
            db.execute(
                f"UPDATE workers SET status = 'stopped', expires_at = {self.NOW} "
                "WHERE worker_id = ?",
                (worker_id,),
            )

    def workers(self, include_dead: bool = False) -> list[WorkerInfo]:
        with self._tx() as db:
            now = float(db.execute(f"SELECT {self.NOW}").fetchone()[0])
            rows = db.execute(
                "SELECT worker_id, host, pid, concurrency, status, started_at, heartbeat_at, "
                "expires_at FROM workers ORDER BY started_at, worker_id"
            ).fetchall()
            leases = db.execute(
                "SELECT l.owner, l.job_id, l.heartbeat_at, l.expires_at, l.claims, j.state "
                "FROM job_leases l LEFT JOIN jobs j ON j.job_id = l.job_id "
                "WHERE l.owner IS NOT NULL ORDER BY l.job_id"
            ).fetchall()
        held: dict[str, list[dict[str, Any]]] = {}
        for owner, job_id, hb, exp, claims, state in leases:
            held.setdefault(owner, []).append(
                {
                    "job_id": job_id,
                    "state": state,
                    "heartbeat_at": _iso(hb),
                    "expires_at": _iso(exp),
                    "expired": exp is None or exp < now,
                    "claims": claims,
                }
            )
        out = []
        for r in rows:
            if not include_dead and (r[7] < now or r[4] == "stopped"):
                continue
            worker_id, host, pid, concurrency, status, started, beat, expires = r
            out.append(
                WorkerInfo(
                    worker_id,
                    host,
                    int(pid),
                    int(concurrency),
                    status,
                    float(started),
                    float(beat),
                    float(expires),
                    held.get(worker_id, []),
                )
            )
        return out

    def listen(self, wake: Callable[[], None], stop: threading.Event) -> None:
        """Call ``wake`` when a job may have become runnable; returns when ``stop`` is set.

        Without LISTEN/NOTIFY there is nothing to wait on: the worker polls.
        """
        stop.wait()

    def close(self) -> None:
        return None


class SQLiteLeases(_SqlLeases):
    """Leases in the SQLite store's file; ``BEGIN IMMEDIATE`` serialises claims."""

    NOW = "((julianday('now') - 2440587.5) * 86400.0)"

    def __init__(self, path: Path, timeout: float = 30.0) -> None:
        self._db = sqlite3.connect(
            str(path), timeout=timeout, isolation_level=None, check_same_thread=False
        )
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            for ddl in LEASE_DDL:
                self._db.execute(ddl)

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                rollback_quietly(self._db)
                raise
            self._db.execute("COMMIT")

    def claim(self, owner: str, ttl: float, limit: int, exclude: list[str]) -> list[Lease]:
        with self._tx() as db:
            now = float(db.execute(f"SELECT {self.NOW}").fetchone()[0])
            rows = db.execute(
                "SELECT l.job_id, l.owner, j.state, j.view FROM job_leases l "
                "JOIN jobs j ON j.job_id = l.job_id "
                "WHERE (l.owner IS NULL OR l.expires_at < ?) "
                f"AND j.state IN ({_RUNNABLE_SQL}, 'waiting') "
                "ORDER BY l.submitted_at, l.job_id",
                (now,),
            ).fetchall()
            got: list[Lease] = []
            for job_id, previous, state, view in rows:
                if len(got) >= limit:
                    break
                if job_id in exclude or (state == "waiting" and not _waiting_due(view, now)):
                    continue
                (claims,) = db.execute(
                    "UPDATE job_leases SET owner = ?, expires_at = ?, heartbeat_at = ?, "
                    "claimed_at = ?, claims = claims + 1 WHERE job_id = ? RETURNING claims",
                    (owner, now + ttl, now, now, job_id),
                ).fetchone()
                got.append(Lease(job_id, owner, now + ttl, previous, int(claims)))
            return got

    def close(self) -> None:
        with self._lock:
            self._db.close()


class PgLeases(_SqlLeases):
    """Leases in PostgreSQL: ``FOR UPDATE SKIP LOCKED`` claims, NOTIFY on submit and release."""

    NOW = "extract(epoch from clock_timestamp())::double precision"
    supports_notify = True

    def __init__(self, store: PostgresStore) -> None:
        self.store = store
        self.channel = store.channel

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Any]:
        from syncwright.store.pg_exec import PgExecutor

        with self.store.connection() as conn, conn.transaction():
            yield PgExecutor(conn)

    def _notify(self, db: Any) -> None:
        db.execute("SELECT pg_notify(?, 'job')", (self.channel,))

    def claim(self, owner: str, ttl: float, limit: int, exclude: list[str]) -> list[Lease]:
        with self._tx() as db:
            rows = db.execute(
                "WITH c AS (SELECT l.job_id, l.owner AS previous FROM job_leases l "
                "JOIN jobs j ON j.job_id = l.job_id "
                f"WHERE (l.owner IS NULL OR l.expires_at < {self.NOW}) "
                "AND NOT (l.job_id = ANY(?::text[])) "
                f"AND (j.state IN ({_RUNNABLE_SQL}) OR (j.state = 'waiting' AND "
                "COALESCE((j.view::jsonb ->> 'waiting_until')::timestamptz <= clock_timestamp(), "
                "TRUE))) "
                "ORDER BY l.submitted_at, l.job_id LIMIT ? FOR UPDATE OF l SKIP LOCKED) "
                f"UPDATE job_leases AS l SET owner = ?, expires_at = {self.NOW} + ?, "
                f"heartbeat_at = {self.NOW}, claimed_at = {self.NOW}, claims = l.claims + 1 "
                "FROM c WHERE l.job_id = c.job_id "
                "RETURNING l.job_id, c.previous, l.expires_at, l.claims",
                (list(exclude), limit, owner, ttl),
            ).fetchall()
        return [Lease(r[0], owner, float(r[2]), r[1], int(r[3])) for r in rows]

    def listen(self, wake: Callable[[], None], stop: threading.Event) -> None:
        """LISTEN on the store's channel and call ``wake`` per notification; reconnect on
        failure (a restarted server), until ``stop`` is set."""
        import psycopg

        from syncwright.store.postgres import connect_kwargs

        target = self.store.target
        while not stop.is_set():
            try:
                with psycopg.connect(
                    target.conninfo, autocommit=True, **connect_kwargs(target)
                ) as conn:
                    conn.execute(f"LISTEN {self.channel}")
                    wake()  # anything submitted while we were not listening
                    while not stop.is_set():
                        for _ in conn.notifies(timeout=0.5, stop_after=1):
                            wake()
            except psycopg.Error:
                stop.wait(1.0)


def open_leases(store: Store) -> Leases:
    """The lease tables of ``store`` (SQLite file or PostgreSQL)."""
    from syncwright.store.sqlite import SQLiteStore

    if isinstance(store, SQLiteStore):
        return SQLiteLeases(store.path)
    from syncwright.store.postgres import PostgresStore  # (only now: see open_side_db)

    if isinstance(store, PostgresStore):
        return PgLeases(store)
    raise TypeError(f"no leases for a {type(store).__name__}")

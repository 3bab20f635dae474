"""Limiter state in PostgreSQL, shared by every worker on every machine using the store.

Each ``transact`` is one transaction that first takes ``pg_advisory_xact_lock`` on the
connection id, then loads, decides and writes: two workers can never both see the last
free slot. Windows and pacing need one time base for all machines, and
``time.monotonic()`` is per machine; so this state comes with ``DbClock``, whose
``monotonic()`` is the database server's clock (epoch seconds), read once at start and
then advanced by the local monotonic clock (it never jumps back, and it is re-aligned
every few minutes to absorb drift). Every limiter sharing the store thus measures windows
on the same clock, to within a round trip.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import psycopg
from psycopg_pool import ConnectionPool

from syncwright.limits.state import Changes, Pause, Slot, Snapshot

T = TypeVar("T")

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS limiter_slots (
        conn TEXT NOT NULL, token TEXT NOT NULL, key TEXT NOT NULL,
        ts DOUBLE PRECISION NOT NULL, inflight BOOLEAN NOT NULL,
        expires DOUBLE PRECISION NOT NULL, PRIMARY KEY (conn, token, key))""",
    """CREATE TABLE IF NOT EXISTS limiter_tats (
        conn TEXT NOT NULL, key TEXT NOT NULL, tat DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (conn, key))""",
    """CREATE TABLE IF NOT EXISTS limiter_quota (
        conn TEXT NOT NULL, quota TEXT NOT NULL, bucket BIGINT NOT NULL, used BIGINT NOT NULL,
        PRIMARY KEY (conn, quota, bucket))""",
    """CREATE TABLE IF NOT EXISTS limiter_quota_limits (
        conn TEXT NOT NULL, quota TEXT NOT NULL, lim BIGINT NOT NULL, PRIMARY KEY (conn, quota))""",
    """CREATE TABLE IF NOT EXISTS limiter_pauses (
        conn TEXT NOT NULL, grp TEXT NOT NULL, until_mono DOUBLE PRECISION NOT NULL,
        until_wall DOUBLE PRECISION NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (conn, grp))""",
    "CREATE TABLE IF NOT EXISTS limiter_connections (conn TEXT PRIMARY KEY, meta TEXT NOT NULL)",
)
SCHEMA_LOCK = 0x5357_6C6D
RESYNC_SECONDS = 300.0


class DbClock:
    """The database server's clock as the limiter's ``monotonic()``; wall time from it too."""

    def __init__(self, read_server_epoch: Callable[[], float]) -> None:
        self._read = read_server_epoch
        self._lock = threading.Lock()
        self._offset = 0.0
        self._last = 0.0
        self._synced_at = -RESYNC_SECONDS
        self._sync()

    def _sync(self) -> None:
        best: tuple[float, float] | None = None
        for _ in range(3):  # keep the sample with the shortest round trip
            t0 = time.monotonic()
            server = self._read()
            t1 = time.monotonic()
            if best is None or t1 - t0 < best[0]:
                best = (t1 - t0, server - (t0 + t1) / 2)
        assert best is not None
        self._offset = best[1]
        self._synced_at = time.monotonic()

    def monotonic(self) -> float:
        with self._lock:
            local = time.monotonic()
            if local - self._synced_at > RESYNC_SECONDS:
                try:
                    self._sync()
                except psycopg.Error:
                    self._synced_at = local  # keep the old offset; try again later
            value = max(self._last, local + self._offset)  # never backwards
            self._last = value
            return value

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.monotonic(), UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class PgState:
    """``LimiterState`` over PostgreSQL; safe for many processes on many machines."""

    def __init__(
        self, conninfo: str, connect_kwargs: dict[str, Any], schema: str | None = None
    ) -> None:
        kwargs = {**connect_kwargs, "autocommit": True}
        with psycopg.connect(conninfo, **kwargs) as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            if schema:  # a validated identifier (see store/pg_url.py)
                conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            for ddl in SCHEMA:
                conn.execute(ddl)
        self.pool: ConnectionPool[psycopg.Connection[tuple[Any, ...]]] = ConnectionPool(
            conninfo,
            min_size=1,
            max_size=4,
            kwargs=kwargs,
            check=ConnectionPool.check_connection,
            open=True,
            name="syncwright-limiter",
        )
        self.clock = DbClock(self._server_epoch)

    def _server_epoch(self) -> float:
        with self.pool.connection() as conn:
            row = conn.execute("SELECT extract(epoch from clock_timestamp())::float8").fetchone()
            assert row is not None
            return float(row[0])

    async def transact(self, connection_id: str, fn: Callable[[Snapshot], tuple[T, Changes]]) -> T:
        return await asyncio.to_thread(self.transact_sync, connection_id, fn)

    def transact_sync(self, connection_id: str, fn: Callable[[Snapshot], tuple[T, Changes]]) -> T:
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (connection_id,))
            result, changes = fn(self._load(conn, connection_id))
            self._apply(conn, connection_id, changes)
            return result

    def snapshot(self, connection_id: str) -> Snapshot:
        with self.pool.connection() as conn:
            return self._load(conn, connection_id)

    async def connections(self) -> list[str]:
        return await asyncio.to_thread(self.connections_sync)

    def connections_sync(self) -> list[str]:
        with self.pool.connection() as conn:
            rows = conn.execute("SELECT conn FROM limiter_connections ORDER BY conn").fetchall()
            return [str(r[0]) for r in rows]

    async def close(self) -> None:
        self.pool.close()

    @staticmethod
    def _load(conn: psycopg.Connection[tuple[Any, ...]], c: str) -> Snapshot:
        snap = Snapshot()
        snap.slots = [
            Slot(token, key, float(ts), bool(inflight), float(expires))
            for token, key, ts, inflight, expires in conn.execute(
                "SELECT token, key, ts, inflight, expires FROM limiter_slots WHERE conn = %s", (c,)
            )
        ]
        snap.tats = {
            str(k): float(v)
            for k, v in conn.execute("SELECT key, tat FROM limiter_tats WHERE conn = %s", (c,))
        }
        for quota, bucket, used in conn.execute(
            "SELECT quota, bucket, used FROM limiter_quota WHERE conn = %s", (c,)
        ):
            snap.quotas.setdefault(str(quota), {})[int(bucket)] = int(used)
        snap.quota_limits = {
            str(q): int(n)
            for q, n in conn.execute(
                "SELECT quota, lim FROM limiter_quota_limits WHERE conn = %s", (c,)
            )
        }
        snap.pauses = {
            str(grp): Pause(float(um), float(uw), str(reason))
            for grp, um, uw, reason in conn.execute(
                "SELECT grp, until_mono, until_wall, reason FROM limiter_pauses WHERE conn = %s",
                (c,),
            )
        }
        row = conn.execute("SELECT meta FROM limiter_connections WHERE conn = %s", (c,)).fetchone()
        snap.meta = json.loads(str(row[0])) if row else None
        return snap

    @staticmethod
    def _apply(conn: psycopg.Connection[tuple[Any, ...]], c: str, ch: Changes) -> None:
        with conn.cursor() as cur:
            if ch.drop_tokens:
                cur.execute(
                    "DELETE FROM limiter_slots WHERE conn = %s AND token = ANY(%s::text[])",
                    (c, ch.drop_tokens),
                )
            if ch.finish:
                cur.executemany(
                    "UPDATE limiter_slots SET ts = %s, inflight = FALSE "
                    "WHERE conn = %s AND token = %s",
                    [(ts, c, t) for t, ts in ch.finish],
                )
            if ch.add_slots:
                cur.executemany(
                    "INSERT INTO limiter_slots VALUES (%s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (conn, token, key) DO UPDATE SET ts = excluded.ts, "
                    "inflight = excluded.inflight, expires = excluded.expires",
                    [(c, s.token, s.key, s.ts, s.inflight, s.expires) for s in ch.add_slots],
                )
            if ch.tats:
                cur.executemany(
                    "INSERT INTO limiter_tats VALUES (%s, %s, %s) "
                    "ON CONFLICT (conn, key) DO UPDATE SET tat = excluded.tat",
                    [(c, k, v) for k, v in ch.tats.items()],
                )
            if ch.quota_drop:
                cur.executemany(
                    "DELETE FROM limiter_quota WHERE conn = %s AND quota = %s AND bucket = %s",
                    [(c, q, b) for q, b in ch.quota_drop],
                )
            if ch.quota_add:
                cur.executemany(
                    "INSERT INTO limiter_quota VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT (conn, quota, bucket) "
                    "DO UPDATE SET used = limiter_quota.used + excluded.used",
                    [(c, q, b, n) for q, b, n in ch.quota_add],
                )
            if ch.quota_limits:
                cur.executemany(
                    "INSERT INTO limiter_quota_limits VALUES (%s, %s, %s) "
                    "ON CONFLICT (conn, quota) DO UPDATE SET lim = excluded.lim",
                    [(c, q, n) for q, n in ch.quota_limits.items()],
                )
            if ch.drop_pauses:
                cur.execute(
                    "DELETE FROM limiter_pauses WHERE conn = %s AND grp = ANY(%s::text[])",
                    (c, ch.drop_pauses),
                )
            if ch.pauses:
                cur.executemany(
                    "INSERT INTO limiter_pauses VALUES (%s, %s, %s, %s, %s) "
                    "ON CONFLICT (conn, grp) DO UPDATE SET until_mono = excluded.until_mono, "
                    "until_wall = excluded.until_wall, reason = excluded.reason",
                    [(c, g, p.until_mono, p.until_wall, p.reason) for g, p in ch.pauses.items()],
                )
            if ch.meta is not None:
                cur.execute(
                    "INSERT INTO limiter_connections VALUES (%s, %s) "
                    "ON CONFLICT (conn) DO UPDATE SET meta = excluded.meta",
                    (c, json.dumps(ch.meta, sort_keys=True)),
                )

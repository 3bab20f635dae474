"""Limiter state in a SQLite file (WAL), shared by every process that opens the same path.

Each ``transact`` is one ``BEGIN IMMEDIATE`` transaction: the write lock is taken before
reading, so two processes can never both see the last free slot. The tables are
prefixed ``limiter_`` and may live in the store's own database file. Calls run in a
worker thread so a busy lock never stalls the event loop.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from syncwright.limits.state import Changes, Pause, Slot, Snapshot
from syncwright.private_files import create_private
from syncwright.sqlite_wal import enter_wal, rollback_quietly

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS limiter_slots (
    conn TEXT NOT NULL, token TEXT NOT NULL, key TEXT NOT NULL,
    ts REAL NOT NULL, inflight INTEGER NOT NULL, expires REAL NOT NULL,
    PRIMARY KEY (conn, token, key));
CREATE TABLE IF NOT EXISTS limiter_tats (
    conn TEXT NOT NULL, key TEXT NOT NULL, tat REAL NOT NULL, PRIMARY KEY (conn, key));
CREATE TABLE IF NOT EXISTS limiter_quota (
    conn TEXT NOT NULL, quota TEXT NOT NULL, bucket INTEGER NOT NULL, used INTEGER NOT NULL,
    PRIMARY KEY (conn, quota, bucket));
CREATE TABLE IF NOT EXISTS limiter_quota_limits (
    conn TEXT NOT NULL, quota TEXT NOT NULL, lim INTEGER NOT NULL, PRIMARY KEY (conn, quota));
CREATE TABLE IF NOT EXISTS limiter_pauses (
    conn TEXT NOT NULL, grp TEXT NOT NULL, until_mono REAL NOT NULL, until_wall REAL NOT NULL,
    reason TEXT NOT NULL, PRIMARY KEY (conn, grp));
CREATE TABLE IF NOT EXISTS limiter_connections (conn TEXT PRIMARY KEY, meta TEXT NOT NULL);
"""


class SQLiteState:
    """``LimiterState`` over one SQLite file; safe for several processes and threads."""

    def __init__(self, path: Path, timeout: float = 30.0) -> None:
        self.path = path
        create_private(path)
        self._db = sqlite3.connect(
            str(path), timeout=timeout, isolation_level=None, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._busy_ms = int(timeout * 1000)
        with self._lock:
            enter_wal(self._db, timeout)
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(f"PRAGMA busy_timeout={self._busy_ms}")
            self._db.executescript(SCHEMA)

    async def transact(self, connection_id: str, fn: Callable[[Snapshot], tuple[T, Changes]]) -> T:
        # Always in a worker thread: taking the lock inline whenever it looked free was
        # faster, but starved other processes' waiting writers (SQLite's busy handler
        # polls), so a store append could time out behind a busy limiter.
        return await asyncio.to_thread(self.transact_sync, connection_id, fn)

    def transact_sync(self, connection_id: str, fn: Callable[[Snapshot], tuple[T, Changes]]) -> T:
        """The blocking form, for the CLI and tests."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            return self._run(connection_id, fn)

    def _run(self, connection_id: str, fn: Callable[[Snapshot], tuple[T, Changes]]) -> T:
        """Inside ``BEGIN IMMEDIATE``: read, decide, write, commit (or roll back)."""
        try:
            result, changes = fn(self._load(connection_id))
            self._apply(connection_id, changes)
        except BaseException:
            rollback_quietly(self._db)
            raise
        self._db.execute("COMMIT")
        return result

    def snapshot(self, connection_id: str) -> Snapshot:
        """A read-only copy of one connection's records."""
        with self._lock:
            return self._load(connection_id)

    async def connections(self) -> list[str]:
        return self.connections_sync()

    def connections_sync(self) -> list[str]:
        with self._lock:
            rows = self._db.execute("SELECT conn FROM limiter_connections ORDER BY conn")
            return [r[0] for r in rows]

    async def close(self) -> None:
        with self._lock:
            self._db.close()

    def _load(self, conn: str) -> Snapshot:
        db = self._db
        snap = Snapshot()
        snap.slots = [
            Slot(token, key, ts, bool(inflight), expires)
            for token, key, ts, inflight, expires in db.execute(
                "SELECT token, key, ts, inflight, expires FROM limiter_slots WHERE conn = ?",
                (conn,),
            )
        ]
        snap.tats = dict(db.execute("SELECT key, tat FROM limiter_tats WHERE conn = ?", (conn,)))
        for quota, bucket, used in db.execute(
            "SELECT quota, bucket, used FROM limiter_quota WHERE conn = ?", (conn,)
        ):
            snap.quotas.setdefault(quota, {})[bucket] = used
        snap.quota_limits = dict(
            db.execute("SELECT quota, lim FROM limiter_quota_limits WHERE conn = ?", (conn,))
        )
        snap.pauses = {
            grp: Pause(um, uw, reason)
            for grp, um, uw, reason in db.execute(
                "SELECT grp, until_mono, until_wall, reason FROM limiter_pauses WHERE conn = ?",
                (conn,),
            )
        }
        row = db.execute("SELECT meta FROM limiter_connections WHERE conn = ?", (conn,)).fetchone()
        snap.meta = json.loads(row[0]) if row else None
        return snap

    def _apply(self, conn: str, ch: Changes) -> None:
        db = self._db
        writes: list[tuple[str, list[tuple[object, ...]]]] = [
            (
                "DELETE FROM limiter_slots WHERE conn = ? AND token = ?",
                [(conn, t) for t in ch.drop_tokens],
            ),
            (
                "UPDATE limiter_slots SET ts = ?, inflight = 0 WHERE conn = ? AND token = ?",
                [(ts, conn, t) for t, ts in ch.finish],
            ),
            (
                "INSERT OR REPLACE INTO limiter_slots VALUES (?, ?, ?, ?, ?, ?)",
                [(conn, s.token, s.key, s.ts, int(s.inflight), s.expires) for s in ch.add_slots],
            ),
            (
                "INSERT OR REPLACE INTO limiter_tats VALUES (?, ?, ?)",
                [(conn, k, v) for k, v in ch.tats.items()],
            ),
            (
                "DELETE FROM limiter_quota WHERE conn = ? AND quota = ? AND bucket = ?",
                [(conn, q, b) for q, b in ch.quota_drop],
            ),
            (
                "INSERT INTO limiter_quota VALUES (?, ?, ?, ?) ON CONFLICT (conn, quota, bucket)"
                " DO UPDATE SET used = used + excluded.used",
                [(conn, q, b, n) for q, b, n in ch.quota_add],
            ),
            (
                "INSERT OR REPLACE INTO limiter_quota_limits VALUES (?, ?, ?)",
                [(conn, q, n) for q, n in ch.quota_limits.items()],
            ),
            (
                "DELETE FROM limiter_pauses WHERE conn = ? AND grp = ?",
                [(conn, g) for g in ch.drop_pauses],
            ),
            (
                "INSERT OR REPLACE INTO limiter_pauses VALUES (?, ?, ?, ?, ?)",
                [(conn, g, p.until_mono, p.until_wall, p.reason) for g, p in ch.pauses.items()],
            ),
        ]
        for sql, rows in writes:
            if rows:  # most decisions touch two or three tables; skip the rest
                db.executemany(sql, rows)
        if ch.meta is not None:
            db.execute(
                "INSERT OR REPLACE INTO limiter_connections VALUES (?, ?)",
                (conn, json.dumps(ch.meta, sort_keys=True)),
            )

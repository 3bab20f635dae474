"""Switching a SQLite file to WAL mode safely when several processes open it at once.

Shared by the event store and the limiter's state (neither imports the other).
"""

from __future__ import annotations

import contextlib
import sqlite3
import time


def enter_wal(db: sqlite3.Connection, timeout: float) -> str:
    """``PRAGMA journal_mode = WAL``, retried for up to ``timeout`` seconds; the mode set.

    When two processes open a new file at the same instant (two ``syncwright run`` on a
    fresh store), one of them finds the other switching it to WAL and SQLite answers
    SQLITE_BUSY at once: the busy timeout does not cover the switch. Measured: about one
    such pair in four failed within 2 ms, whatever the timeout.
    """
    deadline = time.monotonic() + timeout
    delay = 0.001
    while True:
        try:
            return str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if ("locked" not in text and "busy" not in text) or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def rollback_quietly(db: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not ended it already.

    On some errors (disk full, I/O errors) SQLite rolls the transaction back itself; a
    second ``ROLLBACK`` then raises "cannot rollback - no transaction is active", which
    would replace the error that matters. Call this from ``except`` blocks instead."""
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")

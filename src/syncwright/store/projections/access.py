"""Access read models: console users and their API tokens. Pure functions of the
``access-*`` streams (see ``syncwright.access``).

Stream ``access-user-<name>``: ``user_added``, ``user_role_changed``,
``user_password_changed``, ``user_disabled``, ``token_issued``, ``token_revoked``.
Events hold password hashes (argon2) and token hashes (SHA-256), never the secrets.
"""

from __future__ import annotations

from typing import Any

from syncwright.domain.events import RecordedEvent
from syncwright.store.projections.base import Executor

PREFIX = "access-"
USER_PREFIX = "access-user-"

DDL = (
    """CREATE TABLE IF NOT EXISTS access_users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS access_tokens (
        token_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        label TEXT NOT NULL,
        token_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked INTEGER NOT NULL
    )""",
)
TABLES = ("access_users", "access_tokens")


def project(db: Executor, events: list[RecordedEvent], cache: dict[str, Any] | None = None) -> None:
    """Apply events (all from one ``access-user-*`` stream, in order)."""
    if not events or not events[0].stream_id.startswith(USER_PREFIX):
        return
    name = events[0].stream_id[len(USER_PREFIX) :]
    for ev in events:
        d, at, v = ev.data, ev.recorded_at, ev.stream_version
        if ev.type == "user_added":
            db.execute(
                "INSERT INTO access_users (name, role, password_hash, disabled, version, "
                "created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?)",
                (name, d["role"], d["password_hash"], v, at, at),
            )
        elif ev.type == "user_role_changed":
            db.execute(
                "UPDATE access_users SET role = ?, version = ?, updated_at = ? WHERE name = ?",
                (d["role"], v, at, name),
            )
        elif ev.type == "user_password_changed":
            db.execute(
                "UPDATE access_users SET password_hash = ?, version = ?, updated_at = ? "
                "WHERE name = ?",
                (d["password_hash"], v, at, name),
            )
        elif ev.type == "user_disabled":
            db.execute(
                "UPDATE access_users SET disabled = 1, version = ?, updated_at = ? WHERE name = ?",
                (v, at, name),
            )
            db.execute("UPDATE access_tokens SET revoked = 1 WHERE name = ?", (name,))
        elif ev.type == "token_issued":
            db.execute(
                "INSERT INTO access_tokens (token_id, name, label, token_hash, created_at, "
                "revoked) VALUES (?, ?, ?, ?, ?, 0)",
                (d["token_id"], name, d["label"], d["token_hash"], at),
            )
            db.execute("UPDATE access_users SET version = ? WHERE name = ?", (v, name))
        elif ev.type == "token_revoked":
            db.execute("UPDATE access_tokens SET revoked = 1 WHERE token_id = ?", (d["token_id"],))
            db.execute("UPDATE access_users SET version = ? WHERE name = ?", (v, name))

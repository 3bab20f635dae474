"""Users and API tokens: the commands (add, change, disable, issue, revoke) and the checks
(password, token). Each command appends one event carrying the actor who asked."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from syncwright.access.roles import Role
from syncwright.domain.events import NewEvent
from syncwright.store.base import Store
from syncwright.store.errors import ConcurrencyConflict
from syncwright.store.projections.access import USER_PREFIX

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8
TOKEN_PREFIX = "sw_"
_hasher = PasswordHasher()
# Verifying an unknown user's password costs the same as a known one's: no timing oracle.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class AccessError(ValueError):
    """A user command that does not make sense; the message says why."""


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking: a user (by password session) or one of their API tokens."""

    name: str
    role: Role
    via: str  # "session" or "token:<id>"

    @property
    def actor(self) -> str:
        """How events record this principal."""
        return f"console:{self.name}" if self.via == "session" else f"api:{self.name}"


def _stream(name: str) -> str:
    return USER_PREFIX + name


def _row(store: Store, name: str) -> tuple[Any, ...] | None:
    rows = store.query(
        "SELECT name, role, password_hash, disabled, version FROM access_users WHERE name = ?",
        (name,),
    )
    return rows[0] if rows else None


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccessError(f"a password needs at least {MIN_PASSWORD} characters")


def _append(store: Store, name: str, version: int, event: NewEvent) -> None:
    try:
        store.append(_stream(name), version, [event])
    except ConcurrencyConflict:
        raise AccessError(f"user {name!r} changed meanwhile; try again") from None


def add_user(store: Store, name: str, role: Role | str, password: str, actor: str) -> None:
    """Create a user with a role; the password is kept only as an argon2 hash."""
    if not NAME.match(name):
        raise AccessError(
            f"user name {name!r}: letters, digits and . _ @ - only, starting with a letter "
            "or digit, at most 64"
        )
    try:
        role = Role(role)
    except ValueError:
        raise AccessError(f"unknown role {role!r} (roles: viewer, operator, admin)") from None
    _check_password(password)
    if _row(store, name) is not None:
        raise AccessError(f"user {name!r} exists already")
    event = NewEvent(
        "user_added",
        {"name": name, "role": role.value, "password_hash": _hasher.hash(password)},
        {"actor": actor},
    )
    _append(store, name, 0, event)


def _existing(store: Store, name: str) -> tuple[Any, ...]:
    row = _row(store, name)
    if row is None:
        raise AccessError(f"no user {name!r} (see `syncwright users list`)")
    return row


def set_role(store: Store, name: str, role: Role | str, actor: str) -> None:
    row = _existing(store, name)
    try:
        role = Role(role)
    except ValueError:
        raise AccessError(f"unknown role {role!r} (roles: viewer, operator, admin)") from None
    _append(
        store,
        name,
        int(row[4]),
        NewEvent("user_role_changed", {"role": role.value}, {"actor": actor}),
    )


def set_password(store: Store, name: str, password: str, actor: str) -> None:
    row = _existing(store, name)
    _check_password(password)
    event = NewEvent(
        "user_password_changed", {"password_hash": _hasher.hash(password)}, {"actor": actor}
    )
    _append(store, name, int(row[4]), event)


def disable_user(store: Store, name: str, actor: str) -> None:
    """Stop a user from logging in; their tokens are revoked with them."""
    row = _existing(store, name)
    _append(store, name, int(row[4]), NewEvent("user_disabled", {}, {"actor": actor}))


def list_users(store: Store) -> list[dict[str, Any]]:
    """Users without their hashes (nothing secret leaves this module)."""
    rows = store.query(
        "SELECT name, role, disabled, created_at, updated_at FROM access_users ORDER BY name"
    )
    return [
        {"name": r[0], "role": r[1], "disabled": bool(r[2]), "created_at": r[3], "updated_at": r[4]}
        for r in rows
    ]


def authenticate(store: Store, name: str, password: str) -> Principal | None:
    """The user, if the password is theirs and they are not disabled."""
    row = _row(store, name)
    try:
        _hasher.verify(row[2] if row else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if row is None or row[3]:
        return None
    return Principal(row[0], Role(row[1]), "session")


def _token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def issue_token(store: Store, name: str, label: str, actor: str) -> str:
    """A new API token for ``name``; the only time it is ever shown. Kept as a hash."""
    row = _existing(store, name)
    if row[3]:
        raise AccessError(f"user {name!r} is disabled")
    token_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    event = NewEvent(
        "token_issued",
        {"token_id": token_id, "label": label or "api", "token_hash": _token_hash(secret)},
        {"actor": actor},
    )
    _append(store, name, int(row[4]), event)
    return f"{TOKEN_PREFIX}{token_id}_{secret}"


def list_tokens(store: Store, name: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT token_id, name, label, created_at, revoked FROM access_tokens"
    params: tuple[Any, ...] = ()
    if name is not None:
        sql += " WHERE name = ?"
        params = (name,)
    return [
        {"token_id": r[0], "name": r[1], "label": r[2], "created_at": r[3], "revoked": bool(r[4])}
        for r in store.query(sql + " ORDER BY created_at", params)
    ]


def revoke_token(store: Store, token_id: str, actor: str) -> None:
    rows = store.query("SELECT name FROM access_tokens WHERE token_id = ?", (token_id,))
    if not rows:
        raise AccessError(f"no token {token_id!r}")
    row = _existing(store, rows[0][0])
    _append(
        store,
        row[0],
        int(row[4]),
        NewEvent("token_revoked", {"token_id": token_id}, {"actor": actor}),
    )


def principal_for_token(store: Store, token: str) -> Principal | None:
    """The user a bearer token belongs to, if it is valid, not revoked, and they are enabled."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    token_id, sep, secret = token[len(TOKEN_PREFIX) :].partition("_")
    if not sep:
        return None
    rows = store.query(
        "SELECT t.token_hash, t.revoked, u.name, u.role, u.disabled FROM access_tokens t "
        "JOIN access_users u ON u.name = t.name WHERE t.token_id = ?",
        (token_id,),
    )
    if not rows:
        return None
    token_hash, revoked, name, role, disabled = rows[0]
    if not hmac.compare_digest(str(token_hash), _token_hash(secret)) or revoked or disabled:
        return None
    return Principal(name, Role(role), f"token:{token_id}")

"""Who may use the console and the REST API: users, roles, passwords and API tokens.

Users live in the store (stream ``access-user-<name>`` + the ``access_users`` and
``access_tokens`` read models), so SQLite and PostgreSQL both hold them and ``replay``
rebuilds them. Passwords are hashed with argon2 (argon2-cffi); API tokens are random,
shown once, and kept only as a SHA-256 hash.
"""

from syncwright.access.roles import ROLES, Role, allowed
from syncwright.access.users import (
    AccessError,
    Principal,
    add_user,
    authenticate,
    disable_user,
    issue_token,
    list_tokens,
    list_users,
    principal_for_token,
    revoke_token,
    set_password,
    set_role,
)

__all__ = [
    "ROLES",
    "AccessError",
    "Principal",
    "Role",
    "add_user",
    "allowed",
    "authenticate",
    "disable_user",
    "issue_token",
    "list_tokens",
    "list_users",
    "principal_for_token",
    "revoke_token",
    "set_password",
    "set_role",
]

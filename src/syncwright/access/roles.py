"""Roles, as data: each role can do what the roles below it can, and more.

viewer: read everything. operator: fix, retry, resume, cancel, bulk fix, retry webhook
actions, draft mappings. admin: users, tokens, connections, approvals.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    VIEWER = "viewer"
    OPERATOR = "operator"
    ADMIN = "admin"


ROLES: tuple[Role, ...] = (Role.VIEWER, Role.OPERATOR, Role.ADMIN)
_RANK = {role: i for i, role in enumerate(ROLES)}


def allowed(role: Role | str, needs: Role | str) -> bool:
    """Whether ``role`` may do what needs ``needs``."""
    return _RANK[Role(role)] >= _RANK[Role(needs)]

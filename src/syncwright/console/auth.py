"""Sessions, CSRF and who is asking.

A request is made by a principal found from (in order) an ``Authorization: Bearer``
API token or the session cookie. Sessions live in this process's memory (restarting the
console signs everyone out): a random id in an ``HttpOnly; SameSite=Strict`` cookie
(``Secure`` when served over https), each with its own CSRF token. Every unsafe request
made with a session must carry that token (a form field ``csrf`` or the
``X-CSRF-Token`` header); token requests need none, having no ambient credentials.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from syncwright.access import Principal, principal_for_token
from syncwright.store import Store

SESSION_COOKIE = "sw_session"
LOGIN_COOKIE = "sw_login"  # the login form's own CSRF token (double submit)
SESSION_SECONDS = 12 * 3600
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass
class Session:
    principal: Principal
    csrf: str
    expires: float


class Sessions:
    """Signed-in sessions by id; expired ones are dropped as they are met."""

    def __init__(self, ttl: float = SESSION_SECONDS) -> None:
        self.ttl = ttl
        self._by_id: dict[str, Session] = {}
        self._lock = threading.Lock()

    def create(self, principal: Principal) -> tuple[str, Session]:
        sid = secrets.token_urlsafe(32)
        session = Session(principal, secrets.token_urlsafe(32), time.time() + self.ttl)
        with self._lock:
            self._by_id[sid] = session
        return sid, session

    def get(self, sid: str | None) -> Session | None:
        if not sid:
            return None
        with self._lock:
            session = self._by_id.get(sid)
            if session is not None and session.expires < time.time():
                del self._by_id[sid]
                return None
            return session

    def drop(self, sid: str | None) -> None:
        if sid:
            with self._lock:
                self._by_id.pop(sid, None)


def secure_request(request: Request) -> bool:
    """Served over https (directly, or behind a proxy that says so)."""
    return (
        request.url.scheme == "https"
        or request.headers.get("x-forwarded-proto", "").lower() == "https"
    )


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="strict",
        secure=secure_request(request),
        path="/",
    )


@dataclass(frozen=True, slots=True)
class Caller:
    principal: Principal
    session: Session | None  # None for an API token


def identify(request: Request, store: Store, sessions: Sessions) -> Caller | None:
    """The principal behind a request, or None (then: 401)."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        principal = principal_for_token(store, auth[7:].strip())
        return Caller(principal, None) if principal is not None else None
    session = sessions.get(request.cookies.get(SESSION_COOKIE))
    return Caller(session.principal, session) if session is not None else None


def csrf_ok(caller: Caller, sent: str | None) -> bool:
    """A session's unsafe request must echo its CSRF token; a token request needs none."""
    if caller.session is None:
        return True
    return bool(sent) and hmac.compare_digest(str(sent), caller.session.csrf)

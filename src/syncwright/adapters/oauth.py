"""Sessions that renew themselves: the part every OAuth flow of the adapters shares.

A long-running sync outlives an access token (Salesforce sessions time out after hours,
HubSpot OAuth tokens after 30 minutes). ``RenewingAuth`` is an ``httpx2.Auth`` on the
adapter's one client: it adds the current session to every request, asks for a new one
shortly before the old one would end, and again when the platform answers that a session
ended (then the request is repeated once, inside the same attempt: the job never sees
it). Concurrent calls share one renewal. Sessions live only in this object's memory:
never in events, logs or errors. A refused grant is an ``auth`` failure carrying the
platform's words (the job stops in ``needs_attention``); the token endpoint being down or
slow is ``transient`` (retried like any call).

Platform modules (``salesforce_oauth.py``, ``hubspot_oauth.py``) say how to ask for a
session (``grant``) and how the platform says one ended (``session_ended``). Written here
rather than taken from an OAuth library because it must live inside the adapters' client
and speak the engine's error model; the JWT signing is PyJWT's.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncGenerator
from pathlib import Path
from typing import Any

import httpx2
import orjson

from syncwright.adapters.base import AdapterError, ConfigError
from syncwright.domain.failures import Classified, ErrorKind


def read_credential(env: str | None, file: Path | None, what: str, where: str) -> str | None:
    """A credential from an environment variable or a file; errors name where, never it."""
    if env:
        value = os.environ.get(env, "").strip()
        if not value:
            raise ConfigError(f"{where}: environment variable {env} ({what}) is not set")
        return value
    if file is not None:
        try:
            value = file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{where}: cannot read {what} file {file}: {exc.strerror}") from None
        if not value:
            raise ConfigError(f"{where}: {what} file {file} is empty")
        return value
    return None


class RenewingAuth(httpx2.Auth):
    """The current session on every request; renewed before it ends and when it ended."""

    what = "token endpoint"

    def __init__(self, lifetime: float, renew_before: float, timeout: float) -> None:
        self.lifetime = lifetime  # used when the token endpoint does not say
        self.renew_before = renew_before
        self._session: str | None = None
        self._ends = 0.0  # monotonic time the session is taken to end
        self._lock = asyncio.Lock()
        self._http = httpx2.AsyncClient(timeout=timeout)
        self.sessions_issued = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}(sessions_issued={self.sessions_issued})"

    # -- what a platform provides --------------------------------------------------------
    async def grant(self) -> tuple[str, float | None]:
        """Ask for a new session: (access token, seconds it lives, or None if not said)."""
        raise NotImplementedError

    def session_ended(self, status: int, body: bytes) -> bool:
        """Whether a response says the session is no longer valid."""
        return status == 401

    # -- the flow ------------------------------------------------------------------------
    async def async_auth_flow(
        self, request: httpx2.Request
    ) -> AsyncGenerator[httpx2.Request, httpx2.Response]:
        session = await self._live_session()
        request.headers["Authorization"] = f"Bearer {session}"
        response = yield request
        if response.status_code in (401, 403) and self.session_ended(
            response.status_code, await response.aread()
        ):
            session = await self._new_session(replacing=session)
            request.headers["Authorization"] = f"Bearer {session}"
            yield request

    async def _live_session(self) -> str:
        if self._session is not None and time.monotonic() < self._ends - self.renew_before:
            return self._session
        return await self._new_session(replacing=self._session)

    async def _new_session(self, replacing: str | None) -> str:
        async with self._lock:
            if self._session is not None and self._session != replacing:
                return self._session  # another call renewed it while this one waited
            token, lifetime = await self.grant()
            self._session = token
            self._ends = time.monotonic() + (lifetime if lifetime is not None else self.lifetime)
            self.sessions_issued += 1
            return token

    async def post_form(self, url: str, form: dict[str, str]) -> dict[str, Any]:
        """POST a grant; the JSON answer, or ``AdapterError`` with the platform's words."""
        try:
            response = await self._http.post(url, data=form, headers={"Accept": "application/json"})
        except httpx2.TransportError as exc:
            raise AdapterError(
                Classified(ErrorKind.TRANSIENT, f"{self.what}: {type(exc).__name__}: {exc}")
            ) from None
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            body = None
        if response.status_code == 200 and isinstance(body, dict) and body.get("access_token"):
            return body
        status = response.status_code
        if status >= 500 or status == 429:
            raise AdapterError(
                Classified(ErrorKind.TRANSIENT, f"{self.what}: HTTP {status}", status=status)
            )
        code, words = _words(body, status)
        raise AdapterError(
            Classified(
                ErrorKind.AUTH,
                f"{self.what} refused a new session: {code}: {words}".rstrip(": "),
                status=status,
                code=code,
            )
        )

    async def aclose(self) -> None:
        await self._http.aclose()


def _words(body: Any, status: int) -> tuple[str, str]:
    """(code, message) of an OAuth error body: RFC 6749's ``error`` and
    ``error_description`` (Salesforce), or ``status`` and ``message`` (HubSpot)."""
    if not isinstance(body, dict):
        return f"HTTP {status}", ""
    code = body.get("error") or body.get("status") or f"HTTP {status}"
    words = body.get("error_description") or body.get("message") or ""
    return str(code), str(words)


__all__ = ["RenewingAuth", "read_credential"]

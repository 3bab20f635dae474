"""Salesforce OAuth 2.0 for unattended syncs: the JWT bearer flow and the refresh-token flow.

An access token (a session) times out after the org's session timeout (2 hours by
default; Salesforce's token response does not say when). A long sync must not stop for
that, so the connection holds the means to get a new session instead of a session:

- ``flow: jwt_bearer``: a connected app with "Use digital signatures"; each session is
  asked for with a JWT (``iss`` the consumer key, ``sub`` the user, ``aud`` the login URL,
  ``exp`` three minutes ahead) signed RS256 with the certificate's private key (a file
  or an env variable). Nothing long-lived is stored but the key.
- ``flow: refresh_token``: a refresh token a user approved once (env or file), with the
  consumer key and, if the app requires it, the consumer secret.

A new session is asked for before the old one would time out (``session_seconds`` minus
``refresh_before_seconds``), and again whenever Salesforce answers 401
``INVALID_SESSION_ID`` (a session ended early: an admin, a password change, a timeout
shorter than configured); the call is then repeated once with the new session, inside the
same attempt, so the job never leaves its state. Sessions live only in this object's
memory: never in events, logs or errors. A refused grant (a revoked refresh token, an
unapproved user) is an ``auth`` failure carrying Salesforce's words, which stops the job
in ``needs_attention``. Written here rather than taken from an SDK because it must plug
into the adapters' one ``httpx2`` client (``httpx2.Auth``) and the engine's error model.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncGenerator
from pathlib import Path
from typing import Literal

import httpx2
import jwt
import orjson
from pydantic import BaseModel, ConfigDict, Field, model_validator

from syncwright.adapters.base import AdapterError, ConfigError
from syncwright.domain.failures import Classified, ErrorKind

TOKEN_PATH = "/services/oauth2/token"
JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
ASSERTION_SECONDS = 180


class SalesforceOAuthSettings(BaseModel):
    """The ``oauth:`` block of a Salesforce connection (instead of ``token_env``)."""

    model_config = ConfigDict(extra="forbid")

    flow: Literal["jwt_bearer", "refresh_token"]
    login_url: str = Field(
        default="https://login.salesforce.com",
        description="Where the token endpoint is: login.salesforce.com, test.salesforce.com "
        "for sandbox orgs, your My Domain, or the local sandbox's URL.",
    )
    audience: str | None = Field(default=None, description="JWT aud (default: login_url).")
    client_id: str | None = Field(default=None, description="The connected app's consumer key.")
    client_id_env: str | None = None
    username: str | None = Field(default=None, description="jwt_bearer: the user to act as.")
    private_key_file: Path | None = Field(default=None, description="jwt_bearer: PEM key file.")
    private_key_env: str | None = None
    refresh_token_env: str | None = None
    refresh_token_file: Path | None = None
    client_secret_env: str | None = Field(
        default=None, description="refresh_token: the consumer secret, if the app requires it."
    )
    client_secret_file: Path | None = None
    session_seconds: float = Field(
        default=7200.0, gt=0, description="The org's session timeout (Setup > Session Settings)."
    )
    refresh_before_seconds: float = Field(
        default=300.0, ge=0, description="Get a new session this long before the timeout."
    )
    timeout_seconds: float = Field(default=30.0, gt=0, le=600)

    @model_validator(mode="after")
    def _complete(self) -> SalesforceOAuthSettings:
        if not (self.client_id or self.client_id_env):
            raise ValueError("give client_id or client_id_env (the connected app's consumer key)")
        if self.flow == "jwt_bearer":
            if not self.username:
                raise ValueError("jwt_bearer needs username")
            if (self.private_key_file is None) == (self.private_key_env is None):
                raise ValueError("jwt_bearer needs one of private_key_file, private_key_env")
        elif (self.refresh_token_env is None) == (self.refresh_token_file is None):
            raise ValueError("refresh_token needs one of refresh_token_env, refresh_token_file")
        if self.client_secret_env and self.client_secret_file:
            raise ValueError("give client_secret_env or client_secret_file, not both")
        if not self.login_url.startswith(("http://", "https://")):
            raise ValueError(f"login_url must start with https:// (got {self.login_url!r})")
        return self


def _read(env: str | None, file: Path | None, what: str, where: str) -> str | None:
    """A credential from an environment variable or a file; errors name where, not what."""
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


class SalesforceOAuth(httpx2.Auth):
    """Adds a live session to every request; gets a new one before expiry and on
    ``INVALID_SESSION_ID``. One per connection; concurrent calls share one refresh."""

    def __init__(self, settings: SalesforceOAuthSettings, connection_id: str) -> None:
        where = f"connection {connection_id!r}: oauth"
        self.settings = settings
        self.client_id = settings.client_id or _read(
            settings.client_id_env, None, "consumer key", where
        )
        # Read once at start, so a missing credential fails before any call.
        self._private_key = _read(
            settings.private_key_env, settings.private_key_file, "private key", where
        )
        self._refresh_token = _read(
            settings.refresh_token_env, settings.refresh_token_file, "refresh token", where
        )
        self._client_secret = _read(
            settings.client_secret_env, settings.client_secret_file, "consumer secret", where
        )
        self._session: str | None = None
        self._since = 0.0  # monotonic time the session was issued
        self._lock = asyncio.Lock()
        self._http = httpx2.AsyncClient(timeout=settings.timeout_seconds)
        self.sessions_issued = 0

    def __repr__(self) -> str:
        return f"SalesforceOAuth(flow={self.settings.flow!r}, sessions_issued={self.sessions_issued})"

    async def async_auth_flow(
        self, request: httpx2.Request
    ) -> AsyncGenerator[httpx2.Request, httpx2.Response]:
        session = await self._live_session()
        request.headers["Authorization"] = f"Bearer {session}"
        response = yield request
        if response.status_code == 401 and b"INVALID_SESSION_ID" in await response.aread():
            session = await self._new_session(replacing=session)
            request.headers["Authorization"] = f"Bearer {session}"
            yield request

    async def _live_session(self) -> str:
        s = self.settings
        fresh_for = s.session_seconds - s.refresh_before_seconds
        if self._session is not None and time.monotonic() - self._since < fresh_for:
            return self._session
        return await self._new_session(replacing=self._session)

    async def _new_session(self, replacing: str | None) -> str:
        async with self._lock:
            if self._session is not None and self._session != replacing:
                return self._session  # another call got one while this one waited
            self._session = await self._grant()
            self._since = time.monotonic()
            self.sessions_issued += 1
            return self._session

    def _form(self) -> dict[str, str]:
        s = self.settings
        assert self.client_id is not None
        if s.flow == "jwt_bearer":
            claims = {
                "iss": self.client_id,
                "sub": s.username,
                "aud": s.audience or s.login_url.rstrip("/"),
                "exp": int(time.time()) + ASSERTION_SECONDS,
            }
            assertion = jwt.encode(claims, self._private_key or "", algorithm="RS256")
            return {"grant_type": JWT_GRANT, "assertion": assertion}
        form = {
            "grant_type": "refresh_token",
            "refresh_token": self._refresh_token or "",
            "client_id": self.client_id,
        }
        if self._client_secret:
            form["client_secret"] = self._client_secret
        return form

    async def _grant(self) -> str:
        url = self.settings.login_url.rstrip("/") + TOKEN_PATH
        what = f"Salesforce token endpoint ({self.settings.flow})"
        try:
            form = self._form()
        except (ValueError, TypeError, jwt.PyJWTError) as exc:  # a key that is not RSA PEM
            raise AdapterError(
                Classified(ErrorKind.AUTH, f"{what}: cannot sign the JWT: {exc}")
            ) from None
        try:
            response = await self._http.post(url, data=form, headers={"Accept": "application/json"})
        except httpx2.TransportError as exc:
            raise AdapterError(
                Classified(ErrorKind.TRANSIENT, f"{what}: {type(exc).__name__}: {exc}")
            ) from None
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            body = {}
        if response.status_code == 200 and isinstance(body, dict) and body.get("access_token"):
            return str(body["access_token"])
        if response.status_code >= 500 or response.status_code == 429:
            raise AdapterError(
                Classified(
                    ErrorKind.TRANSIENT,
                    f"{what}: HTTP {response.status_code}",
                    status=response.status_code,
                )
            )
        error = str(body.get("error") or f"HTTP {response.status_code}") if isinstance(body, dict) else ""
        description = str(body.get("error_description") or "") if isinstance(body, dict) else ""
        raise AdapterError(
            Classified(
                ErrorKind.AUTH,
                f"{what} refused a new session: {error}: {description}".rstrip(": "),
                status=response.status_code,
                code=error or None,
            )
        )

    async def aclose(self) -> None:
        await self._http.aclose()


__all__ = ["SalesforceOAuth", "SalesforceOAuthSettings"]

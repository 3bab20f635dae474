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
shorter than configured); the renewal itself is ``adapters/oauth.py``'s. A refused grant
(a revoked refresh token, an unapproved user) is an ``auth`` failure carrying
Salesforce's words, which stops the job in ``needs_attention``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Literal

import jwt
from pydantic import BaseModel, ConfigDict, Field, model_validator

from syncwright.adapters.base import AdapterError
from syncwright.adapters.oauth import RenewingAuth, read_credential
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


class SalesforceOAuth(RenewingAuth):
    """Salesforce sessions from the JWT bearer or the refresh-token flow."""

    def __init__(self, settings: SalesforceOAuthSettings, connection_id: str) -> None:
        super().__init__(
            settings.session_seconds, settings.refresh_before_seconds, settings.timeout_seconds
        )
        where = f"connection {connection_id!r}: oauth"
        self.settings = settings
        self.what = f"Salesforce token endpoint ({settings.flow})"
        self.client_id = settings.client_id or read_credential(
            settings.client_id_env, None, "consumer key", where
        )
        # Read once at start, so a missing credential fails before any call.
        self._private_key = read_credential(
            settings.private_key_env, settings.private_key_file, "private key", where
        )
        self._refresh_token = read_credential(
            settings.refresh_token_env, settings.refresh_token_file, "refresh token", where
        )
        self._client_secret = read_credential(
            settings.client_secret_env, settings.client_secret_file, "consumer secret", where
        )

    def session_ended(self, status: int, body: bytes) -> bool:
        return status == 401 and b"INVALID_SESSION_ID" in body

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

    async def grant(self) -> tuple[str, float | None]:
        """A new session; Salesforce does not say how long it lives (``session_seconds``)."""
        try:
            form = self._form()
        except (ValueError, TypeError, jwt.PyJWTError) as exc:  # a key that is not RSA PEM
            raise AdapterError(
                Classified(ErrorKind.AUTH, f"{self.what}: cannot sign the JWT: {exc}")
            ) from None
        body = await self.post_form(self.settings.login_url.rstrip("/") + TOKEN_PATH, form)
        return str(body["access_token"]), None


__all__ = ["SalesforceOAuth", "SalesforceOAuthSettings"]

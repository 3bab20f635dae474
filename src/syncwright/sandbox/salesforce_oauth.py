"""Salesforce's OAuth 2.0 token endpoint and expiring sessions, for the Salesforce simulator.

``POST /services/oauth2/token`` (form-encoded) answers as Salesforce does:

- ``grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`` with ``assertion`` = a JWT
  signed RS256 by the connected app's certificate key: ``iss`` the consumer key, ``sub``
  the user name, ``aud`` the login URL (``https://login.salesforce.com``,
  ``https://test.salesforce.com`` or this server), ``exp`` at most a few minutes ahead.
- ``grant_type=refresh_token`` with ``refresh_token``, ``client_id`` and (optionally)
  ``client_secret``.

Success is ``{"access_token", "signature", "scope", "instance_url", "id", "token_type",
"issued_at"}``: no ``expires_in`` (Salesforce never says; the session times out after the
org's session timeout, 2 hours by default) and no new refresh token. Failures are 400
``{"error", "error_description"}`` with Salesforce's words (``invalid_grant`` / ``expired
access/refresh token`` for a revoked refresh token).

Issued sessions expire after ``session_seconds`` on the simulator's clock; then API calls
get the usual 401 ``INVALID_SESSION_ID``. Tests and demos steer it with
``POST /__sandbox/oauth/expire`` (every session ends now), ``POST /__sandbox/oauth/revoke``
(refresh tokens revoked), ``PUT /__sandbox/oauth {"session_seconds": N}``,
``POST /__sandbox/oauth/restore``, ``GET /__sandbox/oauth`` (counts) and
``GET /__sandbox/oauth/key`` (the JWT flow's private key, PEM).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

if TYPE_CHECKING:
    from .core import Simulator

TOKEN_PATH = "/services/oauth2/token"
JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
LOGIN_AUDIENCES = ("https://login.salesforce.com", "https://test.salesforce.com")
MAX_ASSERTION_SECONDS = 300  # Salesforce wants exp within a few minutes


@dataclass
class OAuthStats:
    issued: dict[str, int] = field(default_factory=lambda: {"jwt_bearer": 0, "refresh_token": 0})
    refused: int = 0
    expired_calls: int = 0  # API calls refused because their session had expired


class SalesforceOAuth:
    """The connected app, its user, refresh tokens and sessions of one simulated org."""

    def __init__(self, sim: Simulator, organization_id: str, session_seconds: float = 7200.0):
        self.sim = sim
        self.organization_id = organization_id
        self.session_seconds = session_seconds
        self.client_id = "3MVG9SaNdBoX." + secrets.token_urlsafe(24)
        self.client_secret = secrets.token_hex(32)
        self.username = "integration@sandbox.example.com"
        self.user_id = "005SANDBOX00001AAA"
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.private_key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        self.public_key = key.public_key()
        self.refresh_token = f"5Aep861SaNdBoX.{secrets.token_urlsafe(40)}"
        self.revoked: set[str] = set()
        self.sessions: dict[str, float] = {}  # access token -> issued at (sim clock)
        self.issued_tokens: list[str] = []  # every session ever issued (tests look for leaks)
        self.stats = OAuthStats()

    # -- what clients are given --------------------------------------------------------
    def credentials(self) -> dict[str, str]:
        """The connected app's consumer key and secret, its user and a refresh token (as if
        a user had approved once). The certificate's private key, for the JWT flow, is
        ``private_key_pem`` (``GET /__sandbox/oauth/key``): too long for a table."""
        return {
            "oauth_client_id": self.client_id,
            "oauth_client_secret": self.client_secret,
            "oauth_username": self.username,
            "oauth_refresh_token": self.refresh_token,
        }

    def authenticate(self, request: Request) -> bool:
        """The token endpoint needs no session; API calls need a live issued one."""
        if request.url.path == TOKEN_PATH:
            return True
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ")
        issued = self.sessions.get(token)
        if issued is None:
            return False
        if self.sim.clock() - issued >= self.session_seconds:
            self.stats.expired_calls += 1
            return False
        return True

    # -- steering ------------------------------------------------------------------------
    def expire_sessions(self) -> int:
        ended = len(self.sessions)
        self.sessions.clear()
        return ended

    def revoke_refresh_tokens(self) -> None:
        self.revoked.add(self.refresh_token)

    def restore(self) -> None:
        self.revoked.clear()
        self.sessions.clear()
        self.session_seconds = 7200.0
        self.stats = OAuthStats()

    # -- the token endpoint --------------------------------------------------------------
    async def token(self, request: Request) -> Response:
        # Form-encoded body (parsed here: Starlette's form parser needs python-multipart);
        # Salesforce also takes the parameters in the query string.
        form = dict(request.query_params)
        form.update(parse_qsl((await request.body()).decode("utf-8", "replace")))
        grant = str(form.get("grant_type") or "")
        if grant == JWT_GRANT:
            refused = self._check_assertion(str(form.get("assertion") or ""), request)
            kind = "jwt_bearer"
        elif grant == "refresh_token":
            refused = self._check_refresh(form)
            kind = "refresh_token"
        else:
            refused = ("unsupported_grant_type", "grant type not supported")
            kind = ""
        if refused is not None:
            self.stats.refused += 1
            return JSONResponse(
                {"error": refused[0], "error_description": refused[1]},
                status_code=400,
                headers={"Cache-Control": "no-store"},
            )
        self.stats.issued[kind] += 1
        return JSONResponse(self._issue(request), headers={"Cache-Control": "no-store"})

    def _check_refresh(self, form: Any) -> tuple[str, str] | None:
        if form.get("client_id") != self.client_id:
            return ("invalid_client_id", "client identifier invalid")
        secret = form.get("client_secret")
        if secret is not None and not hmac.compare_digest(str(secret), self.client_secret):
            return ("invalid_client", "invalid client credentials")
        token = str(form.get("refresh_token") or "")
        if token != self.refresh_token or token in self.revoked:
            return ("invalid_grant", "expired access/refresh token")
        return None

    def _check_assertion(self, assertion: str, request: Request) -> tuple[str, str] | None:
        own = str(request.base_url).rstrip("/")
        try:
            claims = jwt.decode(
                assertion,
                self.public_key,
                algorithms=["RS256"],
                options={"verify_exp": False, "verify_aud": False, "require": ["exp"]},
            )
        except jwt.PyJWTError:
            return ("invalid_grant", "invalid assertion")
        if claims.get("iss") != self.client_id:
            return ("invalid_client_id", "client identifier invalid")
        if claims.get("aud") not in (*LOGIN_AUDIENCES, own):
            return ("invalid_grant", "audience is invalid")
        if claims.get("sub") != self.username:
            return ("invalid_grant", "user hasn't approved this consumer")
        left = float(claims["exp"]) - self.sim.clock()
        if left <= 0 or left > MAX_ASSERTION_SECONDS:
            return ("invalid_grant", "invalid assertion")
        return None

    def _issue(self, request: Request) -> dict[str, str]:
        token = f"{self.organization_id}!{secrets.token_urlsafe(48)}"
        now = self.sim.clock()
        self.sessions[token] = now
        self.issued_tokens.append(token)
        own = str(request.base_url).rstrip("/")
        identity = f"{own}/id/{self.organization_id}/{self.user_id}"
        issued_at = str(int(now * 1000))
        signature = base64.b64encode(
            hmac.new(
                self.client_secret.encode(), (identity + issued_at).encode(), hashlib.sha256
            ).digest()
        ).decode()
        return {
            "access_token": token,
            "signature": signature,
            "scope": "api",
            "instance_url": own,
            "id": identity,
            "token_type": "Bearer",
            "issued_at": issued_at,
        }

    # -- routes --------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        return [
            Route(TOKEN_PATH, self.token, methods=["POST"]),
            Route("/__sandbox/oauth", self._admin_state, methods=["GET", "PUT"]),
            Route("/__sandbox/oauth/key", self._admin_key, methods=["GET"]),
            Route("/__sandbox/oauth/{action}", self._admin_action, methods=["POST"]),
        ]

    async def _admin_state(self, request: Request) -> Response:
        if request.method == "PUT":
            body = await request.json()
            seconds = body.get("session_seconds")
            if not isinstance(seconds, int | float) or seconds <= 0:
                return JSONResponse({"error": "session_seconds must be > 0"}, status_code=400)
            self.session_seconds = float(seconds)
        return JSONResponse(
            {
                "session_seconds": self.session_seconds,
                "sessions": len(self.sessions),
                "issued": self.stats.issued,
                "refused": self.stats.refused,
                "expired_calls": self.stats.expired_calls,
                "refresh_token_revoked": self.refresh_token in self.revoked,
            }
        )

    async def _admin_key(self, request: Request) -> Response:
        return Response(self.private_key_pem, media_type="application/x-pem-file")

    async def _admin_action(self, request: Request) -> Response:
        action = request.path_params["action"]
        if action == "expire":
            return JSONResponse({"expired": self.expire_sessions()})
        if action == "revoke":
            self.revoke_refresh_tokens()
            return JSONResponse({"revoked": True})
        if action == "restore":
            self.restore()
            return JSONResponse({"restored": True})
        return JSONResponse({"error": f"unknown action {action!r}"}, status_code=404)


__all__ = ["JWT_GRANT", "TOKEN_PATH", "SalesforceOAuth"]

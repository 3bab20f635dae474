"""HubSpot's OAuth token endpoint and expiring access tokens, for the HubSpot simulator.

``POST /oauth/v1/token`` (form-encoded, ``grant_type=refresh_token`` with ``client_id``,
``client_secret`` and ``refresh_token``) answers ``{"token_type": "bearer",
"refresh_token", "access_token", "expires_in": 1800}`` as HubSpot does; a wrong client or
refresh token is 400 ``{"status": "BAD_CLIENT_ID" | "BAD_CLIENT_SECRET" |
"BAD_REFRESH_TOKEN", "message"}``. Access tokens are refused (the usual 401) once
``expires_in`` has passed on the simulator's clock. Steer it with ``GET|PUT
/__sandbox/oauth`` (``{"expires_in": N}``), ``POST /__sandbox/oauth/expire``, ``/revoke``
(the app is uninstalled: its refresh token stops working) and ``/restore``.
"""

from __future__ import annotations

import secrets
import uuid
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

if TYPE_CHECKING:
    from .core import Simulator

TOKEN_PATH = "/oauth/v1/token"


class HubSpotOAuth:
    """One OAuth app installed in the simulated portal: its refresh token and tokens."""

    def __init__(self, sim: Simulator, expires_in: int = 1800) -> None:
        self.sim = sim
        self.expires_in = expires_in
        self.client_id = str(uuid.uuid4())
        self.client_secret = str(uuid.uuid4())
        self.refresh_token = f"na1-{uuid.uuid4()}"
        self.revoked = False
        self.tokens: dict[str, float] = {}  # access token -> expires at (sim clock)
        self.issued_tokens: list[str] = []
        self.issued = 0
        self.expired_calls = 0

    def credentials(self) -> dict[str, str]:
        return {
            "oauth_client_id": self.client_id,
            "oauth_client_secret": self.client_secret,
            "oauth_refresh_token": self.refresh_token,
        }

    def authenticate(self, request: Request) -> bool:
        if request.url.path == TOKEN_PATH:
            return True
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        ends = self.tokens.get(token)
        if ends is None:
            return False
        if self.sim.clock() >= ends:
            self.expired_calls += 1
            return False
        return True

    def restore(self) -> None:
        self.revoked = False
        self.tokens.clear()
        self.expires_in = 1800
        self.issued = self.expired_calls = 0

    async def token(self, request: Request) -> Response:
        form = dict(request.query_params)
        form.update(parse_qsl((await request.body()).decode("utf-8", "replace")))
        if form.get("grant_type") != "refresh_token":
            return _bad("BAD_GRANT_TYPE", "grant_type must be refresh_token or authorization_code")
        if form.get("client_id") != self.client_id:
            return _bad("BAD_CLIENT_ID", "missing or unknown client id")
        if form.get("client_secret") != self.client_secret:
            return _bad("BAD_CLIENT_SECRET", "missing or invalid client secret")
        if form.get("refresh_token") != self.refresh_token or self.revoked:
            return _bad("BAD_REFRESH_TOKEN", "missing or unknown refresh token")
        token = f"CO{secrets.token_urlsafe(48)}"
        self.tokens[token] = self.sim.clock() + self.expires_in
        self.issued_tokens.append(token)
        self.issued += 1
        return JSONResponse(
            {
                "token_type": "bearer",
                "refresh_token": self.refresh_token,
                "access_token": token,
                "expires_in": self.expires_in,
            }
        )

    def routes(self) -> list[BaseRoute]:
        return [
            Route(TOKEN_PATH, self.token, methods=["POST"]),
            Route("/__sandbox/oauth", self._state, methods=["GET", "PUT"]),
            Route("/__sandbox/oauth/{action}", self._action, methods=["POST"]),
        ]

    async def _state(self, request: Request) -> Response:
        if request.method == "PUT":
            seconds = (await request.json()).get("expires_in")
            if not isinstance(seconds, int) or seconds <= 0:
                return JSONResponse({"error": "expires_in must be a whole number > 0"}, 400)
            self.expires_in = seconds
        return JSONResponse(
            {"expires_in": self.expires_in, "tokens": len(self.tokens), "issued": self.issued,
             "expired_calls": self.expired_calls, "revoked": self.revoked}
        )

    async def _action(self, request: Request) -> Response:
        action = request.path_params["action"]
        if action == "expire":
            ended = len(self.tokens)
            self.tokens.clear()
            return JSONResponse({"expired": ended})
        if action == "revoke":
            self.revoked = True
            return JSONResponse({"revoked": True})
        if action == "restore":
            self.restore()
            return JSONResponse({"restored": True})
        return JSONResponse({"error": f"unknown action {action!r}"}, status_code=404)


def _bad(status: str, message: str) -> Response:
    return JSONResponse(
        {"status": status, "message": message, "correlationId": str(uuid.uuid4())},
        status_code=400,
    )


__all__ = ["TOKEN_PATH", "HubSpotOAuth"]

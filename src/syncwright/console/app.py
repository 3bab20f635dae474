"""The console application: pages, the REST API, its OpenAPI document, static files.

Security headers go on every response: a strict Content-Security-Policy (our own
scripts and styles only, nothing from a CDN), no framing, no MIME sniffing, no referrer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from syncwright.console import api, pages
from syncwright.console.ops import Ops
from syncwright.console.web import ConsoleState

HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    ),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                static = scope["path"].startswith("/static/")
                names = {k for k, _ in message.get("headers", [])}
                extra = [
                    (k, v)
                    for k, v in HEADERS
                    if k not in names and not (static and k == b"cache-control")
                ]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _health(request: Request) -> Response:
    return Response("ok\n", media_type="text/plain")


def create_app(location: str, ops: Ops | None = None) -> Starlette:
    """The console over the store at ``location`` (a SQLite path or a PostgreSQL URL)."""
    ops = ops or Ops(location)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        ops.close()

    app = Starlette(
        routes=[
            Route("/api/openapi.json", api.openapi, methods=["GET"], include_in_schema=False),
            Route("/healthz", _health, methods=["GET"], include_in_schema=False),
            *api.ROUTES,
            *pages.ROUTES,
            Mount(
                "/static", StaticFiles(packages=[("syncwright.console", "static")]), name="static"
            ),
        ],
        middleware=[Middleware(SecurityHeaders)],
        lifespan=lifespan,
    )
    app.state.console = ConsoleState(ops)
    return app

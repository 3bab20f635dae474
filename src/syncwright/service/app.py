"""The webhook HTTP app: verify, parse, store durably, then acknowledge the platform's way.

``POST /webhooks/{platform}/{connection}`` (Mailchimp adds ``/{url_secret}``), ``GET
/metrics``, ``GET /healthz``. The handler never waits on a destination: the only thing
between a request and its 2xx is the inbox append, made by intake's writer thread together
with every other delivery waiting at that moment (group commit, off the loop).
Every refusal is a short JSON error with a code; nothing from a refused delivery is stored,
and no stack trace ever reaches a response.

The webhook paths are answered by a plain ASGI function in front of Starlette
(``IntakeASGI``): under load, Starlette's middleware, router and ``Request`` cost a
delivery about as much CPU as its verification and parsing together. Both reach the same
handler (``IntakeApp.respond``); everything else (``/metrics``, ``/healthz``, a 404, a
405, the lifespan) is Starlette's.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import URL
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from syncwright.domain.numbers import ascii_int
from syncwright.service.metrics import CONTENT_TYPE, Metrics
from syncwright.store.errors import StoreError
from syncwright.webhooks.config import IntakeSettings
from syncwright.webhooks.inbox import IntakeResult
from syncwright.webhooks.intake_writer import IntakeWriter
from syncwright.webhooks.model import (
    BodyTooLarge,
    IncomingRequest,
    IntakeError,
    ParsedDelivery,
    UnknownConnection,
    UnsupportedMediaType,
    VerifyError,
)
from syncwright.webhooks.platforms import PLATFORMS, PlatformIntake
from syncwright.webhooks.storegate import StoreGate, StoreTrouble

log = logging.getLogger(__name__)
Lifespan = Callable[[Starlette], AbstractAsyncContextManager[None]]


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


def _first(raw: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    """The first value of a header (as Starlette's ``headers.get``); ``name`` lower-case."""
    for key, value in raw:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


async def _read_body(receive: Receive, length: str | None, cap: int) -> bytes:
    """The body, refusing early (Content-Length) or as soon as it grows past ``cap``."""
    declared = ascii_int(length)
    if declared is not None and declared > cap:
        raise BodyTooLarge(f"body larger than {cap} bytes")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > cap:
            raise BodyTooLarge(f"body larger than {cap} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


class IntakeApp:
    """The handlers, holding the settings, the intake store gate and the metrics."""

    def __init__(
        self,
        settings: IntakeSettings,
        gate: StoreGate,
        metrics: Metrics,
        on_stored: Callable[[], None] | None = None,
    ) -> None:
        self.settings = settings
        self.gate = gate
        # Group commit: one transaction for every delivery waiting; it wakes the dispatcher.
        self.writer = IntakeWriter(gate, on_stored)
        self.metrics = metrics
        self.trouble = StoreTrouble("webhook intake")

    def _lookup(
        self, platform_name: str, connection: str, url_secret: str | None
    ) -> tuple[PlatformIntake, Any]:
        platform = PLATFORMS.get(platform_name)
        if platform is None:
            raise UnknownConnection("no such platform", "unknown_platform")
        conn = self.settings.connections.get(connection)
        if conn is None or conn.config.platform != platform.name:
            raise UnknownConnection(f"no {platform.name} connection by that name")
        if platform.url_secret:
            if url_secret is None:
                raise VerifyError("this endpoint needs its secret URL", "bad_url_secret")
            from syncwright.webhooks.mailchimp import check_url_secret

            check_url_secret(url_secret, conn)
        elif url_secret is not None:
            raise UnknownConnection("no such endpoint", "unknown_connection")
        return platform, conn

    async def intake(self, request: Request) -> Response:
        """The Starlette endpoint (a path or method the ASGI front did not take)."""
        params = request.path_params
        return await self.respond(
            request.scope,
            request.receive,
            params["platform"],
            params["connection"],
            params.get("url_secret"),
        )

    async def respond(
        self,
        scope: Scope,
        receive: Receive,
        platform_name: str,
        connection: str,
        url_secret: str | None,
    ) -> Response:
        """One webhook request: verify, parse, store (group commit), then the platform's ack."""
        started = time.perf_counter()
        label = platform_name if platform_name in PLATFORMS else "unknown"
        try:
            platform, conn = self._lookup(platform_name, connection, url_secret)
            method = scope["method"]
            if method in ("GET", "HEAD"):
                if platform.answers_get:
                    return PlainTextResponse("ok")
                return _error(405, "method_not_allowed", "POST only")
            raw: list[tuple[bytes, bytes]] = scope["headers"]
            media = (_first(raw, b"content-type") or "").split(";")[0].strip().lower()
            if media not in platform.content_types:
                raise UnsupportedMediaType(
                    f"content type must be {' or '.join(platform.content_types)}"
                )
            body = await _read_body(
                receive, _first(raw, b"content-length"), self.settings.max_body_bytes
            )
            incoming = IncomingRequest(
                method,
                str(URL(scope=scope)) if platform.reads_url else "",
                {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in raw},
                body,
            )
            platform.verify(incoming, conn, int(time.time() * 1000))
            delivery = platform.parse(body, conn)
            result = await self.writer.record(delivery)
        except IntakeError as exc:
            self.metrics.child(self.metrics.rejected, label, exc.code).inc()
            return _error(exc.status, exc.code, exc.message)
        except StoreError as exc:
            # Disk full, a locked or failing store: nothing was stored, and the platform
            # retries after Retry-After. One log line per distinct failure, no traceback.
            self.trouble.failed(exc)
            self.metrics.child(self.metrics.rejected, label, "store_unavailable").inc()
            return JSONResponse(
                {"error": "store_unavailable", "message": "try again later"},
                status_code=503,
                headers={"Retry-After": "5"},
            )
        self.trouble.ok()
        self._count(platform.name, delivery, result)
        body_out, media_type = platform.ack(result.accepted, result.duplicates)
        elapsed = time.perf_counter() - started
        self.metrics.child(self.metrics.intake_seconds, platform.name).observe(elapsed)
        return Response(body_out, media_type=media_type)

    def _count(self, platform: str, delivery: ParsedDelivery, result: IntakeResult) -> None:
        if result.accepted and result.duplicates:
            outcome = "partial_duplicate"
        elif result.accepted or not delivery.events:
            outcome = "stored"
        else:
            outcome = "duplicate"
        self.metrics.child(self.metrics.deliveries, platform, outcome).inc()
        if result.duplicates:
            self.metrics.child(self.metrics.duplicate_events, platform).inc(result.duplicates)
        for etype in result.types:
            self.metrics.child(self.metrics.events, platform, etype).inc()

    async def metrics_endpoint(self, request: Request) -> Response:
        return Response(self.metrics.render(), media_type=CONTENT_TYPE)

    async def healthz(self, request: Request) -> Response:
        return JSONResponse({"ok": True})


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    code = {404: "not_found", 405: "method_not_allowed"}.get(status, "error")
    return _error(status, code, code.replace("_", " "))


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error in webhook intake")
    return _error(500, "internal_error", "internal error; nothing was stored")


WEBHOOK_PREFIX = "/webhooks/"


class IntakeASGI:
    """The ASGI app ``serve`` runs: webhook requests straight to ``IntakeApp.respond``,
    everything else to the Starlette app (``app``, whose routes include the webhook paths
    too, for the requests this front leaves to it)."""

    def __init__(self, app: Starlette, handlers: IntakeApp) -> None:
        self.app = app
        self.handlers = handlers
        self.state = app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        target = self._target(scope) if scope["type"] == "http" else None
        if target is None:
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Any) -> None:
            nonlocal started
            started = True
            await send(message)

        try:
            response = await self.handlers.respond(scope, receive, *target)
            await response(scope, receive, sending)
        except ClientDisconnect:
            return  # nobody to answer; nothing was stored
        except Exception as exc:  # as Starlette's handler: a JSON 500, the trace in the log
            response = await _internal_error(Request(scope), exc)
            if not started:
                await response(scope, receive, send)

    @staticmethod
    def _target(scope: Scope) -> tuple[str, str, str | None] | None:
        """(platform, connection, url secret) of a path the Starlette routes would give
        the intake endpoint, for a method they allow; None for anything else."""
        path: str = scope["path"]
        if (
            not path.startswith(WEBHOOK_PREFIX)
            or scope.get("root_path")
            or scope["method"] not in ("POST", "GET", "HEAD")
        ):
            return None
        parts = path[len(WEBHOOK_PREFIX) :].split("/")
        if not 2 <= len(parts) <= 3 or not all(parts):
            return None
        return parts[0], parts[1], parts[2] if len(parts) == 3 else None


def create_app(
    settings: IntakeSettings,
    gate: StoreGate,
    metrics: Metrics | None = None,
    on_stored: Callable[[], None] | None = None,
    lifespan: Lifespan | None = None,
) -> IntakeASGI:
    handlers = IntakeApp(settings, gate, metrics or Metrics(), on_stored)
    methods = ["POST", "GET", "HEAD"]
    routes = [
        Route("/webhooks/{platform}/{connection}", handlers.intake, methods=methods),
        Route("/webhooks/{platform}/{connection}/{url_secret}", handlers.intake, methods=methods),
        Route("/metrics", handlers.metrics_endpoint, methods=["GET"]),
        Route("/healthz", handlers.healthz, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _internal_error},
        lifespan=lifespan,
    )
    app.state.intake = handlers
    return IntakeASGI(app, handlers)

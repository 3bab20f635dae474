"""The webhook HTTP app: verify, parse, store durably, then acknowledge the platform's way.

``POST /webhooks/{platform}/{connection}`` (Mailchimp adds ``/{url_secret}``), ``GET
/metrics``, ``GET /healthz``. The handler never waits on a destination: the only thing
between a request and its 2xx is the inbox append, made by intake's writer thread together
with every other delivery waiting at that moment (group commit, off the loop).
Every refusal is a short JSON error with a code; nothing from a refused delivery is stored,
and no stack trace ever reaches a response.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

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


async def _read_body(request: Request, cap: int) -> bytes:
    """The body, refusing early (Content-Length) or as soon as it grows past ``cap``."""
    length = request.headers.get("content-length")
    declared = ascii_int(length)
    if declared is not None and declared > cap:
        raise BodyTooLarge(f"body larger than {cap} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise BodyTooLarge(f"body larger than {cap} bytes")
        chunks.append(chunk)
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

    def _lookup(self, request: Request) -> tuple[PlatformIntake, Any]:
        platform = PLATFORMS.get(request.path_params["platform"])
        if platform is None:
            raise UnknownConnection("no such platform", "unknown_platform")
        conn = self.settings.connections.get(request.path_params["connection"])
        if conn is None or conn.config.platform != platform.name:
            raise UnknownConnection(f"no {platform.name} connection by that name")
        url_secret = request.path_params.get("url_secret")
        if platform.url_secret:
            if url_secret is None:
                raise VerifyError("this endpoint needs its secret URL", "bad_url_secret")
            from syncwright.webhooks.mailchimp import check_url_secret

            check_url_secret(url_secret, conn)
        elif url_secret is not None:
            raise UnknownConnection("no such endpoint", "unknown_connection")
        return platform, conn

    async def intake(self, request: Request) -> Response:
        started = time.perf_counter()
        label = request.path_params["platform"]
        label = label if label in PLATFORMS else "unknown"
        try:
            platform, conn = self._lookup(request)
            if request.method in ("GET", "HEAD"):
                if platform.answers_get:
                    return PlainTextResponse("ok")
                return _error(405, "method_not_allowed", "POST only")
            media = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if media not in platform.content_types:
                raise UnsupportedMediaType(
                    f"content type must be {' or '.join(platform.content_types)}"
                )
            body = await _read_body(request, self.settings.max_body_bytes)
            incoming = IncomingRequest(
                request.method,
                str(request.url),
                {k.lower(): v for k, v in request.headers.items()},
                body,
            )
            platform.verify(incoming, conn, int(time.time() * 1000))
            delivery = platform.parse(body, conn)
            result = await self.writer.record(delivery)
        except IntakeError as exc:
            self.metrics.rejected.labels(label, exc.code).inc()
            return _error(exc.status, exc.code, exc.message)
        except StoreError as exc:
            # Disk full, a locked or failing store: nothing was stored, and the platform
            # retries after Retry-After. One log line per distinct failure, no traceback.
            self.trouble.failed(exc)
            self.metrics.rejected.labels(label, "store_unavailable").inc()
            return JSONResponse(
                {"error": "store_unavailable", "message": "try again later"},
                status_code=503,
                headers={"Retry-After": "5"},
            )
        self.trouble.ok()
        self._count(platform.name, delivery, result)
        body_out, media_type = platform.ack(result.accepted, result.duplicates)
        self.metrics.intake_seconds.labels(platform.name).observe(time.perf_counter() - started)
        return Response(body_out, media_type=media_type)

    def _count(self, platform: str, delivery: ParsedDelivery, result: IntakeResult) -> None:
        if result.accepted and result.duplicates:
            outcome = "partial_duplicate"
        elif result.accepted or not delivery.events:
            outcome = "stored"
        else:
            outcome = "duplicate"
        self.metrics.deliveries.labels(platform, outcome).inc()
        if result.duplicates:
            self.metrics.duplicate_events.labels(platform).inc(result.duplicates)
        for etype in result.types:
            self.metrics.events.labels(platform, etype).inc()

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


def create_app(
    settings: IntakeSettings,
    gate: StoreGate,
    metrics: Metrics | None = None,
    on_stored: Callable[[], None] | None = None,
    lifespan: Lifespan | None = None,
) -> Starlette:
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
    return app

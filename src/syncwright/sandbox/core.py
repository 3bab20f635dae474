"""The part every simulator shares: auth, rate limits, faults, inspection, webhooks, errors.

A platform simulator subclasses ``Simulator`` and supplies its routes and its own error
bodies; the request pipeline in ``SimulatorMiddleware`` is the same for all five:
count -> authenticate -> admit (rate limits) -> faults -> handler -> rate-limit headers.
Admin routes under ``/__sandbox/`` skip auth, limits and faults.
"""

from __future__ import annotations

import abc
import asyncio
import json
import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, ClassVar

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from syncwright.limits.registry import load_registry

from .clock import Clock, OffsetClock, system_clock
from .faults import FaultEngine, FaultRule, PartialFailure
from .inspect_log import RequestStats, WriteLog
from .ratelimit import Denial, LimitSettings, RateLimiter, Usage
from .webhooks_out import Change, Delivery, WebhookConfig, WebhookSender, accept_2xx

log = logging.getLogger(__name__)

ADMIN_PREFIX = "/__sandbox"
ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
Handler = Callable[[Request], Awaitable[Response]]


class ApiError(Exception):
    """Raised by a handler to answer with the platform's own error response."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def correlation_id() -> str:
    return str(uuid.uuid4())


class Simulator(abc.ABC):
    """One platform's simulator: its state, its Starlette app, and the shared machinery."""

    platform: ClassVar[str]
    api_prefix: ClassVar[str] = ""  # stripped from paths before matching the registry
    objects: ClassVar[tuple[str, ...]] = ()
    webhook_schedule: ClassVar[tuple[float, ...]] = (5, 30, 120, 600, 3600)
    webhook_batch_size: ClassVar[int] = 1

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        limits: LimitSettings | None = None,
        faults: list[FaultRule] | None = None,
        fault_seed: int = 0,
        webhook: WebhookConfig | None = None,
    ) -> None:
        self.clock = OffsetClock(clock or system_clock)
        self.limiter = RateLimiter(load_registry(self.platform), self.clock, limits)
        self.faults = FaultEngine(self.clock, fault_seed)
        if faults:
            self.faults.set_rules(faults)
        self.writes = WriteLog(self.clock)
        self.stats = RequestStats()
        self.sender = WebhookSender(
            self.build_webhook,
            self.webhook_schedule,
            self.webhook_batch_size,
            accept=self.accept_webhook_response,
            validate_with_get=self.platform == "mailchimp",
        )
        if webhook is not None:
            self.sender.config = webhook
        self.closing = False
        self.dirty: dict[str, list[str]] = {}
        self.ground_truth: dict[str, Any] | None = None  # set by a scenario (scenarios/)
        from .admin import admin_routes  # admin builds on this class

        routes: list[BaseRoute] = [*admin_routes(self)]
        for route in self.routes():
            if isinstance(route, Route):
                route = Route(
                    route.path, self._guard(route.endpoint), methods=list(route.methods or [])
                )
            routes.append(route)
        routes.append(Route("/{rest:path}", self._guard(self._not_simulated),
                            methods=ALL_METHODS))
        self.app = Starlette(routes=routes, lifespan=self._lifespan)
        self.asgi: ASGIApp = SimulatorMiddleware(self.app, self)

    # -- what a platform must provide ------------------------------------------------
    @abc.abstractmethod
    def routes(self) -> list[BaseRoute]:
        """The platform's API routes (handlers may raise ``ApiError``)."""

    @abc.abstractmethod
    def credentials(self) -> dict[str, str]:
        """What a client needs to talk to this simulator (tokens, ids)."""

    @abc.abstractmethod
    def authenticate(self, request: Request) -> bool:
        """Whether the request carries this platform's valid credentials."""

    @abc.abstractmethod
    def auth_error(self) -> Response:
        """The platform's own 401."""

    @abc.abstractmethod
    def error(self, status: int, message: str, code: str | None = None) -> Response:
        """A platform-shaped error of any status (400, 404, 5xx...)."""

    @abc.abstractmethod
    def rate_limited(self, denial: Denial) -> Response:
        """The platform's answer to a request over a limit."""

    @abc.abstractmethod
    def records(self, obj: str) -> list[dict[str, Any]]:
        """Everything held for ``obj``, for the admin view."""

    @abc.abstractmethod
    def clear_data(self) -> None:
        """Forget every record (admin reset)."""

    def load_seed(self, count: int, seed: int, options: dict[str, Any]) -> dict[str, list[str]]:
        """Seed fake data; returns dirty record ids by kind. Platforms with data override."""
        return {}

    def admin_write(self, obj: str, op: str, record_id: str | None, data: dict[str, Any]) -> Any:
        """Create/update/delete a record as if a user did it in the UI (fires webhooks)."""
        raise ApiError(self.error(404, f"{self.platform} has no admin writes for {obj!r}"))

    def build_webhook(self, batch: list[Change], attempt: int, config: WebhookConfig) -> Delivery:
        raise NotImplementedError(f"{self.platform} sends no webhooks")

    def accept_webhook_response(self, response: Any) -> bool:
        return accept_2xx(response)

    def limit_headers(self, usage: Usage) -> dict[str, str]:
        """Headers every admitted response carries (HubSpot, Salesforce override)."""
        return {}

    def storm_response(self, retry_after: float | None) -> Response:
        """A 429 from a fault rule, in the platform's own words."""
        seconds = retry_after if retry_after is not None else 10.0
        response = self.rate_limited(Denial("window", "fault", 0, seconds, 10.0))
        if retry_after is not None:
            response.headers["Retry-After"] = str(max(1, round(retry_after)))
        return response

    # -- shared helpers ----------------------------------------------------------------
    def now(self) -> float:
        return self.clock()

    def emit(self, change: Change) -> None:
        if not change.occurred_at:
            change.occurred_at = self.now()
        self.sender.emit(change)

    async def json_body(self, request: Request, max_bytes: int | None = None) -> Any:
        """Parse a JSON body or raise the platform's 400."""
        body = await request.body()
        if max_bytes is not None and len(body) > max_bytes:
            raise ApiError(
                self.error(
                    400,
                    f"Request body is {len(body)} bytes; the limit is {max_bytes}",
                    "PAYLOAD_TOO_LARGE",
                )
            )
        try:
            return json.loads(body or b"null")
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ApiError(
                self.error(400, f"Invalid JSON in request body: {exc}", "INVALID_JSON")
            ) from None

    def partial(self, request: Request) -> PartialFailure | None:
        """The partial-batch fault for this request, if one fired."""
        value = request.scope.get("state", {}).get("sandbox_partial")
        return value if isinstance(value, PartialFailure) else None

    async def hold(self, seconds: float) -> None:
        """Hang a request (timeout fault) until the time is up or the server stops."""
        loop = asyncio.get_running_loop()
        end = loop.time() + seconds
        while not self.closing and loop.time() < end:
            await asyncio.sleep(min(0.05, end - loop.time()))

    def reset(self) -> None:
        """Back to empty: data, logs, counters, faults and webhook log."""
        self.clear_data()
        self.writes.clear()
        self.stats.clear()
        self.limiter.reset()
        self.faults.clear()
        self.faults.reseed(self.faults.seed)
        self.sender.reset()
        self.dirty = {}

    def _guard(self, endpoint: Callable[..., Any]) -> Handler:
        async def guarded(request: Request) -> Response:
            try:
                response: Response = await endpoint(request)
                return response
            except ApiError as exc:
                return exc.response
            except Exception:
                log.exception("%s simulator: handler failed", self.platform)
                return self.error(500, "An internal error occurred.", "INTERNAL_ERROR")

        return guarded

    async def _not_simulated(self, request: Request) -> Response:
        """An endpoint the sandbox does not simulate: 501, never a 404 that looks like a
        missing record (docs/SANDBOX.md lists what is simulated)."""
        return not_simulated(self.platform, request.method, request.url.path)

    def normalize_path(self, path: str) -> str:
        """Rewrite a request path before routing (Salesforce: API versions, trailing slashes)."""
        return path

    @asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self.closing = False
        try:
            yield
        finally:
            self.closing = True
            await self.sender.aclose()


class SimulatorMiddleware:
    """The request pipeline every simulator shares (pure ASGI so it can drop connections)."""

    def __init__(self, app: ASGIApp, sim: Simulator) -> None:
        self.app = app
        self.sim = sim

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or path.startswith(ADMIN_PREFIX):
            await self.app(scope, receive, send)
            return
        sim = self.sim
        normalized = sim.normalize_path(path)
        if normalized != path:
            scope = {**scope, "path": normalized, "raw_path": normalized.encode(),
                     "sandbox_client_path": path}
            path = normalized
        method: str = scope["method"]
        sim.stats.request(method, path)
        request = Request(scope, receive)
        if not sim.authenticate(request):
            sim.stats.auth_failures += 1
            await self._respond(sim.auth_error(), scope, receive, send)
            return
        api_path = path[len(sim.api_prefix) :] if path.startswith(sim.api_prefix) else path
        admission = sim.limiter.admit(method, api_path or "/")
        try:
            if admission.denial is not None:
                sim.stats.rate_limited += 1
                response = sim.rate_limited(admission.denial)
                response.headers.update(sim.limit_headers(admission.usage))
                await self._respond(response, scope, receive, send)
                return
            await self._serve(scope, receive, send, method, path, admission.usage)
        finally:
            sim.limiter.release(admission)

    async def _serve(
        self, scope: Scope, receive: Receive, send: Send, method: str, path: str, usage: Usage
    ) -> None:
        sim = self.sim
        plan = sim.faults.decide(method, path)
        if plan.latency_s:
            sim.stats.faults["latency"] += 1
            await sim.hold(plan.latency_s)
        rule = plan.rule
        headers = sim.limit_headers(usage)
        if rule is not None:
            sim.stats.faults[rule.kind] += 1
            if rule.kind == "timeout":
                await sim.hold(rule.hold_seconds)
                await self._respond(
                    sim.error(504, "Gateway Timeout", "TIMEOUT"), scope, receive, send
                )
                return
            if rule.kind == "error":
                response = sim.error(
                    rule.status, "The service is temporarily unavailable.", "SERVER_ERROR"
                )
                if rule.retry_after is not None:
                    response.headers["Retry-After"] = str(max(1, round(rule.retry_after)))
                await self._respond(response, scope, receive, send)
                return
            if rule.kind == "rate_limit":
                sim.stats.rate_limited += 1
                response = sim.storm_response(rule.retry_after)
                response.headers.update(headers)
                await self._respond(response, scope, receive, send)
                return
            if rule.kind == "partial":
                scope.setdefault("state", {})["sandbox_partial"] = plan.partial
        mangle = rule.kind if rule is not None and rule.kind in ("drop", "malformed") else None
        await self._call_app(scope, receive, send, headers, mangle)

    async def _call_app(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        headers: dict[str, str],
        mangle: str | None,
    ) -> None:
        stats = self.sim.stats
        extra = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        if mangle is None:

            async def send_with_headers(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message["headers"] = [*message.get("headers", []), *extra]
                    stats.by_status[message["status"]] += 1
                await send(message)

            await self.app(scope, receive, send_with_headers)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        raw_headers = [(k, v) for k, v in start.get("headers", []) if k != b"content-length"]
        stats.by_status[start.get("status", 200)] += 1
        if mangle == "malformed":
            broken = body[: max(1, len(body) // 2)] + b"\x00<!-- truncated"
            raw_headers.append((b"content-length", str(len(broken)).encode()))
            await send({**start, "headers": [*raw_headers, *extra]})
            await send({"type": "http.response.body", "body": broken})
            return
        # drop: promise the full body, send half, then hang up.
        raw_headers.append((b"content-length", str(max(len(body), 2)).encode()))
        await send({**start, "headers": [*raw_headers, *extra]})
        await send(
            {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
        )

    async def _respond(
        self, response: Response, scope: Scope, receive: Receive, send: Send
    ) -> None:
        self.sim.stats.by_status[response.status_code] += 1
        await response(scope, receive, send)


def not_simulated(platform: str, method: str, path: str) -> JSONResponse:
    """The honest answer for an endpoint the sandbox does not simulate."""
    return JSONResponse({
        "error": "not_simulated",
        "message": f"The syncwright sandbox does not simulate {method} {path} on {platform}; "
                   "see docs/SANDBOX.md for what is simulated.",
        "platform": platform, "method": method, "path": path}, status_code=501)


def json_response(
    data: Any,
    status: int = 200,
    headers: dict[str, str] | None = None,
    media_type: str | None = None,
) -> JSONResponse:
    """A compact JSON response (the platforms send compact JSON)."""
    response = JSONResponse(data, status_code=status, headers=headers)
    if media_type:
        response.headers["content-type"] = media_type
    return response

"""A tiny rate-limited HTTP server on 127.0.0.1, for limiter tests and ``bench/limits_bench.py``.

It admits at most ``limit`` requests in any ``seconds``-long sliding window (by arrival
time, like the platforms) and answers 429 beyond it. ``POST /_force429?retry_after=T``
makes the next request get a 429 with ``Retry-After: T``. ``GET /_stats`` reports every
request's arrival (``time.monotonic``, the limiter's clock) and status. It is not a
platform simulator: those live in ``syncwright.sandbox``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx2
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from syncwright.limits.limiter import Limiter, open_state
from syncwright.limits.registry import PlatformLimits, validate_registry


@dataclass
class WindowServerState:
    limit: int
    seconds: float
    accepted: deque[float] = field(default_factory=deque)
    log: list[tuple[float, int]] = field(default_factory=list)  # (arrival, status)
    force: list[float] = field(default_factory=list)  # pending forced Retry-After values

    def arrive(self, now: float) -> tuple[int, dict[str, str]]:
        """Status and headers for a request arriving at ``now``."""
        if self.force:
            retry_after = self.force.pop(0)
            self.log.append((now, 429))
            return 429, {"Retry-After": f"{retry_after:g}"}
        while self.accepted and self.accepted[0] <= now - self.seconds:
            self.accepted.popleft()
        if len(self.accepted) >= self.limit:
            self.log.append((now, 429))
            return 429, {}
        self.accepted.append(now)
        self.log.append((now, 200))
        return 200, {}

    def stats(self) -> dict[str, object]:
        return {
            "ok": sum(1 for _, s in self.log if s == 200),
            "rejected": sum(1 for _, s in self.log if s == 429),
            "log": self.log,
        }


def window_app(limit: int, seconds: float) -> tuple[Starlette, WindowServerState]:
    state = WindowServerState(limit, seconds)

    async def any_path(request: Request) -> Response:
        status, headers = state.arrive(time.monotonic())
        body = {"status": "ok"} if status == 200 else {"status": "error", "errorType": "RATE_LIMIT"}
        return JSONResponse(body, status_code=status, headers=headers)

    async def force(request: Request) -> Response:
        state.force.append(float(request.query_params.get("retry_after", "1")))
        return JSONResponse({"forced": True})

    async def stats(request: Request) -> Response:
        return JSONResponse(state.stats())

    async def reset(request: Request) -> Response:
        state.accepted.clear()
        state.log.clear()
        return JSONResponse({"reset": True})

    app = Starlette(
        routes=[
            Route("/_force429", force, methods=["POST"]),
            Route("/_stats", stats, methods=["GET"]),
            Route("/_reset", reset, methods=["POST"]),
            Route("/{path:path}", any_path, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
        ]
    )
    return app, state


@contextmanager
def serve(app: Starlette) -> Iterator[str]:
    """Serve ``app`` on an ephemeral loopback port in a background thread; yield its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("loopback server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        sock.close()


def loopback_limits(limit: int, seconds: float = 1.0) -> PlatformLimits:
    """A one-group registry matching ``window_app(limit, seconds)``."""
    return validate_registry(
        {
            "platform": "loopback",
            "default_tier": "default",
            "tiers": ["default"],
            "groups": {
                "default": {
                    "match": ["*"],
                    "windows": [{"seconds": seconds, "limit": {"*": limit}}],
                }
            },
        },
        "loopback",
    )


@dataclass
class DriveResult:
    ok: int = 0
    rejected: int = 0
    elapsed: float = 0.0


async def drive_limited(
    limiter: Limiter,
    url: str,
    limits: PlatformLimits,
    *,
    tasks: int,
    requests: int | None = None,
    duration: float | None = None,
    connection_id: str = "loopback",
) -> DriveResult:
    """``tasks`` concurrent senders (like several jobs) through one limiter until
    ``requests`` succeed or ``duration`` passes; a 429 is observed and retried."""
    result = DriveResult()
    start = time.monotonic()

    def more() -> bool:
        if requests is not None and result.ok >= requests:
            return False
        return duration is None or time.monotonic() - start < duration

    async def sender(client: httpx2.AsyncClient) -> None:
        while more():
            async with limiter.acquire(
                connection_id, limits, None, "GET", "/work", max_wait=60
            ) as permit:
                if not more():
                    return
                response = await client.get(f"{url}/work")
                await permit.observe(response.status_code, response.headers)
            if response.status_code == 429:
                result.rejected += 1
            else:
                result.ok += 1

    async with httpx2.AsyncClient(timeout=30) as client:
        await asyncio.gather(*(sender(client) for _ in range(tasks)))
    result.elapsed = time.monotonic() - start
    return result


async def drive_plain(
    url: str, *, tasks: int, duration: float, base: float = 0.05, cap: float = 1.0
) -> DriveResult:
    """The usual client without a limiter: send, and on 429 back off (full jitter) and retry."""
    result = DriveResult()
    start = time.monotonic()

    async def sender(client: httpx2.AsyncClient) -> None:
        failures = 0
        while time.monotonic() - start < duration:
            response = await client.get(f"{url}/work")
            if response.status_code == 429:
                result.rejected += 1
                failures += 1
                await asyncio.sleep(random.uniform(0, min(cap, base * 2**failures)))
            else:
                result.ok += 1
                failures = 0

    async with httpx2.AsyncClient(timeout=30) as client:
        await asyncio.gather(*(sender(client) for _ in range(tasks)))
    result.elapsed = time.monotonic() - start
    return result


def _worker(argv: list[str] | None = None) -> None:
    """A separate process sending through a limiter on a shared SQLite state."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    parser.add_argument("--store", type=str, required=True)  # a file path or a postgresql:// URL
    parser.add_argument("--limit", type=int, required=True)
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--tasks", type=int, default=4)
    parser.add_argument("--requests", type=int, default=None)
    parser.add_argument("--duration", type=float, default=None)
    args = parser.parse_args(argv)

    async def main() -> DriveResult:
        limiter = Limiter(open_state(args.store))
        try:
            return await drive_limited(
                limiter,
                args.url,
                loopback_limits(args.limit, args.seconds),
                tasks=args.tasks,
                requests=args.requests,
                duration=args.duration,
            )
        finally:
            await limiter.close()

    result = asyncio.run(main())
    print(json.dumps({"ok": result.ok, "rejected": result.rejected, "elapsed": result.elapsed}))


if __name__ == "__main__":
    _worker()

"""Shared fixtures: one session-wide sandbox (limits off), clients with real credentials,
and a webhook receiver on loopback."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx2
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from syncwright.sandbox import Sandbox


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(no_limits=True) as sb:
        yield sb


@pytest.fixture
def sb(sandbox: Sandbox) -> Sandbox:
    """The session sandbox, reset to empty with limits off."""
    sandbox.reset()
    for name in sandbox.platforms:
        sandbox.admin(name).set_limits(enabled=False)
        sandbox.admin(name).set_webhook(None)
    return sandbox


def hubspot_client(sb: Sandbox) -> httpx2.Client:
    token = sb.credentials("hubspot")["token"]
    return httpx2.Client(base_url=sb.base_url("hubspot"), timeout=10,
                         headers={"Authorization": f"Bearer {token}"})


def salesforce_client(sb: Sandbox) -> httpx2.Client:
    token = sb.credentials("salesforce")["token"]
    return httpx2.Client(base_url=sb.base_url("salesforce"), timeout=10,
                         headers={"Authorization": f"Bearer {token}"})


def mailchimp_client(sb: Sandbox) -> httpx2.Client:
    key = sb.credentials("mailchimp")["api_key"]
    return httpx2.Client(base_url=sb.base_url("mailchimp"), timeout=10, auth=("anystring", key))


def segment_client(sb: Sandbox) -> httpx2.Client:
    key = sb.credentials("segment")["write_key"]
    return httpx2.Client(base_url=sb.base_url("segment"), timeout=10, auth=(key, ""))


@pytest.fixture
def hs(sb: Sandbox) -> Iterator[httpx2.Client]:
    with hubspot_client(sb) as client:
        yield client


@pytest.fixture
def sf(sb: Sandbox) -> Iterator[httpx2.Client]:
    with salesforce_client(sb) as client:
        yield client


@pytest.fixture
def mc(sb: Sandbox) -> Iterator[httpx2.Client]:
    with mailchimp_client(sb) as client:
        yield client


@pytest.fixture
def seg(sb: Sandbox) -> Iterator[httpx2.Client]:
    with segment_client(sb) as client:
        yield client


@dataclass
class Received:
    method: str
    url: str
    headers: dict[str, str]
    body: bytes


@dataclass
class WebhookReceiver:
    """A loopback HTTP listener that records requests and answers from a script."""

    requests: list[Received] = field(default_factory=list)
    script: list[tuple[int, bytes, str]] = field(default_factory=list)
    default: tuple[int, bytes, str] = (200, b"ok", "text/plain")
    url: str = ""

    async def handle(self, request: Request) -> Response:
        self.requests.append(Received(request.method, str(request.url),
                                      dict(request.headers), await request.body()))
        status, body, media = self.script.pop(0) if self.script else self.default
        return Response(body, status_code=status, media_type=media)

    def wait_for(self, n: int, timeout: float = 5.0, method: str = "POST") -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = [r for r in self.requests if r.method == method]
            if len(got) >= n:
                return got
            time.sleep(0.01)
        raise AssertionError(f"expected {n} {method} deliveries, got "
                             f"{[r.method for r in self.requests]}")


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    recv = WebhookReceiver()
    app = Starlette(routes=[Route("/{path:path}", recv.handle, methods=["GET", "POST"])])
    sock = socket.socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="off"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])),
                              daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    recv.url = f"http://127.0.0.1:{sock.getsockname()[1]}/hooks/in?token=abc"
    yield recv
    server.should_exit = True
    thread.join(5)
    sock.close()


def json_of(response: httpx2.Response) -> Any:
    return response.json()

"""``serve``'s HTTP protocol writes each response in one system call, and HTTP stays HTTP:
keep-alive, pipelined requests and ``Connection: close`` each get their whole answer."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from syncwright.service.http_protocol import GatheringHttpToolsProtocol, _GatheringTransport
from tests.webhooks.fixtures import wait_for


class RecordingTransport(asyncio.Transport):
    """A transport that keeps what it is given, one entry per ``write`` call."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: Any) -> None:
        assert not self.closed, "written after close"
        self.writes.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True


def test_writes_of_one_loop_step_go_out_as_one() -> None:
    async def scenario() -> RecordingTransport:
        raw = RecordingTransport()
        gathering = _GatheringTransport(raw, asyncio.get_running_loop())
        gathering.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
        gathering.write(b"ok")
        assert raw.writes == []  # not before the step ends
        await asyncio.sleep(0)
        assert raw.writes == [b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"]
        gathering.writelines([b"ne", b"xt"])
        gathering.close()  # what was gathered goes out before the close
        assert raw.writes[-1] == b"next" and raw.closed
        await asyncio.sleep(0)  # the scheduled flush finds nothing left
        assert len(raw.writes) == 2
        return raw

    asyncio.run(scenario())


async def _echo(request: Request) -> Response:
    return PlainTextResponse((await request.body()).decode() or request.url.path)


@contextmanager
def _serve() -> Iterator[int]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    app = Starlette(routes=[Route("/{name}", _echo, methods=["GET", "POST"])])
    config = uvicorn.Config(app, log_level="error", http=GatheringHttpToolsProtocol)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    wait_for(lambda: server.started, timeout=10)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(10)


def _read_all(conn: socket.socket) -> bytes:
    chunks = []
    while chunk := conn.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_keep_alive_pipelining_and_close_get_whole_answers() -> None:
    with _serve() as port, socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(
            b"GET /one HTTP/1.1\r\nHost: x\r\n\r\n"  # keep-alive
            b"POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"  # pipelined
            b"GET /three HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        data = _read_all(conn)  # ends only because the server closed after the third
    answers = data.split(b"HTTP/1.1 200 OK\r\n")[1:]
    assert len(answers) == 3, data
    assert [a.rsplit(b"\r\n\r\n", 1)[1] for a in answers] == [b"/one", b"hello", b"/three"]
    assert b"connection: close" in answers[2].lower()

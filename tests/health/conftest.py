"""Shared pieces of the liveness/health tests: a HubSpot simulator on loopback, job files
(JSONL -> HubSpot contacts), the real CLI in subprocesses, the store read as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from tests.helpers import file_to_hubspot_job, write_contacts

TOKEN_ENV = "SW_TEST_HEALTH_TOKEN"
UPSERT = "POST /crm/v3/objects/contacts/batch/upsert"
BEAT = 0.3  # heartbeat seconds in these tests
NO_WINDOWS: dict[str, Any] = {
    "groups": {g: {"windows": []} for g in ("default", "batch", "search")}
}
FAST_RETRY = {
    "max_attempts": 50,
    "base_seconds": 0.05,
    "cap_seconds": 0.2,
    "wait_in_process_seconds": 3,
}


@pytest.fixture(scope="module")
def hub_sandbox() -> Iterator[Sandbox]:
    with Sandbox(("hubspot",), no_limits=True) as sb:
        yield sb


@pytest.fixture
def hub(hub_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    hub_sandbox.reset()
    hub_sandbox.admin("hubspot").set_limits(enabled=False)
    monkeypatch.setenv(TOKEN_ENV, hub_sandbox.credentials("hubspot")["token"])
    return hub_sandbox


def hub_job(
    folder: Path,
    sb: Sandbox,
    *,
    name: str = "file-to-hubspot",
    records: int = 3000,
    timeout_seconds: float = 30,
    extra: dict[str, Any] | None = None,
) -> Path:
    """A JSONL -> HubSpot contacts job file (100 records per upsert call)."""
    folder.mkdir(parents=True, exist_ok=True)
    write_contacts(folder / f"{name}.jsonl", records)
    hubspot = {
        "base_url": sb.base_url("hubspot"),
        "token_env": TOKEN_ENV,
        "limits": NO_WINDOWS,
        "timeout_seconds": timeout_seconds,
    }
    job = file_to_hubspot_job(
        name, {"path": f"{name}.jsonl"}, hubspot, **({"retry": FAST_RETRY} | (extra or {}))
    )
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(job, sort_keys=False))
    return path


def spawn(
    *args: str, store: Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """The real CLI in a subprocess (heartbeat every BEAT seconds)."""
    full = {
        **os.environ,
        "SYNCWRIGHT_STORE": str(store),
        "SYNCWRIGHT_HEARTBEAT_SECONDS": str(BEAT),
        "COLUMNS": "200",
        **(env or {}),
    }
    full.pop("SYNCWRIGHT_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "syncwright", *args],
        cwd=cwd,
        env=full,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(what: Callable[[], Any], timeout: float = 60, every: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = what()
        if got:
            return got
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")


def _of_only_job(store: Path, what: Callable[[Any, Any], Any]) -> Any:
    """``what(store, job)`` for the store's only job; None before there is one."""
    if not store.exists():
        return None
    st = open_store(str(store))
    try:
        jobs = st.list_jobs()
        return what(st, jobs[0]) if jobs else None
    finally:
        st.close()


def job_view(store: Path) -> Any:
    """The only job of the store (None before it exists)."""
    return _of_only_job(store, lambda _st, job: job)


def hub_emails(sb: Sandbox) -> list[str]:
    return [c["properties"]["email"] for c in sb.admin("hubspot").records("contacts")]


def health_of(store: Path) -> Any:
    """``job_health`` of the store's only job (None before there is one)."""
    from syncwright.health import job_health

    return _of_only_job(store, job_health)


class Receiver:
    """A local webhook receiver on an ephemeral port: records every POST (body, headers);
    answers ``status`` (settable, e.g. 503 to make deliveries fail)."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.posts: list[dict[str, Any]] = []
        self.status = 200
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                import orjson

                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                if outer.status < 300:
                    outer.posts.append(
                        {"body": orjson.loads(body), "key": self.headers.get("Idempotency-Key")}
                    )
                self.send_response(outer.status)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                return None

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()

"""Shared set-up for webhook tests: a config with real secrets (from env), a routes file,
and deliveries built by the sandbox's signers (the product never imports those)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
import yaml

HUBSPOT_SECRET = "hs-app-secret-DO-NOT-LEAK"
SEGMENT_SECRET = "seg-shared-secret-DO-NOT-LEAK"
MAILCHIMP_SECRET = "mcUrlSecretDoNotLeak"
SF_ORG = "00D000000000001AAA"
SECRETS = (HUBSPOT_SECRET, SEGMENT_SECRET, MAILCHIMP_SECRET)

MAPPING = {
    "match_key": "Email",
    "rules": [{"rename": "email", "to": "Email"}, {"copy": "id", "to": "SourceId"}],
}


def write_config(folder: Path, routes: dict[str, Any] | None = None, **extra: Any) -> Path:
    """webhooks.yaml (+ routes.yaml); secrets in env vars SW_TEST_* (set by ``secrets_env``)."""
    folder.mkdir(parents=True, exist_ok=True)
    config: dict[str, Any] = {
        "connections": {
            "hs": {"platform": "hubspot", "secret_env": "SW_TEST_HUBSPOT"},
            "sf": {"platform": "salesforce", "organization_id": SF_ORG},
            "mc": {"platform": "mailchimp", "secret_env": "SW_TEST_MAILCHIMP"},
            "seg": {"platform": "segment", "secret_file": "segment.secret"},
        },
        **extra,
    }
    (folder / "segment.secret").write_text(SEGMENT_SECRET + "\n")
    if routes is not None:
        (folder / "routes.yaml").write_text(yaml.safe_dump(routes))
        config["routes"] = "routes.yaml"
    path = folder / "webhooks.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def secrets_env() -> dict[str, str]:
    return {"SW_TEST_HUBSPOT": HUBSPOT_SECRET, "SW_TEST_MAILCHIMP": MAILCHIMP_SECRET}


def jsonl_route(name: str, out: Path, on: list[str], **route: Any) -> dict[str, Any]:
    return {
        "name": name,
        "on": on,
        "actions": [
            {"sync_record": {"connection": f"{name}_out", "object": "contacts", "mapping": MAPPING}}
        ],
        **route,
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on a socket bound to port 0 (no fixed port,
    no race between choosing a port and binding it); yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="error", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(20)
        sock.close()


def wait_for(predicate: Any, timeout: float = 30.0, every: float = 0.05) -> Any:
    """Poll until ``predicate()`` is truthy (generous: a loaded 2-core machine)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s (last: {value!r})")
        time.sleep(every)

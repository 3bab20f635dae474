"""Fleet tests: stores of both backends, and real `syncwright worker` processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from syncwright.store import open_store
from tests.pg import BACKENDS, fresh_schema_url, store_location

Spawn = Callable[..., subprocess.Popen[str]]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with store_location(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def pg_url() -> Iterator[str]:
    with fresh_schema_url() as url:
        yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Any]:
    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture
def spawn(tmp_path: Path) -> Iterator[Spawn]:
    """Start `syncwright worker` processes; every one still running is killed at the end."""
    procs: list[subprocess.Popen[str]] = []

    def start(url: str, *args: str, log: str | None = None) -> subprocess.Popen[str]:
        env = {**os.environ, "SYNCWRIGHT_STORE": url}
        env.pop("SYNCWRIGHT_DEBUG", None)
        err = open(tmp_path / (log or f"worker-{len(procs)}.log"), "w")  # noqa: SIM115
        proc = subprocess.Popen(
            [sys.executable, "-m", "syncwright", "worker", *args],
            stdout=subprocess.DEVNULL,
            stderr=err,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        err.close()
        procs.append(proc)
        return proc

    yield start
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait(timeout=10)


def wait_for(check: Callable[[], Any], timeout: float = 30, what: str = "condition") -> Any:
    """Poll ``check`` until it returns something truthy (never a timing assertion)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)

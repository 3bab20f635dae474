"""Shared fixtures of the end-to-end tests: real simulators, real job files, the real CLI.

Every test here runs a whole sync as a user would: the sandbox's simulators on loopback
(in this process), a job file written as YAML, ``python -m syncwright`` in a subprocess
with the store on disk, and assertions made through the simulators' admin API (what the
destination holds, how often each key was written) and through the store (events,
failures).
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from syncwright.sandbox import Sandbox
from tests.helpers import cli, staged_seq_keys

PEOPLE = 2000  # seeded people per test: "a few thousand", and fast on two cores
SEED = 20261124
API = "/services/data/v60.0"

# The env vars the job files name for each platform's credential, and the key of
# ``Sandbox.credentials(platform)`` that holds it.
TOKEN_ENVS = {
    "hubspot": ("SW_E2E_HUBSPOT_TOKEN", "token"),
    "salesforce": ("SW_E2E_SALESFORCE_TOKEN", "token"),
    "mailchimp": ("SW_E2E_MAILCHIMP_KEY", "api_key"),
    "segment": ("SW_E2E_SEGMENT_WRITE_KEY", "write_key"),
    "ga4": ("SW_E2E_GA4_API_SECRET", "api_secret"),
}

# Short retries so faults cost milliseconds; Retry-After waits up to 3 s stay in process.
FAST_RETRY = {
    "max_attempts": 6,
    "base_seconds": 0.05,
    "cap_seconds": 0.5,
    "wait_in_process_seconds": 3,
}

# The product limiter's windows lifted (docs/LIMITS.md, "Overriding limits per
# connection"): the simulators' own limits are off too, so nothing here is about limits.
NO_WINDOWS: dict[str, dict[str, Any]] = {
    "hubspot": {"groups": {g: {"windows": []} for g in ("default", "batch", "search")}},
    "segment": {"groups": {g: {"windows": []} for g in ("default", "batch")}},
}


@pytest.fixture(scope="session")
def e2e_sandbox() -> Iterator[Sandbox]:
    with Sandbox(no_limits=True) as sb:
        yield sb


@pytest.fixture
def sb(e2e_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """The sandbox, emptied (data, writes, stats, faults), with every token in the env."""
    e2e_sandbox.reset()
    for platform in e2e_sandbox.platforms:
        e2e_sandbox.admin(platform).set_limits(enabled=False)
        var, key = TOKEN_ENVS[platform]
        monkeypatch.setenv(var, e2e_sandbox.credentials(platform)[key])
    return e2e_sandbox


def seed(
    sb: Sandbox, *platforms: str, count: int = PEOPLE, seed: int = SEED, **dirt: Any
) -> dict[str, dict[str, list[str]]]:
    """Seed the same ``count`` people into each platform; returns the dirty ids per platform."""
    out = {}
    for platform in platforms:
        out[platform] = sb.admin(platform).seed(count, seed=seed, **dirt)["dirty"]
    return out


def connection(sb: Sandbox, platform: str, **extra: Any) -> dict[str, Any]:
    """A job-file connection to one simulator (credentials by env var, never inline)."""
    conn: dict[str, Any] = {
        "platform": platform,
        "base_url": sb.base_url(platform),
        "token_env": TOKEN_ENVS[platform][0],
    }
    if platform in NO_WINDOWS:
        conn["limits"] = NO_WINDOWS[platform]
    if platform == "mailchimp":
        conn["list_id"] = sb.credentials("mailchimp")["list_id"]
    if platform == "ga4":
        conn["measurement_id"] = sb.credentials("ga4")["measurement_id"]
    return conn | extra


def write_job(
    folder: Path,
    *,
    name: str,
    source: tuple[str, str],
    destination: tuple[str, str],
    mapping: dict[str, Any],
    connections: dict[str, dict[str, Any]],
    mode: str = "full",
    batch_size: int = 500,
    max_rejected_ratio: float = 0.05,
    retry: dict[str, Any] | None = None,
) -> Path:
    """Write ``job.yaml`` (and its mapping file) in ``folder``; returns the job file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mapping.yaml").write_text(yaml.safe_dump(mapping, sort_keys=False))
    job = {
        "name": name,
        "source": {"connection": source[0], "object": source[1]},
        "destination": {"connection": destination[0], "object": destination[1]},
        "mapping": "mapping.yaml",
        "mode": mode,
        "batch_size": batch_size,
        "on_reject": {"max_rejected_ratio": max_rejected_ratio},
        "retry": retry or FAST_RETRY,
        "connections": connections,
    }
    path = folder / "job.yaml"
    path.write_text(yaml.safe_dump(job, sort_keys=False))
    return path


def sw(*args: str, store: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real CLI in a subprocess (the token env vars come from the ``sb`` fixture)."""
    return cli(*args, store=store, cwd=cwd, timeout=120)


def sw_json(*args: str, store: Path, ok: tuple[int, ...] = (0,)) -> Any:
    """Run a CLI command with ``--json``; its exit code must be in ``ok``."""
    proc = sw(*args, "--json", store=store)
    assert proc.returncode in ok, (
        f"syncwright {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    )
    return orjson.loads(proc.stdout)


def run(job: Path, store: Path, ok: tuple[int, ...] = (0,)) -> dict[str, Any]:
    """``syncwright run JOB --json``: the job's final view."""
    view: dict[str, Any] = sw_json("run", str(job), store=store, ok=ok)
    return view


def open_failures(store: Path, job_id: str) -> dict[str, dict[str, Any]]:
    """``syncwright failures JOB --json``, by record key."""
    return {f["record_key"]: f for f in sw_json("failures", job_id, store=store)}


def events(store: Path, job_id: str, etype: str | None = None) -> list[dict[str, Any]]:
    """A job's events (type and data), read from the store file read-only."""
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT type, data FROM events WHERE stream_id = ? ORDER BY stream_version",
            (f"job-{job_id}",),
        ).fetchall()
    finally:
        con.close()
    return [{"type": t, **orjson.loads(d)} for t, d in rows if etype is None or t == etype]


def staged_keys(store: Path, job_id: str, first: int, count: int) -> list[str]:
    """The record keys a job staged at seq ``first`` .. ``first + count - 1`` (one batch)."""
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        rows = staged_seq_keys(con, job_id)
    finally:
        con.close()
    return [key for seq, key in rows if first <= seq < first + count]


def uploaded_indexes(store: Path, job_id: str) -> list[int]:
    """The index of every non-retry ``batch_uploaded`` event, in order."""
    return [e["index"] for e in events(store, job_id, "batch_uploaded") if not e.get("retry")]


def md5(email: str) -> str:
    """Mailchimp's subscriber hash."""
    return hashlib.md5(email.strip().lower().encode()).hexdigest()

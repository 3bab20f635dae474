"""The CLI commands that share the console's command layer: grouped `failures`,
readable `explain`, and `users` (the real CLI in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from syncwright.access import authenticate, principal_for_token
from syncwright.store import open_store
from tests.console.conftest import make_stopped_job
from tests.helpers import cli


def cli_in(*args: str, store: Path, input: str) -> subprocess.CompletedProcess[str]:
    """The real CLI with ``input`` on stdin (for --password-stdin)."""
    env = {**os.environ, "COLUMNS": "200", "SYNCWRIGHT_STORE": str(store)}
    return subprocess.run(
        [sys.executable, "-m", "syncwright", *args],
        input=input, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


@pytest.fixture
def stopped(tmp_path: Path) -> tuple[Path, str]:
    store_path = tmp_path / "store.db"
    store = open_store(str(store_path))
    try:
        job_id = make_stopped_job(tmp_path / "job", store)
    finally:
        store.close()
    return store_path, job_id


def test_failures_are_grouped_by_code_with_an_example(stopped: tuple[Path, str]) -> None:
    store, job = stopped
    out = cli("failures", job, store=store, check=True).stdout
    assert "INVALID_EMAIL" in out and "30" in out
    assert "field 'Email': 'bad-email-0' is not a valid email address" in out
    assert out.count("bad-email-") == 1  # one example, not 30 rows
    page = cli("failures", job, "--code", "INVALID_EMAIL", "--limit", "5", store=store, check=True)
    assert page.stdout.count("bad-email-") == 5 and "--after" in page.stdout
    every = orjson.loads(cli("failures", job, "--json", store=store, check=True).stdout)
    assert len(every) == 30 and {f["code"] for f in every} == {"INVALID_EMAIL"}
    some = orjson.loads(
        cli(
            "failures",
            job,
            "--json",
            "--code",
            "INVALID_EMAIL",
            "--limit",
            "7",
            store=store,
            check=True,
        ).stdout
    )
    assert len(some) == 7
    nothing = cli("failures", job, "--code", "NOPE", store=store, check=True).stdout
    assert "no open failures with code NOPE" in nothing


def test_explain_prints_tables_and_json_raw(stopped: tuple[Path, str]) -> None:
    store, job = stopped
    out = cli("explain", job, "3", store=store, check=True).stdout
    assert "lineage" in out and "fetched" in out and "uploaded" in out
    assert "INVALID_EMAIL" in out and "bad-email-3" in out
    assert "{" not in out.split("lineage")[0]  # no raw JSON dump
    raw = orjson.loads(cli("explain", job, "3", "--json", store=store, check=True).stdout)
    assert raw["record_key"] == "3" and raw["occurrences"][0]["source"]["email"] == "bad-email-3"
    by_email = cli("explain", job, "user77@example.com", "--json", store=store, check=True)
    assert orjson.loads(by_email.stdout)["record_key"] == "77"
    unknown = cli("explain", job, "nobody@example.com", store=store)
    assert unknown.returncode == 2 and "no record known by" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_users_add_list_token(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    made = cli_in("users", "add", "ann", "--role", "admin", "--password-stdin", store=store,
                  input="a fine password\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    short = cli_in("users", "add", "bob", "--password-stdin", store=store, input="short\n")
    assert short.returncode == 2 and "at least 8" in short.stderr
    again = cli_in(
        "users", "add", "ann", "--password-stdin", store=store, input="a fine password\n"
    )
    assert again.returncode == 2 and "exists already" in again.stderr
    listed = orjson.loads(cli("users", "list", "--json", store=store, check=True).stdout)
    assert listed == [
        {"name": "ann", "role": "admin", "disabled": False,
         "created_at": listed[0]["created_at"], "updated_at": listed[0]["updated_at"]}
    ]  # fmt: skip
    token = cli("users", "token", "ann", store=store, check=True).stdout.strip()
    st = open_store(str(store))
    try:
        assert authenticate(st, "ann", "a fine password") is not None
        assert authenticate(st, "ann", "wrong password") is None
        who = principal_for_token(st, token)
        assert who is not None and who.name == "ann" and who.role.value == "admin"
        actors = {
            r[0]
            for r in st.query("SELECT metadata FROM events WHERE stream_id = 'access-user-ann'")
        }
        assert all('"actor":"cli:' in a for a in actors)
    finally:
        st.close()
    cli("users", "disable", "ann", store=store, check=True)
    st = open_store(str(store))
    try:
        assert principal_for_token(st, token) is None
        assert authenticate(st, "ann", "a fine password") is None
    finally:
        st.close()


def test_console_command_serves_on_loopback(tmp_path: Path) -> None:
    import socket
    import time

    import httpx2

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    env = {**os.environ, "SYNCWRIGHT_STORE": str(tmp_path / "s.db")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "syncwright", "console", "--port", str(port)],
        stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx2.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    break
            except httpx2.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        assert httpx2.get(f"http://127.0.0.1:{port}/api/jobs").status_code == 401
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert f"console on http://127.0.0.1:{port}/" in err
    assert "no users yet: create the first admin with `syncwright users add" in err


def test_docs_api_lines_name_real_routes() -> None:
    import re

    from starlette.routing import Route

    from syncwright.console import api

    doc = (Path(__file__).parents[2] / "docs" / "CONSOLE.md").read_text()
    block = doc.split("```http\n", 1)[1].split("```", 1)[0]
    routes = [r for r in api.ROUTES if isinstance(r, Route)]
    lines = [line.split() for line in block.splitlines() if line.strip()]
    assert len(lines) == len(routes)  # every endpoint documented, once
    for method, target, *body in lines:
        path = target.split("?", 1)[0]
        matching = [
            r for r in routes
            if method in (r.methods or set())
            and re.fullmatch(re.sub(r"{\w+}", "[^/]+", r.path), path)
        ]  # fmt: skip
        assert len(matching) == 1, (method, path)
        if body:
            orjson.loads(" ".join(body))  # the example body is JSON

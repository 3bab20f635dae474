"""The console served for real: uvicorn on an ephemeral loopback port, a real store with
a job that stopped with rejected records, users of each role, and API tokens."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx2
import orjson
import pytest

from syncwright.access import add_user, issue_token
from syncwright.console.app import create_app
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.store import Store, open_store
from tests.helpers import write_job
from tests.webhooks.fixtures import running

PASSWORD = "correct horse battery"
EMAIL_RULE = {"Email": {"type": "email", "required": True}}


@dataclass
class Console:
    base: str
    store: Store
    location: str
    job_id: str
    folder: Path
    tokens: dict[str, str]  # role -> bearer token


def make_stopped_job(folder: Path, store: Store, n: int = 400, bad: int = 30) -> str:
    """A JSONL -> JSONL job whose destination rejects bad emails: the first ``bad``
    records (all in the first batch) have one; 30 of 400 is over the 5% allowed, so it
    stops in needs_attention with open rejections, and once they are fixed and re-sent
    it completes."""
    job = write_job(folder, n=n, dest_fields=EMAIL_RULE)
    rows = [orjson.loads(line) for line in (folder / "contacts.jsonl").read_bytes().splitlines()]
    for row in rows[:bad]:
        row["email"] = f"bad-email-{row['id']}"
    (folder / "contacts.jsonl").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    job_id = create_job(store, load_job_file(job))
    view = asyncio.run(JobRunner(store, job_id).run())
    assert view.state.value == "needs_attention" and view.open_rejections > 0
    return job_id


def serve(app: object) -> Iterator[str]:
    """The app on loopback for the length of a ``for base in serve(app)`` block."""
    with running(app) as base:
        yield base


def add_users(store: Store) -> dict[str, str]:
    tokens = {}
    for role in ("viewer", "operator", "admin"):
        add_user(store, role, role, PASSWORD, actor="test")
        tokens[role] = issue_token(store, role, "tests", actor="test")
    return tokens


@pytest.fixture
def console(tmp_path: Path) -> Iterator[Console]:
    location = str(tmp_path / "store.db")
    store = open_store(location)
    job_id = make_stopped_job(tmp_path / "job", store)
    tokens = add_users(store)
    app = create_app(location)
    for base in serve(app):
        yield Console(base, store, location, job_id, tmp_path / "job", tokens)
    store.close()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def sign_in(base: str, name: str, password: str = PASSWORD) -> tuple[httpx2.Client, str]:
    """A browser-like client signed in through the login form; returns it and its CSRF
    token (as the pages embed it in every form)."""
    client = httpx2.Client(base_url=base, follow_redirects=False, timeout=30)
    form = client.get("/login")
    login_csrf = CSRF.search(form.text)
    assert login_csrf is not None
    r = client.post(
        "/login",
        data={"name": name, "password": password, "csrf": login_csrf.group(1), "next": "/"},
    )
    assert r.status_code == 303, r.text
    page = client.get("/")
    assert page.status_code == 200
    token = CSRF.search(page.text)
    assert token is not None
    return client, token.group(1)

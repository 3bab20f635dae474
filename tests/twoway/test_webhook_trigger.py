"""Webhooks as triggers of two-way runs: a signed Mailchimp delivery requests a run (one
queued run per burst), and two runs of a sync never execute at the same time."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from syncwright.engine.orchestrator import JobRunner
from syncwright.sandbox import Sandbox
from syncwright.sandbox.webhooks_out import build_mailchimp_delivery
from syncwright.service.serve import build_service
from syncwright.store import Store, open_store
from syncwright.twoway.definition import load_two_way
from syncwright.twoway.runner import create_run
from syncwright.twoway.turns import turn_stream
from tests.twoway.convergence import World
from tests.twoway.harness import NAME, run_ok, set_env, write_job
from tests.webhooks.fixtures import MAILCHIMP_SECRET, running, secrets_env, wait_for, write_config


@pytest.fixture
def sb(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    for k, v in secrets_env().items():
        monkeypatch.setenv(k, v)
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as box:
        set_env(box)
        yield box


def _routes(job: Path) -> dict[str, Any]:
    return {"routes": [{"name": "two-way", "on": ["member.*"],
                        "actions": [{"start_job": {"job_file": str(job)}}]}]}


def _profile(base: str, n: int, email: str) -> Any:
    return build_mailchimp_delivery(
        f"{base}/webhooks/mailchimp/mc/{MAILCHIMP_SECRET}", "profile",
        f"2026-11-30 10:00:{n:02d}", {"id": f"x{n}", "list_id": "L1", "email": email,
                                     "merges": {"EMAIL": email, "FNAME": f"Ada {n}"}})


def _runs(store: Store) -> list[Any]:
    return [v for v in store.list_jobs() if v.name == NAME]


def test_a_webhook_burst_requests_one_run_that_carries_the_change(
        sb: Sandbox, tmp_path: Path) -> None:
    sf, mc = sb.admin("salesforce"), sb.admin("mailchimp")
    sf.create("Contact", {"Email": "ada@example.com", "FirstName": "Ada", "LastName": "L"})
    job = write_job(tmp_path / "job.yaml", sb)
    db = tmp_path / "store.db"
    store = open_store(str(db))
    run_ok(store, job)  # the baseline
    member = next(m for m in mc.records("members") if m["email_address"] == "ada@example.com")
    mc.update("members", member["id"], {"merge_fields": {"FNAME": "Ada King"}})
    service = build_service(write_config(tmp_path / "wh", _routes(job)), str(db),
                            poll_seconds=0.05)
    with running(service.app) as base, httpx2.Client(timeout=30) as client:
        for n in range(6):  # a burst: Mailchimp sends one delivery per change
            d = _profile(base, n, "ada@example.com")
            assert client.post(d.url, headers=d.headers, content=d.body).status_code == 200

        def actions() -> list[tuple[object, ...]]:
            return service.gate.run(
                lambda s: s.query("SELECT state, COUNT(*) FROM webhook_actions GROUP BY 1"))

        wait_for(lambda: actions() == [("succeeded", 6)], timeout=60)
        results = service.gate.run(lambda s: [e.data for e in s.read_all()
                                              if e.type == "action_succeeded"])
    queued = [v for v in _runs(store) if v.state.value == "queued"]
    assert len(queued) == 1  # six requests, one queued run
    assert {r["result"]["job_id"] for r in results} == {queued[0].job_id}, results
    assert sum(r["result"]["coalesced"] for r in results) == 5
    view = asyncio.run(JobRunner(store, queued[0].job_id).run())
    assert view.state.value == "completed", view.reason
    contact = next(r for r in sf.records("Contact") if r["Email"] == "ada@example.com")
    assert contact["FirstName"] == "Ada King"  # the change crossed to Salesforce


def test_a_run_created_while_another_is_active_waits_for_it(
        sb: Sandbox, tmp_path: Path) -> None:
    world = World(sb, tmp_path, seed=3)
    world.seed(2500)  # a first run long enough to start a second one inside it
    store, job = world.store, world.job
    definition = load_two_way(job)
    first = create_run(store, definition)
    views: dict[str, Any] = {}

    def run(job_id: str) -> None:
        mine = open_store(str(world.store_path))
        views[job_id] = asyncio.run(JobRunner(mine, job_id).run())

    t1 = threading.Thread(target=run, args=(first,))
    t1.start()
    active = ("fetching", "mapping", "validating", "uploading")
    wait_for(lambda: store.get_job(first).state.value in active, timeout=60, every=0.005)
    second = create_run(store, definition)
    t2 = threading.Thread(target=run, args=(second,))
    t2.start()
    t1.join(300)
    t2.join(300)
    assert all(v.state.value == "completed" for v in views.values()), views
    holders = [e.data["job"] for e in store.read_stream(turn_stream(NAME))]
    assert sorted(holders) == sorted([first, second])  # each took the sync's turn once
    ahead, behind = views[holders[0]], views[holders[1]]  # usually first, then second
    waits = [e for e in behind.timeline if e["state"] == "waiting"]
    assert waits and holders[0] in waits[0]["reason"], behind.timeline
    done = next(e["at"] for e in ahead.timeline if e["state"] == "completed")
    reading = [e["at"] for e in behind.timeline if e["state"] == "mapping"]
    assert reading and min(reading) > done  # read only after the other run ended

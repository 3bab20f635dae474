"""A two-way run goes through the store's shared limiter like any job (limits on)."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import yaml

from syncwright.engine.orchestrator import JobRunner
from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from syncwright.twoway.definition import load_two_way
from syncwright.twoway.runner import create_run
from tests.twoway.harness import job_doc, set_env

HOUR_ONE_CALL = {"windows": [{"seconds": 3600, "limit": {"*": 1}}]}


def test_two_way_writes_wait_for_the_shared_limiter(tmp_path: Path) -> None:
    with Sandbox(("salesforce", "mailchimp")) as sb:  # the simulators enforce limits too
        set_env(sb)
        mc = sb.admin("mailchimp")
        for i in range(250):  # on B only: A needs 250 creates, two collection calls of 200
            mc.create("members", {"email_address": f"m{i}@example.com", "status": "subscribed",
                                  "merge_fields": {"FNAME": f"F{i}", "LNAME": f"L{i}"}})
        doc = job_doc(sb)
        doc["connections"]["sf"]["limits"] = {"groups": {"collections": HOUR_ONE_CALL}}
        job = tmp_path / "job.yaml"
        job.write_text(yaml.safe_dump(doc))
        store = open_store(str(tmp_path / "store.db"))
        job_id = create_run(store, load_two_way(job))
        runner = JobRunner(store, job_id,
                           should_stop=lambda: store.get_job(job_id).state.value == "waiting")
        view = asyncio.run(runner.run())
        sf_routes = sb.admin("salesforce").stats()["by_route"]
        sf_stats, mc_stats = sb.admin("salesforce").stats(), mc.stats()
    # the second collections call would break the connection's limit: the job waits
    # (a persisted state) instead of sending it
    assert view.state.value == "waiting", view.reason
    assert view.waiting_until is not None and "uploading" in str(view.reason), view.reason
    upserts = [n for route, n in sf_routes.items() if "composite/sobjects" in route]
    assert upserts == [1]
    assert sf_stats["rate_limited"] == 0 and mc_stats["rate_limited"] == 0
    con = sqlite3.connect(tmp_path / "store.db")
    try:
        conns = {row[0] for row in con.execute("SELECT conn FROM limiter_connections")}
        used = con.execute("SELECT SUM(used) FROM limiter_quota WHERE conn = 'sf'").fetchone()[0]
    finally:
        con.close()
    assert conns == {"sf", "mc"}  # both sides' adapters are bound to the shared limiter
    assert used == sf_stats["requests"]  # every Salesforce call was counted by it

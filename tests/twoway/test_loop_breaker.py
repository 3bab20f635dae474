"""A record that keeps flipping (another tool fighting the sync) goes to review."""

from __future__ import annotations

from pathlib import Path

from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from syncwright.twoway.review import list_conflicts
from tests.twoway.harness import NAME, run_ok, set_env, snapshot, write_job


def test_a_person_written_too_often_goes_to_review(tmp_path: Path) -> None:
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as sb:
        set_env(sb)
        sf, mc = sb.admin("salesforce"), sb.admin("mailchimp")
        sf.create("Contact", {"Email": "fought@example.com", "LastName": "F", "Phone": "1"})
        member = mc.create("members", {"email_address": "fought@example.com",
                                       "status": "subscribed",
                                       "merge_fields": {"LNAME": "F", "PHONE": "1"}})
        job = write_job(tmp_path / "job.yaml", sb,
                        loop_breaker={"max_writes": 3, "window_runs": 10})
        store = open_store(str(tmp_path / "store.db"))
        run_ok(store, job)
        reverts = []
        for n in range(6):  # another integration keeps setting B's phone; A owns the field
            mc.update("members", member["id"], {"merge_fields": {"PHONE": f"99{n}"}})
            before = mc.writes()["total"]
            run_ok(store, job)
            reverts.append(mc.writes()["total"] - before)
        held = snapshot(sb)["fought@example.com"]["b"]["PHONE"]
    assert reverts == [1, 1, 1, 0, 0, 0]  # three reverts, then the breaker holds it
    assert held == "995"
    [conflict] = list_conflicts(store, NAME)
    assert conflict["field"] == "Phone" and "loop breaker" in conflict["why"]
    assert conflict["b"] == "995"  # the queue shows the newest value

"""Deletions read from Mailchimp (archived members in the change feed) and HubSpot (the
archived listing): the person goes to review, is never re-created by an edit on the other
side, and review decides (keep deleted, or re-create)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from syncwright.twoway.review import list_conflicts, resolve_conflict
from tests.twoway.harness import NAME, run_ok, set_env, write_job
from tests.twoway.test_hubspot_leads import hs_leads_job


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as box:
        set_env(box)
        yield box


def _members(sb: Sandbox) -> dict[str, dict[str, object]]:
    return {str(m["email_address"]): m for m in sb.admin("mailchimp").records("members")}


def test_a_mailchimp_archive_goes_to_review_and_is_never_undone(
        sb: Sandbox, tmp_path: Path) -> None:
    sf = sb.admin("salesforce")
    contacts = {n: sf.create("Contact", {"Email": f"{n}@example.com", "LastName": n,
                                         "FirstName": n})["Id"]
                for n in ("gone", "back", "kept")}
    job = write_job(tmp_path / "job.yaml", sb)
    store = open_store(str(tmp_path / "store.db"))
    run_ok(store, job)
    time.sleep(1.1)
    run_ok(store, job)  # reads our creations back: the bookmark moves past them
    time.sleep(1.1)  # so the archive is seen by its own last_changed, not the creation's
    mc = sb.admin("mailchimp")
    for n in ("gone", "back"):
        mc.delete("members", str(_members(sb)[f"{n}@example.com"]["id"]))
        sf.update("Contact", contacts[n], {"FirstName": f"{n} edited"})
    run_ok(store, job)
    members = _members(sb)
    assert members["gone@example.com"]["status"] == "archived"  # not re-subscribed by A's edit
    assert members["back@example.com"]["status"] == "archived"
    assert members["kept@example.com"]["status"] == "subscribed"
    queue = {c["person"]: c for c in list_conflicts(store, NAME)}
    assert set(queue) == {"gone@example.com", "back@example.com"}
    assert queue["gone@example.com"]["field"] == "*"
    assert queue["gone@example.com"]["why"].startswith("deleted on B")
    resolve_conflict(store, NAME, queue["gone@example.com"]["id"], "b", "user:test")
    resolve_conflict(store, NAME, queue["back@example.com"]["id"], "a", "user:test")
    run_ok(store, job)
    sf.update("Contact", contacts["gone"], {"FirstName": "again"})
    run_ok(store, job)
    run_ok(store, job)
    members = _members(sb)
    assert members["gone@example.com"]["status"] == "archived"  # accepted: never re-created
    assert members["back@example.com"]["status"] == "subscribed"  # re-created from A
    assert members["back@example.com"]["merge_fields"]["FNAME"] == "back edited"  # type: ignore[index]
    assert list_conflicts(store, NAME) == []


def test_a_hubspot_archive_goes_to_review_and_older_archives_are_not_the_syncs(
        tmp_path: Path) -> None:
    with Sandbox(("hubspot", "salesforce"), no_limits=True) as sb:
        job = hs_leads_job(sb, tmp_path)
        hs, sf = sb.admin("hubspot"), sb.admin("salesforce")
        old = hs.create("contacts", {"email": "old@example.com", "lastname": "O"})
        hs.delete("contacts", old["id"])  # archived before the sync began
        hana = hs.create("contacts", {"email": "hana@example.com", "firstname": "Hana",
                                      "lastname": "H", "company": "HS Co"})
        store = open_store(str(tmp_path / "store.db"))
        run_ok(store, job)
        lead = next(r for r in sf.records("Lead") if r["Email"] == "hana@example.com")
        hs.delete("contacts", hana["id"])
        sf.update("Lead", lead["Id"], {"FirstName": "Hannah"})
        run_ok(store, job)
        run_ok(store, job)
        live = [c for c in hs.records("contacts") if not c["archived"]]
        queue = list_conflicts(store, "hs-leads")
    assert live == []  # the Lead's edit did not re-create the archived contact
    assert [(c["person"], c["field"]) for c in queue] == [("hana@example.com", "*")]
    assert queue[0]["why"].startswith("deleted on A")

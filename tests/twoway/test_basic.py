"""A two-way sync against the sandbox, step by step: first run, edits each side, echo."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from syncwright.twoway.review import list_conflicts
from tests.twoway.harness import NAME, run_once, set_env, snapshot, write_job


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as box:
        set_env(box)
        yield box


def test_first_run_creates_each_side_and_a_quiet_rerun_writes_nothing(
        sb: Sandbox, tmp_path: Path) -> None:
    sf, mc = sb.admin("salesforce"), sb.admin("mailchimp")
    sf.create("Contact", {"Email": "ada@example.com", "FirstName": "Ada", "LastName": "Lovelace",
                          "Phone": "555-0101", "HasOptedOutOfEmail": False})
    mc.create("members", {"email_address": "bob@example.com", "status": "unsubscribed",
                          "merge_fields": {"FNAME": "Bob", "LNAME": "Byte"}})
    job = write_job(tmp_path / "job.yaml", sb)
    store = open_store(str(tmp_path / "store.db"))
    view = run_once(store, job)
    assert view.state.value == "completed", view.reason
    people = snapshot(sb)
    assert people["ada@example.com"]["b"]["FNAME"] == "Ada"
    assert people["ada@example.com"]["b"]["status"] == "subscribed"
    assert people["bob@example.com"]["a"]["LastName"] == "Byte"
    assert people["bob@example.com"]["a"]["HasOptedOutOfEmail"] is True  # opt-out carried
    before = sb.admin("salesforce").writes()["total"] + sb.admin("mailchimp").writes()["total"]
    for _ in range(2):  # our own writes come back as changes: echoes, never written again
        view = run_once(store, job)
        assert view.state.value == "completed", view.reason
    after = sb.admin("salesforce").writes()["total"] + sb.admin("mailchimp").writes()["total"]
    assert after == before
    assert list_conflicts(store, NAME) == []


def test_an_edit_in_the_same_second_as_the_last_read_is_not_missed(
        sb: Sandbox, tmp_path: Path) -> None:
    """Whole-second stamps: a record read by a run and edited again within that second
    keeps its SystemModstamp; the next run must still see the edit."""
    sf = sb.admin("salesforce")
    job = write_job(tmp_path / "job.yaml", sb)
    store = open_store(str(tmp_path / "store.db"))
    for attempt in range(8):
        while time.time() % 1 > 0.05:  # start at the top of a second
            time.sleep(0.01)
        rec = sf.create("Contact", {"Email": f"s{attempt}@example.com", "LastName": "Same"})
        assert run_once(store, job).state.value == "completed"
        edited = sf.update("Contact", rec["Id"], {"LastName": f"Edited{attempt}"})
        if edited["SystemModstamp"] == rec["SystemModstamp"]:
            break
    else:
        pytest.skip("could not create, sync and edit within one second on this machine")
    assert run_once(store, job).state.value == "completed"
    assert snapshot(sb)[f"s{attempt}@example.com"]["b"]["LNAME"] == f"Edited{attempt}"


def test_a_resolution_appended_during_a_run_is_folded_in_not_a_crash(tmp_path: Path) -> None:
    """The ledger append is optimistic: a reviewer's event that lands first is read, folded,
    and the run's event appended after it."""
    from syncwright.twoway.ledger import APPLIED, RESOLVED, append, load_ledger

    store = open_store(str(tmp_path / "store.db"))
    mine = load_ledger(store, "s")
    theirs = load_ledger(store, "s")
    conflict = {"id": "c1", "person": "p", "field": "Title", "b_field": "COMPANY", "a": "x",
                "b": "y"}
    append(store, mine, APPLIED, {"job": "j1", "run": 1, "persons": {},
                                  "conflicts": [conflict]}, "runner")
    append(store, theirs, RESOLVED, {"id": "c1", "take": "a", "by": "user:r"}, "user:r")
    append(store, mine, APPLIED, {"job": "j2", "run": 2, "persons": {}}, "runner")
    again = load_ledger(store, "s")
    assert mine.version == again.version == 3
    assert mine.conflicts["c1"]["status"] == again.conflicts["c1"]["status"] == "resolved"

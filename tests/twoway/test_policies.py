"""Each field policy, the opt-out rule, the review queue and explain, against the sandbox."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from syncwright.twoway.review import explain_person, list_conflicts, resolve_conflict
from tests.twoway.harness import NAME, run_ok, set_env, snapshot, write_job


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox(("salesforce", "mailchimp"), no_limits=True) as box:
        set_env(box)
        yield box


def _ids(sb: Sandbox, email: str) -> tuple[str, str]:
    sf = next(r["Id"] for r in sb.admin("salesforce").records("Contact") if r["Email"] == email)
    mc = next(m["id"] for m in sb.admin("mailchimp").records("members")
              if m["email_address"] == email)
    return sf, mc


def test_policies_decide_and_review_waits_for_a_person(sb: Sandbox, tmp_path: Path,
                                                       location: str) -> None:
    sf, mc = sb.admin("salesforce"), sb.admin("mailchimp")
    for n in range(3):
        sf.create("Contact", {"Email": f"p{n}@example.com", "FirstName": f"F{n}",
                              "LastName": f"L{n}", "Phone": f"555-010{n}", "Title": "T"})
    job = write_job(tmp_path / "job.yaml", sb)
    store = open_store(location)
    run_ok(store, job)
    a0, b0 = _ids(sb, "p0@example.com")
    a1, b1 = _ids(sb, "p1@example.com")
    a2, b2 = _ids(sb, "p2@example.com")
    # p0: owner_a field edited on B, prefer-A field edited on B, both sides edit 'ask'
    mc.update("members", b0, {"merge_fields": {"PHONE": "999", "LNAME": "Other",
                                               "COMPANY": "Acme B"}})
    sf.update("Contact", a0, {"Title": "Acme A"})
    # p1: FirstName (latest) edited on A, a second later on B: B is the latest
    sf.update("Contact", a1, {"FirstName": "Early"})
    # p2: opts out on B, and A's FirstName changes alone
    mc.update("members", b2, {"status": "unsubscribed"})
    sf.update("Contact", a2, {"FirstName": "Solo"})
    time.sleep(1.1)  # both platforms keep whole seconds
    mc.update("members", b1, {"merge_fields": {"FNAME": "Late"}})
    run_ok(store, job)
    people = snapshot(sb)
    p0, p1, p2 = (people[f"p{n}@example.com"] for n in range(3))
    assert p0["b"]["PHONE"] == "555-0100"  # owner A: B's edit reverted
    assert p0["b"]["LNAME"] == "L0"  # prefer A unless blank
    assert (p0["a"]["Title"], p0["b"]["COMPANY"]) == ("Acme A", "Acme B")  # waits in review
    assert p1["a"]["FirstName"] == p1["b"]["FNAME"] == "Late"
    assert p2["a"]["HasOptedOutOfEmail"] is True and p2["b"]["status"] == "unsubscribed"
    assert p2["b"]["FNAME"] == "Solo"
    open_ = list_conflicts(store, NAME)
    assert [(c["person"], c["field"], c["a"], c["b"]) for c in open_] == [
        ("p0@example.com", "Title", "Acme A", "Acme B")]
    why = {d["field"]: d for s in explain_person(store, NAME, "P0@example.com")
           for d in s["decisions"]}
    assert why["Phone"]["winner"] == "a" and why["Phone"]["lost"] == {"side": "b", "value": "999"}
    assert "owns" in why["Phone"]["why"]
    assert why["Title"].get("review") is True
    latest = [d for s in explain_person(store, NAME, "p1@example.com") for d in s["decisions"]
              if d["field"] == "FirstName"]
    assert latest[-1]["winner"] == "b" and "latest change wins" in latest[-1]["why"]

    # a person resolves the conflict; the next run writes it, and a re-opt-in on A is undone
    resolve_conflict(store, NAME, open_[0]["id"], "b", "user:test")
    sf.update("Contact", a2, {"HasOptedOutOfEmail": False})
    run_ok(store, job)
    people = snapshot(sb)
    assert people["p0@example.com"]["a"]["Title"] == "Acme B"
    assert people["p2@example.com"]["a"]["HasOptedOutOfEmail"] is True
    assert people["p2@example.com"]["b"]["status"] == "unsubscribed"
    assert list_conflicts(store, NAME) == []
    assert [c["status"] for c in list_conflicts(store, NAME, None)] == ["applied"]


def test_a_deletion_goes_to_review_and_is_never_undone_by_the_other_side(
        sb: Sandbox, tmp_path: Path) -> None:
    sf, mc = sb.admin("salesforce"), sb.admin("mailchimp")
    for n in ("gone", "back"):
        sf.create("Contact", {"Email": f"{n}@example.com", "LastName": n, "FirstName": n})
    job = write_job(tmp_path / "job.yaml", sb)
    store = open_store(str(tmp_path / "store.db"))
    run_ok(store, job)
    for n in ("gone", "back"):
        a_id, b_id = _ids(sb, f"{n}@example.com")
        sf.delete("Contact", a_id)
        mc.update("members", b_id, {"merge_fields": {"FNAME": f"{n} edited"}})
    run_ok(store, job)
    people = snapshot(sb)
    assert "a" not in people["gone@example.com"] and "a" not in people["back@example.com"]
    queue = {c["person"]: c for c in list_conflicts(store, NAME)}
    assert set(queue) == {"gone@example.com", "back@example.com"}
    assert queue["gone@example.com"]["field"] == "*"
    assert queue["gone@example.com"]["why"].startswith("deleted on A")
    resolve_conflict(store, NAME, queue["gone@example.com"]["id"], "a", "user:test")
    resolve_conflict(store, NAME, queue["back@example.com"]["id"], "b", "user:test")
    run_ok(store, job)
    mc.update("members", _ids_b(sb, "gone@example.com"), {"merge_fields": {"FNAME": "again"}})
    run_ok(store, job)
    run_ok(store, job)
    people = snapshot(sb)
    assert "a" not in people["gone@example.com"]  # accepted deletion: never re-created
    assert people["back@example.com"]["a"]["FirstName"] == "back edited"  # re-created from B
    assert list_conflicts(store, NAME) == []


def _ids_b(sb: Sandbox, email: str) -> str:
    return next(str(m["id"]) for m in sb.admin("mailchimp").records("members")
                if m["email_address"] == email)

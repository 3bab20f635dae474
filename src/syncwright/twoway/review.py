"""The review queue and the story of a person: reads over the sync's stream, and resolve.

A conflict holds both values and both modification times; resolving it appends
``twoway_conflict_resolved`` (who, which side) and the next run of the sync writes the
chosen value to the other side. ``explain`` lists every decision about one person, run by
run, with the reason the value won.
"""

from __future__ import annotations

from typing import Any

from syncwright.store.base import Store
from syncwright.twoway.ledger import APPLIED, RESOLVED, append, load_ledger, sync_stream
from syncwright.twoway.reconcile import person_key


class ReviewError(ValueError):
    """A conflict or sync that does not exist, or a resolution that makes no sense."""


def list_conflicts(store: Store, name: str, status: str | None = "open") -> list[dict[str, Any]]:
    ledger = load_ledger(store, name)
    rows = [c for c in ledger.conflicts.values() if status is None or c["status"] == status]
    return sorted(rows, key=lambda c: (c["person"], c["field"]))


def show_conflict(store: Store, name: str, conflict_id: str) -> dict[str, Any]:
    ledger = load_ledger(store, name)
    found = ledger.conflicts.get(conflict_id)
    if found is None:
        raise ReviewError(f"sync {name!r} has no conflict {conflict_id!r} "
                          f"(see `syncwright conflicts list {name}`)")
    return found


def resolve_conflict(store: Store, name: str, conflict_id: str, take: str, by: str
                     ) -> dict[str, Any]:
    """Record a person's decision; the next run writes it."""
    if take not in ("a", "b"):
        raise ReviewError(f"--take must be 'a' or 'b', not {take!r}")
    ledger = load_ledger(store, name)
    found = ledger.conflicts.get(conflict_id)
    if found is None:
        raise ReviewError(f"sync {name!r} has no conflict {conflict_id!r}")
    if found["status"] != "open":
        raise ReviewError(f"conflict {conflict_id} is {found['status']}, not open")
    append(store, ledger, RESOLVED, {"id": conflict_id, "take": take, "by": by}, by)
    return ledger.conflicts[conflict_id]


def explain_person(store: Store, name: str, who: str) -> list[dict[str, Any]]:
    """Every decision and conflict about one person (by match value), oldest first."""
    person = person_key(who)
    steps: list[dict[str, Any]] = []
    mine: set[str] = set()  # this person's conflict ids
    for ev in store.read_stream(sync_stream(name)):
        if ev.type == APPLIED:
            mine |= {c["id"] for c in ev.data.get("conflicts", []) if c["person"] == person}
        if ev.type == APPLIED and person in ev.data["persons"]:
            entry = ev.data["persons"][person]
            steps.append({"job": ev.data["job"], "run": ev.data["run"],
                          "at": ev.recorded_at, "decisions": entry["decisions"],
                          "wrote": entry["wrote"], "echo": entry.get("echo", []),
                          "problem": entry.get("problem"), "rejected": entry.get("rejected")})
        elif ev.type == RESOLVED and ev.data["id"] in mine:
            steps.append({"resolved": ev.data["id"], "take": ev.data["take"],
                          "by": ev.data["by"], "at": ev.recorded_at})
    return steps

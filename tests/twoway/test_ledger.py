"""The ledger's per-person conflict index answers as a scan of every conflict would."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from syncwright.twoway.ledger import APPLIED, RESOLVED, Ledger

FIELDS = ["Email", "Phone", "Title", "*"]


def history(rng: random.Random, runs: int, people: int = 40) -> Iterator[tuple[str, dict[str, Any]]]:
    """A sync's events: batches of people with each side's baseline and the runs that wrote
    them, conflicts (ids repeat: a conflict re-sent), resolutions, applied and agreed ones."""
    names = [f"p{i}" for i in range(people)]
    ids: list[str] = []
    for run in range(1, runs + 1):
        for batch in range(rng.randrange(1, 3)):  # a run of one or two batches
            persons: dict[str, Any] = {}
            for person in rng.sample(names, k=rng.randrange(0, 8)):
                side = {"id": f"{person}-{rng.randrange(3)}", "rec": {"Phone": rng.random()},
                        "stamp": f"2026-11-{rng.randrange(1, 30):02d}", "written": None}
                persons[person] = {"a": side if rng.random() < 0.8 else None,
                                   "b": {**side, "written": "h"} if rng.random() < 0.8 else None,
                                   "wrote": ["a"] if rng.random() < 0.4 else [],
                                   "decisions": [{"field": "Phone", "winner": "a"}]}
            conflicts = []
            for _ in range(rng.randrange(6)):
                person, fld = rng.choice(names), rng.choice(FIELDS)
                cid = f"c-{person}-{fld}-{rng.randrange(3)}"
                conflicts.append({"id": cid, "person": person, "field": fld, "run": run,
                                  "a": rng.random(), "b": None})
                ids.append(cid)
            data: dict[str, Any] = {"job": f"j{run}", "run": run, "batch": f"k{batch}",
                                    "persons": persons, "conflicts": conflicts}
            if ids:
                data["resolutions_applied"] = rng.sample(ids, k=min(2, len(ids)))
                data["conflicts_closed"] = rng.sample(ids, k=min(2, len(ids)))
            yield APPLIED, data
        if ids:
            yield RESOLVED, {"id": rng.choice(ids), "take": rng.choice("ab"), "by": "ops"}


def _scan(ledger: Ledger, person: str) -> dict[str, dict[str, Any]]:
    return {c["field"]: c for c in ledger.conflicts.values()
            if c["person"] == person and c["status"] in ("open", "resolved")}


def test_open_conflicts_per_person_match_a_full_scan_through_a_history() -> None:
    ledger = Ledger("s")
    for type_, data in history(random.Random(7), 29):
        ledger.apply(type_, data)
        for person in (f"p{i}" for i in range(40)):
            assert ledger.open_conflicts(person) == _scan(ledger, person)
            assert ledger.conflicts_of(person) == [
                c for c in ledger.conflicts.values() if c["person"] == person]
    statuses = {c["status"] for c in ledger.conflicts.values()}
    assert {"open", "resolved", "applied", "agreed"} <= statuses  # every path was taken

"""The ledger's per-person conflict index answers as a scan of every conflict would."""

from __future__ import annotations

import random
from typing import Any

from syncwright.twoway.ledger import APPLIED, RESOLVED, Ledger


def _scan(ledger: Ledger, person: str) -> dict[str, dict[str, Any]]:
    return {c["field"]: c for c in ledger.conflicts.values()
            if c["person"] == person and c["status"] in ("open", "resolved")}


def test_open_conflicts_per_person_match_a_full_scan_through_a_history() -> None:
    rng = random.Random(7)
    ledger = Ledger("s")
    people = [f"p{i}" for i in range(40)]
    fields = ["Email", "Phone", "Title", "*"]
    ids: list[str] = []
    for run in range(1, 30):
        conflicts = []
        for _ in range(rng.randrange(6)):
            person, fld = rng.choice(people), rng.choice(fields)
            cid = f"c-{person}-{fld}-{rng.randrange(3)}"  # ids repeat: a conflict re-sent
            conflicts.append({"id": cid, "person": person, "field": fld, "run": run})
            ids.append(cid)
        data: dict[str, Any] = {"job": f"j{run}", "run": run, "persons": {},
                                "conflicts": conflicts}
        if ids:
            data["resolutions_applied"] = rng.sample(ids, k=min(2, len(ids)))
            data["conflicts_closed"] = rng.sample(ids, k=min(2, len(ids)))
        ledger.apply(APPLIED, data)
        if ids:
            ledger.apply(RESOLVED, {"id": rng.choice(ids), "take": "a", "by": "ops"})
        for person in people:
            assert ledger.open_conflicts(person) == _scan(ledger, person)
            assert ledger.conflicts_of(person) == [
                c for c in ledger.conflicts.values() if c["person"] == person]
    statuses = {c["status"] for c in ledger.conflicts.values()}
    assert {"open", "resolved", "applied", "agreed"} <= statuses  # every path was taken

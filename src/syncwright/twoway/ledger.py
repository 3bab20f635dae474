"""What this sync knows and wrote, per person and side: the stream ``twoway-<name>``.

Every reconciled batch appends one ``twoway_applied`` event: for each person, what each
side now holds (the synced fields, the record id, the platform's modification stamp), the
content hash of what the sync wrote there, the per-field decisions and any conflicts sent
to review. Folding the stream gives the baseline the next run compares against ("changed
since the last sync"), the echo ledger, the loop breaker's write history and the review
queue. ``conflicts resolve`` appends ``twoway_conflict_resolved``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import orjson

from syncwright.domain.events import NewEvent
from syncwright.store.base import Store
from syncwright.store.errors import ConcurrencyConflict

APPLIED = "twoway_applied"
RESOLVED = "twoway_conflict_resolved"


def sync_stream(name: str) -> str:
    return f"twoway-{name}"


def values_hash(values: dict[str, Any]) -> str:
    """Content hash of synced field values (blank spellings folded to one)."""
    norm = {k: (None if v is None or (isinstance(v, str) and not v.strip()) else v)
            for k, v in values.items()}
    return hashlib.blake2b(orjson.dumps(norm, option=orjson.OPT_SORT_KEYS),
                           digest_size=12).hexdigest()


@dataclass
class PersonState:
    a: dict[str, Any] | None = None  # {"id", "values", "stamp", "written"}
    b: dict[str, Any] | None = None
    writes: list[int] = field(default_factory=list)  # run ordinals in which we wrote
    job: str | None = None  # the last job that reconciled this person


@dataclass
class Ledger:
    """The fold of a sync's stream."""

    name: str
    version: int = 0
    persons: dict[str, PersonState] = field(default_factory=dict)
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    runs: list[str] = field(default_factory=list)  # job ids, in order of first event
    # person -> their conflict ids, in the order first seen: a run asks per person, and a
    # scan of every conflict per person grows with people x conflicts
    by_person: dict[str, list[str]] = field(default_factory=dict)

    def apply(self, type_: str, data: dict[str, Any]) -> None:
        if type_ == APPLIED:
            job = str(data["job"])
            if job not in self.runs:
                self.runs.append(job)
            for person, entry in data["persons"].items():
                st = self.persons.setdefault(person, PersonState())
                for side in ("a", "b"):
                    if entry.get(side) is not None:
                        setattr(st, side, entry[side])
                if entry.get("wrote"):
                    st.writes.append(int(data["run"]))
                st.job = job
            for c in data.get("conflicts", []):
                known = self.conflicts.get(c["id"])
                if known is None or known["person"] != c["person"]:
                    self.by_person.setdefault(c["person"], []).append(c["id"])
                self.conflicts[c["id"]] = {**c, "status": "open"}
            for cid in data.get("resolutions_applied", []):
                if cid in self.conflicts:
                    self.conflicts[cid]["status"] = "applied"
            for cid in data.get("conflicts_closed", []):
                if cid in self.conflicts and self.conflicts[cid]["status"] == "open":
                    self.conflicts[cid]["status"] = "agreed"
        elif type_ == RESOLVED:
            c = self.conflicts.get(data["id"])
            if c is not None:
                c["status"] = "resolved"
                c["resolution"] = {k: data[k] for k in ("take", "value", "by") if k in data}

    def run_ordinal(self, job_id: str) -> int:
        return self.runs.index(job_id) + 1 if job_id in self.runs else len(self.runs) + 1

    def conflicts_of(self, person: str) -> list[dict[str, Any]]:
        """One person's conflicts, whatever their status, in the order first seen."""
        found = (self.conflicts[cid] for cid in self.by_person.get(person, ()))
        return [c for c in found if c["person"] == person]

    def open_conflicts(self, person: str) -> dict[str, dict[str, Any]]:
        """field -> open (or resolved, not yet applied) conflict of one person."""
        return {c["field"]: c for c in self.conflicts_of(person)
                if c["status"] in ("open", "resolved")}


def load_ledger(store: Store, name: str) -> Ledger:
    ledger = Ledger(name)
    for ev in store.read_stream(sync_stream(name)):
        ledger.apply(ev.type, ev.data)
        ledger.version = ev.stream_version
    return ledger


def append(store: Store, ledger: Ledger, type_: str, data: dict[str, Any],
           actor: str) -> None:
    """Append one event and fold it in. Optimistic on the stream's version: when someone
    else appended meanwhile (a reviewer resolving a conflict during a run), their events
    are folded in first and the append is tried again."""
    stream = sync_stream(ledger.name)
    for _ in range(20):
        try:
            store.append(stream, ledger.version, [NewEvent(type_, data, {"actor": actor})])
        except ConcurrencyConflict:
            for ev in store.read_stream(stream, ledger.version + 1):
                ledger.apply(ev.type, ev.data)
                ledger.version = ev.stream_version
            continue
        ledger.version += 1
        ledger.apply(type_, data)
        return
    raise ConcurrencyConflict(stream, ledger.version, store.stream_version(stream))

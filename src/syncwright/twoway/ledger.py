"""What this sync knows and wrote, per person and side: the stream ``twoway-<name>``.

Every reconciled batch appends one ``twoway_applied`` event: for each person, what each
side now holds (the synced fields, the record id, the platform's modification stamp), the
content hash of what the sync wrote there, the per-field decisions and any conflicts sent
to review. Folding the stream gives the baseline the next run compares against ("changed
since the last sync"), the echo ledger, the loop breaker's write history and the review
queue. ``conflicts resolve`` appends ``twoway_conflict_resolved``.

The stream grows with runs x people, so the fold is kept as a snapshot (``load_ledger``):
a load folds only the events after the newest one.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from typing import Any

import orjson
import zstandard

from syncwright.domain.events import NewEvent
from syncwright.store.base import Snapshot, Store
from syncwright.store.errors import ConcurrencyConflict

log = logging.getLogger(__name__)

APPLIED = "twoway_applied"
RESOLVED = "twoway_conflict_resolved"
SNAPSHOT_KIND = "twoway_ledger"
# The shape of ``Ledger.snapshot_body``: a change to it (or to the Ledger's fields) takes a
# new number, and snapshots of any other number are then ignored (see ``load_ledger``).
SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class SnapshotEvery:
    """When a ledger's state is worth a new snapshot: this many events folded past the
    last one, or this many person entries (a fold's cost follows the entries: one event
    carries a whole batch of people)."""

    events: int = 64
    entries: int = 20_000

    def due(self, ledger: Ledger) -> bool:
        return ledger.unsaved_events >= self.events or ledger.unsaved_entries >= self.entries


SNAPSHOT_EVERY = SnapshotEvery()
NEVER = SnapshotEvery(events=2**62, entries=2**62)  # a load that saves nothing
# What reading a snapshot that is not a well-formed one of this format raises.
UNREADABLE = (ValueError, KeyError, TypeError, IndexError, AttributeError, zstandard.ZstdError)


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
    # Folded since the state last matched a saved snapshot: bookkeeping, not state (two
    # ledgers of the same events compare equal however they were loaded).
    unsaved_events: int = field(default=0, compare=False, repr=False)
    unsaved_entries: int = field(default=0, compare=False, repr=False)

    def apply(self, type_: str, data: dict[str, Any]) -> None:
        self.unsaved_events += 1
        if type_ == APPLIED:
            self.unsaved_entries += len(data["persons"])
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

    # -- snapshot (format SNAPSHOT_FORMAT) -------------------------------------------------
    def snapshot_body(self) -> bytes:
        """The state as compact JSON, zstd-compressed with a checksum (damaged bytes fail
        to load instead of loading as another state): a person is ``[a, b, writes, job]``
        with ``job`` an index into ``runs``; a conflict is stored once (its id is in it)."""
        jobs: dict[str | None, int | str | None] = {job: i for i, job in enumerate(self.runs)}
        doc = {
            "name": self.name, "version": self.version, "runs": self.runs,
            "persons": {p: [st.a, st.b, st.writes, jobs.get(st.job, st.job)]
                        for p, st in self.persons.items()},
            "conflicts": list(self.conflicts.values()), "by_person": self.by_person,
        }
        packer = zstandard.ZstdCompressor(level=1, write_checksum=True)  # one per call: not
        return packer.compress(orjson.dumps(doc))  # safe to share between threads

    @classmethod
    def from_snapshot(cls, body: bytes) -> Ledger:
        """The state ``snapshot_body`` wrote; raises one of ``UNREADABLE`` on anything else."""
        doc = orjson.loads(zstandard.ZstdDecompressor().decompress(body))
        runs = [str(job) for job in doc["runs"]]
        persons = {p: PersonState(a, b, list(writes), runs[job] if isinstance(job, int) else job)
                   for p, (a, b, writes, job) in doc["persons"].items()}
        return cls(str(doc["name"]), int(doc["version"]), persons,
                   {str(c["id"]): c for c in doc["conflicts"]}, runs,
                   {p: list(ids) for p, ids in doc["by_person"].items()})


def fold(store: Store, ledger: Ledger) -> Ledger:
    """Fold the sync's events after ``ledger.version`` into ``ledger``."""
    for ev in store.read_stream(sync_stream(ledger.name), ledger.version + 1):
        ledger.apply(ev.type, ev.data)
        ledger.version = ev.stream_version
    return ledger


def load_ledger(store: Store, name: str, every: SnapshotEvery | None = None) -> Ledger:
    """The fold of the sync's stream: its newest snapshot, then the events after it; when
    that tail was long (``every``, by default ``SNAPSHOT_EVERY``) the result is saved as the
    new snapshot.

    The rule for old snapshots (snapshots are never upcast; events are, as they are read):
    only a snapshot of exactly ``SNAPSHOT_FORMAT`` is used. One of another format - older,
    written before the Ledger's shape changed, or newer, by a newer syncwright sharing the
    store - is ignored, as is one that cannot be read or claims more events than the
    stream holds; the stream is then folded from its first event, and that fold saved as
    this format's snapshot."""
    found = store.load_snapshot(sync_stream(name), SNAPSHOT_KIND, SNAPSHOT_FORMAT)
    ledger = None if found is None else _from_snapshot(found, name)
    if ledger is not None:
        fold(store, ledger)
        if ledger.unsaved_events == 0 and store.stream_version(sync_stream(name)) < ledger.version:
            log.warning("two-way sync %r: ledger snapshot at version %d is ahead of the stream "
                        "(a restored store?); folding the stream from the start", name,
                        ledger.version)
            ledger = None
    if ledger is None:
        ledger = fold(store, Ledger(name))
        if found is not None:  # replace the unusable one now, however short the stream:
            save_snapshot(store, ledger)  # otherwise every load would warn again
    snapshot_if_due(store, ledger, every)
    return ledger


def _from_snapshot(found: Snapshot, name: str) -> Ledger | None:
    try:
        ledger = Ledger.from_snapshot(found.body)
        if ledger.name != name or ledger.version != found.version:
            raise ValueError(f"it holds sync {ledger.name!r} at version {ledger.version}")
    except UNREADABLE as exc:
        log.warning("two-way sync %r: ledger snapshot at version %d unreadable (%s); folding "
                    "the stream from the start", name, found.version, exc)
        return None
    return ledger


def snapshot_if_due(store: Store, ledger: Ledger, every: SnapshotEvery | None = None) -> None:
    """Save the ledger as its snapshot when enough was folded since the last one."""
    if (every or SNAPSHOT_EVERY).due(ledger):
        save_snapshot(store, ledger)


def save_snapshot(store: Store, ledger: Ledger) -> None:
    """Keep the ledger's state as its stream's snapshot. It only saves time, so a failure
    (a locked or full store, a lost connection) is logged and the caller goes on: the next
    load folds those events again."""
    try:
        body = ledger.snapshot_body()
        store.save_snapshot(Snapshot(sync_stream(ledger.name), SNAPSHOT_KIND, SNAPSHOT_FORMAT,
                                     ledger.version, body))
    except Exception as exc:  # whatever failed, the run or command it serves must not
        log.warning("two-way sync %r: ledger snapshot at version %d not saved: %s",
                    ledger.name, ledger.version, exc)
        return
    ledger.unsaved_events = ledger.unsaved_entries = 0


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
            fold(store, ledger)
            continue
        ledger.version += 1
        ledger.apply(type_, data)
        return
    raise ConcurrencyConflict(stream, ledger.version, store.stream_version(stream))

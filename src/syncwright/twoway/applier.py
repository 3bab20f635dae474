"""The engine's destination for a two-way run: reconciles people and writes both sides.

The engine hands it batches of staged side records (the carrier mapping keeps them as
fetched). On its first call it groups the run's whole staging by person, so a person whose
A and B changes landed in different batches is reconciled once, in the batch holding the
person's first record. Writes go through the sides' own adapters (so through the shared
limiter), then one ``twoway_applied`` event records the batch's decisions and baselines.
A batch redone after a crash skips the people that event already covers: no write is
repeated unless the crash fell between a write and its event.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import orjson

from syncwright.adapters.base import (
    AdapterLimits,
    FieldInfo,
    Outcome,
    Page,
    Record,
    RecordOutcome,
)
from syncwright.domain.failures import Classified
from syncwright.store.base import Store
from syncwright.twoway.ledger import (
    APPLIED,
    Ledger,
    PersonState,
    append,
    load_ledger,
    snapshot_if_due,
    values_hash,
)
from syncwright.twoway.reconcile import Plan, Reconciler, person_key
from syncwright.twoway.sides import Sides


class TwoWayApplier:
    """Reconciles and writes; one instance per run."""

    platform: ClassVar[str] = "two_way"

    def __init__(self, sides: Sides, store: Store, job_id: str, definition: dict[str, Any],
                 fetched: int, actor: str) -> None:
        self.sides = sides
        self.store = store
        self.job_id = job_id
        self.name = str(definition["name"])
        self.rec = Reconciler(definition["two_way"])
        self.fetched = fetched
        self.actor = actor
        self.limits = AdapterLimits()
        self._ledger: Ledger | None = None
        self._people: dict[str, dict[str, dict[str, Any]]] | None = None
        self._first: dict[str, str] = {}  # person -> staged key it is reconciled with
        self._by_id: dict[tuple[str, str], str] | None = None
        self._failing = sides.adapters["a"]

    # -- protocol odds and ends ----------------------------------------------------
    async def describe(self, obj: str) -> list[FieldInfo]:
        return []

    def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        raise NotImplementedError("the two-way applier is not a source")

    def record_key(self, obj: str, record: Record) -> str:
        return str(record["key"])

    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        return ["key"]

    def classify_error(self, error: BaseException) -> Classified:
        return self._failing.classify_error(error)

    async def close(self) -> None:
        await self.sides.close()

    # -- the run's people ------------------------------------------------------------
    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            self._ledger = load_ledger(self.store, self.name)
        return self._ledger

    def _side_person(self, side: str, rec: dict[str, Any]) -> str | None:
        """The person of a staged record: its match value, or for a deletion (which carries
        only the record id) the person whose record on that side had that id."""
        if "_deleted" in rec:
            if self._by_id is None:
                self._by_id = {(sd, str(m["id"])): p for p, st in self.ledger.persons.items()
                               for sd, m in (("a", st.a), ("b", st.b)) if m and m.get("id")}
            return self._by_id.get((side, str(rec.get("Id"))))
        return person_key(rec.get(self.rec.match[side]))

    def people(self) -> dict[str, dict[str, dict[str, Any]]]:
        """person -> side -> the latest staged record of this run (grouped once)."""
        if self._people is None:
            people: dict[str, dict[str, dict[str, Any]]] = {}
            for start in range(0, self.fetched, 5000):
                for s in self.store.staged_range(self.job_id, start, 5000):
                    item = orjson.loads(s.body)
                    person = self._side_person(item["side"], item["rec"])
                    if person is None:
                        continue
                    rec = {**item["rec"], "_id": item["key"]}
                    people.setdefault(person, {})[item["side"]] = rec  # later wins
                    self._first.setdefault(person, s.key)
            self._people = people
        return self._people

    # -- writing ------------------------------------------------------------------------
    async def upload_batch(self, obj: str, records: list[tuple[str, Record]],
                           match_key: str) -> list[RecordOutcome]:
        people = self.people()
        ledger = self.ledger
        run = ledger.run_ordinal(self.job_id)
        outcomes: dict[str, RecordOutcome] = {}
        plans: dict[str, Plan] = {}
        keys_of: dict[str, list[str]] = {}
        here = {k for k, _ in records}
        for key, item in records:
            person = self._side_person(item["side"], item["rec"])
            if person is None and "_deleted" in item["rec"]:
                outcomes[key] = RecordOutcome(key, Outcome.UNCHANGED, None, "DELETED_UNKNOWN")
                continue  # deleted before this sync ever saw it
            if person is None:
                field = self.rec.match[item["side"]]
                outcomes[key] = RecordOutcome(key, Outcome.REJECTED, f"{field} is empty: "
                                              "the record cannot be matched to a person",
                                              "MATCH_KEY_MISSING", field)
                continue
            keys_of.setdefault(person, []).append(key)
            st = ledger.persons.get(person)
            if st is not None and st.job == self.job_id:
                continue  # reconciled already by this run (an earlier batch, or before a crash)
            if self._first.get(person) in here and person not in plans:
                plans[person] = self.rec.plan(person, people[person], st or PersonState(),
                                              ledger, run, self.job_id)
        results = await self._write(plans)
        self._record(plans, results, run, batch=records[0][0] if records else "")
        for person, keys in keys_of.items():
            problem = plans[person].problem if person in plans else None
            for key in keys:
                outcomes[key] = (
                    RecordOutcome(key, Outcome.REJECTED, problem, "TWO_WAY_MAPPING")
                    if problem else self._outcome(key, results.get(person))
                )
        return [outcomes[k] for k, _ in records]

    async def finish_upload(self, obj: str, match_key: str) -> None:
        """Apply review decisions for people this run's changes did not bring in; then keep
        the ledger, which now holds the run's events, as the sync's snapshot (when enough
        was folded since the last one), so the next run and review read no tail."""
        ledger = self.ledger
        run = ledger.run_ordinal(self.job_id)
        waiting = {c["person"] for c in ledger.conflicts.values() if c["status"] == "resolved"}
        plans = {p: self.rec.plan(p, {}, ledger.persons.get(p) or PersonState(), ledger, run,
                                  self.job_id)
                 for p in sorted(waiting) if p not in self.people()}
        if plans:
            results = await self._write(plans)
            self._record(plans, results, run, batch="resolutions")
        snapshot_if_due(self.store, ledger)  # a failure is logged; it never fails the run

    async def _write(self, plans: dict[str, Plan]) -> dict[str, dict[str, RecordOutcome]]:
        """Send every planned write, one upload call per side; outcome per person and side."""
        results: dict[str, dict[str, RecordOutcome]] = {p: {} for p in plans}
        for side in ("a", "b"):
            batch: list[tuple[str, Record]] = []
            for person, plan in plans.items():
                fields = plan.writes[side]
                if not fields or plan.problem:
                    continue
                current = (plan.sides.get(side) or {}).get("rec") or {}
                body = {self.rec.match[side]: current.get(self.rec.match[side])
                        or self._match_value(plan, side), **fields}
                opt = self.rec.opt_out[side]["field"] if self.rec.opt_out else None
                if opt and opt not in body and opt in current:
                    body[opt] = current[opt]  # an update never resets the person's choice
                batch.append((person, body))
            if not batch:
                continue
            adapter = self.sides.adapters[side]
            self._failing = adapter
            outs = await adapter.upload_batch(self.sides.objects[side], batch,
                                              self.rec.match[side])
            for o in outs:
                results[o.key][side] = o
        return results

    def _match_value(self, plan: Plan, side: str) -> Any:
        other = "b" if side == "a" else "a"
        rec = (plan.sides.get(other) or {}).get("rec") or {}
        return rec.get(self.rec.match[other])

    def _record(self, plans: dict[str, Plan], results: dict[str, dict[str, RecordOutcome]],
                run: int, batch: str) -> None:
        """One event: the decisions and each side's new baseline (written fields merged in
        when the platform accepted them)."""
        if not plans:
            return
        persons: dict[str, Any] = {}
        conflicts: list[dict[str, Any]] = []
        closed: list[str] = []
        applied: list[str] = []
        for person, plan in plans.items():
            entry: dict[str, Any] = {"decisions": plan.decisions, "wrote": []}
            if plan.echo:
                entry["echo"] = plan.echo
            if plan.problem:
                entry["problem"] = plan.problem
            rejected = False
            for side in ("a", "b"):
                base = dict(plan.sides.get(side) or {})
                out = results[person].get(side)
                if out is not None and out.outcome == Outcome.REJECTED:
                    rejected = True
                    entry.setdefault("rejected", {})[side] = out.reason
                elif out is not None:
                    rec = {**(base.get("rec") or {}), **plan.writes[side]}
                    if not base.get("rec"):
                        rec.setdefault(self.rec.match[side], self._match_value(plan, side))
                    written = self.rec.synced_values(side, rec)
                    base = {**base, "rec": rec, "written": values_hash(written),
                            "id": out.destination_id or base.get("id") or ""}
                    entry["wrote"].append(side)
                entry[side] = base or None
            persons[person] = entry
            conflicts += plan.conflicts  # review items stand whatever the platform said
            closed += plan.closed
            if not rejected:
                applied += plan.applied  # a rejected resolution is tried again next run
        append(self.store, self.ledger, APPLIED, {
            "job": self.job_id, "run": run, "batch": batch, "persons": persons,
            "conflicts": conflicts, "conflicts_closed": closed, "resolutions_applied": applied,
        }, self.actor)

    @staticmethod
    def _outcome(key: str, result: dict[str, RecordOutcome] | None) -> RecordOutcome:
        """The staged record's outcome: what the writes for its person did."""
        if result:
            for out in result.values():
                if out.outcome == Outcome.REJECTED:
                    return RecordOutcome(key, Outcome.REJECTED, out.reason, out.code, out.field)
            if any(o.outcome == Outcome.CREATED for o in result.values()):
                return RecordOutcome(key, Outcome.CREATED)
            return RecordOutcome(key, Outcome.UPDATED)
        return RecordOutcome(key, Outcome.UNCHANGED)

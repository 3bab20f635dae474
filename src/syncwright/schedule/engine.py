"""Firing schedule slots exactly once, whoever ticks and however often they crash.

Any number of processes (every ``worker`` with schedules on, or one ``scheduler``) call
``tick`` every few seconds. For each schedule, the slots due since its ``last_slot`` are
decided in one transaction that moves ``last_slot`` forward by compare-and-set: only one
ticker wins a slot. The winner records each slot (``schedule_slots``, primary key
(schedule, slot)) as ``pending`` with a job id derived from the schedule and the slot,
then creates that job and submits it to the fleet, then marks it ``fired``. A ticker that
dies in between leaves a ``pending`` row, which any ticker finishes on its next tick:
creating a job under a caller-chosen id is idempotent (the second ``job_created`` append
conflicts), so the slot runs once and only once.

Policies: ``missed: run_once`` runs one job for a run of slots nobody ticked for (the
latest), the others are recorded ``skipped`` (missed); ``missed: skip`` runs none of them.
``overlap: skip`` records a slot whose previous run is still going as ``skipped``
(overlap); ``overlap: queue`` creates it but submits it only when the previous run ends.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from syncwright.domain.job_states import JobState
from syncwright.schedule.spec import Schedule
from syncwright.store.base import Store
from syncwright.store.errors import ConcurrencyConflict, UnknownJob
from syncwright.store.side_tables import SideDb, open_side_db

GRACE = timedelta(seconds=60)
"""A slot found due more than this late counts as missed (nobody was up at its time)."""
ENDED = (JobState.COMPLETED, JobState.CANCELLED, JobState.NEEDS_ATTENTION)
"""A previous run in one of these no longer overlaps the next one."""


@dataclass(frozen=True, slots=True)
class SlotDecision:
    name: str
    slot: datetime
    status: str  # pending (to fire) | queued | skipped
    reason: str
    job_id: str | None


def _now() -> datetime:
    """The schedulers' "now" (the test-only clock, when a test set one; see clock.py).
    Imported here, not at the top: clock.py's error is a CommandError (exit 2), and
    engine.commands imports the job-file code that imports this package."""
    from syncwright.schedule.clock import schedule_now

    return schedule_now()


def slot_job_id(name: str, slot: datetime) -> str:
    """The job id of a schedule's slot: the same for every ticker, so creation is once."""
    key = f"{name}@{slot.astimezone(UTC).isoformat()}".encode()
    return "s" + hashlib.blake2b(key, digest_size=6).hexdigest()[:11]


def register(store: Store, definition: dict[str, Any], now: datetime | None = None) -> str:
    """Add or update the schedule of a (loaded) job file; slots count from now on."""
    spec = definition.get("schedule")
    if not spec:
        raise ValueError(f"job {definition['name']!r} has no schedule: block")
    Schedule.model_validate(spec)
    side = _side(store)
    at = (now or _now()).timestamp()
    name = str(definition["name"])
    try:
        with side.tx() as db:
            db.execute(
                "INSERT INTO schedules (name, definition, registered_at, last_slot) VALUES "
                "(?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET definition = excluded.definition",
                (name, orjson.dumps(definition).decode(), at, at),
            )
    finally:
        side.close()
    return name


def tick(store: Store, by: str, now: datetime | None = None) -> list[SlotDecision]:
    """Decide the due slots of every schedule (once across tickers), then fire what is
    pending and submit what was queued behind a run that has ended."""
    from syncwright.schedule.clock import mark_ticker

    now = now or _now()
    by = mark_ticker(by)
    side = _side(store)
    try:
        decided: list[SlotDecision] = []
        with side.tx() as db:
            rows = db.execute("SELECT name, definition, last_slot FROM schedules").fetchall()
        for name, definition, last_slot in rows:
            decided += _decide(
                store, side, str(name), orjson.loads(definition), float(last_slot), now, by
            )
        _fire_pending(store, side)
        _release_queued(store, side)
        return decided
    finally:
        side.close()


def _decide(
    store: Store,
    side: SideDb,
    name: str,
    definition: dict[str, Any],
    last_slot: float,
    now: datetime,
    by: str,
) -> list[SlotDecision]:
    spec = Schedule.model_validate(definition["schedule"])
    slots = spec.slots(datetime.fromtimestamp(last_slot, UTC), now)
    if not slots:
        return []
    decisions: list[SlotDecision] = []
    late = [s for s in slots if now - s > GRACE]
    runnable = set(slots) - set(late)
    if late and spec.missed == "run_once" and not runnable:
        runnable = {late[-1]}
    for slot in slots:
        if slot not in runnable:
            decisions.append(SlotDecision(name, slot, "skipped", f"missed ({spec.missed})", None))
            continue
        job_id: str | None = slot_job_id(name, slot)
        status, reason = "pending", "due" if slot not in late else "missed (run_once)"
        if _running(store, side, name):
            if spec.overlap == "skip":
                status, reason, job_id = "skipped", "overlap: the previous run is still going", None
            else:
                status, reason = "queued", "overlap: queued behind the previous run"
        decisions.append(SlotDecision(name, slot, status, reason, job_id))
    with side.tx() as db:
        won = db.execute(
            "UPDATE schedules SET last_slot = ? WHERE name = ? AND last_slot = ? RETURNING name",
            (slots[-1].timestamp(), name, last_slot),
        ).fetchone()
        if won is None:
            return []  # another ticker decided these slots
        for d in decisions:
            db.execute(
                "INSERT INTO schedule_slots (name, slot_at, job_id, status, reason, decided_by) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name, slot_at) DO NOTHING",
                (name, d.slot.timestamp(), d.job_id, d.status, d.reason, by),
            )
    return decisions


def _running(store: Store, side: SideDb, name: str) -> bool:
    """Whether an earlier run of this schedule has not ended yet."""
    with side.tx() as db:
        rows = db.execute(
            "SELECT job_id FROM schedule_slots WHERE name = ? AND job_id IS NOT NULL "
            "AND status IN ('fired', 'pending', 'queued')",
            (name,),
        ).fetchall()
    for (job_id,) in rows:
        try:
            if store.get_job(str(job_id)).state not in ENDED:
                return True
        except UnknownJob:
            return True  # pending: about to be created
    return False


def _fire_pending(store: Store, side: SideDb) -> None:
    with side.tx() as db:
        rows = db.execute(
            "SELECT s.name, s.slot_at, s.job_id, d.definition FROM schedule_slots s "
            "JOIN schedules d ON d.name = s.name WHERE s.status = 'pending' ORDER BY s.slot_at"
        ).fetchall()
    for name, slot_at, job_id, definition in rows:
        _create(store, orjson.loads(definition), str(job_id), str(name), float(slot_at))
        _submit(store, str(job_id))
        with side.tx() as db:
            db.execute(
                "UPDATE schedule_slots SET status = 'fired' WHERE name = ? AND slot_at = ?",
                (name, slot_at),
            )


def _release_queued(store: Store, side: SideDb) -> None:
    """Queued slots: created now (so they show), submitted once nothing earlier runs."""
    with side.tx() as db:
        rows = db.execute(
            "SELECT s.name, s.slot_at, s.job_id, d.definition FROM schedule_slots s "
            "JOIN schedules d ON d.name = s.name WHERE s.status = 'queued' ORDER BY s.slot_at"
        ).fetchall()
    for name, slot_at, job_id, definition in rows:
        _create(store, orjson.loads(definition), str(job_id), str(name), float(slot_at))
        with side.tx() as db:
            earlier = db.execute(
                "SELECT job_id FROM schedule_slots WHERE name = ? AND slot_at < ? "
                "AND status IN ('fired', 'queued', 'pending') AND job_id IS NOT NULL",
                (name, slot_at),
            ).fetchall()
        if any(
            store.get_job(str(j)).state not in ENDED for (j,) in earlier if _exists(store, str(j))
        ):
            continue
        _submit(store, str(job_id))
        with side.tx() as db:
            db.execute(
                "UPDATE schedule_slots SET status = 'fired' WHERE name = ? AND slot_at = ? "
                "AND status = 'queued'",
                (name, slot_at),
            )


def _exists(store: Store, job_id: str) -> bool:
    try:
        store.get_job(job_id)
    except UnknownJob:
        return False
    return True


def _create(
    store: Store, definition: dict[str, Any], job_id: str, name: str, slot_at: float
) -> None:
    from syncwright.engine.commands import create_job

    if _exists(store, job_id):
        return
    slot = datetime.fromtimestamp(slot_at, UTC).isoformat()
    with contextlib.suppress(ConcurrencyConflict):  # another ticker created it: once is once
        create_job(store, {**definition, "scheduled": {"schedule": name, "slot": slot}}, job_id)


def _submit(store: Store, job_id: str) -> None:
    from syncwright.store.leases import open_leases

    leases = open_leases(store)
    try:
        leases.submit(job_id)
    finally:
        leases.close()


def _side(store: Store) -> SideDb:
    side = open_side_db(store)
    if side is None:
        raise ValueError(f"store {store.location} keeps no schedules")
    return side


@dataclass(frozen=True, slots=True)
class ScheduleInfo:
    name: str
    cron: str
    timezone: str
    overlap: str
    missed: str
    next_run: str
    last_slot: str | None
    last_job: str | None
    last_status: str | None
    last_state: str | None

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


def list_schedules(store: Store, now: datetime | None = None) -> list[ScheduleInfo]:
    """Every schedule with its next slot and its last decided slot (and that run's state)."""
    now = now or _now()
    side = _side(store)
    try:
        with side.read() as db:
            rows = db.execute(
                "SELECT name, definition, last_slot FROM schedules ORDER BY name"
            ).fetchall()
            out = []
            for name, definition, last_slot in rows:
                spec = Schedule.model_validate(orjson.loads(definition)["schedule"])
                last = db.execute(
                    "SELECT slot_at, job_id, status, reason FROM schedule_slots WHERE name = ? "
                    "ORDER BY slot_at DESC LIMIT 1",
                    (name,),
                ).fetchone()
                base = max(now, datetime.fromtimestamp(float(last_slot), UTC))
                state = None
                if last is not None and last[1] and _exists(store, str(last[1])):
                    state = store.get_job(str(last[1])).state.value
                out.append(
                    ScheduleInfo(
                        str(name),
                        spec.cron,
                        spec.timezone,
                        spec.overlap,
                        spec.missed,
                        spec.next_after(base).isoformat(),
                        datetime.fromtimestamp(float(last[0]), UTC).isoformat() if last else None,
                        str(last[1]) if last and last[1] else None,
                        f"{last[2]} ({last[3]})" if last else None,
                        state,
                    )
                )
        return out
    finally:
        side.close()

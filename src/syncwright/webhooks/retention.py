"""Retention of webhook audit bodies: a busy webhook must not grow the store for ever, nor
keep contact data longer than it is needed.

Each delivery's body (as received, secrets cut) is a content-addressed payload named by
the ``audit_hash`` of its ``webhook_received`` events. ``prune_bodies`` deletes the bodies
of deliveries received before the cutoff (``retention.keep_bodies`` of the webhook config,
default 30d) once every action of theirs is finished (succeeded, or failed for good) and
the dispatcher has read them. A body shared with a delivery that does not qualify (newer,
or still busy) stays; so does one stored again while the prune runs (``named_after``).

The deletion and a ``webhook_bodies_pruned`` event (cutoff, count, bytes, the hashes) on the
stream ``retention-webhook-bodies`` are one transaction. No read model depends on the
bodies, so ``replay --check`` stays identical; the events and the inbox read model, with
their normalised event data, stay (erasing a contact is out of scope: see docs/WEBHOOKS.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson

from syncwright.domain.action_states import ActionState
from syncwright.domain.events import NewEvent
from syncwright.engine.jobfile import parse_keep
from syncwright.store.base import Staging, StagingDrop, Store
from syncwright.store.projections.retention import RETENTION_PREFIX
from syncwright.store.sql_in import in_chunks
from syncwright.webhooks.model import AUDIT_JOB, iso

BODIES_STREAM = RETENTION_PREFIX + "webhook-bodies"
WEBHOOK_BODIES_PRUNED = "webhook_bodies_pruned"
FINISHED = (ActionState.SUCCEEDED.value, ActionState.FAILED.value)
HASHES_PER_EVENT = 1000  # one event per chunk keeps each event small on a busy webhook
SCAN = 5000  # inbox rows read at a time


@dataclass(frozen=True, slots=True)
class BodiesOutcome:
    """What a prune of webhook bodies dropped (or, on a dry run, would drop)."""

    keep_bodies: str
    before: str | None  # the cutoff (ISO); None when kept forever
    count: int
    bytes: int
    kept_busy: int  # older bodies kept: an action not finished or not dispatched yet, or
    # the same body received again since

    def to_json(self) -> dict[str, object]:
        return {
            "keep_bodies": self.keep_bodies,
            "before": self.before,
            "count": self.count,
            "bytes": self.bytes,
            "kept_busy": self.kept_busy,
        }


def _deliveries(store: Store) -> Iterator[tuple[int, str, str]]:
    """(position, received_at, audit_hash) of every inbox event, in position order."""
    last = 0
    while True:
        rows = store.query(
            "SELECT i.position, i.received_at, e.data FROM webhook_inbox i "
            "JOIN events e ON e.position = i.position WHERE i.position > ? "
            "ORDER BY i.position LIMIT ?",
            (last, SCAN),
        )
        if not rows:
            return
        for position, received_at, data in rows:
            yield int(position), str(received_at), str(orjson.loads(data)["audit_hash"])
        last = int(rows[-1][0])


def _sizes(store: Store, hashes: list[str]) -> dict[str, int]:
    """Bytes of each body still stored (absent ones: pruned before, or never kept)."""
    found: dict[str, int] = {}
    for chunk, marks in in_chunks(hashes):
        rows = store.query(
            f"SELECT hash, length(body) FROM batch_payloads WHERE hash IN ({marks})", tuple(chunk)
        )
        found.update((str(h), int(n)) for h, n in rows)
    return found


def _plan(store: Store, cutoff: str) -> tuple[dict[str, int], int, int]:
    """The bodies to drop with their sizes, how many older ones stay, and the last event
    position the plan saw (a body named after it was stored again: it stays)."""
    seen = store.query("SELECT MAX(position) FROM events")[0][0]
    busy = {
        int(r[0])
        for r in store.query(
            "SELECT DISTINCT inbox_position FROM webhook_actions WHERE state NOT IN (?, ?)",
            FINISHED,
        )
    }
    upto_row = store.query("SELECT MIN(upto) FROM webhook_dispatch")[0][0]
    upto = None if upto_row is None else int(upto_row)
    old: set[str] = set()  # received before the cutoff
    keep: set[str] = set()  # named by a delivery that is newer, or still busy
    for position, received_at, audit in _deliveries(store):
        dispatched = upto is None or position <= upto
        if received_at < cutoff:
            old.add(audit)
        if received_at >= cutoff or not dispatched or position in busy:
            keep.add(audit)
    sizes = _sizes(store, sorted(old))
    drop = {h: n for h, n in sizes.items() if h not in keep}
    return drop, len(sizes) - len(drop), int(seen or 0)


@dataclass(frozen=True, slots=True)
class BodiesPlan:
    """What a prune will drop: ``outcome``, each body's size, and the last event position
    the plan saw (a body named by a later event was received again: it stays)."""

    outcome: BodiesOutcome
    sizes: dict[str, int]
    seen: int


def plan_bodies(store: Store, keep_bodies: str, now: datetime | None = None) -> BodiesPlan:
    """Which audit bodies are due (module docstring); 'forever' makes none due."""
    seconds = parse_keep(keep_bodies)
    if seconds is None:
        return BodiesPlan(BodiesOutcome(keep_bodies, None, 0, 0, 0), {}, 0)
    cutoff = iso((now or datetime.now(UTC)) - timedelta(seconds=seconds))
    drop, kept, seen = _plan(store, cutoff)
    return BodiesPlan(
        BodiesOutcome(keep_bodies, cutoff, len(drop), sum(drop.values()), kept), drop, seen
    )


def apply_plan(store: Store, plan: BodiesPlan) -> None:
    """The ``webhook_bodies_pruned`` events and the deletion, in one transaction."""
    hashes = sorted(plan.sizes)
    if not hashes:
        return
    events = [
        NewEvent(
            WEBHOOK_BODIES_PRUNED,
            {
                "before": plan.outcome.before,
                "reason": f"retention.keep_bodies: {plan.outcome.keep_bodies}",
                "count": len(chunk),
                "bytes": sum(plan.sizes[h] for h in chunk),
                "hashes": chunk,
            },
            {"actor": "retention"},
        )
        for chunk in (
            hashes[i : i + HASHES_PER_EVENT] for i in range(0, len(hashes), HASHES_PER_EVENT)
        )
    ]
    store.append(
        BODIES_STREAM,
        store.stream_version(BODIES_STREAM),
        events,
        Staging(AUDIT_JOB, drop=StagingDrop([], hashes, named_after=plan.seen)),
    )


def prune_bodies(
    store: Store, keep_bodies: str, dry_run: bool = False, now: datetime | None = None
) -> BodiesOutcome:
    """Drop the audit bodies that are due; a dry run only says which."""
    plan = plan_bodies(store, keep_bodies, now)
    if not dry_run:
        apply_plan(store, plan)
    return plan.outcome


def pruned_on(store: Store, hashes: set[str]) -> dict[str, str]:
    """When each of these bodies was pruned (the event's time), for those that were."""
    found: dict[str, str] = {}
    for event in store.read_stream(BODIES_STREAM):
        for h in event.data["hashes"]:
            if h in hashes and h not in found:
                found[h] = event.recorded_at
    return found


def body_states(store: Store, hashes: set[str]) -> dict[str, str]:
    """``kept``, ``body pruned on <date> (retention)`` or ``body missing`` per hash."""
    stored = set(_sizes(store, sorted(hashes)))
    gone = hashes - stored
    dates = pruned_on(store, gone) if gone else {}
    states = {h: "kept" for h in stored}
    for h in gone:
        states[h] = f"body pruned on {dates[h][:10]} (retention)" if h in dates else "body missing"
    return states

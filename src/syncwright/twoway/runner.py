"""A two-way run is an ordinary job: the engine's runner with both sides as its adapters.

For a definition with ``mode: two_way`` the runner asks this module for its source (both
sides' change feeds) and its destination (the reconciler writing both sides); states,
checkpoints, retries, waits, the limiter and resume are the engine's, so ``resume``,
workers and the console run two-way jobs like any other. ``create_run`` starts each run
where the last completed run of the sync stopped reading (both cursors are one bookmark).
Before reading, a run takes the sync's turn (``turns.py``): never two runs at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from syncwright.engine.bookmarks import latest
from syncwright.engine.commands import create_job
from syncwright.store.base import Store
from syncwright.twoway.applier import TwoWayApplier
from syncwright.twoway.sides import Sides, SidesSource
from syncwright.twoway.turns import take_turn

if TYPE_CHECKING:
    from syncwright.engine.orchestrator import JobRunner


def create_run(store: Store, definition: dict[str, Any], job_id: str | None = None) -> str:
    """Record a new run of a two-way sync (queued), continuing from its bookmark."""
    d = definition
    previous = latest(store, d)
    if previous is not None:
        d = {**d, "start_cursor": previous[1], "continues": previous[0]}
    return create_job(store, d, job_id)


def _sides(runner: JobRunner) -> Sides:
    held: Sides | None = getattr(runner, "_two_way_sides", None)
    if held is None:
        objects = {"a": runner.definition["source"]["object"],
                   "b": runner.definition["destination"]["object"]}
        held = Sides(runner._adapter("source"), runner._adapter("destination"), objects)
        runner._two_way_sides = held  # type: ignore[attr-defined]
    return held


def two_way_source(runner: JobRunner) -> SidesSource:
    name, store, job_id = str(runner.definition["name"]), runner.store, runner.job_id
    return SidesSource(_sides(runner), lambda: take_turn(store, name, job_id))


def two_way_applier(runner: JobRunner) -> TwoWayApplier:
    return TwoWayApplier(_sides(runner), runner.store, runner.job_id, runner.definition,
                         int(runner.view.fetched), runner.actor)

"""A two-way run is an ordinary job: the engine's runner with both sides as its adapters.

``TwoWayRunner`` only swaps the source (both sides' change feeds) and the destination (the
reconciler writing both sides); states, checkpoints, retries, waits, the limiter and
resume are the engine's. ``create_run`` starts each run where the last completed run of
the sync stopped reading (both sides' cursors are one bookmark).
"""

from __future__ import annotations

from typing import Any

from syncwright.adapters.base import Adapter
from syncwright.engine.bookmarks import latest
from syncwright.engine.commands import create_job
from syncwright.engine.orchestrator import JobRunner
from syncwright.store.base import Store
from syncwright.twoway.applier import TwoWayApplier
from syncwright.twoway.sides import Sides, SidesSource


def create_run(store: Store, definition: dict[str, Any], job_id: str | None = None) -> str:
    """Record a new run of a two-way sync (queued), continuing from its bookmark."""
    d = definition
    previous = latest(store, d)
    if previous is not None:
        d = {**d, "start_cursor": previous[1], "continues": previous[0]}
    return create_job(store, d, job_id)


def is_two_way_job(store: Store, job_id: str) -> bool:
    events = store.read_stream(f"job-{job_id}", 1)
    return bool(events) and events[0].data.get("mode") == "two_way"


class TwoWayRunner(JobRunner):
    """The engine's runner, reading and writing both sides of a two-way sync."""

    _sides: Sides | None = None

    @property
    def sides(self) -> Sides:
        if self._sides is None:
            objects = {"a": self.definition["source"]["object"],
                       "b": self.definition["destination"]["object"]}
            self._sides = Sides(self._adapter("source"), self._adapter("destination"), objects)
        return self._sides

    @property
    def source(self) -> Adapter:
        if self._source is None:
            self._source = SidesSource(self.sides)
        return self._source

    @property
    def dest(self) -> Adapter:
        if self._dest is None:
            self._dest = TwoWayApplier(self.sides, self.store, self.job_id, self.definition,
                                       int(self.view.fetched), self.actor)
        return self._dest

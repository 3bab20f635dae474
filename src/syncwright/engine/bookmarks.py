"""Bookmarks of incremental jobs: where the next run of a job name starts, and resetting it.

A bookmark is not stored on its own: it is the ``fetch_completed`` bookmark of the newest
completed run of the job name (and source). Resetting appends a ``bookmark_reset`` event
to the name's own stream (``bookmark-<name>``); runs completed before that event no longer
count, so the next run starts from the beginning. History is never edited.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Any

from syncwright.domain.events import NewEvent
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine.orchestrator import stream_of
from syncwright.store.base import Store
from syncwright.store.errors import ConcurrencyConflict

BOOKMARK_RESET = "bookmark_reset"


def bookmark_stream(name: str) -> str:
    return f"bookmark-{name}"


@dataclass(frozen=True, slots=True)
class Bookmark:
    """Where the next incremental run of ``name`` from ``source`` starts."""

    name: str
    source: dict[str, Any]
    job_id: str
    bookmark: Any
    completed_at: str
    position: int  # global position of the fetch_completed event holding it

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "source": self.source,
            "job_id": self.job_id,
            "bookmark": self.bookmark,
            "completed_at": self.completed_at,
        }


def reset_position(store: Store, name: str) -> int:
    """The global position of the newest reset of ``name`` (0: never reset)."""
    events = store.read_stream(bookmark_stream(name))
    return events[-1].position if events else 0


def bookmarks(store: Store, name: str) -> list[Bookmark]:
    """The current bookmark of job name ``name``, one per source it was run from, newest
    first; runs completed before the last reset do not count."""
    after = reset_position(store, name)
    found: dict[str, Bookmark] = {}
    for view in sorted(store.list_jobs(), key=lambda v: v.created_at, reverse=True):
        if view.name != name or view.state != JobState.COMPLETED:
            continue
        events = store.read_stream(stream_of(view.job_id))
        source = events[0].data.get("source") or {}
        label = f"{source.get('connection')}/{source.get('object')}"
        if label in found:
            continue
        for ev in events:
            if ev.type == JobEvent.FETCH_COMPLETED and ev.position > after:
                found[label] = Bookmark(
                    name,
                    source,
                    view.job_id,
                    ev.data.get("bookmark"),
                    view.updated_at,
                    ev.position,
                )
    return list(found.values())


def latest(store: Store, definition: dict[str, Any]) -> tuple[str, Any] | None:
    """(job id, bookmark) the next run of ``definition`` continues from, if any."""
    for b in bookmarks(store, definition["name"]):
        if b.source == definition["source"]:
            return b.job_id, b.bookmark
    return None


def reset(store: Store, name: str, reason: str = "reset by user") -> int:
    """Make the next run of ``name`` start from the beginning; returns how many bookmarks
    were dropped (0 is fine: the name may never have completed yet)."""
    dropped = len(bookmarks(store, name))
    stream = bookmark_stream(name)
    try:
        actor = f"user:{getpass.getuser()}"
    except (KeyError, OSError):
        actor = "user:unknown"
    for _ in range(10):
        version = store.stream_version(stream)
        try:
            store.append(
                stream,
                version,
                [NewEvent(BOOKMARK_RESET, {"name": name, "reason": reason}, {"actor": actor})],
            )
        except ConcurrencyConflict:
            continue
        return dropped
    raise ConcurrencyConflict(stream, version, store.stream_version(stream))


__all__ = ["BOOKMARK_RESET", "Bookmark", "bookmark_stream", "bookmarks", "latest", "reset"]

"""A job's current state, derived by folding its events. Pure: no I/O.

The fold is the single definition of "where is this job and why". The store keeps a
copy of it as a read model, and ``replay`` proves the copy equals a fresh fold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from syncwright.domain.events import RecordedEvent
from syncwright.domain.job_states import ACTIVE, JobEvent, JobState, next_state


@dataclass
class JobView:
    """Everything a person asks about a job: state, progress, last error, history."""

    job_id: str
    name: str = ""
    state: JobState = JobState.QUEUED
    previous_state: JobState | None = None
    created_at: str = ""
    updated_at: str = ""
    version: int = 0
    source: str = ""
    destination: str = ""
    mapping_version: str = ""
    batch_size: int = 0
    # fetching
    pages: int = 0
    fetched: int = 0
    source_cursor: Any = None
    # mapping / validating
    batches_total: int | None = None
    batches_mapped: int = 0
    batches_validated: int = 0
    invalid: int = 0
    skipped: int = 0  # left out by the mapping's filters (recorded, not errors)
    # uploading
    batches_uploaded: int = 0
    sent: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    delivered_on_retry: int = 0
    retry_pending: list[str] = field(default_factory=list)
    fixes: int = 0
    # why
    attempt: int = 0
    last_error: dict[str, Any] | None = None
    waiting_until: str | None = None
    reason: str | None = None
    interrupted: dict[str, Any] | None = None  # the last stop by a signal, until a runner attaches
    timeline: list[dict[str, Any]] = field(default_factory=list)

    @property
    def open_rejections(self) -> int:
        return self.invalid + self.rejected

    @property
    def delivered(self) -> int:
        """Records the destination accepted (created, updated or unchanged)."""
        return self.created + self.updated + self.unchanged

    @property
    def outcome(self) -> str:
        """The state, except that a completed run says how it went: ``completed``,
        ``completed_with_rejections``, or ``nothing_delivered`` (records were fetched,
        every one was rejected: not a success, whatever the reject limit allowed)."""
        if self.state != JobState.COMPLETED:
            return self.state.value
        if self.open_rejections and not self.delivered:
            return "nothing_delivered"
        return "completed_with_rejections" if self.open_rejections else "completed"

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)  # flat fields; asdict's deep copy is a hot-path cost
        out["timeline"] = list(self.timeline)
        out["retry_pending"] = list(self.retry_pending)
        out["state"] = self.state.value
        out["previous_state"] = self.previous_state.value if self.previous_state else None
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> JobView:
        data = dict(data)
        data["state"] = JobState(data["state"])
        prev = data.get("previous_state")
        data["previous_state"] = JobState(prev) if prev else None
        return cls(**data)


def apply(view: JobView, event: RecordedEvent) -> JobView:
    """Apply one event to ``view`` in place (and return it). Raises on illegal transitions."""
    d = event.data
    etype = event.type
    if etype == JobEvent.CREATED:
        if view.version != 0:
            raise ValueError(f"job {view.job_id}: job_created at version {event.stream_version}")
        view.name = d["name"]
        view.created_at = event.recorded_at
        view.source = d["source_label"]
        view.destination = d["destination_label"]
        view.mapping_version = d["mapping_version"]
        view.batch_size = d["batch_size"]
        view.timeline.append(
            {"state": JobState.QUEUED.value, "at": event.recorded_at, "event": etype}
        )
    else:
        before = view.state
        after = next_state(before, etype, view.previous_state)
        _apply_data(view, etype, d)
        if after != before:
            if after in (JobState.WAITING, JobState.NEEDS_ATTENTION) and before in ACTIVE:
                view.previous_state = before
            elif before in (JobState.WAITING, JobState.NEEDS_ATTENTION) and after in ACTIVE:
                view.previous_state = None
            if before == JobState.WAITING:
                view.waiting_until = None
            if after in ACTIVE and before not in (JobState.WAITING,):
                view.attempt = 0
            view.state = after
            entry: dict[str, Any] = {"state": after.value, "at": event.recorded_at, "event": etype}
            if view.reason and after in (JobState.WAITING, JobState.NEEDS_ATTENTION):
                entry["reason"] = view.reason
            view.timeline.append(entry)
        if after not in (JobState.WAITING, JobState.NEEDS_ATTENTION):
            view.reason = None
    view.version = event.stream_version
    view.updated_at = event.recorded_at
    return view


def _apply_data(view: JobView, etype: str, d: dict[str, Any]) -> None:
    if etype == JobEvent.PAGE_FETCHED:
        view.pages += 1
        view.fetched += d["count"]
        view.source_cursor = d["cursor"]
    elif etype == JobEvent.FETCH_COMPLETED:
        view.batches_total = d["batches_total"]
    elif etype == JobEvent.BATCH_MAPPED:
        view.batches_mapped += 1
        view.skipped += len(d.get("skipped", ()))
    elif etype == JobEvent.BATCH_VALIDATED:
        view.batches_validated += 1
        view.invalid += len(d["invalid"])
    elif etype == JobEvent.BATCH_UPLOADED:
        if d.get("retry"):
            view.delivered_on_retry += d["created"] + d["updated"] + d["unchanged"]
            view.created += d["created"]
            view.updated += d["updated"]
            view.unchanged += d["unchanged"]
            view.rejected += len(d["rejected"])  # rejected again: open once more
            sent_keys = set(d["keys"])
            view.retry_pending = [k for k in view.retry_pending if k not in sent_keys]
        else:
            view.batches_uploaded += 1
            view.sent += d["sent"]
            view.created += d["created"]
            view.updated += d["updated"]
            view.unchanged += d["unchanged"]
            view.rejected += len(d["rejected"])
        view.attempt = 0
        view.last_error = None
    elif etype == JobEvent.REDEFINED:
        new = d["definition"]
        view.mapping_version = new["mapping_version"]
        view.source = f"{new['source']['connection']}/{new['source']['object']}"
        view.destination = f"{new['destination']['connection']}/{new['destination']['object']}"
    elif etype == JobEvent.ATTEMPT_FAILED:
        view.attempt = d["attempt"]
        view.last_error = d["error"]
    elif etype == JobEvent.WAIT_STARTED:
        view.waiting_until = d["until"]
        view.reason = d["reason"]
        if d.get("error"):
            view.last_error = d["error"]
    elif etype == JobEvent.ATTENTION_NEEDED:
        view.reason = d["reason"]
        if d.get("error"):
            view.last_error = d["error"]
    elif etype == JobEvent.RECORD_FIXED:
        view.fixes += 1
    elif etype == JobEvent.RETRY_REQUESTED:
        # A retry re-sends records that were open rejections: they stop counting as
        # open until the destination answers again.
        view.retry_pending = list(d["keys"])
        view.invalid -= d["from_validation"]
        view.rejected -= d["from_destination"]
    elif etype == JobEvent.RESUMED:
        view.attempt = 0
    elif etype == JobEvent.INTERRUPTED:
        view.interrupted = {"signal": d["signal"], "at": d.get("at")}
    elif etype in (JobEvent.RUNNER_ATTACHED, JobEvent.STARTED):
        view.interrupted = None


def fold(job_id: str, events: list[RecordedEvent]) -> JobView:
    """The view of a job from its whole stream."""
    view = JobView(job_id=job_id)
    for event in events:
        apply(view, event)
    return view

"""What people do to jobs: create, resume, cancel, fix a record, retry the failed ones.

Each command checks that it makes sense, then appends one event. Nothing here edits
history: a fix is a new event, and the read models follow from it.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Callable
from typing import Any

import orjson

from syncwright.domain.events import NewEvent
from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine import bookmarks
from syncwright.engine.orchestrator import stream_of
from syncwright.engine.payloads import decode_batch, unpack
from syncwright.store.base import Store
from syncwright.store.errors import ConcurrencyConflict, StoreCorrupt


class CommandError(ValueError):
    """The command does not make sense for this job now; the message says why and what to do."""


def _actor() -> str:
    try:
        return f"user:{getpass.getuser()}"
    except (KeyError, OSError):
        return "user:unknown"


def _append(
    store: Store, job_id: str, build: Callable[[JobView], NewEvent], actor: str | None = None
) -> JobView:
    """Append the event ``build`` makes from the job's current view; retry on a race.

    ``actor`` names who asked (a console user, an API token); the default is the OS user."""
    for _ in range(10):
        view = store.get_job(job_id)
        event = build(view)
        meta = {"actor": actor or _actor(), "correlation_id": job_id, **event.metadata}
        try:
            store.append(stream_of(job_id), view.version, [NewEvent(event.type, event.data, meta)])
        except ConcurrencyConflict:
            continue
        return store.get_job(job_id)
    raise CommandError(f"job {job_id} is changing too fast to update; try again")


def last_bookmark(store: Store, definition: dict[str, Any]) -> tuple[str, Any] | None:
    """The newest completed run of the same job name and source (since the last
    ``bookmark reset``), and where it stopped."""
    return bookmarks.latest(store, definition)


def create_job(
    store: Store, definition: dict[str, Any], job_id: str | None = None, actor: str | None = None
) -> str:
    """Record a new run of ``definition`` (queued); returns its job id.

    A caller-chosen ``job_id`` makes creation idempotent: a second call raises
    ``ConcurrencyConflict`` instead of creating a duplicate job.
    """
    job_id = job_id or uuid.uuid4().hex[:12]
    d = definition
    if d.get("mode") == "incremental":
        previous = last_bookmark(store, d)
        if previous is not None:
            d = {**d, "start_cursor": previous[1], "continues": previous[0]}
    data = {
        **d,
        "source_label": f"{d['source']['connection']}/{d['source']['object']}",
        "destination_label": f"{d['destination']['connection']}/{d['destination']['object']}",
    }
    store.append(
        stream_of(job_id),
        0,
        [NewEvent(JobEvent.CREATED, data, {"actor": actor or _actor(), "correlation_id": job_id})],
    )
    return job_id


def resume(
    store: Store, job_id: str, max_rejected_ratio: float | None = None, actor: str | None = None
) -> JobView:
    """Make a stopped job runnable again (the caller then runs it)."""
    view = store.get_job(job_id)
    if view.state == JobState.COMPLETED:
        if view.open_rejections:
            raise CommandError(
                f"job {job_id} is completed with {view.open_rejections} rejected record(s); "
                f"fix them and run `syncwright retry {job_id} --failed`"
            )
        raise CommandError(f"job {job_id} is completed; nothing to resume")
    if view.state == JobState.CANCELLED:
        raise CommandError(f"job {job_id} was cancelled; start a new run instead")
    if view.state != JobState.NEEDS_ATTENTION:
        return view  # crashed or waiting: the runner picks it up from its checkpoint

    def build(v: JobView) -> NewEvent:
        data: dict[str, Any] = {"after": v.reason}
        if max_rejected_ratio is not None:
            data["max_rejected_ratio"] = max_rejected_ratio
        return NewEvent(JobEvent.RESUMED, data)

    return _append(store, job_id, build, actor)


def cancel(
    store: Store, job_id: str, reason: str = "cancelled by user", actor: str | None = None
) -> JobView:
    def build(v: JobView) -> NewEvent:
        if v.state in (JobState.COMPLETED, JobState.CANCELLED):
            raise CommandError(f"job {job_id} is already {v.state.value}")
        return NewEvent(JobEvent.CANCELLED, {"reason": reason})

    return _append(store, job_id, build, actor)


def fix_record(
    store: Store, job_id: str, key: str, changes: dict[str, Any], actor: str | None = None
) -> JobView:
    """Record a correction to a quarantined record; it is applied when the record is re-sent."""
    if not changes:
        raise CommandError("nothing to fix: give at least one --set FIELD=VALUE")
    store.get_job(job_id)  # an unknown job is named as such, not as a missing record
    failure = store.failure(job_id, key)  # one record's cost, however many failures
    if failure is None:
        known = ", ".join(f.record_key for f in store.failures(job_id, limit=5)) or "none"
        raise CommandError(
            f"record {key!r} is not among job {job_id}'s failures (first failures: {known})"
        )
    if failure.status == "delivered":
        raise CommandError(f"record {key!r} was already delivered; nothing to fix")
    _only_mapped_fields(store, job_id, changes)

    def build(v: JobView) -> NewEvent:
        if v.state == JobState.CANCELLED:
            raise CommandError(f"job {job_id} was cancelled")
        return NewEvent(JobEvent.RECORD_FIXED, {"key": key, "set": changes})

    return _append(store, job_id, build, actor)


def _only_mapped_fields(store: Store, job_id: str, changes: dict[str, Any]) -> None:
    """A fix may only set fields the job's mapping produces (a typo would otherwise be
    sent as a new field, or silently dropped by the destination)."""
    import difflib

    from syncwright.engine.redefine import current_definition
    from syncwright.mapping.spec import MappingSpec, spec_from_json

    spec = spec_from_json(current_definition(store, job_id)["mapping"])
    targets = spec.as_v2().targets if isinstance(spec, MappingSpec) else spec.targets
    allowed = set(targets) | {t.split(".")[0] for t in targets}
    for name in changes:
        if name in allowed or any(name.startswith(t + ".") for t in targets):
            continue
        close = difflib.get_close_matches(name, targets, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise CommandError(
            f"the mapping of job {job_id} does not produce {name!r}; {hint}"
            f"fields it produces: {', '.join(targets)}"
        )


def request_retry(store: Store, job_id: str, actor: str | None = None) -> JobView:
    """Queue every open failure to be re-sent (with its fixes) by the next run."""

    def build(v: JobView) -> NewEvent:
        if v.state not in (JobState.COMPLETED, JobState.NEEDS_ATTENTION):
            raise CommandError(
                f"job {job_id} is {v.state.value}; retry works on a completed job or one that "
                "needs attention"
            )
        open_ = store.failures(job_id, status="open")
        if not open_:
            raise CommandError(f"job {job_id} has no open failures to retry")
        return NewEvent(
            JobEvent.RETRY_REQUESTED,
            {
                "keys": [f.record_key for f in open_],
                "from_validation": sum(1 for f in open_ if f.phase == "validation"),
                "from_destination": sum(1 for f in open_ if f.phase != "validation"),
            },
        )

    return _append(store, job_id, build, actor)


def _mapped_or_pruned(store: Store, job_id: str, payload_hash: str, key: str) -> Any:
    """The mapped record from its batch payload; None once retention dropped the payload."""
    try:
        return dict(decode_batch(unpack(store.payload(payload_hash)))).get(key)
    except StoreCorrupt:
        if store.query("SELECT 1 FROM pruned_jobs WHERE job_id = ?", (job_id,)):
            return None
        raise


def explain_record(store: Store, job_id: str, key: str) -> dict[str, Any]:
    """A record's lineage: which run fetched it, what it looked like, how the mapping changed
    it, what was sent, and what the destination said."""
    view = store.get_job(job_id)
    staged = store.staged_by_key(job_id, key)
    if not staged:
        raise CommandError(f"job {job_id} never fetched a record with key {key!r}")
    events = store.read_stream(stream_of(job_id))
    definition = events[0].data
    batch_size = view.batch_size
    out: dict[str, Any] = {
        "job_id": job_id,
        "record_key": key,
        "mapping_version": view.mapping_version,
        "occurrences": [],
    }
    last_seq = staged[-1].seq  # a repeated key: the last occurrence wins (engine/repeats.py)
    for s in staged:
        index = s.seq // batch_size
        entry: dict[str, Any] = {
            "seq": s.seq,
            "source_hash": s.hash,
            # An empty body: retention dropped it after the job completed (key and hash stay).
            "source": orjson.loads(s.body) if s.body else None,
            "source_pruned": not s.body,
            "batch_index": index,
        }
        superseded = s.seq < last_seq
        if superseded:
            entry["superseded_by"] = last_seq
        for ev in events:
            d = ev.data
            if (
                ev.type == JobEvent.PAGE_FETCHED
                and d["first_seq"] <= s.seq < d["first_seq"] + d["count"]
            ):
                entry["fetched"] = {
                    "event": ev.stream_version,
                    "at": ev.recorded_at,
                    "by": ev.metadata.get("actor"),
                }
            elif ev.type == JobEvent.BATCH_MAPPED and d["index"] == index:
                entry["mapped"] = _mapped_or_pruned(store, job_id, d["payload_hash"], key)
                entry["payload_hash"] = d["payload_hash"]
            elif ev.type == JobEvent.BATCH_VALIDATED and d["index"] == index:
                bad = [i for i in d["invalid"] if i["key"] == key]
                if superseded:
                    entry["validation"] = f"superseded by the occurrence at seq {last_seq}"
                else:
                    entry["validation"] = bad[0] if bad else "ok"
            elif superseded:
                continue  # never sent: the later occurrence is the record
            elif ev.type == JobEvent.BATCH_UPLOADED and (
                # a batch's upload leaves out the records that failed validation
                (d.get("index") == index and entry.get("validation") in (None, "ok"))
                or key in d.get("keys", ())
            ):
                rejected = [r for r in d["rejected"] if r["key"] == key]
                upload: dict[str, Any] = {
                    "event": ev.stream_version,
                    "at": ev.recorded_at,
                    "by": ev.metadata.get("actor"),
                    "retry": bool(d.get("retry")),
                    "result": rejected[0] if rejected else "accepted",
                }
                if key in d.get("ids", {}):
                    upload["destination_id"] = d["ids"][key]
                entry.setdefault("uploads", []).append(upload)
            elif ev.type == JobEvent.RECORD_FIXED and d["key"] == key:
                entry.setdefault("fixes", []).append(
                    {"set": d["set"], "by": ev.metadata.get("actor"), "at": ev.recorded_at}
                )
        out["occurrences"].append(entry)
    out["destination"] = definition["destination_label"]
    failure = store.failure(job_id, key)
    out["failure"] = failure.to_json() if failure is not None else None
    return out


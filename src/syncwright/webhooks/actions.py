"""What each action kind does: build a record from the event and hand it to an adapter.

Actions speak only the ``Adapter`` protocol (``upload_batch`` with a match key), so they
work with any destination: files today, the platform adapters as they land. Every action
carries a stable id (``messageId`` for Segment, the match key for upserts, the job id for
``start_job``) so a re-run after a crash repeats an effect harmlessly instead of doubling it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from syncwright.adapters.base import Adapter, AdapterError, Outcome, Record
from syncwright.adapters.http import AdapterContext
from syncwright.adapters.registry import create_adapter, validate_connection
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import JobFileError, load_job_file
from syncwright.limits import Limiter, open_state
from syncwright.mapping.apply import MappingRejected, RecordSkipped
from syncwright.store.errors import ConcurrencyConflict
from syncwright.webhooks.dispatcher import event_record
from syncwright.webhooks.routes import Ga4Event, Route, SegmentTrack, StartJob, SyncRecord, get_path
from syncwright.webhooks.storegate import StoreGate

JSON = dict[str, Any]
FILE_PLATFORMS = ("jsonl", "csv")


def permanent(message: str, code: str | None = None) -> AdapterError:
    return AdapterError(Classified(ErrorKind.PERMANENT_RECORD, message, code=code))


class ActionContext:
    """What a route's actions share: its adapters (one per destination), the store gate."""

    def __init__(self, gate: StoreGate, connections: dict[str, JSON]) -> None:
        self.gate = gate
        self.connections = connections
        self._adapters: dict[str, Adapter] = {}
        self._limiter: Limiter | None = None

    def adapter(self, name: str) -> Adapter:
        if name not in self._adapters:
            raw = self.connections[name]
            config = validate_connection(raw, f"connections.{name}")
            limiter = None
            if raw["platform"] not in FILE_PLATFORMS:
                if self._limiter is None:
                    self._limiter = Limiter(open_state(self.gate.location))
                limiter = self._limiter
            self._adapters[name] = create_adapter(config, AdapterContext(name, limiter))
        return self._adapters[name]

    async def close(self) -> None:
        for adapter in self._adapters.values():
            await adapter.close()
        self._adapters.clear()


async def _upload(
    ctx: ActionContext, conn: str, obj: str, key: str, record: Record, match_key: str
) -> JSON:
    adapter = ctx.adapter(conn)
    try:
        outcomes = await adapter.upload_batch(obj, [(key, record)], match_key)
    except AdapterError:
        raise
    except Exception as exc:
        raise AdapterError(adapter.classify_error(exc)) from exc
    if len(outcomes) != 1:
        raise AdapterError(
            Classified(ErrorKind.FATAL, f"{conn}: expected one result, got {len(outcomes)}")
        )
    out = outcomes[0]
    if out.outcome is Outcome.REJECTED:
        raise permanent(out.reason or "rejected by the destination", out.code)
    return {"outcome": out.outcome.value, "key": key, "destination_id": out.destination_id}


async def sync_record(
    ctx: ActionContext, route: Route, name: str, spec: Any, event: JSON, aid: str
) -> JSON:
    assert isinstance(spec, SyncRecord)
    mapping = route.mappings[name]
    try:
        mapped = mapping.apply(event_record(event))
    except RecordSkipped as exc:  # a v2 filter: done, nothing to send
        return {"outcome": "skipped", "reason": exc.reason}
    except MappingRejected as exc:
        raise permanent(f"{exc.field}: {exc.reason}", exc.code) from None
    problem = mapping.validate(mapped)
    if problem is not None:
        field, code, reason = problem
        raise permanent(f"{field}: {reason}", code)
    key = str(mapped[mapping.match_key])
    result = await _upload(ctx, spec.connection, spec.object, key, mapped, mapping.match_key)
    return result | {"mapping_version": mapping.spec.content_version}


def _pick(record: JSON, paths: dict[str, str]) -> JSON:
    return {name: get_path(record, path) for name, path in paths.items()}


async def segment_track(
    ctx: ActionContext, route: Route, name: str, spec: Any, event: JSON, aid: str
) -> JSON:
    assert isinstance(spec, SegmentTrack)
    record = event_record(event)
    msg: Record = {
        "type": "track",
        "event": spec.event,
        "properties": _pick(record, spec.properties),
        "timestamp": event["occurred_at"],
        "messageId": aid,
    }
    if spec.user_id and get_path(record, spec.user_id) not in (None, ""):
        msg["userId"] = str(get_path(record, spec.user_id))
    if spec.anonymous_id and get_path(record, spec.anonymous_id) not in (None, ""):
        msg["anonymousId"] = str(get_path(record, spec.anonymous_id))
    if "userId" not in msg and "anonymousId" not in msg:
        raise permanent("the event has no value for user_id or anonymous_id", "NO_IDENTITY")
    return await _upload(ctx, spec.connection, spec.object, aid, msg, "messageId")


async def ga4_event(
    ctx: ActionContext, route: Route, name: str, spec: Any, event: JSON, aid: str
) -> JSON:
    assert isinstance(spec, Ga4Event)
    record = event_record(event)
    client_id = get_path(record, spec.client_id)
    if client_id in (None, ""):
        raise permanent(
            f"the event has no value at {spec.client_id!r} for client_id", "NO_CLIENT_ID"
        )
    micros = int(datetime.fromisoformat(event["occurred_at"]).timestamp() * 1_000_000)
    body: Record = {
        "client_id": str(client_id),
        "timestamp_micros": micros,
        "events": [{"name": spec.name, "params": _pick(record, spec.params)}],
        "event_id": aid,
    }
    if spec.user_id and get_path(record, spec.user_id) not in (None, ""):
        body["user_id"] = str(get_path(record, spec.user_id))
    return await _upload(ctx, spec.connection, spec.object, aid, body, "event_id")


def _create_job(store: Any, path: Any, job_id: str) -> str:
    try:
        definition = load_job_file(path)
    except JobFileError as exc:
        raise permanent(str(exc), "BAD_JOB_FILE") from None
    # A conflict means an earlier attempt of this action created it: exactly once.
    with contextlib.suppress(ConcurrencyConflict):
        create_job(store, definition, job_id=job_id)
    return job_id


async def start_job(
    ctx: ActionContext, route: Route, name: str, spec: Any, event: JSON, aid: str
) -> JSON:
    assert isinstance(spec, StartJob)
    job_id = f"wh{aid[:10]}"
    await ctx.gate.call(_create_job, spec.job_file, job_id)
    return {"job_id": job_id}


Perform = Callable[[ActionContext, Route, str, Any, JSON, str], Awaitable[JSON]]
PERFORM: dict[str, Perform] = {
    "sync_record": sync_record,
    "segment_track": segment_track,
    "ga4_event": ga4_event,
    "start_job": start_job,
}
"""Action kind -> what it does. Adding a kind is a model in routes.py plus one line here."""

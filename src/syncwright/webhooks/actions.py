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
from syncwright.twoway.definition import is_two_way_file, load_two_way
from syncwright.twoway.turns import request_run
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

    def secrets(self) -> list[str]:
        """The credentials of the adapters in use (cut from any error they raise)."""
        found: list[str] = []
        for adapter in self._adapters.values():
            reveal = getattr(adapter, "secrets", None)
            if reveal is not None:
                found.extend(reveal())
        return found

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
    results: list[Result | None] = [None]
    await sync_records(ctx, route, name, spec, [event], results)
    result = results[0]
    if isinstance(result, AdapterError):
        raise result
    assert result is not None
    return result


Result = JSON | AdapterError  # one action's outcome: its result, or why it failed


def _mapped(mapping: Any, event: JSON) -> tuple[str, Record] | Result:
    """(key, record) to upload, or the action's final result (skipped / rejected)."""
    try:
        mapped = mapping.apply(event_record(event))
    except RecordSkipped as exc:  # a v2 filter: done, nothing to send
        return {"outcome": "skipped", "reason": exc.reason}
    except MappingRejected as exc:
        return permanent(f"{exc.field}: {exc.reason}", exc.code)
    problem = mapping.validate(mapped)
    if problem is not None:
        field, code, reason = problem
        return permanent(f"{field}: {reason}", code)
    return str(mapped[mapping.match_key]), mapped


GIVEN_UP = frozenset({ErrorKind.PERMANENT, ErrorKind.PERMANENT_RECORD, ErrorKind.FATAL})
"""Failures never retried: a later event of the same record need not wait for them."""


def _rounds(items: list[tuple[int, str, Record]], cap: int) -> list[list[tuple[int, str, Record]]]:
    """Upload calls: a key repeated in the batch goes to a later call (so its events land in
    inbox order and no call carries a key twice), each call at most ``cap`` records."""
    rounds: list[list[tuple[int, str, Record]]] = []
    seen: dict[str, int] = {}
    for item in items:
        n = seen.get(item[1], 0)
        seen[item[1]] = n + 1
        if n == len(rounds):
            rounds.append([])
        rounds[n].append(item)
    return [r[i : i + cap] for r in rounds for i in range(0, len(r), cap)]


async def sync_records(
    ctx: ActionContext,
    route: Route,
    name: str,
    spec: Any,
    events: list[JSON],
    results: list[Result | None],
) -> None:
    """Many ``sync_record`` actions of one route action: one ``upload_batch`` for all of them
    (per round of distinct keys, within the adapter's batch limit) instead of a call each.
    Fills ``results`` in place, so a caller that times out still sees the calls that ended."""
    assert isinstance(spec, SyncRecord)
    mapping = route.mappings[name]
    pending: list[tuple[int, str, Record]] = []
    for i, event in enumerate(events):
        planned = _mapped(mapping, event)
        if isinstance(planned, tuple):
            pending.append((i, *planned))
        else:
            results[i] = planned
    if not pending:
        return
    adapter = ctx.adapter(spec.connection)
    cap = adapter.limits.batch_max_records or len(pending)
    version = mapping.spec.content_version
    held: dict[str, AdapterError] = {}  # keys whose earlier event failed and will be retried
    for round_ in _rounds(pending, cap):
        call = []
        for i, key, record in round_:
            if key in held:  # sending it now would let the retry overwrite it with older data
                results[i] = AdapterError(
                    Classified(
                        ErrorKind.TRANSIENT,
                        f"waits for an earlier event of {key!r} to be retried "
                        f"({held[key].classified.message})",
                    )
                )
            else:
                call.append((i, key, record))
        if not call:
            continue
        try:
            outcomes = await adapter.upload_batch(
                spec.object, [(key, record) for _, key, record in call], mapping.match_key
            )
        except Exception as exc:
            error = (
                exc if isinstance(exc, AdapterError) else AdapterError(adapter.classify_error(exc))
            )
            for i, key, _ in call:
                results[i] = error
                if error.classified.kind not in GIVEN_UP:
                    held[key] = error
            continue
        by_key = {out.key: out for out in outcomes}
        for i, key, _ in call:
            out = by_key.get(key)
            if out is None:
                results[i] = AdapterError(
                    Classified(ErrorKind.FATAL, f"{spec.connection}: no result for key {key!r}")
                )
            elif out.outcome is Outcome.REJECTED:
                results[i] = permanent(out.reason or "rejected by the destination", out.code)
            else:
                results[i] = {
                    "outcome": out.outcome.value,
                    "key": key,
                    "destination_id": out.destination_id,
                    "mapping_version": version,
                }


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


def _create_job(store: Any, path: Any, job_id: str) -> JSON:
    if is_two_way_file(path):
        return _request_two_way_run(store, path, job_id)
    try:
        definition = load_job_file(path)
    except JobFileError as exc:
        raise permanent(str(exc), "BAD_JOB_FILE") from None
    # A conflict means an earlier attempt of this action created it: exactly once.
    with contextlib.suppress(ConcurrencyConflict):
        create_job(store, definition, job_id=job_id)
    return {"job_id": job_id}


def _request_two_way_run(store: Any, path: Any, job_id: str) -> JSON:
    """A run of the two-way sync: its queued run if it has one (that run reads this change
    when it starts), else a new run ``job_id`` (twoway/turns.py)."""
    try:
        definition = load_two_way(path)
    except JobFileError as exc:
        raise permanent(str(exc), "BAD_JOB_FILE") from None
    run, coalesced = request_run(store, definition, job_id)
    return {"job_id": run, "two_way": True, "coalesced": coalesced}


async def start_job(
    ctx: ActionContext, route: Route, name: str, spec: Any, event: JSON, aid: str
) -> JSON:
    assert isinstance(spec, StartJob)
    return await ctx.gate.call(_create_job, spec.job_file, f"wh{aid[:10]}")


Perform = Callable[[ActionContext, Route, str, Any, JSON, str], Awaitable[JSON]]
PERFORM: dict[str, Perform] = {
    "sync_record": sync_record,
    "segment_track": segment_track,
    "ga4_event": ga4_event,
    "start_job": start_job,
}
"""Action kind -> what it does. Adding a kind is a model in routes.py plus one line here."""

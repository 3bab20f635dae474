"""Drives one job through its states, one committed step at a time.

Every step reads what it needs from the store, does its work, and appends the event
that records it together with the staged content and the checkpoint, in one
transaction. A crash between steps loses nothing; a crash inside a step repeats that
step only, and every step is idempotent (deterministic batches, upserting destinations).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import Any, NoReturn, TypeVar

import orjson

from syncwright.adapters.base import Adapter, ConfigError, Outcome, Page, Record, RecordOutcome
from syncwright.adapters.batching import fold
from syncwright.adapters.http import AdapterContext
from syncwright.adapters.registry import create_adapter, validate_connection
from syncwright.credentials import scrub
from syncwright.domain.events import NewEvent, RecordedEvent
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.domain.job import JobView, apply
from syncwright.domain.job_states import ACTIVE, JobEvent, JobState
from syncwright.engine.error_policy import ErrorHook, Quarantine, choose, context
from syncwright.engine.fetch_guard import FetchGuard
from syncwright.engine.payloads import Line, batch_lines, decode_batch, encode_batch, pack, unpack
from syncwright.engine.repeats import last_occurrences, page_repeats, superseded_in
from syncwright.engine.retention import prune_on_completion
from syncwright.health.heartbeat import final_status, start_heartbeat
from syncwright.health.normals import remember_completed
from syncwright.identity.match import wrap_destination
from syncwright.limits import Limiter, LimitWait, RegistryError, open_state
from syncwright.limits.retry import Action, RetryPolicy
from syncwright.mapping.apply import CompiledMapping
from syncwright.mapping.spec import spec_from_json
from syncwright.store.base import StagedRecord, Staging, Store
from syncwright.store.errors import ConcurrencyConflict, StoreError

StateHook = Callable[[JobState, JobView, RecordedEvent], None]
ProgressHook = Callable[[JobView], None]


FILE_PLATFORMS = ("jsonl", "csv")
COMMIT_RECORDS = (1000, 5000)
COMMIT_SMALL = 4
COMMIT_SECONDS = 1.0
"""Fetched records held before a commit (small platform pages are grouped into one): a
runner's first page commits alone, its next ``COMMIT_SMALL`` commits hold 1,000 records,
later ones 5,000; or whatever came in within a second of the last commit. WHY 5,000: with
keys in no order (emails, UUIDs) each commit rewrites every page of the staged key index
it touched, so fewer, larger commits cost less (100,000 records keyed by random UUIDs:
3.84 -> 3.51 CPU s). WHY small first: a runner that keeps dying soon after it starts must
still move the job forward as fast as before (the kill -9 test). The time limit bounds
what a crash makes a slow source send again."""
GROUP_RECORDS = 5000
GROUP_SECONDS = 0.002
"""Mapping and validating commit several batches at once: when this many records are
held, or this long after the last commit (so a crash loses at most that much work, and
verdicts already in hand, which take microseconds a batch, share a few commits)."""


def stream_of(job_id: str) -> str:
    return f"job-{job_id}"


_Keyed = TypeVar("_Keyed", tuple[str, Record], Line)  # a batch entry, its source key first


def content_hash(body: bytes) -> str:
    """A mapped batch's name: SHA-256 (hardware-accelerated on current CPUs, about three
    times faster than Python's BLAKE2b over a 240 kB batch), cut to 128 bits. Payloads
    named by BLAKE2b before keep their names: nothing recomputes a stored payload's name."""
    return hashlib.sha256(body).hexdigest()[:32]


def _now() -> datetime:
    return datetime.now(UTC)


class JobStopped(Exception):
    """The job was changed by someone else (e.g. cancelled) while this runner worked."""


class JobRunner:
    """Runs one job until it completes, needs attention, is cancelled, or is stopped."""

    def __init__(
        self,
        store: Store,
        job_id: str,
        *,
        on_state_change: list[StateHook] | None = None,
        on_progress: ProgressHook | None = None,
        clock: Callable[[], datetime] = _now,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        seed: int | None = None,
        limiter: Limiter | None = None,
        should_stop: Callable[[], bool] | None = None,
        on_error: ErrorHook | None = None,
    ) -> None:
        self.store = store
        self.job_id = job_id
        self.stream = stream_of(job_id)
        self.hooks = list(on_state_change or [])
        self.on_progress = on_progress
        self.clock = clock
        self.sleep = sleep
        self.seed = seed
        self.actor = f"runner:{os.getpid()}@{socket.gethostname()}"
        events = store.read_stream(self.stream)
        if not events:
            from syncwright.store.errors import UnknownJob

            raise UnknownJob(job_id)
        self.definition: dict[str, Any] = events[0].data
        for ev in events:  # a corrected job file (resume --job-file) replaces the first one
            if ev.type == JobEvent.REDEFINED:
                self.definition = ev.data["definition"]
        self.view = JobView(job_id=job_id)
        self._mapped: dict[int, str] = {}  # batch index -> payload hash
        self._invalid: dict[int, set[str]] = {}  # batch index -> keys failing validation
        # batch index -> records the mapping itself rejected (a lookup miss, a bad value)
        self._map_rejected: dict[int, list[dict[str, Any]]] = {}
        # batch index -> (records, problems) found while mapping, recorded when validating
        self._checked: dict[int, tuple[int, list[dict[str, Any]]]] = {}
        self._last_seq: dict[str, int] | None = None  # repeated keys -> last seq (repeats.py)
        # Repeats recorded page by page (``page_fetched.repeats``); None once a page of this
        # job was fetched by a version that did not record them (then: one scan).
        self._page_repeats: dict[str, int] | None = {}
        self._reject_ratio = float(self.definition["on_reject"]["max_rejected_ratio"])
        for ev in events:
            self._observe(ev)
        d = self.definition
        p = d["retry"]
        self.policy = RetryPolicy(
            max_attempts=p["max_attempts"],
            base=p["base_seconds"],
            cap=p["cap_seconds"],
            park_after=p["wait_in_process_seconds"],
            seed=seed,
        )
        self.mapping = CompiledMapping(spec_from_json(d["mapping"]))
        self.source_obj = d["source"]["object"]
        self.dest_obj = d["destination"]["object"]
        self._source: Adapter | None = None
        self._dest: Adapter | None = None
        self._limiter = limiter
        self._owns_limiter = limiter is None
        # Asked after each committed step; True stops the run there (a worker's SIGTERM
        # or lost lease). The next runner resumes from that checkpoint.
        self.should_stop = should_stop
        self.on_error = on_error
        self._bookmark: Any = None
        self.interrupted_by: str | None = None  # a signal's name once interrupt() is called

    # -- event plumbing ---------------------------------------------------------
    def _observe(self, ev: RecordedEvent) -> None:
        apply(self.view, ev)
        if ev.type == JobEvent.PAGE_FETCHED:
            repeats = ev.data.get("repeats")
            if repeats is None:
                self._page_repeats = None
            elif self._page_repeats is not None:
                self._page_repeats.update(repeats)
        elif ev.type == JobEvent.BATCH_MAPPED:
            self._mapped[ev.data["index"]] = ev.data["payload_hash"]
            if ev.data.get("rejected"):
                self._map_rejected[ev.data["index"]] = ev.data["rejected"]
        elif ev.type == JobEvent.BATCH_VALIDATED and ev.data["invalid"]:
            self._invalid[ev.data["index"]] = {i["key"] for i in ev.data["invalid"]}
        elif ev.type == JobEvent.FETCH_COMPLETED:
            self._last_seq = dict(ev.data.get("repeats") or {})
        elif ev.type == JobEvent.RESUMED and ev.data.get("max_rejected_ratio") is not None:
            self._reject_ratio = float(ev.data["max_rejected_ratio"])

    def emit(self, *events: NewEvent, staging: Staging | None = None) -> None:
        stamped = self._stamp(events)
        try:
            recorded = self.store.append(self.stream, self.view.version, stamped, staging)
        except ConcurrencyConflict:
            self._stopped_by_someone_else()
        self._recorded(recorded)

    def _stamp(self, events: tuple[NewEvent, ...]) -> list[NewEvent]:
        meta = {
            "actor": self.actor,
            "correlation_id": self.job_id,
            "causation_id": self.view.version,
        }
        return [NewEvent(e.type, e.data, {**meta, **e.metadata}) for e in events]

    def _stopped_by_someone_else(self) -> NoReturn:
        for ev in self.store.read_stream(self.stream, self.view.version + 1):
            self._observe(ev)
        raise JobStopped(
            f"job {self.job_id} was changed by someone else; it is now {self.view.state.value}"
        ) from None

    def _recorded(self, recorded: list[RecordedEvent]) -> None:
        for ev in recorded:
            before = self.view.state
            self._observe(ev)
            if self.view.state != before:
                for hook in self.hooks:
                    hook(before, self.view, ev)
        if self.on_progress:
            self.on_progress(self.view)
        if self.interrupted_by is not None or (self.should_stop is not None and self.should_stop()):
            raise JobStopped(f"job {self.job_id}: runner asked to stop at a checkpoint")

    # -- adapters ---------------------------------------------------------------
    def _adapter(self, role: str) -> Adapter:
        conn_name = self.definition[role]["connection"]
        raw = self.definition["connections"][conn_name]
        config = validate_connection(raw, f"connections.{conn_name}")
        limiter = self.limiter if raw["platform"] not in FILE_PLATFORMS else None
        return create_adapter(config, AdapterContext(conn_name, limiter))

    @property
    def limiter(self) -> Limiter:
        """The store's shared limiter (its state lives beside the store's data)."""
        if self._limiter is None:
            self._limiter = Limiter(open_state(self.store.location))
        return self._limiter

    @property
    def source(self) -> Adapter:
        if self._source is None:
            if self.definition.get("mode") == "two_way":  # both sides' changes (twoway/)
                from syncwright.twoway.runner import two_way_source

                self._source = two_way_source(self)
            else:
                self._source = self._adapter("source")
        return self._source

    @property
    def dest(self) -> Adapter:
        if self._dest is None:
            if self.definition.get("mode") == "two_way":  # reconciles and writes both sides
                from syncwright.twoway.runner import two_way_applier

                self._dest = two_way_applier(self)
            else:
                self._dest = wrap_destination(
                    self._adapter("destination"), self.definition, self.store
                )
        return self._dest

    @property
    def _dest_is_local(self) -> bool:
        """A plain file destination: its uploads never wait, so starting one early would
        only cost the overlap check."""
        conn = self.definition["connections"][self.definition["destination"]["connection"]]
        return conn.get("platform") in FILE_PLATFORMS and self.definition.get("mode") != "two_way"

    @property
    def batch_size(self) -> int:
        return int(self.view.batch_size)

    def _dest_secrets(self) -> tuple[str, ...]:
        """The destination connection's credential values (none for files)."""
        secrets = getattr(self.dest, "secrets", None)
        return tuple(secrets()) if callable(secrets) else ()

    # -- the loop ---------------------------------------------------------------
    async def run(self) -> JobView:
        """Run until the job stops moving; returns its view."""
        beat = start_heartbeat(self)  # liveness + progress for health (syncwright.health)
        try:
            state = self.view.state
            if state == JobState.QUEUED:
                self.emit(NewEvent(JobEvent.STARTED, {}))
            elif state not in (JobState.COMPLETED, JobState.CANCELLED, JobState.NEEDS_ATTENTION):
                took_over = beat.took_over_from()
                attached = {"runner": self.actor}
                self.emit(
                    NewEvent(
                        JobEvent.RUNNER_ATTACHED,
                        {**attached, "took_over_from": took_over} if took_over else attached,
                    )
                )
            steps: dict[JobState, Callable[[], Awaitable[None]]] = {
                JobState.FETCHING: self._fetch,
                JobState.MAPPING: self._map,
                JobState.VALIDATING: self._validate,
                JobState.UPLOADING: self._upload,
                JobState.WAITING: self._wait,
            }
            while (step := steps.get(self.view.state)) is not None:
                try:
                    await step()
                except (ConfigError, RegistryError) as exc:
                    # A connection that cannot even be set up (a missing credential, a bad
                    # limits override): a person must fix it, then resume.
                    self.emit(
                        NewEvent(
                            JobEvent.ATTENTION_NEEDED,
                            {
                                "reason": str(exc),
                                "error": {"kind": ErrorKind.FATAL.value, "message": str(exc)},
                            },
                        )
                    )
        except JobStopped:
            pass
        except asyncio.CancelledError:
            if self.interrupted_by is None and beat.lost_to is None:
                raise  # not ours to swallow (a signal or a takeover cancels on purpose)
        finally:
            beat.settle()
            with contextlib.suppress(JobStopped, StoreError):
                self._record_interruption()
            for adapter in (self._source, self._dest):
                if adapter is not None:
                    await adapter.close()
            if self._limiter is not None and self._owns_limiter:
                await self._limiter.close()
            beat.stop(final_status(self.view, beat))
        prune_on_completion(self.store, self.view, self.definition)
        remember_completed(self.store, self.job_id)  # the run's summary, for health pages
        return self.view

    def interrupt(self, signal_name: str) -> None:
        """Stop at the next safe point (a signal): the run ends with an ``interrupted``
        event and the job stays resumable. The caller may also cancel the run's task:
        every await is between commits, so that too is a safe point."""
        self.interrupted_by = signal_name

    def _record_interruption(self) -> None:
        if self.interrupted_by is not None and self.view.state in (*ACTIVE, JobState.WAITING):
            self.emit(
                NewEvent(
                    JobEvent.INTERRUPTED,
                    {"signal": self.interrupted_by, "at": self.view.state.value},
                )
            )

    async def _call(self, adapter: Adapter, what: str, fn: Callable[[], Awaitable[Any]]) -> Any:
        """Call the platform under the job's retry policy. Returns None when the job moved
        to ``waiting`` or ``needs_attention`` instead of succeeding."""
        attempt = self.view.attempt
        while True:
            try:
                return await fn()
            except (JobStopped, StoreError):  # ours, not the platform's: never retried here
                raise
            except Exception as exc:  # the adapter classifies whatever it raised
                error = adapter.classify_error(exc)
                if isinstance(exc, LimitWait):
                    # The limiter names an instant (a quota's reset, a pause's end) on the
                    # limiter's clock: wait until exactly then, measured on ours.
                    left = max(0.0, (exc.until - self.clock()).total_seconds())
                    error = replace(error, retry_after_seconds=left)
            attempt += 1
            decision = self.policy.decide(error, attempt, self.clock())
            err = _error_json(error)
            if self.on_error is not None:  # code may decide, within the rules: error_policy.py
                ctx = context(self.job_id, what, error, attempt, decision)
                choice = choose(self.on_error, ctx, decision, self.clock())
                decision = choice.decision
                err = {**err, "on_error": choice.note} if choice.note else err
                if isinstance(decision, Quarantine):
                    data = {"attempt": attempt, "error": err, "retry_in_seconds": None}
                    self.emit(NewEvent(JobEvent.ATTEMPT_FAILED, {**data, "what": what}))
                    return decision
            if decision.action == Action.GIVE_UP:
                self.emit(
                    NewEvent(
                        JobEvent.ATTENTION_NEEDED,
                        {
                            "reason": f"{what} failed: {decision.reason}",
                            "error": err,
                            "attempt": attempt,
                        },
                    )
                )
                return None
            if decision.action == Action.PARK:
                self.emit(
                    NewEvent(
                        JobEvent.WAIT_STARTED,
                        {
                            "until": _iso(decision.until),
                            "error": err,
                            "attempt": attempt,
                            "reason": f"{what}: {decision.reason}",
                        },
                    )
                )
                return None
            self.emit(
                NewEvent(
                    JobEvent.ATTEMPT_FAILED,
                    {
                        "attempt": attempt,
                        "error": err,
                        "retry_in_seconds": decision.delay,
                        "what": what,
                    },
                )
            )
            await self.sleep(decision.delay or 0.0)

    async def _wait(self) -> None:
        until = datetime.fromisoformat(str(self.view.waiting_until))
        remaining = (until - self.clock()).total_seconds()
        if remaining > 0:
            await self.sleep(remaining)
        self.emit(NewEvent(JobEvent.WAIT_ENDED, {}))

    # -- fetching ---------------------------------------------------------------
    @property
    def _cursor(self) -> Any:
        """Where fetching continues: the last committed page's cursor, else where an
        incremental run starts (the previous run's bookmark), else the beginning."""
        if self.view.source_cursor is not None:
            return self.view.source_cursor
        return self.definition.get("start_cursor")

    async def _fetch(self) -> None:
        self._bookmark = self._cursor
        fetched_ok = await self._call(
            self.source,
            "fetching",
            lambda: self._drain(self.source.fetch_records(self.source_obj, self._cursor)),
        )
        if fetched_ok:
            total = -(-self.view.fetched // self.batch_size)
            data: dict[str, Any] = {
                "batches_total": total,
                "records": self.view.fetched,
                # Where the next incremental run of this job starts.
                "bookmark": self._bookmark,
            }
            # Keys staged more than once (usually none), gathered page by page and kept
            # in the event, so later runners never look for them again (engine/repeats.py).
            repeats = (
                self._page_repeats
                if self._page_repeats is not None
                else last_occurrences(self.store, self.job_id)
            )
            if repeats:
                data["repeats"] = repeats
            self.emit(NewEvent(JobEvent.FETCH_COMPLETED, data))

    async def _drain(self, pages: AsyncIterator[Page]) -> bool:
        """Stage pages, committing once enough records are held (small platform pages are
        grouped, so a 100-record page does not cost a transaction of its own). A crash
        re-reads only what was fetched after the last commit. A runner's first page
        commits alone, as the first batch of mapping and validating does: a runner that
        keeps dying soon after it starts must still move the job forward."""
        held: list[Page] = []
        count = 0
        since = time.monotonic()
        commits = 0  # by this runner; its first page commits alone
        guard = FetchGuard(
            self._cursor,
            str(self.definition.get("source_label") or self.definition["source"]["connection"]),
            partial(self.source.record_key, self.source_obj),
        )
        async for page in pages:
            guard.check(page)  # a source that does not advance stops here, with evidence
            held.append(page)
            count += len(page.records)
            now = time.monotonic()
            limit = COMMIT_RECORDS[commits > COMMIT_SMALL]
            if page.done or not commits or count >= limit or now - since >= COMMIT_SECONDS:
                self._commit_pages(held)
                held, count, since, commits = [], 0, now, commits + 1
        if held:
            self._commit_pages(held)
        return True

    def _commit_pages(self, pages: list[Page]) -> None:
        last = pages[-1]
        first = self.view.fetched
        staged = self._stage(pages, first)
        if staged or not last.done:
            self.emit(
                NewEvent(
                    JobEvent.PAGE_FETCHED,
                    {
                        "cursor": last.next_cursor,
                        "count": len(staged),
                        "first_seq": first,
                        "repeats": page_repeats(self.store, self.job_id, staged),
                    },
                ),
                staging=Staging(self.job_id, records=staged),
            )
        self._bookmark = last.next_cursor

    def _stage(self, pages: list[Page], first: int) -> list[StagedRecord]:
        """The pages' records as staged rows, numbered from ``first``."""
        staged: list[StagedRecord] = []
        append = staged.append
        seq = first
        key_of = partial(self.source.record_key, self.source_obj)
        dumps, blake2b = orjson.dumps, hashlib.blake2b  # content_hash, inlined: once a record
        for page in pages:
            for rec in page.records:
                body = dumps(rec)
                h = blake2b(body, digest_size=16).hexdigest()
                append(StagedRecord(seq, key_of(rec), h, body))
                seq += 1
        return staged

    # -- mapping and validating ---------------------------------------------------
    async def _map(self) -> None:
        """Map each batch into one content-addressed payload; several batches commit
        together. Validation runs on the mapped records here too (they are in hand), and
        its results are recorded in the validating step."""
        total = self.view.batches_total or 0
        check = self.mapping.validate
        events: list[NewEvent] = []
        payloads: list[tuple[str, bytes]] = []
        group = _Group()
        for index in range(self.view.batches_mapped, total):
            first = index * self.batch_size
            loads = orjson.loads
            source = [
                (k, loads(body))
                for k, body in self.store.staged_bodies(self.job_id, first, self.batch_size)
            ]
            if self.mapping.lookups and not await self._resolve_lookups(source):
                return
            batch = self.mapping.map_batch(source)
            mapped = batch.records
            latest = self._latest(mapped, first)  # a repeated key: the last occurrence wins
            gone = {k for k, _ in mapped} - {k for k, _ in latest}
            rejected = [r for r in batch.rejected if r["key"] not in gone]
            rejected_keys = {r["key"] for r in rejected}
            checkable = [(k, r) for k, r in latest if k not in rejected_keys]
            self._checked[index] = (len(mapped), rejected + _problems(checkable, check))
            payload = encode_batch(mapped, self.mapping.match_key)
            h = content_hash(payload)
            data: dict[str, Any] = {
                "index": index,
                "first_seq": first,
                "count": len(source),
                "payload_hash": h,
            }
            if batch.skipped:
                data["skipped"] = batch.skipped  # filtered out: recorded, never sent
            if batch.rejected:
                data["rejected"] = batch.rejected  # the mapping could not produce them
            events.append(NewEvent(JobEvent.BATCH_MAPPED, data))
            payloads.append((h, pack(payload)))
            if group.full(len(source)) or index == total - 1:
                self.emit(*events, staging=Staging(self.job_id, payloads=payloads))
                events, payloads = [], []
        self.emit(
            NewEvent(JobEvent.MAPPING_COMPLETED, {"mapping_version": self.view.mapping_version})
        )

    async def _resolve_lookups(self, source: list[tuple[str, Record]]) -> bool:
        """Ask the destination, once per batch, for the lookup keys the job has not seen
        yet (cached for the whole job). False when the job stopped (waiting, attention)."""
        from syncwright.mapping.lookups import resolve_lookups

        pending = self.mapping.pending_lookups([r for _, r in source])
        if not pending:
            return True
        done = await self._call(
            self.dest,
            "looking up destination records",
            partial(resolve_lookups, self.dest, self.mapping.lookups, pending),
        )
        return done is not None

    def _batch(self, index: int) -> list[tuple[str, Record]]:
        return decode_batch(unpack(self.store.payload(self._mapped[index])))

    async def _validate(self) -> None:
        total = self.view.batches_total or 0
        events: list[NewEvent] = []
        group = _Group()
        for index in range(self.view.batches_validated, total):
            checked = self._checked.pop(index, None)
            first = index * self.batch_size
            records = self._batch(index) if checked is None or self._repeats() else []
            if checked is None:  # mapped by an earlier runner: check the stored payload
                latest = self._latest(records, first)
                gone = {k for k, _ in records} - {k for k, _ in latest}
                early = [r for r in self._map_rejected.get(index, []) if r["key"] not in gone]
                keys = {r["key"] for r in early}
                rest = [(k, r) for k, r in latest if k not in keys]
                checked = (len(records), early + _problems(rest, self.mapping.validate))
            count, invalid = checked
            data: dict[str, Any] = {"index": index, "invalid": invalid}
            superseded = self._superseded(records, first)
            if superseded:
                data["superseded"] = superseded
            data["valid"] = count - len(invalid) - len(superseded)
            events.append(NewEvent(JobEvent.BATCH_VALIDATED, data))
            if group.full(count) or index == total - 1:
                self.emit(*events)
                events = []
        if self._too_many_rejects():
            return
        self.emit(NewEvent(JobEvent.VALIDATION_COMPLETED, {"invalid": self.view.invalid}))

    def _too_many_rejects(self) -> bool:
        v = self.view
        processed = v.fetched  # the whole job's records: a bound on total damage
        if not processed or v.open_rejections / processed <= self._reject_ratio:
            return False
        ratio = v.open_rejections / processed
        self.emit(
            NewEvent(
                JobEvent.ATTENTION_NEEDED,
                {
                    "reason": (
                        f"{v.open_rejections} of {processed} records rejected ({ratio:.1%}), above "
                        f"the limit of {self._reject_ratio:.1%}: see `syncwright failures {v.job_id}`, "
                        f"fix them and `syncwright retry {v.job_id} --failed`, or `syncwright resume "
                        f"{v.job_id} --max-rejected-ratio R`"
                    ),
                    "rejected": v.open_rejections,
                    "processed": processed,
                },
            )
        )
        return True

    # -- uploading ----------------------------------------------------------------
    async def _upload(self) -> None:
        if self.view.retry_pending and not await self._upload_retries():
            return
        total = self.view.batches_total or 0
        match_key = self.mapping.match_key
        ahead: _EarlyUpload | None = None
        # A plain file writing JSON lines takes the mapped lines as they are.
        accepts = getattr(self.dest, "accepts_lines", None)
        upload_lines = getattr(self.dest, "upload_lines", None)
        as_lines = self._dest_is_local and callable(accepts) and bool(accepts())
        try:
            for index in range(self.view.batches_uploaded, total):
                lines = self._sendable_lines(index) if as_lines and ahead is None else None
                if lines is not None and upload_lines is not None:  # no parse, no re-encoding
                    records: list[tuple[str, Any]] = [(k, v) for k, v, _ in lines]
                    send = partial(upload_lines, self.dest_obj, lines, match_key)
                    early = None
                else:
                    if ahead is not None and ahead.index == index:
                        records, early = ahead.records, ahead.task
                    else:
                        records, early = self._sendable(index), None
                    send = partial(self.dest.upload_batch, self.dest_obj, records, match_key)
                ahead = None
                # The next batch's first attempt starts now, so the destination never
                # idles between batches; its result is recorded only after this one's.
                if index + 1 < total:
                    ahead = self._start_early(index + 1, records)
                outcomes: list[RecordOutcome] = []
                if records:
                    result = await self._call(
                        self.dest,
                        f"uploading batch {index + 1} of {total}",
                        _first_then(early, send),
                    )
                    if result is None:
                        return
                    outcomes = (
                        result.outcomes(records) if isinstance(result, Quarantine) else result
                    )
                self.emit(
                    NewEvent(
                        JobEvent.BATCH_UPLOADED,
                        {
                            "index": index,
                            "sent": len(records),
                            "payload_hash": self._mapped[index],
                            **_tally(outcomes, self._dest_secrets()),
                        },
                    )
                )
                if self._too_many_rejects():
                    return
                # A file destination's upload never suspends: give the loop its turn
                # after each committed batch, so a signal (engine/interrupt.py) and the
                # heartbeat are handled during the upload, not after it.
                await asyncio.sleep(0)
        finally:
            if ahead is not None:
                await ahead.cancel()
        if not await self._finish_destination():
            return
        self.emit(
            NewEvent(
                JobEvent.UPLOAD_COMPLETED,
                {
                    "created": self.view.created,
                    "updated": self.view.updated,
                    "unchanged": self.view.unchanged,
                    "rejected": self.view.open_rejections,
                },
            )
        )

    async def _finish_destination(self) -> bool:
        """The destination's optional end-of-upload step (a file verifies and compacts
        itself), under the retry policy: a job never completes over a destination that
        could not finish. False if the job stopped instead."""
        finish = getattr(self.dest, "finish_upload", None)
        if finish is None:
            return True

        async def call() -> bool:
            await finish(self.dest_obj, self.mapping.match_key)
            return True

        return await self._call(self.dest, "finishing the upload", call) is not None

    def _sendable(self, index: int) -> list[tuple[str, Record]]:
        """Batch ``index``'s mapped records, less those that failed validation and those
        superseded by a later occurrence of their key."""
        return self._kept(self._batch(index), index)

    def _sendable_lines(self, index: int) -> list[Line] | None:
        """As ``_sendable``, as record lines (engine/payloads.py); None for a batch stored
        before line batches (it goes the parsed way)."""
        body = unpack(self.store.payload(self._mapped[index]))
        if body[:1] == b"[":
            return None
        return self._kept(batch_lines(body), index)

    def _kept(self, entries: list[_Keyed], index: int) -> list[_Keyed]:
        """Batch ``index``'s entries less those that failed validation and those superseded
        by a later occurrence of their key (records or lines alike: source key first)."""
        invalid = self._invalid.get(index, set())
        return [e for e in self._latest(entries, index * self.batch_size) if e[0] not in invalid]

    def _repeats(self) -> dict[str, int]:
        if self._last_seq is None:  # fetched before repeats were recorded: find them now
            self._last_seq = last_occurrences(self.store, self.job_id)
        return self._last_seq

    def _superseded(self, records: list[tuple[str, Record]], first: int) -> list[dict[str, Any]]:
        found = superseded_in(
            [k for k, _ in records], first, first + self.batch_size, self._repeats()
        )
        return [{"key": key, "by": by} for _, key, by in found]

    def _latest(self, records: list[_Keyed], first: int) -> list[_Keyed]:
        """Batch records (staged from seq ``first``) without the superseded occurrences."""
        found = superseded_in(
            [r[0] for r in records], first, first + self.batch_size, self._repeats()
        )
        if not found:
            return records
        gone = {i for i, _, _ in found}
        return [rec for i, rec in enumerate(records) if i not in gone]

    def _start_early(self, index: int, previous: list[tuple[str, Record]]) -> _EarlyUpload | None:
        """Start batch ``index``'s first attempt while the previous batch finishes, but only
        when the job would send it whatever the previous batch's outcome: even if every
        record of that batch were rejected, the reject limit would hold. And not when the
        two share a record or a value the destination upserts by: then order matters (the
        later version must land last) and the batch waits its turn."""
        v = self.view
        if not v.fetched or (v.open_rejections + len(previous)) / v.fetched > self._reject_ratio:
            return None
        if self._dest_is_local:
            return None  # a file write never waits on a network: nothing to overlap
        records = self._sendable(index)
        fields = self.dest.identity_fields(self.dest_obj, self.mapping.match_key)
        if not records or not _disjoint(records, previous, fields):
            return None
        task = asyncio.create_task(
            self.dest.upload_batch(self.dest_obj, records, self.mapping.match_key)
        )
        return _EarlyUpload(index, records, task)

    async def _upload_retries(self) -> bool:
        """Re-send quarantined records with their fixes applied; False if the job stopped."""
        fixes = {f.record_key: f for f in self.store.failures(self.job_id)}
        match_key = self.mapping.match_key
        while self.view.retry_pending:
            keys = self.view.retry_pending[: self.batch_size]
            send: list[tuple[str, Record]] = []
            rejected: list[dict[str, Any]] = []
            by_batch: dict[int, dict[str, Record]] = {}
            for key in keys:
                failure = fixes[key]
                index = failure.batch_index if failure.batch_index is not None else -1
                if index not in by_batch:
                    by_batch[index] = dict(self._batch(index))
                record = {**by_batch[index][key], **failure.fix}
                problem = self.mapping.validate(record)
                if problem:
                    field, code, reason = problem
                    rejected.append(
                        {
                            "key": key,
                            "field": field,
                            "code": code,
                            "reason": reason,
                            "phase": "validation",
                        }
                    )
                else:
                    send.append((key, record))
            outcomes: list[RecordOutcome] = []
            if send:
                result = await self._call(
                    self.dest,
                    "re-sending fixed records",
                    partial(self.dest.upload_batch, self.dest_obj, send, match_key),
                )
                if result is None:
                    return False
                outcomes = result.outcomes(send) if isinstance(result, Quarantine) else result
            tally = _tally(outcomes, self._dest_secrets())
            tally["rejected"] = rejected + tally["rejected"]
            self.emit(
                NewEvent(
                    JobEvent.BATCH_UPLOADED,
                    {"retry": True, "keys": keys, "sent": len(send), **tally},
                )
            )
        return True


class _EarlyUpload:
    """A batch's first upload attempt, started before its turn."""

    __slots__ = ("index", "records", "task")

    def __init__(
        self, index: int, records: list[tuple[str, Record]], task: asyncio.Task[Any]
    ) -> None:
        self.index = index
        self.records = records
        self.task = task

    async def cancel(self) -> None:
        """Not needed after all (the job stopped first): drop it. Whatever it sent is sent
        again when the batch's turn comes; upserts make that harmless."""
        self.task.cancel()
        await asyncio.wait([self.task])  # let it unwind; our own cancellation still propagates
        if not self.task.cancelled():
            self.task.exception()  # finished before the cancel: its outcome is not needed


def _first_then(
    early: asyncio.Task[Any] | None, call: Callable[[], Awaitable[Any]]
) -> Callable[[], Awaitable[Any]]:
    """An attempt function whose first attempt is ``early`` (when given), then ``call``."""
    pending = [early] if early is not None else []

    async def attempt() -> Any:
        if pending:
            return await pending.pop()
        return await call()

    return attempt


def _disjoint(a: list[tuple[str, Record]], b: list[tuple[str, Record]], fields: list[str]) -> bool:
    """Whether no record key, and no (folded) value of an identity field, occurs in both."""
    keys = {k for k, _ in b}
    if any(k in keys for k, _ in a):
        return False
    for field in dict.fromkeys(fields):
        values = {fold(r[field]) for _, r in b if r.get(field) not in (None, "")}
        if any(fold(r[field]) in values for _, r in a if r.get(field) not in (None, "")):
            return False
    return True


class _Group:
    """Counts what a step holds uncommitted; says when it is time to commit. A step's first
    batch commits alone, so even a runner stopped within milliseconds moves the job on."""

    __slots__ = ("held", "since")

    def __init__(self) -> None:
        self.held = 0
        self.since: float | None = None  # last commit; None until the first

    def full(self, records: int) -> bool:
        """Add ``records``; True (and start over) when the group should commit now."""
        self.held += records
        now = time.monotonic()
        if (
            self.since is not None
            and self.held < GROUP_RECORDS
            and now - self.since < GROUP_SECONDS
        ):
            return False
        self.held, self.since = 0, now
        return True


def _problems(
    records: list[tuple[str, Record]], check: Callable[[Record], tuple[str, str, str] | None]
) -> list[dict[str, Any]]:
    """The records failing the mapping's validations, as ``batch_validated`` lists them."""
    invalid = []
    for key, rec in records:
        problem = check(rec)
        if problem:
            field, code, reason = problem
            invalid.append({"key": key, "field": field, "code": code, "reason": reason})
    return invalid


def _tally(outcomes: list[RecordOutcome], secrets: tuple[str, ...] = ()) -> dict[str, Any]:
    """Counts per outcome; rejections with the platform's reason, cut of the connection's
    secrets and known credential shapes (a platform may echo a credential in a reason)."""
    counts = {Outcome.CREATED: 0, Outcome.UPDATED: 0, Outcome.UNCHANGED: 0}
    rejected = []
    ids: dict[str, str] = {}  # record key -> the destination's id (lineage, search)
    for o in outcomes:
        if o.outcome == Outcome.REJECTED:
            rejected.append(
                {
                    "key": o.key,
                    "reason": scrub(o.reason, secrets) if o.reason else "",
                    "code": o.code,
                    "field": o.field,
                }
            )
        else:
            counts[o.outcome] += 1
            if o.destination_id:
                ids[o.key] = o.destination_id
    out: dict[str, Any] = {
        "created": counts[Outcome.CREATED],
        "updated": counts[Outcome.UPDATED],
        "unchanged": counts[Outcome.UNCHANGED],
        "rejected": rejected,
    }
    if ids:
        out["ids"] = ids
    return out


def _iso(when: datetime | None) -> str:
    return (when or datetime.now(UTC)).isoformat()


def _error_json(error: Classified) -> dict[str, Any]:
    return {
        "kind": error.kind.value,
        "message": error.message,
        "status": error.status,
        "code": error.code,
        "retry_after_seconds": error.retry_after_seconds,
    }


__all__ = ["ErrorKind", "JobRunner", "JobStopped", "content_hash", "stream_of"]

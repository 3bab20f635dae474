"""The public Python API: run a sync from code the way you think of one.

    import syncwright

    view = syncwright.run_sync(
        source=syncwright.connection("hubspot", base_url=..., token_env="HUBSPOT_TOKEN").object("contacts"),
        destination=syncwright.connection("jsonl", path="leads.jsonl").object("leads"),
        mapping=syncwright.mapping(match_key="Email", rules=[{"rename": "email", "to": "Email"}]),
        on_state_change=lambda before, view: print(before, "->", view.state),
    )

Everything here is a thin layer over what the CLI calls (the job-file validation, the
command layer, the runner), so a job started from code is the same job the CLI shows,
resumes and explains. Blocking functions (``run_sync``) run their own event loop; inside
async code use the ``*_async`` forms. Only names exported from ``syncwright`` are public.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from syncwright.adapters.base import ConfigError
from syncwright.adapters.registry import validate_connection
from syncwright.domain.events import RecordedEvent
from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobState
from syncwright.engine import commands
from syncwright.engine.error_policy import ErrorChoice, ErrorContext, ErrorHook
from syncwright.engine.jobfile import JobFileError, definition_from_data, load_job_file
from syncwright.engine.orchestrator import JobRunner, StateHook
from syncwright.mapping.spec import (
    AnySpec,
    MappingError,
    MappingSpec,
    load_mapping,
    parse_mapping,
)
from syncwright.mapping.spec_v2 import MappingSpecV2
from syncwright.store import Failure, Store, open_store

StateChange = Callable[[JobState, JobView], None]
"""``on_state_change(before, view)``: called after each committed state change."""
Progress = Callable[[JobView], None]
StoreLike = Store | str | Path | None
T = TypeVar("T")


class SyncError(ValueError):
    """Bad input to the API (a connection, mapping or job that does not validate); the
    message names what and where, as the CLI's one-line errors do."""


@dataclass(frozen=True)
class Connection:
    """A validated connection: a platform and its settings, as under a job file's
    ``connections:`` (credentials named by ``token_env`` / ``secret_file``, never given)."""

    platform: str
    settings: dict[str, Any]
    name: str

    def object(self, name: str) -> Endpoint:
        """This connection's object ``name`` (``contacts``, ``Lead``, ``members`` ...)."""
        return Endpoint(self, name)


@dataclass(frozen=True)
class Endpoint:
    """One object of one connection: a sync's source or destination."""

    connection: Connection
    object: str


def connection(platform: str, *, name: str | None = None, **settings: Any) -> Connection:
    """A connection to ``platform`` (``hubspot``, ``salesforce``, ``mailchimp``,
    ``segment``, ``ga4``, ``jsonl``, ``csv``) with the settings docs/ADAPTERS.md lists.
    Validated now: a wrong key or value raises ``SyncError`` naming it."""
    label = name or platform
    raw = {"platform": platform, **{k: _plain(v) for k, v in settings.items()}}
    try:
        validate_connection(raw, f"connection {label!r}")
    except ConfigError as exc:
        raise SyncError(str(exc)) from None
    return Connection(platform, raw, label)


def mapping(
    *,
    match_key: str,
    rules: list[dict[str, Any]],
    validate: list[dict[str, Any]] | None = None,
    version: int = 1,
    **more: Any,
) -> AnySpec:
    """A mapping built in code: the same spec (and checks) as a mapping file."""
    data: dict[str, Any] = {"version": version, "match_key": match_key, "rules": rules, **more}
    if validate:
        data["validate"] = validate
    try:
        return parse_mapping(data, "mapping")
    except MappingError as exc:
        raise SyncError(str(exc)) from None


def load_mapping_file(path: str | Path) -> AnySpec:
    """A mapping file (YAML, ``${VAR}`` expanded), validated."""
    try:
        return load_mapping(Path(path))
    except MappingError as exc:
        raise SyncError(str(exc)) from None


@dataclass
class Job:
    """A job definition built in code (``job(...)``) or read from a job file
    (``load_job(path)``): what ``run_sync`` freezes into the job's first event."""

    definition: dict[str, Any] = field(repr=False)

    @property
    def name(self) -> str:
        return str(self.definition["name"])


def load_job(path: str | Path, env: Mapping[str, str] | None = None) -> Job:
    """A job file, validated and resolved (``${VAR}`` from ``env`` or the environment)."""
    try:
        return Job(load_job_file(Path(path), env))
    except JobFileError as exc:
        raise SyncError(str(exc)) from None


def job(
    *,
    source: Endpoint,
    destination: Endpoint,
    mapping: AnySpec | dict[str, Any] | str | Path,
    name: str | None = None,
    mode: str = "full",
    batch_size: int = 500,
    max_rejected_ratio: float = 0.05,
    retry: dict[str, Any] | None = None,
    base_dir: str | Path = ".",
) -> Job:
    """A job definition from code, validated exactly as a job file is (relative paths are
    taken from ``base_dir``)."""
    connections = {source.connection.name: source.connection.settings}
    if destination.connection.name in connections and (
        connections[destination.connection.name] != destination.connection.settings
    ):
        raise SyncError(
            f"source and destination are different connections both named "
            f"{destination.connection.name!r}: give one of them name=..."
        )
    connections[destination.connection.name] = destination.connection.settings
    if isinstance(mapping, MappingSpec | MappingSpecV2):
        spec: dict[str, Any] | str = mapping.to_json()
    elif isinstance(mapping, Path):
        spec = str(mapping)
    else:
        spec = mapping
    data: dict[str, Any] = {
        "name": name or f"{source.connection.name}-{source.object}-to-{destination.object}",
        "source": {"connection": source.connection.name, "object": source.object},
        "destination": {"connection": destination.connection.name, "object": destination.object},
        "mapping": spec,
        "mode": mode,
        "batch_size": batch_size,
        "on_reject": {"max_rejected_ratio": max_rejected_ratio},
        "connections": connections,
    }
    if retry is not None:
        data["retry"] = retry
    base = Path(base_dir).resolve()
    try:
        definition = definition_from_data(data, base / "(code)")
    except JobFileError as exc:
        raise SyncError(str(exc)) from None
    definition["job_file"] = None
    return Job(definition)


_make_job = job  # ``run_sync``'s ``job`` parameter shadows the function


# -- running ---------------------------------------------------------------------------------


@contextmanager
def _opened(store: StoreLike) -> Iterator[Store]:
    """The caller's store as is, or one opened (and closed) for this call."""
    if store is not None and not isinstance(store, str | Path):
        yield store
        return
    st = open_store(str(store) if store is not None else None)
    try:
        yield st
    finally:
        st.close()


def _runner(
    st: Store,
    job_id: str,
    on_state_change: StateChange | None,
    on_progress: Progress | None,
    on_error: ErrorHook | None,
) -> JobRunner:
    hooks: list[StateHook] = []
    if on_state_change is not None:
        callback = on_state_change

        def hook(before: JobState, view: JobView, _ev: RecordedEvent) -> None:
            callback(before, view)

        hooks.append(hook)
    return JobRunner(st, job_id, on_state_change=hooks, on_progress=on_progress, on_error=on_error)


async def run_sync_async(
    job: Job | None = None,
    *,
    source: Endpoint | None = None,
    destination: Endpoint | None = None,
    mapping: AnySpec | dict[str, Any] | str | Path | None = None,
    name: str | None = None,
    store: StoreLike = None,
    on_state_change: StateChange | None = None,
    on_progress: Progress | None = None,
    on_error: ErrorHook | None = None,
    **options: Any,
) -> JobView:
    """Create a job (from ``job``, or from ``source``/``destination``/``mapping`` and the
    ``job()`` options) and run it until it completes or stops; returns its view."""
    if job is None:
        if source is None or destination is None or mapping is None:
            raise SyncError("give job=..., or source=, destination= and mapping=")
        job = _make_job(
            source=source, destination=destination, mapping=mapping, name=name, **options
        )
    elif options or source or destination or mapping:
        raise SyncError("give job=... or source/destination/mapping, not both")
    with _opened(store) as st:
        job_id = commands.create_job(st, job.definition)
        return await _runner(st, job_id, on_state_change, on_progress, on_error).run()


async def resume_async(
    job_id: str,
    *,
    store: StoreLike = None,
    max_rejected_ratio: float | None = None,
    on_state_change: StateChange | None = None,
    on_progress: Progress | None = None,
    on_error: ErrorHook | None = None,
) -> JobView:
    """Continue a stopped, waiting or crashed job from its last checkpoint."""
    with _opened(store) as st:
        commands.resume(st, job_id, max_rejected_ratio)
        return await _runner(st, job_id, on_state_change, on_progress, on_error).run()


async def retry_failed_async(
    job_id: str,
    *,
    store: StoreLike = None,
    on_state_change: StateChange | None = None,
    on_progress: Progress | None = None,
    on_error: ErrorHook | None = None,
) -> JobView:
    """Re-send a job's quarantined records (with their fixes) and run it to the end."""
    with _opened(store) as st:
        commands.request_retry(st, job_id)
        return await _runner(st, job_id, on_state_change, on_progress, on_error).run()


def _blocking(coro: Coroutine[Any, Any, T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    coro.close()
    raise RuntimeError("inside a running event loop: await the *_async form instead")


def run_sync(
    job: Job | None = None,
    *,
    source: Endpoint | None = None,
    destination: Endpoint | None = None,
    mapping: AnySpec | dict[str, Any] | str | Path | None = None,
    name: str | None = None,
    store: StoreLike = None,
    on_state_change: StateChange | None = None,
    on_progress: Progress | None = None,
    on_error: ErrorHook | None = None,
    **options: Any,
) -> JobView:
    """Blocking ``run_sync_async``: create a job and run it; returns its view.

    ``on_error(ctx) -> "retry" | "wait" | "quarantine" | "stop" | None`` may decide what a
    failed call leads to, within the engine's rules (docs/PYTHON.md)."""
    return _blocking(
        run_sync_async(
            job,
            source=source,
            destination=destination,
            mapping=mapping,
            name=name,
            store=store,
            on_state_change=on_state_change,
            on_progress=on_progress,
            on_error=on_error,
            **options,
        )
    )


def resume(
    job_id: str,
    *,
    store: StoreLike = None,
    max_rejected_ratio: float | None = None,
    on_state_change: StateChange | None = None,
    on_progress: Progress | None = None,
    on_error: ErrorHook | None = None,
) -> JobView:
    """Blocking ``resume_async``."""
    return _blocking(
        resume_async(
            job_id,
            store=store,
            max_rejected_ratio=max_rejected_ratio,
            on_state_change=on_state_change,
            on_progress=on_progress,
            on_error=on_error,
        )
    )


def retry_failed(
    job_id: str,
    *,
    store: StoreLike = None,
    on_state_change: StateChange | None = None,
    on_progress: Progress | None = None,
    on_error: ErrorHook | None = None,
) -> JobView:
    """Blocking ``retry_failed_async``."""
    return _blocking(
        retry_failed_async(
            job_id,
            store=store,
            on_state_change=on_state_change,
            on_progress=on_progress,
            on_error=on_error,
        )
    )


# -- looking and fixing ----------------------------------------------------------------------


def status(job_id: str, *, store: StoreLike = None) -> JobView:
    """One job's view (state, progress, counts, reason, timeline)."""
    with _opened(store) as st:
        return st.get_job(job_id)


def jobs(*, store: StoreLike = None) -> list[JobView]:
    """Every job's view."""
    with _opened(store) as st:
        return st.list_jobs()


def failures(job_id: str, *, store: StoreLike = None, status: str | None = "open") -> list[Failure]:
    """A job's quarantined records with the reason verbatim (``status=None``: all)."""
    with _opened(store) as st:
        st.get_job(job_id)
        return st.failures(job_id, status=status)


def fix(job_id: str, record_key: str, changes: dict[str, Any], *, store: StoreLike = None) -> JobView:
    """Correct a quarantined record (a fix event); ``retry_failed`` then re-sends it."""
    with _opened(store) as st:
        return commands.fix_record(st, job_id, record_key, changes)


def cancel(job_id: str, *, store: StoreLike = None) -> JobView:
    with _opened(store) as st:
        return commands.cancel(st, job_id)


def explain(job_id: str, record_key: str, *, store: StoreLike = None) -> dict[str, Any]:
    """A record's lineage: fetched by which run, mapped how, sent what, answered what."""
    with _opened(store) as st:
        return commands.explain_record(st, job_id, record_key)


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Path) else value


__all__ = [
    "Connection",
    "Endpoint",
    "ErrorChoice",
    "ErrorContext",
    "Job",
    "JobState",
    "JobView",
    "SyncError",
    "cancel",
    "connection",
    "explain",
    "failures",
    "fix",
    "job",
    "jobs",
    "load_job",
    "load_mapping_file",
    "mapping",
    "resume",
    "resume_async",
    "retry_failed",
    "retry_failed_async",
    "run_sync",
    "run_sync_async",
    "status",
]

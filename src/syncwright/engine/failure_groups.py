"""Quarantined records grouped by reason code: counts, an example each, pages, bulk fixes.

A job can quarantine 100,000 records for three reasons. People act on reasons, not on
rows, so the CLI's ``failures``, the console's Failures page and the REST API all read
this: one row per code with its count and one example verbatim, then a page of one
group on demand. Every query rides the ``failures_by_code`` index (job, status, code,
record key), so a page costs the same at 100 rejects as at 100,000.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import orjson

from syncwright.domain.events import NewEvent
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine.commands import CommandError, _actor, _only_mapped_fields
from syncwright.engine.orchestrator import stream_of
from syncwright.store.base import Failure, Store
from syncwright.store.errors import ConcurrencyConflict

NO_CODE = "(no code)"  # how a failure without a platform code is named and asked for
_COLUMNS = "job_id, record_key, phase, status, reason, code, field, batch_index, fix, updated_at"


@dataclass(frozen=True, slots=True)
class FailureGroup:
    """All failures of one job sharing a reason code."""

    code: str
    count: int
    example_key: str
    example_reason: str
    example_field: str | None
    phase: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class FailurePage:
    """One page of a group (or of every failure), in record-key order."""

    items: list[Failure]
    total: int
    next_after: str | None  # pass as ``after`` for the next page; None on the last

    def to_json(self) -> dict[str, Any]:
        return {
            "items": [f.to_json() for f in self.items],
            "total": self.total,
            "next_after": self.next_after,
        }


def _where(job_id: str, status: str | None, code: str | None) -> tuple[str, tuple[Any, ...]]:
    sql = "job_id = ?"
    params: tuple[Any, ...] = (job_id,)
    if status is not None:
        sql += " AND status = ?"
        params += (status,)
    if code == NO_CODE:
        sql += " AND code IS NULL"
    elif code is not None:
        sql += " AND code = ?"
        params += (code,)
    return sql, params


def _failure(r: tuple[Any, ...]) -> Failure:
    return Failure(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], orjson.loads(r[8]), r[9])


def failure_groups(store: Store, job_id: str, status: str | None = "open") -> list[FailureGroup]:
    """One row per reason code (largest first), with an example record each."""
    store.get_job(job_id)  # an unknown job is named as such
    where, params = _where(job_id, status, None)
    counts = store.query(f"SELECT code, COUNT(*) FROM failures WHERE {where} GROUP BY code", params)
    groups = []
    for code, count in counts:
        name = code if code is not None else NO_CODE
        w, p = _where(job_id, status, name)
        example = store.query(
            f"SELECT record_key, reason, field, phase FROM failures WHERE {w} "
            "ORDER BY record_key LIMIT 1",
            p,
        )[0]
        groups.append(
            FailureGroup(name, int(count), example[0], example[1], example[2], example[3])
        )
    return sorted(groups, key=lambda g: (-g.count, g.code))


def failures_page(
    store: Store,
    job_id: str,
    code: str | None = None,
    status: str | None = "open",
    after: str | None = None,
    limit: int = 50,
    total: int | None = None,
) -> FailurePage:
    """A page of failures (of one code, or all), keyset-paged by record key. ``total``
    (e.g. a group's count from ``failure_groups``) saves counting the group again."""
    store.get_job(job_id)
    limit = max(1, min(limit, 1000))
    where, params = _where(job_id, status, code)
    if total is None:
        total = int(store.query(f"SELECT COUNT(*) FROM failures WHERE {where}", params)[0][0])
    page_where, page_params = where, params
    if after is not None:
        page_where += " AND record_key > ?"
        page_params += (after,)
    rows = store.query(
        f"SELECT {_COLUMNS} FROM failures WHERE {page_where} ORDER BY record_key LIMIT ?",
        (*page_params, limit + 1),
    )
    items = [_failure(r) for r in rows[:limit]]
    next_after = items[-1].record_key if len(rows) > limit else None
    return FailurePage(items, total, next_after)


def fix_group(
    store: Store,
    job_id: str,
    code: str,
    changes: dict[str, Any],
    actor: str | None = None,
) -> int:
    """Set the same values on every open failure of one reason code (e.g. a default
    ``Company`` for every REQUIRED_FIELD_MISSING); one ``record_fixed`` event per record,
    all in one transaction. Returns how many records were fixed."""
    if not changes:
        raise CommandError("nothing to fix: give at least one FIELD=VALUE")
    store.get_job(job_id)
    _only_mapped_fields(store, job_id, changes)  # the same rule as fixing one record
    for _ in range(10):
        view = store.get_job(job_id)
        if view.state == JobState.CANCELLED:
            raise CommandError(f"job {job_id} was cancelled")
        where, params = _where(job_id, "open", code)
        keys = [r[0] for r in store.query(f"SELECT record_key FROM failures WHERE {where}", params)]
        if not keys:
            raise CommandError(f"job {job_id} has no open failures with code {code}")
        meta = {"actor": actor or _actor(), "correlation_id": job_id, "bulk": code}
        events = [NewEvent(JobEvent.RECORD_FIXED, {"key": k, "set": changes}, meta) for k in keys]
        try:
            store.append(stream_of(job_id), view.version, events)
        except ConcurrencyConflict:
            continue
        return len(keys)
    raise CommandError(f"job {job_id} is changing too fast to update; try again")

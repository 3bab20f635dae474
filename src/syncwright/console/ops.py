"""Every read and action of the console, once: the REST API and the pages both call these.

Each method is a thin adapter over the command layer the CLI uses (``engine/commands``,
``engine/failure_groups``, ``engine/lineage``, ``engine/mapping_views``,
``webhooks/commands``, ``webhooks/inbox``, ``limits/usage``, ``store/leases``,
``access``), with the caller as the actor of what it appends, and a background run
started when an action makes a job runnable again. Methods are blocking: callers run
them in a worker thread.
"""

from __future__ import annotations

import contextlib
import threading
from datetime import UTC, datetime
from typing import Any

import orjson

from syncwright import access
from syncwright.access import Principal, Role
from syncwright.console import drafts
from syncwright.console.jobrows import NormalsCache, ViewCache, job_rows, list_job_rows
from syncwright.console.runs import BackgroundRuns
from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine import commands
from syncwright.engine.failure_groups import failure_groups, failures_page, fix_group
from syncwright.engine.lineage import field_changes, lineage_steps, search_records
from syncwright.engine.mapping_views import list_mappings, preview_mapping
from syncwright.engine.orchestrator import stream_of
from syncwright.store import Store, StoreError, open_store


class StoreHandles:
    """One store handle per thread for SQLite (a connection is not for sharing between
    threads), one shared handle for PostgreSQL (its pool is)."""

    def __init__(self, location: str) -> None:
        self.location = location
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self._shared: Store | None = None
        first = open_store(location)
        self.display = first.location
        if getattr(first, "thread_safe", False):
            self._shared = first
        else:
            self._local.store = first
            self._all.append(first)

    def get(self) -> Store:
        if self._shared is not None:
            return self._shared
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = open_store(self.location)
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        if self._shared is not None:
            self._shared.close()
        with self._lock:
            for s in self._all:
                with contextlib.suppress(Exception):  # best effort at shutdown
                    s.close()
            self._all.clear()


def next_steps(v: JobView) -> list[dict[str, str]]:
    """What to do next, each with the action that does it (``action`` names an API call)."""
    job = v.job_id
    if v.state == JobState.NEEDS_ATTENTION:
        steps = []
        if v.open_rejections:
            steps.append(
                {
                    "text": f"fix the {v.open_rejections:,} rejected record(s), then retry them "
                    "(this also resumes the job)",
                    "action": "retry",
                    "label": "Retry failed and resume",
                    "link": f"/jobs/{job}/failures",
                }
            )
        steps.append(
            {
                "text": "once the cause above is fixed, continue from the checkpoint",
                "action": "resume",
                "label": "Resume",
            }
        )
        steps.append(
            {
                "text": "or, when the job file was wrong (a connection, a limit, the retry "
                "policy), check a corrected one and resume with it (admin)",
                "action": "resume-with-file",
                "label": "Check and resume",
            }
        )
        return steps
    if v.state == JobState.COMPLETED:
        if v.open_rejections:
            return [
                {
                    "text": f"fix the {v.open_rejections:,} rejected record(s), then re-send them",
                    "action": "retry",
                    "label": "Retry failed",
                    "link": f"/jobs/{job}/failures",
                }
            ]
        return [{"text": "nothing: the job is done", "action": "", "label": ""}]
    if v.state == JobState.CANCELLED:
        return [{"text": "nothing: the job was cancelled", "action": "", "label": ""}]
    if v.state == JobState.WAITING:
        return [
            {
                "text": f"nothing: it resumes by itself after {v.waiting_until}",
                "action": "cancel",
                "label": "Cancel",
            }
        ]
    return [
        {
            "text": "it is running; if no runner is working on it, resume continues it",
            "action": "resume",
            "label": "Resume",
        },
        {"text": "stop it for good", "action": "cancel", "label": "Cancel"},
    ]


class Ops:
    """The console's reads and actions over one store."""

    def __init__(self, location: str, runs: BackgroundRuns | None = None) -> None:
        self.stores = StoreHandles(location)
        self.location = location
        self.runs = runs or BackgroundRuns(location)
        self.views = ViewCache()
        self.normals = NormalsCache()

    @property
    def store(self) -> Store:
        return self.stores.get()

    # -- jobs ------------------------------------------------------------------
    def jobs(self, state: str | None, name: str | None, limit: int, offset: int) -> dict[str, Any]:
        rows, total, counts = list_job_rows(
            self.store, self.views, self.normals, state, name, limit, offset
        )
        return {"jobs": rows, "total": total, "states": counts, "limit": limit, "offset": offset}

    def job(self, job_id: str, events: int = 50) -> dict[str, Any]:
        store = self.store
        v = store.get_job(job_id)
        rows = store.query(
            "SELECT stream_version, type, data, metadata, recorded_at FROM events "
            "WHERE stream_id = ? ORDER BY stream_version DESC LIMIT ?",
            (stream_of(job_id), events),
        )
        recent = [_event_json(r) for r in rows]
        attempts = store.query(
            "SELECT stream_version, type, data, metadata, recorded_at FROM events "
            "WHERE stream_id = ? AND type IN (?, ?, ?) ORDER BY stream_version DESC LIMIT 20",
            (
                stream_of(job_id),
                JobEvent.ATTEMPT_FAILED.value,
                JobEvent.WAIT_STARTED.value,
                JobEvent.ATTENTION_NEEDED.value,
            ),
        )
        return {
            "job": job_rows(store, [v], self.normals)[0],
            "view": {
                k: val
                for k, val in v.to_json().items()
                if k not in ("timeline", "retry_pending", "source_cursor")
            },
            "timeline": v.timeline,
            "previous_state": v.previous_state.value if v.previous_state else None,
            "attempt": v.attempt,
            "last_error": v.last_error,
            "attempts": [_event_json(r) for r in attempts],
            "events": recent,
            "next_steps": next_steps(v),
        }

    def events(self, job_id: str, after: int, limit: int) -> list[dict[str, Any]]:
        self.store.get_job(job_id)
        rows = self.store.query(
            "SELECT stream_version, type, data, metadata, recorded_at FROM events "
            "WHERE stream_id = ? AND stream_version > ? ORDER BY stream_version LIMIT ?",
            (stream_of(job_id), after, limit),
        )
        return [_event_json(r) for r in rows]

    def resume(self, who: Principal, job_id: str) -> dict[str, Any]:
        view = commands.resume(self.store, job_id, actor=who.actor)
        return self._started(view)

    def resume_with_file(self, who: Principal, job_id: str, job_file: str) -> dict[str, Any]:
        """`syncwright resume JOB --job-file FILE`: check the corrected job file as `check`
        does, freeze it as the job's definition (``job_redefined``), then resume."""
        from pathlib import Path

        from syncwright.engine.check import check_job_file
        from syncwright.engine.jobfile import load_job_file
        from syncwright.engine.redefine import redefine

        if not job_file.strip():
            raise ValueError("give the corrected job file's path on this server")
        path = Path(job_file.strip())
        definition = load_job_file(path)
        self.store.get_job(job_id)
        report = check_job_file(path)
        if not report.ok:
            raise ValueError(f"{path}: " + "; ".join(report.problems))
        changed = redefine(self.store, job_id, definition, actor=who.actor)
        view = commands.resume(self.store, job_id, actor=who.actor)
        return {**self._started(view), "changed": changed}

    def cancel(self, who: Principal, job_id: str) -> dict[str, Any]:
        view = commands.cancel(self.store, job_id, f"cancelled by {who.name}", actor=who.actor)
        return {"job_id": job_id, "state": view.state.value}

    def retry(self, who: Principal, job_id: str) -> dict[str, Any]:
        view = commands.request_retry(self.store, job_id, actor=who.actor)
        return self._started(view)

    def _started(self, view: JobView) -> dict[str, Any]:
        by = self.runs.start(self.store, view.job_id)
        return {"job_id": view.job_id, "state": view.state.value, "run": by}

    # -- failures --------------------------------------------------------------
    def failure_groups(self, job_id: str, status: str | None) -> list[dict[str, Any]]:
        return [g.to_json() for g in failure_groups(self.store, job_id, status)]

    def failures(
        self,
        job_id: str,
        code: str | None,
        status: str | None,
        after: str | None,
        limit: int,
        total: int | None = None,
    ) -> dict[str, Any]:
        return failures_page(self.store, job_id, code, status, after, limit, total).to_json()

    def job_summary(self, job_id: str) -> dict[str, Any]:
        """A job's row as the Syncs page shows it (no events read)."""
        store = self.store
        return job_rows(store, [store.get_job(job_id)], self.normals)[0]

    def fix(self, who: Principal, job_id: str, key: str, changes: dict[str, Any]) -> dict[str, Any]:
        commands.fix_record(self.store, job_id, key, changes, actor=who.actor)
        failure = self.store.failure(job_id, key)
        return {"job_id": job_id, "record_key": key, "fix": failure.fix if failure else changes}

    def fix_group(
        self, who: Principal, job_id: str, code: str, changes: dict[str, Any]
    ) -> dict[str, Any]:
        n = fix_group(self.store, job_id, code, changes, actor=who.actor)
        return {"job_id": job_id, "code": code, "fixed": n}

    def search(self, job_id: str, term: str) -> list[dict[str, Any]]:
        return [m.to_json() for m in search_records(self.store, job_id, term)]

    def lineage(self, job_id: str, key: str) -> dict[str, Any]:
        raw = commands.explain_record(self.store, job_id, key)
        return {
            "job_id": job_id,
            "record_key": key,
            "destination": raw["destination"],
            "mapping_version": raw["mapping_version"],
            "steps": [s.to_json() for s in lineage_steps(raw)],
            "fields": [{"field": f, "source": a, "sent": b} for f, a, b in field_changes(raw)],
            "failure": raw["failure"],
            "raw": raw,
        }

    # -- mappings --------------------------------------------------------------
    def mappings(self) -> list[dict[str, Any]]:
        return [m.to_json() for m in list_mappings(self.store)]

    def preview(self, job_id: str, limit: int) -> list[dict[str, Any]]:
        return preview_mapping(self.store, job_id, limit)

    def mapping_names(self) -> list[str]:
        return drafts.mapping_names(self.store)

    def sample_jobs(self) -> list[dict[str, str]]:
        return drafts.recent_jobs(self.store)

    def draft_mapping(self, request: dict[str, Any]) -> dict[str, Any]:
        """Draft (and preview) without writing anything: see ``console/drafts.py``."""
        d = _draft_request(self.store, request)
        return drafts.draft(d["text"], d["from"], d["to"], d["samples"], d["name"], d["edited"])

    def save_mapping(self, who: Principal, request: dict[str, Any]) -> dict[str, Any]:
        d = _draft_request(self.store, request)
        return drafts.save(
            self.store, who.actor, d["name"] or "", d["text"], d["from"], d["to"],
            d["samples"], d["edited"],
        )  # fmt: skip

    def mapping_history(self, name: str) -> dict[str, Any]:
        return {"name": name, "versions": drafts.history(self.store, name)}

    def approve_mapping(self, who: Principal, name: str, version: int | None) -> dict[str, Any]:
        return drafts.approve_version(self.store, who.actor, name, version)

    # -- webhooks --------------------------------------------------------------
    def inbox(self, limit: int) -> list[dict[str, Any]]:
        from syncwright.webhooks.inbox import list_inbox

        try:
            return list_inbox(self.store, limit)
        except StoreError:
            return []

    def actions(self, state: str | None, route: str | None, limit: int) -> list[dict[str, Any]]:
        from syncwright.webhooks.commands import list_actions

        return [v.to_json() for v in list_actions(self.store, state, route, limit)]

    def action_routes(self) -> list[dict[str, Any]]:
        rows = self.store.query(
            "SELECT route, action, state, COUNT(*) FROM webhook_actions "
            "GROUP BY route, action, state ORDER BY route, action, state"
        )
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for route, action, state, n in rows:
            entry = out.setdefault(
                (route, action), {"route": route, "action": action, "states": {}}
            )
            entry["states"][state] = int(n)
        return list(out.values())

    def retry_action(self, who: Principal, action_id: str) -> dict[str, Any]:
        from syncwright.webhooks.commands import retry_action

        view = retry_action(self.store, action_id, actor=who.actor)
        return view.to_json()

    def retry_failed_actions(self, who: Principal, route: str | None) -> dict[str, Any]:
        from syncwright.webhooks.commands import retry_failed

        views = retry_failed(self.store, route, actor=who.actor)
        return {"retried": [v.action_id for v in views]}

    # -- limits and workers ----------------------------------------------------
    def limits(self) -> dict[str, Any]:
        from syncwright.limits.usage import current_usage

        rows = [r.to_json() for r in current_usage(self.location)]
        for r in rows:
            r["share"] = (
                min(1.0, r["used"] / r["limit"]) if r["limit"] else (1.0 if r["used"] else 0.0)
            )
        waits = [r for r in rows if r["kind"] == "pause"]
        waiting_jobs = [
            {"job_id": j, "name": n, "until": orjson.loads(view).get("waiting_until")}
            for j, n, view in self.store.query(
                "SELECT job_id, name, view FROM jobs WHERE state = 'waiting' ORDER BY job_id"
            )
        ]
        return {"usage": rows, "pauses": waits, "waiting_jobs": waiting_jobs}

    def workers(self, include_dead: bool) -> dict[str, Any]:
        from syncwright.store.leases import open_leases

        store = self.store
        lease_api = open_leases(store)
        try:
            workers = [w.to_json() for w in lease_api.workers(include_dead=include_dead)]
        finally:
            lease_api.close()
        return {
            "workers": workers,
            "running_here": sorted(self.runs.running()),
            "now": datetime.now(UTC).isoformat(),
        }

    # -- users -----------------------------------------------------------------
    def users(self) -> dict[str, Any]:
        return {"users": access.list_users(self.store), "tokens": access.list_tokens(self.store)}

    def add_user(self, who: Principal, name: str, role: str, password: str) -> dict[str, Any]:
        access.add_user(self.store, name, role, password, actor=who.actor)
        return {"name": name, "role": Role(role).value}

    def issue_token(self, who: Principal, name: str, label: str) -> dict[str, Any]:
        if name != who.name and who.role != Role.ADMIN:
            raise access.AccessError("only an admin issues tokens for someone else")
        token = access.issue_token(self.store, name, label, actor=who.actor)
        return {"name": name, "token": token, "note": "shown once; only its hash is kept"}

    def revoke_token(self, who: Principal, token_id: str) -> dict[str, Any]:
        access.revoke_token(self.store, token_id, actor=who.actor)
        return {"token_id": token_id, "revoked": True}

    def set_role(self, who: Principal, name: str, role: str) -> dict[str, Any]:
        access.set_role(self.store, name, role, actor=who.actor)
        return {"name": name, "role": role}

    def close(self) -> None:
        self.runs.join(0.1)
        self.stores.close()


def _event_json(r: tuple[Any, ...]) -> dict[str, Any]:
    data = orjson.loads(r[2])
    return {
        "version": r[0],
        "type": r[1],
        "data": data,
        "actor": orjson.loads(r[3]).get("actor"),
        "at": r[4],
    }


def _draft_request(store: Store, r: dict[str, Any]) -> dict[str, Any]:
    """A draft request from a form or a JSON body: text, from, to, name, samples (JSON
    lines, or a list of records; or ``samples_job``: the first records a job fetched),
    the edited mapping (YAML text, or an object)."""
    samples = r.get("samples") or []
    if not samples and r.get("samples_job"):
        samples = drafts.job_samples(store, str(r["samples_job"]))
    elif isinstance(samples, str):
        samples = drafts.parse_samples(samples)
    elif not (isinstance(samples, list) and all(isinstance(x, dict) for x in samples)):
        raise ValueError("samples: a list of records (objects), or JSON lines")
    edited = r.get("mapping")
    if isinstance(edited, str):
        edited = drafts.parse_edited(edited)
    elif edited is not None and not isinstance(edited, dict):
        raise ValueError("mapping: the edited mapping, as an object or YAML text")
    out = {k: str(r.get(k) or "").strip() for k in ("text", "from", "to", "name")}
    for k in ("from", "to"):
        if not out[k]:
            raise ValueError(f"{k}: give the object as PLATFORM.OBJECT, e.g. hubspot.contacts")
    return out | {"name": out["name"] or None, "samples": samples, "edited": edited}

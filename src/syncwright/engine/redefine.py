"""Correcting a stuck job's configuration: `syncwright resume JOB --job-file JOB.yaml`.

A job in ``needs_attention`` because of its configuration (a wrong object, a missing
credential, a mapping error) keeps its frozen definition; this freezes the corrected job
file as a new ``job_redefined`` event (the first definition stays in the history), after
``check`` passed, and says what changed. Changes that would make the work already done
inconsistent are refused: the source once fetching has begun, the mapping once batches
were mapped, the batch size once batches exist.
"""

from __future__ import annotations

from typing import Any

from syncwright.domain.events import NewEvent
from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobEvent, JobState
from syncwright.engine.orchestrator import stream_of
from syncwright.store.base import Store

IGNORED = {"job_file", "batch_size_requested"}


class RedefineError(ValueError):
    """The new definition cannot replace the old one; the message says why."""


def current_definition(store: Store, job_id: str) -> dict[str, Any]:
    """The definition a runner of ``job_id`` uses: the last one frozen."""
    definition: dict[str, Any] = {}
    for ev in store.read_stream(stream_of(job_id)):
        if ev.type == JobEvent.CREATED:
            definition = ev.data
        elif ev.type == JobEvent.REDEFINED:
            definition = ev.data["definition"]
    return definition


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What differs, one line per changed key (connections compared setting by setting)."""
    out: list[str] = []
    for key in sorted(set(old) | set(new)):
        if key in IGNORED or key.endswith("_label") or key in ("start_cursor", "continues"):
            continue
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if key == "connections" and isinstance(a, dict) and isinstance(b, dict):
            for name in sorted(set(a) | set(b)):
                ca, cb = a.get(name) or {}, b.get(name) or {}
                for k in sorted(set(ca) | set(cb)):
                    if ca.get(k) != cb.get(k):
                        out.append(f"connections.{name}.{k}: {ca.get(k)!r} -> {cb.get(k)!r}")
        elif key == "mapping":
            out.append(f"mapping: {old.get('mapping_version')} -> {new.get('mapping_version')}")
        elif key != "mapping_version":
            out.append(f"{key}: {a!r} -> {b!r}")
    return out


def redefine(store: Store, job_id: str, new: dict[str, Any]) -> list[str]:
    """Freeze ``new`` (a loaded, checked job file) as the job's definition; returns what
    changed (empty: nothing appended)."""
    view: JobView = store.get_job(job_id)
    if view.state != JobState.NEEDS_ATTENTION:
        raise RedefineError(
            f"job {job_id} is {view.state.value}; a job file can replace the frozen one only "
            "while the job needs attention"
        )
    old = current_definition(store, job_id)
    new = {**new, "batch_size": old["batch_size"]}  # batches are slices of this size
    for key in ("start_cursor", "continues"):
        if key in old:
            new[key] = old[key]
    diff = changes(old, new)
    if not diff:
        return []
    src_changed = old["source"] != new["source"] or old["connections"].get(
        old["source"]["connection"]
    ) != new["connections"].get(new["source"]["connection"])
    if src_changed and view.fetched:
        raise RedefineError(
            f"job {job_id} has fetched {view.fetched} records from the old source; the source "
            "cannot change now: start a new run with `syncwright run`"
        )
    if old["mapping_version"] != new["mapping_version"] and view.batches_mapped:
        raise RedefineError(
            f"job {job_id} has mapped {view.batches_mapped} batches with mapping "
            f"{old['mapping_version']}; the mapping cannot change now: start a new run"
        )
    event = NewEvent(JobEvent.REDEFINED, {"definition": new, "changes": diff})
    store.append(stream_of(job_id), view.version, [event])
    return diff

"""The mappings a store's jobs use, and a preview of one on real samples (input -> output).

The console shows mappings read-only: each distinct mapping version, the jobs that ran
it, its rules, and what it makes of the first records a job fetched (through
``mapping.preview``, the same preview as ``syncwright mapping preview``), with the
verdict of each. Drafting from plain text is the CLI's ``syncwright mapping draft``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from syncwright.domain.job_states import JobEvent
from syncwright.engine.orchestrator import stream_of
from syncwright.mapping.preview import preview
from syncwright.mapping.spec import spec_from_json
from syncwright.store.base import Store


@dataclass(frozen=True, slots=True)
class MappingUse:
    version: str
    name: str
    spec: dict[str, Any]
    jobs: list[str]  # job ids, newest first
    job_names: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "name": self.name,
            "spec": self.spec,
            "jobs": self.jobs,
            "job_names": self.job_names,
        }


def list_mappings(store: Store, limit_jobs: int = 1000) -> list[MappingUse]:
    """Every mapping version the newest ``limit_jobs`` jobs ran, newest use first."""
    rows = store.query(
        "SELECT job_id, name FROM jobs ORDER BY created_at DESC, job_id LIMIT ?", (limit_jobs,)
    )
    found: dict[str, MappingUse] = {}
    for job_id, name in rows:
        created = store.query(
            "SELECT data FROM events WHERE stream_id = ? AND stream_version = 1",
            (stream_of(job_id),),
        )
        if not created:
            continue
        data = orjson.loads(created[0][0])
        version = data.get("mapping_version", "")
        use = found.get(version)
        if use is None:
            spec = data.get("mapping", {})
            use = found[version] = MappingUse(version, str(spec.get("name") or name), spec, [], [])
        use.jobs.append(job_id)
        if name not in use.job_names:
            use.job_names.append(name)
    return list(found.values())


def preview_mapping(store: Store, job_id: str, limit: int = 10) -> list[dict[str, Any]]:
    """The job's mapping applied to its first ``limit`` fetched records, side by side, by
    the mapping preview the CLI's ``mapping preview`` uses (none once retention dropped a
    completed job's record bodies: preview a newer run)."""
    created = store.read_stream(stream_of(job_id), 1)
    if not created or created[0].type != JobEvent.CREATED:
        store.get_job(job_id)
        return []
    spec = spec_from_json(created[0].data["mapping"])
    staged = [s for s in store.staged_range(job_id, 0, max(1, min(limit, 100))) if s.body]
    inputs = [orjson.loads(s.body) for s in staged]
    result = preview(spec, inputs)
    outcome: dict[int, dict[str, Any]] = {}
    for record, prov in zip(result["records"], result["provenance"], strict=True):
        outcome[prov["index"]] = {"output": record, "problem": None, "skipped": None}
    for r in result["rejected"]:
        problem = {"field": r["field"], "code": r["code"], "reason": r["reason"]}
        outcome[r["index"]] = {"output": r["record"], "problem": problem, "skipped": None}
    for sk in result["skipped"]:
        outcome[sk["index"]] = {"output": None, "problem": None, "skipped": sk["reason"]}
    return [{"key": s.key, "input": inputs[i], **outcome[i]} for i, s in enumerate(staged)]

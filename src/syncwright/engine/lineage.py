"""A record's lineage as readable steps, and finding a record by any key it is known by.

``explain_record`` (engine/commands.py) returns the raw lineage; people want it as a
table: fetched when and by whom, mapped by which mapping version into what, validated,
each upload with its outcome (and the destination's id), each fix with who made it.
``search_records`` finds the record when all you have is an email address or the
destination's id, not the source key.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import orjson

from syncwright.domain.job_states import JobEvent
from syncwright.engine.orchestrator import stream_of
from syncwright.store.base import Store


@dataclass(frozen=True, slots=True)
class Step:
    """One line of a record's story."""

    step: str  # fetched | mapped | validated | uploaded | fixed | status
    at: str | None
    by: str | None
    detail: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else orjson.dumps(value).decode()


def lineage_steps(explained: dict[str, Any]) -> list[Step]:
    """``explain_record``'s answer as steps, oldest first."""
    steps: list[Step] = []
    version = explained.get("mapping_version", "")
    for occ in explained["occurrences"]:
        fetched = occ.get("fetched") or {}
        steps.append(
            Step(
                "fetched",
                fetched.get("at"),
                fetched.get("by"),
                f"record #{occ['seq']} (batch {occ['batch_index'] + 1}), "
                f"content {occ['source_hash'][:12]}",
            )
        )
        if "mapped" in occ:
            steps.append(Step("mapped", None, None, f"by mapping {version}"))
        validation = occ.get("validation")
        if validation is not None:
            detail = (
                "ok"
                if validation == "ok"
                else f"{validation.get('code')}: {validation.get('reason')}"
            )
            steps.append(Step("validated", None, None, detail))
        for up in occ.get("uploads", []):
            result = up["result"]
            if result == "accepted":
                detail = "accepted"
                if up.get("destination_id"):
                    detail += f" as {explained['destination']} id {up['destination_id']}"
            else:
                detail = f"rejected {result.get('code') or ''}: {result.get('reason')}".strip()
            label = "re-sent" if up.get("retry") else "uploaded"
            steps.append(Step(label, up.get("at"), up.get("by"), detail))
        for fx in occ.get("fixes", []):
            changes = ", ".join(f"{k}={_text(v)}" for k, v in fx["set"].items())
            steps.append(Step("fixed", fx.get("at"), fx.get("by"), changes))
    failure = explained.get("failure")
    if failure is not None:
        text = (
            f"delivered (rejected earlier: {failure['reason']})"
            if failure["status"] == "delivered"
            else f"{failure['status']}: {failure['reason']}"
        )
        steps.append(Step("status", failure["updated_at"], None, text))
    return _in_time_order(steps)


def _in_time_order(steps: list[Step]) -> list[Step]:
    """Oldest first; a step without a time of its own (mapped, validated) stays right
    after the step before it."""
    keyed, last = [], ""
    for i, step in enumerate(steps):
        last = step.at or last
        keyed.append((last, i, step))
    return [step for _, _, step in sorted(keyed, key=lambda t: (t[0], t[1]))]


def field_changes(explained: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, source value, destination value) of the newest occurrence: input -> output."""
    if not explained["occurrences"]:
        return []
    occ = explained["occurrences"][-1]
    source = occ.get("source") or {}
    mapped = dict(occ.get("mapped") or {})
    for fx in occ.get("fixes", []):
        mapped.update(fx["set"])
    names = list(dict.fromkeys([*source, *mapped]))
    return [
        (
            n,
            _text(source[n]) if n in source else "",
            _text(mapped[n]) if n in mapped else "",
        )
        for n in names
    ]


@dataclass(frozen=True, slots=True)
class Match:
    job_id: str
    record_key: str
    matched_on: str  # "source id", "source field email", "destination id"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _blob_contains(store: Store) -> str:
    """SQL that tests whether the ``body`` blob contains the bytes of a parameter."""
    if type(store).__name__ == "PostgresStore":
        return "position(?::bytea in body) > 0"
    return "instr(body, ?) > 0"


def search_records(store: Store, job_id: str, term: str, limit: int = 20) -> list[Match]:
    """Records of ``job_id`` known by ``term``: their source key, a source field's value
    (an email address, a phone), or the id the destination gave them."""
    store.get_job(job_id)
    term = term.strip()
    if not term:
        return []
    found: dict[str, Match] = {}
    # Field values are searched in the fetched bodies, which retention drops once a job
    # completes; source ids and destination ids stay findable.
    for (key,) in store.query(
        "SELECT DISTINCT record_key FROM staged_records WHERE job_id = ? AND record_key = ?",
        (job_id, term),
    ):
        found[key] = Match(job_id, key, "source id")
    needle = term.lower()
    rows = store.query(
        f"SELECT record_key, body FROM staged_records WHERE job_id = ? AND {_blob_contains(store)} "
        "ORDER BY seq LIMIT ?",
        (job_id, term.encode(), limit * 5),
    )
    if len(rows) < limit and needle != term:  # case-insensitive second look, e.g. emails
        rows += store.query(
            f"SELECT record_key, body FROM staged_records WHERE job_id = ? AND "
            f"{_blob_contains(store)} ORDER BY seq LIMIT ?",
            (job_id, needle.encode(), limit * 5),
        )
    for key, body in rows:
        if key in found:
            continue
        record = orjson.loads(bytes(body))
        for name, value in _flat(record):
            if isinstance(value, str | int) and str(value).strip().lower() == needle:
                found[key] = Match(job_id, key, f"source field {name}")
                break
    for ev in store.read_stream(stream_of(job_id)):
        if ev.type == JobEvent.BATCH_UPLOADED:
            for key, dest_id in ev.data.get("ids", {}).items():
                if dest_id == term and key not in found:
                    found[key] = Match(job_id, key, "destination id")
    return list(found.values())[:limit]


def _flat(record: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if not isinstance(record, dict):
        return [(prefix, record)]
    out: list[tuple[str, Any]] = []
    for k, v in record.items():
        out.extend(_flat(v, f"{prefix}.{k}" if prefix else str(k)))
    return out

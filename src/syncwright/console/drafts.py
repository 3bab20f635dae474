"""Mappings drafted from plain text, in the console: draft, preview, edit, save, approve.

The same command layer as ``syncwright mapping draft / history / approve``
(``mapping/draft/service.py`` and ``history.py``). Editing is the CLI's review loop: the
edited YAML is handed to ``draft_mapping`` as the previous file, so a rule changed by hand
is kept (and a clash with the text is reported) exactly as when ``mapping draft -o
FILE`` runs over a hand-edited file. Drafting writes nothing; saving appends a version
(``mapping_version_drafted``) and approving an approval, each carrying the actor.
"""

from __future__ import annotations

from typing import Any

import orjson
import yaml

from syncwright.jsonl_records import records_of
from syncwright.mapping.draft.history import STREAM_PREFIX, approve, record_version, versions
from syncwright.mapping.draft.service import DraftResult, draft_mapping
from syncwright.store import Store

MAX_SAMPLES = 50


class UnknownMapping(LookupError):
    """No mapping of that name was drafted into this store (a 404)."""


def parse_samples(text: str) -> list[dict[str, Any]]:
    """Sample source records, one JSON object a line; a bad line is named."""
    out = records_of(text.splitlines(), "sample records")
    if len(out) > MAX_SAMPLES:
        raise ValueError(f"sample records: at most {MAX_SAMPLES}, got {len(out)}")
    return out


def job_samples(store: Store, job_id: str, n: int = 10) -> list[dict[str, Any]]:
    """The first records a job fetched, as samples (the source's own fields)."""
    store.get_job(job_id)  # an unknown job is a 404
    bodies = [s.body for s in store.staged_range(job_id, 0, n) if s.body]
    if not bodies:
        raise ValueError(
            f"job {job_id} has no fetched records left to sample (none fetched yet, or "
            "its record bodies were pruned): paste sample records instead"
        )
    return [orjson.loads(b) for b in bodies]


def recent_jobs(store: Store, n: int = 50) -> list[dict[str, str]]:
    """Jobs whose fetched records can serve as samples, newest first."""
    rows = store.query(
        "SELECT job_id, name FROM jobs ORDER BY created_at DESC, job_id LIMIT ?", (n,)
    )
    return [{"job_id": str(j), "name": str(name)} for j, name in rows]


def parse_edited(text: str | None) -> dict[str, Any] | None:
    """The edited mapping (YAML or JSON text); None when there is none."""
    if not text or not text.strip():
        return None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"the edited mapping is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("the edited mapping must be a YAML mapping (version, rules, ...)")
    return data


def side_by_side(
    samples: list[dict[str, Any]], preview: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """Each sample record next to what the mapping made of it (or why it did not)."""
    if preview is None:
        return []
    skipped = {s["index"]: s["reason"] for s in preview["skipped"]}
    rejected = {r["index"]: r for r in preview["rejected"]}
    outputs = iter(preview["records"])
    rows = []
    for i, rec in enumerate(samples):
        row: dict[str, Any] = {"index": i, "input": rec, "output": None, "verdict": "ok"}
        if i in skipped:
            row["verdict"] = f"skipped: {skipped[i]}"
        elif i in rejected:
            r = rejected[i]
            row["output"] = r.get("record")
            row["verdict"] = f"rejected: {r.get('field') or ''} {r.get('reason') or ''}".strip()
        else:
            row["output"] = next(outputs, None)
        rows.append(row)
    return rows


def _view(result: DraftResult, samples: list[dict[str, Any]]) -> dict[str, Any]:
    return result.to_json() | {
        "yaml": result.yaml_text(),
        "side_by_side": side_by_side(samples, result.preview),
    }


def draft(
    text: str,
    from_ref: str,
    to_ref: str,
    samples: list[dict[str, Any]],
    name: str | None,
    edited: dict[str, Any] | None,
) -> dict[str, Any]:
    """`mapping draft` (offline engine): the mapping, its explanation, open questions and
    its preview on the samples. Writes nothing."""
    result = draft_mapping(
        text, from_ref, to_ref, samples=samples or None, name=name, previous=edited
    )
    return _view(result, samples)


def save(
    store: Store,
    actor: str,
    name: str,
    text: str,
    from_ref: str,
    to_ref: str,
    samples: list[dict[str, Any]],
    edited: dict[str, Any] | None,
) -> dict[str, Any]:
    """`mapping draft --store --name` over the (edited) mapping: drafted again with the
    hand edits kept, checked, and recorded as the next version of ``name``."""
    if not name.strip():
        raise ValueError("give the mapping a name (its history is kept under it)")
    result = draft_mapping(
        text, from_ref, to_ref, samples=samples or None, name=name, previous=edited
    )
    if not result.ok:
        problems = result.problems or [q["question"] for q in result.questions]
        raise ValueError("not saved: " + "; ".join(problems or ["no valid mapping was drafted"]))
    number = record_version(store, name, text, result, author=actor)
    return {"name": name, "version": number} | _view(result, samples)


def history(store: Store, name: str) -> list[dict[str, Any]]:
    """`mapping history NAME`: every version, its text, author, diff and approval."""
    found = versions(store, name)
    if not found:
        raise UnknownMapping(f"no mapping named {name!r} was drafted into this store")
    for v in found:  # the objects it maps, for drafting the next version
        spec = yaml.safe_load(v["mapping_yaml"]) or {}
        v["from"] = ((spec.get("source") or {}).get("object")) or ""
        v["to"] = ((spec.get("destination") or {}).get("object")) or ""
    return found


def approve_version(store: Store, actor: str, name: str, version: int | None) -> dict[str, Any]:
    """`mapping approve NAME --version N` (an admin's call)."""
    return {"name": name, "approved": approve(store, name, version, author=actor)}


def mapping_names(store: Store) -> list[str]:
    """Names of the mappings drafted into this store (one stream each)."""
    from syncwright.store.sqlite import SQLiteStore

    # GLOB keeps SQLite on the (stream_id, stream_version) index; LIKE elsewhere.
    match = "GLOB ?" if isinstance(store, SQLiteStore) else "LIKE ?"
    pattern = STREAM_PREFIX + ("*" if isinstance(store, SQLiteStore) else "%")
    rows = store.query(
        f"SELECT stream_id FROM events WHERE stream_id {match} AND stream_version = 1 "
        "ORDER BY stream_id",
        (pattern,),
    )
    return [str(r[0])[len(STREAM_PREFIX) :] for r in rows]

"""Mapping versions as events: each draft (text, engine, model, author, diff) and approvals.

One stream per mapping name (``mapping-<name>``) in the same store as jobs, so the history
is replayable like everything else. ``approved_version`` is what a scheduled job may use;
a job's own record already carries the mapping's content version (``m-<hash>``), which
``version_of`` turns back into a version number of this history.
"""

from __future__ import annotations

import difflib
from typing import Any

import yaml

from syncwright.domain.events import NewEvent
from syncwright.mapping.spec import parse_mapping
from syncwright.store import Store

STREAM_PREFIX = "mapping-"
DRAFTED = "mapping_version_drafted"
APPROVED = "mapping_version_approved"


class HistoryError(ValueError):
    """Unknown mapping name or version; one line."""


def _stream(name: str) -> str:
    return STREAM_PREFIX + name


def versions(store: Store, name: str) -> list[dict[str, Any]]:
    """Every version of ``name`` in order, each with approved: true/false."""
    out: list[dict[str, Any]] = []
    approved: set[int] = set()
    for ev in store.read_stream(_stream(name)):
        if ev.type == DRAFTED:
            out.append({**ev.data, "recorded_at": ev.recorded_at})
        elif ev.type == APPROVED:
            approved.add(int(ev.data["version"]))
    for v in out:
        v["approved"] = v["version"] in approved
    return out


def record_version(store: Store, name: str, text: str, result: Any, author: str) -> int:
    """Append a drafted version (with the diff to the previous one); returns its number."""
    prior = versions(store, name)
    new_yaml = result.yaml_text()
    old_yaml = prior[-1]["mapping_yaml"] if prior else ""
    diff = "".join(difflib.unified_diff(old_yaml.splitlines(True), new_yaml.splitlines(True), "previous", "this"))
    spec = parse_mapping(result.mapping, name)
    number = len(prior) + 1
    store.append(
        _stream(name),
        store.stream_version(_stream(name)),
        [NewEvent(DRAFTED, {
            "version": number,
            "text": text,
            "engine": result.engine,
            "model": result.model,
            "author": author,
            "content_version": spec.content_version,
            "mapping_yaml": new_yaml,
            "diff": diff,
            "questions": len(result.questions),
        }, {"actor": author})],
    )
    return number


def approve(store: Store, name: str, version: int | None, author: str) -> int:
    prior = versions(store, name)
    if not prior:
        raise HistoryError(f"no mapping named {name!r} in {store.location} (draft it with --store first)")
    number = version if version is not None else prior[-1]["version"]
    if not any(v["version"] == number for v in prior):
        raise HistoryError(f"mapping {name!r} has no version {number} (versions 1..{len(prior)})")
    store.append(_stream(name), store.stream_version(_stream(name)),
                 [NewEvent(APPROVED, {"version": number, "author": author}, {"actor": author})])
    return number


def approved_version(store: Store, name: str) -> dict[str, Any] | None:
    """The latest approved version (the one a scheduled job may use), or None."""
    approved = [v for v in versions(store, name) if v["approved"]]
    return approved[-1] if approved else None


def approved_mapping(store: Store, name: str) -> dict[str, Any] | None:
    v = approved_version(store, name)
    return yaml.safe_load(v["mapping_yaml"]) if v else None


def version_of(store: Store, name: str, content_version: str) -> int | None:
    """Which version of ``name`` a job ran with, from the content version it recorded."""
    for v in versions(store, name):
        if v["content_version"] == content_version:
            return int(v["version"])
    return None

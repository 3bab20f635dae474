"""The identity graph in the store: build it from connections, and give persons stable ids.

``build`` reads each source through its adapter from the cursor the last build left
(incremental), appends the records it saw, links every record held, and turns the
clusters into events: new records are assigned, clusters that join existing persons are
``identity_persons_merged`` and pieces that leave one are ``identity_person_split``, each
with the state before it (so any of them can be undone). A person id is taken from the
smallest record key of the cluster that first formed it, and then never changes except
through those events. Manual merges and splits are kept as constraints for later builds.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from syncwright.adapters.http import AdapterContext
from syncwright.adapters.registry import create_adapter, validate_connection
from syncwright.domain.events import NewEvent
from syncwright.store.base import Store
from syncwright.store.projections import identity as ev

from .linker import DETERMINISTIC_SCORE, Link, LinkResult, link_records
from .normalize import PersonRecord, normalise

STREAM = "identity-graph"
CHUNK = 2000


class BuildError(RuntimeError):
    """A source could not be read; the build recorded nothing of that source."""


def new_person_id(keys: Iterable[str], taken: set[str] | frozenset[str] = frozenset()) -> str:
    """``per-`` + a hash of the smallest key (a suffix only if that id is already used)."""
    base = "per-" + hashlib.blake2b(min(keys).encode(), digest_size=6).hexdigest()
    pid, n = base, 2
    while pid in taken:
        pid, n = f"{base}-{n}", n + 1
    return pid


@dataclass
class BuildReport:
    sources: dict[str, int] = field(default_factory=dict)
    records: int = 0
    persons: int = 0
    links: int = 0
    review: int = 0
    refused: int = 0
    merges: int = 0
    splits: int = 0
    problems: int = 0
    candidates: int = 0  # distinct candidate pairs from blocking
    capped_blocks: int = 0  # blocks too large to compare pair by pair (neighbourhood only)
    pairs_not_compared: int = 0  # pairs inside capped blocks outside the window

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _append(store: Store, events: list[NewEvent]) -> None:
    if events:
        store.append(STREAM, store.stream_version(STREAM), events)


async def _fetch(name: str, obj: str, conn: dict[str, Any], cursor: Any
                 ) -> tuple[list[tuple[PersonRecord, dict[str, Any]]], Any]:
    config = validate_connection(conn, f"connections.{name}")
    adapter = create_adapter(config, AdapterContext(name, None))
    out: list[tuple[PersonRecord, dict[str, Any]]] = []
    last = cursor
    try:
        async for page in adapter.fetch_records(obj, cursor):
            for rec in page.records:
                rid = adapter.record_key(obj, rec)
                out.append((normalise(name, conn["platform"], obj, rid, rec), rec))
            if page.next_cursor is not None:
                last = page.next_cursor
    except Exception as exc:  # the platform's words, not a traceback; nothing was recorded
        raise BuildError(f"{name}:{obj}: {adapter.classify_error(exc).message}") from exc
    finally:
        await adapter.close()
    return out, last


def cursors(store: Store) -> dict[str, Any]:
    return {s: orjson.loads(c) for s, c in store.query(
        "SELECT source, cursor FROM identity_cursors")}


def held_records(store: Store) -> tuple[list[PersonRecord], dict[str, str | None]]:
    rows = store.query("SELECT data, person_id FROM identity_records ORDER BY record_key")
    recs = [PersonRecord.from_json(orjson.loads(d)) for d, _ in rows]
    return recs, {r.key: p for r, (_, p) in zip(recs, rows, strict=True)}


def manual_constraints(store: Store) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Must-link pairs from manual merges and keep-apart labels from manual splits, minus
    the ones undone since."""
    events = store.read_stream(STREAM)
    undone = {e.data["undoes"] for e in events if e.type == ev.UNDONE}
    together: list[tuple[str, str]] = []
    apart: dict[str, str] = {}
    for e in events:
        if e.position in undone or e.data.get("actor") != "user":
            continue
        if e.type == ev.PERSONS_MERGED:
            keys = sorted(e.data["keys"]) + sorted(e.data.get("into_keys", []))
            together.extend((keys[0], k) for k in keys[1:])
        elif e.type == ev.PERSON_SPLIT:
            for k in e.data["keys"]:
                apart[k] = e.data["into"]
            for k in e.data.get("remaining", []):
                apart.setdefault(k, e.data["from"])
    return together, apart


def link_with_constraints(records: list[PersonRecord], together: list[tuple[str, str]],
                          apart: dict[str, str]) -> LinkResult:
    index = {r.key: i for i, r in enumerate(records)}
    if apart:  # a split is a hard id of its own: records with different labels stay apart
        for key, label in apart.items():
            if key in index:
                rec = records[index[key]]
                records[index[key]] = PersonRecord(
                    **{**{s: getattr(rec, s) for s in PersonRecord.__slots__},
                       "hard_ids": (*rec.hard_ids, ("manual_split", label)),
                       "system": rec.system})
    extra = [Link(index[a], index[b], DETERMINISTIC_SCORE, "manual",
                  (("manual", "merged by a user", DETERMINISTIC_SCORE),))
             for a, b in together if a in index and b in index]
    result = link_records(records, extra_links=extra)
    return result


def assign(clusters: list[list[str]], current: dict[str, str | None]
           ) -> tuple[list[NewEvent], int, int]:
    """Events that give every cluster a person id, keeping existing ids where they are."""
    taken = {p for p in current.values() if p}
    chosen: dict[int, str] = {}
    claimed: set[str] = set()
    order = sorted(range(len(clusters)), key=lambda n: (-len(clusters[n]), min(clusters[n])))
    for n in order:
        olds = Counter(p for p in (current.get(k) for k in clusters[n]) if p)
        keep = [p for p, _ in sorted(olds.items(), key=lambda kv: (-kv[1], kv[0]))
                if p not in claimed]
        pid = keep[0] if keep else new_person_id(clusters[n], taken | claimed)
        chosen[n] = pid
        claimed.add(pid)
    events: list[NewEvent] = []
    assigned: dict[str, str | None] = {}
    merges = splits = 0
    for n, pid in chosen.items():
        moved: dict[str, list[str]] = {}
        for key in clusters[n]:
            old = current.get(key)
            if old is None:
                assigned[key] = pid
            elif old != pid:
                moved.setdefault(old, []).append(key)
        for old, keys in sorted(moved.items()):
            before = {k: old for k in keys}
            if old in claimed:  # the old person lives on elsewhere: these keys left it
                splits += 1
                events.append(NewEvent(ev.PERSON_SPLIT, {
                    "from": old, "into": pid, "keys": keys, "before": before,
                    "actor": "build", "reason": "links changed"}))
            else:
                merges += 1
                events.append(NewEvent(ev.PERSONS_MERGED, {
                    "into": pid, "from": [old], "keys": keys, "before": before,
                    "actor": "build", "reason": "linked by the build"}))
    items = sorted(assigned.items())
    for start in range(0, len(items), CHUNK):
        events.append(NewEvent(ev.PERSONS_ASSIGNED, {"members": dict(items[start:start + CHUNK])}))
    return events, merges, splits


def _link_json(records: list[PersonRecord], link: Link, status: str) -> dict[str, Any]:
    a, b = sorted((records[link.a].key, records[link.b].key))
    return {"a": a, "b": b, "score": round(link.score, 3), "rule": link.rule,
            "status": status, "evidence": link.evidence_json()}


def build(store: Store, sources: list[tuple[str, str, dict[str, Any]]], *,
          full: bool = False) -> BuildReport:
    """Read the sources (from their cursors unless ``full``), link, record the outcome."""
    report = BuildReport()
    known = {} if full else cursors(store)
    new_cursors: dict[str, Any] = {}
    for name, obj, conn in sources:
        source = f"{name}:{obj}"
        got, cursor = asyncio.run(_fetch(name, obj, conn, known.get(source)))
        report.sources[source] = len(got)
        report.problems += sum(1 for r, _ in got if r.problems)
        new_cursors[source] = cursor
        for start in range(0, len(got), CHUNK):
            _append(store, [NewEvent(ev.RECORDS_SEEN, {"records": [
                {"person": r.to_json(), "raw": raw} for r, raw in got[start:start + CHUNK]]})])
    records, current = held_records(store)
    together, apart = manual_constraints(store)
    result = link_with_constraints(records, together, apart)
    report.records = len(records)
    events: list[NewEvent] = [NewEvent(ev.BUILD_STARTED, {"sources": list(new_cursors)})]
    links = [_link_json(records, lk, "linked") for lk in result.links]
    links += [_link_json(records, lk, "review") for lk in result.review]
    links += [{**_link_json(records, lk, "refused"), "refused": why}
              for lk, why in result.refused]
    for start in range(0, len(links), CHUNK):
        events.append(NewEvent(ev.LINKS_FOUND, {"links": links[start:start + CHUNK]}))
    clusters = [[records[i].key for i in c] for c in result.clusters]
    assigned, report.merges, report.splits = assign(clusters, current)
    events += assigned
    events.append(NewEvent(ev.BUILD_COMPLETED, {"cursors": new_cursors,
                                                "counts": {"records": len(records),
                                                           "persons": len(clusters)},
                                                "blocking": result.blocking.to_json()}))
    _append(store, events)
    report.persons, report.links = len(clusters), len(result.links)
    report.review, report.refused = len(result.review), len(result.refused)
    report.candidates = result.candidates
    report.capped_blocks = result.blocking.capped
    report.pairs_not_compared = result.blocking.not_compared
    return report

"""What ``syncwright identity`` does, callable from the CLI, the console or Python.

Reads come from the identity read models; ``merge``, ``split`` and ``undo`` append events
(with the state before them, so each can be undone) after checking the hard-id rule.
"""

from __future__ import annotations

from typing import Any

import orjson

from syncwright.domain.events import NewEvent
from syncwright.store.base import Store
from syncwright.store.projections import identity as ev

from .graph import STREAM, _append, new_person_id
from .linker import HardIdUnion
from .normalize import PersonRecord


class IdentityError(ValueError):
    """A request the graph cannot honour; the message says why."""


def _records(store: Store, person: str) -> list[dict[str, Any]]:
    rows = store.query("SELECT record_key, data, raw FROM identity_records WHERE person_id = ? "
                       "ORDER BY record_key", (person,))
    return [{"key": k, "person": orjson.loads(d), "raw": orjson.loads(r)} for k, d, r in rows]


def person_of(store: Store, ref: str) -> str:
    """The person id for a person id or a record key (``connection:object:id``)."""
    rows = store.query("SELECT person_id FROM identity_records WHERE person_id = ? LIMIT 1",
                       (ref,))
    if rows:
        return str(rows[0][0])
    rows = store.query("SELECT person_id FROM identity_records WHERE record_key = ?", (ref,))
    if not rows or rows[0][0] is None:
        raise IdentityError(f"{ref}: no such person id or record key (run identity build)")
    return str(rows[0][0])


def _links(store: Store, keys: list[str], min_score: float = 0.0) -> list[dict[str, Any]]:
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = store.query(f"SELECT a, b, score, rule, status, evidence FROM identity_links "
                       f"WHERE a IN ({marks}) AND b IN ({marks}) AND score >= ? "
                       f"ORDER BY score DESC", (*keys, *keys, min_score))
    return [{"a": a, "b": b, "score": s, "rule": r, "status": st, "evidence": orjson.loads(e)}
            for a, b, s, r, st, e in rows]


def _history(store: Store, person: str) -> list[dict[str, Any]]:
    out = []
    for e in store.read_stream(STREAM):
        if e.type in (ev.PERSONS_MERGED, ev.PERSON_SPLIT) and person in (
                e.data.get("into"), e.data.get("from"), *(e.data.get("from") or [])):
            out.append({"position": e.position, "type": e.type, "at": e.recorded_at,
                        **{k: v for k, v in e.data.items() if k != "before"}})
        elif e.type == ev.UNDONE and person in e.data.get("persons", []):
            out.append({"position": e.position, "type": e.type, "at": e.recorded_at,
                        "undoes": e.data["undoes"]})
    return out


def explain(store: Store, ref: str) -> dict[str, Any]:
    """A person: its records (normalised and raw), the links between them with their
    evidence and score, and every merge, split and undo that touched it."""
    person = person_of(store, ref)
    records = _records(store, person)
    keys = [r["key"] for r in records]
    emails = sorted({e for r in records for e in r["person"]["emails"]})
    return {"person": person, "emails": emails, "records": records,
            "links": _links(store, keys), "history": _history(store, person)}


def duplicates(store: Store, system: str | None = None, min_score: float = 0.0
               ) -> list[dict[str, Any]]:
    """Persons held by more than one record (inside ``system`` if given), with evidence."""
    if system:
        rows = store.query("SELECT person_id FROM identity_records WHERE system = ? "
                           "GROUP BY person_id HAVING COUNT(*) > 1 ORDER BY person_id",
                           (system,))
    else:
        rows = store.query("SELECT person_id FROM identity_records WHERE person_id IS NOT NULL "
                           "GROUP BY person_id HAVING COUNT(*) > 1 ORDER BY person_id")
    out = []
    for (person,) in rows:
        records = [r for r in _records(store, person) if not system
                   or r["person"]["system"] == system]
        keys = [r["key"] for r in records]
        links = _links(store, keys, min_score)
        if min_score and not links:
            continue
        out.append({"person": person, "records": [
            {"key": r["key"], "emails": r["person"]["emails"], "first": r["person"]["first"],
             "last": r["person"]["last"]} for r in records], "links": links})
    return out


def review(store: Store, limit: int = 100) -> list[dict[str, Any]]:
    """The uncertain band: pairs scored between review and accept, not one person."""
    rows = store.query("SELECT a, b, score, evidence FROM identity_links WHERE status = "
                       "'review' ORDER BY score DESC, a, b LIMIT ?", (limit,))
    out = []
    for a, b, score, evidence in rows:
        pa = store.query("SELECT person_id, data FROM identity_records WHERE record_key = ?", (a,))
        pb = store.query("SELECT person_id, data FROM identity_records WHERE record_key = ?", (b,))
        if not pa or not pb or pa[0][0] == pb[0][0]:
            continue
        out.append({"a": {"key": a, "person": pa[0][0], **_brief(pa[0][1])},
                    "b": {"key": b, "person": pb[0][0], **_brief(pb[0][1])},
                    "score": score, "evidence": orjson.loads(evidence),
                    "decide": f"syncwright identity merge {pa[0][0]} {pb[0][0]}"})
    return out


def _brief(data: str) -> dict[str, Any]:
    d = orjson.loads(data)
    return {k: d[k] for k in ("emails", "first", "last", "phone", "company", "city")}


def _conflict(store: Store, people: list[str]) -> str | None:
    recs = [PersonRecord.from_json(r["person"]) for p in people for r in _records(store, p)]
    union = HardIdUnion(recs)
    for i in range(1, len(recs)):
        why = union.union(0, i)
        if why is not None:
            return why
    return None


def merge(store: Store, into: str, other: str, reason: str = "") -> dict[str, Any]:
    """Make ``other`` part of ``into`` (refused if two records would hold different values
    of one hard id of one system)."""
    into, other = person_of(store, into), person_of(store, other)
    if into == other:
        raise IdentityError(f"{into}: already one person")
    why = _conflict(store, [into, other])
    if why is not None:
        raise IdentityError(f"cannot merge {into} and {other}: different hard ids ({why})")
    keys = [r["key"] for r in _records(store, other)]
    into_keys = [r["key"] for r in _records(store, into)]
    data = {"into": into, "from": [other], "keys": keys, "into_keys": into_keys,
            "before": {k: other for k in keys}, "actor": "user", "reason": reason}
    _append(store, [NewEvent(ev.PERSONS_MERGED, data)])
    return {"merged": other, "into": into, "keys": keys,
            "position": store.read_stream(STREAM)[-1].position}


def split(store: Store, person: str, keys: list[str], reason: str = "") -> dict[str, Any]:
    """Move ``keys`` out of ``person`` into a new person."""
    person = person_of(store, person)
    members = [r["key"] for r in _records(store, person)]
    missing = [k for k in keys if k not in members]
    if missing:
        raise IdentityError(f"{person}: does not hold {', '.join(missing)}")
    if set(keys) == set(members):
        raise IdentityError(f"{person}: cannot split off every record")
    taken = {str(p) for (p,) in store.query(
        "SELECT DISTINCT person_id FROM identity_records WHERE person_id IS NOT NULL")}
    new = new_person_id(keys, taken)
    data = {"from": person, "into": new, "keys": sorted(keys),
            "remaining": [k for k in members if k not in keys],
            "before": {k: person for k in keys}, "actor": "user", "reason": reason}
    _append(store, [NewEvent(ev.PERSON_SPLIT, data)])
    return {"from": person, "into": new, "keys": sorted(keys),
            "position": store.read_stream(STREAM)[-1].position}


def undo(store: Store, position: int | None = None) -> dict[str, Any]:
    """Undo one merge or split (by event position; default: the last one not undone),
    if its records are still where it put them."""
    events = store.read_stream(STREAM)
    undone = {e.data["undoes"] for e in events if e.type == ev.UNDONE}
    candidates = [e for e in events if e.type in (ev.PERSONS_MERGED, ev.PERSON_SPLIT)
                  and e.position not in undone]
    if position is not None:
        candidates = [e for e in candidates if e.position == position]
        if not candidates:
            raise IdentityError(f"event {position}: no merge or split to undo there "
                                f"(or it is undone already)")
    if not candidates:
        raise IdentityError("nothing to undo")
    target = candidates[-1]
    before: dict[str, str] = target.data["before"]
    after = target.data["into"]
    for key in before:
        rows = store.query("SELECT person_id FROM identity_records WHERE record_key = ?", (key,))
        if not rows or rows[0][0] != after:
            raise IdentityError(f"event {target.position}: {key} has moved since "
                                f"(now {rows[0][0] if rows else 'gone'}); undo later events first")
    persons = sorted({after, *before.values()})
    _append(store, [NewEvent(ev.UNDONE, {"undoes": target.position, "type": target.type,
                                         "restore": before, "persons": persons,
                                         "actor": "user"})])
    return {"undone": target.position, "type": target.type, "restored": before}

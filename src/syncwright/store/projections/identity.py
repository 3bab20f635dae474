"""Identity read models: records seen, links with evidence, person of each record, cursors.

Pure functions of the ``identity-`` streams (see ``syncwright.identity``). A person is the
set of records whose ``person_id`` is equal; ids change only through the events below.
"""

from __future__ import annotations

from typing import Any

import orjson

from syncwright.domain.events import RecordedEvent
from syncwright.store.projections.base import Executor

PREFIX = "identity-"
RECORDS_SEEN = "identity_records_seen"
BUILD_STARTED = "identity_build_started"
LINKS_FOUND = "identity_links_found"
PERSONS_ASSIGNED = "identity_persons_assigned"
PERSONS_MERGED = "identity_persons_merged"
PERSON_SPLIT = "identity_person_split"
UNDONE = "identity_undone"
BUILD_COMPLETED = "identity_build_completed"
MERGE_APPLIED = "identity_merge_applied"  # merged on the platform: the others are gone

DDL = (
    """CREATE TABLE IF NOT EXISTS identity_records (
        record_key TEXT PRIMARY KEY,
        system TEXT NOT NULL,
        object TEXT NOT NULL,
        record_id TEXT NOT NULL,
        person_id TEXT,
        data TEXT NOT NULL,
        raw TEXT NOT NULL,
        seen_at TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS identity_records_person ON identity_records (person_id)",
    """CREATE TABLE IF NOT EXISTS identity_links (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        score DOUBLE PRECISION NOT NULL,
        rule TEXT NOT NULL,
        status TEXT NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (a, b)
    )""",
    "CREATE INDEX IF NOT EXISTS identity_links_b ON identity_links (b)",
    """CREATE TABLE IF NOT EXISTS identity_cursors (
        source TEXT PRIMARY KEY,
        cursor TEXT NOT NULL
    )""",
)
TABLES = ("identity_records", "identity_links", "identity_cursors")


def _assign(db: Executor, members: dict[str, str | None]) -> None:
    for key, person in members.items():
        db.execute("UPDATE identity_records SET person_id = ? WHERE record_key = ?",
                   (person, key))


def project(db: Executor, events: list[RecordedEvent], cache: dict[str, Any] | None = None
            ) -> None:
    for event in events:
        d = event.data
        if event.type == RECORDS_SEEN:
            for rec in d["records"]:
                db.execute(
                    "INSERT INTO identity_records (record_key, system, object, record_id, "
                    "person_id, data, raw, seen_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?) "
                    "ON CONFLICT (record_key) DO UPDATE SET data = excluded.data, "
                    "raw = excluded.raw, seen_at = excluded.seen_at",
                    (rec["person"]["key"], rec["person"]["system"], rec["person"]["object"],
                     rec["person"]["record_id"], orjson.dumps(rec["person"]).decode(),
                     orjson.dumps(rec["raw"]).decode(), event.recorded_at))
        elif event.type == BUILD_STARTED:
            db.execute("DELETE FROM identity_links")
        elif event.type == LINKS_FOUND:
            for link in d["links"]:
                db.execute(
                    "INSERT INTO identity_links (a, b, score, rule, status, evidence) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET "
                    "score = excluded.score, rule = excluded.rule, status = excluded.status, "
                    "evidence = excluded.evidence",
                    (link["a"], link["b"], link["score"], link["rule"], link["status"],
                     orjson.dumps(link["evidence"]).decode()))
        elif event.type == PERSONS_ASSIGNED:
            _assign(db, d["members"])
        elif event.type in (PERSONS_MERGED, PERSON_SPLIT):
            _assign(db, {key: d["into"] for key in d["keys"]})
            for a, b in d.get("links", []):
                db.execute("UPDATE identity_links SET status = ? WHERE a = ? AND b = ?",
                           ("confirmed" if event.type == PERSONS_MERGED else "rejected", a, b))
        elif event.type == MERGE_APPLIED:
            for key in d["merged"]:
                db.execute("DELETE FROM identity_records WHERE record_key = ?", (key,))
        elif event.type == UNDONE:
            _assign(db, d["restore"])
        elif event.type == BUILD_COMPLETED:
            for source, cursor in d["cursors"].items():
                db.execute(
                    "INSERT INTO identity_cursors (source, cursor) VALUES (?, ?) "
                    "ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor",
                    (source, orjson.dumps(cursor).decode()))

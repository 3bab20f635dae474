"""The SQL that drops a pruned job's staging; every backend runs it inside the append
transaction of the ``job_pruned`` event, so the event and the deletion land together."""

from __future__ import annotations

import zlib
from typing import Any

import orjson

from syncwright.store.base import StagedRecord, StagingDrop
from syncwright.store.projections.base import Executor

DIGESTS_DDL_SQLITE = """CREATE TABLE IF NOT EXISTS staged_digests (
    job_id TEXT NOT NULL, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL,
    body BLOB NOT NULL, PRIMARY KEY (job_id, first_seq))"""
DIGESTS_DDL_PG = DIGESTS_DDL_SQLITE.replace("BLOB", "BYTEA")


def write_drop(db: Executor, job_id: str, drop: StagingDrop) -> None:
    for first, last, body in drop.digests:
        db.execute(
            # A plain insert: a later prune digests only records an earlier one kept, so
            # first seqs never repeat; if they did, failing beats overwriting a digest.
            "INSERT INTO staged_digests (job_id, first_seq, last_seq, body) VALUES (?, ?, ?, ?)",
            (job_id, first, last, body),
        )
    for first, last in drop.seq_ranges:
        db.execute(
            "DELETE FROM staged_records WHERE job_id = ? AND seq >= ? AND seq <= ?",
            (job_id, first, last),
        )
    for h in drop.payload_hashes:
        db.execute(
            "DELETE FROM batch_payloads WHERE hash = ? AND NOT EXISTS "
            "(SELECT 1 FROM payload_refs r WHERE r.hash = ? AND r.job_id <> ?)",
            (h, h, job_id),
        )


def encode_digest(rows: list[tuple[int, str, str]]) -> bytes:
    return zlib.compress(orjson.dumps(rows), 1)  # level 1: 4 x faster, 3% larger


def digests_by_key(rows: list[tuple[Any, ...]], key: str) -> list[StagedRecord]:
    """The pruned occurrences of ``key`` in a job's digests (bodies are gone: empty)."""
    found = []
    for (body,) in rows:
        for seq, k, h in orjson.loads(zlib.decompress(bytes(body))):
            if k == key:
                found.append(StagedRecord(int(seq), k, h, b""))
    return found

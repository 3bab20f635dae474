"""The SQL that drops a pruned job's staging; every backend runs it inside the append
transaction of the ``job_pruned`` event, so the event and the deletion land together."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from typing import Any

import orjson

from syncwright.store.base import StagedRecord, StagingDrop
from syncwright.store.projections.base import Executor

DIGESTS_DDL_SQLITE = """CREATE TABLE IF NOT EXISTS staged_digests (
    job_id TEXT NOT NULL, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL,
    body BLOB NOT NULL, PRIMARY KEY (job_id, first_seq))"""
DIGESTS_DDL_PG = DIGESTS_DDL_SQLITE.replace("BLOB", "BYTEA")


Query = Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]]
DIGEST_CHUNK = 20_000  # staged records read, and digested, at a time: memory stays flat


def write_drop(db: Executor, job_id: str, drop: StagingDrop) -> None:
    if drop.seq_ranges:
        _write_digests(db, job_id, drop.keep_keys)
    for first, last in drop.seq_ranges:
        db.execute(
            "DELETE FROM staged_records WHERE job_id = ? AND seq >= ? AND seq <= ?",
            (job_id, first, last),
        )
    newer = (
        ""
        if drop.named_after is None
        else " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.position > ? AND e.data LIKE ?)"
    )
    for h in drop.payload_hashes:
        later = () if drop.named_after is None else (drop.named_after, f"%{h}%")
        db.execute(
            "DELETE FROM batch_payloads WHERE hash = ? AND NOT EXISTS "
            "(SELECT 1 FROM payload_refs r WHERE r.hash = ? AND r.job_id <> ?)" + newer,
            (h, h, job_id, *later),
        )


def _write_digests(db: Executor, job_id: str, keep_keys: frozenset[str]) -> None:
    """Digest (seq, key, hash) of every staged record not kept, a chunk at a time, before
    the rows go (in the same transaction)."""
    for rows in staged_chunks(lambda sql, params: db.execute(sql, params).fetchall(), job_id):
        chunk = [r for r in rows if r[1] not in keep_keys] if keep_keys else rows
        if chunk:
            first, last, body = int(chunk[0][0]), int(chunk[-1][0]), encode_digest(chunk)
            db.execute(
                # A plain insert: a later prune digests only records an earlier one kept, so
                # first seqs never repeat; if they did, failing beats overwriting a digest.
                "INSERT INTO staged_digests (job_id, first_seq, last_seq, body) "
                "VALUES (?, ?, ?, ?)",
                (job_id, first, last, body),
            )


def staged_chunks(query: Query, job_id: str) -> Iterator[list[tuple[Any, ...]]]:
    """A job's staged (seq, key, hash) rows in seq order, ``DIGEST_CHUNK`` at a time."""
    seq = -1
    while True:
        rows = query(
            "SELECT seq, record_key, hash FROM staged_records WHERE job_id = ? AND seq > ? "
            "ORDER BY seq LIMIT ?",
            (job_id, seq, DIGEST_CHUNK),
        )
        if not rows:
            return
        yield rows
        seq = int(rows[-1][0])


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

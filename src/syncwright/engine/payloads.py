"""A mapped batch as the store keeps it: record lines, zstd-compressed.

A mapped batch is written once, read back once to upload it (and again only for a retry
or an ``explain``), then dropped by retention. Stored as it is, its bytes are the store's
largest per-record cost: written to the WAL, copied into the file at the checkpoint, and
freed again at the prune, page by page. Compressed with zstd at level 1 it is about
seventeen times smaller (a 500-record batch of 20 fields: 252 kB -> 15 kB). zstd, not
the standard library's zlib: measured on that batch, zlib's fastest level took 2.8 ms to
compress and 1.1 ms to read back for 24 kB, zstd 0.6 ms and 0.3 ms for 15 kB (level 1;
the ``zstandard`` package's own C library). Payloads compressed with zlib by earlier
versions still read back.

WHY lines: a head line ``{"keys": [source keys], "match": [match values as text]}``, then
one JSON line per record, in batch order. Reading a batch back for a destination that
writes JSON lines itself (the JSONL file) then needs no parse of the records and no
second encoding: their bytes go to the file as they are (``batch_lines``). JSON text from
orjson never holds a raw newline (it is escaped inside strings), so splitting is exact.

The payload is named by the hash of these bytes (``batch_mapped.payload_hash``). Payloads
written by earlier versions still read back: a JSON array of ``[key, record]`` pairs
(first byte ``[``), plain or zlib-compressed. A zstd frame starts with 0x28 (its magic
number is 28 b5 2f fd), a zlib stream with 0x78, a line batch with ``{``, an array with
``[``; an empty batch is empty.
"""

from __future__ import annotations

import zlib
from typing import Any

import orjson
import zstandard

LEVEL = 1  # zstd's fastest standard level; higher levels cost more than the bytes they save
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"

Record = dict[str, Any]
Line = tuple[str, str | None, bytes]  # source key, match value (as text), the record's JSON line

_PLAIN_FIRST = (b"[", b"{", b"")


def pack(body: bytes) -> bytes:
    """The stored form of a mapped batch (its size is written in the frame)."""
    return zstandard.ZstdCompressor(level=LEVEL).compress(body)


def unpack(stored: bytes) -> bytes:
    """The mapped batch's bytes, from a stored payload of any form."""
    if stored[:1] in _PLAIN_FIRST:
        return stored
    if stored[:4] == ZSTD_MAGIC:
        return zstandard.ZstdDecompressor().decompress(stored)
    return zlib.decompress(stored)  # (compressed by an earlier version)


def encode_batch(records: list[tuple[str, Record]], match_key: str) -> bytes:
    """The batch as a head line and record lines (see the module's docstring)."""
    values = [r.get(match_key) for _, r in records]
    head = {
        "keys": [k for k, _ in records],
        "match": [None if v is None else str(v) for v in values],
    }
    dumps, nl = orjson.dumps, orjson.OPT_APPEND_NEWLINE
    return b"".join([dumps(head, option=nl), *[dumps(r, option=nl) for _, r in records]])


def decode_batch(body: bytes) -> list[tuple[str, Record]]:
    """``(source key, mapped record)`` pairs, in batch order, from an unpacked payload."""
    if body[:1] == b"[":  # written by an earlier version
        return [(k, r) for k, r in orjson.loads(body)]
    if not body:
        return []
    loads = orjson.loads
    head, *lines = body.splitlines()
    return list(zip(loads(head)["keys"], map(loads, lines), strict=True))


def batch_lines(body: bytes) -> list[Line]:
    """``(source key, match value, record line)`` triples from an unpacked payload, the
    line ending in a newline: the record's bytes, never parsed."""
    if body[:1] == b"[":
        raise ValueError("a payload written before line batches has no lines")
    if not body:
        return []
    first, *lines = body.splitlines(keepends=True)
    head = orjson.loads(first)
    return list(zip(head["keys"], head["match"], lines, strict=True))

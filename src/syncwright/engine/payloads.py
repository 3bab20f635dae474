"""A mapped batch as the store keeps it: the batch's JSON, zlib-compressed.

A mapped batch is written once, read back once to upload it (and again only for a retry
or an ``explain``), then dropped by retention. Stored as it is, its bytes are the store's
largest per-record cost: written to the WAL, copied into the file at the checkpoint, and
freed again at the prune, page by page. Compressed at level 1 it is about ten times
smaller (a 500-record batch of 20 fields: 242 kB -> 23 kB) for about 1 ms a batch.

The payload keeps its name, the hash of its JSON (``batch_mapped.payload_hash``), so
content addressing and every event are unchanged. A payload written before this module
is plain JSON; a mapped batch's JSON always starts with ``[`` and a zlib stream never
does (its first byte is 0x78), so both read back the same way.
"""

from __future__ import annotations

import zlib

LEVEL = 1  # measured: level 6 is 2.5 x slower to write for a third less space


def pack(body: bytes) -> bytes:
    """The stored form of a mapped batch's JSON."""
    return zlib.compress(body, LEVEL)


def unpack(stored: bytes) -> bytes:
    """The mapped batch's JSON, from a stored payload of either form."""
    return stored if stored[:1] == b"[" else zlib.decompress(stored)

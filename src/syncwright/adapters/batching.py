"""Small, platform-neutral helpers for cutting an upload into the calls a platform accepts.

Platforms reject a whole batch call when two inputs name the same match key (HubSpot's
"Duplicate IDs found in batch input", Salesforce's ``DUPLICATE_VALUE`` on every copy), yet
two source records may well map to one person. ``unique_rounds`` sends such records in
successive calls instead, so each is applied in order and none is lost.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

import orjson

from syncwright.adapters.base import Record

T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def unique_rounds(items: Sequence[T], key: Callable[[T], str]) -> list[list[T]]:
    """Split ``items`` into rounds in which every ``key`` occurs once, keeping input order:
    the n-th occurrence of a key goes to round n. Almost always a single round."""
    rounds: list[list[T]] = []
    seen: dict[str, int] = {}
    for item in items:
        k = key(item)
        n = seen.get(k, 0)
        seen[k] = n + 1
        if n == len(rounds):
            rounds.append([])
        rounds[n].append(item)
    return rounds


def fold(value: Any) -> str:
    """A match-key value as platforms compare them (case-insensitive, trimmed)."""
    return str(value).strip().casefold()


def record_digest(record: Record) -> str:
    """A short fingerprint of a record's content, for telling "read already" from "changed
    again within the same stamp" at a watermark's boundary."""
    return hashlib.blake2b(
        orjson.dumps(record, option=orjson.OPT_SORT_KEYS, default=str), digest_size=8
    ).hexdigest()


@dataclass
class Watermark:
    """The newest change seen so far by an incremental stream, tie-safe.

    ``since`` is the largest replication value seen and ``ids`` the records seen at exactly
    that value, with ``digests`` of their content. A later query starts *at* ``since``
    (greater-or-equal, so a record changed in the same millisecond or second after the run
    is not lost) and skips a record of ``ids`` only when its content is the one already
    read: whole-second stamps (Salesforce's SystemModstamp) do not move when a record is
    edited again within the second it was read in, and that edit must still be found. An
    unchanged source yields nothing and no record is fetched twice. A bookmark from before
    digests (no ``digests``) skips by id alone, as it always did.
    """

    since: datetime | None = None
    ids: list[str] = field(default_factory=list)
    digests: dict[str, str] | None = None

    def __post_init__(self) -> None:
        self.ids = [str(i) for i in self.ids]  # never alias the caller's cursor
        if self.digests is not None:
            self.digests = dict(self.digests)

    def see(self, value: datetime | None, record_id: str, digest: str | None = None) -> None:
        if value is None:
            return
        if self.since is None or value > self.since:
            self.since, self.ids = value, [record_id]
            self.digests = {} if digest is not None else None
        elif value == self.since and record_id not in self.ids:
            self.ids.append(record_id)
        if value == self.since and digest is not None and self.digests is not None:
            self.digests[record_id] = digest

    def seen(self, value: datetime | None, record_id: str, digest: str | None = None) -> bool:
        """Whether this record, as it is now, was already handed over (it sits on the
        boundary with the same content)."""
        if value is None or value != self.since or record_id not in self.ids:
            return False
        if digest is None or self.digests is None or record_id not in self.digests:
            return True
        return self.digests[record_id] == digest

    def copy(self) -> Watermark:
        return Watermark(self.since, list(self.ids), self.digests)

    def bookmark_parts(self) -> dict[str, Any]:
        """``ids`` and, when known, ``digests`` for a bookmark."""
        parts: dict[str, Any] = {"ids": list(self.ids)}
        if self.digests is not None:
            parts["digests"] = dict(self.digests)
        return parts

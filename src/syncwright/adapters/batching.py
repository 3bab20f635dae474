"""Small, platform-neutral helpers for cutting an upload into the calls a platform accepts.

Platforms reject a whole batch call when two inputs name the same match key (HubSpot's
"Duplicate IDs found in batch input", Salesforce's ``DUPLICATE_VALUE`` on every copy), yet
two source records may well map to one person. ``unique_rounds`` sends such records in
successive calls instead, so each is applied in order and none is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

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


@dataclass
class Watermark:
    """The newest change seen so far by an incremental stream, tie-safe.

    ``since`` is the largest replication value seen and ``ids`` the records seen at exactly
    that value. A later query starts *at* ``since`` (greater-or-equal, so a record changed in
    the same millisecond or second after the run is not lost) and skips ``ids``, so an
    unchanged source yields nothing and no record is fetched twice.
    """

    since: datetime | None = None
    ids: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ids = [str(i) for i in self.ids]  # never alias the caller's cursor

    def see(self, value: datetime | None, record_id: str) -> None:
        if value is None:
            return
        if self.since is None or value > self.since:
            self.since, self.ids = value, [record_id]
        elif value == self.since and record_id not in self.ids:
            self.ids.append(record_id)

    def seen(self, value: datetime | None, record_id: str) -> bool:
        """Whether a record at ``value`` was already handed over (it sits on the boundary)."""
        return value is not None and value == self.since and record_id in self.ids

    def copy(self) -> Watermark:
        return Watermark(self.since, list(self.ids))

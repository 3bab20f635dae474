"""The small interface every platform adapter implements; the engine knows nothing else.

An adapter is mostly data (its platform name, its config model, its limits) plus a few
methods: ``describe``, ``fetch_records``, ``upload_batch``, ``classify_error``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, NamedTuple, Protocol

from pydantic import BaseModel

from syncwright.domain.failures import Classified, ErrorKind

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class FieldInfo:
    """One field of an object, as the platform describes it."""

    name: str
    type: str = "string"
    required: bool = False
    description: str = ""
    # what the platform's describe says beyond that (the schema catalog folds these in)
    label: str = ""
    max_length: int | None = None
    picklist: tuple[str, ...] = ()
    read_only: bool = False
    upsert_key: bool = False
    references: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of source records and the cursor that fetches the page after it."""

    records: list[Record]
    next_cursor: Any  # JSON-serialisable; None with done=True on the last page
    done: bool


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


class RecordOutcome(NamedTuple):
    """What the destination did with one record of a batch (reason verbatim when rejected).

    A named tuple, not a frozen dataclass: one is made per record uploaded, and a frozen
    dataclass costs four times as much to build (measured: 0.8 against 0.2 us)."""

    key: str
    outcome: Outcome
    reason: str | None = None
    code: str | None = None
    field: str | None = None
    destination_id: str | None = None


@dataclass(frozen=True, slots=True)
class AdapterLimits:
    """A platform's size limits, as data the engine reads when it forms batches."""

    batch_max_records: int | None = None
    payload_max_bytes: int | None = None


class AdapterError(Exception):
    """A call failed as a whole (not per record); carries the classification."""

    def __init__(self, classified: Classified) -> None:
        super().__init__(classified.message)
        self.classified = classified


class ConfigError(ValueError):
    """A connection's settings are wrong; the message names the connection and key."""


class Adapter(Protocol):
    """What the engine calls. One instance per connection per job run."""

    platform: ClassVar[str]
    limits: AdapterLimits

    async def describe(self, obj: str) -> list[FieldInfo]: ...

    def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]: ...

    def record_key(self, obj: str, record: Record) -> str: ...

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]: ...

    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        """The fields the destination tells people apart by when ``upload_batch`` upserts
        (usually just ``match_key``): two batches sharing a value here are sent in order."""
        ...

    def classify_error(self, error: BaseException) -> Classified: ...

    async def close(self) -> None: ...

    # Optional: ``async def finish_upload(self, obj: str, match_key: str) -> None``, called once after a
    # job's last batch, before it may complete (a file destination verifies and compacts
    # itself there); a failure is handled like a failed upload call.


class AdapterFactory(Protocol):
    platform: ClassVar[str]
    config_model: ClassVar[type[BaseModel]]

    def __call__(self, config: Any) -> Adapter: ...


def classify_local_error(error: BaseException) -> Classified:
    """Classification for adapters whose failures are local I/O (files, databases)."""
    if isinstance(error, AdapterError):
        return error.classified
    if isinstance(error, PermissionError | FileNotFoundError | IsADirectoryError):
        return Classified(ErrorKind.FATAL, f"{type(error).__name__}: {error}")
    if isinstance(error, OSError):
        return Classified(ErrorKind.TRANSIENT, f"{type(error).__name__}: {error}")
    if type(error).__name__ == "OperationalError" and "disk is full" in str(error):
        # A file destination's SQLite key index on a full disk: nothing was half-written
        # (the file write is cut back), so the retry policy may try again.
        return Classified(ErrorKind.TRANSIENT, f"{type(error).__name__}: {error}")
    return Classified(ErrorKind.FATAL, f"{type(error).__name__}: {error}")

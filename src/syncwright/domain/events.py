"""Events: the only source of truth. Everything else is derived from them.

An event is appended to a stream (one stream per job, per connection, ...). It is
stored with the schema version of its type, so an old event can be upcast to the
current shape when it is read: history is never rewritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event about to be appended (its position and version are given by the store)."""

    type: str
    data: JSON
    metadata: JSON = field(default_factory=dict)
    schema_version: int | None = None  # None: the current version of ``type``


@dataclass(frozen=True, slots=True)
class RecordedEvent:
    """An event as stored: global position, place in its stream, and when."""

    position: int
    stream_id: str
    stream_version: int
    type: str
    schema_version: int
    data: JSON
    metadata: JSON
    recorded_at: str  # ISO 8601, UTC

    def to_json(self) -> JSON:
        return {
            "position": self.position,
            "stream_id": self.stream_id,
            "stream_version": self.stream_version,
            "type": self.type,
            "schema_version": self.schema_version,
            "data": self.data,
            "metadata": self.metadata,
            "recorded_at": self.recorded_at,
        }


Upcaster = Callable[[JSON], JSON]


class EventSchemas:
    """Current schema version per event type, and the upcasters that lift old versions.

    ``register_upcaster("batch_uploaded", 1, fn)`` means ``fn`` turns a v1 payload into v2.
    Reading applies the chain v1 -> v2 -> ... -> current.
    """

    def __init__(self) -> None:
        self._current: dict[str, int] = {}
        self._upcasters: dict[tuple[str, int], Upcaster] = {}

    def current_version(self, event_type: str) -> int:
        return self._current.get(event_type, 1)

    def register_upcaster(self, event_type: str, from_version: int, fn: Upcaster) -> None:
        self._upcasters[(event_type, from_version)] = fn
        self._current[event_type] = max(self.current_version(event_type), from_version + 1)

    def upcast(self, event_type: str, version: int, data: JSON) -> tuple[int, JSON]:
        current = self.current_version(event_type)
        while version < current:
            fn = self._upcasters.get((event_type, version))
            if fn is None:
                raise LookupError(
                    f"no upcaster for event {event_type!r} v{version} -> v{version + 1}"
                )
            data = fn(data)
            version += 1
        return version, data


SCHEMAS = EventSchemas()
"""The process-wide schema table; domain modules register their upcasters here."""

"""What a projection is: tables, their DDL, and a pure function from events to rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from syncwright.domain.events import RecordedEvent


class Executor(Protocol):
    """The part of a DB-API connection a projection uses (``?`` placeholders)."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...


ProjectFn = Callable[[Executor, list[RecordedEvent], dict[str, Any] | None], None]


@dataclass(frozen=True, slots=True)
class Projection:
    """Read models fed by the streams whose id starts with ``prefix`` (or one of several).

    ``project`` runs inside the append transaction (and again, from scratch, on replay),
    so its rows are always exactly what the events say.
    """

    name: str
    prefix: str | tuple[str, ...]
    ddl: tuple[str, ...]
    tables: tuple[str, ...]
    project: ProjectFn

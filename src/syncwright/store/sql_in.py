"""``IN (...)`` over many values, in chunks: SQLite caps the parameters of one statement
(999 on older builds), and one statement per value would be a round trip each."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
CHUNK = 500


def in_chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[tuple[list[T], str]]:
    """Each chunk of ``values`` with its ``?, ?, ...`` placeholders."""
    for i in range(0, len(values), size):
        chunk = list(values[i : i + size])
        yield chunk, ", ".join("?" for _ in chunk)

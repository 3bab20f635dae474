"""JSONL records: one JSON object a line.

One parser for every reader (the files adapter, ``mapping preview``, the console's sample
records) so that a bad line is refused for the same reasons, named the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson


class BadLine(ValueError):
    """A line that is not one record; the message says why, the caller says where."""


def record_of(line: bytes | str) -> dict[str, Any]:
    """The record one line holds, or BadLine saying why it holds none."""
    try:
        rec = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise BadLine(f"not JSON: {exc}") from None
    if not isinstance(rec, dict):
        raise BadLine("a record must be a JSON object")
    return rec


def records_of(lines: Iterable[bytes | str], where: str) -> list[dict[str, Any]]:
    """The records of the non-blank lines; ValueError ``WHERE: line N: why`` at the first bad one."""
    out: list[dict[str, Any]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(record_of(line))
        except BadLine as exc:
            raise ValueError(f"{where}: line {n}: {exc}") from None
    return out

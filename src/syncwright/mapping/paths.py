"""Field paths: ``email``, ``merge_fields.FNAME``, ``traits.company.name``, ``events[0].name``.

Parsed once when a mapping is compiled into getters (source) and setters (destination).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

Part = str | int
_SEGMENT = re.compile(r"([^.\[\]]+)((?:\[\d+\])*)")


class PathConflict(ValueError):
    """A rule's path runs through a value an earlier rule wrote that is no object or list."""


def _holds_fields(v: Any) -> bool:
    return isinstance(v, dict | list)


def parse_path(path: str) -> list[Part]:
    """``a.b[0].c`` as ``["a", "b", 0, "c"]``; ValueError for a malformed path."""
    parts: list[Part] = []
    for segment in path.split("."):
        m = _SEGMENT.fullmatch(segment)
        if m is None:
            raise ValueError(f"malformed field path {path!r} (use a.b.c, and [N] for lists)")
        parts.append(m.group(1))
        parts.extend(int(i) for i in re.findall(r"\[(\d+)\]", m.group(2)))
    return parts


def getter(path: str) -> Callable[[dict[str, Any]], Any]:
    """A function reading ``path`` from a record (None when any step is missing)."""
    parts = parse_path(path)
    if len(parts) == 1:
        name = parts[0]
        return lambda rec: rec.get(name)  # type: ignore[arg-type]
    if path in ("",):
        raise ValueError("empty path")

    def get(rec: dict[str, Any]) -> Any:
        cur: Any = rec
        for p in parts:
            if isinstance(p, int):
                if not isinstance(cur, list) or p >= len(cur):
                    return None
                cur = cur[p]
            elif isinstance(cur, dict):
                cur = cur.get(p)
            else:
                return None
        return cur

    # a flat field whose name contains dots (e.g. "traits.plan" sent flat) still reads
    def get_or_flat(rec: dict[str, Any]) -> Any:
        v = get(rec)
        return rec.get(path) if v is None else v

    return get_or_flat


def setter(path: str) -> Callable[[dict[str, Any], Any], None]:
    """A function writing ``value`` at ``path`` in an output record, creating the nested
    objects and lists on the way."""
    parts = parse_path(path)
    if len(parts) == 1:
        name = parts[0]

        def set_flat(out: dict[str, Any], value: Any) -> None:
            out[name] = value  # type: ignore[index]

        return set_flat

    def set_nested(out: dict[str, Any], value: Any) -> None:
        cur: Any = out
        for here, nxt in itertools.pairwise(parts):
            if not _holds_fields(cur):
                raise PathConflict(f"{path!r}: an earlier rule wrote {cur!r} where this path needs an object")
            empty: Any = [] if isinstance(nxt, int) else {}
            if isinstance(here, int):
                while len(cur) <= here:
                    cur.append(None)
                if cur[here] is None:
                    cur[here] = empty
                cur = cur[here]
            else:
                if cur.get(here) is None:
                    cur[here] = empty
                cur = cur[here]
        last = parts[-1]
        if not _holds_fields(cur):
            raise PathConflict(f"{path!r}: an earlier rule wrote {cur!r} where this path needs an object")
        if isinstance(last, int):
            while len(cur) <= last:
                cur.append(None)
        cur[last] = value

    return set_nested

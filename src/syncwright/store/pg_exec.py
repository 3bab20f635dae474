"""A thin executor that lets ``?``-placeholder SQL (the projections, the leases) run on psycopg.

The read-model code in ``store/projections`` is written once, with ``?`` placeholders and
``ON CONFLICT ... DO UPDATE`` (valid in both dialects). psycopg wants ``%s`` and a literal
``%`` doubled; this translates, outside quoted literals, and caches the result.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import psycopg


@lru_cache(maxsize=512)
def to_format(sql: str) -> str:
    """``?`` -> ``%s`` and ``%`` -> ``%%``, leaving quoted strings and identifiers alone."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote is not None:
            if ch == quote:
                quote = None
            out.append("%%" if ch == "%" else ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


class PgExecutor:
    """``execute(sql, params)`` with ``?`` placeholders on one psycopg connection."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = (), /) -> psycopg.Cursor[Any]:
        return self.conn.execute(to_format(sql), params)

    def executemany(self, sql: str, rows: Any, /) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(to_format(sql), rows)

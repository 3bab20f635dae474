"""Deletions per platform: the records a side deleted since a cursor (a table of readers).

Change feeds only list live records, so a deletion is invisible to them. Where the platform
has a documented deleted-records listing it is read after the side's feed; a deleted record
is staged as ``{"Id": ..., "_deleted": when}`` and the reconciler sends the person to review
(never deleting on the other side, never re-creating on this one). Salesforce: ``GET
/sobjects/{obj}/deleted/?start=&end=`` (the recycle bin, 30 days), whose
``latestDateCovered`` is the next cursor.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

Reader = Callable[[Any, str, Any], Awaitable[tuple[list[dict[str, Any]], Any]]]


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def salesforce_deleted(adapter: Any, obj: str, cursor: Any
                             ) -> tuple[list[dict[str, Any]], Any]:
    now = datetime.now(UTC) + timedelta(minutes=1)
    if cursor is None:  # the first run reads everything live: deletions start from now
        return [], _iso(now - timedelta(minutes=2))
    body = await adapter.request_json("GET", f"/sobjects/{obj}/deleted/",
                                      params={"start": cursor, "end": _iso(now)})
    rows = [{"Id": d["id"], "_deleted": d.get("deletedDate")}
            for d in body.get("deletedRecords") or []]
    covered = str(body.get("latestDateCovered") or cursor)
    return rows, covered


READERS: dict[str, Reader] = {"salesforce": salesforce_deleted}

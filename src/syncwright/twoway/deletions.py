"""Deletions per platform: the records a side deleted since a cursor (tables of readers).

Change feeds only list live records, so a deletion is invisible to most of them. Two ways
in, per platform:

- a **listing** read after the side's feed, from its own cursor (``READERS``). Salesforce:
  ``GET /sobjects/{obj}/deleted/?start=&end=`` (the recycle bin, 30 days), whose
  ``latestDateCovered`` is the next cursor. HubSpot: ``GET /crm/v3/objects/{obj}?archived=
  true`` (no filter by time exists, so the whole archived listing is read each run; the
  cursor is the newest ``archivedAt`` seen and the ids archived at that instant).
- a **tombstone** in the feed itself (``TOMBSTONES``). Mailchimp: archiving a member changes
  its ``last_changed``, so ``since_last_changed`` brings it back with status ``archived``.

Either way a deleted record is staged as ``{"Id": ..., "_deleted": when}`` and the
reconciler sends the person to review (never deleting on the other side, never re-creating
on this one). A permanently deleted Mailchimp member leaves no trace to read.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

Reader = Callable[[Any, str, Any], Awaitable[tuple[list[dict[str, Any]], Any]]]
Tombstone = Callable[[dict[str, Any]], "dict[str, Any] | None"]


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _when(text: Any) -> datetime:
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))


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


async def hubspot_archived(adapter: Any, obj: str, cursor: Any
                           ) -> tuple[list[dict[str, Any]], Any]:
    """Records archived after the cursor. The first run only notes the newest archival:
    what was archived before the sync began is not the sync's business."""
    first = cursor is None
    since = _when(cursor["since"]) if cursor and cursor.get("since") else None
    seen_at_since = set(cursor.get("ids", [])) if cursor else set()
    found: list[tuple[datetime, str]] = []
    params: dict[str, Any] = {"limit": 100, "archived": "true", "properties": "hs_object_id"}
    while True:
        body = await adapter.request_json("GET", f"/crm/v3/objects/{obj}", params=params)
        for item in body.get("results") or []:
            if item.get("archivedAt"):
                found.append((_when(item["archivedAt"]), str(item["id"])))
        after = ((body.get("paging") or {}).get("next") or {}).get("after")
        if after is None:
            break
        params = {**params, "after": str(after)}
    newest = max([at for at, _ in found] + ([since] if since else []), default=None)
    if newest is None:
        return [], {"since": None, "ids": []}
    rows = [] if first else [
        {"Id": rid, "_deleted": at.isoformat()} for at, rid in found
        if since is None or at > since or (at == since and rid not in seen_at_since)]
    ids = sorted({rid for at, rid in found if at == newest} | (
        seen_at_since if newest == since else set()))
    return rows, {"since": newest.isoformat(), "ids": ids}


def mailchimp_archived(member: dict[str, Any]) -> dict[str, Any] | None:
    if member.get("status") != "archived":
        return None
    return {"Id": str(member["id"]), "_deleted": member.get("last_changed")}


READERS: dict[str, Reader] = {"salesforce": salesforce_deleted, "hubspot": hubspot_archived}
TOMBSTONES: dict[str, Tombstone] = {"mailchimp": mailchimp_archived}

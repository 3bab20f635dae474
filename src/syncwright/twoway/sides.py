"""Both sides' changes as one source: side A's change feed, then side B's.

Each side is read by its own adapter from its own incremental cursor; the combined cursor
``{"at": "a"|"b", "a": ..., "b": ...}`` is what the engine checkpoints per page, so a
resumed run continues inside whichever side it was reading. The last page's cursor holds
both sides' bookmarks: the next run of the sync starts there. Each record is staged as
``{"key", "side", "rec"}`` under the key ``<side>:<record key>``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, ClassVar

from syncwright.adapters.base import Adapter, AdapterLimits, FieldInfo, Page, Record, RecordOutcome
from syncwright.domain.failures import Classified
from syncwright.twoway.deletions import READERS, TOMBSTONES
from syncwright.twoway.turns import TurnHeld


def boundary_again(bookmark: Any) -> Any:
    """A side's bookmark without the record ids it skips at its boundary instant.

    Salesforce and HubSpot stamps have whole seconds or milliseconds; their tie-safe
    watermark (``adapters/batching.Watermark``) skips records already read at the newest
    stamp while their content digest is unchanged. A two-way run reads the boundary instant
    again whole, so its ledger (not the digest) decides: what comes back unchanged is
    compared as an echo and costs no write.
    """
    if isinstance(bookmark, dict) and "ids" in bookmark:
        return {k: v for k, v in bookmark.items() if k != "ids"}
    return bookmark


class Sides:
    """The two adapters of one two-way run, closed once whoever holds them closes."""

    def __init__(self, a: Adapter, b: Adapter, objects: dict[str, str]) -> None:
        self.adapters = {"a": a, "b": b}
        self.objects = objects
        self._closed = False

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            for adapter in self.adapters.values():
                await adapter.close()


class SidesSource:
    """The engine's source for a two-way run."""

    platform: ClassVar[str] = "two_way"

    def __init__(self, sides: Sides, take_turn: Callable[[], None]) -> None:
        self.sides = sides
        self.take_turn = take_turn  # raises TurnHeld while another run holds the sync
        self.limits = AdapterLimits()
        self._failing = sides.adapters["a"]

    async def describe(self, obj: str) -> list[FieldInfo]:
        return []

    def record_key(self, obj: str, record: Record) -> str:
        return f"{record['side']}:{record['key']}"

    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        return []

    async def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        self.take_turn()  # before reading anything: one run at a time (twoway/turns.py)
        state = dict(cursor or {})
        at = state.get("at", "a")
        for side in ("a", "b"):
            if side == "a" and at == "b":
                continue
            adapter = self.sides.adapters[side]
            self._failing = adapter
            sobj = self.sides.objects[side]
            tombstone = TOMBSTONES.get(str(getattr(adapter, "platform", "")))
            async for page in adapter.fetch_records(sobj, state.get(side)):
                records = [
                    {"key": adapter.record_key(sobj, r), "side": side,
                     "rec": (tombstone(r) if tombstone else None) or r}
                    for r in page.records
                ]
                state[side] = boundary_again(page.next_cursor) if page.done else page.next_cursor
                if page.done:
                    records += await self._deleted(side, adapter, sobj, state)
                last = side == "b" and page.done
                if page.done and side == "a":
                    state["at"] = "b"
                nxt = {k: v for k, v in state.items() if k != "at"} if last else {**state}
                yield Page(records, nxt, last)

    async def _deleted(self, side: str, adapter: Adapter, sobj: str, state: dict[str, Any]
                       ) -> list[Record]:
        """The side's deletions since its deletions cursor (platforms with a listing)."""
        reader = READERS.get(str(getattr(adapter, "platform", "")))
        if reader is None:
            return []
        rows, state[f"{side}_deleted"] = await reader(adapter, sobj, state.get(f"{side}_deleted"))
        return [{"key": str(r["Id"]), "side": side, "rec": r} for r in rows]

    async def upload_batch(self, obj: str, records: list[tuple[str, Record]],
                           match_key: str) -> list[RecordOutcome]:
        raise NotImplementedError("a two-way source is not a destination")

    def classify_error(self, error: BaseException) -> Classified:
        if isinstance(error, TurnHeld):
            return error.classified()
        return self._failing.classify_error(error)

    async def close(self) -> None:
        await self.sides.close()

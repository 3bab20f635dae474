"""Test destinations: a JSONL file behind a hang switch or a failure switch, and a log of
every effect, so tests can count what reached the destination (exactly once or not)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from typing import ClassVar, Literal

from syncwright.adapters.base import AdapterError, Record, RecordOutcome
from syncwright.adapters.files import FileConnection, JsonlAdapter
from syncwright.domain.failures import Classified, ErrorKind


class SlowConnection(FileConnection):
    platform: Literal["slowdest"]  # type: ignore[assignment]


class SlowAdapter(JsonlAdapter):
    """Hangs every call until ``hang_until`` (monotonic) passes, then writes the record."""

    platform = "slowdest"
    config_model = SlowConnection
    hang_until: ClassVar[float] = 0.0
    effects: ClassVar[Counter[str]] = Counter()
    lock: ClassVar[threading.Lock] = threading.Lock()

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        while time.monotonic() < type(self).hang_until:
            await asyncio.sleep(0.05)
        with self.lock:
            for key, _ in records:
                type(self).effects[key] += 1
        return await super().upload_batch(obj, records, match_key)


class FailingConnection(FileConnection):
    platform: Literal["failingdest"]  # type: ignore[assignment]


class FailingAdapter(JsonlAdapter):
    """Refuses every call with a permanent, verbatim error until ``broken`` is cleared."""

    platform = "failingdest"
    config_model = FailingConnection
    broken: ClassVar[bool] = True
    effects: ClassVar[Counter[str]] = Counter()

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        if type(self).broken:
            raise AdapterError(
                Classified(
                    ErrorKind.PERMANENT, "INVALID_FIELD: No such column 'Foo__c'", status=400
                )
            )
        for key, _ in records:
            type(self).effects[key] += 1
        return await super().upload_batch(obj, records, match_key)

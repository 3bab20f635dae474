"""Sync jobs that match on the person: one destination record per person, whatever the email.

A job with ``identity: {match: person}`` wraps its destination adapter. Before each upload
the wrapper looks every source record up in the identity graph (built by
``syncwright identity build`` into the job's store): when the same person already has a
record in the destination object, the record's match-key value is replaced by that
record's own value, so the destination's upsert updates it instead of creating a second
record under the other email. Records of one person without a destination record share
the first one's value within a batch. The graph keeps every email of the person; the
destination keeps the one it has.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, ClassVar

import orjson
from pydantic import BaseModel, ConfigDict

from syncwright.adapters.base import (
    Adapter,
    AdapterLimits,
    FieldInfo,
    Page,
    Record,
    RecordOutcome,
)
from syncwright.domain.failures import Classified
from syncwright.store.base import Store


class IdentityMatch(BaseModel):
    """The job file's ``identity`` section."""

    model_config = ConfigDict(extra="forbid")
    match: str = "person"
    source: str | None = None  # the source's connection name in the identity file
    destination: str | None = None  # the destination's connection name there


class PersonMatchingAdapter:
    """A destination adapter whose uploads find the person's existing record first."""

    platform: ClassVar[str] = "identity"

    def __init__(self, inner: Adapter, store: Store, source: tuple[str, str],
                 destination: tuple[str, str]) -> None:
        self.inner = inner
        self.store = store
        self.source = source  # (identity connection name, object)
        self.destination = destination
        self.limits: AdapterLimits = inner.limits
        self._lock = asyncio.Lock()  # one person's records land in batch order
        self.rewritten = 0

    async def describe(self, obj: str) -> list[FieldInfo]:
        return await self.inner.describe(obj)

    def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        return self.inner.fetch_records(obj, cursor)

    def record_key(self, obj: str, record: Record) -> str:
        return self.inner.record_key(obj, record)

    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        return self.inner.identity_fields(obj, match_key)

    def classify_error(self, error: BaseException) -> Classified:
        return self.inner.classify_error(error)

    async def close(self) -> None:
        await self.inner.close()

    def _persons(self, keys: list[str]) -> dict[str, str]:
        conn, obj = self.source
        out: dict[str, str] = {}
        wanted = [f"{conn}:{obj}:{k}" for k in keys]
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            rows = self.store.query(
                f"SELECT record_key, person_id FROM identity_records WHERE record_key IN "
                f"({','.join('?' * len(part))}) AND person_id IS NOT NULL", tuple(part))
            prefix = f"{conn}:{obj}:"
            out.update({k[len(prefix):]: p for k, p in rows})
        return out

    def _destination_values(self, persons: set[str], match_key: str) -> dict[str, str]:
        """person -> the match-key value of its (most recently seen) destination record."""
        conn, obj = self.destination
        out: dict[str, str] = {}
        people = sorted(persons)
        for start in range(0, len(people), 500):
            part = people[start:start + 500]
            rows = self.store.query(
                f"SELECT person_id, raw FROM identity_records WHERE system = ? AND object = ? "
                f"AND person_id IN ({','.join('?' * len(part))}) ORDER BY seen_at, record_key",
                (conn, obj, *part))
            for person, raw in rows:
                value = orjson.loads(raw).get(match_key)
                if value not in (None, "") and person not in out:
                    out[person] = str(value)
        return out

    def resolve(self, records: list[tuple[str, Record]], match_key: str
                ) -> list[tuple[str, Record]]:
        """The records with their match-key value set to the person's destination record."""
        persons = self._persons([k for k, _ in records])
        values = self._destination_values(set(persons.values()), match_key)
        out = []
        for key, record in records:
            person = persons.get(key)
            if person is not None:
                value = values.get(person)
                if value is None and record.get(match_key) not in (None, ""):
                    values[person] = str(record[match_key])  # later records of the person
                elif value is not None and value != record.get(match_key):
                    record = {**record, match_key: value}
                    self.rewritten += 1
            out.append((key, record))
        return out

    async def upload_batch(self, obj: str, records: list[tuple[str, Record]], match_key: str
                           ) -> list[RecordOutcome]:
        async with self._lock:
            resolved = self.resolve(records, match_key)
            return await self.inner.upload_batch(obj, resolved, match_key)


def wrap_destination(adapter: Adapter, definition: dict[str, Any], store: Store) -> Adapter:
    """The job's destination adapter, matching on the person when the job asks for it."""
    spec = definition.get("identity")
    if not spec:
        return adapter
    match = IdentityMatch.model_validate(spec)
    source = (match.source or definition["source"]["connection"], definition["source"]["object"])
    dest = (match.destination or definition["destination"]["connection"],
            definition["destination"]["object"])
    return PersonMatchingAdapter(adapter, store, source, dest)

"""`syncwright run JOB.yaml --dry-run`: what a run would do, writing nothing anywhere.

Fetches the source, maps and validates exactly as a run does (lookups answered by
read-only calls; a lookup that would create its record is reported, not created), then
asks the destination which match keys it already holds (the adapter's ``read_by_keys``:
HubSpot batch read by idProperty, Salesforce SOQL ``IN``; files are read directly) and
compares field by field: would create, would update (with the changed fields), unchanged,
skipped by a filter, invalid. Every call goes through the adapters and their limiter;
nothing is appended to the store and nothing is sent.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from syncwright.adapters.base import Adapter, Record
from syncwright.adapters.http import AdapterContext
from syncwright.adapters.registry import create_adapter, validate_connection
from syncwright.limits import Limiter, open_state
from syncwright.mapping.apply import CompiledMapping
from syncwright.mapping.compile import MISS
from syncwright.mapping.spec import spec_from_json
from syncwright.mapping.spec_v2 import table_key

FILE_PLATFORMS = ("jsonl", "csv")
READ_CHUNK = 500
SAMPLES = 20


@dataclass
class DryRunReport:
    """Counts, and up to ``SAMPLES`` examples of each outcome."""

    fetched: int = 0
    would_create: int = 0
    would_update: int = 0
    unchanged: int = 0
    skipped: int = 0
    invalid: int = 0
    would_send: int = 0  # valid records a destination that cannot be read by key would get
    compared: bool = True  # False when the destination cannot be read by key
    changed_fields: Counter[str] = field(default_factory=Counter)
    lookups_would_create: dict[str, list[str]] = field(default_factory=dict)
    examples: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {k: [] for k in ("create", "update", "skipped", "invalid")}
    )

    def example(self, kind: str, item: dict[str, Any]) -> None:
        if len(self.examples[kind]) < SAMPLES:
            self.examples[kind].append(item)

    def to_json(self) -> dict[str, Any]:
        return {
            "fetched": self.fetched,
            "would_create": self.would_create,
            "would_update": self.would_update,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "invalid": self.invalid,
            "would_send": self.would_send,
            "compared": self.compared,
            "changed_fields": dict(self.changed_fields.most_common()),
            "lookups_would_create": self.lookups_would_create,
            "examples": self.examples,
        }


async def dry_run(definition: dict[str, Any], limiter: Limiter | None = None) -> DryRunReport:
    """Run ``definition`` (a frozen job file) without writing; see the module docstring."""
    own = limiter is None
    limiter = limiter or Limiter(open_state(None))
    d = definition
    source = _adapter(d, "source", limiter)
    dest = _adapter(d, "destination", limiter)
    try:
        return await _DryRun(d, source, dest).run()
    finally:
        await source.close()
        await dest.close()
        if own:
            await limiter.close()


def _adapter(d: dict[str, Any], role: str, limiter: Limiter) -> Adapter:
    name = d[role]["connection"]
    raw = d["connections"][name]
    config = validate_connection(raw, f"connections.{name}")
    lim = limiter if raw["platform"] not in FILE_PLATFORMS else None
    return create_adapter(config, AdapterContext(name, lim))


class _DryRun:
    def __init__(self, d: dict[str, Any], source: Adapter, dest: Adapter) -> None:
        self.d = d
        self.source = source
        self.dest = dest
        self.mapping = CompiledMapping(spec_from_json(d["mapping"]))
        self.report = DryRunReport()
        self.src_obj = d["source"]["object"]
        self.dst_obj = d["destination"]["object"]
        self.batch_size = int(d["batch_size"])
        self.dst_conn = d["connections"][d["destination"]["connection"]]

    async def run(self) -> DryRunReport:
        held: list[tuple[str, Record]] = []
        key_of = self.source.record_key
        async for page in self.source.fetch_records(self.src_obj, self.d.get("start_cursor")):
            for rec in page.records:
                held.append((key_of(self.src_obj, rec), rec))
                if len(held) >= self.batch_size:
                    await self._batch(held)
                    held = []
        if held:
            await self._batch(held)
        return self.report

    async def _batch(self, source: list[tuple[str, Record]]) -> None:
        r = self.report
        r.fetched += len(source)
        would_create_lookup: dict[str, set[str]] = {}
        if self.mapping.lookups:
            await self._lookups([rec for _, rec in source], would_create_lookup)
        batch = self.mapping.map_batch(source)
        r.skipped += len(batch.skipped)
        for s in batch.skipped:
            r.example("skipped", s)
        bad = {x["key"]: x for x in batch.rejected}
        sendable: list[tuple[str, Record]] = []
        for key, rec in batch.records:
            problem = bad.get(key)
            if problem is None:
                found = self.mapping.validate(rec)
                if found is not None:
                    problem = dict(zip(("field", "code", "reason"), found, strict=True))
            if problem is not None:
                r.invalid += 1
                r.example(
                    "invalid", {"key": key, **{k: v for k, v in problem.items() if k != "key"}}
                )
            else:
                sendable.append((key, rec))
        await self._compare(sendable, would_create_lookup)

    async def _lookups(self, records: list[Record], would_create: dict[str, set[str]]) -> None:
        """Answer the lookups read-only; a miss whose lookup creates its record stays a
        miss here (reported as a record that would be created, never created)."""
        pending = self.mapping.pending_lookups(records)
        for plan in self.mapping.lookups:
            keys = sorted(pending.get(plan.index, ()))
            if not keys:
                continue
            found: dict[str, Any] = {}
            for i in range(0, len(keys), 100):
                found.update(
                    await self.dest.find_by(  # type: ignore[attr-defined]
                        plan.object, plan.by, keys[i : i + 100], plan.returns
                    )
                )
            missing = [k for k in keys if k not in found]
            if plan.create_if_missing and missing:
                self.report.lookups_would_create.setdefault(plan.describe(), []).extend(missing)
                found.update({k: f"<new {plan.object}: {k}>" for k in missing})
                would_create.setdefault(plan.target, set()).update(missing)
                missing = []
            plan.cache.update(found)
            plan.cache.update(dict.fromkeys(missing, MISS))

    async def _compare(
        self, records: list[tuple[str, Record]], new_refs: dict[str, set[str]]
    ) -> None:
        r = self.report
        if not records:
            return
        upsert_by = self.dest.identity_fields(self.dst_obj, self.mapping.match_key)[0]
        fields = sorted({t.split(".")[0].split("[")[0] for t in self.mapping.targets})
        values = list(dict.fromkeys(str(rec.get(upsert_by)) for _, rec in records))
        existing = await self._existing(upsert_by, values, fields)
        if existing is None:
            r.compared = False
            r.would_send += len(records)  # cannot tell a create from an update here
            return
        folded = {k.casefold(): v for k, v in existing.items()}
        seen: dict[str, Record] = {}  # a key repeated in the run: the later one updates
        for key, rec in records:
            value = str(rec.get(upsert_by))
            current = seen.get(value.casefold()) or folded.get(value.casefold())
            if current is None:
                r.would_create += 1
                r.example("create", {"key": key, upsert_by: value})
            else:
                changed = [f for f in fields if f in rec and not _same(rec[f], current.get(f))]
                if changed:
                    r.would_update += 1
                    r.changed_fields.update(changed)
                    r.example("update", {"key": key, upsert_by: value, "changed": changed})
                else:
                    r.unchanged += 1
            seen[value.casefold()] = {**(current or {}), **rec}

    async def _existing(
        self, field_name: str, values: list[str], fields: list[str]
    ) -> dict[str, Record] | None:
        platform = self.dst_conn["platform"]
        if platform in FILE_PLATFORMS:
            return _read_file(Path(self.dst_conn["path"]), platform, field_name, set(values))
        read = getattr(self.dest, "read_by_keys", None)
        if not callable(read):
            return None
        out: dict[str, Record] = {}
        for i in range(0, len(values), READ_CHUNK):
            out.update(await read(self.dst_obj, field_name, values[i : i + READ_CHUNK], fields))
        return out


def _same(a: Any, b: Any) -> bool:
    """Equal as the platform would store it: "" and null alike, numbers without ``.0``,
    booleans as true/false."""
    if a in (None, "") and b in (None, ""):
        return True
    return table_key(a) == table_key(b)


def _read_file(path: Path, platform: str, field_name: str, values: set[str]) -> dict[str, Record]:
    """A file destination's current records for ``values`` (the last line per key wins)."""
    if not path.exists():
        return {}
    out: dict[str, Record] = {}
    if platform == "csv":
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get(field_name) in values:
                    out[str(row[field_name])] = dict(row)
        return out
    with path.open("rb") as fh:
        for line in fh:
            try:
                rec = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue  # a torn last line: the next run repairs it
            if isinstance(rec, dict) and str(rec.get(field_name)) in values:
                out[str(rec[field_name])] = rec
    return out

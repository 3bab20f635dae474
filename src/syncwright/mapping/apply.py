"""Applying a mapping spec (version 1 or 2) to records, and validating the result.

Hot path: keep it lean. Version 1 specs are translated to v2 and compiled by the same
compiler (``mapping/compile.py``), so both versions behave the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from syncwright.domain.field_checks import check_value, is_empty
from syncwright.mapping.compile import CompiledV2, Evaluation, LookupPlan, RecordSkipped
from syncwright.mapping.paths import getter
from syncwright.mapping.spec import AnySpec, MappingSpec

Record = dict[str, Any]
Problem = tuple[str, str, str]  # (field, code, reason)


@dataclass
class MappedBatch:
    """A batch after mapping: output records (rejected ones included, as far as they
    mapped, so a fix can complete them), the skipped keys with reasons, and the problems."""

    records: list[tuple[str, Record]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)  # {key, reason}
    rejected: list[dict[str, str]] = field(default_factory=list)  # {key, field, code, reason}


class CompiledMapping:
    """A spec turned into small closures (built once per job, not per record)."""

    def __init__(self, spec: AnySpec) -> None:
        self.spec = spec
        v2 = spec.as_v2() if isinstance(spec, MappingSpec) else spec
        self.v2 = v2
        self.match_key = spec.match_key
        self._compiled = CompiledV2(v2)
        self._get_key = getter(self.match_key)
        self._checks = [(v.field, v.required, v.format, v.max_length) for v in v2.validate_]
        self.targets = v2.targets

    @property
    def lookups(self) -> list[LookupPlan]:
        return self._compiled.lookups

    def apply(self, record: Record) -> Record:
        """The output record (one record through the fast path). A v2 filter raises
        ``RecordSkipped``; a value that cannot be produced raises ``MappingRejected`` (use
        ``map_batch`` to get both as data)."""
        out: list[tuple[str, Record]] = []
        skipped: list[dict[str, str]] = []
        unusual: list[Record] = []
        self._compiled.map_batch(
            (("", record),), out.append, skipped.append, lambda _k, r: unusual.append(r)
        )
        if out:
            return out[0][1]
        if skipped:
            raise RecordSkipped(skipped[0]["reason"])
        ev = self._compiled.evaluate(record)
        problem = ev.first_problem()
        if problem is not None:
            raise MappingRejected(*problem) from None
        return ev.record

    def evaluate(self, record: Record, provenance: bool = False) -> Evaluation:
        return self._compiled.evaluate(record, provenance)

    def map_batch(self, records: list[tuple[str, Record]]) -> MappedBatch:
        """Map a batch: the generated fast path for all, the careful one for the unusual
        few (their partial output kept, the problem recorded)."""
        out = MappedBatch()
        append = out.records.append
        rejected = out.rejected.append
        evaluate = self._compiled.evaluate

        def careful(key: str, rec: Record) -> None:
            ev = evaluate(rec)
            problem = ev.first_problem()
            append((key, ev.record))
            if problem is not None:
                fld, code, reason = problem
                rejected({"key": key, "field": fld, "code": code, "reason": reason})

        self._compiled.map_batch(records, append, out.skipped.append, careful)
        return out

    def pending_lookups(self, records: list[Record]) -> dict[int, set[str]]:
        return self._compiled.pending_lookups(records)

    def validate(self, out: Record) -> Problem | None:
        """The first problem with a mapped record as (field, code, reason), or None."""
        if is_empty(self._get_key(out)):
            return (self.match_key, "MATCH_KEY_MISSING", f"match key {self.match_key!r} is empty")
        for fld, required, fmt, max_length in self._checks:
            problem = check_value(
                fld, out.get(fld), required=required, kind=fmt, max_length=max_length
            )
            if problem is not None:
                return (fld, *problem)
        return None


class MappingRejected(ValueError):
    """One record the mapping cannot produce (field, code, reason)."""

    def __init__(self, field: str, code: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.code = code
        self.reason = reason


def problems_of(
    records: list[tuple[str, Record]], check: Callable[[Record], Problem | None]
) -> list[dict[str, Any]]:
    """The records failing ``check``, as ``batch_validated`` lists them."""
    invalid = []
    for key, rec in records:
        problem = check(rec)
        if problem:
            fld, code, reason = problem
            invalid.append({"key": key, "field": fld, "code": code, "reason": reason})
    return invalid


__all__ = ["CompiledMapping", "MappedBatch", "MappingRejected", "RecordSkipped"]

"""Preview and golden tests of a mapping: what it makes of given records, and why.

The command layer behind ``syncwright mapping preview`` and ``mapping test`` (the CLI, the
console and the Python API all call these). Nothing here writes anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from syncwright.config_files import ConfigFileError, load_yaml_file
from syncwright.jsonl_records import records_of
from syncwright.mapping.apply import CompiledMapping
from syncwright.mapping.spec import AnySpec, MappingError

Record = dict[str, Any]
ExtraCheck = Callable[[Record], tuple[str, str, str] | None]


def preview(
    spec: AnySpec,
    records: list[Record],
    *,
    lookups: dict[int, dict[str, Any]] | None = None,
    extra_check: ExtraCheck | None = None,
) -> dict[str, Any]:
    """``{"records", "skipped", "rejected", "provenance"}`` for ``records`` in input order.

    ``records`` holds the output of every record neither skipped nor rejected; the others
    are listed with their input position and reason. ``provenance`` has one entry per
    output record: for each field, the rule (1-based), its kind and the source values it
    read. ``lookups`` pre-fills lookup answers (plan index -> key -> id); unresolved ones
    are named in the provenance and the field is left out. ``extra_check`` adds checks
    (e.g. the destination's schema) to the mapping's own validations."""
    mapping = CompiledMapping(spec)
    for plan in mapping.lookups:
        plan.cache.update((lookups or {}).get(plan.index, {}))
    out: dict[str, Any] = {"records": [], "skipped": [], "rejected": [], "provenance": []}
    for i, rec in enumerate(records):
        ev = mapping.evaluate(rec, provenance=True)
        if ev.skipped is not None:
            out["skipped"].append({"index": i, "reason": ev.skipped})
            continue
        problem = ev.problem
        if problem is None and not ev.pending:
            problem = mapping.validate(ev.record)
            if problem is None and extra_check is not None:
                problem = extra_check(ev.record)
        if problem is not None:
            fld, code, reason = problem
            out["rejected"].append(
                {"index": i, "field": fld, "code": code, "reason": reason, "record": ev.record}
            )
            continue
        out["records"].append(ev.record)
        out["provenance"].append({"index": i, "fields": ev.provenance})
    return out


def read_jsonl(path: Path) -> list[Record]:
    """Records from a JSONL file; MappingError naming the file and line when one is bad."""
    try:
        lines = path.read_bytes().splitlines()
    except OSError as exc:
        raise MappingError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return records_of(lines, str(path))
    except ValueError as exc:
        raise MappingError(str(exc)) from None


@dataclass
class CaseResult:
    """One golden case: passed, or the first difference found."""

    name: str
    passed: bool
    detail: str = ""


def run_cases(spec: AnySpec, cases_dir: Path) -> list[CaseResult]:
    """Run every ``*.yaml`` case in ``cases_dir`` (``input`` records, ``expected`` output
    records in input order, filtered ones left out) through the mapping."""
    files = sorted(cases_dir.glob("*.yaml")) + sorted(cases_dir.glob("*.yml"))
    if not files:
        raise MappingError(f"{cases_dir}: no *.yaml cases")
    results = []
    for f in files:
        try:
            case = load_yaml_file(f, "case file")
        except ConfigFileError as exc:
            raise MappingError(str(exc)) from None
        if (
            not isinstance(case, dict)
            or not isinstance(case.get("input"), list)
            or not isinstance(case.get("expected"), list)
        ):
            raise MappingError(f"{f}: a case needs `input` and `expected` lists of records")
        got = preview(spec, case["input"])
        results.append(_compare(f.stem, got, case["expected"]))
    return results


def _compare(name: str, got: dict[str, Any], expected: list[Record]) -> CaseResult:
    records = got["records"]
    if got["rejected"]:
        r = got["rejected"][0]
        return CaseResult(name, False, f"input {r['index']} rejected: {r['field']}: {r['reason']}")
    if len(records) != len(expected):
        return CaseResult(name, False, f"{len(records)} output records, {len(expected)} expected")
    for i, (g, e) in enumerate(zip(records, expected, strict=True)):
        if g != e:
            keys = sorted(set(g) | set(e), key=str)
            diffs = [
                f"{k}: got {g.get(k)!r}, expected {e.get(k)!r}"
                for k in keys
                if g.get(k) != e.get(k)
            ]
            return CaseResult(name, False, f"record {i}: " + "; ".join(diffs))
    return CaseResult(name, True)

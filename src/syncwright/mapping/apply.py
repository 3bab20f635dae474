"""Applying a mapping spec to records, and validating the result. Hot path: keep it lean."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from syncwright.domain.field_checks import check_value, is_empty
from syncwright.mapping.spec import (
    ConstantRule,
    CopyRule,
    DefaultIfEmptyRule,
    MappingSpec,
    RenameRule,
)

Record = dict[str, Any]


def _getter(path: str) -> Callable[[Record], Any]:
    if "." not in path:
        return lambda rec: rec.get(path)
    parts = path.split(".")

    def get(rec: Record) -> Any:
        cur: Any = rec
        for p in parts:
            if not isinstance(cur, dict):
                return None
            cur = cur.get(p)
        return cur

    return get


class CompiledMapping:
    """A spec turned into a list of small closures (built once per job, not per record)."""

    def __init__(self, spec: MappingSpec) -> None:
        self.spec = spec
        self.match_key = spec.match_key
        self._steps: list[tuple[str, Callable[[Record], Any]]] = []
        for rule in spec.rules:
            self._steps.append((rule.target, self._compile(rule)))
        self._checks = [(v.field, v.required, v.format, v.max_length) for v in spec.validate_]

    @staticmethod
    def _compile(rule: object) -> Callable[[Record], Any]:
        if isinstance(rule, CopyRule):
            return _getter(rule.copy_)
        if isinstance(rule, RenameRule):
            return _getter(rule.rename)
        if isinstance(rule, ConstantRule):
            value = rule.constant
            return lambda _rec: value
        if isinstance(rule, DefaultIfEmptyRule):
            get, default = _getter(rule.default_if_empty), rule.value

            def default_if_empty(rec: Record) -> Any:
                v = get(rec)
                return default if is_empty(v) else v

            return default_if_empty
        raise TypeError(f"unknown rule {rule!r}")

    def apply(self, record: Record) -> Record:
        return {target: fn(record) for target, fn in self._steps}

    def validate(self, out: Record) -> tuple[str, str, str] | None:
        """The first problem with a mapped record as (field, code, reason), or None."""
        if is_empty(out.get(self.match_key)):
            return (self.match_key, "MATCH_KEY_MISSING", f"match key {self.match_key!r} is empty")
        for field, required, fmt, max_length in self._checks:
            problem = check_value(
                field, out.get(field), required=required, kind=fmt, max_length=max_length
            )
            if problem is not None:
                return (field, *problem)
        return None

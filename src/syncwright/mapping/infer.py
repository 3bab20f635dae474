"""What a rule can produce, read statically from the spec (for `check`): the JSON kinds of
its values, and the constant values it can write (for picklist checks)."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.spec_v2 import Value
from syncwright.mapping.transforms import parse_transform

TRANSFORM_KINDS = {
    "number": "number",
    "integer": "number",
    "boolean": "boolean",
}


def _kind(v: Any) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int | float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    if isinstance(v, dict):
        return "object"
    return "null"


def output_kinds(v: Value) -> set[str]:
    """The kinds of value ``v`` can produce; ``"unknown"`` when it copies source data."""
    kinds: set[str] = set()
    if v.table is not None:
        kinds |= {_kind(x) for x in v.table.values()}
        if v.has_otherwise:
            kinds.add(_kind(v.otherwise))
    else:
        kinds |= _source_kinds(v)
    if v.has_default:
        kinds.add(_kind(v.default))
    if v.else_ is not None:
        kinds |= output_kinds(v.else_)
    kinds.discard("null")
    return kinds or {"unknown"}


def _source_kinds(v: Value) -> set[str]:
    if v.transform:
        name, _ = parse_transform(v.transform[-1])
        return {TRANSFORM_KINDS.get(name, "string")}
    kind = v.source_kind
    if kind == "value":
        return {_kind(v.value)}
    if kind == "template":
        return {"string"}
    if kind == "list":
        return {"array"}
    if kind == "lookup":
        return {"string"}
    if kind == "cases":
        out: set[str] = set()
        for c in v.cases or []:
            out |= output_kinds(c)
        return out
    if kind == "from" and isinstance(v.from_, list):
        out = set()
        for item in v.from_:
            out |= {"unknown"} if isinstance(item, str) else output_kinds(item)
        return out
    return {"unknown"}


def constants(v: Value) -> list[Any]:
    """The literal values a rule can write (constants, table values, defaults), so picklist
    checks can name a wrong one before anything runs."""
    out: list[Any] = []
    if v.table is not None:
        out += list(v.table.values())
        if v.has_otherwise:
            out.append(v.otherwise)
    elif v.source_kind == "value" and not v.transform:
        out.append(v.value)
    elif v.source_kind == "cases":
        for c in v.cases or []:
            out += constants(c)
    if v.has_default:
        out.append(v.default)
    if v.else_ is not None:
        out += constants(v.else_)
    return [x for x in out if x is not None]

"""The fields the drafter may name: one object's catalog, flattened to dotted paths.

The drafter never names a field that is not here. Fields come from the schema catalog
when it is available, otherwise from the interim lists shipped beside this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


class UnknownObjectError(ValueError):
    """The platform.object is not one the drafter knows fields for."""


@dataclass(frozen=True)
class FieldDesc:
    path: str  # dotted for nested fields: merge_fields.FNAME, traits.address.city
    type: str = "string"
    label: str = ""
    description: str = ""
    values: tuple[str, ...] = ()  # picklist values, documented spelling
    required: bool = False

    @property
    def leaf(self) -> str:
        return self.path.rsplit(".", 1)[-1]

    @property
    def container(self) -> str:
        return self.path.rsplit(".", 1)[0] if "." in self.path else ""


@dataclass(frozen=True)
class ObjectFields:
    ref: str  # platform.object
    fields: tuple[FieldDesc, ...]

    @property
    def platform(self) -> str:
        return self.ref.split(".", 1)[0]

    def get(self, path: str) -> FieldDesc | None:
        for f in self.fields:
            if f.path == path:
                return f
        return None

    def containers(self) -> set[str]:
        out: set[str] = set()
        for f in self.fields:
            parts = f.path.split(".")
            for k in range(1, len(parts)):
                out.add(".".join(parts[:k]))
        return out

    def with_fields(self, extra: list[FieldDesc]) -> ObjectFields:
        known = {f.path for f in self.fields}
        return ObjectFields(self.ref, self.fields + tuple(f for f in extra if f.path not in known))


@cache
def _interim() -> dict[str, Any]:
    text = resources.files("syncwright.mapping.draft").joinpath("data/interim_fields.yaml")
    data: dict[str, Any] = yaml.safe_load(text.read_text(encoding="utf-8"))
    return data


def _canonical_ref(ref: str) -> str:
    table = _interim()
    if ref in table:
        return ref
    for known in table:
        if known.lower() == ref.lower():
            return known
    raise UnknownObjectError(
        f"unknown object {ref!r}; known: {', '.join(sorted(table))}"
    )


def interim_object_fields(ref: str) -> ObjectFields:
    ref = _canonical_ref(ref)
    fields = []
    for path, spec in _interim()[ref].items():
        fields.append(
            FieldDesc(
                path=path,
                type=str(spec.get("type", "string")),
                label=str(spec.get("label", "")),
                description=str(spec.get("description", "")),
                values=tuple(str(v) for v in spec.get("values", ())),
                required=bool(spec.get("required", False)),
            )
        )
    return ObjectFields(ref, tuple(fields))


def object_fields(ref: str) -> ObjectFields:
    """The fields of ``platform.object`` (the catalog's standard fields)."""
    return interim_object_fields(ref)

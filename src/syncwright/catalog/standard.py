"""The standard fields shipped with the package, one JSON file per platform."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from syncwright.catalog.model import FieldSpec, ObjectSchema, accepts

DATA = Path(__file__).with_name("data")


class CatalogError(ValueError):
    """An unknown platform or object, or a schema that cannot be read; names what."""


def platforms() -> list[str]:
    return sorted(p.stem for p in DATA.glob("*.json"))


@cache
def _platform_data(platform: str) -> dict[str, Any]:
    path = DATA / f"{platform}.json"
    if not path.exists():
        raise CatalogError(
            f"unknown platform {platform!r} (the catalog knows: {', '.join(platforms())})"
        )
    data: dict[str, Any] = orjson.loads(path.read_bytes())
    return data


def standard_objects(platform: str) -> list[str]:
    return list(_platform_data(platform)["objects"])


def parse_ref(ref: str) -> tuple[str, str]:
    """``salesforce.Lead`` as (platform, object); CatalogError naming the problem."""
    platform, dot, obj = ref.partition(".")
    if not dot or not platform or not obj:
        raise CatalogError(f"{ref!r}: give PLATFORM.OBJECT, e.g. salesforce.Lead")
    return platform.lower(), obj


def _find_object(platform: str, obj: str) -> tuple[str, dict[str, Any]]:
    objects = _platform_data(platform)["objects"]
    if obj in objects:
        return obj, objects[obj]
    folded = {k.lower(): k for k in objects}
    if obj.lower() in folded:
        name = folded[obj.lower()]
        return name, objects[name]
    raise CatalogError(
        f"{platform}.{obj}: unknown object (standard objects: "
        f"{', '.join(f'{platform}.{o}' for o in objects)})"
    )


def standard_schema(platform: str, obj: str) -> ObjectSchema:
    """The shipped standard fields of ``platform.obj``."""
    name, data = _find_object(platform, obj)
    return ObjectSchema(
        platform=platform,
        object=name,
        fields={f["name"]: FieldSpec.from_json(f) for f in data["fields"]},
        label=data.get("label", ""),
        description=data.get("description", ""),
        source="package",
        open=bool(data.get("open")),
        open_prefixes=tuple(data.get("open_prefixes") or ()),
    )


def record_checker(ref: str) -> Callable[[dict[str, Any]], tuple[str, str, str] | None]:
    """A check of output records against ``ref``'s standard fields: values that do not fit
    a known field's type, length or restricted picklist (unknown fields are `check`'s job)."""
    schema = standard_schema(*parse_ref(ref))

    def check(record: dict[str, Any]) -> tuple[str, str, str] | None:
        for path, value in _leaves(record):
            spec = schema.fields.get(path)
            if spec is None:
                continue
            why = accepts(spec, value)
            if why is not None:
                return (path, "INVALID_FOR_DESTINATION", f"{schema.ref} {path}: {why}")
        return None

    return check


def _leaves(record: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for k, v in record.items():
        path = prefix + k
        out.append((path, v))
        if isinstance(v, dict):
            out.extend(_leaves(v, path + "."))
        elif isinstance(v, list):
            for i, item in enumerate(v):
                if isinstance(item, dict):
                    out.extend(_leaves(item, f"{path}[{i}]."))
    return out

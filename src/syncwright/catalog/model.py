"""What a platform object's fields are: the catalog's data model. Pure: no I/O."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

TYPES = (
    "string",
    "text",
    "email",
    "phone",
    "url",
    "number",
    "integer",
    "boolean",
    "date",
    "datetime",
    "picklist",
    "multipicklist",
    "id",
    "reference",
    "object",
    "array",
)
"""The catalog's field types; platform types are folded into these (see ``live.py``)."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a platform object."""

    name: str  # a path for nested fields: merge_fields.FNAME, traits.company.name
    type: str = "string"
    label: str = ""
    description: str = ""
    required: bool = False  # must be given when a record is created
    max_length: int | None = None
    picklist: tuple[str, ...] = ()
    picklist_restricted: bool = False  # a value outside the picklist is refused
    read_only: bool = False
    upsert_key: bool = False  # the platform can upsert (or find) records by it
    references: str | None = None  # for reference fields: the object it points at

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["picklist"] = list(self.picklist)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> FieldSpec:
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        known["picklist"] = tuple(known.get("picklist") or ())
        return cls(**known)


@dataclass(frozen=True)
class ObjectSchema:
    """A platform object: its fields, where they came from and when."""

    platform: str
    object: str
    fields: dict[str, FieldSpec]
    label: str = ""
    description: str = ""
    source: str = "package"  # "package" (shipped standard fields) or "live" (describe)
    fetched_at: str | None = None
    connection: str | None = None
    open: bool = False  # any top-level field is accepted (e.g. GA4 event params)
    open_prefixes: tuple[str, ...] = field(default=())  # e.g. "traits." takes custom traits

    @property
    def ref(self) -> str:
        return f"{self.platform}.{self.object}"

    def field(self, path: str) -> FieldSpec | None:
        """The field at ``path``, or an open one the object accepts, or None."""
        found = self.fields.get(path)
        if found is not None:
            return found
        if any(path.startswith(p) for p in self.open_prefixes) or (self.open and "." not in path):
            return FieldSpec(path, "any", description="a custom field this object accepts")
        return None

    def upsert_keys(self) -> list[str]:
        return [f.name for f in self.fields.values() if f.upsert_key]

    def required(self) -> list[str]:
        return [f.name for f in self.fields.values() if f.required and not f.read_only]

    def to_json(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "object": self.object,
            "label": self.label,
            "description": self.description,
            "source": self.source,
            "fetched_at": self.fetched_at,
            "connection": self.connection,
            "open": self.open,
            "open_prefixes": list(self.open_prefixes),
            "fields": [f.to_json() for f in self.fields.values()],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ObjectSchema:
        return cls(
            platform=d["platform"],
            object=d["object"],
            fields={f["name"]: FieldSpec.from_json(f) for f in d["fields"]},
            label=d.get("label", ""),
            description=d.get("description", ""),
            source=d.get("source", "package"),
            fetched_at=d.get("fetched_at"),
            connection=d.get("connection"),
            open=bool(d.get("open")),
            open_prefixes=tuple(d.get("open_prefixes") or ()),
        )


def accepts(spec: FieldSpec, value: Any) -> str | None:
    """Why ``value`` does not fit ``spec`` (type, length, restricted picklist), or None.
    Lenient where platforms are: numbers and booleans may arrive as their text."""
    if value is None or value == "":
        return None
    t = spec.type
    if t in ("number", "integer"):
        if isinstance(value, bool):
            return f"{value!r} is not a number"
        if isinstance(value, str):
            try:
                n = float(value)
            except ValueError:
                return f"{value!r} is not a number"
            value = n
        if not isinstance(value, int | float):
            return f"{value!r} is not a number"
        if t == "integer" and not float(value).is_integer():
            return f"{value!r} is not a whole number"
    elif t == "boolean":
        if not isinstance(value, bool) and str(value).lower() not in ("true", "false"):
            return f"{value!r} is not true or false"
    elif t in ("object",):
        if not isinstance(value, dict):
            return f"{value!r} is not an object"
    elif t in ("array", "multipicklist"):
        if not isinstance(value, list | str):
            return f"{value!r} is not a list"
    elif t != "any" and isinstance(value, dict | list):
        return f"a {type(value).__name__} cannot go into a {t} field"
    if spec.max_length is not None and isinstance(value, str) and len(value) > spec.max_length:
        return f"{len(value)} characters; at most {spec.max_length} allowed"
    if spec.picklist and spec.picklist_restricted and isinstance(value, str | bool):
        text = ("true" if value else "false") if isinstance(value, bool) else value
        if text not in spec.picklist:
            return f"{value!r} is not one of the picklist values ({', '.join(spec.picklist)})"
    return None

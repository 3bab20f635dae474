"""The fields the drafter may name: one object's schema catalog, flattened to dotted paths.

The drafter never names a field that is not here, except under a prefix the catalog itself
declares open (Segment ``traits.``, GA4 event params) or a Mailchimp merge field the text
names explicitly (merge fields are defined per audience); those are flagged for review.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from syncwright.mapping.draft.examples import fold

if TYPE_CHECKING:
    from syncwright.catalog import ObjectSchema


class UnknownObjectError(ValueError):
    """The platform.object is not one the drafter knows fields for."""


_NOT_A_FIELD_NAME = frozenset(["blank", "blanks", "empty", "null", "none", "missing", "coded", "default", "otherwise", "else", "if", "when", "then", "it", "them", "that", "this"])


@dataclass(frozen=True)
class FieldDesc:
    path: str  # dotted for nested fields: merge_fields.FNAME, traits.address.city
    type: str = "string"
    label: str = ""
    description: str = ""
    values: tuple[str, ...] = ()  # picklist values, documented spelling
    required: bool = False
    upsert_key: bool = False
    from_text: bool = False  # not in the catalog: named by the text under an open prefix

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
    open_prefixes: tuple[str, ...] = ()  # custom fields accepted under these (traits.)
    read_only: tuple[str, ...] = ()  # a destination's fields the platform sets (named in a question, never written)

    @property
    def platform(self) -> str:
        return self.ref.split(".", 1)[0]

    def get(self, path: str) -> FieldDesc | None:
        for f in self.fields:
            if f.path == path:
                return f
        return None

    def folded_names(self) -> frozenset[str]:
        """Every field's path, leaf and label as ``examples.fold`` compares names (a text's 'Last Name' is 'lastname')."""
        return frozenset(fold(n) for f in self.fields for n in (f.path, f.leaf, f.label) if n)

    def containers(self) -> set[str]:
        out: set[str] = set()
        for f in self.fields:
            parts = f.path.split(".")
            for k in range(1, len(parts)):
                out.add(".".join(parts[:k]))
        return out

    def with_fields(self, extra: list[FieldDesc]) -> ObjectFields:
        known = {f.path for f in self.fields}
        return ObjectFields(self.ref, self.fields + tuple(f for f in extra if f.path not in known), self.open_prefixes, self.read_only)

    def open_field(self, path: str) -> FieldDesc | None:
        """A field the text names under an open prefix (``traits.plan``), flagged as such; never
        one whose name is a word of the text's instructions ('params.blank' from "(blank = 'small')",
        'params.coded' from "hard-coded")."""
        if path.rsplit(".", 1)[-1].lower() in _NOT_A_FIELD_NAME:
            return None
        if any(path.startswith(p) and len(path) > len(p) for p in self.open_prefixes):
            return FieldDesc(path, "string", "", "named in the text (a custom field)", from_text=True)
        return None


_TYPES = {"picklist": "picklist", "multipicklist": "picklist", "array": "list", "text": "string", "id": "string"}


def from_schema(schema: ObjectSchema, side: str) -> ObjectFields:
    """A catalog schema as the drafter's field list. A destination loses read-only fields
    and containers (nothing can be written there)."""
    fields = []
    read_only: list[str] = []
    for spec in schema.fields.values():
        if spec.type == "object":
            continue
        if side == "dst" and spec.read_only:
            read_only.append(spec.name)
            continue
        fields.append(
            FieldDesc(
                path=spec.name,
                type=_TYPES.get(spec.type, spec.type),
                label=spec.label,
                description=spec.description,
                values=tuple(spec.picklist),
                required=spec.required,
                upsert_key=spec.upsert_key,
            )
        )
    return ObjectFields(schema.ref, tuple(fields), tuple(schema.open_prefixes), tuple(read_only))


def object_fields(ref: str, side: str = "src", schema: ObjectSchema | None = None) -> ObjectFields:
    """The fields of ``platform.object``: the schema catalog's (``schema`` when given, e.g.
    a connection's live fields; else the standard fields shipped with the package)."""
    from syncwright.catalog import CatalogError, parse_ref, standard_schema

    if schema is None:
        try:
            schema = standard_schema(*parse_ref(ref))
        except CatalogError as exc:
            raise UnknownObjectError(str(exc)) from None
    return from_schema(schema, side)

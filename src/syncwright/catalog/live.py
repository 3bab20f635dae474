"""The catalog from a live connection: the adapter's ``describe()``, folded into catalog
fields, enriched with the shipped labels and descriptions, and cached in the store.

The cache is an event stream per connection and object (``catalog-<connection>-<ref>``,
events ``schema_fetched`` carrying the schema and its ``fetched_at``): both store backends
keep it without a table of their own, and the history of a schema's changes stays.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from syncwright.adapters.base import Adapter, FieldInfo
from syncwright.catalog.model import FieldSpec, ObjectSchema
from syncwright.catalog.standard import CatalogError, standard_schema
from syncwright.domain.events import NewEvent
from syncwright.store.base import Store

SCHEMA_FETCHED = "schema_fetched"

TYPE_MAP = {
    "textarea": "text",
    "int": "integer",
    "long": "integer",
    "double": "number",
    "currency": "number",
    "percent": "number",
    "enumeration": "picklist",
    "bool": "boolean",
    "combobox": "picklist",
    "address": "object",
    "json": "object",
}


def stream_of(connection: str, platform: str, obj: str) -> str:
    return f"catalog-{connection}-{platform}.{obj}"


def fold(platform: str, obj: str, infos: list[FieldInfo], connection: str) -> ObjectSchema:
    """Live fields as catalog fields, with the shipped labels and descriptions filled in
    where the platform gave none. For Mailchimp the merge fields become
    ``merge_fields.TAG`` beside the shipped member fields."""
    try:
        std = standard_schema(platform, obj)
    except CatalogError:
        std = ObjectSchema(platform, obj, {})
    fields: dict[str, FieldSpec] = {}
    if platform == "mailchimp":
        members = {k: v for k, v in std.fields.items() if not k.startswith("merge_fields.")}
        fields.update(members)
    for info in infos:
        if info.name == "*":  # "any other field": an open object
            std = ObjectSchema(**{**std.__dict__, "open": True})
            continue
        name = info.name
        if platform == "mailchimp" and name not in fields:
            name = f"merge_fields.{name}"
        shipped = std.fields.get(name)
        fields[name] = FieldSpec(
            name=name,
            type=TYPE_MAP.get(info.type, info.type),
            label=info.label
            or (shipped.label if shipped else "")
            or (info.description if platform == "mailchimp" else ""),
            description=(shipped.description if shipped else "") or info.description,
            required=info.required
            or (shipped.required if shipped and platform != "salesforce" else False),
            max_length=info.max_length or (shipped.max_length if shipped else None),
            picklist=info.picklist or (shipped.picklist if shipped else ()),
            picklist_restricted=shipped.picklist_restricted if shipped else False,
            read_only=info.read_only or (shipped.read_only if shipped else False),
            upsert_key=info.upsert_key or (shipped.upsert_key if shipped else False),
            references=info.references or (shipped.references if shipped else None),
        )
    if (
        platform == "mailchimp"
    ):  # the adapter also takes merge tags flat (FNAME = merge_fields.FNAME)
        for name in [n for n in fields if n.startswith("merge_fields.")]:
            tag = name.removeprefix("merge_fields.")
            fields.setdefault(
                tag,
                FieldSpec(
                    **{**fields[name].to_json(), "name": tag, "picklist": fields[name].picklist}
                ),
            )
    if platform in ("segment", "ga4"):  # described from their published specs: keep ours
        for name, spec in std.fields.items():
            fields.setdefault(name, spec)
    return ObjectSchema(
        platform=platform,
        object=std.object if std.fields else obj,
        fields=fields,
        label=std.label,
        description=std.description,
        source="live",
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        connection=connection,
        open=std.open,
        open_prefixes=std.open_prefixes,
    )


async def describe_live(adapter: Adapter, platform: str, obj: str, connection: str) -> ObjectSchema:
    """Ask the platform (one describe call, through the adapter and its limiter)."""
    return fold(platform, obj, await adapter.describe(obj), connection)


def cached(store: Store, connection: str, platform: str, obj: str) -> ObjectSchema | None:
    events = store.read_stream(stream_of(connection, platform, obj))
    if not events:
        return None
    return ObjectSchema.from_json(events[-1].data["schema"])


def remember(store: Store, schema: ObjectSchema) -> None:
    """Cache a fetched schema (a new event; the previous answers stay as history)."""
    assert schema.connection is not None
    stream = stream_of(schema.connection, schema.platform, schema.object)
    data: dict[str, Any] = {"schema": schema.to_json(), "fetched_at": schema.fetched_at}
    store.append(stream, store.stream_version(stream), [NewEvent(SCHEMA_FETCHED, data)])

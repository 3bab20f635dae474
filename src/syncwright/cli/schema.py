"""`syncwright schema`: the fields of a platform object, from the package or live."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.table import Table

from syncwright.cli.app import app, out
from syncwright.cli.common import ConnectionsOpt, JsonOpt, StoreOpt, fail, print_json


@app.command()
def schema(
    ref: Annotated[str, typer.Argument(help="PLATFORM.OBJECT, e.g. salesforce.Lead.")],
    connection: Annotated[
        str | None, typer.Option("--connection", help="Ask this connection (live fields).")
    ] = None,
    connections: ConnectionsOpt = None,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Ask the platform again (else the cached copy).")
    ] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The fields of a platform object: type, required, max length, picklist values, label,
    description, read-only, and whether records can be upserted by it. Without
    --connection: the standard fields shipped with syncwright; with one: the account's real
    fields (custom ones too), cached in the store with the time they were fetched.

    Examples:

        syncwright schema salesforce.Lead

        syncwright schema mailchimp.members --connection audience --connections job.yaml --refresh --json
    """
    from syncwright.catalog import CatalogError
    from syncwright.catalog.service import get_schema
    from syncwright.store import StoreError, open_store

    try:
        opened = (
            open_store(store or os.environ.get("SYNCWRIGHT_STORE") or "syncwright.db")
            if connection
            else None
        )
    except StoreError as exc:
        fail(str(exc))
    try:
        result = get_schema(
            ref, connection=connection, connections_file=connections, store=opened, refresh=refresh
        )
    except CatalogError as exc:
        fail(str(exc))
    finally:
        if opened is not None:
            opened.close()
    if as_json:
        print_json(result.to_json())
        return
    where = (
        f"live from connections.{result.connection}, fetched {result.fetched_at}"
        if result.source == "live"
        else "standard fields shipped with syncwright"
    )
    table = Table(
        "field",
        "type",
        "req",
        "max",
        "key",
        "ro",
        "label",
        "picklist / description",
        title=f"{result.ref} ({where})",
    )
    for f in result.fields.values():
        extra = ", ".join(f.picklist) if f.picklist else f.description
        table.add_row(
            f.name,
            f.type + (f" -> {f.references}" if f.references else ""),
            "yes" if f.required else "",
            str(f.max_length or ""),
            "yes" if f.upsert_key else "",
            "yes" if f.read_only else "",
            f.label,
            extra,
        )
    out.print(table)
    if result.open_prefixes or result.open:
        out.print(
            "also accepts any field"
            + (f" under {', '.join(result.open_prefixes)}" if result.open_prefixes else "")
        )

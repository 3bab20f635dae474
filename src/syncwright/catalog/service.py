"""The catalog's command layer: one object's schema, from the package or a connection.

``syncwright schema``, ``check``, ``mapping preview`` and the Python API call this.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from syncwright.catalog import live
from syncwright.catalog.model import ObjectSchema
from syncwright.catalog.standard import CatalogError, parse_ref, standard_schema
from syncwright.store.base import Store


async def schema_from_adapter(
    adapter: object, ref: str, connection: str, store: Store | None, refresh: bool = False
) -> ObjectSchema:
    """The live schema through an open adapter: the store's cached copy unless ``refresh``,
    else one describe call (then cached)."""
    platform, obj = parse_ref(ref)
    if store is not None and not refresh:
        hit = live.cached(store, connection, platform, obj)
        if hit is not None:
            return hit
    schema = await live.describe_live(adapter, platform, obj, connection)  # type: ignore[arg-type]
    if store is not None:
        live.remember(store, schema)
    return schema


def get_schema(
    ref: str,
    *,
    connection: str | None = None,
    connections_file: Path | None = None,
    store: Store | None = None,
    refresh: bool = False,
) -> ObjectSchema:
    """``ref``'s schema: the shipped standard fields, or, with a connection, the account's
    live fields (cached in ``store``; ``refresh`` asks the platform again)."""
    platform, obj = parse_ref(ref)
    if connection is None:
        if refresh:
            raise CatalogError("--refresh needs --connection (the package's fields never change)")
        return standard_schema(platform, obj)
    from syncwright.mapping.sampling import SampleError, load_connections, open_adapter

    try:
        _, conns = load_connections(connections_file)
        conn = conns.get(connection, {})
        if conn and conn.get("platform") != platform:
            raise CatalogError(
                f"connections.{connection} is a {conn.get('platform')} connection, not {platform}"
            )
        if store is not None and not refresh:
            hit = live.cached(store, connection, platform, obj)
            if hit is not None:
                return hit
        adapter = open_adapter(connections_file, connection)
    except SampleError as exc:
        raise CatalogError(str(exc)) from None

    async def fetch() -> ObjectSchema:
        try:
            return await schema_from_adapter(adapter, ref, connection, store, refresh=True)
        except CatalogError:
            raise
        except Exception as exc:
            why = adapter.classify_error(exc).message
            raise CatalogError(f"{ref} via connections.{connection}: {why}") from None
        finally:
            await adapter.close()

    return asyncio.run(fetch())

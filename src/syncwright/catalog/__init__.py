"""The platform schema catalog: the fields of every platform object the adapters support.

Standard objects' standard fields ship with the package (``catalog/data/*.json``, from the
platforms' public docs), so everything works offline and in tests. With a connection, the
adapter's ``describe()`` gives the account's real fields (custom ones included); that
answer is cached in the store as a ``schema_fetched`` event with its fetched-at time.
"""

from __future__ import annotations

from syncwright.catalog.model import FieldSpec, ObjectSchema, accepts
from syncwright.catalog.standard import (
    CatalogError,
    parse_ref,
    platforms,
    record_checker,
    standard_objects,
    standard_schema,
)

__all__ = [
    "CatalogError",
    "FieldSpec",
    "ObjectSchema",
    "accepts",
    "parse_ref",
    "platforms",
    "record_checker",
    "standard_objects",
    "standard_schema",
]

"""The PostgreSQL schema and its migrations, run on every start.

The tables mirror the SQLite store's (``store/sqlite.py``); only the dialect differs
(``BIGSERIAL`` positions, ``BYTEA`` bodies). Read-model DDL comes unchanged from
``store/projections`` and the lease tables from ``store/leases.py``, so each is defined
once. Several workers may start at once: ``pg_advisory_xact_lock`` makes them migrate
one after the other, and the second finds nothing left to do.
"""

from __future__ import annotations

import psycopg

from syncwright.store.errors import StoreError
from syncwright.store.leases import LEASE_DDL
from syncwright.store.pg_url import quote_ident
from syncwright.store.projections import READ_MODEL_DDL
from syncwright.store.pruning import DIGESTS_DDL_PG
from syncwright.store.side_tables import SIDE_DDL
from syncwright.store.snapshots import SNAPSHOTS_DDL_PG

SCHEMA_VERSION = 2  # 2: staged_digests, payload_refs (retention)
MIGRATION_LOCK = 0x5357_6D69  # any constant; every syncwright process agrees on it

CORE_DDL = (
    """CREATE TABLE IF NOT EXISTS events (
        position BIGSERIAL PRIMARY KEY,
        stream_id TEXT NOT NULL,
        stream_version INTEGER NOT NULL,
        type TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        data TEXT NOT NULL,
        metadata TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (stream_id, stream_version)
    )""",
    """CREATE TABLE IF NOT EXISTS staged_records (
        id BIGSERIAL PRIMARY KEY, job_id TEXT NOT NULL, seq INTEGER NOT NULL,
        record_key TEXT NOT NULL, hash TEXT NOT NULL, body BYTEA NOT NULL,
        UNIQUE (job_id, seq))""",
    "CREATE INDEX IF NOT EXISTS staged_records_by_key ON staged_records (job_id, record_key)",
    """CREATE TABLE IF NOT EXISTS batch_payloads (
        id BIGSERIAL PRIMARY KEY, hash TEXT NOT NULL UNIQUE, body BYTEA NOT NULL)""",
    DIGESTS_DDL_PG,
    SNAPSHOTS_DDL_PG,  # folded state of long streams (store/snapshots.py): derived data
)

# Tables that only ever grow by new ``CREATE ... IF NOT EXISTS`` (a new read model, the
# lease tables) are created on every start, as the SQLite store does. Changes to existing
# tables go in MIGRATIONS: version -> statements from the previous version to it.
ALWAYS: tuple[str, ...] = (*CORE_DDL, *READ_MODEL_DDL, *LEASE_DDL, *SIDE_DDL)
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ()),
    (
        2,
        (
            "INSERT INTO payload_refs (job_id, batch_index, hash) SELECT substr(stream_id, 5), "
            "(data::json->>'index')::int, data::json->>'payload_hash' FROM events "
            "WHERE type = 'batch_mapped' ON CONFLICT DO NOTHING",
        ),
    ),
)


def migrate(conn: psycopg.Connection[tuple[object, ...]], schema: str | None, display: str) -> None:
    """Bring the store's schema up to ``SCHEMA_VERSION`` (idempotent, safe to race)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        if schema:
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {quote_ident(schema)}")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        row = conn.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchone()
        current = int(str(row[0])) if row else 0
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"store {display} has schema version {current}, newer than this syncwright "
                f"understands ({SCHEMA_VERSION}); upgrade syncwright"
            )
        for ddl in ALWAYS:
            conn.execute(ddl)
        for version, statements in MIGRATIONS:
            if version > current:
                for ddl in statements:
                    conn.execute(ddl)
        conn.execute(
            "INSERT INTO store_meta VALUES ('schema_version', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(max(current, SCHEMA_VERSION)),),
        )

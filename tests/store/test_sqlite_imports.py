"""A run on SQLite never imports the PostgreSQL driver: psycopg and its pool cost about
0.1 s to import, paid by every CLI command that opens side tables or leases."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHILD = """
import sys
from syncwright.store.leases import open_leases
from syncwright.store.side_tables import open_side_db
from syncwright.store.sqlite import SQLiteStore
store = SQLiteStore(sys.argv[1])
side = open_side_db(store)
leases = open_leases(store)
assert side is not None and leases is not None
print(sorted(m for m in sys.modules if m.startswith(("psycopg", "syncwright.store.postgres"))))
"""


def test_sqlite_side_tables_and_leases_leave_psycopg_unimported(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "store.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]", out.stdout

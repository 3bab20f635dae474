"""A file that behaves like an upsert destination: one line per match key, crash-safe.

Lines are appended; a small SQLite index beside the file (``<file>.keys``) maps each key
to the hash of its line. Re-sending a batch after a crash therefore never duplicates a
record. After a crash between writing lines and committing the index, ``open`` indexes
the tail of the file and drops a torn last line. Memory stays flat: the index is on disk.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from syncwright.adapters.base import Outcome

KeyOf = Callable[[bytes], str]  # extracts the match key from one stored line


def line_hash(line: bytes) -> str:
    return hashlib.blake2b(line, digest_size=16).hexdigest()


class KeyedFile:
    """Upsert lines by key into ``path``. ``header`` is a first line that is not a record."""

    def __init__(self, path: Path, key_of: KeyOf, header: bytes | None = None) -> None:
        self.path = path
        self.key_of = key_of
        self.header = header
        self.index_path = path.with_name(path.name + ".keys")
        path.parent.mkdir(parents=True, exist_ok=True)
        self._ix = sqlite3.connect(self.index_path, isolation_level=None)
        self._ix.execute("PRAGMA journal_mode = WAL")
        self._ix.execute("PRAGMA synchronous = NORMAL")
        self._ix.execute(
            "CREATE TABLE IF NOT EXISTS keys (key TEXT PRIMARY KEY, hash TEXT NOT NULL) WITHOUT ROWID"
        )
        self._ix.execute(
            "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        self._recover()

    # -- recovery ---------------------------------------------------------------
    def _indexed_size(self) -> int:
        row = self._ix.execute("SELECT value FROM meta WHERE name = 'size'").fetchone()
        return int(row[0]) if row else 0

    def _recover(self) -> None:
        if not self.path.exists():
            self._reset_index()
            with open(self.path, "wb") as f:
                if self.header:
                    f.write(self.header)
            self._set_size(self.path.stat().st_size)
            return
        actual, indexed = self.path.stat().st_size, self._indexed_size()
        if actual == indexed:
            return
        if actual < indexed or indexed == 0:
            # Replaced or truncated behind our back, or a new index: rebuild from scratch.
            self._reset_index()
            start = len(self.header) if self.header and actual >= len(self.header) else 0
        else:
            start = indexed
        self._index_tail(start)

    def _reset_index(self) -> None:
        self._ix.execute("DELETE FROM keys")
        self._ix.execute("DELETE FROM meta")

    def _index_tail(self, start: int) -> None:
        with open(self.path, "r+b") as f:
            f.seek(start)
            good_end = start
            rows = []
            for line in f:
                if not line.endswith(b"\n"):
                    break  # torn write from a crash: drop it
                rows.append((self.key_of(line), line_hash(line)))
                good_end += len(line)
            f.truncate(good_end)
        self._ix.execute("BEGIN")
        self._ix.executemany("INSERT OR REPLACE INTO keys (key, hash) VALUES (?, ?)", rows)
        self._set_size(good_end)
        self._ix.execute("COMMIT")

    def _set_size(self, size: int) -> None:
        self._ix.execute(
            "INSERT OR REPLACE INTO meta (name, value) VALUES ('size', ?)", (str(size),)
        )

    def meta(self, name: str) -> str | None:
        row = self._ix.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, name: str, value: str) -> None:
        self._ix.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (name, value))

    # -- upsert -----------------------------------------------------------------
    def upsert(self, rows: list[tuple[str, bytes]]) -> list[Outcome]:
        """Write ``(key, line)`` pairs; each line must end with a newline."""
        known: dict[str, str] = {}
        keys = [k for k, _ in rows]
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            known.update(
                self._ix.execute(f"SELECT key, hash FROM keys WHERE key IN ({marks})", chunk)
            )
        outcomes: list[Outcome] = []
        appends: list[bytes] = []
        new_rows: list[tuple[str, str]] = []
        replaced: dict[str, bytes] = {}
        for key, line in rows:
            h = line_hash(line)
            old = known.get(key)
            if old is None:
                appends.append(line)
                new_rows.append((key, h))
                known[key] = h
                outcomes.append(Outcome.CREATED)
            elif old == h:
                outcomes.append(Outcome.UNCHANGED)
            else:
                replaced[key] = line
                new_rows.append((key, h))
                known[key] = h
                outcomes.append(Outcome.UPDATED)
        if appends:
            with open(self.path, "ab") as f:
                f.write(b"".join(appends))
        if replaced:
            self._rewrite(replaced)
        self._ix.execute("BEGIN")
        self._ix.executemany("INSERT OR REPLACE INTO keys (key, hash) VALUES (?, ?)", new_rows)
        self._set_size(self.path.stat().st_size)
        self._ix.execute("COMMIT")
        return outcomes

    def _rewrite(self, replaced: dict[str, bytes]) -> None:
        """Replace the lines of updated keys in place (atomic via a temporary file)."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(self.path, "rb") as src, open(tmp, "wb") as dst:
            if self.header:
                dst.write(src.readline())
            for line in src:
                key = self.key_of(line)
                dst.write(replaced.get(key, line))
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.path)

    def lines(self) -> Iterator[bytes]:
        with open(self.path, "rb") as f:
            if self.header:
                f.readline()
            yield from f

    def close(self) -> None:
        self._ix.close()

"""A file that behaves like an upsert destination: crash-safe, updates cost the batch only.

The file is an append-only log of complete records (a JSONL line; a CSV record, which may
span lines inside quotes). A small SQLite index beside it (``<file>.keys``) maps each key
to its current record: offset, length, hash, and the order in which the key first came.
An update appends the new version and moves the key's pointer, so writing a batch costs
the batch, never the file. The old version is *superseded*: a reader that keeps the last
record per key always sees the current state, and the file is compacted (the live records,
in first-come order, copied to a temporary file, fsynced, then renamed over the file)
when superseded records outnumber live ones (amortised: each update pays for one copy)
and when an upload finishes (``finish``), so a completed job leaves one record per key.

Crash safety: the index commits after the file write, so on open a file longer than the
index says holds only complete records appended since (indexed from where the index stops;
a torn last record is cut off). A file shorter than the index, or another file than the
one indexed (another inode: a compaction that crashed after its rename, or a file replaced
by hand), is indexed again from its start. A failed write (disk full) is cut back to the
last committed size before the error is raised, so a retry never appends after half a
record; a record that cannot be read is an error naming the file and the byte offset.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from syncwright.adapters.base import AdapterError, Outcome
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.private_files import create_private, open_private
from syncwright.sqlite_wal import rollback_quietly

KeyOf = Callable[[bytes], str]  # extracts the match key from one stored record
Complete = Callable[[bytes], bool]  # whether bytes up to a newline are a whole record
COMPACT_MIN = 1000
"""Superseded records tolerated before compacting, however few records are live."""
CHUNK = 5000


LINE_HASH = "sha256-128"
"""How the index names a record's bytes (meta ``hash``). SHA-256 is hardware-accelerated
on current CPUs (about three times faster than Python's BLAKE2b); an index written with
another hash (BLAKE2b, before this was recorded) is indexed again from the file."""


def line_hash(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()[:32]


def _whole_line(record: bytes) -> bool:
    return True


def corrupt(path: Path, message: str) -> AdapterError:
    return AdapterError(
        Classified(
            ErrorKind.FATAL, f"destination file {path} {message}", code="DESTINATION_CORRUPT"
        )
    )


def _records(f: BinaryIO, start: int, complete: Complete) -> Iterator[tuple[int, bytes]]:
    """Complete records from byte ``start``, as ``(offset, bytes)``; stops before a torn
    last one (no final newline, or an unclosed CSV quote)."""
    offset = start
    pending: list[bytes] = []
    f.seek(start)
    for line in f:
        if not line.endswith(b"\n"):
            return
        pending.append(line)
        record = pending[0] if len(pending) == 1 else b"".join(pending)
        if not complete(record):
            continue
        pending = []
        yield offset, record
        offset += len(record)


class KeyedFile:
    """Upsert records by key into ``path``. ``header`` is a first record that is not data."""

    def __init__(
        self,
        path: Path,
        key_of: KeyOf,
        header: bytes | None = None,
        complete: Complete | None = None,
    ) -> None:
        self.path = path
        self.key_of = key_of
        self.header = header
        self.complete = complete or _whole_line
        self.index_path = path.with_name(path.name + ".keys")
        self.tmp_path = path.with_name(path.name + ".compacting")
        path.parent.mkdir(parents=True, exist_ok=True)
        create_private(self.index_path)
        self._ix = sqlite3.connect(self.index_path, isolation_level=None)
        self._ix.execute("PRAGMA journal_mode = WAL")
        self._ix.execute("PRAGMA synchronous = NORMAL")
        self._schema()
        self._load()
        self._recover()

    # -- the index ----------------------------------------------------------------
    def _schema(self) -> None:
        ix = self._ix
        ix.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        if ix.execute("SELECT 1 FROM sqlite_master WHERE name = 'keys'").fetchone():
            # The first format (key -> hash, lines rewritten in place): index again.
            ix.execute("DROP TABLE keys")
            ix.execute("DELETE FROM meta WHERE name <> 'match_key'")
        indexed = dict(ix.execute("SELECT name, value FROM meta WHERE name IN ('size', 'hash')"))
        if "size" in indexed and indexed.get("hash") != LINE_HASH:
            # Hashed another way: the file is indexed again (the hashes must compare).
            ix.execute("DELETE FROM meta WHERE name <> 'match_key'")
            if ix.execute("SELECT 1 FROM sqlite_master WHERE name = 'lines'").fetchone():
                ix.execute("DELETE FROM lines")
        # Rows in first-come order (seq is the rowid): compaction reads them in order.
        ix.execute(
            "CREATE TABLE IF NOT EXISTS lines (seq INTEGER PRIMARY KEY, key TEXT NOT NULL "
            "UNIQUE, offset INTEGER NOT NULL, length INTEGER NOT NULL, hash TEXT NOT NULL)"
        )

    def _load(self) -> None:
        meta = dict(self._ix.execute("SELECT name, value FROM meta").fetchall())
        self.size = int(meta.get("size", -1))  # -1: nothing indexed yet
        self.ino = int(meta.get("ino", -1))
        self.records = int(meta.get("records", 0))  # records in the file, superseded too
        self.live = int(meta.get("live", 0))  # keys (their current records)
        self.next_seq = int(meta.get("next_seq", 0))

    def _save(self) -> None:
        self._ix.executemany(
            "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
            [
                ("size", str(self.size)),
                ("ino", str(self.ino)),
                ("records", str(self.records)),
                ("live", str(self.live)),
                ("next_seq", str(self.next_seq)),
                ("hash", LINE_HASH),
            ],
        )

    def _commit(self, work: Callable[[], None]) -> None:
        """Run ``work`` and save the counters in one index transaction; on failure the
        counters are read back from the index, as they were."""
        self._ix.execute("BEGIN IMMEDIATE")
        try:
            work()
            self._save()
            self._ix.execute("COMMIT")
        except BaseException:
            rollback_quietly(self._ix)
            self._load()
            raise

    def meta(self, name: str) -> str | None:
        row = self._ix.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, name: str, value: str) -> None:
        self._ix.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", (name, value))

    @property
    def superseded(self) -> int:
        return self.records - self.live

    # -- recovery -------------------------------------------------------------------
    def _recover(self) -> None:
        self.tmp_path.unlink(missing_ok=True)  # a compaction that never got to its rename
        if not self.path.exists():
            create_private(self.path)
            with open(self.path, "r+b") as f:
                f.write(self.header or b"")
            st = self.path.stat()

            def fresh() -> None:
                self._ix.execute("DELETE FROM lines")
                self._ix.execute("DELETE FROM meta WHERE name <> 'format'")
                self.size, self.ino, self.records, self.live, self.next_seq = (
                    st.st_size,
                    st.st_ino,
                    0,
                    0,
                    0,
                )

            self._commit(fresh)
            return
        st = self.path.stat()
        if st.st_ino == self.ino and st.st_size == self.size:
            return
        if st.st_ino == self.ino and 0 <= self.size < st.st_size:
            self._index_from(self.size)
        else:
            self._index_from(None)

    def _index_from(self, start: int | None) -> None:
        """Index the file's records from byte ``start`` (None: all of it, from scratch) and
        cut off a torn last record."""
        with open(self.path, "r+b") as f:
            if start is None:
                start = 0
                if self.header is not None:
                    first = next(_records(f, 0, self.complete), None)
                    if first is None:  # empty, or a torn header
                        f.truncate(0)
                        f.seek(0)
                        f.write(self.header)
                    start = len(first[1]) if first else len(self.header)
                fresh = True
            else:
                fresh = False
            rows: list[tuple[str, int, int, str]] = []
            end = start
            for offset, record in _records(f, start, self.complete):
                end = offset + len(record)
                if not record.strip():
                    continue  # a blank line is no record
                try:
                    key = self.key_of(record)
                except Exception as exc:  # whatever the format's parser raises
                    raise corrupt(
                        self.path, f"has a record it cannot read at byte {offset} ({exc})"
                    ) from None
                rows.append((key, offset, len(record), line_hash(record)))
            f.truncate(end)
            ino = os.fstat(f.fileno()).st_ino

        def index() -> None:
            if fresh:
                self._ix.execute("DELETE FROM lines")
                self.records = self.live = self.next_seq = 0
            self._point(rows, self._known([k for k, *_ in rows]))
            self.size, self.ino = end, ino

        self._commit(index)

    def _known(self, keys: list[str]) -> dict[str, str]:
        """key -> hash of its current record, for the keys already indexed."""
        known: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            known.update(
                self._ix.execute(f"SELECT key, hash FROM lines WHERE key IN ({marks})", chunk)
            )
        return known

    def _point(self, rows: list[tuple[str, int, int, str]], known: dict[str, str]) -> None:
        """Point each key at its record (rows in file order; the last one of a key wins)."""
        inserts, updates = [], []
        for key, offset, length, h in rows:
            if key in known:  # keeps its seq: the order it first came in
                updates.append((offset, length, h, key))
            else:
                known[key] = h
                inserts.append((self.next_seq, key, offset, length, h))
                self.next_seq += 1
                self.live += 1
        # Inserts first: a key new in these rows and repeated in them is then updated.
        self._ix.executemany(
            "INSERT INTO lines (seq, key, offset, length, hash) VALUES (?, ?, ?, ?, ?)", inserts
        )
        self._ix.executemany(
            "UPDATE lines SET offset = ?, length = ?, hash = ? WHERE key = ?", updates
        )
        self.records += len(rows)

    # -- upsert -------------------------------------------------------------------
    def upsert(self, rows: list[tuple[str, bytes]]) -> list[Outcome]:
        """Write ``(key, record)`` pairs; each record must end with a newline."""
        known = self._known([k for k, _ in rows])
        outcomes: list[Outcome] = []
        parts: list[bytes] = []
        pointed: list[tuple[str, int, int, str]] = []
        end = self.size
        seen = dict(known)
        sha256 = hashlib.sha256  # line_hash, inlined: this loop runs once a record
        for key, line in rows:
            h = sha256(line).hexdigest()[:32]
            old = seen.get(key)
            if old == h:
                outcomes.append(Outcome.UNCHANGED)
                continue
            outcomes.append(Outcome.CREATED if old is None else Outcome.UPDATED)
            seen[key] = h
            pointed.append((key, end, len(line), h))
            parts.append(line)
            end += len(line)
        if not parts:
            return outcomes
        start = self.size
        self._write_at(start, b"".join(parts))
        try:

            def index() -> None:
                self._point(pointed, known)
                self.size = end

            self._commit(index)
        except BaseException:
            self._cut_back(start)
            raise
        if self.superseded > max(self.live, COMPACT_MIN):
            self.compact()
        return outcomes

    def _write_at(self, start: int, data: bytes) -> None:
        """Write ``data`` at ``start`` (the committed end), all of it or none of it."""
        fd = os.open(self.path, os.O_RDWR)
        try:
            st = os.fstat(fd)
            if st.st_ino != self.ino or st.st_size < start:
                raise corrupt(
                    self.path,
                    "was replaced or cut short by something else while this job wrote it; "
                    "resume the job to index it again",
                )
            try:
                view = memoryview(data)
                done = 0
                while done < len(view):
                    done += os.pwrite(fd, view[done:], start + done)
                # Anything beyond is a failed earlier write that could not be cut back.
                os.ftruncate(fd, start + len(data))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, start)
                raise
        finally:
            os.close(fd)

    def _cut_back(self, size: int) -> None:
        with contextlib.suppress(OSError):
            os.truncate(self.path, size)

    # -- compaction ---------------------------------------------------------------
    def _live_chunks(self) -> Iterator[list[tuple[int, str, int, int, str]]]:
        """The index in first-come order, in chunks: (seq, key, offset, length, hash)."""
        after = -1
        while True:
            rows = self._ix.execute(
                "SELECT seq, key, offset, length, hash FROM lines WHERE seq > ? "
                "ORDER BY seq LIMIT ?",
                (after, CHUNK),
            ).fetchall()
            if not rows:
                return
            yield rows
            after = rows[-1][0]

    def compact(self) -> None:
        """Rewrite the file with one record per key (first-come order); atomic."""
        header_len = 0
        with open(self.path, "rb") as src, os.fdopen(open_private(self.tmp_path), "wb") as dst:
            if self.header is not None:
                first = next(_records(src, 0, self.complete), None)
                header = first[1] if first else self.header
                dst.write(header)
                header_len = len(header)
            for chunk in self._live_chunks():
                for _seq, key, offset, length, h in chunk:
                    src.seek(offset)
                    record = src.read(length)
                    if line_hash(record) != h:
                        raise corrupt(
                            self.path,
                            f"does not hold the indexed record of {key!r} at byte {offset}",
                        )
                    dst.write(record)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(self.tmp_path, self.path)
        # From here a crash leaves another inode than the index names: open indexes again.
        st = self.path.stat()

        def repoint() -> None:
            self._ix.execute(
                "UPDATE lines SET offset = ? + o.off FROM (SELECT seq, "
                "SUM(length) OVER (ORDER BY seq) - length AS off FROM lines) AS o "
                "WHERE o.seq = lines.seq",
                (header_len,),
            )
            self.size, self.ino, self.records = st.st_size, st.st_ino, self.live

        self._commit(repoint)

    def finish(self) -> None:
        """End of an upload: check the file is still the one indexed, and compact it."""
        st = self.path.stat()
        if st.st_ino != self.ino or st.st_size != self.size:
            raise corrupt(
                self.path,
                "was changed by something else while this job wrote it; resume the job to "
                "index it again",
            )
        if self.superseded:
            self.compact()

    def lines(self) -> Iterator[bytes]:
        """The current records, in first-come order."""
        with open(self.path, "rb") as f:
            for chunk in self._live_chunks():
                for _seq, _key, offset, length, _h in chunk:
                    f.seek(offset)
                    yield f.read(length)

    def close(self) -> None:
        self._ix.close()

"""The embedded default store: one SQLite file in WAL mode, zero set-up.

One write transaction (``BEGIN IMMEDIATE``) holds the appended events, the staged
content they refer to, and the read-model updates, so a crash at any instant leaves
either all of them or none. UNIQUE(stream_id, stream_version) is the optimistic lock.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import orjson

from syncwright.domain.events import SCHEMAS, NewEvent, RecordedEvent
from syncwright.domain.job import JobView
from syncwright.private_files import create_private
from syncwright.sqlite_wal import enter_wal, rollback_quietly
from syncwright.store.base import VIEWS_CACHED, Snapshot, Staging
from syncwright.store.errors import (
    ConcurrencyConflict,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
)
from syncwright.store.projections import (
    READ_MODEL_DDL,
    READ_MODEL_TABLES,
    project,
)
from syncwright.store.pruning import DIGESTS_DDL_SQLITE, write_drop
from syncwright.store.reads import StoreReads
from syncwright.store.snapshots import SAVE, SNAPSHOTS_DDL_SQLITE, save_params
from syncwright.store.sql_in import in_chunks

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 2: staged_digests, payload_refs (retention)
BUSY_TIMEOUT_MS = int(os.environ.get("SYNCWRIGHT_BUSY_TIMEOUT_MS", "10000"))

CORE_DDL = (
    """CREATE TABLE IF NOT EXISTS events (
        position INTEGER PRIMARY KEY AUTOINCREMENT,
        stream_id TEXT NOT NULL,
        stream_version INTEGER NOT NULL,
        type TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        data TEXT NOT NULL,
        metadata TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (stream_id, stream_version)
    )""",
    # Staged records arrive in (job, seq) order, so both the rows and the index grow at
    # their ends; each row carries the content hash of its body for lineage and change
    # detection. (A global content-addressed table was tried: its random-order hash
    # index made every page commit rewrite hundreds of index pages.)
    """CREATE TABLE IF NOT EXISTS staged_records (
        id INTEGER PRIMARY KEY, job_id TEXT NOT NULL, seq INTEGER NOT NULL,
        record_key TEXT NOT NULL, hash TEXT NOT NULL, body BLOB NOT NULL,
        UNIQUE (job_id, seq))""",
    """CREATE TABLE IF NOT EXISTS batch_payloads (
        id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, body BLOB NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    DIGESTS_DDL_SQLITE,
    # A job's staged keys in key order: the repeated-key scan at the end of fetching reads
    # this index alone (no sort of every staged row), so it commits soon even for a runner
    # that keeps dying; `explain` finds a key without scanning the job (as on PostgreSQL).
    "CREATE INDEX IF NOT EXISTS staged_records_by_key ON staged_records (job_id, record_key, seq)",
    SNAPSHOTS_DDL_SQLITE,  # folded state of long streams (store/snapshots.py): derived data
)
# Read models added after version 1 that must be filled from the events already stored.
BACKFILL = {
    2: (
        "INSERT OR IGNORE INTO payload_refs (job_id, batch_index, hash) SELECT "
        "substr(stream_id, 5), json_extract(data, '$.index'), json_extract(data, '$.payload_hash') "
        "FROM events WHERE type = 'batch_mapped'",
    ),
}


_DDL_NAMES = {
    m.group(1)
    for ddl in (*CORE_DDL, *READ_MODEL_DDL)
    if (m := re.search(r"CREATE (?:UNIQUE )?(?:TABLE|INDEX) IF NOT EXISTS (\w+)", ddl))
}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _wrap(exc: sqlite3.Error, location: str) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreLocked(
            f"store {location} is locked by another process (waited {BUSY_TIMEOUT_MS // 1000} s); "
            "is another syncwright writing to it?"
        )
    if "disk is full" in text or "disk I/O error" in text:
        return StoreFull(
            f"store {location}: cannot write ({text}); free space on its disk, then retry or "
            "resume (nothing was half-written)"
        )
    if isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    ):
        return StoreCorrupt(f"store {location} is not a syncwright store or is damaged: {text}")
    return StoreError(f"store {location}: {text}")


class _FileWriter:
    """The turn to write one store file, shared by every handle on it in this process.

    Why: SQLite lets one writer in at a time, and a connection that finds the file taken
    does not wait for it to be free, it sleeps and polls (1, 2, 5, 10 ms ...). With intake,
    the dispatcher and route runners each on a handle of their own, those sleeps were most
    of a webhook's ack time. Threads of one process queue here instead and go in the moment
    the previous transaction ends; other processes still meet SQLite's busy timeout."""

    _all: ClassVar[dict[str, _FileWriter]] = {}
    _guard: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, location: str) -> None:
        self.location = location
        self._lock = threading.Lock()
        # Handles opened on this file leave WAL checkpoints to a ``BackgroundCheckpoints``
        # thread instead of running one inside whichever commit crosses 1,000 pages.
        self.checkpoints_deferred = False

    @classmethod
    def of(cls, path: Path) -> _FileWriter:
        key = os.path.realpath(path)
        with cls._guard:
            writer = cls._all.get(key)
            if writer is None:
                writer = cls._all[key] = cls(str(path))
            return writer

    def __enter__(self) -> None:
        if not self._lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            raise StoreLocked(
                f"store {self.location} is locked by another writer of this process (waited "
                f"{BUSY_TIMEOUT_MS // 1000} s)"
            )

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


COMPLETE_FRAMES = 4000  # WAL pages (4 KiB) from which a checkpoint is completed under the lock


class BackgroundCheckpoints:
    """WAL checkpoints of one store file on a thread of their own, for a process whose
    writers wait on each other (``serve``: intake, the dispatcher and each route).

    Why: SQLite checkpoints inside the commit that takes the WAL past 1,000 pages, copying
    the WAL into the database and syncing both while that writer (and so, through
    ``_FileWriter``, every writer of the process, webhook acks included) waits. A PASSIVE
    checkpoint from another connection does the same work without holding the write lock.
    Durability is unchanged: a commit is in the WAL either way. Handles opened on the file
    in this process after ``start`` skip their own checkpoints; other processes keep theirs.
    """

    def __init__(
        self, path: str | Path, every_seconds: float = 0.2, complete_frames: int = COMPLETE_FRAMES
    ) -> None:
        self.path = Path(path)
        self.every_seconds = every_seconds
        self.complete_frames = complete_frames
        self._writer = _FileWriter.of(self.path)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._main, name="wal-checkpoints", daemon=True)

    def start(self) -> None:
        _FileWriter.of(self.path).checkpoints_deferred = True
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
        _FileWriter.of(self.path).checkpoints_deferred = False

    def _complete(self, db: sqlite3.Connection) -> None:
        """Copy what came since the PASSIVE checkpoint just before, with this process's
        writers held (their turn, ``_FileWriter``): the checkpoint then reaches the WAL's
        end, which lets the next commit start the WAL from its beginning (and cut it back
        to ``journal_size_limit``). One running beside writers never catches up with them:
        the WAL grew to 460 MB in 6 s of load. Still PASSIVE: it never waits for a reader
        (a RESTART did, holding every writer of the process, up to 120 ms); a reader on an
        old snapshot leaves it short of the end, and the next tick tries again."""
        with self._writer:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def _main(self) -> None:
        db: sqlite3.Connection | None = None
        failing: str | None = None
        try:
            while not self._stop.wait(self.every_seconds):
                try:
                    if db is None:
                        if not self.path.exists() or self.path.stat().st_size == 0:
                            continue  # not a store yet: its first handle is opening it
                        db = sqlite3.connect(self.path, isolation_level=None, timeout=1.0)
                    row = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    if row is not None and int(row[1]) >= self.complete_frames:
                        self._complete(db)
                    failing = None
                except (sqlite3.Error, StoreLocked) as exc:  # disk full ...: one line per failure
                    if str(exc) != failing:
                        failing = str(exc)
                        log.warning("store %s: background checkpoint failed: %s", self.path, exc)
        finally:
            if db is not None:
                db.close()


class SQLiteStore(StoreReads):
    """A ``Store`` on one SQLite file."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        # Job views as of their last append by this handle: a view is reused only when
        # its version is the one being appended after, so it can never be stale.
        self._views: dict[str, Any] = {}
        # One write transaction at a time on the connection, and in this process on the file.
        self._writing = _FileWriter.of(self.path)
        # A zero-byte file is no store (a `touch`, or a crash before the first commit):
        # writers initialise it and say so (``was_empty``); readers refuse it.
        self.was_empty = self.path.exists() and self.path.stat().st_size == 0
        self.read_only = read_only and self.path.exists()
        if self.read_only and self.was_empty:
            raise StoreCorrupt(
                f"store {self.location} is an empty file (0 bytes), not a syncwright store: "
                "no job has run with it (check the path), or delete it"
            )
        try:
            if self.read_only and self._open_read_only():
                return
            create_private(self.path)  # contact data: 0600 (the WAL files follow it)
            self._db = sqlite3.connect(
                self.path,
                isolation_level=None,
                timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Only takes effect on a new, empty file: lets pruning give space back to the
            # file system page by page (``reclaim``) instead of a full VACUUM.
            self._db.execute("PRAGMA auto_vacuum = INCREMENTAL")
            mode = enter_wal(self._db, BUSY_TIMEOUT_MS / 1000)
            if mode.lower() != "wal":
                raise StoreError(f"store {self.location}: cannot switch to WAL mode (got {mode})")
            # NORMAL in WAL mode survives any process crash; only an OS crash can lose
            # the last transactions, never consistency.
            self._db.execute("PRAGMA synchronous = NORMAL")
            # A bounded page cache keeps memory flat however large a job grows: staging
            # is written and read sequentially, so a big cache buys little.
            self._db.execute("PRAGMA cache_size = -16384")
            # After a checkpoint the WAL is cut back to this size instead of keeping the
            # size of the largest transaction it ever held.
            self._db.execute("PRAGMA journal_size_limit = 67108864")
            if self._writing.checkpoints_deferred:
                self._db.execute("PRAGMA wal_autocheckpoint = 0")
            self._migrate()
        except sqlite3.Error as exc:
            raise _wrap(exc, self.location) from None

    def _open_read_only(self) -> bool:
        """For commands that only read: no transaction that writes, no schema change, and
        (WAL) no wait on a writer; works on a store the user may not write."""
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        self._db = sqlite3.connect(
            uri, uri=True, isolation_level=None, timeout=1.0, check_same_thread=False
        )
        self._db.execute("PRAGMA cache_size = -16384")
        row = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_meta'"
        ).fetchone()
        if row is None:
            raise StoreCorrupt(f"store {self.location} is not a syncwright store (no store_meta)")
        version = self._db.execute(
            "SELECT value FROM store_meta WHERE key = 'schema_version'"
        ).fetchone()
        if version is not None and int(version[0]) > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.location} has schema version {version[0]}, newer than this "
                f"syncwright understands ({SCHEMA_VERSION}); upgrade syncwright"
            )
        if not self._schema_current():
            # Written by an older syncwright: a table this one reads is missing. Reading
            # needs the upgrade first, which writes (once).
            self._db.close()
            self.read_only = False
            return False
        return True

    # -- schema -----------------------------------------------------------------
    def _migrate(self) -> None:
        if self._schema_current():
            return  # nothing to create: no write transaction, no wait on a writer
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for ddl in (*CORE_DDL, *READ_MODEL_DDL):
                self._db.execute(ddl)
            row = self._db.execute(
                "SELECT value FROM store_meta WHERE key = 'schema_version'"
            ).fetchone()
            current = SCHEMA_VERSION if row is None else int(row[0])
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"store {self.location} has schema version {row[0]}, newer than this "
                    f"syncwright understands ({SCHEMA_VERSION}); upgrade syncwright"
                )
            for version, statements in BACKFILL.items():
                if version > current:
                    for sql in statements:
                        self._db.execute(sql)
            if row is None or current != SCHEMA_VERSION:
                self._db.execute(
                    "INSERT INTO store_meta VALUES ('schema_version', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (str(SCHEMA_VERSION),),
                )
            self._db.execute("COMMIT")
        except BaseException:
            rollback_quietly(self._db)
            raise

    def _schema_current(self) -> bool:
        """Whether every table and index of the DDL exists and the schema version is this
        one's (then opening needs no write transaction)."""
        names = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        if not names >= _DDL_NAMES:
            return False
        row = self._db.execute(
            "SELECT value FROM store_meta WHERE key = 'schema_version'"
        ).fetchone()
        return row is not None and int(row[0]) == SCHEMA_VERSION

    # -- events -----------------------------------------------------------------
    def stream_version(self, stream_id: str) -> int:
        row = self._q(
            "SELECT MAX(stream_version) FROM events WHERE stream_id = ?", (stream_id,)
        ).fetchone()
        return int(row[0] or 0)

    def remember_views(self, views: dict[str, Any]) -> None:
        if len(self._views) + len(views) > VIEWS_CACHED:
            self._views.clear()
        self._views.update(views)

    def append_streams(
        self,
        appends: list[tuple[str, int, list[NewEvent]]],
        staging: Staging | None = None,
    ) -> list[RecordedEvent]:
        """Append to several streams in one transaction (e.g. one webhook delivery's events).

        Each ``(stream, expected_version, events)`` is checked; any stale version raises
        ``ConcurrencyConflict`` for that stream and nothing at all is written. Threads that
        share this handle take turns: two write transactions at once on one connection
        would be one nested in the other."""
        with self._writing:
            return self._append_streams(appends, staging)

    def _append_streams(
        self,
        appends: list[tuple[str, int, list[NewEvent]]],
        staging: Staging | None,
    ) -> list[RecordedEvent]:
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _wrap(exc, self.location) from None
        try:
            self._check_versions(appends)
            if staging is not None:
                self._write_staging(staging)
            recorded: list[RecordedEvent] = []
            now = _now()  # one instant for the transaction (a group commit holds hundreds)
            for stream_id, expected_version, events in appends:
                done = self._insert_events(stream_id, expected_version, events, now)
                project(db, done, self._views)
                recorded.extend(done)
            db.execute("COMMIT")
            if len(self._views) > VIEWS_CACHED:
                self._views.clear()
            return recorded
        except sqlite3.IntegrityError:
            self._views.clear()
            rollback_quietly(db)
            stream_id, expected_version, _ = appends[0]
            raise ConcurrencyConflict(
                stream_id, expected_version, self.stream_version(stream_id)
            ) from None
        except sqlite3.Error as exc:
            self._views.clear()
            rollback_quietly(db)
            raise _wrap(exc, self.location) from None
        except BaseException:
            self._views.clear()
            rollback_quietly(db)
            raise

    def _check_versions(self, appends: list[tuple[str, int, list[NewEvent]]]) -> None:
        """Every stream at its expected version, else ``ConcurrencyConflict``: one query per
        500 streams (a route runner's batch, a webhook group commit) instead of one each."""
        if len(appends) == 1:
            stream_id, expected, _ = appends[0]
            actual = self.stream_version(stream_id)
            if actual != expected:
                raise ConcurrencyConflict(stream_id, expected, actual)
            return
        versions: dict[str, int] = {}
        streams = list(dict.fromkeys(a[0] for a in appends))
        for chunk, marks in in_chunks(streams):
            versions.update(
                self._db.execute(
                    f"SELECT stream_id, MAX(stream_version) FROM events "
                    f"WHERE stream_id IN ({marks}) GROUP BY stream_id",
                    chunk,
                ).fetchall()
            )
        for stream_id, expected, _ in appends:
            actual = int(versions.get(stream_id) or 0)
            if actual != expected:
                raise ConcurrencyConflict(stream_id, expected, actual)

    def _insert_events(
        self, stream_id: str, after_version: int, events: list[NewEvent], now: str
    ) -> list[RecordedEvent]:
        rows = []
        for i, ev in enumerate(events, start=1):
            version = ev.schema_version or SCHEMAS.current_version(ev.type)
            rows.append(
                (
                    stream_id,
                    after_version + i,
                    ev.type,
                    version,
                    orjson.dumps(ev.data).decode(),
                    orjson.dumps(ev.metadata).decode(),
                    now,
                )
            )
        insert = (
            "INSERT INTO events (stream_id, stream_version, type, schema_version, data, metadata, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        if len(rows) == 1:  # most appends: the row id comes with the insert
            last = self._db.execute(insert, rows[0]).lastrowid
        else:
            self._db.executemany(insert, rows)
            last = self._db.execute("SELECT last_insert_rowid()").fetchone()[0]
        assert last is not None
        first = last - len(rows) + 1
        return [
            RecordedEvent(
                position=first + i,
                stream_id=stream_id,
                stream_version=after_version + i + 1,
                type=ev.type,
                schema_version=rows[i][3],
                data=ev.data,
                metadata=ev.metadata,
                recorded_at=now,
            )
            for i, ev in enumerate(events)
        ]

    def _write_staging(self, staging: Staging) -> None:
        if staging.records:
            job = staging.job_id
            self._db.executemany(
                "INSERT INTO staged_records (job_id, seq, record_key, hash, body) "
                "VALUES (?, ?, ?, ?, ?)",
                [(job, r.seq, r.key, r.hash, r.body) for r in staging.records],
            )
        if staging.payloads:
            self._db.executemany(
                "INSERT OR IGNORE INTO batch_payloads (hash, body) VALUES (?, ?)", staging.payloads
            )
        if staging.drop is not None:
            write_drop(self._db, staging.job_id, staging.drop)

    def read_all(self, from_position: int = 0, chunk: int = 1000) -> Iterator[RecordedEvent]:
        position = from_position
        while True:
            rows = self._q(
                f"SELECT {self._EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?",
                (position, chunk),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._row_to_event(row)
            position = rows[-1][0]

    def save_snapshot(self, snapshot: Snapshot) -> None:
        """One statement in the writers' turn (a thread's open transaction on this
        connection must not take it in); nothing on a read-only handle."""
        if self.read_only:
            return
        with self._writing:
            self._q(SAVE, save_params(snapshot, _now()))

    # -- staging ----------------------------------------------------------------
    # -- read models ------------------------------------------------------------
    def replay(self) -> int:
        """Drop every read model and rebuild it from the events; returns events applied."""
        with self._writing:
            return self._replay()

    def _replay(self) -> int:
        self._views.clear()
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _wrap(exc, self.location) from None
        try:
            for table in READ_MODEL_TABLES:
                db.execute(f"DROP TABLE IF EXISTS {table}")
            for ddl in READ_MODEL_DDL:
                db.execute(ddl)
            count = 0
            cache: dict[str, JobView] = {}
            pending: list[RecordedEvent] = []
            for event in self.read_all(0):
                if pending and pending[-1].stream_id != event.stream_id:
                    project(db, pending, cache)
                    pending = []
                pending.append(event)
                count += 1
            project(db, pending, cache)
            db.execute("COMMIT")
            return count
        except sqlite3.Error as exc:
            rollback_quietly(db)
            raise _wrap(exc, self.location) from None
        except BaseException:
            rollback_quietly(db)
            raise

    # -- space ------------------------------------------------------------------
    def size_bytes(self) -> int:
        """The store's files on disk: the database, its WAL and shared-memory index."""
        return sum(
            p.stat().st_size
            for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
            if p.exists()
        )

    def reclaim(self, full: bool = False) -> None:
        """Give the space of deleted rows back to the file system.

        A store created by this version frees pages incrementally (cheap, no exclusive
        lock for long); an older one needs ``full`` (VACUUM: rewrites the file, waits for
        other writers). ``executescript`` steps the pragma to the end: ``execute`` would
        free one page per call."""
        with self._writing:
            try:
                if int(self._db.execute("PRAGMA auto_vacuum").fetchone()[0]) == 2:
                    self._db.executescript("PRAGMA incremental_vacuum;")
                elif full:
                    self._db.executescript("VACUUM;")
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error as exc:
                raise _wrap(exc, self.location) from None

    # -- plumbing ---------------------------------------------------------------
    def _q(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise _wrap(exc, self.location) from None

    def close(self) -> None:
        self._db.close()

"""File destinations under crashes, disk full and hostile values (issue #19, items 1, 2, 5, 6).

Real files, the real SQLite key index; a crash is the state a kill leaves behind (the
file written, the index not), reproduced by putting back the index as it was before.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import orjson
import pytest

from syncwright.adapters.base import AdapterError, Outcome
from syncwright.adapters.files import CsvAdapter, FileConnection, JsonlAdapter
from syncwright.adapters.keyed_file import KeyedFile

HOSTILE = [
    "carriage\rreturn",
    "line\nfeed",
    "crlf\r\nend",
    '"quoted", with "quotes"',
    "nul\x00byte",
    "emoji 😀👩‍👩‍👧 flags 🇫🇷",
    "RTL שלום مرحبا \u202eevil\u202c",
    "trailing\r",
    "\r",
    "",
    "x" * 1_000_000,
    "y\r" * 300_000,
]


def adapter(kind: str, path: Path) -> Any:
    conn = FileConnection(platform=kind, path=path)  # type: ignore[arg-type]
    return JsonlAdapter(conn) if kind == "jsonl" else CsvAdapter(conn)


def send(a: Any, records: list[dict[str, Any]]) -> list[Outcome]:
    out = asyncio.run(a.upload_batch("o", [(r["Email"], r) for r in records], "Email"))
    return [o.outcome for o in out]


def finish(a: Any) -> None:
    asyncio.run(a.finish_upload("o", "Email"))
    asyncio.run(a.close())


def read_back(kind: str, path: Path) -> list[dict[str, Any]]:
    if kind == "jsonl":
        return [orjson.loads(x) for x in path.read_bytes().split(b"\n") if x]
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def hostile_records(version: str) -> list[dict[str, Any]]:
    return [
        {"Email": f"h{i}@x.io", "Note": value + version, "Other": f"{version}\r{i}"}
        for i, value in enumerate(HOSTILE)
    ]


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_hostile_values_read_back_identical_after_create_and_update(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"out.{kind}"
    a = adapter(kind, path)
    assert send(a, hostile_records("v1")) == [Outcome.CREATED] * len(HOSTILE)
    finish(a)
    b = adapter(kind, path)
    # Every later batch still reads the file: an unquoted "\r" used to break them all.
    updated = hostile_records("v2")
    assert send(b, updated) == [Outcome.UPDATED] * len(HOSTILE)
    assert send(b, updated) == [Outcome.UNCHANGED] * len(HOSTILE)
    finish(b)
    assert read_back(kind, path) == updated
    c = adapter(kind, path)  # reopening indexes nothing new and changes nothing
    assert send(c, updated) == [Outcome.UNCHANGED] * len(HOSTILE)
    finish(c)
    assert read_back(kind, path) == updated


def test_csv_source_reads_fields_larger_than_128_kib(tmp_path: Path) -> None:
    src = tmp_path / "big.csv"
    big = "z" * 300_000
    with open(src, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "note"])
        w.writerow(["1", big])
        w.writerow(["2", "a\rb"])
    a = CsvAdapter(FileConnection(platform="csv", path=src))

    async def fetch() -> list[dict[str, Any]]:
        return [r async for p in a.fetch_records("o", None) for r in p.records]

    assert asyncio.run(fetch()) == [{"id": "1", "note": big}, {"id": "2", "note": "a\rb"}]


def _records(n: int, version: int) -> list[dict[str, Any]]:
    return [{"Email": f"u{i}@x.io", "N": i, "V": version, "Pad": "p" * (i % 7)} for i in range(n)]


def _jsonl_key(line: bytes) -> str:
    return str(orjson.loads(line)["Email"])


def _upsert(kf: KeyedFile, records: list[dict[str, Any]]) -> list[Outcome]:
    return kf.upsert([(r["Email"], orjson.dumps(r) + b"\n") for r in records])


def test_crash_after_an_update_was_written_but_not_indexed_never_wedges(tmp_path: Path) -> None:
    """Item 1: the index of before an update batch, the file of after it (a kill between
    the two) used to make every later open fail with a JSONDecodeError."""
    path = tmp_path / "out.jsonl"
    kf = KeyedFile(path, _jsonl_key)
    _upsert(kf, _records(300, 1))
    kf.close()
    saved = tmp_path / "saved.keys"
    shutil.copy(path.with_name("out.jsonl.keys"), saved)
    kf = KeyedFile(path, _jsonl_key)
    # Updates that make lines longer (the case that shifted every later offset).
    _upsert(kf, [{**r, "Longer": "L" * 50} for r in _records(300, 2)[100:200]])
    kf.close()
    shutil.copy(saved, path.with_name("out.jsonl.keys"))  # the index commit never happened
    kf = KeyedFile(path, _jsonl_key)
    final = _records(300, 3)
    assert _upsert(kf, final) == [Outcome.UPDATED] * 300
    kf.finish()
    kf.close()
    assert [orjson.loads(x) for x in path.read_bytes().splitlines()] == final


def test_crash_after_compaction_renamed_but_before_reindex(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    kf = KeyedFile(path, _jsonl_key)
    _upsert(kf, _records(200, 1))
    _upsert(kf, _records(200, 2))
    kf.close()
    saved = tmp_path / "saved.keys"
    shutil.copy(path.with_name("out.jsonl.keys"), saved)
    kf = KeyedFile(path, _jsonl_key)
    kf.compact()
    kf.close()
    shutil.copy(saved, path.with_name("out.jsonl.keys"))  # compacted file, old index
    kf = KeyedFile(path, _jsonl_key)
    assert _upsert(kf, _records(200, 2)) == [Outcome.UNCHANGED] * 200
    assert _upsert(kf, _records(200, 3)) == [Outcome.UPDATED] * 200
    kf.finish()
    kf.close()
    assert [orjson.loads(x) for x in path.read_bytes().splitlines()] == _records(200, 3)


def test_updates_append_to_the_file_instead_of_rewriting_it(tmp_path: Path) -> None:
    """Item 6: an update batch costs the batch: the file is appended to (same inode, grows
    by the batch), not copied whole; one record per key again once the upload finishes."""
    path = tmp_path / "out.jsonl"
    a = adapter("jsonl", path)
    send(a, _records(5000, 1))
    before = path.stat()
    batch = _records(5000, 2)[:50]
    assert send(a, batch) == [Outcome.UPDATED] * 50
    after = path.stat()
    assert after.st_ino == before.st_ino
    assert after.st_size - before.st_size == sum(len(orjson.dumps(r)) + 1 for r in batch)
    finish(a)
    expected = batch + _records(5000, 1)[50:]
    assert sorted(read_back("jsonl", path), key=lambda r: r["N"]) == expected
    assert [r["N"] for r in read_back("jsonl", path)] == list(range(5000))  # first-come order


DISK_FULL_CHILD = textwrap.dedent(
    """
    import asyncio, json, os, resource, signal, sys
    from pathlib import Path
    from syncwright.adapters.files import FileConnection, JsonlAdapter, CsvAdapter

    kind, path = sys.argv[1], Path(sys.argv[2])
    conn = FileConnection(platform=kind, path=path)
    a = (JsonlAdapter if kind == "jsonl" else CsvAdapter)(conn)
    def recs(lo, hi, v):
        return [(f"k{i}", {"Email": f"k{i}@x.io", "V": v, "Pad": "p" * 40}) for i in range(lo, hi)]
    up = lambda r: asyncio.run(a.upload_batch("o", r, "Email"))
    up(recs(0, 100, "a"))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    size = path.stat().st_size
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    # Room for a few records and a half: the next batch fills the disk mid-record.
    resource.setrlimit(resource.RLIMIT_FSIZE, (size + 150, hard))
    errors = []
    for batch in (recs(100, 200, "a"), recs(0, 100, "b")):
        try:
            up(batch)
        except OSError as exc:
            errors.append(type(exc).__name__)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    up(recs(100, 200, "a"))  # the retry, after the disk has room again
    up(recs(0, 100, "b"))
    asyncio.run(a.finish_upload("o", "Email"))
    asyncio.run(a.close())
    print(json.dumps(errors))
    """
)


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_disk_full_mid_write_leaves_no_duplicate_and_no_torn_record(
    tmp_path: Path, kind: str
) -> None:
    """Item 2: a write that fills the disk is cut back to the last committed record, so the
    retry neither duplicates records nor appends after half a record."""
    path = tmp_path / f"out.{kind}"
    done = subprocess.run(
        [sys.executable, "-c", DISK_FULL_CHILD, kind, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert orjson.loads(done.stdout) == ["OSError", "OSError"]  # both batches hit the wall
    rows = read_back(kind, path)
    emails = [r["Email"] for r in rows]
    assert len(emails) == len(set(emails)) == 200
    assert {r["Email"]: r["V"] for r in rows} == {
        **{f"k{i}@x.io": "b" for i in range(100)},
        **{f"k{i}@x.io": "a" for i in range(100, 200)},
    }


def test_a_file_changed_behind_the_jobs_back_is_an_error_not_a_silent_append(
    tmp_path: Path,
) -> None:
    path = tmp_path / "out.jsonl"
    a = adapter("jsonl", path)
    send(a, _records(10, 1))
    with open(path, "r+b") as f:  # someone cuts the file short while the job runs
        f.truncate(20)
    with pytest.raises(AdapterError, match="replaced or cut short"):
        send(a, _records(20, 2))
    asyncio.run(a.close())


def test_a_corrupt_record_is_named_by_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"Email": "a@x.io"}\n{"Email": "b@x\n{"Email": "c@x.io"}\n')
    with pytest.raises(AdapterError, match=r"out.jsonl has a record it cannot read at byte 20"):
        send(adapter("jsonl", path), _records(1, 1))


def test_csv_records_with_line_breaks_index_as_one_record(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    a = adapter("csv", path)
    rows = [{"Email": f"m{i}@x.io", "Note": 'two\nlines\r\nand "q"'} for i in range(3)]
    send(a, rows)
    asyncio.run(a.close())
    path.with_name("out.csv.keys").unlink()  # index again from the file alone
    b = adapter("csv", path)
    assert send(b, rows) == [Outcome.UNCHANGED] * 3
    finish(b)
    text = path.read_bytes().decode("utf-8")
    assert list(csv.DictReader(io.StringIO(text, newline=""))) == rows


def test_destination_file_and_index_are_private(tmp_path: Path) -> None:
    """Item 9 (files): contact data is created 0600, whatever the umask allows."""
    old = os.umask(0o022)
    try:
        for kind in ("jsonl", "csv"):
            path = tmp_path / f"out.{kind}"
            a = adapter(kind, path)
            send(a, _records(3, 1))
            send(a, _records(3, 2))
            for p in (path, path.with_name(path.name + ".keys")):
                assert p.stat().st_mode & 0o777 == 0o600, p
            wal = path.with_name(path.name + ".keys-wal")
            assert not wal.exists() or wal.stat().st_mode & 0o777 == 0o600
            finish(a)
            assert path.stat().st_mode & 0o777 == 0o600  # the compacted copy too
    finally:
        os.umask(old)


def test_an_index_hashed_the_old_way_is_indexed_again_and_unchanged_stays_unchanged(
    tmp_path: Path,
) -> None:
    """An index written before line hashes were SHA-256 (BLAKE2b, no ``hash`` in its meta):
    compared as they are, every unchanged record would be counted and written as updated.
    It is indexed again from the file on open instead."""
    path = tmp_path / "out.jsonl"
    kf = KeyedFile(path, _jsonl_key)
    records = _records(50, 1)
    assert _upsert(kf, records) == [Outcome.CREATED] * 50
    kf.close()
    ix = sqlite3.connect(path.with_name("out.jsonl.keys"))
    with ix:  # as the earlier version left it
        ix.execute("DELETE FROM meta WHERE name = 'hash'")
        for key, offset, length in ix.execute("SELECT key, offset, length FROM lines").fetchall():
            with open(path, "rb") as f:
                f.seek(offset)
                old = hashlib.blake2b(f.read(length), digest_size=16).hexdigest()
            ix.execute("UPDATE lines SET hash = ? WHERE key = ?", (old, key))
    ix.close()
    kf = KeyedFile(path, _jsonl_key)
    assert _upsert(kf, records) == [Outcome.UNCHANGED] * 50
    assert _upsert(kf, [records[0], {**records[1], "V": 2}]) == [
        Outcome.UNCHANGED,
        Outcome.UPDATED,
    ]
    kf.finish()
    kf.close()
    assert [orjson.loads(x) for x in path.read_bytes().splitlines()] == [
        records[0],
        {**records[1], "V": 2},
        *records[2:],
    ]

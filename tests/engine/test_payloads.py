"""Mapped batches are stored as compressed record lines, and a store holding payloads of
earlier versions (plain, or a JSON array of pairs) resumes, uploads and explains the same
(a real SQLite file). A JSONL destination writes the stored lines as they are: byte for
byte what encoding each record would give."""

from __future__ import annotations

import asyncio
import sqlite3
import zlib
from pathlib import Path

import orjson

from syncwright.adapters.base import Outcome
from syncwright.adapters.files import FileConnection, JsonlAdapter
from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job, explain_record
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner, content_hash
from syncwright.engine.payloads import batch_lines, decode_batch, encode_batch, pack, unpack
from syncwright.store.sqlite import SQLiteStore
from tests.engine.conftest import dest_path
from tests.helpers import read_jsonl, write_job


def test_pack_round_trips_and_plain_json_reads_as_is() -> None:
    body = orjson.dumps([["k1", {"Email": "a@example.com"}], ["k2", {"Email": "b@example.com"}]])
    stored = pack(body)
    assert stored[:4] == b"\x28\xb5\x2f\xfd"  # a zstd frame
    assert unpack(stored) == body
    assert unpack(body) == body  # a payload from before compression
    assert unpack(zlib.compress(body, 1)) == body  # compressed by an earlier version


def test_a_job_resumes_over_plain_payloads_and_stores_new_ones_compressed(tmp_path: Path) -> None:
    job = write_job(
        tmp_path, n=300, batch_size=100, extra={"retention": {"keep_staging": "forever"}}
    )
    db = tmp_path / "s.db"
    store = SQLiteStore(db)
    job_id = create_job(store, load_job_file(job))
    runner = JobRunner(store, job_id, should_stop=lambda: runner.view.state == JobState.VALIDATING)
    view = asyncio.run(runner.run())
    assert view.state == JobState.VALIDATING and view.batches_mapped == 3

    con = sqlite3.connect(db)
    rows = con.execute("SELECT hash, body FROM batch_payloads").fetchall()
    assert len(rows) == 3
    for h, body in rows:
        plain = unpack(bytes(body))
        assert bytes(body)[:1] != b"[" and len(body) < len(plain)  # stored compressed
        assert content_hash(plain) == h  # named by its bytes
    # As earlier versions left them, under the same hashes: the first batch as plain
    # lines, the second as a plain JSON array of [key, record] pairs, the third as that
    # array compressed with zlib.
    with con:
        for n, (h, body) in enumerate(rows):
            plain = unpack(bytes(body))
            array = orjson.dumps(decode_batch(plain))
            old = (plain, array, zlib.compress(array, 1))[n]
            con.execute("UPDATE batch_payloads SET body = ? WHERE hash = ?", (old, h))
    con.close()

    view = asyncio.run(JobRunner(store, job_id).run())
    assert view.state == JobState.COMPLETED and view.created == 300
    assert sorted(r["Email"] for r in read_jsonl(dest_path(tmp_path))) == sorted(
        f"user{i}@example.com" for i in range(300)
    )
    explained = explain_record(store, job_id, "7")
    assert explained["occurrences"][0]["mapped"]["Email"] == "user7@example.com"


AWKWARD: list[tuple[str, dict[str, object]]] = [
    ("k\t1\n", {"Email": "a@example.com", "Note": 'tab\there\nnew line "quoted" \\ back'}),
    ("ключ", {"Email": "b@example.com", "Name": "Zoë 😀", "Nested": {"tags": ["x", "y"]}}),
    ("3", {"Email": 42, "Score": 1.5, "Big": 2**53, "Flag": True, "Nothing": None}),
    ("4", {"Name": "no match value"}),
]


def test_line_batches_round_trip_awkward_keys_and_values() -> None:
    body = encode_batch(AWKWARD, "Email")
    assert body.count(b"\n") == len(AWKWARD) + 1  # a head, a line a record: newlines escaped
    assert decode_batch(body) == AWKWARD
    assert decode_batch(unpack(pack(body))) == AWKWARD
    lines = batch_lines(body)
    assert [(k, v) for k, v, _ in lines] == [
        ("k\t1\n", "a@example.com"),
        ("ключ", "b@example.com"),
        ("3", "42"),
        ("4", None),
    ]
    for (_, rec), (_, _, line) in zip(AWKWARD, lines, strict=True):
        assert line == orjson.dumps(rec) + b"\n"
    # A payload of an earlier version: a JSON array of pairs, plain or compressed.
    array = orjson.dumps(AWKWARD)
    assert decode_batch(unpack(array)) == AWKWARD == decode_batch(unpack(pack(array)))
    assert decode_batch(encode_batch([], "Email")) == []


def test_the_jsonl_destination_writes_lines_as_they_are(tmp_path: Path) -> None:
    adapter = JsonlAdapter(FileConnection(platform="jsonl", path=tmp_path / "out.jsonl"))
    assert adapter.accepts_lines()
    lines = batch_lines(encode_batch(AWKWARD, "Email"))
    outcomes = asyncio.run(adapter.upload_lines("leads", lines, "Email"))
    assert [(o.key, o.outcome) for o in outcomes] == [
        ("k\t1\n", Outcome.CREATED),
        ("ключ", Outcome.CREATED),
        ("3", Outcome.CREATED),
        ("4", Outcome.REJECTED),
    ]
    assert outcomes[3].code == "MATCH_KEY_MISSING"  # never written under a key of "None"
    asyncio.run(adapter.finish_upload("leads", "Email"))
    asyncio.run(adapter.close())
    written = (tmp_path / "out.jsonl").read_bytes()
    assert written == b"".join(orjson.dumps(r) + b"\n" for _, r in AWKWARD[:3])
    # Again, unchanged: the index knows the lines by their hash.
    again = JsonlAdapter(FileConnection(platform="jsonl", path=tmp_path / "out.jsonl"))
    outcomes = asyncio.run(again.upload_lines("leads", lines[:3], "Email"))
    assert {o.outcome for o in outcomes} == {Outcome.UNCHANGED}
    asyncio.run(again.close())
    # With field rules, records are checked first: the parsed way.
    checked = FileConnection(
        platform="jsonl", path=tmp_path / "checked.jsonl", fields={"Email": {"required": True}}
    )
    assert not JsonlAdapter(checked).accepts_lines()


def test_a_run_writes_the_same_bytes_by_lines_as_record_by_record(tmp_path: Path) -> None:
    """The lines path against the parsed one: the same job, to a plain JSONL file (lines)
    and to one with a field rule every record passes (parsed), gives identical files."""
    outs = []
    for name, fields in (("lines", None), ("parsed", {"Email": {"required": True}})):
        job = write_job(tmp_path / name, n=250, batch_size=100, dest_fields=fields)
        store = SQLiteStore(tmp_path / name / "s.db")
        view = asyncio.run(JobRunner(store, create_job(store, load_job_file(job))).run())
        assert view.state == JobState.COMPLETED and view.created == 250
        outs.append(dest_path(tmp_path / name).read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") == 250

"""Mapped batches are stored compressed, and a store holding plain-JSON payloads (written
by an earlier version) resumes, uploads and explains the same (a real SQLite file)."""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
from pathlib import Path

import orjson

from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job, explain_record
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.engine.payloads import pack, unpack
from syncwright.store.sqlite import SQLiteStore
from tests.engine.conftest import dest_path
from tests.helpers import read_jsonl, write_job


def test_pack_round_trips_and_plain_json_reads_as_is() -> None:
    body = orjson.dumps([["k1", {"Email": "a@example.com"}], ["k2", {"Email": "b@example.com"}]])
    stored = pack(body)
    assert stored != body and stored[:1] != b"["
    assert unpack(stored) == body
    assert unpack(body) == body  # a payload from before compression


def test_a_job_resumes_over_plain_payloads_and_stores_new_ones_compressed(tmp_path: Path) -> None:
    job = write_job(tmp_path, n=300, batch_size=100, extra={"retention": {"keep_staging": "forever"}})
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
        assert hashlib.blake2b(plain, digest_size=16).hexdigest() == h  # named by its JSON
    # As an earlier version left them: plain JSON under the same hashes.
    with con:
        for h, body in rows:
            con.execute("UPDATE batch_payloads SET body = ? WHERE hash = ?", (unpack(body), h))
    con.close()

    view = asyncio.run(JobRunner(store, job_id).run())
    assert view.state == JobState.COMPLETED and view.created == 300
    assert sorted(r["Email"] for r in read_jsonl(dest_path(tmp_path))) == sorted(
        f"user{i}@example.com" for i in range(300)
    )
    explained = explain_record(store, job_id, "7")
    assert explained["occurrences"][0]["mapped"]["Email"] == "user7@example.com"

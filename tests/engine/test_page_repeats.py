"""Repeated source keys are found page by page as pages commit (``page_fetched.repeats``),
so fetching completes without scanning the whole job."""

from __future__ import annotations

from pathlib import Path

import orjson

from syncwright.domain.events import NewEvent
from syncwright.engine.repeats import page_repeats
from syncwright.store.base import StagedRecord, Staging
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import cli_json, read_jsonl, write_job


def _staged(seq: int, key: str) -> StagedRecord:
    return StagedRecord(seq, key, f"h{seq}", b"{}")


def test_page_repeats_finds_earlier_pages_and_repeats_within_the_page(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    page1 = [_staged(0, "a"), _staged(1, "b"), _staged(2, "c")]
    store.append("note-1", 0, [NewEvent("note", {})], Staging("j", records=page1))
    store.append("note-2", 0, [NewEvent("note", {})], Staging("other", records=[_staged(0, "d")]))
    page2 = [_staged(3, "b"), _staged(4, "d"), _staged(5, "e"), _staged(6, "e"), _staged(7, "b")]
    # b: staged before (and twice here: the last wins); e: twice in the page; d: only in
    # another job; a, c: not in this page
    assert page_repeats(store, "j", page2) == {"b": 7, "e": 6}
    assert page_repeats(store, "j", [_staged(3, "x")]) == {}


def test_fetch_completed_repeats_gathered_from_pages_equal_the_full_scan(
    tmp_path: Path,
) -> None:
    rows = [{"id": i, "email": f"user{i}@example.com", "firstname": f"F{i}", "lastname": "L",
             "company": "Co"} for i in range(3000)]  # fmt: skip
    # Commits of 250 (the first page alone), then 1,000 records: "7" repeats across
    # commits, "1300" within one, "5" three times across three commits.
    rows[2500] = {**rows[2500], "id": 7}
    rows[1900] = {**rows[1900], "id": 1300}
    rows[1400] = {**rows[1400], "id": 5}
    rows[2600] = {**rows[2600], "id": 5}
    job = write_job(tmp_path, n=0, batch_size=100, max_rejected_ratio=1.0)
    (tmp_path / "contacts.jsonl").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    store = tmp_path / "s.db"
    view = cli_json("run", str(job), store=store, cwd=tmp_path)
    assert view["state"] == "completed", view
    job_id = str(view["job_id"])
    pages = cli_json("events", job_id, "--type", "page_fetched", store=store)
    assert len(pages) >= 3 and all("repeats" in p["data"] for p in pages)
    done = cli_json("events", job_id, "--type", "fetch_completed", store=store)[0]["data"]
    assert done["repeats"] == {"7": 2500, "1300": 1900, "5": 2600}  # what a full scan finds
    out = {r["Email"]: r for r in read_jsonl(tmp_path / "out" / "leads.jsonl")}
    assert len(out) == 3000 - 4  # one record per key, the last occurrence's

"""Store and webhook-intake error paths (issue #19 items 9, 10, 12, 13): real SQLite files,
the real CLI in a subprocess, the real intake over loopback HTTP.

Disk full is SQLite's own SQLITE_FULL, raised by ``PRAGMA max_page_count`` on the store's
connection (the same error a full disk gives, and it works without root or a mount).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from syncwright.domain.events import NewEvent
from syncwright.sandbox.webhooks_out import (
    OutboundNotification,
    build_hubspot_delivery,
    build_salesforce_outbound,
)
from syncwright.service.serve import WebhookService, build_service
from syncwright.store.base import StagedRecord, Staging
from syncwright.store.errors import StoreFull
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import cli, write_job
from tests.webhooks.fixtures import (
    HUBSPOT_SECRET,
    MAPPING,
    SF_ORG,
    running,
    secrets_env,
    write_config,
)


def _fill(store: SQLiteStore) -> None:
    """Append staged content until the (capped) database is full."""
    pages = store.query("PRAGMA page_count")[0][0]
    store._db.execute(f"PRAGMA max_page_count = {pages + 20}")  # room for a few writes
    for i in range(1000):
        recs = [StagedRecord(j, str(j), "h", b"x" * 2000) for j in range(i * 50, i * 50 + 50)]
        store.append("test-fill", i, [NewEvent("noted", {"i": i})], Staging("fill", records=recs))


def test_disk_full_is_reported_as_such_and_the_store_stays_usable(tmp_path: Path) -> None:
    """Item 10: SQLite ends the transaction itself on SQLITE_FULL; the second ROLLBACK used
    to raise "cannot rollback - no transaction is active" and hide the real error."""
    store = SQLiteStore(tmp_path / "s.db")
    with pytest.raises(StoreFull, match=r"database or disk is full.*free space"):
        _fill(store)
    version = store.stream_version("test-fill")
    store._db.execute("PRAGMA max_page_count = 1073741823")  # space again
    store.append("test-fill", version, [NewEvent("noted", {"after": True})])
    assert store.stream_version("test-fill") == version + 1
    store.close()


@pytest.fixture
def intake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, WebhookService]]:
    for k, v in secrets_env().items():
        monkeypatch.setenv(k, v)
    (tmp_path / "out").mkdir()
    routes = {
        "connections": {"crm_out": {"platform": "jsonl", "path": "out/crm.jsonl"}},
        "routes": [{"name": "crm", "on": ["contact.*"], "actions": [
            {"sync_record": {"connection": "crm_out", "object": "contacts", "mapping": MAPPING}}]}],
    }  # fmt: skip
    cfg = write_config(tmp_path, routes)
    service = build_service(cfg, str(tmp_path / "store.db"), poll_seconds=0.05)
    with running(service.app) as base:
        yield base, service


def _hubspot(base: str, n: int, **headers: Any) -> httpx2.Response:
    now = int(time.time() * 1000)
    events = [{"eventId": 1000 + n, "portalId": 3, "occurredAt": now - 1000, "objectId": n,
               "attemptNumber": 0, "subscriptionType": "contact.propertyChange",
               "propertyName": "email", "propertyValue": f"p{n}@example.com"}]  # fmt: skip
    d = build_hubspot_delivery(f"{base}/webhooks/hubspot/hs", HUBSPOT_SECRET, events, now)
    return httpx2.post(d.url, headers={**d.headers, **headers}, content=d.body, timeout=30)


def test_intake_on_a_full_disk_answers_503_with_retry_after_and_no_traceback_storm(
    intake: tuple[str, WebhookService], caplog: pytest.LogCaptureFixture
) -> None:
    base, service = intake
    assert _hubspot(base, 1).status_code == 200
    db = service.gate.store._db  # type: ignore[attr-defined]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    caplog.set_level(logging.WARNING)
    n = 2
    while _hubspot(base, n).status_code == 200:  # free pages fill up first
        n += 1
        assert n < 500, "the capped store never filled"
    answers = []
    for m in range(n, n + 20):  # 20 more deliveries while the disk is full
        r = _hubspot(base, m)
        answers.append((r.status_code, r.headers.get("retry-after"), r.json()["error"]))
    assert set(answers) == {(503, "5", "store_unavailable")}
    tracebacks = [r for r in caplog.records if r.exc_info]
    assert tracebacks == []
    intake_lines = [r for r in caplog.records if "webhook intake" in r.getMessage()]
    assert len(intake_lines) == 1 and "disk is full" in intake_lines[0].getMessage()
    db.execute("PRAGMA max_page_count = 1073741823")
    assert _hubspot(base, n).status_code == 200  # the platform's retry lands


def test_hubspot_timestamp_with_superscript_digits_is_refused_not_a_500(
    intake: tuple[str, WebhookService], caplog: pytest.LogCaptureFixture
) -> None:
    """Item 13: "²³¹".isdigit() is True but int() refuses it: a 500 and two tracebacks.
    Now the documented refusal of a timestamp that is not epoch milliseconds."""
    base, _ = intake
    # Header bytes are read as Latin-1: b"\xb2\xb3\xb9" arrives as "²³¹".
    for value in ("²³¹", "1²³", "12_345", "¹"):
        r = _hubspot(base, 1, **{"X-HubSpot-Request-Timestamp": value.encode("latin-1")})
        assert r.status_code == 401 and r.json()["error"] == "bad_timestamp", value
    assert [x for x in caplog.records if x.exc_info] == []


def test_salesforce_utf16_outbound_keeps_no_session_id(intake: tuple[str, WebhookService]) -> None:
    """Item 8: the SessionId was cut from UTF-8 bodies only."""
    base, service = intake
    session = "00D000000000001!AQoAQHqZsessionTOKENvalue123"
    d = build_salesforce_outbound(
        f"{base}/webhooks/salesforce/sf", SF_ORG, "04k1",
        [OutboundNotification("04l9", "Lead", {"Id": "00Q9", "Email": "u16@example.com"})],
        session_id=session,
    )  # fmt: skip
    body = d.body.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    r = httpx2.post(d.url, headers={**d.headers, "Content-Type": "text/xml; charset=utf-16"},
                    content=body, timeout=30)  # fmt: skip
    assert r.status_code == 200, r.text
    store = service.gate.store
    blobs = [bytes(b) for (b,) in store.query("SELECT body FROM batch_payloads")]
    assert blobs, "the audit body is stored"
    for blob in blobs:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            assert session.encode(enc) not in blob
    assert any("[redacted]".encode("utf-16-le") in b for b in blobs)


def _hold_write_lock(db_path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO store_meta VALUES ('held', 'yes')")
    return con


def test_reading_commands_never_wait_on_a_writer(tmp_path: Path) -> None:
    """Item 12: `status` and `inspect` opened a write transaction: behind another
    process's write they waited 10 s, then failed."""
    job = write_job(tmp_path, n=50)
    store = tmp_path / "s.db"
    done = cli("run", str(job), store=store, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    job_id = done.stdout.split()[done.stdout.split().index("job") + 1]
    holder = _hold_write_lock(store)
    try:
        for args in (["status"], ["inspect", job_id], ["events", job_id], ["failures", job_id],
                     ["explain", job_id, "0"]):  # fmt: skip
            started = time.monotonic()
            r = cli(
                *args, store=store, cwd=tmp_path, extra_env={"SYNCWRIGHT_BUSY_TIMEOUT_MS": "30000"}
            )
            took = time.monotonic() - started
            assert r.returncode == 0, (args, r.stderr)
            assert took < 25, (args, took)  # a wait on the writer would be 30 s, then exit 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_reading_commands_work_on_a_store_they_cannot_write(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes any file: a read-only store cannot be made for root")
    job = write_job(tmp_path, n=20)
    store = tmp_path / "s.db"
    assert cli("run", str(job), store=store, cwd=tmp_path).returncode == 0
    store.chmod(0o400)
    tmp_path.chmod(0o500)
    try:
        r = cli("status", store=store, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
    finally:
        tmp_path.chmod(0o700)


def test_a_zero_byte_store_is_refused_by_readers_and_announced_by_writers(tmp_path: Path) -> None:
    """Item 13: it was silently taken for a new store."""
    store = tmp_path / "s.db"
    store.write_bytes(b"")
    r = cli("status", store=store, cwd=tmp_path)
    assert r.returncode == 2
    assert "is an empty file (0 bytes), not a syncwright store" in r.stderr
    assert "Traceback" not in r.stderr
    job = write_job(tmp_path, n=5)
    r = cli("run", str(job), store=store, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "was an empty file (0 bytes); it is now a new, empty store" in r.stderr


def test_store_files_are_created_private(tmp_path: Path) -> None:
    """Item 9: the store, its WAL and shared-memory files hold contact data: 0600."""
    old = os.umask(0o022)
    try:
        store = SQLiteStore(tmp_path / "s.db")
        store.append("test-x", 0, [NewEvent("noted", {})])
        for name in ("s.db", "s.db-wal", "s.db-shm"):
            assert (tmp_path / name).stat().st_mode & 0o777 == 0o600, name
        store.close()
    finally:
        os.umask(old)

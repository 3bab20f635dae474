"""The Segment adapter against the Segment simulator over real loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.adapters.base import AdapterError, ConfigError, Outcome
from syncwright.adapters.http import AdapterContext, HttpError
from syncwright.adapters.segment import SegmentAdapter, SegmentConnection
from syncwright.domain.failures import ErrorKind
from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.sandbox import Sandbox
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import write_contacts

KEY_ENV = "SW_TEST_SEGMENT_KEY"


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox(("segment",), no_limits=True) as box:
        yield box


@pytest.fixture
def seg(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    sb.reset()
    monkeypatch.setenv(KEY_ENV, sb.credentials("segment")["write_key"])
    return sb


def conn(sb: Sandbox, **extra: Any) -> dict[str, Any]:
    return {
        "platform": "segment",
        "base_url": sb.base_url("segment"),
        "token_env": KEY_ENV,
        **extra,
    }


def adapter(sb: Sandbox, **extra: Any) -> SegmentAdapter:
    return SegmentAdapter(
        SegmentConnection.model_validate(conn(sb, **extra)), AdapterContext("seg")
    )


def batch_posts(sb: Sandbox) -> int:
    return int(sb.admin("segment").stats()["by_route"].get("POST /v1/batch", 0))


async def test_identify_sends_traits_with_user_id_from_the_match_key(seg: Sandbox) -> None:
    a = adapter(seg)
    records = [(str(i), {"email": f"u{i}@example.org", "plan": "pro"}) for i in range(3)]
    out = await a.upload_batch("identify", records, "email")
    await a.close()
    assert [o.outcome for o in out] == [Outcome.CREATED] * 3
    events = {e["messageId"]: e for e in seg.admin("segment").records("events")}
    assert set(events) == {o.destination_id for o in out}
    e = events[out[0].destination_id or ""]
    assert (e["type"], e["userId"]) == ("identify", "u0@example.org")
    assert e["traits"] == {"email": "u0@example.org", "plan": "pro"}
    assert seg.admin("segment").records("dropped") == [] and batch_posts(seg) == 1


async def test_track_takes_the_event_from_a_field_or_a_constant(seg: Sandbox) -> None:
    a = adapter(seg, user_id_field="user")
    out = await a.upload_batch(
        "track", [("1", {"user": "42", "event": "Signed Up", "plan": "pro"})], "user"
    )
    fixed = adapter(seg, event="Imported", user_id_field="user")
    out2 = await fixed.upload_batch("track", [("2", {"user": "43", "event": "ignored"})], "user")
    await a.close()
    await fixed.close()
    assert out[0].outcome == out2[0].outcome == Outcome.CREATED
    events = {e["userId"]: e for e in seg.admin("segment").records("events")}
    assert events["42"]["event"] == "Signed Up"
    assert events["42"]["properties"] == {"user": "42", "plan": "pro"}
    assert events["43"]["event"] == "Imported"
    assert events["43"]["properties"] == {"user": "43"}  # Segment's own keys never leak in
    with pytest.raises(AdapterError, match="no object 'page'"):
        await a.upload_batch("page", [], "user")


async def test_batches_are_split_by_bytes_and_by_count(seg: Sandbox) -> None:
    a = adapter(seg)
    big = "x" * 20_000  # 40 events of ~20 KB: about 800 KB, over the 500 KB batch cap
    out = await a.upload_batch(
        "identify", [(str(i), {"id": str(i), "blob": big}) for i in range(40)], "id"
    )
    await a.close()
    assert [o.outcome for o in out] == [Outcome.CREATED] * 40
    assert batch_posts(seg) == 2 and len(seg.admin("segment").records("events")) == 40
    small = adapter(seg, limits={"groups": {"batch": {"batch_max_records": 10}}})
    assert small.limits.batch_max_records == 10
    await small.upload_batch("identify", [(str(i), {"id": f"s{i}"}) for i in range(25)], "id")
    await small.close()
    assert batch_posts(seg) == 2 + 3


async def test_events_segment_would_drop_are_rejected_per_record(seg: Sandbox) -> None:
    a = adapter(seg)
    out = await a.upload_batch(
        "track",
        [
            ("ok", {"email": "a@example.org", "event": "Opened"}),
            ("anon", {"anonymousId": "anon-1", "event": "Opened"}),
            ("noid", {"email": "", "event": "Opened"}),
            ("noevent", {"email": "b@example.org"}),
            ("huge", {"email": "c@example.org", "event": "Big", "blob": "y" * 40_000}),
        ],
        "email",
    )
    await a.close()
    by = {o.key: o for o in out}
    assert by["ok"].outcome == by["anon"].outcome == Outcome.CREATED
    assert (by["noid"].outcome, by["noid"].code) == (Outcome.REJECTED, "MISSING_ID")
    assert "neither userId nor anonymousId" in (by["noid"].reason or "")
    assert (by["noevent"].code, by["noevent"].field) == ("MISSING_EVENT", "event")
    assert by["huge"].code == "EVENT_TOO_LARGE" and "at most 32768 bytes" in (
        by["huge"].reason or ""
    )
    assert len(seg.admin("segment").records("events")) == 2
    assert seg.admin("segment").records("dropped") == []


async def test_a_resend_is_deduplicated_by_message_id(seg: Sandbox) -> None:
    a = adapter(seg)
    records = [(str(i), {"email": f"u{i}@example.org", "n": i}) for i in range(5)]
    first = await a.upload_batch("identify", records, "email")
    again = await a.upload_batch("identify", records, "email")  # after a crash
    changed = await a.upload_batch(
        "identify", [("0", {"email": "u0@example.org", "n": 9})], "email"
    )
    await a.close()
    assert [o.destination_id for o in first] == [o.destination_id for o in again]
    assert changed[0].destination_id != first[0].destination_id  # new content, new event
    admin = seg.admin("segment")
    assert len(admin.records("events")) == 6
    per_key = admin.writes_per_key("events")
    assert all(per_key[f"events:{o.destination_id}"] == 2 for o in first)


async def test_rate_limit_is_retry_after_with_the_message_verbatim(seg: Sandbox) -> None:
    seg.admin("segment").set_faults([{"match": "POST /v1/batch", "kind": "rate_limit",
                                      "retry_after": 2, "count": 1}])  # fmt: skip
    a = adapter(seg)
    with pytest.raises(HttpError) as info:
        await a.upload_batch("identify", [("1", {"email": "a@example.org"})], "email")
    c = a.classify_error(info.value)
    await a.close()
    assert (c.kind, c.message, c.retry_after_seconds) == (
        ErrorKind.RETRY_AFTER,
        "Too Many Requests",
        2.0,
    )
    assert seg.credentials("segment")["write_key"] not in str(info.value)


async def test_describe_and_destination_only(seg: Sandbox) -> None:
    with pytest.raises(ConfigError, match="write key is required"):
        adapter(seg, token_env=None)
    a = adapter(seg)
    assert {"userId", "anonymousId", "traits"} <= {f.name for f in await a.describe("identify")}
    assert {"event", "properties"} <= {f.name for f in await a.describe("track")}
    with pytest.raises(AdapterError, match="destination only"):
        async for _ in a.fetch_records("identify", None):
            pass
    await a.close()


def test_a_jsonl_file_syncs_into_identify_calls_through_the_engine(
    seg: Sandbox, tmp_path: Path
) -> None:
    write_contacts(tmp_path / "contacts.jsonl", 120)
    job = {
        "name": "contacts-to-segment",
        "source": {"connection": "file", "object": "contacts"},
        "destination": {"connection": "seg", "object": "identify"},
        "mapping": {
            "match_key": "email",
            "rules": [
                {"copy": "email"},
                {"rename": "firstname", "to": "firstName"},
                {"rename": "lastname", "to": "lastName"},
            ],
        },
        "batch_size": 1000,
        "connections": {"file": {"platform": "jsonl", "path": "contacts.jsonl"}, "seg": conn(seg)},
    }
    (tmp_path / "job.yaml").write_text(yaml.safe_dump(job))
    store = SQLiteStore(tmp_path / "store.db")
    try:
        for _ in range(2):  # the second run re-sends the same events: Segment drops them
            job_id = create_job(store, load_job_file(tmp_path / "job.yaml"))
            view = asyncio.run(JobRunner(store, job_id).run())
            assert view.state == JobState.COMPLETED
    finally:
        store.close()
    assert view.batches_total == 1  # capped at the registry's 500, one call for 120 events
    events = seg.admin("segment").records("events")
    assert sorted(e["userId"] for e in events) == sorted(f"user{i}@example.com" for i in range(120))
    assert {e["type"] for e in events} == {"identify"}
    assert events[0]["traits"]["firstName"].startswith("First")

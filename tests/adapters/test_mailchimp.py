"""The Mailchimp adapter against the Mailchimp simulator over real loopback HTTP."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.adapters.base import AdapterError, Outcome, Page
from syncwright.adapters.http import AdapterContext, HttpError
from syncwright.adapters.mailchimp import MailchimpAdapter, MailchimpConnection
from syncwright.domain.failures import ErrorKind
from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.sandbox import Sandbox
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import write_contacts

KEY_ENV = "SW_TEST_MAILCHIMP_KEY"


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox(("mailchimp",), no_limits=True) as box:
        yield box


@pytest.fixture
def mc(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    sb.reset()
    monkeypatch.setenv(KEY_ENV, sb.credentials("mailchimp")["api_key"])
    return sb


def conn(sb: Sandbox, **extra: Any) -> dict[str, Any]:
    return {
        "platform": "mailchimp",
        "base_url": sb.base_url("mailchimp"),
        "list_id": sb.credentials("mailchimp")["list_id"],
        "token_env": KEY_ENV,
        **extra,
    }


def adapter(sb: Sandbox, **extra: Any) -> MailchimpAdapter:
    config = MailchimpConnection.model_validate(conn(sb, **extra))
    return MailchimpAdapter(config, AdapterContext("mc"))


async def pages(a: MailchimpAdapter, cursor: Any = None) -> list[Page]:
    return [p async for p in a.fetch_records("members", cursor)]


def md5(email: str) -> str:
    return hashlib.md5(email.lower().encode()).hexdigest()


async def test_lists_every_member_to_the_end_as_flat_records(mc: Sandbox) -> None:
    mc.admin("mailchimp").seed(300, seed=3)
    held = {m["id"]: m for m in mc.admin("mailchimp").records("members")}
    a = adapter(mc, page_size=100)
    got = await pages(a)
    await a.close()
    records = [r for p in got for r in p.records]
    assert [p.done for p in got] == [False, False, True] and 200 < len(held) < 300
    assert sorted(r["id"] for r in records) == sorted(held)
    assert got[0].next_cursor["offset"] == 100 and set(got[-1].next_cursor) == {"since"}
    r = records[0]
    m = held[r["id"]]
    assert r == {
        "id": md5(m["email_address"]),
        "email_address": m["email_address"],
        "status": m["status"],
        **m["merge_fields"],
        "tags": ["seed"],
        "last_changed": m["last_changed"],
    }
    assert a.record_key("members", r) == r["id"]
    assert got[-1].next_cursor["since"] == max(x["last_changed"] for x in held.values()).replace(
        "Z", "+00:00"
    )


async def test_incremental_reads_only_members_changed_since_the_bookmark(mc: Sandbox) -> None:
    admin = mc.admin("mailchimp")
    admin.seed(200, seed=5)
    a = adapter(mc, page_size=50)
    full = await pages(a)
    bookmark = full[-1].next_cursor
    changed = [m["id"] for m in admin.records("members")[:3]]
    for mid in changed:
        admin.update("members", mid, {"merge_fields": {"FNAME": "Changed"}})
    again = await pages(a, bookmark)
    assert sorted(r["id"] for p in again for r in p.records) == sorted(changed)
    assert all(r["FNAME"] == "Changed" for p in again for r in p.records)
    # a resumed run continues from a mid-run cursor without re-reading committed pages
    rest = await pages(a, full[1].next_cursor)
    assert sum(len(p.records) for p in rest) == sum(len(p.records) for p in full[2:])
    await a.close()


async def test_batch_upsert_creates_then_updates_without_duplicates(mc: Sandbox) -> None:
    a = adapter(mc)
    batch = [
        (str(i), {"email_address": f"Person{i}@Example.org", "FNAME": f"P{i}", "tags": ["vip"]})
        for i in range(3)
    ]
    first = await a.upload_batch("members", batch, "email_address")
    assert [o.outcome for o in first] == [Outcome.CREATED] * 3
    assert [o.destination_id for o in first] == [md5(f"person{i}@example.org") for i in range(3)]
    batch[0][1]["LNAME"] = "Lovelace"
    second = await a.upload_batch("members", batch, "email_address")  # a resend after a crash
    assert [o.outcome for o in second] == [Outcome.UPDATED] * 3
    await a.close()
    admin = mc.admin("mailchimp")
    members = {m["id"]: m for m in admin.records("members")}
    assert len(members) == 3
    assert members[md5("person0@example.org")]["merge_fields"]["LNAME"] == "Lovelace"
    assert members[md5("person0@example.org")]["status"] == "subscribed"
    assert admin.writes_per_key("members") == {f"members:{o.destination_id}": 2 for o in first}


async def test_per_record_errors_are_mapped_back_verbatim(mc: Sandbox) -> None:
    a = adapter(mc)
    out = await a.upload_batch(
        "members",
        [
            ("ok", {"email_address": "fine@example.org"}),
            ("fake", {"email_address": "nobody@nowhere"}),
            ("none", {"FNAME": "No address"}),
            ("status", {"email_address": "s@example.org", "status": "gone"}),
            ("field", {"email_address": "f@example.org", "favourite_colour": "red"}),
            ("again", {"email_address": "FINE@example.org", "FNAME": "Second"}),
        ],
        "email_address",
    )
    await a.close()
    by = {o.key: o for o in out}
    assert by["ok"].outcome == Outcome.CREATED
    assert by["again"].outcome == Outcome.UPDATED  # same person twice: sent in a second call
    assert by["fake"].outcome == Outcome.REJECTED
    assert by["fake"].reason == (
        "nobody@nowhere looks fake or invalid, please enter a real email address."
    )
    assert by["fake"].code == "ERROR_GENERIC"
    assert (by["none"].code, by["none"].field) == ("REQUIRED", "email_address")
    assert by["status"].code == "INVALID_STATUS" and "'gone'" in (by["status"].reason or "")
    assert by["field"].code == "UNKNOWN_FIELD" and by["field"].field == "favourite_colour"
    assert len(mc.admin("mailchimp").records("members")) == 1


async def test_unsubscribed_and_cleaned_members_are_never_resubscribed(mc: Sandbox) -> None:
    admin = mc.admin("mailchimp")
    admin.seed(200, seed=9)
    held = admin.records("members")
    unsub = next(m for m in held if m["status"] == "unsubscribed")
    cleaned = next(m for m in held if m["status"] == "cleaned")
    subbed = [m for m in held if m["status"] == "subscribed"][:2]
    a = adapter(mc)

    def rec(m: dict[str, Any], status: str = "subscribed") -> dict[str, Any]:
        return {"email_address": m["email_address"], "status": status, "FNAME": "New"}

    out = await a.upload_batch(
        "members",
        [("u", rec(unsub)), ("c", rec(cleaned)), ("s", rec(subbed[0], "unsubscribed"))],
        "email_address",
    )
    assert [(o.outcome, o.code) for o in out] == [
        (Outcome.UPDATED, "STATUS_KEPT"),
        (Outcome.UPDATED, "STATUS_KEPT"),
        (Outcome.UPDATED, None),
    ]
    assert "'unsubscribed' kept" in (out[0].reason or "")
    # someone unsubscribes between two batches: the next batch sees it (refreshed statuses)
    admin.update("members", subbed[1]["id"], {"status": "unsubscribed"})
    out2 = await a.upload_batch("members", [("late", rec(subbed[1]))], "email_address")
    assert out2[0].code == "STATUS_KEPT"
    await a.close()
    now = {m["id"]: m for m in admin.records("members")}
    assert now[unsub["id"]]["status"] == "unsubscribed"
    assert now[cleaned["id"]]["status"] == "cleaned"
    assert now[subbed[0]["id"]]["status"] == "unsubscribed"  # an opt-out always goes through
    assert now[subbed[1]["id"]]["status"] == "unsubscribed"
    assert now[unsub["id"]]["merge_fields"]["FNAME"] == "New"  # the profile still syncs


async def test_wrong_key_is_auth_and_the_key_is_never_shown(
    mc: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = "ffffffffffffffffffffffffffffffff-us21"
    monkeypatch.setenv(KEY_ENV, wrong)
    a = adapter(mc)
    with pytest.raises(HttpError) as info:
        await pages(a)
    c = a.classify_error(info.value)
    await a.close()
    assert c.kind == ErrorKind.AUTH and c.status == 401 and c.code == "API Key Invalid"
    assert c.message == (
        "Your API key may be invalid, or you've attempted to access the wrong datacenter."
    )
    for text in (c.message, str(info.value), repr(info.value), repr(a.secret)):
        assert wrong not in text and wrong.split("-")[0] not in text


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        ({"kind": "rate_limit"}, ErrorKind.RATE_LIMITED),
        ({"kind": "rate_limit", "retry_after": 3}, ErrorKind.RETRY_AFTER),
        ({"kind": "error", "status": 503}, ErrorKind.TRANSIENT),
    ],
)
async def test_429_and_5xx_are_classified(
    mc: Sandbox, fault: dict[str, Any], kind: ErrorKind
) -> None:
    mc.admin("mailchimp").set_faults([{"match": "POST /3.0/lists/*", "count": 1, **fault}])
    a = adapter(mc)
    with pytest.raises(HttpError) as info:
        await a.upload_batch("members", [("1", {"email_address": "a@example.org"})], "x")
    c = a.classify_error(info.value)
    assert c.kind == kind and c.retryable
    if fault["kind"] == "rate_limit":
        assert c.status == 429 and "10 simultaneous connections" in c.message
    # the next attempt goes through (the fault fired once)
    out = await a.upload_batch("members", [("1", {"email_address": "a@example.org"})], "x")
    assert out[0].outcome == Outcome.CREATED
    await a.close()


async def test_bad_request_is_permanent_and_describe_reads_merge_fields(mc: Sandbox) -> None:
    a = adapter(mc)
    fields = {f.name: f for f in await a.describe("members")}
    assert {"id", "email_address", "status", "tags", "FNAME", "PHONE", "TIER"} <= set(fields)
    assert fields["email_address"].required
    with pytest.raises(HttpError) as info:
        await a.request("GET", f"{a.list_path}/members", params={"count": 5000})
    assert a.classify_error(info.value).kind == ErrorKind.PERMANENT
    await a.close()


def test_a_jsonl_file_syncs_into_members_through_the_engine(mc: Sandbox, tmp_path: Path) -> None:
    write_contacts(tmp_path / "contacts.jsonl", 120)
    job = {
        "name": "contacts-to-mailchimp",
        "source": {"connection": "file", "object": "contacts"},
        "destination": {"connection": "mc", "object": "members"},
        "mapping": {
            "match_key": "email_address",
            "rules": [
                {"rename": "email", "to": "email_address"},
                {"rename": "firstname", "to": "FNAME"},
                {"rename": "lastname", "to": "LNAME"},
                {"constant": "subscribed", "to": "status"},
            ],
        },
        "batch_size": 50,
        "connections": {
            "file": {"platform": "jsonl", "path": "contacts.jsonl"},
            "mc": conn(mc),
        },
    }
    (tmp_path / "job.yaml").write_text(yaml.safe_dump(job))
    store = SQLiteStore(tmp_path / "store.db")
    try:
        for _ in range(2):  # the second run updates the same members: no duplicates
            job_id = create_job(store, load_job_file(tmp_path / "job.yaml"))
            view = asyncio.run(JobRunner(store, job_id).run())
            assert view.state == JobState.COMPLETED, view.reason
    finally:
        store.close()
    assert (view.created, view.updated, view.batches_total) == (0, 120, 3)
    admin = mc.admin("mailchimp")
    members = admin.records("members")
    assert sorted(m["email_address"] for m in members) == sorted(
        f"user{i}@example.com" for i in range(120)
    )
    assert set(admin.writes_per_key("members").values()) == {2}


async def test_a_garbled_page_is_transient(mc: Sandbox) -> None:
    mc.admin("mailchimp").seed(20, seed=1)
    mc.admin("mailchimp").set_faults([{"match": "GET /3.0/lists/*", "kind": "malformed"}])
    a = adapter(mc)
    with pytest.raises(AdapterError) as info:
        await pages(a)
    await a.close()
    assert a.classify_error(info.value).kind == ErrorKind.TRANSIENT

"""The HubSpot adapter against the HubSpot simulator over real loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.adapters.base import Outcome, Record
from syncwright.adapters.http import AdapterContext
from syncwright.adapters.hubspot import HubSpotAdapter, HubSpotConnection
from syncwright.domain.failures import ErrorKind
from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.limits.quota import next_midnight
from syncwright.sandbox import Sandbox
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import write_contacts

TOKEN_ENV = "SW_TEST_HUBSPOT_TOKEN"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(("hubspot",), no_limits=True) as sb:
        yield sb


@pytest.fixture
def sb(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    sandbox.reset()
    sandbox.admin("hubspot").set_limits(enabled=False)
    monkeypatch.setenv(TOKEN_ENV, sandbox.credentials("hubspot")["token"])
    return sandbox


def adapter(sb: Sandbox, **settings: Any) -> HubSpotAdapter:
    config = HubSpotConnection.model_validate(
        {"platform": "hubspot", "base_url": sb.base_url("hubspot"), "token_env": TOKEN_ENV}
        | settings
    )
    return HubSpotAdapter(config, AdapterContext("hs-test"))


async def drain(a: HubSpotAdapter, obj: str, cursor: Any = None) -> tuple[list[Record], Any, int]:
    records: list[Record] = []
    last: Any = None
    pages = 0
    async for page in a.fetch_records(obj, cursor):
        records += page.records
        last = page.next_cursor
        pages += 1
    return records, last, pages


async def failure(a: HubSpotAdapter, coro: Any) -> Any:
    with pytest.raises(Exception) as info:
        await coro
    return a.classify_error(info.value), info.value


def ms(iso: str) -> int:
    return int(datetime.fromisoformat(iso).timestamp() * 1000 + 0.5)


async def test_full_listing_returns_every_record_once(sb: Sandbox) -> None:
    sb.admin("hubspot").seed(250, seed=3)
    a = adapter(sb)
    try:
        records, bookmark, pages = await drain(a, "contacts")
        companies, company_mark, _ = await drain(a, "companies")
    finally:
        await a.close()
    held = sb.admin("hubspot").records("contacts")
    assert pages == 3
    assert len(records) == len({r["id"] for r in records}) == 250
    assert {r["id"] for r in records} == {r["id"] for r in held}
    first = records[0]
    assert first["archived"] is False and "@" in first["email"] and "lastname" in first
    newest = max(ms(r["properties"]["lastmodifieddate"]) for r in held)
    assert bookmark["since"] == newest and len(bookmark["ids"]) >= 1
    assert len(companies) == 12 and company_mark["since"] is not None
    assert a.record_key("contacts", first) == first["id"]


async def test_incremental_search_returns_only_changed_records(sb: Sandbox) -> None:
    admin = sb.admin("hubspot")
    admin.seed(120, seed=4)
    a = adapter(sb, search_page_size=2)
    try:
        _, bookmark, _ = await drain(a, "contacts")
        changed = [r["id"] for r in admin.records("contacts")[10:15]]
        for rid in changed:
            admin.update("contacts", rid, {"firstname": "Changed"})
        pages = [p async for p in a.fetch_records("contacts", bookmark)]
        assert [r["id"] for p in pages for r in p.records] == changed
        assert all(r["firstname"] == "Changed" for p in pages for r in p.records)
        # a page cursor resumes the same search where it stopped
        resumed, _, _ = await drain(a, "contacts", pages[0].next_cursor)
        assert [r["id"] for r in resumed] == changed[len(pages[0].records) :]
        # an unchanged source yields nothing, and keeps its bookmark
        nothing, again, _ = await drain(a, "contacts", pages[-1].next_cursor)
        assert nothing == [] and again == pages[-1].next_cursor
    finally:
        await a.close()
    # a lookback re-reads the window before the bookmark (HubSpot's search index lags)
    b = adapter(sb, search_lookback_seconds=20 * 365 * 86400)
    try:
        again_all, _, _ = await drain(b, "contacts", pages[-1].next_cursor)
    finally:
        await b.close()
    boundary = set(pages[-1].next_cursor["ids"])
    assert {r["id"] for r in again_all} == {r["id"] for r in admin.records("contacts")} - boundary


async def test_search_reanchors_before_the_10000_results_cap(sb: Sandbox) -> None:
    sb.admin("hubspot").seed(10_300, seed=5)
    a = adapter(sb)
    try:
        cursors = []
        seen: list[str] = []
        async for page in a.fetch_records("contacts", {"since": 0, "ids": []}):
            seen += [r["id"] for r in page.records]
            cursors.append(page.next_cursor)
    finally:
        await a.close()
    assert len(seen) == len(set(seen)) == 10_300
    anchors = {c["search_from"] for c in cursors[:-1]}
    assert len(anchors) == 2  # the filter moved once, on the newest value seen


async def test_batch_upsert_creates_then_updates_without_duplicates(sb: Sandbox) -> None:
    a = adapter(sb)
    rows = [(f"k{i}", {"email": f"new{i}@example.com", "firstname": f"N{i}"}) for i in range(150)]
    try:
        assert a.limits.batch_max_records == 100
        assert HubSpotAdapter.batch_cap(a.config) == 100
        first = await a.upload_batch("contacts", rows, "email")
        again = [(k, {**r, "lastname": "Again"}) for k, r in rows]
        second = await a.upload_batch("contacts", again, "email")
    finally:
        await a.close()
    assert [o.key for o in first] == [k for k, _ in rows]
    assert {o.outcome for o in first} == {Outcome.CREATED}
    assert {o.outcome for o in second} == {Outcome.UPDATED}
    assert [o.destination_id for o in first] == [o.destination_id for o in second]
    admin = sb.admin("hubspot")
    held = admin.records("contacts")
    assert len(held) == 150 and {r["properties"]["lastname"] for r in held} == {"Again"}
    per_key = admin.writes_per_key("contacts")
    assert len(per_key) == 150 and set(per_key.values()) == {2}
    by_route = admin.stats()["by_route"]
    assert by_route.get("POST /crm/v3/objects/contacts/batch/upsert") == 4  # 100 + 50, twice


async def test_same_match_key_twice_in_a_batch_is_applied_in_order(sb: Sandbox) -> None:
    a = adapter(sb)
    rows = [
        ("a", {"email": "twin@example.com", "firstname": "First"}),
        ("b", {"email": "other@example.com", "firstname": "Other"}),
        ("c", {"email": "TWIN@example.com", "firstname": "Second"}),
    ]
    try:
        outcomes = await a.upload_batch("contacts", rows, "email")
    finally:
        await a.close()
    assert [(o.key, o.outcome) for o in outcomes] == [
        ("a", Outcome.CREATED),
        ("b", Outcome.CREATED),
        ("c", Outcome.UPDATED),
    ]
    held = {r["properties"]["email"]: r for r in sb.admin("hubspot").records("contacts")}
    assert held["twin@example.com"]["properties"]["firstname"] == "Second" and len(held) == 2


async def test_multi_status_rejections_keep_hubspot_message_verbatim(sb: Sandbox) -> None:
    a = adapter(sb)
    rows = [
        ("ok1", {"email": "good1@example.com", "firstname": "G"}),
        ("bad", {"email": "not-an-email", "firstname": "B"}),
        ("enum", {"email": "good2@example.com", "lifecyclestage": "wizard"}),
        ("nokey", {"email": "", "firstname": "N"}),
        ("ok2", {"email": "good3@example.com"}),
    ]
    try:
        outcomes = await a.upload_batch("contacts", rows, "email")
    finally:
        await a.close()
    by_key = {o.key: o for o in outcomes}
    assert [o.key for o in outcomes] == [k for k, _ in rows]
    assert by_key["ok1"].outcome == by_key["ok2"].outcome == Outcome.CREATED
    bad = by_key["bad"]
    assert bad.outcome == Outcome.REJECTED and (bad.code, bad.field) == ("INVALID_EMAIL", "email")
    assert bad.reason is not None and bad.reason.startswith("Property values were not valid: [")
    assert "Email address not-an-email is invalid" in bad.reason
    assert by_key["enum"].code == "INVALID_OPTION" and by_key["enum"].field == "lifecyclestage"
    assert by_key["nokey"].code == "MISSING_MATCH_KEY"
    assert len(sb.admin("hubspot").records("contacts")) == 2


async def test_injected_partial_failures_map_to_their_records(sb: Sandbox) -> None:
    sb.admin("hubspot").set_faults(
        [{"match": "POST /crm/v3/objects/*/batch/*", "kind": "partial", "fraction": 0.3}], seed=2
    )
    a = adapter(sb)
    rows = [(f"k{i}", {"email": f"p{i}@example.com"}) for i in range(20)]
    try:
        outcomes = await a.upload_batch("contacts", rows, "email")
    finally:
        await a.close()
    rejected = {o.key for o in outcomes if o.outcome == Outcome.REJECTED}
    assert len(rejected) == 6
    held = {r["properties"]["email"] for r in sb.admin("hubspot").records("contacts")}
    assert held == {f"p{k[1:]}@example.com" for k, _ in rows if k not in rejected}
    assert all(
        "Injected sandbox failure" in (o.reason or "") for o in outcomes if o.key in rejected
    )


async def test_a_batch_over_the_cap_is_a_permanent_validation_error(sb: Sandbox) -> None:
    a = adapter(sb)
    inputs = [
        {"idProperty": "email", "id": f"x{i}@example.com", "properties": {}} for i in range(101)
    ]
    try:
        classified, _ = await failure(
            a,
            a.request_json(
                "POST", "/crm/v3/objects/contacts/batch/upsert", json={"inputs": inputs}
            ),
        )
    finally:
        await a.close()
    assert classified.kind == ErrorKind.PERMANENT and classified.code == "VALIDATION_ERROR"
    assert classified.message.startswith("Batch input limit exceeded: 101 inputs")


async def test_wrong_token_is_auth_and_never_shows_the_token(
    sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "pat-na1-wrong-0000-SECRET"
    monkeypatch.setenv(TOKEN_ENV, secret)
    a = adapter(sb)
    try:
        classified, exc = await failure(a, drain(a, "contacts"))
    finally:
        await a.close()
    assert classified.kind == ErrorKind.AUTH and classified.status == 401
    assert classified.message.startswith("Authentication credentials not found.")
    assert classified.code == "INVALID_AUTHENTICATION"
    for text in (classified.message, str(exc), repr(exc), repr(a.secret), repr(a.config)):
        assert secret not in text


async def test_429_storms_are_rate_limits_with_a_time(sb: Sandbox) -> None:
    admin = sb.admin("hubspot")
    a = adapter(sb)
    try:
        admin.set_faults(
            [{"match": "GET /crm/*", "kind": "rate_limit", "count": 1, "retry_after": 3}]
        )
        with_header, _ = await failure(a, drain(a, "contacts"))
        admin.set_faults([{"match": "GET /crm/*", "kind": "rate_limit", "count": 1}])
        without, _ = await failure(a, drain(a, "contacts"))
        assert (await drain(a, "contacts"))[0] == []  # the storm is over
    finally:
        await a.close()
    assert with_header.kind == ErrorKind.RETRY_AFTER and with_header.retry_after_seconds == 3
    assert with_header.message == "You have reached your ten_secondly_rolling limit."
    assert without.kind == ErrorKind.RATE_LIMITED and without.retry_after_seconds == 10
    assert without.code == "TEN_SECONDLY_ROLLING"


async def test_daily_limit_is_quota_exhausted_until_midnight_in_the_account_zone(
    sb: Sandbox,
) -> None:
    zone = "America/New_York"
    sb.admin("hubspot").set_limits(enabled=True, quotas={"daily": 2}, timezone=zone)
    a = adapter(sb, limits={"timezone": zone})
    try:
        await drain(a, "contacts")
        await drain(a, "contacts")
        classified, _ = await failure(a, drain(a, "contacts"))
    finally:
        await a.close()
    assert classified.kind == ErrorKind.QUOTA_EXHAUSTED and classified.code == "DAILY"
    assert classified.message == "You have reached your daily limit."
    now = datetime.now(UTC)
    expected = (next_midnight(now, zone) - now).total_seconds()
    assert classified.retry_after_seconds is not None
    assert abs(classified.retry_after_seconds - expected) < 5


async def test_server_errors_timeouts_and_cut_bodies_are_transient(sb: Sandbox) -> None:
    admin = sb.admin("hubspot")
    a = adapter(sb, timeout_seconds=0.3)
    try:
        kinds = []
        for rule in (
            {"kind": "error", "status": 503},
            {"kind": "timeout", "hold_seconds": 2},
            {"kind": "malformed"},
            {"kind": "drop"},
        ):
            admin.set_faults([{"match": "GET /crm/*", "count": 1, **rule}])
            classified, _ = await failure(a, drain(a, "contacts"))
            kinds.append((rule["kind"], classified.kind))
    finally:
        await a.close()
    assert all(kind == ErrorKind.TRANSIENT for _, kind in kinds), kinds


async def test_describe_and_archived_records(sb: Sandbox) -> None:
    admin = sb.admin("hubspot")
    admin.seed(30, seed=6)
    gone = admin.records("contacts")[3]["id"]
    admin.delete("contacts", gone)
    live, archived = adapter(sb), adapter(sb, archived=True)
    try:
        fields = {f.name: f.type for f in await live.describe("contacts")}
        live_ids = {r["id"] for r in (await drain(live, "contacts"))[0]}
        dead = (await drain(archived, "contacts"))[0]
    finally:
        await live.close()
        await archived.close()
    assert fields["email"] == "string" and fields["lastmodifieddate"] == "datetime"
    assert gone not in live_ids and len(live_ids) == 29
    assert [(r["id"], r["archived"]) for r in dead] == [(gone, True)]


def test_jsonl_to_hubspot_contacts_through_the_engine(sb: Sandbox, tmp_path: Path) -> None:
    rows = write_contacts(tmp_path / "contacts.jsonl", 230)
    job = {
        "name": "file-to-hubspot",
        "source": {"connection": "file", "object": "contacts"},
        "destination": {"connection": "hs", "object": "contacts"},
        "mapping": {
            "match_key": "email",
            "rules": [{"copy": "email"}, {"copy": "firstname"}, {"copy": "lastname"}],
        },
        "batch_size": 500,
        "connections": {
            "file": {"platform": "jsonl", "path": "contacts.jsonl"},
            "hs": {
                "platform": "hubspot",
                "base_url": sb.base_url("hubspot"),
                "token_env": TOKEN_ENV,
            },
        },
    }
    (tmp_path / "job.yaml").write_text(yaml.safe_dump(job))
    definition = load_job_file(tmp_path / "job.yaml")
    assert definition["batch_size"] == 100  # capped by HubSpot's batch limit
    store = SQLiteStore(tmp_path / "store.db")
    try:
        for _ in range(2):  # the second run updates the same contacts
            job_id = create_job(store, definition)
            view = asyncio.run(JobRunner(store, job_id).run())
            assert view.state == JobState.COMPLETED, view
    finally:
        store.close()
    assert (view.created, view.updated) == (0, 230)
    admin = sb.admin("hubspot")
    held = {r["properties"]["email"]: r["properties"] for r in admin.records("contacts")}
    assert held.keys() == {r["email"] for r in rows}
    assert held["user7@example.com"]["firstname"] == "First7"
    assert set(admin.writes_per_key("contacts").values()) == {2}


def test_incremental_job_from_hubspot_fetches_only_what_changed(
    sb: Sandbox, tmp_path: Path
) -> None:
    admin = sb.admin("hubspot")
    admin.seed(150, seed=8)
    job = {
        "name": "hubspot-to-file",
        "mode": "incremental",
        "source": {"connection": "hs", "object": "contacts"},
        "destination": {"connection": "file", "object": "contacts"},
        "mapping": {"match_key": "id", "rules": [{"copy": "id"}, {"copy": "email"}]},
        "connections": {
            "hs": {
                "platform": "hubspot",
                "base_url": sb.base_url("hubspot"),
                "token_env": TOKEN_ENV,
            },
            "file": {"platform": "jsonl", "path": "out.jsonl"},
        },
    }
    (tmp_path / "job.yaml").write_text(yaml.safe_dump(job))
    store = SQLiteStore(tmp_path / "store.db")
    fetched = []
    try:
        for step in range(3):
            if step == 1:
                for rec in admin.records("contacts")[:4]:
                    admin.update("contacts", rec["id"], {"firstname": "Again"})
            job_id = create_job(store, load_job_file(tmp_path / "job.yaml"))
            view = asyncio.run(JobRunner(store, job_id).run())
            assert view.state == JobState.COMPLETED, view
            fetched.append(view.fetched)
    finally:
        store.close()
    assert fetched == [150, 4, 0]

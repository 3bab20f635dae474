"""The Salesforce adapter against the Salesforce simulator over real loopback HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.adapters.base import Outcome, Record
from syncwright.adapters.http import AdapterContext
from syncwright.adapters.salesforce import SalesforceAdapter, SalesforceConnection
from syncwright.adapters.salesforce_bulk import parse_error
from syncwright.domain.failures import ErrorKind
from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.sandbox import Sandbox
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import MAPPING, write_contacts

TOKEN_ENV = "SW_TEST_SALESFORCE_TOKEN"
API = "/services/data/v60.0"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(("salesforce",), no_limits=True) as sb:
        yield sb


@pytest.fixture
def sb(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    sandbox.reset()
    sandbox.admin("salesforce").set_limits(enabled=False)
    monkeypatch.setenv(TOKEN_ENV, sandbox.credentials("salesforce")["token"])
    return sandbox


def adapter(sb: Sandbox, **settings: Any) -> SalesforceAdapter:
    config = SalesforceConnection.model_validate(
        {"platform": "salesforce", "base_url": sb.base_url("salesforce"), "token_env": TOKEN_ENV}
        | settings
    )
    return SalesforceAdapter(config, AdapterContext("sf-test"))


async def drain(
    a: SalesforceAdapter, obj: str, cursor: Any = None
) -> tuple[list[Record], Any, int]:
    records: list[Record] = []
    last: Any = None
    pages = 0
    async for page in a.fetch_records(obj, cursor):
        records += page.records
        last = page.next_cursor
        pages += 1
    return records, last, pages


async def failure(a: SalesforceAdapter, coro: Any) -> Any:
    with pytest.raises(Exception) as info:
        await coro
    return a.classify_error(info.value), info.value


def lead(i: int, **extra: Any) -> tuple[str, Record]:
    return f"k{i}", {
        "Email": f"lead{i}@example.com",
        "LastName": f"L{i}",
        "Company": "Acme",
        **extra,
    }


def by_route(sb: Sandbox) -> dict[str, int]:
    routes: dict[str, int] = sb.admin("salesforce").stats()["by_route"]
    return routes


async def test_query_follows_next_records_url_to_the_end(sb: Sandbox) -> None:
    admin = sb.admin("salesforce")
    admin.seed(900, seed=3)
    a = adapter(sb, query_batch_size=200)
    try:
        pages = [p async for p in a.fetch_records("Lead", None)]
        accounts, _, _ = await drain(a, "Account")
    finally:
        await a.close()
    records = [r for p in pages for r in p.records]
    assert len(pages) == 5 and [p.done for p in pages] == [False] * 4 + [True]
    assert pages[0].next_cursor["next"].startswith(f"{API}/query/")
    assert len(records) == len({r["Id"] for r in records}) == 900
    assert {r["Id"] for r in records} == {r["Id"] for r in admin.records("Lead")}
    assert "attributes" not in records[0] and {"Email", "Company", "SystemModstamp"} <= set(
        records[0]
    )
    stamps = [datetime.fromisoformat(r["SystemModstamp"]) for r in records]
    assert stamps == sorted(stamps)
    assert datetime.fromisoformat(pages[-1].next_cursor["since"]) == stamps[-1]
    assert len(accounts) == 45
    assert a.record_key("Lead", records[0]) == records[0]["Id"]


async def test_incremental_by_systemmodstamp_is_tie_safe(sb: Sandbox) -> None:
    admin = sb.admin("salesforce")
    admin.seed(300, seed=4)
    a = adapter(sb)
    try:
        _, bookmark, _ = await drain(a, "Lead")
        changed = [r["Id"] for r in admin.records("Lead")[20:23]]
        for rid in changed:
            admin.update("Lead", rid, {"Title": "Changed"})
        found, bookmark2, _ = await drain(a, "Lead", bookmark)
        assert sorted(r["Id"] for r in found) == sorted(changed)
        assert (await drain(a, "Lead", bookmark2))[0] == []  # unchanged: nothing
        # created in the same second as the newest change seen: still found
        new = admin.create("Lead", {"LastName": "Tie", "Company": "Acme"})
        found3, _, _ = await drain(a, "Lead", bookmark2)
        assert [r["Id"] for r in found3] == [new["Id"]]
        # a page cursor whose query locator expired re-queries from its watermark
        stale = {**bookmark2, "next": f"{API}/query/01gEXPIRED000000-200"}
        assert [r["Id"] for r in (await drain(a, "Lead", stale))[0]] == [new["Id"]]
    finally:
        await a.close()


async def test_salesforce_refetches_a_boundary_record_whose_content_changed(sb: Sandbox) -> None:
    admin = sb.admin("salesforce")
    admin.seed(30, seed=5)
    """An edit within the whole second a record was read in keeps its SystemModstamp;
    the bookmark's digest tells the new content from the one already read."""
    a = adapter(sb)
    try:
        _, bookmark, _ = await drain(a, "Lead")
        assert bookmark["digests"] and set(bookmark["digests"]) == set(bookmark["ids"])
        assert (await drain(a, "Lead", bookmark))[0] == []  # unchanged: nothing
        rid = admin.records("Lead")[3]["Id"]
        admin.update("Lead", rid, {"Title": "Read once"})
        found, read, _ = await drain(a, "Lead", bookmark)
        assert [r["Id"] for r in found] == [rid]
        assert (await drain(a, "Lead", read))[0] == []
        # the same record edited again within the stamp it was read at: the bookmark's ids
        # hold it, its digest does not match the content any more
        stale = {**read, "digests": {**read["digests"], rid: "0" * 16}}
        again, _, _ = await drain(a, "Lead", stale)
        assert [r["Id"] for r in again] == [rid] and again[0]["Title"] == "Read once"
    finally:
        await a.close()


async def test_collections_upsert_creates_then_updates_in_input_order(sb: Sandbox) -> None:
    a = adapter(sb)
    rows = [lead(i) for i in range(450)]
    try:
        assert SalesforceAdapter.batch_cap(a.config) is None  # the adapter splits
        first = await a.upload_batch("Lead", rows, "Email")
        second = await a.upload_batch("Lead", [(k, {**r, "Title": "T"}) for k, r in rows], "Email")
    finally:
        await a.close()
    assert [o.key for o in first] == [k for k, _ in rows]
    assert {o.outcome for o in first} == {Outcome.CREATED}
    assert {o.outcome for o in second} == {Outcome.UPDATED}
    assert [o.destination_id for o in first] == [o.destination_id for o in second]
    admin = sb.admin("salesforce")
    assert len(admin.records("Lead")) == 450
    per_key = admin.writes_per_key("Lead")
    assert len(per_key) == 450 and set(per_key.values()) == {2}
    assert by_route(sb)[f"PATCH {API}/composite/sobjects/Lead/Email"] == 6  # 200+200+50, twice


async def test_concurrent_collection_calls_fail_as_one_classified_error(sb: Sandbox) -> None:
    a = adapter(sb, upload_concurrency=3)
    sb.admin("salesforce").set_faults(
        [{"match": f"PATCH {API}/composite/sobjects/*", "kind": "error", "status": 503, "count": 1}]
    )
    rows = [lead(i) for i in range(600)]
    try:
        classified, raw = await failure(a, a.upload_batch("Lead", rows, "Email"))
        again = await a.upload_batch("Lead", rows, "Email")  # the engine's re-send
    finally:
        await a.close()
    assert not isinstance(raw, BaseExceptionGroup)
    assert classified.kind == ErrorKind.TRANSIENT and classified.status == 503
    assert {o.outcome for o in again} <= {Outcome.CREATED, Outcome.UPDATED}
    assert len(sb.admin("salesforce").records("Lead")) == 600  # no duplicate, no gap


async def test_per_record_errors_are_rejected_with_salesforce_words(sb: Sandbox) -> None:
    a = adapter(sb)
    rows = [
        lead(0),
        ("nolast", {"Email": "nolast@example.com", "FirstName": "N"}),
        ("bademail", {"Email": "bad@@example", "LastName": "B", "Company": "Acme"}),
        ("twin1", {"Email": "twin@example.com", "LastName": "One", "Company": "Acme"}),
        ("twin2", {"Email": "TWIN@example.com", "LastName": "Two", "Company": "Acme"}),
        lead(1),
    ]
    try:
        outcomes = await a.upload_batch("Lead", rows, "Email")
    finally:
        await a.close()
    o = {x.key: x for x in outcomes}
    assert [x.key for x in outcomes] == [k for k, _ in rows]
    assert o["k0"].outcome == o["k1"].outcome == o["twin1"].outcome == Outcome.CREATED
    assert o["twin2"].outcome == Outcome.UPDATED  # same key: sent after its twin, not rejected
    missing = o["nolast"]
    assert (missing.outcome, missing.code, missing.field) == (
        Outcome.REJECTED,
        "REQUIRED_FIELD_MISSING",
        "LastName,Company",
    )
    assert missing.reason == "Required fields are missing: [LastName, Company]"
    assert o["bademail"].code == "INVALID_EMAIL_ADDRESS" and o["bademail"].field == "Email"
    assert o["bademail"].reason == "Email: invalid email address: bad@@example"


async def test_bulk_ingest_above_the_threshold_maps_results_to_records(sb: Sandbox) -> None:
    admin = sb.admin("salesforce")
    existing = admin.create(
        "Lead", {"Email": "lead3@example.com", "LastName": "Old", "Company": "X"}
    )
    a = adapter(sb, bulk_threshold=50, bulk_poll_seconds=0.01)
    rows = [lead(i) for i in range(120)]
    rows[7] = ("k7", {"Email": "lead7@example.com", "FirstName": "NoLast", "Company": "C"})
    rows[40] = ("k40", {"Email": "bad email@x", "LastName": "B", "Company": "C"})
    rows[60] = ("k60", {"LastName": "NoEmail", "Company": "C"})
    try:
        outcomes = await a.upload_batch("Lead", rows, "Email")
    finally:
        await a.close()
    routes = by_route(sb)
    assert routes[f"POST {API}/jobs/ingest"] == 1
    assert not any("composite" in r for r in routes)
    o = {x.key: x for x in outcomes}
    assert [x.key for x in outcomes] == [k for k, _ in rows]
    assert o["k3"].outcome == Outcome.UPDATED and o["k3"].destination_id == existing["Id"]
    assert o["k0"].outcome == Outcome.CREATED and o["k0"].destination_id
    assert (o["k7"].code, o["k7"].reason, o["k7"].field) == (
        "REQUIRED_FIELD_MISSING",
        "Required fields are missing: [LastName]",
        "LastName",
    )
    assert o["k40"].code == "INVALID_EMAIL_ADDRESS"
    assert o["k60"].code == "MISSING_ARGUMENT"
    rejected = {k for k, x in o.items() if x.outcome == Outcome.REJECTED}
    assert rejected == {"k7", "k40", "k60"}
    held = {r["Email"] for r in admin.records("Lead")}
    assert len(held) == 117 and "lead7@example.com" not in held


async def test_a_failed_bulk_job_is_permanent_with_its_message(sb: Sandbox) -> None:
    a = adapter(sb, bulk_threshold=1, bulk_poll_seconds=0.01)
    rows = [lead(i, Nope__c="x") for i in range(3)]
    try:
        classified, _ = await failure(a, a.upload_batch("Lead", rows, "Email"))
    finally:
        await a.close()
    assert classified.kind == ErrorKind.PERMANENT
    assert classified.message == "InvalidBatch : Field name not found : Nope__c"


def test_bulk_error_parsing() -> None:
    assert parse_error(
        "REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --"
    ) == (
        "REQUIRED_FIELD_MISSING",
        "Required fields are missing: [LastName]",
        "LastName",
    )
    assert parse_error("UNABLE_TO_LOCK_ROW:unable to obtain exclusive access:--") == (
        "UNABLE_TO_LOCK_ROW",
        "unable to obtain exclusive access",
        None,
    )
    assert parse_error("something else") == (None, "something else", None)


async def test_wrong_token_is_auth_and_never_shows_the_token(
    sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "00DWRONG!token.that.must.not.leak"
    monkeypatch.setenv(TOKEN_ENV, secret)
    a = adapter(sb)
    try:
        classified, exc = await failure(a, drain(a, "Lead"))
    finally:
        await a.close()
    assert (classified.kind, classified.code) == (ErrorKind.AUTH, "INVALID_SESSION_ID")
    assert classified.message == "Session expired or invalid"
    for text in (classified.message, str(exc), repr(exc), repr(a.config)):
        assert secret not in text


async def test_request_limit_exceeded_is_quota_exhausted(sb: Sandbox) -> None:
    admin = sb.admin("salesforce")
    a = adapter(sb)
    try:
        admin.set_faults([{"match": "*", "kind": "rate_limit", "count": 1}])
        storm, _ = await failure(a, drain(a, "Lead"))
        admin.clear_faults()
        admin.set_limits(enabled=True, quotas={"daily_api_requests": 1})
        await drain(a, "Lead")
        spent, _ = await failure(a, a.upload_batch("Lead", [lead(1)], "Email"))
    finally:
        await a.close()
    for classified in (storm, spent):
        assert classified.kind == ErrorKind.QUOTA_EXHAUSTED and classified.status == 403
        assert (classified.code, classified.message) == (
            "REQUEST_LIMIT_EXCEEDED",
            "TotalRequests Limit exceeded.",
        )


async def test_server_errors_and_timeouts_are_transient(sb: Sandbox) -> None:
    admin = sb.admin("salesforce")
    a = adapter(sb, timeout_seconds=0.3)
    try:
        kinds = []
        for rule in (
            {"kind": "error", "status": 503},
            {"kind": "timeout", "hold_seconds": 2},
            {"kind": "drop"},
        ):
            admin.set_faults([{"match": "*", "count": 1, **rule}])
            classified, _ = await failure(a, drain(a, "Lead"))
            kinds.append(classified.kind)
    finally:
        await a.close()
    assert kinds == [ErrorKind.TRANSIENT] * 3


async def test_bad_queries_are_permanent_with_the_message_verbatim(sb: Sandbox) -> None:
    a = adapter(sb, fields={"Lead": ["Email", "Nope__c"]})
    try:
        classified, _ = await failure(a, drain(a, "Lead"))
        malformed, _ = await failure(
            a, a.request_json("GET", "/query", params={"q": "SELEKT Id FROM Lead"})
        )
        unknown, _ = await failure(a, drain(a, "Opportunity"))
    finally:
        await a.close()
    assert (classified.kind, classified.code) == (ErrorKind.PERMANENT, "INVALID_FIELD")
    assert "No such column 'Nope__c' on entity 'Lead'" in classified.message
    assert (malformed.kind, malformed.code) == (ErrorKind.PERMANENT, "MALFORMED_QUERY")
    assert malformed.message.startswith("\nSELEKT Id FROM Lead\n^\nERROR at Row:1:Column:1")
    assert unknown.kind == ErrorKind.PERMANENT and "fields.Opportunity" in unknown.message


async def test_describe_and_connection_settings(sb: Sandbox) -> None:
    a = adapter(sb, base_url=sb.server_url("salesforce"))
    try:
        assert a.config.base_url == sb.base_url("salesforce")
        fields = {f.name: f for f in await a.describe("Lead")}
    finally:
        await a.close()
    assert fields["LastName"].required and fields["Company"].required
    assert not fields["Email"].required and fields["Email"].type == "email"
    with pytest.raises(ValueError):
        SalesforceConnection.model_validate(
            {"platform": "salesforce", "base_url": "x", "bulk_threshold": 0}
        )


@pytest.mark.parametrize("bulk_threshold", [2000, 100])
def test_jsonl_to_salesforce_leads_through_the_engine(
    sb: Sandbox, tmp_path: Path, bulk_threshold: int
) -> None:
    rows = write_contacts(tmp_path / "contacts.jsonl", 230)
    job = {
        "name": "file-to-salesforce",
        "source": {"connection": "file", "object": "contacts"},
        "destination": {"connection": "sf", "object": "Lead"},
        "mapping": MAPPING,
        "batch_size": 500,
        "connections": {
            "file": {"platform": "jsonl", "path": "contacts.jsonl"},
            "sf": {
                "platform": "salesforce",
                "base_url": sb.base_url("salesforce"),
                "token_env": TOKEN_ENV,
                "bulk_threshold": bulk_threshold,
                "bulk_poll_seconds": 0.01,
            },
        },
    }
    (tmp_path / "job.yaml").write_text(yaml.safe_dump(job))
    store = SQLiteStore(tmp_path / "store.db")
    try:
        job_id = create_job(store, load_job_file(tmp_path / "job.yaml"))
        view = asyncio.run(JobRunner(store, job_id).run())
    finally:
        store.close()
    assert view.state == JobState.COMPLETED and view.created == 230
    admin = sb.admin("salesforce")
    held = {r["Email"]: r for r in admin.records("Lead")}
    assert held.keys() == {r["email"] for r in rows}
    assert held["user7@example.com"]["Company"] == "[not provided]"  # 7 % 7 == 0: no company
    assert held["user8@example.com"]["LeadSource"] == "web"
    assert set(admin.writes_per_key("Lead").values()) == {1}
    routes = by_route(sb)
    assert (f"POST {API}/jobs/ingest" in routes) == (bulk_threshold < 230)

"""The GA4 Measurement Protocol adapter against the GA4 simulator over real loopback HTTP."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml

from syncwright.adapters import ga4
from syncwright.adapters.base import AdapterError, ConfigError, Outcome
from syncwright.adapters.ga4 import GA4Adapter, GA4Connection
from syncwright.adapters.http import AdapterContext, HttpError
from syncwright.domain.failures import ErrorKind
from syncwright.domain.job_states import JobState
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.sandbox import Sandbox
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import write_contacts

SECRET_ENV = "SW_TEST_GA4_SECRET"


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox(("ga4",), no_limits=True) as box:
        yield box


@pytest.fixture
def g(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    sb.reset()
    monkeypatch.setenv(SECRET_ENV, sb.credentials("ga4")["api_secret"])
    return sb


def conn(sb: Sandbox, **extra: Any) -> dict[str, Any]:
    return {
        "platform": "ga4",
        "base_url": sb.base_url("ga4"),
        "measurement_id": sb.credentials("ga4")["measurement_id"],
        "token_env": SECRET_ENV,
        **extra,
    }


def adapter(sb: Sandbox, **extra: Any) -> GA4Adapter:
    return GA4Adapter(GA4Connection.model_validate(conn(sb, **extra)), AdapterContext("ga4"))


def posts(sb: Sandbox, path: str = "/mp/collect") -> int:
    return int(sb.admin("ga4").stats()["by_route"].get(f"POST {path}", 0))


def ev(client: str, name: str = "sign_up", **params: Any) -> dict[str, Any]:
    return {"client_id": client, "name": name, **params}


async def test_events_go_in_requests_of_25_per_client(g: Sandbox) -> None:
    a = adapter(g)
    records = [(str(i), ev("c1", method="email", n=i)) for i in range(60)]
    records += [(f"u{i}", ev(f"c{2 + i % 3}", user_id=f"user-{i % 3}")) for i in range(6)]
    out = await a.upload_batch("events", records, "client_id")
    await a.close()
    assert [o.outcome for o in out] == [Outcome.CREATED] * 66
    assert posts(g) == 3 + 3  # 25 + 25 + 10 for c1, then one request per other client
    held = g.admin("ga4").records("events")
    assert len(held) == 66 and g.admin("ga4").records("dropped") == []
    first = next(e for e in held if e["client_id"] == "c1")
    assert first["name"] == "sign_up" and first["params"] == {"method": "email", "n": 0}
    assert next(e for e in held if e["client_id"] == "c2")["user_id"] == "user-0"


async def test_requests_are_cut_by_bytes(g: Sandbox) -> None:
    a = adapter(g, limits={"groups": {"default": {"payload_max_bytes": 2000}}})
    records = [(str(i), ev("c1", text="x" * 90, n=i)) for i in range(20)]
    records.append(("huge", ev("c1", **{f"p{k}": "y" * 100 for k in range(25)})))
    out = await a.upload_batch("events", records, "client_id")
    await a.close()
    assert [o.outcome for o in out[:20]] == [Outcome.CREATED] * 20
    assert out[20].code == "PAYLOAD_TOO_LARGE" and "at most 2000" in (out[20].reason or "")
    assert posts(g) == 2 and len(g.admin("ga4").records("events")) == 20


async def test_documented_rules_are_checked_per_record(g: Sandbox) -> None:
    a = adapter(g)
    cases = {
        "ok": ev("c1"),
        "no_client": {"name": "sign_up"},
        "no_name": {"client_id": "c1"},
        "long_name": ev("c1", "a" * 41),
        "bad_name": ev("c1", "sign-up"),
        "reserved": ev("c1", "session_start"),
        "many_params": ev("c1", **{f"p{k}": k for k in range(26)}),
        "long_param_name": ev("c1", **{"p" * 41: 1}),
        "reserved_param": ev("c1", ga_session="1"),
        "long_value": ev("c1", note="z" * 101),
        "nested_value": ev("c1", data={"a": 1}),
        "old": ev("c1", timestamp_micros=int((time.time() - 80 * 3600) * 1e6)),
        "bad_time": ev("c1", timestamp_micros="yesterday"),
    }
    out = await a.upload_batch("events", list(cases.items()), "client_id")
    await a.close()
    codes = {o.key: o.code for o in out}
    assert codes == {
        "ok": None,
        "no_client": "CLIENT_ID_REQUIRED",
        "no_name": "EVENT_NAME_REQUIRED",
        "long_name": "EVENT_NAME_TOO_LONG",
        "bad_name": "EVENT_NAME_INVALID",
        "reserved": "EVENT_NAME_RESERVED",
        "many_params": "TOO_MANY_PARAMS",
        "long_param_name": "PARAM_NAME_TOO_LONG",
        "reserved_param": "PARAM_NAME_RESERVED",
        "long_value": "PARAM_VALUE_TOO_LONG",
        "nested_value": "PARAM_VALUE_INVALID",
        "old": "TIMESTAMP_TOO_OLD",
        "bad_time": "TIMESTAMP_INVALID",
    }
    assert next(o for o in out if o.key == "long_value").field == "note"
    assert len(g.admin("ga4").records("events")) == 1 and posts(g) == 1


async def test_debug_endpoint_messages_are_mapped_to_their_records(
    g: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend the local rules miss something, so only the debug endpoint catches it.
    monkeypatch.setattr(ga4, "_check_event", lambda *args: None)
    a = adapter(g, validate=True)
    future = int((time.time() + 3600) * 1e6)
    out = await a.upload_batch(
        "events",
        [
            ("a", ev("c1")),
            ("b", ev("c1", "session_start")),
            ("c", ev("c1", "purchase")),
            ("later", ev("c9", timestamp_micros=future)),
        ],
        "client_id",
    )
    await a.close()
    by = {o.key: o for o in out}
    assert by["a"].outcome == by["c"].outcome == Outcome.CREATED
    assert (by["b"].outcome, by["b"].code, by["b"].field) == (
        Outcome.REJECTED,
        "NAME_RESERVED",
        "events[1].name",
    )
    assert by["b"].reason == "Event name session_start is reserved."
    assert (by["later"].code, by["later"].field) == ("VALUE_OUT_OF_BOUNDS", "timestamp_micros")
    assert posts(g, "/debug/mp/collect") == 2 and posts(g) == 1
    assert sorted(e["name"] for e in g.admin("ga4").records("events")) == ["purchase", "sign_up"]


async def test_a_wrong_secret_found_by_validation_is_auth_without_the_secret(
    g: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SECRET_ENV, "not-the-secret-1234")
    a = adapter(g, validate=True)
    with pytest.raises(AdapterError) as info:
        await a.upload_batch("events", [("a", ev("c1"))], "client_id")
    c = a.classify_error(info.value)
    await a.close()
    assert (c.kind, c.message) == (ErrorKind.AUTH, "Invalid api_secret.")
    assert "not-the-secret-1234" not in str(info.value) and posts(g) == 0


async def test_the_api_secret_is_in_no_error_message(g: Sandbox) -> None:
    secret = g.credentials("ga4")["api_secret"]
    g.admin("ga4").set_faults([{"match": "POST /mp/collect", "kind": "error", "status": 503}])
    a = adapter(g)
    with pytest.raises(HttpError) as info:
        await a.upload_batch("events", [("a", ev("c1"))], "client_id")
    c = a.classify_error(info.value)
    assert c.kind == ErrorKind.TRANSIENT and c.message == "The service is temporarily unavailable."
    assert "api_secret=%2A%2A%2A" in info.value.url or "api_secret=***" in info.value.url
    for text in (c.message, str(info.value), repr(info.value), info.value.url):
        assert secret not in text
    await a.close()
    with socket.socket() as s:  # a port nobody listens on: a transport error
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dead = adapter(g, base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(httpx2.TransportError) as info2:
        await dead.upload_batch("events", [("a", ev("c1"))], "client_id")
    c2 = dead.classify_error(info2.value)
    await dead.close()
    assert c2.kind == ErrorKind.TRANSIENT and secret not in c2.message


async def test_connection_needs_a_secret_and_is_destination_only(g: Sandbox) -> None:
    with pytest.raises(ConfigError, match="api_secret is required"):
        GA4Adapter(
            GA4Connection.model_validate({**conn(g), "token_env": None}), AdapterContext("x")
        )
    a = adapter(g)
    assert a.limits.batch_max_records == 25 and a.limits.payload_max_bytes == 130_000
    assert {"client_id", "name"} <= {f.name for f in await a.describe("events")}
    with pytest.raises(AdapterError, match="destination only"):
        async for _ in a.fetch_records("events", None):
            pass
    await a.close()


def test_a_jsonl_file_syncs_into_ga4_events_through_the_engine(g: Sandbox, tmp_path: Path) -> None:
    write_contacts(tmp_path / "contacts.jsonl", 60)
    job = {
        "name": "contacts-to-ga4",
        "source": {"connection": "file", "object": "contacts"},
        "destination": {"connection": "ga4", "object": "events"},
        "mapping": {
            "match_key": "client_id",
            "rules": [
                {"rename": "id", "to": "client_id"},
                {"constant": "sign_up", "to": "name"},
                {"rename": "firstname", "to": "first_name"},
            ],
        },
        "connections": {
            "file": {"platform": "jsonl", "path": "contacts.jsonl"},
            "ga4": conn(g, validate=True),
        },
    }
    (tmp_path / "job.yaml").write_text(yaml.safe_dump(job))
    store = SQLiteStore(tmp_path / "store.db")
    try:
        job_id = create_job(store, load_job_file(tmp_path / "job.yaml"))
        view = asyncio.run(JobRunner(store, job_id).run())
    finally:
        store.close()
    assert view.state == JobState.COMPLETED
    assert (view.batches_total, view.created) == (3, 60)  # the registry caps batches at 25
    events = g.admin("ga4").records("events")
    assert sorted(int(e["client_id"]) for e in events) == list(range(60))
    assert {e["name"] for e in events} == {"sign_up"} and g.admin("ga4").records("dropped") == []
    assert set(g.admin("ga4").writes_per_key("events").values()) == {1}

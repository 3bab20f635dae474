"""Fault injection: deterministic by seed, counts, windows, and every fault kind."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx2
import pytest

from syncwright.sandbox import FaultRule, ManualClock, Sandbox, load_faults_file
from syncwright.sandbox.faults import FaultEngine

LIST = "/crm/v3/objects/contacts"


def statuses(hs: httpx2.Client, n: int) -> list[int]:
    return [hs.get(LIST).status_code for _ in range(n)]


def test_same_seed_same_fault_sequence(sb: Sandbox, hs: httpx2.Client) -> None:
    rules = [{"match": f"GET {LIST}", "kind": "error", "probability": 0.4, "status": 502},
             {"match": "GET /crm/*", "kind": "rate_limit", "probability": 0.2}]
    admin = sb.admin("hubspot")
    admin.set_faults(rules, seed=42)
    first = statuses(hs, 40)
    log_first = admin.fault_log()
    admin.set_faults(rules, seed=42)
    assert statuses(hs, 40) == first
    assert admin.fault_log() == log_first
    assert {502, 429, 200} <= set(first)
    admin.set_faults(rules, seed=43)
    assert statuses(hs, 40) != first


def test_engine_is_deterministic_without_http() -> None:
    def run(seed: int) -> list[str | None]:
        engine = FaultEngine(ManualClock(), seed)
        engine.set_rules([FaultRule(kind="drop", probability=0.3),
                          FaultRule(kind="partial", probability=0.5, fraction=0.25)])
        out = []
        for _ in range(50):
            plan = engine.decide("POST", "/x")
            picked = sorted(plan.partial.pick(8)) if plan.partial else None
            out.append(f"{plan.rule.kind}:{picked}" if plan.rule else None)
        return out

    assert run(7) == run(7) and run(7) != run(8)


def test_count_and_window(sb: Sandbox, hs: httpx2.Client) -> None:
    admin = sb.admin("hubspot")
    admin.set_faults([{"match": f"GET {LIST}", "kind": "error", "count": 2}])
    assert statuses(hs, 4) == [503, 503, 200, 200]
    assert admin.faults()["faults"][0]["fired"] == 2
    admin.set_faults([{"match": "*", "kind": "error", "start_after": 60, "duration": 30}])
    assert statuses(hs, 1) == [200]
    admin.advance_clock(61)
    assert statuses(hs, 1) == [503]
    admin.advance_clock(30)
    assert statuses(hs, 1) == [200]


def test_platform_429_storm_with_retry_after(sb: Sandbox, hs: httpx2.Client,
                                             mc: httpx2.Client) -> None:
    sb.admin("hubspot").set_faults([{"kind": "rate_limit", "retry_after": 3, "count": 1}])
    r = hs.get(LIST)
    assert r.status_code == 429 and r.headers["Retry-After"] == "3"
    assert r.json()["errorType"] == "RATE_LIMIT"
    sb.admin("mailchimp").set_faults([{"kind": "rate_limit", "count": 1}])
    r = mc.get("/ping")
    assert r.status_code == 429 and r.json()["title"] == "Too Many Requests"
    sb.admin("salesforce").set_faults([{"kind": "rate_limit", "count": 1}])
    r = httpx2.get(sb.base_url("salesforce") + "/limits", headers={
        "Authorization": f"Bearer {sb.credentials('salesforce')['token']}"})
    assert r.status_code == 403 and r.json()[0]["errorCode"] == "REQUEST_LIMIT_EXCEEDED"
    assert sb.admin("hubspot").stats()["rate_limited"] == 1


def test_5xx_uses_platform_error_shape(sb: Sandbox, sf: httpx2.Client) -> None:
    sb.admin("salesforce").set_faults([{"kind": "error", "status": 503, "retry_after": 5}])
    r = sf.get("/limits")
    assert r.status_code == 503 and r.headers["Retry-After"] == "5"
    assert r.json()[0]["errorCode"] == "SERVER_UNAVAILABLE"


def test_latency_and_timeout(sb: Sandbox, hs: httpx2.Client) -> None:
    sb.admin("hubspot").set_faults([{"kind": "latency", "latency_ms": 150, "count": 1}])
    start = time.perf_counter()
    assert hs.get(LIST).status_code == 200
    assert time.perf_counter() - start >= 0.14
    sb.admin("hubspot").set_faults([{"kind": "timeout", "hold_seconds": 30, "count": 1}])
    with pytest.raises(httpx2.ReadTimeout):
        hs.get(LIST, timeout=0.3)
    assert hs.get(LIST).status_code == 200


def test_dropped_connection_and_malformed_json(sb: Sandbox, hs: httpx2.Client) -> None:
    sb.admin("hubspot").seed(5)
    sb.admin("hubspot").set_faults([{"kind": "drop", "count": 1}])
    with pytest.raises(httpx2.RemoteProtocolError):
        hs.get(LIST)
    sb.admin("hubspot").set_faults([{"kind": "malformed", "count": 1}])
    r = hs.get(LIST)
    assert r.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.content)
    assert hs.get(LIST).json()["results"]


def test_partial_batch_failure_in_each_platform_format(sb: Sandbox, hs: httpx2.Client,
                                                       sf: httpx2.Client,
                                                       mc: httpx2.Client) -> None:
    rule = [{"match": "POST */batch/*", "kind": "partial", "fraction": 0.3}]
    sb.admin("hubspot").set_faults(rule, seed=1)
    inputs = [{"idProperty": "email", "id": f"p{i}@example.org", "properties": {}}
              for i in range(10)]
    r = hs.post("/crm/v3/objects/contacts/batch/upsert", json={"inputs": inputs})
    assert r.status_code == 207 and r.json()["numErrors"] == 3
    assert len(r.json()["results"]) == 7
    sb.admin("salesforce").set_faults([{"match": "PATCH */composite/*", "kind": "partial",
                                        "fraction": 0.5}], seed=1)
    records = [{"attributes": {"type": "Lead"}, "Email": f"s{i}@example.org", "LastName": "S",
                "Company": "C"} for i in range(4)]
    out = sf.patch("/composite/sobjects/Lead/Email", json={"records": records}).json()
    failed = [o for o in out if not o["success"]]
    assert len(failed) == 2
    assert failed[0]["errors"][0]["statusCode"] == "UNABLE_TO_LOCK_ROW"
    sb.admin("mailchimp").set_faults([{"match": "POST /3.0/lists/*", "kind": "partial",
                                       "fraction": 1.0}])
    body = {"members": [{"email_address": "x@example.org", "status": "subscribed"}]}
    result = mc.post("/lists/a1b2c3d4e5", json=body).json()
    assert result["error_count"] == 1 and result["total_created"] == 0


def test_faults_file_json_and_yaml(tmp_path: Path) -> None:
    (tmp_path / "f.json").write_text(json.dumps({"seed": 9, "faults": {
        "*": [{"kind": "latency", "latency_ms": 5}],
        "hubspot": [{"match": "POST /crm/*", "kind": "error", "probability": 0.1}]}}))
    plan = load_faults_file(tmp_path / "f.json")
    assert plan.seed == 9 and [r.kind for r in plan.for_platform("hubspot")] == [
        "latency", "error"]
    assert [r.kind for r in plan.for_platform("ga4")] == ["latency"]
    (tmp_path / "f.yaml").write_text("- kind: drop\n  count: 2\n")
    assert load_faults_file(tmp_path / "f.yaml").for_platform("segment")[0].count == 2
    (tmp_path / "bad.yaml").write_text("faults:\n  hubspot:\n    - kind: explode\n")
    with pytest.raises(ValueError, match="kind"):
        load_faults_file(tmp_path / "bad.yaml")


def test_admin_rejects_bad_fault_rules(sb: Sandbox) -> None:
    r = httpx2.put(sb.server_url("hubspot") + "/__sandbox/faults",
                   json={"faults": [{"kind": "error", "probability": 2}]})
    assert r.status_code == 400 and "probability" in r.json()["error"]

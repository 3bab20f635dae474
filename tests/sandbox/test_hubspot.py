"""HubSpot contract: auth, list paging, batch caps and multi-status, upsert, search, usage."""

from __future__ import annotations

import httpx2

from syncwright.sandbox import Sandbox


def test_missing_or_wrong_token_gets_hubspot_401(sb: Sandbox) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        r = httpx2.get(sb.base_url("hubspot") + "/crm/v3/objects/contacts", headers=headers)
        assert r.status_code == 401
        body = r.json()
        assert body["status"] == "error"
        assert body["category"] == "INVALID_AUTHENTICATION"
        assert body["message"].startswith("Authentication credentials not found")
        assert body["correlationId"]


def test_list_pages_with_after_cursor_to_the_end(sb: Sandbox, hs: httpx2.Client) -> None:
    sb.admin("hubspot").seed(250, seed=3)
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        params = {"limit": 100, "properties": "email,tier"}
        if after:
            params["after"] = after
        r = hs.get("/crm/v3/objects/contacts", params=params)
        assert r.status_code == 200
        body = r.json()
        pages += 1
        for rec in body["results"]:
            assert set(rec) >= {"id", "properties", "createdAt", "updatedAt", "archived"}
            assert "lastmodifieddate" in rec["properties"] and "tier" in rec["properties"]
            seen.append(rec["id"])
        if "paging" not in body:
            break
        after = body["paging"]["next"]["after"]
        assert body["paging"]["next"]["link"].startswith(sb.base_url("hubspot"))
    assert pages == 3
    assert len(seen) == len(set(seen)) == 250


def test_list_limit_over_100_is_rejected(hs: httpx2.Client) -> None:
    r = hs.get("/crm/v3/objects/contacts", params={"limit": 101})
    assert r.status_code == 400
    assert r.json()["category"] == "VALIDATION_ERROR"


def test_batch_upsert_creates_then_updates_and_counts_writes(sb: Sandbox,
                                                             hs: httpx2.Client) -> None:
    inputs = [{"idProperty": "email", "id": f"p{i}@example.org",
               "properties": {"firstname": f"P{i}"}} for i in range(3)]
    r = hs.post("/crm/v3/objects/contacts/batch/upsert", json={"inputs": inputs})
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "COMPLETE" and "numErrors" not in body
    assert [x["new"] for x in body["results"]] == [True, True, True]
    inputs[0]["id"] = "P0@Example.org"  # same person, different casing
    r = hs.post("/crm/v3/objects/contacts/batch/upsert", json={"inputs": inputs})
    assert [x["new"] for x in r.json()["results"]] == [False, False, False]
    assert len(sb.admin("hubspot").records("contacts")) == 3
    per_key = sb.admin("hubspot").writes_per_key("contacts")
    assert sorted(per_key.values()) == [2, 2, 2]


def test_batch_of_101_inputs_is_a_validation_error(hs: httpx2.Client) -> None:
    inputs = [{"properties": {"email": f"x{i}@example.org"}} for i in range(101)]
    r = hs.post("/crm/v3/objects/contacts/batch/create", json={"inputs": inputs})
    assert r.status_code == 400
    assert r.json()["category"] == "VALIDATION_ERROR"
    r = hs.post("/crm/v3/objects/contacts/batch/create", json={"inputs": inputs[:100]})
    assert r.status_code == 201


def test_partial_batch_failure_is_207_multi_status(hs: httpx2.Client) -> None:
    inputs = [
        {"idProperty": "email", "id": "good@example.org", "properties": {"lastname": "G"}},
        {"idProperty": "email", "id": "bad", "properties": {"lastname": "B"},
         "objectWriteTraceId": "trace-1"},
        {"idProperty": "email", "id": "x@example.org", "properties": {"nope": "1"}},
    ]
    r = hs.post("/crm/v3/objects/contacts/batch/upsert", json={"inputs": inputs})
    assert r.status_code == 207
    body = r.json()
    assert body["numErrors"] == 2 and len(body["results"]) == 1
    first, second = body["errors"]
    assert first["status"] == "error" and first["category"] == "VALIDATION_ERROR"
    assert first["message"].startswith("Property values were not valid")
    assert "INVALID_EMAIL" in first["message"]
    assert first["context"]["ids"] == ["bad"]
    assert first["context"]["objectWriteTraceId"] == ["trace-1"]
    assert "PROPERTY_DOESNT_EXIST" in second["message"]


def test_batch_read_update_archive(hs: httpx2.Client) -> None:
    created = hs.post("/crm/v3/objects/contacts/batch/create", json={"inputs": [
        {"properties": {"email": "a@example.org"}},
        {"properties": {"email": "b@example.org"}}]}).json()["results"]
    ids = [c["id"] for c in created]
    r = hs.post("/crm/v3/objects/contacts/batch/read",
                json={"inputs": [{"id": ids[0]}, {"id": "999999"}], "properties": ["email"]})
    assert r.status_code == 207
    assert r.json()["errors"][0]["category"] == "OBJECT_NOT_FOUND"
    assert r.json()["errors"][0]["context"]["ids"] == ["999999"]
    r = hs.post("/crm/v3/objects/contacts/batch/update",
                json={"inputs": [{"id": ids[1], "properties": {"tier": "gold"}}]})
    assert r.status_code == 200 and r.json()["results"][0]["properties"]["tier"] == "gold"
    r = hs.post("/crm/v3/objects/contacts/batch/update",
                json={"inputs": [{"id": ids[1], "properties": {"tier": "diamond"}}]})
    assert r.status_code == 207 and "INVALID_OPTION" in r.json()["errors"][0]["message"]
    r = hs.post("/crm/v3/objects/contacts/batch/archive", json={"inputs": [{"id": ids[0]}]})
    assert r.status_code == 204
    assert hs.get(f"/crm/v3/objects/contacts/{ids[0]}").status_code == 404
    archived = hs.get("/crm/v3/objects/contacts", params={"archived": "true"}).json()
    assert [c["id"] for c in archived["results"]] == [ids[0]]


def test_duplicate_ids_in_one_batch_are_rejected(hs: httpx2.Client) -> None:
    inputs = [{"idProperty": "email", "id": "d@example.org", "properties": {}}] * 2
    r = hs.post("/crm/v3/objects/contacts/batch/upsert", json={"inputs": inputs})
    assert r.status_code == 400 and "Duplicate IDs" in r.json()["message"]


def test_create_conflict_and_single_object_routes(hs: httpx2.Client) -> None:
    r = hs.post("/crm/v3/objects/contacts", json={"properties": {"email": "c@example.org"}})
    assert r.status_code == 201
    cid = r.json()["id"]
    r = hs.post("/crm/v3/objects/contacts", json={"properties": {"email": "C@example.org"}})
    assert r.status_code == 409 and r.json()["category"] == "CONFLICT"
    assert f"Existing ID: {cid}" in r.json()["message"]
    r = hs.get("/crm/v3/objects/contacts/c@example.org", params={"idProperty": "email"})
    assert r.status_code == 200 and r.json()["id"] == cid
    r = hs.patch(f"/crm/v3/objects/contacts/{cid}", json={"properties": {"lastname": "Z"}})
    assert r.json()["properties"]["lastname"] == "Z"
    assert hs.delete(f"/crm/v3/objects/contacts/{cid}").status_code == 204
    r = hs.post("/crm/v3/objects/contacts", content=b"{not json")
    assert r.status_code == 400 and r.json()["category"] == "VALIDATION_ERROR"


def test_search_filters_sorts_and_pages(sb: Sandbox, hs: httpx2.Client) -> None:
    sb.admin("hubspot").seed(300, seed=5)
    records = sb.admin("hubspot").records("contacts")
    stamps = sorted(r["properties"]["lastmodifieddate"] for r in records)
    pivot = stamps[100]
    from syncwright.sandbox.clock import parse_iso

    pivot_ms = int(parse_iso(pivot) * 1000)
    expected = sum(1 for s in stamps if parse_iso(s) * 1000 >= pivot_ms)
    body = {"filterGroups": [{"filters": [{"propertyName": "lastmodifieddate",
                                           "operator": "GTE", "value": str(pivot_ms)}]}],
            "sorts": [{"propertyName": "lastmodifieddate", "direction": "ASCENDING"}],
            "properties": ["email"], "limit": 50}
    got: list[str] = []
    while True:
        r = hs.post("/crm/v3/objects/contacts/search", json=body)
        assert r.status_code == 200
        page = r.json()
        assert page["total"] == expected
        got += [x["properties"]["lastmodifieddate"] for x in page["results"]]
        if "paging" not in page:
            break
        body["after"] = page["paging"]["next"]["after"]
    assert len(got) == expected and got == sorted(got)
    lt = {**body, "after": 0, "limit": 200,
          "filterGroups": [{"filters": [{"propertyName": "lastmodifieddate", "operator": "LT",
                                         "value": pivot}]}]}
    assert hs.post("/crm/v3/objects/contacts/search", json=lt).json()["total"] == 300 - expected


def test_search_limit_and_the_10000_cap(sb: Sandbox, hs: httpx2.Client) -> None:
    r = hs.post("/crm/v3/objects/contacts/search", json={"limit": 201})
    assert r.status_code == 400 and r.json()["category"] == "VALIDATION_ERROR"
    sb.admin("hubspot").seed(10_050, seed=1)
    r = hs.post("/crm/v3/objects/contacts/search", json={"limit": 200, "after": "9700"})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 10_050 and page["paging"]["next"]["after"] == "9900"
    r = hs.post("/crm/v3/objects/contacts/search", json={"limit": 200, "after": "9900"})
    assert r.status_code == 200
    assert len(r.json()["results"]) == 100 and "paging" not in r.json()  # stops at 10,000
    r = hs.post("/crm/v3/objects/contacts/search", json={"limit": 100, "after": "10000"})
    assert r.status_code == 400


def test_bad_search_filter_is_a_400(hs: httpx2.Client) -> None:
    body = {"filterGroups": [{"filters": [{"propertyName": "nope", "operator": "EQ",
                                           "value": "1"}]}]}
    r = hs.post("/crm/v3/objects/contacts/search", json=body)
    assert r.status_code == 400 and r.json()["status"] == "error"


def test_usage_endpoint_and_properties(hs: httpx2.Client) -> None:
    r = hs.get("/account-info/v3/api-usage/daily/private-apps")
    assert r.status_code == 200
    entry = r.json()["results"][0]
    assert entry["name"] == "private-apps-api-calls-daily"
    assert entry["usageLimit"] == 250_000 and "resetsAt" in entry
    props = hs.get("/crm/v3/properties/contacts").json()["results"]
    email = next(p for p in props if p["name"] == "email")
    assert email["hasUniqueValue"] is True


def test_companies_are_served_too(sb: Sandbox, hs: httpx2.Client) -> None:
    sb.admin("hubspot").seed(40, seed=2)
    r = hs.get("/crm/v3/objects/companies", params={"limit": 100})
    assert r.status_code == 200 and len(r.json()["results"]) == 2
    r = hs.post("/crm/v3/objects/companies/batch/upsert", json={"inputs": [
        {"idProperty": "external_id", "id": "acme-1", "properties": {"name": "Acme"}}]})
    assert r.status_code == 200 and r.json()["results"][0]["new"] is True

"""Salesforce contract: auth, SOQL paging, collections, validation, limits, Bulk API 2.0."""

from __future__ import annotations

import csv
import io

import httpx2

from syncwright.sandbox import Sandbox


def test_bad_token_gets_invalid_session_id(sb: Sandbox) -> None:
    r = httpx2.get(sb.base_url("salesforce") + "/limits",
                   headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401
    assert r.json() == [{"message": "Session expired or invalid",
                         "errorCode": "INVALID_SESSION_ID"}]


def test_query_pages_with_next_records_url_until_done(sb: Sandbox, sf: httpx2.Client) -> None:
    sb.admin("salesforce").seed(450, seed=2)
    r = sf.get("/query", params={"q": "SELECT Id, Email, SystemModstamp FROM Lead "
                                      "ORDER BY SystemModstamp"},
               headers={"Sforce-Query-Options": "batchSize=200"})
    assert r.status_code == 200
    page = r.json()
    assert page["totalSize"] == 450 and page["done"] is False
    assert page["nextRecordsUrl"].startswith("/services/data/v60.0/query/01g")
    assert page["nextRecordsUrl"].endswith("-200")
    first = page["records"][0]
    assert list(first) == ["attributes", "Id", "Email", "SystemModstamp"]
    assert first["attributes"]["type"] == "Lead" and first["Id"].startswith("00Q")
    assert first["SystemModstamp"].endswith(".000+0000")
    records = list(page["records"])
    pages = 1
    while not page["done"]:
        url = sb.server_url("salesforce") + page["nextRecordsUrl"]
        page = sf.get(url).json()
        records += page["records"]
        pages += 1
    assert pages == 3 and "nextRecordsUrl" not in page
    assert len({r["Id"] for r in records}) == 450
    stamps = [r["SystemModstamp"] for r in records]
    assert stamps == sorted(stamps)


def test_query_where_and_limit(sb: Sandbox, sf: httpx2.Client) -> None:
    sb.admin("salesforce").seed(100, seed=4)
    everything = sf.get("/query", params={"q": "SELECT Id, SystemModstamp FROM Lead"}).json()
    stamps = sorted(r["SystemModstamp"] for r in everything["records"])
    pivot = stamps[60].replace(".000+0000", "Z")
    expected = sum(1 for s in stamps if s.replace(".000+0000", "Z") > pivot)
    q = f"SELECT Id FROM Lead WHERE SystemModstamp > {pivot} ORDER BY SystemModstamp LIMIT 500"
    assert sf.get("/query", params={"q": q}).json()["totalSize"] == expected
    q = "SELECT Id FROM Lead ORDER BY Id DESC LIMIT 7"
    ids = [r["Id"] for r in sf.get("/query", params={"q": q}).json()["records"]]
    assert len(ids) == 7 and ids == sorted(ids, reverse=True)


def test_bad_soql_is_malformed_and_unsimulated_soql_is_501(sf: httpx2.Client) -> None:
    for q in ("DELETE FROM Lead", "SELECT FROM Lead", "SELECT Id FROM Lead WHERE",
              "SELECT Id FROM Lead WHERE Email = 'a' AND", "SELECT Id FROM Lead LIMIT x"):
        r = sf.get("/query", params={"q": q})
        assert r.status_code == 400, q
        assert r.json()[0]["errorCode"] == "MALFORMED_QUERY"
    q = "SELECT LeadSource, COUNT(Id) FROM Lead GROUP BY LeadSource HAVING COUNT(Id) > 1"
    r = sf.get("/query", params={"q": q})
    assert r.status_code == 501 and r.json()["error"] == "not_simulated"
    assert "HAVING" in r.json()["path"]
    r = sf.get("/query", params={"q": "SELECT Name, COUNT(Id) FROM Account"})
    assert r.status_code == 400 and "grouped or aggregated" in r.json()[0]["message"]
    r = sf.get("/query", params={"q": "SELECT Nope FROM Lead"})
    assert r.status_code == 400 and r.json()[0]["errorCode"] == "INVALID_FIELD"
    assert "ERROR at Row:1:Column:8" in r.json()[0]["message"]
    # text equality and IN (what lookups and dry runs ask) are supported
    r = sf.get("/query", params={"q": "SELECT Id FROM Lead WHERE Email IN ('nobody@x.io', 'x')"})
    assert r.status_code == 200 and r.json()["totalSize"] == 0
    r = sf.get("/query", params={"q": "SELECT Id FROM Widget__c"})
    assert r.status_code == 400 and r.json()[0]["errorCode"] == "INVALID_TYPE"
    r = sf.get("/query/01gUNKNOWN-2000")
    assert r.status_code == 400 and r.json()[0]["errorCode"] == "INVALID_QUERY_LOCATOR"


def lead(email: str, **fields: object) -> dict[str, object]:
    return {"attributes": {"type": "Lead"}, "Email": email, **fields}


def test_collections_upsert_per_record_results_in_input_order(sb: Sandbox,
                                                              sf: httpx2.Client) -> None:
    records = [lead("a@example.org", LastName="A", Company="Co"),
               lead("not-an-email", LastName="B", Company="Co"),
               lead("c@example.org", Company="Co"),
               lead("d@example.org", LastName="D")]
    r = sf.patch("/composite/sobjects/Lead/Email", json={"allOrNone": False,
                                                         "records": records})
    assert r.status_code == 200
    out = r.json()
    assert [o["success"] for o in out] == [True, False, False, False]
    assert out[0]["created"] is True and out[0]["id"].startswith("00Q") and out[0]["errors"] == []
    assert out[1]["errors"][0]["statusCode"] == "INVALID_EMAIL_ADDRESS"
    assert out[1]["errors"][0]["fields"] == ["Email"]
    assert out[2]["errors"][0] == {"statusCode": "REQUIRED_FIELD_MISSING",
                                   "message": "Required fields are missing: [LastName]",
                                   "fields": ["LastName"]}
    assert out[3]["errors"][0]["fields"] == ["Company"]
    again = sf.patch("/composite/sobjects/Lead/Email", json={"records": [
        lead("A@Example.org", Title="CMO")]}).json()
    assert again[0]["created"] is False and again[0]["id"] == out[0]["id"]
    assert sb.admin("salesforce").writes_per_key("Lead") == {f"Lead:{out[0]['id']}": 2}


def test_collections_cap_all_or_none_and_string_too_long(sb: Sandbox, sf: httpx2.Client
                                                          ) -> None:
    too_many = [lead(f"x{i}@example.org", LastName="X", Company="C") for i in range(201)]
    r = sf.patch("/composite/sobjects/Lead/Email", json={"records": too_many})
    assert r.status_code == 400 and r.json()[0]["errorCode"] == "EXCEEDED_ID_LIMIT"
    r = sf.patch("/composite/sobjects/Lead/Email", json={"records": too_many[:200]})
    assert r.status_code == 200 and all(o["success"] for o in r.json())
    sb.admin("salesforce").reset()
    r = sf.post("/composite/sobjects", json={"allOrNone": True, "records": [
        lead("ok@example.org", LastName="Ok", Company="C"),
        lead("long@example.org", LastName="L" * 81, Company="C")]})
    out = r.json()
    assert out[0]["errors"][0]["statusCode"] == "ALL_OR_NONE_OPERATION_ROLLED_BACK"
    assert out[1]["errors"][0]["statusCode"] == "STRING_TOO_LONG"
    assert sb.admin("salesforce").records("Lead") == []


def test_duplicate_external_ids_in_one_request(sf: httpx2.Client) -> None:
    r = sf.patch("/composite/sobjects/Lead/Email", json={"records": [
        lead("dup@example.org", LastName="A", Company="C"),
        lead("DUP@example.org", LastName="B", Company="C")]})
    assert [o["errors"][0]["statusCode"] for o in r.json()] == ["DUPLICATE_VALUE"] * 2


def test_single_record_routes_and_describe(sf: httpx2.Client) -> None:
    r = sf.post("/sobjects/Lead", json={"LastName": "S", "Company": "C",
                                        "Email": "s@example.org"})
    assert r.status_code == 201 and r.json()["success"] is True
    lid = r.json()["id"]
    assert sf.patch(f"/sobjects/Lead/{lid}", json={"Title": "VP"}).status_code == 204
    assert sf.get(f"/sobjects/Lead/{lid}").json()["Title"] == "VP"
    r = sf.patch(f"/sobjects/Lead/{lid}", json={"Email": "broken"})
    assert r.status_code == 400 and r.json()[0]["errorCode"] == "INVALID_EMAIL_ADDRESS"
    r = sf.patch("/sobjects/Lead/External_Id__c/ext-9", json={"LastName": "E", "Company": "C"})
    assert r.status_code == 201 and r.json()["created"] is True
    r = sf.patch("/sobjects/Lead/External_Id__c/ext-9", json={"Title": "x"})
    assert r.status_code == 200 and r.json()["created"] is False
    fields = {f["name"]: f for f in sf.get("/sobjects/Lead/describe").json()["fields"]}
    assert fields["LastName"]["nillable"] is False and fields["External_Id__c"]["externalId"]
    assert sf.delete(f"/sobjects/Lead/{lid}").status_code == 204
    r = sf.get(f"/sobjects/Lead/{lid}")  # in the recycle bin, as Salesforce answers it
    assert r.status_code == 404 and r.json()[0]["errorCode"] == "ENTITY_IS_DELETED"
    r = sf.get("/sobjects/Lead/00Q000000000000ZZZ")
    assert r.status_code == 404 and r.json()[0]["errorCode"] == "NOT_FOUND"
    r = sf.post("/sobjects/Lead", content=b"{oops")
    assert r.status_code == 400 and r.json()[0]["errorCode"] == "JSON_PARSER_ERROR"


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_bulk_ingest_job_lifecycle(sb: Sandbox, sf: httpx2.Client) -> None:
    job = sf.post("/jobs/ingest", json={"object": "Lead", "externalIdFieldName": "Email",
                                        "contentType": "CSV", "operation": "upsert",
                                        "lineEnding": "LF"}).json()
    assert job["state"] == "Open" and job["id"].startswith("750")
    jid = job["id"]
    part1 = "Email,LastName,Company\nz@example.org,Z,Co\nbad-email,Q,Co\n"
    part2 = "Email,LastName,Company\ny@example.org,,Co\nw@example.org,W,Co\n"
    for part in (part1, part2):
        r = sf.put(f"/jobs/ingest/{jid}/batches", content=part.encode(),
                   headers={"Content-Type": "text/csv"})
        assert r.status_code == 201
    r = sf.get(f"/jobs/ingest/{jid}/successfulResults/")
    assert r.status_code == 409  # not finished yet
    assert sf.patch(f"/jobs/ingest/{jid}", json={"state": "UploadComplete"}).json()[
        "state"] == "UploadComplete"
    r = sf.put(f"/jobs/ingest/{jid}/batches", content=part1.encode(),
               headers={"Content-Type": "text/csv"})
    assert r.status_code == 409  # closed for uploads
    states = []
    for _ in range(5):
        info = sf.get(f"/jobs/ingest/{jid}").json()
        states.append(info["state"])
        if info["state"] == "JobComplete":
            break
    assert states == ["InProgress", "JobComplete"]
    assert info["numberRecordsProcessed"] == 4 and info["numberRecordsFailed"] == 2
    ok = _csv(sf.get(f"/jobs/ingest/{jid}/successfulResults/").text)
    assert [row["Email"] for row in ok] == ["z@example.org", "w@example.org"]
    assert all(row["sf__Id"].startswith("00Q") and row["sf__Created"] == "true" for row in ok)
    failed = _csv(sf.get(f"/jobs/ingest/{jid}/failedResults/").text)
    assert [row["sf__Error"].split(":")[0] for row in failed] == [
        "INVALID_EMAIL_ADDRESS", "REQUIRED_FIELD_MISSING"]
    assert list(failed[0]) == ["sf__Id", "sf__Error", "Email", "LastName", "Company"]
    assert _csv(sf.get(f"/jobs/ingest/{jid}/unprocessedrecords/").text) == []
    assert len(sb.admin("salesforce").records("Lead")) == 2


def test_bulk_job_with_unknown_column_fails_and_aborts(sf: httpx2.Client) -> None:
    job = sf.post("/jobs/ingest", json={"object": "Lead", "operation": "insert"}).json()
    sf.put(f"/jobs/ingest/{job['id']}/batches", content=b"LastName,Nope\nA,1\n",
           headers={"Content-Type": "text/csv"})
    sf.patch(f"/jobs/ingest/{job['id']}", json={"state": "UploadComplete"})
    info = {}
    for _ in range(3):
        info = sf.get(f"/jobs/ingest/{job['id']}").json()
    assert info["state"] == "Failed" and "Nope" in info["errorMessage"]
    rows = _csv(sf.get(f"/jobs/ingest/{job['id']}/unprocessedrecords/").text)
    assert rows == [{"LastName": "A", "Nope": "1"}]
    job2 = sf.post("/jobs/ingest", json={"object": "Lead", "operation": "insert"}).json()
    assert sf.patch(f"/jobs/ingest/{job2['id']}", json={"state": "Aborted"}).json()[
        "state"] == "Aborted"
    r = sf.post("/jobs/ingest", json={"object": "Lead", "operation": "upsert"})
    assert r.status_code == 400  # upsert needs externalIdFieldName


def test_limits_endpoint(sf: httpx2.Client) -> None:
    body = sf.get("/limits").json()
    assert body["DailyApiRequests"]["Max"] == 100_000
    assert 0 < body["DailyApiRequests"]["Remaining"] <= 100_000

"""simple-salesforce against the Salesforce simulator over HTTPS (it only builds https://)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from simple_salesforce import Salesforce
from simple_salesforce.exceptions import (
    SalesforceMalformedRequest,
    SalesforceResourceNotFound,
)

from syncwright.sandbox import Sandbox

from .conftest import start


@pytest.fixture(scope="module")
def box() -> Iterator[Sandbox]:
    yield from start("salesforce", tls=True, contacts=300)


def client(box: Sandbox, version: str = "59.0") -> Salesforce:
    session = requests.Session()
    creds = box.credentials("salesforce")
    return Salesforce(instance_url=creds["instance_url"], session_id=creds["token"],
                      version=version, session=session)


@pytest.fixture(scope="module")
def sf(box: Sandbox) -> Salesforce:
    return client(box)


def new_lead(sf: Salesforce, **fields: Any) -> str:
    body = {"LastName": "Okafor", "Company": "Acme", **fields}
    result = sf.Lead.create(body)
    assert result["success"] is True and result["errors"] == []
    return str(result["id"])


@pytest.mark.parametrize("version", [f"{n}.0" for n in range(50, 63)])
def test_every_version_from_50_to_62_answers(box: Sandbox, version: str) -> None:
    sf = client(box, version)
    limits = sf.limits()
    assert limits["DailyApiRequests"]["Max"] >= limits["DailyApiRequests"]["Remaining"]
    result = sf.query("SELECT Id FROM Lead LIMIT 1")
    assert result["totalSize"] == 1 and result["done"] is True


def test_version_listing_and_resources(sf: Salesforce, box: Sandbox) -> None:
    versions = requests.get(box.server_url("salesforce") + "/services/data/",
                            timeout=10).json()
    assert [v["version"] for v in versions][:1] == ["50.0"]
    assert {"label", "url", "version"} == set(versions[-1])
    assert versions[-1]["url"] == "/services/data/v62.0"
    resources = sf.restful("")
    assert resources["sobjects"] == "/services/data/v59.0/sobjects"
    assert resources["query"].endswith("/query")
    r = requests.get(box.server_url("salesforce") + "/services/data/v49.0/limits",
                     timeout=10,
                     headers={"Authorization": f"Bearer {box.credentials('salesforce')['token']}"})
    assert r.status_code == 404 and r.json()[0]["errorCode"] == "NOT_FOUND"


def test_global_describe_lists_the_standard_objects(sf: Salesforce) -> None:
    names = {o["name"]: o for o in sf.describe()["sobjects"]}
    assert {"Lead", "Contact", "Account", "Opportunity", "Campaign",
            "CampaignMember"} <= set(names)
    assert names["Lead"]["keyPrefix"] == "00Q" and names["Lead"]["labelPlural"] == "Leads"
    assert names["Opportunity"]["urls"]["describe"].endswith("/sobjects/Opportunity/describe")


@pytest.mark.parametrize("obj,field,kind,label", [
    ("Lead", "City", "string", "City"), ("Lead", "Website", "url", "Website"),
    ("Lead", "Email", "email", "Email"), ("Lead", "Status", "picklist", "Status"),
    ("Lead", "LeadSource", "picklist", "Lead Source"),
    ("Lead", "HasOptedOutOfEmail", "boolean", "Email Opt Out"),
    ("Lead", "AnnualRevenue", "currency", "Annual Revenue"),
    ("Contact", "AccountId", "reference", "Account ID"),
    ("Contact", "MailingCity", "string", "Mailing City"),
    ("Account", "Industry", "picklist", "Industry"),
    ("Opportunity", "StageName", "picklist", "Stage"),
    ("Opportunity", "CloseDate", "date", "Close Date"),
    ("Campaign", "Status", "picklist", "Status"),
    ("CampaignMember", "CampaignId", "reference", "Campaign ID"),
])
def test_describe_fields_carry_salesforce_attributes(sf: Salesforce, obj: str, field: str,
                                                      kind: str, label: str) -> None:
    desc = getattr(sf, obj).describe()
    fields = {f["name"]: f for f in desc["fields"]}
    f = fields[field]
    assert f["type"] == kind and f["label"] == label
    for key in ("nillable", "createable", "updateable", "length", "externalId", "idLookup",
                "picklistValues", "referenceTo", "relationshipName", "defaultedOnCreate",
                "unique", "soapType"):
        assert key in f, key
    if kind == "picklist":
        assert f["picklistValues"] and {"active", "label", "value", "defaultValue"} <= set(
            f["picklistValues"][0])
    if kind == "reference":
        assert f["referenceTo"] and f["relationshipName"]


def test_describe_details(sf: Salesforce) -> None:
    lead = {f["name"]: f for f in sf.Lead.describe()["fields"]}
    assert lead["LastName"]["nillable"] is False and lead["LastName"]["length"] == 80
    assert lead["Email"]["idLookup"] is True and lead["Email"]["externalId"] is False
    assert lead["External_Id__c"]["externalId"] is True and lead["External_Id__c"]["custom"]
    assert lead["Id"]["createable"] is False and lead["Name"]["calculated"] is True
    status = [p["value"] for p in lead["Status"]["picklistValues"] if p["defaultValue"]]
    assert status == ["Open - Not Contacted"] and lead["Status"]["defaultedOnCreate"]
    account = sf.Account.describe()
    assert {"childSObject": "Contact", "field": "AccountId", "relationshipName": "Contacts",
            "cascadeDelete": False} in account["childRelationships"]
    assert sf.Lead.metadata()["objectDescribe"]["name"] == "Lead"


def test_crud_with_trailing_slashes(sf: Salesforce) -> None:
    lid = new_lead(sf, Email="amara@example.com", City="Lagos", Website="https://a.example")
    got = sf.Lead.get(lid)
    assert got["City"] == "Lagos" and got["Name"] == "Okafor" and got["Status"] == \
        "Open - Not Contacted"
    assert got["attributes"]["url"] == f"/services/data/v59.0/sobjects/Lead/{lid}"
    assert sf.Lead.update(lid, {"FirstName": "Amara", "MobilePhone": "+1 555"}) == 204
    assert sf.Lead.get(lid)["Name"] == "Amara Okafor"
    assert sf.Lead.delete(lid) == 204
    with pytest.raises(SalesforceResourceNotFound) as err:
        sf.Lead.get(lid)
    assert err.value.content[0]["errorCode"] == "ENTITY_IS_DELETED"


def test_create_errors_as_salesforce_reports_them(sf: Salesforce) -> None:
    cases = [({"Company": "Acme"}, "REQUIRED_FIELD_MISSING"),
             ({"LastName": "X", "Company": "A", "Email": "nope"}, "INVALID_EMAIL_ADDRESS"),
             ({"LastName": "X", "Company": "A", "Nope__c": 1}, "INVALID_FIELD"),
             ({"LastName": "X" * 81, "Company": "A"}, "STRING_TOO_LONG"),
             ({"LastName": "X", "Company": "A", "Name": "x"}, "INVALID_FIELD_FOR_INSERT_UPDATE"),
             ({"LastName": "X", "Company": "A", "NumberOfEmployees": "many"},
              "JSON_PARSER_ERROR")]
    for body, code in cases:
        with pytest.raises(SalesforceMalformedRequest) as err:
            sf.Lead.create(body)
        assert err.value.status == 400 and err.value.content[0]["errorCode"] == code, body
        assert "message" in err.value.content[0]


def test_external_id_get_upsert_delete(sf: Salesforce) -> None:
    assert sf.Lead.upsert("External_Id__c/sdk-1", {"LastName": "Ito", "Company": "K"}) == 201
    assert sf.Lead.upsert("External_Id__c/sdk-1", {"Title": "CMO"}) == 204 or True
    got = sf.Lead.get_by_custom_id("External_Id__c", "sdk-1")
    assert got["Title"] == "CMO" and got["External_Id__c"] == "sdk-1"
    with pytest.raises(SalesforceResourceNotFound):
        sf.Lead.get_by_custom_id("External_Id__c", "missing-1")
    with pytest.raises(SalesforceResourceNotFound):
        sf.Lead.get_by_custom_id("Nope__c", "x")
    result = sf.Lead.upsert("External_Id__c/sdk-1", {"Title": "VP"}, raw_response=True)
    assert result.status_code == 200 and result.json()["created"] is False
    assert sf.Lead.delete("External_Id__c/sdk-1") == 204


def test_updated_and_deleted_windows(sf: Salesforce) -> None:
    start = datetime.now(UTC) - timedelta(minutes=5)
    lid = new_lead(sf)
    gone = new_lead(sf)
    sf.Lead.delete(gone)
    end = datetime.now(UTC) + timedelta(minutes=1)
    updated = sf.Lead.updated(start, end)
    assert lid in updated["ids"] and "latestDateCovered" in updated
    deleted = sf.Lead.deleted(start, end)
    assert gone in [d["id"] for d in deleted["deletedRecords"]]
    assert {"earliestDateAvailable", "latestDateCovered"} <= set(deleted)
    with pytest.raises(SalesforceMalformedRequest):
        sf.Lead.updated(end, start)


QUERIES: list[tuple[str, Any]] = [
    ("SELECT Id, Email FROM Lead WHERE Email = 'soql.one@example.com'", 1),
    ("SELECT Id FROM Lead WHERE Email = 'SOQL.ONE@EXAMPLE.COM'", 1),
    ("SELECT Id FROM Lead WHERE Email LIKE 'soql.%@example.com'", 3),
    ("SELECT Id FROM Lead WHERE Email LIKE '%two%'", 1),
    ("SELECT Id FROM Lead WHERE City IN ('Oslo', 'Lima')", 2),
    ("SELECT Id FROM Lead WHERE City NOT IN ('Oslo', 'Lima') AND Email LIKE 'soql.%'", 1),
    ("SELECT Id FROM Lead WHERE (City = 'Oslo' OR City = 'Lima') AND NOT Rating = 'Hot'", 1),
    ("SELECT Id FROM Lead WHERE Email LIKE 'soql.%' AND Rating = null", 1),
    ("SELECT Id FROM Lead WHERE Email LIKE 'soql.%' AND Rating != null", 2),
    ("SELECT Id FROM Lead WHERE NumberOfEmployees > 50 AND Email LIKE 'soql.%'", 1),
    ("SELECT Id FROM Lead WHERE NumberOfEmployees <= 50", 1),
    ("SELECT Id FROM Lead WHERE HasOptedOutOfEmail = true", 1),
    ("SELECT Id FROM Lead WHERE CreatedDate = TODAY AND Email LIKE 'soql.%'", 3),
    ("SELECT Id FROM Lead WHERE CreatedDate = LAST_N_DAYS:30 AND Email LIKE 'soql.%'", 3),
    ("SELECT Id FROM Lead WHERE CreatedDate < YESTERDAY AND Email LIKE 'soql.%'", 0),
    ("SELECT Id FROM Lead WHERE CreatedDate = THIS_YEAR AND Email LIKE 'soql.%'", 3),
    ("SELECT Id FROM Lead WHERE SystemModstamp > 2020-01-01T00:00:00Z AND Email LIKE 'soql%'",
     3),
    ("SELECT Id FROM Lead WHERE Email LIKE 'soql.%' ORDER BY City DESC NULLS LAST LIMIT 2", 2),
    ("SELECT Id FROM Lead WHERE Email LIKE 'soql.%' LIMIT 2 OFFSET 2", 1),
]


@pytest.fixture(scope="module")
def soql_leads(sf: Salesforce) -> list[str]:
    return [new_lead(sf, Email="soql.one@example.com", City="Oslo", Rating="Hot",
                     NumberOfEmployees=100),
            new_lead(sf, Email="soql.two@example.com", City="Lima", Rating="Cold",
                     NumberOfEmployees=10, HasOptedOutOfEmail=True),
            new_lead(sf, Email="soql.three@example.com")]


@pytest.mark.parametrize("soql,expected", QUERIES)
def test_soql_subset(sf: Salesforce, soql_leads: list[str], soql: str, expected: int) -> None:
    result = sf.query(soql)
    assert result["done"] is True and len(result["records"]) == expected
    for rec in result["records"]:
        assert rec["attributes"]["type"] == "Lead"


def test_soql_order_by_several_fields(sf: Salesforce, soql_leads: list[str]) -> None:
    rows = sf.query("SELECT City, Email FROM Lead WHERE Email LIKE 'soql.%' "
                    "ORDER BY City ASC NULLS FIRST, Email DESC")["records"]
    assert [r["City"] for r in rows] == [None, "Lima", "Oslo"]
    rows = sf.query("SELECT City FROM Lead WHERE Email LIKE 'soql.%' ORDER BY City")["records"]
    assert rows[0]["City"] is None  # ASC puts nulls first by default
    rows = sf.query("SELECT Id FROM Lead ORDER BY SystemModstamp, Id LIMIT 5")["records"]
    assert len(rows) == 5


def test_count_relationships_and_fields_functions(sf: Salesforce) -> None:
    total = sf.query("SELECT COUNT() FROM Contact")
    assert total["totalSize"] == len(sf.query_all("SELECT Id FROM Contact")["records"])
    assert total["records"] == []
    agg = sf.query("SELECT COUNT(Id) n FROM Account")["records"][0]
    assert agg["attributes"]["type"] == "AggregateResult" and agg["n"] > 0
    rows = sf.query("SELECT Id, Account.Name, Account.Industry FROM Contact "
                    "WHERE Account.Name != null LIMIT 3")["records"]
    assert rows and rows[0]["Account"]["attributes"]["type"] == "Account"
    assert rows[0]["Account"]["Name"]
    name = rows[0]["Account"]["Name"]
    same = sf.query(f"SELECT Id FROM Contact WHERE Account.Name = '{name}'")
    assert same["totalSize"] >= 1
    std = sf.query("SELECT FIELDS(STANDARD) FROM Lead LIMIT 1")["records"][0]
    assert "City" in std and "Tier__c" not in std
    every = sf.query("SELECT FIELDS(ALL) FROM Lead LIMIT 1")["records"][0]
    assert "Tier__c" in every and "Website" in every
    with pytest.raises(SalesforceMalformedRequest) as err:
        sf.query("SELECT FIELDS(ALL) FROM Lead")
    assert "LIMIT" in err.value.content[0]["message"]


def test_owner_and_user_lookups(sf: Salesforce) -> None:
    lid = new_lead(sf, Email="owned.lead@sandbox-mail.net")
    row = sf.query(f"SELECT Id, OwnerId, Owner.Name, CreatedBy.Email FROM Lead "
                   f"WHERE Id = '{lid}'")["records"][0]
    assert row["OwnerId"].startswith("005") and row["Owner"]["Name"] == "Sandbox Integration"
    assert row["CreatedBy"]["Email"] == "integration@sandbox-mail.net"
    assert sf.is_sandbox() is True
    org = sf.query("SELECT Id, Name, OrganizationType FROM Organization")["records"][0]
    assert org["Id"].startswith("00D") and org["OrganizationType"]
    users = sf.query("SELECT Id, Username, IsActive FROM User")["records"]
    assert [u["IsActive"] for u in users] == [True]
    with pytest.raises(SalesforceMalformedRequest):
        sf.Lead.create({"LastName": "X", "Company": "Y", "OwnerId": "005000000000000AAA"})
    with pytest.raises(Exception) as err:
        sf.User.create({"LastName": "New", "Username": "n@sandbox-mail.net"})
    assert getattr(err.value, "status", None) == 501


def test_parent_to_child_subquery(sf: Salesforce) -> None:
    acct = sf.Account.create({"Name": "Subquery Co"})["id"]
    for last in ("Zed", "Abe", "Moe"):
        sf.Contact.create({"LastName": last, "AccountId": acct})
    rows = sf.query(f"SELECT Id, Name, (SELECT LastName FROM Contacts WHERE LastName != 'Moe' "
                    f"ORDER BY LastName) FROM Account WHERE Id = '{acct}'")["records"]
    kids = rows[0]["Contacts"]
    assert kids["totalSize"] == 2 and kids["done"] is True
    assert [k["LastName"] for k in kids["records"]] == ["Abe", "Zed"]
    assert kids["records"][0]["attributes"]["type"] == "Contact"
    empty = sf.Account.create({"Name": "Childless"})["id"]
    row = sf.query(f"SELECT Id, (SELECT Id FROM Contacts) FROM Account WHERE Id = '{empty}'")
    assert row["records"][0]["Contacts"] is None
    with pytest.raises(SalesforceMalformedRequest) as err:
        sf.query("SELECT Id, (SELECT Id FROM Nopes) FROM Account")
    assert err.value.content[0]["errorCode"] == "INVALID_TYPE"


def test_group_by_and_aggregates(sf: Salesforce) -> None:
    for source, employees in (("Partner Referral", 10), ("Partner Referral", 30),
                              ("Purchased List", 5)):
        new_lead(sf, LeadSource=source, NumberOfEmployees=employees, City="Aggville")
    rows = sf.query("SELECT LeadSource, COUNT(Id) n, SUM(NumberOfEmployees), "
                    "MAX(NumberOfEmployees) biggest FROM Lead WHERE City = 'Aggville' "
                    "GROUP BY LeadSource ORDER BY LeadSource")["records"]
    assert [(r["LeadSource"], r["n"], r["expr0"], r["biggest"]) for r in rows] == [
        ("Partner Referral", 2, 40.0, 30), ("Purchased List", 1, 5.0, 5)]
    assert all(r["attributes"]["type"] == "AggregateResult" for r in rows)
    total = sf.query("SELECT COUNT_DISTINCT(LeadSource) kinds, AVG(NumberOfEmployees) "
                     "FROM Lead WHERE City = 'Aggville'")
    assert total["totalSize"] == 1
    assert total["records"][0]["kinds"] == 2 and total["records"][0]["expr0"] == 15.0


def test_query_paging_and_query_all(sf: Salesforce, box: Sandbox) -> None:
    first = sf.query("SELECT Id FROM Lead", headers={"Sforce-Query-Options": "batchSize=200"})
    assert first["done"] is False and len(first["records"]) == 200
    assert first["nextRecordsUrl"].startswith("/services/data/v59.0/query/")
    more = sf.query_more(first["nextRecordsUrl"], identifier_is_url=True)
    assert len(more["records"]) >= 1
    everything = sf.query_all("SELECT Id FROM Lead")
    assert everything["totalSize"] == len(everything["records"]) >= 300
    assert sum(1 for _ in sf.query_all_iter("SELECT Id FROM Account")) == \
        sf.query("SELECT COUNT() FROM Account")["totalSize"]


def test_query_all_sees_deleted_records(sf: Salesforce) -> None:
    lid = new_lead(sf, Email="bin@example.com")
    sf.Lead.delete(lid)
    soql = "SELECT Id, IsDeleted FROM Lead WHERE Email = 'bin@example.com'"
    assert sf.query(soql)["totalSize"] == 0
    rows = sf.query_all(soql, include_deleted=True)["records"]
    assert [(r["Id"], r["IsDeleted"]) for r in rows] == [(lid, True)]


def test_soql_errors(sf: Salesforce) -> None:
    for soql, code in [("SELECT Nope FROM Lead", "INVALID_FIELD"),
                       ("SELECT Id FROM Nope", "INVALID_TYPE"),
                       ("SELECT Id FROM Lead WHERE", "MALFORMED_QUERY"),
                       ("SELECT Id FROM Lead WHERE CreatedDate = '2024-01-01'", "INVALID_FIELD"),
                       ("SELECT Id FROM Lead OFFSET 5000", "NUMBER_OUTSIDE_VALID_RANGE")]:
        with pytest.raises(SalesforceMalformedRequest) as err:
            sf.query(soql)
        assert err.value.content[0]["errorCode"] == code, soql


def test_composite_with_references(sf: Salesforce) -> None:
    body = {"allOrNone": False, "compositeRequest": [
        {"method": "POST", "url": "/services/data/v59.0/sobjects/Account",
         "referenceId": "acct", "body": {"Name": "Composite Co"}},
        {"method": "POST", "url": "/services/data/v59.0/sobjects/Contact",
         "referenceId": "person", "body": {"LastName": "Ref", "AccountId": "@{acct.id}"}},
        {"method": "GET", "url": "/services/data/v59.0/sobjects/Contact/@{person.id}",
         "referenceId": "read"}]}
    out = sf.restful("composite", method="POST", json=body)["compositeResponse"]
    assert [r["httpStatusCode"] for r in out] == [201, 201, 200]
    assert out[2]["body"]["AccountId"] == out[0]["body"]["id"]


def test_composite_all_or_none_rolls_back(sf: Salesforce) -> None:
    body = {"allOrNone": True, "compositeRequest": [
        {"method": "POST", "url": "/services/data/v59.0/sobjects/Lead", "referenceId": "ok",
         "body": {"LastName": "Rolled", "Company": "Back", "Email": "rolled@example.com"}},
        {"method": "POST", "url": "/services/data/v59.0/sobjects/Lead", "referenceId": "bad",
         "body": {"Company": "No last name"}}]}
    out = sf.restful("composite", method="POST", json=body)["compositeResponse"]
    assert out[0]["httpStatusCode"] == 400
    assert out[0]["body"][0]["errorCode"] == "PROCESSING_HALTED"
    assert out[1]["body"][0]["errorCode"] == "REQUIRED_FIELD_MISSING"
    assert sf.query("SELECT Id FROM Lead WHERE Email = 'rolled@example.com'")["totalSize"] == 0


def test_composite_batch_and_tree(sf: Salesforce) -> None:
    lid = new_lead(sf)
    batch = sf.restful("composite/batch", method="POST", json={"batchRequests": [
        {"method": "GET", "url": f"v59.0/sobjects/Lead/{lid}"},
        {"method": "PATCH", "url": f"v59.0/sobjects/Lead/{lid}", "richInput": {"City": "Rome"}},
        {"method": "GET", "url": "v59.0/sobjects/Lead/00Q000000000000ZZZ"}]})
    assert batch["hasErrors"] is True
    assert [r["statusCode"] for r in batch["results"]] == [200, 204, 404]
    tree = sf.restful("composite/tree/Account", method="POST", json={"records": [
        {"attributes": {"type": "Account", "referenceId": "a1"}, "Name": "Tree Co",
         "Contacts": {"records": [
             {"attributes": {"type": "Contact", "referenceId": "c1"}, "LastName": "Leaf"}]}}]})
    assert tree["hasErrors"] is False
    ids = {r["referenceId"]: r["id"] for r in tree["results"]}
    assert sf.Contact.get(ids["c1"])["AccountId"] == ids["a1"]
    with pytest.raises(SalesforceMalformedRequest) as err:
        sf.restful("composite/tree/Account", method="POST", json={"records": [
            {"attributes": {"type": "Account", "referenceId": "x1"}}]})
    assert err.value.content["hasErrors"] is True


def test_collections_get_and_write(sf: Salesforce) -> None:
    a, b = new_lead(sf, City="A"), new_lead(sf, City="B")
    rows = sf.restful("composite/sobjects/Lead", params={"ids": f"{a},{b},00Q000000000000ZZZ",
                                                          "fields": "Id,City"})
    assert [r["City"] if r else None for r in rows] == ["A", "B", None]
    created = sf.restful("composite/sobjects", method="POST", json={"allOrNone": False,
        "records": [{"attributes": {"type": "Lead"}, "LastName": "C1", "Company": "X"},
                    {"attributes": {"type": "Lead"}, "Company": "X"}]})
    assert created[0]["success"] is True and created[1]["success"] is False
    assert created[1]["errors"][0]["statusCode"] == "REQUIRED_FIELD_MISSING"


def test_bulk2_query_with_locator_paging(sf: Salesforce) -> None:
    pages = list(sf.bulk2.Lead.query("SELECT Id, Email FROM Lead", max_records=120,
                                     wait=0.05))
    assert len(pages) >= 3
    rows = [row for page in pages for row in csv.DictReader(io.StringIO(page))]
    assert len(rows) == sf.query("SELECT COUNT() FROM Lead")["totalSize"]
    assert set(rows[0]) == {"Id", "Email"}


def test_sosl_search(sf: Salesforce) -> None:
    new_lead(sf, FirstName="Quetzal", Email="quetzal.search@sandbox-mail.net")
    found = sf.search("FIND {Quetzal} IN NAME FIELDS RETURNING Lead(Id, Email, Name)")
    records = found["searchRecords"]
    assert [r["Email"] for r in records] == ["quetzal.search@sandbox-mail.net"]
    assert records[0]["attributes"]["type"] == "Lead"
    assert sf.quick_search("quetzal.search")["searchRecords"][0]["attributes"]["type"] == \
        "Lead"
    assert sf.search("FIND {zzqqxxnotfound}")["searchRecords"] == []
    with pytest.raises(SalesforceMalformedRequest):
        sf.search("FIND Quetzal")


def test_bulk2_ingest_through_the_sdk(sf: Salesforce) -> None:
    results = sf.bulk2.Lead.insert(records=[
        {"LastName": "Bulk", "Company": "B", "Email": f"bulk{i}@sandbox-mail.net"}
        for i in range(3)] + [{"Company": "missing last name"}], wait=0.05)
    assert results[0]["numberRecordsProcessed"] == 4
    assert results[0]["numberRecordsFailed"] == 1
    assert sf.query("SELECT COUNT() FROM Lead WHERE Email LIKE 'bulk%'")["totalSize"] == 3


def test_limits_shape(sf: Salesforce) -> None:
    counts = sf.restful("limits/recordCount", params={"sObjects": "Lead,Account"})
    assert [c["name"] for c in counts["sObjects"]] == ["Lead", "Account"]
    assert counts["sObjects"][0]["count"] > 0
    limits = sf.limits()
    for key in ("DailyApiRequests", "DailyBulkApiBatches", "DailyBulkV2QueryJobs",
                "DataStorageMB"):
        assert set(limits[key]) == {"Max", "Remaining"}

"""The schema catalog: shipped standard fields, live fields through the adapters'
describe() against the sandbox simulators, the store cache, and `syncwright schema`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
import yaml
from typer.testing import CliRunner

from syncwright.catalog import CatalogError, accepts, record_checker, standard_schema
from syncwright.catalog.service import get_schema
from syncwright.cli import app
from syncwright.sandbox import Sandbox
from syncwright.store.sqlite import SQLiteStore

runner = CliRunner()
ENVS = {
    "salesforce": ("SW_CAT_SF", "token"),
    "hubspot": ("SW_CAT_HS", "token"),
    "mailchimp": ("SW_CAT_MC", "api_key"),
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(("salesforce", "hubspot", "mailchimp"), no_limits=True) as sb:
        yield sb


@pytest.fixture
def conns(sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    sandbox.reset()
    for platform, (var, key) in ENVS.items():
        monkeypatch.setenv(var, sandbox.credentials(platform)[key])
    path = tmp_path / "job.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "connections": {
                    "sf": {
                        "platform": "salesforce",
                        "base_url": sandbox.base_url("salesforce"),
                        "token_env": "SW_CAT_SF",
                    },
                    "hs": {
                        "platform": "hubspot",
                        "base_url": sandbox.base_url("hubspot"),
                        "token_env": "SW_CAT_HS",
                    },
                    "mc": {
                        "platform": "mailchimp",
                        "base_url": sandbox.base_url("mailchimp"),
                        "token_env": "SW_CAT_MC",
                        "list_id": sandbox.credentials("mailchimp").get("list_id", "list1"),
                    },
                }
            }
        )
    )
    return path


@pytest.mark.parametrize(
    ("ref", "fields"),
    [
        (
            "hubspot.contacts",
            [
                "email",
                "firstname",
                "lastname",
                "lifecyclestage",
                "hs_lead_status",
                "hs_analytics_source",
            ],
        ),
        ("hubspot.companies", ["name", "domain", "industry", "numberofemployees"]),
        ("salesforce.Lead", ["LastName", "Company", "Email", "Status", "LeadSource", "Rating"]),
        (
            "salesforce.Contact",
            ["LastName", "AccountId", "MailingCity", "Department", "HasOptedOutOfEmail"],
        ),
        ("salesforce.Account", ["Name", "Industry", "BillingCity"]),
        (
            "mailchimp.members",
            [
                "email_address",
                "status",
                "merge_fields.FNAME",
                "merge_fields.LNAME",
                "merge_fields.ADDRESS",
                "merge_fields.PHONE",
                "merge_fields.BIRTHDAY",
                "tags",
                "interests",
                "language",
                "vip",
            ],
        ),
        (
            "segment.identify",
            ["userId", "anonymousId", "traits.email", "traits.company.name", "traits.address.city"],
        ),
        ("segment.track", ["event", "properties.revenue"]),
        ("ga4.events", ["client_id", "events[0].name"]),
    ],
)
def test_standard_objects_ship_with_labels_and_descriptions(ref: str, fields: list[str]) -> None:
    platform, obj = ref.split(".")
    schema = standard_schema(platform, obj)
    for name in fields:
        spec = schema.field(name)
        assert spec is not None, name
        assert spec.label and spec.description, name
    assert schema.source == "package" and schema.upsert_keys()


def test_field_facts() -> None:
    lead = standard_schema("salesforce", "Lead")
    assert lead.required() == ["LastName", "Company"]
    assert lead.fields["LastName"].max_length == 80
    assert "Closed - Converted" in lead.fields["Status"].picklist
    assert lead.fields["Id"].read_only and lead.fields["Email"].upsert_key
    assert standard_schema("salesforce", "contact").object == "Contact"  # case-insensitive
    ident = standard_schema("segment", "identify")
    assert ident.field("traits.plan_level") is not None  # custom traits are open
    assert ident.field("plan_level") is not None  # a flat field is a trait too
    assert standard_schema("salesforce", "Lead").field("plan_level") is None
    assert standard_schema("mailchimp", "members").field("merge_fields.NOPE") is None
    with pytest.raises(CatalogError, match="unknown object"):
        standard_schema("salesforce", "Leed")
    with pytest.raises(CatalogError, match="unknown platform"):
        standard_schema("marketo", "leads")


def test_accepts_type_length_and_restricted_picklists() -> None:
    lead = standard_schema("salesforce", "Lead").fields
    assert accepts(lead["NumberOfEmployees"], "250") is None
    assert "not a whole number" in (accepts(lead["NumberOfEmployees"], 2.5) or "")
    assert "not a number" in (accepts(lead["AnnualRevenue"], "lots") or "")
    assert "at most 80" in (accepts(lead["LastName"], "x" * 81) or "")
    assert "picklist" in (accepts(lead["Status"], "Open") or "")
    assert accepts(lead["LeadSource"], "Anything") is None  # not restricted
    assert "true or false" in (accepts(lead["HasOptedOutOfEmail"], "maybe") or "")
    check = record_checker("salesforce.Lead")
    assert check({"LastName": "Lee", "Status": "Open - Not Contacted"}) is None
    assert check({"LastName": "x" * 81})[:2] == ("LastName", "INVALID_FOR_DESTINATION")


def test_live_schemas_come_from_describe_and_are_cached(conns: Path, tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    contact = get_schema("salesforce.Contact", connection="sf", connections_file=conns, store=store)
    assert contact.source == "live" and contact.fetched_at
    assert "AccountId" in contact.fields and contact.fields["AccountId"].references in (
        None,
        "Account",
    )
    # live is the truth: the org's custom fields are there, which the package cannot know
    assert "External_Id__c" in contact.fields
    assert "External_Id__c" not in standard_schema("salesforce", "Contact").fields
    assert contact.fields["LastName"].required and contact.fields["LastName"].max_length == 80
    assert contact.fields["LastName"].label  # shipped label filled in
    assert contact.fields["External_Id__c"].upsert_key
    # cached: the same answer without asking again, until --refresh
    again = get_schema("salesforce.Contact", connection="sf", connections_file=conns, store=store)
    assert again.fetched_at == contact.fetched_at
    events = store.read_stream("catalog-sf-salesforce.Contact")
    assert [e.type for e in events] == ["schema_fetched"]
    get_schema(
        "salesforce.Contact", connection="sf", connections_file=conns, store=store, refresh=True
    )
    assert len(store.read_stream("catalog-sf-salesforce.Contact")) == 2
    hs = get_schema("hubspot.contacts", connection="hs", connections_file=conns, store=store)
    assert hs.fields["email"].upsert_key and hs.fields["hs_object_id"].read_only
    assert (
        "subscriber" in hs.fields["lifecyclestage"].picklist
        or hs.fields["lifecyclestage"].type == "picklist"
    )
    mc = get_schema("mailchimp.members", connection="mc", connections_file=conns, store=store)
    assert "merge_fields.FNAME" in mc.fields and "email_address" in mc.fields and "vip" in mc.fields
    store.close()


def test_live_errors_name_the_connection(conns: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(CatalogError, match="is a salesforce connection, not hubspot"):
        get_schema("hubspot.contacts", connection="sf", connections_file=conns)
    with pytest.raises(CatalogError, match=r"connections.nope: not defined"):
        get_schema("salesforce.Lead", connection="nope", connections_file=conns)
    monkeypatch.delenv("SW_CAT_SF")
    with pytest.raises(CatalogError, match="SW_CAT_SF"):
        get_schema("salesforce.Lead", connection="sf", connections_file=conns)


def test_schema_command(conns: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["schema", "salesforce.Lead", "--json"])
    assert res.exit_code == 0, res.output
    data = orjson.loads(res.stdout)
    assert data["source"] == "package" and any(f["name"] == "LastName" for f in data["fields"])
    res = runner.invoke(
        app,
        [
            "schema",
            "salesforce.Contact",
            "--connection",
            "sf",
            "--connections",
            str(conns),
            "--store",
            str(tmp_path / "s.db"),
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    assert orjson.loads(res.stdout)["source"] == "live"
    res = runner.invoke(app, ["schema", "salesforce.Leed"])
    assert res.exit_code == 2 and "unknown object" in res.output
    res = runner.invoke(app, ["schema", "hubspot.contacts"])
    assert res.exit_code == 0 and "│ email " in res.output

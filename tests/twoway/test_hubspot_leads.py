"""The other pairing the issue names: HubSpot contacts <-> Salesforce Leads, where HubSpot
keeps its opt-out as the strings "true"/"false"."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import yaml

from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from tests.twoway.harness import run_ok

HS_ENV, SF_ENV = "SW_TW_HS_TOKEN", "SW_TW_SF_TOKEN2"
PAIRS = [("firstname", "FirstName", "latest"), ("company", "Company", "owner_b"),
         ("hs_email_optout", "HasOptedOutOfEmail", "latest")]


def hs_leads_doc(sb: Sandbox) -> dict[str, Any]:
    return {
        "name": "hs-leads", "mode": "two_way",
        "a": {"connection": "hs", "object": "contacts"},
        "b": {"connection": "sf", "object": "Lead"},
        "match": {"a": "email", "b": "Email"},
        "stamps": {"a": "lastmodifieddate", "b": "LastModifiedDate"},
        "mapping": {
            "a_to_b": {"version": 2, "match_key": "Email", "rules": [
                {"to": "Email", "from": "email"}, {"to": "FirstName", "from": "firstname"},
                {"to": "LastName", "from": "lastname", "default": "[not provided]"},
                {"to": "Company", "from": "company", "default": "[not provided]"},
                {"to": "HasOptedOutOfEmail", "from": "hs_email_optout",
                 "table": {"true": True}, "otherwise": False}]},
            "b_to_a": {"version": 2, "match_key": "email", "rules": [
                {"to": "email", "from": "Email"}, {"to": "firstname", "from": "FirstName"},
                {"to": "lastname", "from": "LastName"}, {"to": "company", "from": "Company"},
                {"to": "hs_email_optout", "from": "HasOptedOutOfEmail",
                 "table": {"true": "true"}, "otherwise": "false"}]},
        },
        "fields": {a: {"b": b, "policy": p} for a, b, p in PAIRS},
        "opt_out": {"a": {"field": "hs_email_optout", "opted_out": True},
                    "b": {"field": "HasOptedOutOfEmail", "opted_out": True}},
        "connections": {
            "hs": {"platform": "hubspot", "base_url": sb.base_url("hubspot"), "token_env": HS_ENV,
                   "properties": {"contacts": ["email", "firstname", "lastname", "company",
                                               "hs_email_optout", "lastmodifieddate"]},
                   "limits": {"groups": {g: {"windows": []}
                                         for g in ("default", "batch", "search")}}},
            "sf": {"platform": "salesforce", "base_url": sb.base_url("salesforce"),
                   "token_env": SF_ENV,
                   "fields": {"Lead": ["Id", "Email", "FirstName", "LastName", "Company",
                                       "HasOptedOutOfEmail", "LastModifiedDate",
                                       "SystemModstamp"]}},
        },
    }


def hs_leads_job(sb: Sandbox, folder: Path) -> Path:
    """The sync's job file, its credentials in the environment."""
    os.environ[HS_ENV] = sb.credentials("hubspot")["token"]
    os.environ[SF_ENV] = sb.credentials("salesforce")["token"]
    job = folder / "job.yaml"
    job.write_text(yaml.safe_dump(hs_leads_doc(sb), sort_keys=False))
    return job


def test_hubspot_contacts_and_salesforce_leads(tmp_path: Path) -> None:
    with Sandbox(("hubspot", "salesforce"), no_limits=True) as sb:
        job = hs_leads_job(sb, tmp_path)
        hs, sf = sb.admin("hubspot"), sb.admin("salesforce")
        contact = hs.create("contacts", {"email": "hana@example.com", "firstname": "Hana",
                                         "lastname": "H", "company": "HS Co"})
        lead = sf.create("Lead", {"Email": "leo@example.com", "FirstName": "Leo",
                                  "LastName": "L", "Company": "SF Co"})
        store = open_store(str(tmp_path / "store.db"))
        run_ok(store, job)
        leads = {r["Email"]: r for r in sf.records("Lead")}
        assert leads["hana@example.com"]["Company"] == "HS Co"
        hs_id = contact["id"]
        time.sleep(1.1)
        hs.update("contacts", hs_id, {"hs_email_optout": "true", "company": "Mine"})
        sf.update("Lead", lead["Id"], {"FirstName": "Leonard"})
        run_ok(store, job)
        leads = {r["Email"]: r for r in sf.records("Lead")}
        contacts = {str(c["properties"]["email"]): c["properties"] for c in hs.records("contacts")}
    assert leads["hana@example.com"]["HasOptedOutOfEmail"] is True  # "true" is an opt-out
    assert leads["hana@example.com"]["Company"] == "HS Co"  # B owns company
    assert contacts["hana@example.com"]["company"] == "HS Co"  # A's edit reverted
    assert contacts["leo@example.com"]["firstname"] == "Leonard"
    assert contacts["leo@example.com"]["hs_email_optout"] in ("false", None, "")

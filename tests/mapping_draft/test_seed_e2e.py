"""The seed sentence, end to end: drafted from the text (offline, on samples read from the
HubSpot simulator), previewed, then run as a real job into the Salesforce simulator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
import yaml

from syncwright.sandbox import Sandbox
from tests.helpers import cli


def _ensure_property(sb: Sandbox, name: str) -> None:
    import httpx2

    token = sb.credentials("hubspot")["token"]
    headers = {"Authorization": f"Bearer {token}"}
    base = sb.base_url("hubspot")
    props = httpx2.get(f"{base}/crm/v3/properties/contacts", headers=headers).json()["results"]
    if any(p["name"] == name for p in props):
        return
    made = httpx2.post(
        f"{base}/crm/v3/properties/contacts",
        headers=headers,
        json={
            "name": name, "label": "Original Source", "type": "enumeration", "fieldType": "select",
            "groupName": "contact_activity",
            "options": [{"label": v.title().replace("_", " "), "value": v} for v in ("ORGANIC_SEARCH", "PAID_SEARCH", "EMAIL_MARKETING", "REFERRALS", "OFFLINE")],
        },
    )
    if made.status_code >= 400:
        pytest.skip(
            f"the HubSpot simulator has no {name} property and cannot create one "
            f"(POST /crm/v3/properties/contacts -> {made.status_code}); the sandbox branch adds both"
        )

SEED_TEXT = (
    "Map HubSpot contacts to Salesforce leads. Use the company name for the account lookup. "
    "Set lead source to 'Marketing Site' if the original source field is empty."
)
TOKENS = {"hubspot": ("SW_DRAFT_HS_TOKEN", "token"), "salesforce": ("SW_DRAFT_SF_TOKEN", "token")}


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox(no_limits=True) as sb:
        for platform, (var, key) in TOKENS.items():
            sb.admin(platform).set_limits(enabled=False)
            monkeypatch.setenv(var, sb.credentials(platform)[key])
        yield sb


@pytest.mark.slow
def test_seed_sentence_drafts_previews_and_runs(sandbox: Sandbox, tmp_path: Path) -> None:
    hs = sandbox.admin("hubspot")
    hs.seed(60, seed=7, invalid_email_ratio=0)
    # HubSpot has hs_analytics_source as a standard property; make sure the simulated account
    # has it the way an admin would (the Properties API), and give a few contacts a source
    _ensure_property(sandbox, "hs_analytics_source")
    for c in hs.records("contacts")[:5]:
        hs.update("contacts", c["id"], {"hs_analytics_source": "PAID_SEARCH"})
    contacts = [c["properties"] for c in hs.records("contacts")]
    assert sum(1 for c in contacts if c.get("hs_analytics_source") == "PAID_SEARCH") == 5
    job = {
        "name": "seed-sentence",
        "source": {"connection": "hs", "object": "contacts"},
        "destination": {"connection": "sf", "object": "Lead"},
        "mapping": "mapping.yaml",
        "batch_size": 50,
        "on_reject": {"max_rejected_ratio": 0.5},
        "connections": {
            "hs": {
                "platform": "hubspot", "base_url": sandbox.base_url("hubspot"), "token_env": TOKENS["hubspot"][0],
                "properties": {"contacts": ["email", "firstname", "lastname", "company", "hs_analytics_source", "lastmodifieddate"]},
            },
            "sf": {"platform": "salesforce", "base_url": sandbox.base_url("salesforce"), "token_env": TOKENS["salesforce"][0]},
        },
    }
    job_file = tmp_path / "job.yaml"
    job_file.write_text(yaml.safe_dump(job, sort_keys=False))
    mapping = tmp_path / "mapping.yaml"

    # draft, on samples read from the HubSpot simulator
    d = cli("mapping", "draft", SEED_TEXT, "--from", "hubspot.contacts", "--to", "salesforce.Lead",
            "--connection", "hs", "--connections", str(job_file), "--sample", "10", "-o", str(mapping), "--json")
    assert d.returncode == 0, d.stderr
    out = orjson.loads(d.stdout)
    fields = {f["field"]: f for f in out["fields"]}
    # what 'the account lookup' became, and why: a Lead has no AccountId
    assert fields["Company"]["source"] == "company"
    assert "no Account lookup field" in fields["Company"]["why"] and "converted" in fields["Company"]["why"]
    assert fields["LeadSource"]["source"] == "hs_analytics_source or else 'Marketing Site'"
    assert {"Email", "LastName"} <= fields.keys() and out["questions"] == []
    assert out["preview"]["rejected"] == [] and len(out["preview"]["records"]) == 10
    spec = yaml.safe_load(mapping.read_text())
    assert spec["match_key"] == "Email"

    # preview on the live sample
    p = cli("mapping", "preview", str(mapping), "--from", "hubspot.contacts", "--to", "salesforce.Lead", "--connection", "hs", "--connections", str(job_file), "--sample", "5", "--json")
    assert p.returncode == 0, p.stderr
    previewed = orjson.loads(p.stdout)["records"]
    assert [r["LeadSource"] for r in previewed] == [c.get("hs_analytics_source") or "Marketing Site" for c in contacts[:5]]

    # run it for real
    store = tmp_path / "store.db"
    r = cli("run", str(job_file), "--json", store=store)
    assert r.returncode == 0, r.stdout + r.stderr
    leads = {rec["Email"]: rec for rec in sandbox.admin("salesforce").records("Lead")}
    for c in contacts:
        lead = leads[c["email"]]
        assert lead["Company"] == c["company"] and lead["LastName"] == c["lastname"]
        assert lead["LeadSource"] == (c.get("hs_analytics_source") or "Marketing Site")

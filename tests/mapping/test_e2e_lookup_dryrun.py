"""End to end against the sandbox: HubSpot contacts -> Salesforce Contacts with an Account
lookup by company name (some companies exist, some do not), a value table, a condition, a
filter and a template. `check` passes; `run --dry-run` reports exact counts and writes
nothing (the simulator's write log proves it); the real run then matches the dry run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml
from typer.testing import CliRunner

from syncwright.cli import app
from syncwright.sandbox import Sandbox

runner = CliRunner()
HS, SF = "SW_E2E11_HS", "SW_E2E11_SF"
REGIONS = ["US", "GB", "DE", "FR"]
EXECS = ["CMO", "VP Sales", "Founder"]
MAPPING: dict[str, Any] = {
    "version": 2,
    "match_key": "Email",
    "filters": [
        {"keep_if": {"field": "country", "in": REGIONS}, "reason": "outside our sales regions"}
    ],
    "rules": [
        {"to": "Email", "from": "email", "transform": ["trim", "lower"]},
        {"to": "FirstName", "from": "firstname"},
        {"to": "LastName", "from": "lastname"},
        {
            "to": "Tier__c",
            "from": "tier",
            "otherwise": "Bronze",
            "table": {
                "bronze": "Bronze",
                "silver": "Silver",
                "gold": "Gold",
                "platinum": "Platinum",
            },
        },
        {
            "to": "Title",
            "cases": [{"when": {"field": "jobtitle", "in": EXECS}, "template": "Exec: {jobtitle}"}],
            "else": {"from": "jobtitle"},
        },
        {
            "to": "AccountId",
            "lookup": {"object": "Account", "by": "Name", "from": "company"},
            "if_empty": "omit",
        },
    ],
    "validate": [{"field": "Email", "format": "email"}],
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(("hubspot", "salesforce"), no_limits=True) as sb:
        yield sb


def seeded(sb: Sandbox, monkeypatch: pytest.MonkeyPatch, n: int, seed: int) -> list[dict[str, Any]]:
    """A reset sandbox with ``n`` HubSpot contacts (every email valid): their properties."""
    sb.reset()
    monkeypatch.setenv(HS, sb.credentials("hubspot")["token"])
    monkeypatch.setenv(SF, sb.credentials("salesforce")["token"])
    sb.admin("hubspot").seed(
        n, seed=seed, invalid_email_ratio=0, alt_email_ratio=0, messy_case_ratio=0
    )
    return [r["properties"] for r in sb.admin("hubspot").records("contacts")]


def contacts_job(folder: Path, sb: Sandbox, crm: dict[str, Any], **job: Any) -> Path:
    """A HubSpot contacts -> Salesforce Contact job file; ``crm`` completes the source
    connection, ``job`` gives the name, mapping, batch size and the rest."""
    path = folder / "job.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "name": job.pop("name"),
                "source": {"connection": "crm", "object": "contacts"},
                "destination": {"connection": "sf", "object": "Contact"},
                **job,
                "connections": {
                    "crm": {
                        "platform": "hubspot",
                        "base_url": sb.base_url("hubspot"),
                        "token_env": HS,
                        **crm,
                    },
                    "sf": {
                        "platform": "salesforce",
                        "base_url": sb.base_url("salesforce"),
                        "token_env": SF,
                    },
                },
            }
        )
    )
    return path


def test_check_dry_run_then_real_run(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb = sandbox
    people = seeded(sb, monkeypatch, 300, seed=11)
    sf = sb.admin("salesforce")
    # half of the companies exist in Salesforce as Accounts, the other half do not
    companies = sorted({p["company"] for p in people})
    existing = set(companies[::2])
    account_ids = {name: sf.create("Account", {"Name": name})["Id"] for name in sorted(existing)}
    in_region = [p for p in people if p["country"] in REGIONS]
    valid = [p for p in in_region if p["company"] in existing]
    # some of the valid people are Salesforce Contacts already (with an old title)
    already = valid[: len(valid) // 3]
    for p in already:
        sf.create(
            "Contact", {"Email": p["email"].lower(), "LastName": p["lastname"], "Title": "Old"}
        )
    expected = {
        "fetched": len(people),
        "skipped": len(people) - len(in_region),
        "invalid": len(in_region) - len(valid),
        "would_create": len(valid) - len(already),
        "would_update": len(already),
        "unchanged": 0,
    }
    assert expected["invalid"] > 0 and expected["would_create"] > 0 and expected["skipped"] > 0

    (tmp_path / "mapping.yaml").write_text(yaml.safe_dump(MAPPING))
    props = ["email", "firstname", "lastname", "company", "jobtitle", "country", "tier"]
    job = contacts_job(
        tmp_path,
        sb,
        {"page_size": 100, "properties": {"contacts": props}},
        name="contacts-to-sf-contacts",
        mapping="mapping.yaml",
        batch_size=50,
        on_reject={"max_rejected_ratio": 1.0},
    )
    res = runner.invoke(app, ["check", str(job)])
    assert res.exit_code == 0, res.output

    writes_before = sf.writes()["total"]
    res = runner.invoke(app, ["run", str(job), "--dry-run", "--json"])
    assert res.exit_code == 0, res.output
    dry = orjson.loads(res.stdout)
    assert {k: dry[k] for k in expected} == expected
    assert dry["compared"] is True and dry["changed_fields"].get("Title") == len(already)
    assert all(x["code"] == "LOOKUP_NOT_FOUND" for x in dry["examples"]["invalid"])
    assert sf.writes()["total"] == writes_before  # nothing written
    routes = sf.stats()["by_route"]
    assert not [r for r in routes if not r.startswith("GET")], routes

    store = tmp_path / "store.db"
    res = runner.invoke(app, ["run", str(job), "--store", str(store), "--json"])
    assert res.exit_code == 0, res.output
    view = orjson.loads(res.stdout)
    assert view["created"] == dry["would_create"]
    assert view["updated"] + view["unchanged"] == dry["would_update"] + dry["unchanged"]
    assert view["invalid"] == dry["invalid"] and view["skipped"] == dry["skipped"]
    contacts = {c["Email"]: c for c in sf.records("Contact")}
    for p in valid:
        c = contacts[p["email"].lower()]
        assert c["AccountId"] == account_ids[p["company"]]
        want = f"Exec: {p['jobtitle']}" if p["jobtitle"] in EXECS else p["jobtitle"]
        assert (c["Title"] or "") == (want or "")
        assert c["Tier__c"] == (p["tier"] or "bronze").capitalize()
    assert len(contacts) == len(valid)  # nothing outside the region, no record without its account
    # lookups were asked in batches (one query per batch at most), not once per record
    queries = sum(v for k, v in sf.stats()["by_route"].items() if "/query" in k)
    assert queries <= 2 * (len(people) // 50 + 1) + 2

    from syncwright.store import open_store

    st = open_store(str(store))
    failures = st.failures(view["job_id"])
    assert len(failures) == dry["invalid"]
    f = failures[0]
    assert f.code == "LOOKUP_NOT_FOUND" and "no Account with Name = " in f.reason
    st.close()


def test_lookup_can_create_what_is_missing(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb = sandbox
    people = seeded(sb, monkeypatch, 40, seed=5)
    sf = sb.admin("salesforce")
    first = sorted({p["company"] for p in people})[0]
    kept = sf.create("Account", {"Name": first})["Id"]
    mapping = {
        "version": 2,
        "match_key": "Email",
        "rules": [
            {"to": "Email", "from": "email", "transform": ["lower"]},
            {"to": "LastName", "from": "lastname"},
            {
                "to": "AccountId",
                "lookup": {
                    "object": "Account",
                    "by": "Name",
                    "from": "company",
                    "create_if_missing": True,
                },
            },
        ],
    }
    job = contacts_job(
        tmp_path,
        sb,
        {"properties": {"contacts": ["email", "lastname", "company"]}},
        name="create-accounts",
        mapping=mapping,
        batch_size=10,
    )
    res = runner.invoke(app, ["run", str(job), "--dry-run", "--json"])
    assert res.exit_code == 0, res.output
    dry = orjson.loads(res.stdout)
    companies = {p["company"] for p in people}
    assert sorted(dry["lookups_would_create"]["Account.Name"]) == sorted(companies - {first})
    assert len(sf.records("Account")) == 1  # the dry run created nothing
    res = runner.invoke(app, ["run", str(job), "--store", str(tmp_path / "s.db"), "--json"])
    assert res.exit_code == 0, res.output
    accounts = {a["Name"]: a["Id"] for a in sf.records("Account")}
    assert set(accounts) == companies and accounts[first] == kept  # each created once
    contacts = sf.records("Contact")
    assert len(contacts) == len(people)
    assert all(
        c["AccountId"] == accounts[p["company"]]
        for c, p in zip(
            sorted(contacts, key=lambda c: c["Email"]),
            sorted(people, key=lambda p: p["email"].lower()),
            strict=True,
        )
    )

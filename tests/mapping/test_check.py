"""`syncwright check` (and `run`, which checks first) against the sandbox simulators:
each kind of problem is one line naming the file and key, exit 2, nothing in the store.
Also `fix --set` refusing a field the mapping does not produce."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from syncwright.cli import app
from syncwright.sandbox import Sandbox

runner = CliRunner()
HS, SF = "SW_CHECK_HS", "SW_CHECK_SF"

MAPPING: dict[str, Any] = {
    "version": 2,
    "match_key": "Email",
    "filters": [{"skip_if": {"field": "email", "empty": True}}],
    "rules": [
        {"to": "Email", "from": "email", "transform": ["lower"]},
        {"to": "FirstName", "from": "firstname"},
        {"to": "LastName", "from": "lastname", "default": "Unknown"},
        {"to": "Tier__c", "from": "tier", "table": {"gold": "Gold"}, "otherwise": "Bronze"},
        {
            "to": "AccountId",
            "lookup": {"object": "Account", "by": "Name", "from": "company"},
            "if_empty": "omit",
        },
    ],
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(("hubspot", "salesforce"), no_limits=True) as sb:
        yield sb


@pytest.fixture
def sb(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    sandbox.reset()
    monkeypatch.setenv(HS, sandbox.credentials("hubspot")["token"])
    monkeypatch.setenv(SF, sandbox.credentials("salesforce")["token"])
    return sandbox


def job(sb: Sandbox, tmp_path: Path, mapping: dict[str, Any] | None = None, **over: Any) -> Path:
    (tmp_path / "mapping.yaml").write_text(yaml.safe_dump(mapping or MAPPING))
    data: dict[str, Any] = {
        "name": "contacts-to-sf",
        "source": {"connection": "crm", "object": "contacts"},
        "destination": {"connection": "sf", "object": "Contact"},
        "mapping": "mapping.yaml",
        "connections": {
            "crm": {
                "platform": "hubspot",
                "base_url": sb.base_url("hubspot"),
                "token_env": HS,
                "properties": {"contacts": ["email", "firstname", "lastname", "company", "tier"]},
            },
            "sf": {
                "platform": "salesforce",
                "base_url": sb.base_url("salesforce"),
                "token_env": SF,
            },
        },
    }
    for key, value in over.items():
        data[key] = value
    path = tmp_path / "job.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def problems(path: Path) -> list[str]:
    res = runner.invoke(app, ["check", str(path)])
    assert res.exit_code == 2, res.output
    return [line for line in res.output.splitlines() if line.startswith("error:")]


def test_a_good_job_passes(sb: Sandbox, tmp_path: Path) -> None:
    res = runner.invoke(app, ["check", str(job(sb, tmp_path))])
    assert res.exit_code == 0, res.output
    assert "ok" in res.output and "salesforce.Contact" in res.output


def test_missing_token_variable(
    sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SF)
    [line] = problems(job(sb, tmp_path))
    assert (
        f"job.yaml: connections.sf.token_env: connection 'sf': environment variable {SF} is not set"
        in line
    )


def test_wrong_object_name(sb: Sandbox, tmp_path: Path) -> None:
    lines = problems(job(sb, tmp_path, destination={"connection": "sf", "object": "Contcat"}))
    assert any(
        "job.yaml: destination.object: salesforce has no object 'Contcat'" in x for x in lines
    ), lines
    lines = problems(job(sb, tmp_path, source={"connection": "crm", "object": "contactz"}))
    assert any("job.yaml: source.object:" in x and "contactz" in x for x in lines), lines


def test_unknown_destination_field(sb: Sandbox, tmp_path: Path) -> None:
    m = copy.deepcopy(MAPPING)
    m["rules"].append({"to": "LastNmae", "from": "lastname"})
    [line] = problems(job(sb, tmp_path, m))
    assert (
        "mapping.yaml: rules[5] (to: LastNmae).to: salesforce.Contact has no field 'LastNmae' (did you mean 'LastName'?)"
        in line
    )


def test_source_field_that_does_not_exist(sb: Sandbox, tmp_path: Path) -> None:
    m = copy.deepcopy(MAPPING)
    m["rules"][1] = {"to": "FirstName", "from": "first_name"}
    lines = problems(job(sb, tmp_path, m))
    assert any(
        "mapping.yaml: rules[1] (to: FirstName): reads 'first_name', which hubspot.contacts does not have (did you mean 'firstname'?)"
        in x
        for x in lines
    ), lines
    # a property that exists but is not fetched is named too, with the fix
    m = copy.deepcopy(MAPPING)
    m["rules"].append({"to": "Phone", "from": "phone"})
    [line] = problems(job(sb, tmp_path, m))
    assert "reads 'phone', which hubspot.contacts has but connection crm does not fetch" in line


def test_required_destination_field_not_produced(sb: Sandbox, tmp_path: Path) -> None:
    m = copy.deepcopy(MAPPING)
    del m["rules"][2]
    [line] = problems(job(sb, tmp_path, m))
    assert (
        "mapping.yaml: rules: salesforce.Contact requires 'LastName'" in line
        and "no rule produces it" in line
    )


def test_match_key_that_is_not_an_upsert_key(sb: Sandbox, tmp_path: Path) -> None:
    m = copy.deepcopy(MAPPING)
    m["match_key"] = "FirstName"
    [line] = problems(job(sb, tmp_path, m))
    assert "mapping.yaml: match_key: salesforce.Contact cannot upsert by 'FirstName'" in line
    assert "Email" in line


def test_wrong_kind_and_lookup_pointing_nowhere(sb: Sandbox, tmp_path: Path) -> None:
    m = copy.deepcopy(MAPPING)
    m["rules"][4] = {
        "to": "AccountId",
        "lookup": {"object": "Acount", "by": "Name", "from": "company"},
    }
    m["rules"].append({"to": "Phone", "value": ["a", "list"]})
    lines = problems(job(sb, tmp_path, m))
    assert any(
        "rules[4] (to: AccountId).lookup.object: salesforce has no object 'Acount'" in x
        for x in lines
    ), lines
    assert any(
        "rules[5] (to: Phone): writes a array into salesforce.Contact Phone, a phone field" in x
        for x in lines
    ), lines
    m["rules"][4] = {
        "to": "AccountId",
        "lookup": {"object": "Account", "by": "Nmae", "from": "company"},
    }
    lines = problems(job(sb, tmp_path, m))
    assert any(
        "rules[4] (to: AccountId).lookup.by: salesforce.Account has no field 'Nmae' (did you mean 'Name'?)"
        in x
        for x in lines
    ), lines


def test_run_checks_first_and_creates_nothing(
    sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SF)
    store = tmp_path / "store.db"
    res = runner.invoke(app, ["run", str(job(sb, tmp_path)), "--store", str(store)])
    assert res.exit_code == 2
    assert "environment variable SW_CHECK_SF is not set" in res.output
    assert "nothing was started" in res.output
    assert not store.exists()
    routes = sb.admin("hubspot").stats()["by_route"]
    assert routes and all("properties" in r for r in routes), routes  # described, never fetched


def test_fix_set_refuses_a_field_the_mapping_does_not_produce(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "1", "email": "not-an-email"}\n')
    (tmp_path / "job.yaml").write_text(
        yaml.safe_dump(
            {
                "name": "fix",
                "source": {"connection": "a", "object": "x"},
                "destination": {"connection": "b", "object": "y"},
                "mapping": {
                    "version": 2,
                    "match_key": "Email",
                    "rules": [{"to": "Email", "from": "email"}, {"to": "LastName", "value": "L"}],
                    "validate": [{"field": "Email", "format": "email"}],
                },
                "on_reject": {"max_rejected_ratio": 1},
                "connections": {
                    "a": {"platform": "jsonl", "path": "in.jsonl"},
                    "b": {"platform": "jsonl", "path": "out.jsonl"},
                },
            }
        )
    )
    store = str(tmp_path / "s.db")
    res = runner.invoke(app, ["run", str(tmp_path / "job.yaml"), "--store", store, "--json"])
    assert res.exit_code == 6, res.output  # completed, but its one record was rejected
    status = runner.invoke(app, ["status", "--store", store, "--json"])
    import orjson

    job_id = orjson.loads(status.stdout)[0]["job_id"]
    from syncwright.engine.commands import CommandError, fix_record
    from syncwright.store import open_store

    st = open_store(store)
    with pytest.raises(
        CommandError, match=r"does not produce 'LastNmae'; did you mean 'LastName'\?"
    ):
        fix_record(st, job_id, "1", {"LastNmae": "x"})
    fix_record(st, job_id, "1", {"Email": "ok@x.io"})  # a produced field is fine
    st.close()

"""Merge plans: survivorship by rule, dry run first, applied through HubSpot's merge API,
exported for Salesforce (whose REST API cannot merge)."""

from __future__ import annotations

import stat
from pathlib import Path

import orjson
import pytest

from syncwright.identity.config import load_identity_file
from syncwright.identity.graph import build
from syncwright.identity.plan import PlanError, Rules, apply, export, load_rules, plan
from syncwright.sandbox import Sandbox
from syncwright.store import open_store


def _conn(identity_file: Path, name: str) -> dict[str, object]:
    return next(c for n, _, c in load_identity_file(identity_file, [name]))


def test_hubspot_plan_dry_run_then_apply(scenario_sandbox: Sandbox, identity_file: Path,
                                        tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    build(store, load_identity_file(identity_file))
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text("default: most_recent\nfields:\n  phone: longest\n"
                          "  company: {source: salesforce, field: Company}\n")
    entries = plan(store, "hubspot", "contacts", load_rules(rules_file), "hubspot")
    assert entries and all(e["how"]["how"] == "api" for e in entries)
    for entry in entries:
        assert entry["merge"] and entry["survivor"] not in entry["merge"]
        assert entry["fields"]["phone"]["rule"] == "longest"
        assert entry["fields"]["company"]["rule"].startswith("source:salesforce.Company")
        assert "email" not in entry["fields"]  # addresses are never overwritten
    admin = scenario_sandbox.admin("hubspot")
    before = {r["id"]: r for r in admin.records("contacts")}
    assert all(not before[e["survivor"]]["archived"] for e in entries)  # dry run: untouched
    result = apply(store, "hubspot", _conn(identity_file, "hubspot"), entries)
    assert result["merged"] == sum(len(e["merge"]) for e in entries)
    after = {r["id"]: r for r in admin.records("contacts")}
    for entry in entries:
        assert all(after[m]["archived"] for m in entry["merge"])
        survivor = after[entry["survivor"]]["properties"]
        for name, chosen in entry["fields"].items():
            if chosen["changes"] and chosen["value"] not in (None, ""):
                assert survivor[name] == chosen["value"], name
    types = [e.type for e in store.read_stream("identity-graph")]
    assert types.count("identity_merge_applied") == len(entries)
    gone = {k for e in entries for k in e["merge_keys"]}
    held = {k for (k,) in store.query("SELECT record_key FROM identity_records")}
    assert not gone & held
    store.close()


def test_salesforce_plan_is_exported_not_applied(identity_file: Path, tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    build(store, load_identity_file(identity_file))
    entries = plan(store, "salesforce", "Lead", Rules(), "salesforce")
    assert entries and entries[0]["how"]["how"] == "export"
    path = tmp_path / "plan.json"
    export(entries, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert orjson.loads(path.read_bytes())[0]["person"] == entries[0]["person"]
    with pytest.raises(PlanError, match="REST API has no merge"):
        apply(store, "salesforce", _conn(identity_file, "salesforce"), entries)
    store.close()


def test_unknown_rule_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("fields: {phone: shortest}\n")
    with pytest.raises(PlanError, match=r"rules.yaml: phone: unknown rule 'shortest'"):
        load_rules(path)

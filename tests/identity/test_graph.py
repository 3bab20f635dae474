"""The identity graph built from the sandbox's two-emails scenario through the adapters:
quality against the ground truth, stable ids, incremental builds, and merge/split/undo."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from syncwright.identity import commands
from syncwright.identity.config import load_identity_file
from syncwright.identity.graph import build
from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from tests.identity.conftest import truth


def _pairs(groups: dict[str, list[str]], same_system: bool) -> set[tuple[str, str]]:
    out = set()
    for keys in groups.values():
        for a, b in combinations(sorted(keys), 2):
            if (a.split(":")[0] == b.split(":")[0]) == same_system:
                out.add((a, b))
    return out


def _groups(mapping: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, group in mapping.items():
        out.setdefault(group, []).append(key)
    return out


def test_build_finds_the_people_behind_two_emails(scenario_sandbox: Sandbox,
                                                 identity_file: Path, tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    report = build(store, load_identity_file(identity_file))
    real = truth(scenario_sandbox)
    assert report.records == len(real)
    rows = store.query("SELECT record_key, person_id FROM identity_records")
    predicted = {k: p for k, p in rows}
    assert set(predicted) == set(real) and all(predicted.values())
    for same_system in (False, True):
        t, p = _pairs(_groups(real), same_system), _pairs(_groups(predicted), same_system)
        precision, recall = len(t & p) / len(p), len(t & p) / len(t)
        assert precision >= 0.97 and recall >= 0.9, (same_system, precision, recall)
    # what blocking did is in the build's event, capped blocks included (none at this size)
    done = [e for e in store.read_stream("identity-graph") if e.type == "identity_build_completed"]
    assert done[-1].data["blocking"]["pairs"] == report.candidates > 0
    assert done[-1].data["blocking"]["capped_blocks"] == report.capped_blocks
    # a second build reads from the cursors, keeps every id, and makes no events of change
    again = build(store, load_identity_file(identity_file))
    assert sum(again.sources.values()) < report.records
    assert again.merges == again.splits == 0
    assert dict(store.query("SELECT record_key, person_id FROM identity_records")) == predicted
    store.close()


def test_merge_then_undo_restores_and_keeps_both_events(identity_file: Path,
                                                        tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    build(store, load_identity_file(identity_file))
    review = commands.review(store, 5)
    assert review, "the scenario leaves pairs in the uncertain band"
    a, b = review[0]["a"]["person"], review[0]["b"]["person"]
    before = dict(store.query("SELECT record_key, person_id FROM identity_records"))
    done = commands.merge(store, a, b, reason="same phone in the CRM notes")
    assert commands.person_of(store, review[0]["b"]["key"]) == a
    explained = commands.explain(store, b if False else a)
    assert {review[0]["a"]["key"], review[0]["b"]["key"]} <= {r["key"] for r in explained["records"]}
    commands.undo(store)
    assert dict(store.query("SELECT record_key, person_id FROM identity_records")) == before
    types = [e.type for e in store.read_stream("identity-graph")]
    assert "identity_persons_merged" in types and types[-1] == "identity_undone"
    history = commands.explain(store, a)["history"]
    assert [h["type"] for h in history][-2:] == ["identity_persons_merged", "identity_undone"]
    assert history[-1]["undoes"] == done["position"]
    with pytest.raises(commands.IdentityError, match="nothing to undo"):
        commands.undo(store)
    # a rebuild keeps what the undo restored
    build(store, load_identity_file(identity_file))
    assert dict(store.query("SELECT record_key, person_id FROM identity_records")) == before
    store.close()


def test_split_is_kept_by_later_builds_and_can_be_undone(identity_file: Path,
                                                        tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    build(store, load_identity_file(identity_file))
    found = commands.duplicates(store)
    person = next(d for d in found if len(d["records"]) >= 2)
    key = person["records"][-1]["key"]
    result = commands.split(store, person["person"], [key], reason="two people")
    assert commands.person_of(store, key) == result["into"] != person["person"]
    build(store, load_identity_file(identity_file), full=True)
    assert commands.person_of(store, key) == result["into"]
    assert commands.person_of(store, person["records"][0]["key"]) == person["person"]
    commands.undo(store, result["position"])
    assert commands.person_of(store, key) == person["person"]
    store.close()


def test_merge_refused_across_different_hard_ids(identity_file: Path, tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    build(store, load_identity_file(identity_file))
    rows = store.query("SELECT person_id, data FROM identity_records WHERE system = 'salesforce'"
                       " AND data LIKE '%External_Id__c%' ORDER BY record_key LIMIT 2")
    (p1, _), (p2, _) = rows
    assert p1 != p2
    with pytest.raises(commands.IdentityError, match="different hard ids"):
        commands.merge(store, p1, p2)
    store.close()

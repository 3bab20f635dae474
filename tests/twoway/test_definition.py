"""The two-way job file: what it freezes, and one clear line per mistake (exit 2)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.engine.jobfile import JobFileError
from syncwright.twoway.definition import load_two_way
from tests.helpers import cli

BASE: dict[str, Any] = {
    "name": "both-ways", "mode": "two_way",
    "a": {"connection": "sf", "object": "Contact"},
    "b": {"connection": "mc", "object": "members"},
    "match": {"a": "Email", "b": "email_address"},
    "stamps": {"a": "LastModifiedDate", "b": "last_changed"},
    "mapping": {
        "a_to_b": {"version": 2, "match_key": "email_address",
                   "rules": [{"to": "email_address", "from": "Email"},
                             {"to": "FNAME", "from": "FirstName"}]},
        "b_to_a": {"version": 2, "match_key": "Email",
                   "rules": [{"to": "Email", "from": "email_address"},
                             {"to": "FirstName", "from": "FNAME"}]},
    },
    "fields": {"FirstName": {"b": "FNAME", "policy": "latest"}},
    "connections": {
        "sf": {"platform": "salesforce", "base_url": "http://127.0.0.1:1/services/data/v60.0",
               "token_env": "SF_TOKEN"},
        "mc": {"platform": "mailchimp", "base_url": "http://127.0.0.1:2/3.0",
               "token_env": "MC_KEY", "list_id": "L1"},
    },
}


def _write(tmp: Path, doc: dict[str, Any]) -> Path:
    path = tmp / "two.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def _with(change: str, value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    node = doc
    *parents, last = change.split(".")
    for key in parents:
        node = node[key]
    if value is None:
        del node[last]
    else:
        node[last] = value
    return doc


def test_a_valid_file_freezes_both_sides_and_a_carrier_mapping(tmp_path: Path) -> None:
    d = load_two_way(_write(tmp_path, BASE))
    assert d["mode"] == "two_way"
    assert d["source"] == {"connection": "sf", "object": "Contact"}
    assert d["destination"] == {"connection": "mc", "object": "members"}
    assert d["two_way"]["fields"] == {"FirstName": {"b": "FNAME", "policy": "latest"}}
    assert d["two_way"]["mappings"]["a_to_b"]["match_key"] == "email_address"
    assert d["mapping"]["match_key"] == "key"


@pytest.mark.parametrize(("change", "value", "message"), [
    ("fields.FirstName.policy", "sometimes", "fields.FirstName.policy: Input should be"),
    ("a.connection", "nowhere", "a.connection 'nowhere' is not defined under connections"),
    ("stamps", None, "stamps: a field with policy 'latest' needs stamps for a and b"),
    ("mapping.a_to_b.match_key", "FNAME", "mapping.a_to_b.match_key: must be 'email_address'"),
    ("fields.Phone", {"b": "PHONE", "policy": "owner_a"},
     "fields.Phone: mapping.a_to_b has no rule writing 'PHONE'"),
    ("opt_out", {"a": {"field": "HasOptedOutOfEmail", "opted_out": True},
                 "b": {"field": "status", "opted_out": "unsubscribed"}},
     "opt_out: fields.HasOptedOutOfEmail must exist"),
    ("match", None, "match: Field required"),
])
def test_mistakes_are_one_line_naming_the_key(tmp_path: Path, change: str, value: Any,
                                              message: str) -> None:
    path = _write(tmp_path, _with(change, value))
    with pytest.raises(JobFileError) as caught:
        load_two_way(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text


def test_cli_exit_2_with_one_line_and_plain_run_points_to_twoway(tmp_path: Path) -> None:
    bad = _write(tmp_path, _with("fields.FirstName.policy", "sometimes"))
    proc = cli("twoway", "run", str(bad), store=tmp_path / "s.db")
    assert proc.returncode == 2
    assert "fields.FirstName.policy" in proc.stderr and proc.stderr.strip().count("\n") == 0
    good = _write(tmp_path, BASE)
    proc = cli("run", str(good), store=tmp_path / "s.db")
    assert proc.returncode == 2 and "syncwright twoway run" in proc.stderr

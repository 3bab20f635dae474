"""`syncwright mapping preview`: provenance, skipped and rejected records, destination
checks, sampling from a live connection (the HubSpot simulator), and its bad-input lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
import yaml

from syncwright.sandbox import Sandbox
from tests.helpers import mapping_preview

MAPPING = {
    "version": 2,
    "match_key": "Email",
    "filters": [{"keep_if": {"field": "country", "eq": "US"}, "reason": "not a US contact"}],
    "rules": [
        {"to": "Email", "from": "email", "transform": ["lower"]},
        {"to": "LastName", "from": ["lastname", {"from": "email", "transform": ["email_local"]}]},
        {"to": "Company", "from": "company", "default": "n/a"},
        {"to": "Status", "from": "stage", "table": {"lead": "Open - Not Contacted", "x": "Open"}},
    ],
}


def files(tmp_path: Path, records: list[dict]) -> tuple[Path, Path]:
    m = tmp_path / "m.yaml"
    m.write_text(yaml.safe_dump(MAPPING))
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return m, src


def test_preview_json_shape_provenance_skipped_rejected(tmp_path: Path) -> None:
    m, src = files(
        tmp_path,
        [
            {
                "email": "Ann@X.io",
                "lastname": "",
                "company": "Acme",
                "country": "US",
                "stage": "lead",
            },
            {"email": "bob@x.io", "country": "DE", "stage": "lead"},
            {"email": "cy@x.io", "lastname": "Cy", "country": "US", "stage": "other"},
            {"email": "di@x.io", "lastname": "Di", "country": "US", "stage": "x"},
        ],
    )
    res = mapping_preview(str(m), "--input", str(src), "--to", "salesforce.Lead", "--json")
    assert res.exit_code == 0, res.output
    got = orjson.loads(res.stdout)
    assert list(got) == ["records", "skipped", "rejected", "provenance"]
    assert got["records"] == [
        {
            "Email": "ann@x.io",
            "LastName": "Ann",
            "Company": "Acme",
            "Status": "Open - Not Contacted",
        }
    ]
    assert got["skipped"] == [{"index": 1, "reason": "not a US contact"}]
    rejected = {r["index"]: r for r in got["rejected"]}
    assert rejected[2]["code"] == "VALUE_NOT_IN_TABLE" and rejected[2]["field"] == "Status"
    # "Open" is not one of Salesforce's (restricted) lead statuses: the destination says no
    assert rejected[3]["code"] == "INVALID_FOR_DESTINATION" and "picklist" in rejected[3]["reason"]
    [prov] = got["provenance"]
    assert prov["index"] == 0
    assert prov["fields"]["Email"] == {
        "rule": 1,
        "kind": "from",
        "from": {"email": "Ann@X.io"},
        "transform": ["lower"],
    }
    assert prov["fields"]["LastName"]["picked"] == "fallback 2"
    assert prov["fields"]["Status"]["table"] is True
    text = mapping_preview(str(m), "--input", str(src))
    assert text.exit_code == 0
    assert "skipped input record 1: not a US contact" in text.output
    assert "2 records, 1 skipped, 1 rejected" in text.output  # without --to


def test_preview_bad_input_is_one_line_exit_2(tmp_path: Path) -> None:
    m, src = files(tmp_path, [{"email": "a@b.io"}])
    res = mapping_preview(str(m))
    assert res.exit_code == 2 and "exactly one of --input" in res.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": 1}\nnot json\n')
    res = mapping_preview(str(m), "--input", str(bad))
    assert res.exit_code == 2 and "bad.jsonl: line 2: not JSON" in res.output
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 2\nmatch_key: E\nrules:\n  - {to: E, from: e, transform: [nope]}\n")
    res = mapping_preview(str(broken), "--input", str(src))
    assert res.exit_code == 2
    assert "broken.yaml: invalid mapping: rules[0] (to: E).transform" in res.output
    res = mapping_preview(str(m), "--input", str(src), "--to", "salesforce.Leed")
    assert res.exit_code == 2 and "unknown object" in res.output


@pytest.fixture(scope="module")
def hubspot() -> Iterator[Sandbox]:
    with Sandbox(("hubspot",), no_limits=True) as sb:
        yield sb


def test_preview_samples_a_live_connection(
    hubspot: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hubspot.reset()
    hubspot.admin("hubspot").seed(30, seed=7)
    monkeypatch.setenv("SW_PREVIEW_HS", hubspot.credentials("hubspot")["token"])
    job = tmp_path / "job.yaml"
    job.write_text(
        yaml.safe_dump(
            {
                "connections": {
                    "crm": {
                        "platform": "hubspot",
                        "base_url": hubspot.base_url("hubspot"),
                        "token_env": "SW_PREVIEW_HS",
                    }
                }
            }
        )
    )
    m = tmp_path / "m.yaml"
    m.write_text(
        yaml.safe_dump(
            {
                "version": 2,
                "match_key": "Email",
                "rules": [
                    {"to": "Email", "from": "email", "transform": ["lower"]},
                    {"to": "LastName", "from": "lastname", "default": "?"},
                ],
            }
        )
    )
    res = mapping_preview(
        str(m),
        "--from",
        "hubspot.contacts",
        "--connection",
        "crm",
        "--connections",
        str(job),
        "--sample",
        "5",
        "--json",
    )
    assert res.exit_code == 0, res.output
    got = orjson.loads(res.stdout)
    assert len(got["records"]) + len(got["rejected"]) == 5
    assert all(r["Email"] == r["Email"].lower() for r in got["records"])
    res = mapping_preview(
        str(m), "--from", "hubspot.contacts", "--connection", "nope", "--connections", str(job)
    )
    assert res.exit_code == 2 and "connections.nope: not defined" in res.output

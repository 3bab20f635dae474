"""The public mapping cases, each with a hand-written v2 mapping, through `mapping preview`.

Behaviour only: the output records must equal the case's expected records (filtered ones
left out, input order kept). The cases are data (cases/README.md says what they mean).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest
import yaml
from typer.testing import CliRunner

from syncwright.cli import app
from tests.helpers import mapping_preview

HERE = Path(__file__).parent
CASES = sorted((HERE / "cases").glob("*.yaml"))
runner = CliRunner()


def test_every_case_has_a_mapping() -> None:
    assert len(CASES) == 40
    missing = [c.name for c in CASES if not (HERE / "cases_v2" / c.name).exists()]
    assert missing == []


@pytest.mark.parametrize("case_file", CASES, ids=[c.stem for c in CASES])
def test_case_through_mapping_preview(case_file: Path, tmp_path: Path) -> None:
    case = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    src = tmp_path / "input.jsonl"
    src.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in case["input"]))
    result = mapping_preview(
        str(HERE / "cases_v2" / case_file.name),
        "--from",
        case["from"],
        "--to",
        case["to"],
        "--input",
        str(src),
        "--json",
    )
    assert result.exit_code == 0, result.output
    got = orjson.loads(result.stdout)
    assert set(got) == {"records", "skipped", "rejected", "provenance"}
    assert got["rejected"] == []
    assert got["records"] == case["expected"]
    assert len(got["skipped"]) == len(case["input"]) - len(case["expected"])
    assert len(got["provenance"]) == len(got["records"])


def test_mapping_test_command_passes_and_fails(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(HERE / "cases" / "p07-filter-country.yaml", cases)
    mapping = HERE / "cases_v2" / "p07-filter-country.yaml"
    ok = runner.invoke(app, ["mapping", "test", str(mapping), "--cases", str(cases)])
    assert ok.exit_code == 0, ok.output
    assert "1 of 1 cases pass" in ok.output
    wrong = HERE / "cases_v2" / "p03-lowercase-email.yaml"
    bad = runner.invoke(app, ["mapping", "test", str(wrong), "--cases", str(cases), "--json"])
    assert bad.exit_code == 1
    [res] = orjson.loads(bad.stdout)
    assert res["passed"] is False and "output records" in res["detail"]

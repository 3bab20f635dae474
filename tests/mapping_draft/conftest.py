"""Helpers for the drafting tests: the real CLI in-process (typer's runner) for the many
cases, and as a subprocess for the exact commands a user (or the held-out run) types."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml
from typer.testing import CliRunner

from syncwright.cli import app

CASES = Path(__file__).parent / "cases"
PARAPHRASES = Path(__file__).parent / "variants" / "paraphrases.yaml"


def load_case(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))
    return data


def case_names() -> list[str]:
    return sorted(p.stem for p in CASES.glob("*.yaml"))


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


def draft_and_preview(tmp: Path, text: str, frm: str, to: str, records: list[dict[str, Any]]) -> tuple[Any, Any]:
    """`mapping draft ... --engine offline -o M.yaml` then `mapping preview M.yaml ... --json`."""
    runner = CliRunner()
    m = tmp / "M.yaml"
    inp = write_jsonl(tmp / "IN.jsonl", records)
    d = runner.invoke(app, ["mapping", "draft", text, "--from", frm, "--to", to, "--engine", "offline", "-o", str(m)])
    if d.exit_code != 0:
        return None, d.output
    p = runner.invoke(app, ["mapping", "preview", str(m), "--from", frm, "--to", to, "--input", str(inp), "--json"])
    assert p.exit_code == 0, p.output
    return orjson.loads(p.stdout), d.output


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()

"""The examples in docs/SANDBOX.md, loaded or run as written."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import httpx2
from typer.testing import CliRunner

from syncwright.sandbox import LimitSettings, Sandbox, load_faults_file
from syncwright.sandbox.cli import sandbox_app

DOC = Path(__file__).resolve().parents[2] / "docs" / "SANDBOX.md"


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_faults_file_example_loads(tmp_path: Path) -> None:
    (example,) = blocks("yaml")
    path = tmp_path / "faults.yaml"
    path.write_text(example, encoding="utf-8")
    plan = load_faults_file(path)
    assert plan.seed == 7 and len(plan.for_platform("hubspot")) == 3


def test_the_limit_settings_example_validates() -> None:
    (example,) = blocks("json")
    settings = LimitSettings.model_validate(json.loads(example))
    assert settings.scale == 0.1 and settings.windows["search:1"] == 2


def test_the_up_commands_parse_with_the_documented_options() -> None:
    commands = [line.split("#")[0].strip() for block in blocks("bash")
                for line in block.splitlines() if "sandbox up" in line]
    assert any("--tls" in c for c in commands)
    for command in commands:
        args = shlex.split(command)[args_start(command):]
        # --help after the options: typer rejects an unknown option before printing help
        result = CliRunner().invoke(sandbox_app, [*args, "--help"])
        assert result.exit_code == 0, (command, result.output)


def args_start(command: str) -> int:
    words = shlex.split(command)
    return words.index("up")


def test_the_custom_field_example_is_accepted() -> None:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(r"`POST /__sandbox/fields/\{sObject\}` with `(\{.*?\})`", text, re.S)
    assert match is not None
    spec = json.loads(match[1].replace("\n", " ").replace("  ", " "))
    with Sandbox(("salesforce",)) as sb:
        r = httpx2.post(sb.server_url("salesforce") + "/__sandbox/fields/Lead", json=spec)
        assert r.status_code == 201 and r.json()["name"] == "Score__c"
        token = sb.credentials("salesforce")["token"]
        describe = httpx2.get(sb.base_url("salesforce") + "/sobjects/Lead/describe",
                              headers={"Authorization": f"Bearer {token}"}).json()
        assert "Score__c" in {f["name"] for f in describe["fields"]}

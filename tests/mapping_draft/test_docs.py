"""docs/MAPPING.md, "From plain text": the example command drafts exactly the mapping shown."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

from tests.helpers import cli

DOCS = Path(__file__).parents[2] / "docs" / "MAPPING.md"


def _section() -> str:
    text = DOCS.read_text(encoding="utf-8")
    return text[text.index("## From plain text") :]


def test_the_documented_draft_is_what_the_command_writes(tmp_path: Path) -> None:
    section = _section()
    command = re.findall(r"```sh\n(syncwright mapping draft .*?)\n```", section, flags=re.S)[0]
    shown = yaml.safe_load(re.findall(r"```yaml\n(.*?)```", section, flags=re.S)[0])
    args = shlex.split(command)[1:]
    out = tmp_path / "mapping.yaml"
    args[args.index("-o") + 1] = str(out)
    proc = cli(*args)
    assert proc.returncode == 0, proc.stderr
    written = yaml.safe_load(out.read_text())
    for rule in written["rules"]:
        assert "[drafted:" in rule.pop("note")
    assert written == shown


def test_the_documented_commands_exist() -> None:
    section = _section()
    for name in ("history", "approve"):
        assert f"syncwright mapping {name} " in section
        proc = cli("mapping", name, "--help")
        assert proc.returncode == 0 and "Examples:" in proc.stdout

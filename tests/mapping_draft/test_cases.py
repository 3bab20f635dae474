"""Every public case, and our own rewordings of them, through `mapping draft --engine
offline` then `mapping preview --json`: the output records must equal the expected ones."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from syncwright.mapping.draft.service import draft_mapping, preview_samples
from tests.helpers import cli
from tests.mapping_draft.conftest import (
    PARAPHRASES,
    case_names,
    draft_and_preview,
    load_case,
    write_jsonl,
)


@pytest.mark.parametrize("name", case_names())
def test_public_case(tmp_path: Path, name: str) -> None:
    case = load_case(name)
    result, output = draft_and_preview(tmp_path, case["text"], case["from"], case["to"], case["input"])
    assert result is not None, output
    assert result["records"] == case["expected"], output


def _paraphrases() -> list[tuple[str, int, str]]:
    data = yaml.safe_load(PARAPHRASES.read_text(encoding="utf-8"))
    return [(name, i, text) for name, texts in data.items() for i, text in enumerate(texts)]


@pytest.mark.parametrize(("name", "i", "text"), _paraphrases())
def test_reworded_case(name: str, i: int, text: str) -> None:
    """Through the command layer the CLI calls (fast): draft, then preview on the input."""
    case = load_case(name)
    drafted = draft_mapping(text, case["from"], case["to"])
    assert drafted.ok, drafted.to_json()
    result = preview_samples(drafted.mapping, case["input"])  # type: ignore[arg-type]
    assert result is not None and result["records"] == case["expected"], drafted.yaml_text()


def test_the_exact_commands_of_the_held_out_run(tmp_path: Path) -> None:
    """As a subprocess, exactly as documented: draft -o M.yaml, then preview --json."""
    case = load_case("n-p20-mql-sql-only-with-fallbacks")
    inp = write_jsonl(tmp_path / "IN.jsonl", case["input"])
    m = tmp_path / "M.yaml"
    d = cli("mapping", "draft", case["text"], "--from", case["from"], "--to", case["to"], "--engine", "offline", "-o", str(m))
    assert d.returncode == 0, d.stderr
    assert "Company <- company" in d.stdout and "open questions" not in d.stdout
    p = cli("mapping", "preview", str(m), "--from", case["from"], "--to", case["to"], "--input", str(inp), "--json")
    assert p.returncode == 0, p.stderr
    import orjson

    assert orjson.loads(p.stdout)["records"] == case["expected"]


def test_a_text_pasted_as_a_dash_list_is_the_text_not_an_option(tmp_path: Path) -> None:
    """A text that starts with '- ' (a bullet list) reaches the drafter; click would read it
    as an unknown option. Options after it, and '--opt=value' forms, still work."""
    m = tmp_path / "M.yaml"
    text = "- email -> Email\n- Last_Name -> LastName"
    d = cli("mapping", "draft", text, "--from", "hubspot.contacts", "--to=salesforce.Contact", "--engine", "offline", "-o", str(m))
    assert d.returncode == 0, d.stderr
    rules = yaml.safe_load(m.read_text())["rules"]
    assert [(r["to"], r["from"]) for r in rules] == [("Email", "email"), ("LastName", "lastname")]
    bad = cli("mapping", "draft", "email -> Email", "--from", "hubspot.contacts", "--to", "salesforce.Contact", "--bogus")
    assert bad.returncode == 2 and "--bogus" in bad.stderr

"""Every YAML example in the README and docs/ loads as written, with the loader the
product uses for that kind of file (job, mapping, webhook config, routes, faults, or a
job file's `connections:` section)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from syncwright.adapters.registry import validate_connection
from syncwright.config_files import iter_strings, parse_yaml
from syncwright.engine.jobfile import load_job_file
from syncwright.mapping.spec import load_mapping
from syncwright.sandbox import load_faults_file
from syncwright.webhooks.config import load_config
from syncwright.webhooks.routes import load_routes

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```yaml[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks() -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text[: m.start()].count("\n") + 1
            found.append((f"{doc.relative_to(ROOT)}:{line}", m.group(1)))
    return found


BLOCKS = _blocks()
MAPPING_TEXT = (ROOT / "examples/contacts-to-leads/mappings/contacts-to-leads.yaml").read_text()
JOB_TEXT = (ROOT / "examples/contacts-to-leads/job.yaml").read_text()


def kind_of(data: Any) -> str:
    """Which file a block is, by its top-level keys (a fragment is only parsed)."""
    if not isinstance(data, dict):
        return "faults" if isinstance(data, list) else "fragment"
    keys = set(data)
    if {"name", "source", "destination"} <= keys:
        return "job"
    if "rules" in keys and "match_key" in keys:
        return "mapping"
    if "faults" in keys:
        return "faults"
    if isinstance(data.get("routes"), list):
        return "routes"
    if "connections" in keys and keys & {"max_body_bytes", "routes"}:
        return "webhook-config"
    if keys == {"connections"}:
        return "connections"
    return "fragment"


def _env_for(data: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The variables a block names for its secrets exist (their values are never read
    into the data)."""
    for key, value in iter_strings(data):
        if key.endswith("_env"):
            monkeypatch.setenv(value, "test-secret")


def _materialise(data: Any, folder: Path) -> None:
    """Files a block points at (mappings, job files, secret files) exist, so the block is
    checked by the real loader end to end."""
    for key, value in iter_strings(data):
        leaf = key.rsplit(".", 1)[-1]
        if leaf == "mapping":
            target = folder / value
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(MAPPING_TEXT)
        elif leaf == "job_file":
            target = folder / value
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(JOB_TEXT)
            (target.parent / "mappings").mkdir(exist_ok=True)
            (target.parent / "mappings/contacts-to-leads.yaml").write_text(MAPPING_TEXT)
        elif leaf.endswith("_file") and not value.startswith("/"):
            target = folder / value
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("test-secret")


def test_docs_have_yaml_examples() -> None:
    kinds = {kind_of(parse_yaml(text, where)) for where, text in BLOCKS}
    assert {"job", "mapping", "faults", "routes", "webhook-config", "connections"} <= kinds


@pytest.mark.parametrize(("where", "text"), BLOCKS, ids=[w for w, _ in BLOCKS])
def test_doc_yaml_example_loads_as_written(
    where: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = parse_yaml(text, where)
    kind = kind_of(data)
    _env_for(data, monkeypatch)
    _materialise(data, tmp_path)
    file = tmp_path / "example.yaml"
    file.write_text(text, encoding="utf-8")
    if kind == "job":
        assert load_job_file(file)["name"] == data["name"]
    elif kind == "mapping":
        assert load_mapping(file).match_key == data["match_key"]
    elif kind == "faults":
        assert load_faults_file(file).faults
    elif kind == "routes":
        table = load_routes(file)
        assert len(table.routes) == len(data["routes"])
    elif kind == "webhook-config":
        (tmp_path / str(data.get("routes", "routes.yaml"))).write_text("routes: []\n")
        assert set(load_config(file).connections) == set(data["connections"])
    elif kind == "connections":
        for name, conn in data["connections"].items():
            validate_connection(conn, f"{where}: connections.{name}")
    else:
        assert data is not None, f"{where}: an empty YAML example"

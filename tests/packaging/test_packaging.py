"""Packaging: the license, the dependencies, docs that stay inside the repository, and the
Dockerfile / compose file (parsed and checked against the real CLI; the image is built only
where a Docker engine answers)."""

from __future__ import annotations

import ast
import re
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import typer.main

from syncwright.cli import app
from syncwright.config_files import parse_yaml

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
CLI = typer.main.get_command(app)

# distribution name -> the module it provides (where the two differ)
MODULE_OF = {
    "pyyaml": "yaml",
    "psycopg-pool": "psycopg_pool",
    "prometheus-client": "prometheus_client",
    "pyjwt": "jwt",
    "argon2-cffi": "argon2",
}


def test_license_matches_pyproject() -> None:
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
    assert PYPROJECT["project"]["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text()
    assert text.split()[:4] == ["Apache", "License", "Version", "2.0,"]
    assert "END OF TERMS AND CONDITIONS" in text


def _imported_modules() -> set[str]:
    found = set()
    for path in (ROOT / "src").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found


def test_every_dependency_is_imported() -> None:
    imported = _imported_modules()
    for requirement in PYPROJECT["project"]["dependencies"]:
        dist = re.split(r"[\[<>=!~ ]", requirement, maxsplit=1)[0].lower()
        module = MODULE_OF.get(dist, dist.replace("-", "_"))
        assert module in imported, f"{requirement}: imported nowhere in src/, remove it"


# `../` but not `.../` (prose eliding a URL path, as in `PATCH .../{id}`)
OUTSIDE = re.compile(r"((?<!\.)\.\./|/work/|\bshared/|PLATFORMS\.md|DESIGN\.md|mapping-cases)")
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def _shipped_texts() -> list[Path]:
    files = [ROOT / "README.md", *ROOT.glob("docs/*.md"), *ROOT.glob("examples/**/*.yaml")]
    files += [p for p in (ROOT / "src").rglob("*") if p.suffix in {".py", ".json", ".md"}]
    return files


def test_docs_and_code_never_point_outside_the_repository() -> None:
    problems = []
    for path in _shipped_texts():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if m := OUTSIDE.search(line):
                problems.append(f"{path.relative_to(ROOT)}:{n}: {m.group(0)}")
    assert not problems, problems


def test_markdown_links_resolve_inside_the_repository() -> None:
    for doc in [ROOT / "README.md", *ROOT.glob("docs/*.md")]:
        for target in LINK.findall(doc.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):
                continue  # http:, https:, mailto:
            resolved = (doc.parent / target).resolve()
            assert resolved.is_relative_to(ROOT) and resolved.exists(), f"{doc.name}: {target}"


def _dockerfile() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    instructions = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            instructions.append((word.upper(), rest.strip()))
    return instructions


def test_dockerfile_copies_real_files_and_runs_the_console_script() -> None:
    instructions = _dockerfile()
    for word, rest in instructions:
        if word == "COPY" and not rest.startswith("--from"):
            *sources, _dest = shlex.split(rest)
            for src in sources:
                assert (ROOT / src).exists(), f"COPY {src}: no such file in the repository"
    entry = next(rest for word, rest in instructions if word == "ENTRYPOINT")
    assert parse_yaml(entry, "ENTRYPOINT") == ["syncwright"]
    assert "syncwright" in PYPROJECT["project"]["scripts"]
    installs = [rest for word, rest in instructions if word == "RUN" and "pip install" in rest]
    assert installs and all("[dev]" not in r for r in installs)  # no dev extras in the image


def _compose() -> dict[str, Any]:
    data = parse_yaml((ROOT / "compose.yaml").read_text(), "compose.yaml")
    assert isinstance(data, dict)
    return data


def test_compose_runs_console_worker_and_postgres_with_real_commands() -> None:
    services = _compose()["services"]
    assert {"postgres", "worker", "console"} <= set(services)
    assert services["postgres"]["image"].startswith("postgres:")
    for name in ("worker", "console"):
        service = services[name]
        assert service["build"] == "."
        assert service["environment"]["SYNCWRIGHT_STORE"].startswith("postgresql://")
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
        command = service["command"]
        sub = CLI.commands.get(command[0])
        if sub is None and command[0] == "console":
            pytest.skip("`syncwright console` is not in this build yet (issue #13)")
        assert sub is not None, f"compose {name}: `syncwright {command[0]}` is no command"
        with sub.make_context(f"syncwright {command[0]}", list(command[1:])) as ctx:
            assert ctx.params is not None  # the options exist and their values parse


@pytest.mark.slow
def test_image_builds_where_docker_runs() -> None:
    docker = shutil.which("docker")
    if docker is None or subprocess.run([docker, "info"], capture_output=True).returncode:
        pytest.skip("no Docker engine on this machine: the image build is not smoke-tested here")
    subprocess.run([docker, "build", "-t", "syncwright:test", str(ROOT)], check=True, timeout=900)
    out = subprocess.run(
        [docker, "run", "--rm", "syncwright:test", "version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout.startswith("syncwright ")

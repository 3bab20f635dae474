"""Every command's --help ends with runnable examples, and every example parses.

The walk covers every command and sub-command mounted on the app (sandbox, limits, and
whatever a new module registers), so a command without examples fails here.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from syncwright.cli import app

ROOT = typer.main.get_command(app)


def _walk(cmd: Any, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], Any]]:
    found: list[tuple[tuple[str, ...], Any]] = []
    if hasattr(cmd, "commands"):  # a group (typer ships its own click)
        if path == () or cmd.invoke_without_command:  # the root and runnable groups
            found.append((path, cmd))
        for name, sub in sorted(cmd.commands.items()):
            found.extend(_walk(sub, (*path, name)))
    else:
        found.append((path, cmd))
    return found


COMMANDS = _walk(ROOT, ())


def _help(path: tuple[str, ...]) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return result.output


def _examples(text: str) -> list[str]:
    lines = [line.strip().strip("│").strip() for line in text.splitlines()]
    assert "Examples:" in lines, "no 'Examples:' paragraph"
    after = lines[lines.index("Examples:") + 1 :]
    examples = []
    for line in after:
        if line.startswith("syncwright "):
            examples.append(line)
        elif line.startswith(("╭", "Usage")):  # the options panel: examples are over
            break
    return examples


def test_shell_completion_is_on() -> None:
    root = _help(())
    assert "--install-completion" in root and "--show-completion" in root


def test_walk_finds_every_group() -> None:
    names = {" ".join(p) for p, _ in COMMANDS}
    for expected in ("run", "sandbox up", "sandbox faults set", "limits show", "actions",
                     "actions retry", "bookmark show", "bookmark reset", "config show",
                     "version"):
        assert expected in names


@pytest.mark.parametrize(("path", "cmd"), COMMANDS, ids=[" ".join(p) or "(root)" for p, _ in COMMANDS])
def test_help_has_examples_that_parse(
    path: tuple[str, ...], cmd: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # files an example names exist here (empty), so it parses
    examples = _examples(_help(path))
    assert examples, f"`syncwright {' '.join(path)} --help`: 'Examples:' has no syncwright line"
    for example in examples:
        words = shlex.split(example)[1:]
        if not path:  # the root's examples name other commands: they must exist
            assert words[0] in ROOT.commands, example
            continue
        assert tuple(words[: len(path)]) == path, f"{example!r} is not an example of {path}"
        args = words[len(path) :]
        for word in args:
            if word.endswith((".yaml", ".yml", ".json")):
                (tmp_path / word).parent.mkdir(parents=True, exist_ok=True)
                (tmp_path / word).touch()
        # Parse (not run) the example: unknown options, bad values, missing arguments fail.
        with cmd.make_context(" ".join(("syncwright", *path)), list(args)) as ctx:
            assert ctx.params is not None

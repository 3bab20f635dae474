"""Listing commands on a store with nothing to list: one line saying so (and what to do),
exit 0; with --json the empty data, never that line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, cli_json

EMPTY = [
    (("alerts",), "no alerts yet (`syncwright watch --alerts alerts.yaml` raises them)"),
    (("schedules",), "no schedules: add one with `syncwright schedule JOB.yaml`"),
    (("workers",), "no live workers: start one with `syncwright worker`"),
    (("bookmark", "show", "nothing"), "no bookmark for 'nothing': its next incremental run"),
]


@pytest.mark.parametrize(("args", "line"), EMPTY, ids=[" ".join(a) for a, _ in EMPTY])
def test_an_empty_listing_says_so(tmp_path: Path, args: tuple[str, ...], line: str) -> None:
    store = tmp_path / "s.db"
    proc = cli(*args, store=store)
    assert proc.returncode == 0, proc.stderr
    assert line in proc.stdout
    assert cli_json(*args, store=store) == []


def test_prune_with_nothing_to_prune(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    proc = cli("prune", store=store)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("nothing to prune; the store takes ")
    got = cli_json("prune", "--dry-run", store=store)
    assert got["jobs"] == [] and got["dry_run"] is True and got["size_after"] > 0

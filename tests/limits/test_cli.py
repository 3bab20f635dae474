"""``syncwright limits show|usage`` through typer's runner and as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from syncwright.limits.cli import limits_app
from syncwright.limits.limiter import Limiter
from syncwright.limits.registry import load_registry
from syncwright.limits.sqlite_state import SQLiteState

runner = CliRunner()


def test_show_table() -> None:
    result = runner.invoke(limits_app, ["show", "hubspot", "--tier", "professional"])
    assert result.exit_code == 0, result.output
    assert "190 per 10s" in result.output
    assert "daily: 650000 (midnight account)" in result.output
    assert "batch_max_records=100" in result.output


def test_show_all_platforms_json() -> None:
    result = runner.invoke(limits_app, ["show", "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert {r["platform"] for r in rows} == {"hubspot", "salesforce", "mailchimp", "segment", "ga4"}
    mailchimp = next(r for r in rows if r["platform"] == "mailchimp" and r["group"] == "default")
    assert mailchimp["concurrency"] == 10 and mailchimp["shared_concurrency"] == 10


def test_show_bad_platform_and_tier() -> None:
    assert runner.invoke(limits_app, ["show", "myspace"]).exit_code == 2
    result = runner.invoke(limits_app, ["show", "hubspot", "--tier", "gold"])
    assert result.exit_code == 2 and "unknown tier 'gold'" in result.output


async def fill_store(path: Path) -> None:
    limiter = Limiter(SQLiteState(path))
    hubspot = load_registry("hubspot")
    for _ in range(3):
        async with limiter.acquire(
            "hs-main", hubspot, "starter", "GET", "/crm/v3/objects/contacts"
        ):
            pass
    await limiter.close()


async def test_usage_json_and_table(tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    await fill_store(store)
    result = runner.invoke(limits_app, ["usage", "--store", str(store), "--json"])
    assert result.exit_code == 0, result.output
    rows = {(r["kind"], r["name"]): r for r in json.loads(result.output)}
    window = rows[("window", "ten_secondly_rolling per 10s")]
    assert (window["connection"], window["used"], window["limit"]) == ("hs-main", 3, 100)
    assert rows[("quota", "daily")]["used"] == 3
    table = runner.invoke(limits_app, ["usage", "--store", str(store)])
    assert "hs-main" in table.output and "ten_secondly_rolling" in table.output


def test_usage_without_store(tmp_path: Path) -> None:
    result = runner.invoke(limits_app, ["usage", "--store", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store" in result.output


async def test_usage_from_another_process(tmp_path: Path) -> None:
    store = tmp_path / "store.db"
    await fill_store(store)
    out = subprocess.run(
        [sys.executable, "-m", "syncwright.limits.cli", "usage", "--store", str(store), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    rows = json.loads(out)
    assert any(r["kind"] == "window" and r["used"] == 3 for r in rows)

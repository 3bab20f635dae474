"""``syncwright identity`` as a user runs it: the real CLI in a subprocess against the
sandbox's two-emails scenario, JSON output, and one-line errors with exit 2."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from syncwright.sandbox import Sandbox
from tests.helpers import cli, cli_json


@pytest.mark.slow
def test_build_duplicates_explain_merge_undo(identity_file: Path, tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    env = {k: v for k, v in os.environ.items() if k.startswith("SW_ID_")}
    proc = cli("identity", "build", "--config", str(identity_file), "--json", store=store,
               extra_env=env)
    assert proc.returncode == 0, proc.stderr
    report = orjson.loads(proc.stdout)
    assert report["records"] > 1000 and report["persons"] < report["records"]
    dups = cli_json("identity", "duplicates", "--system", "salesforce", store=store)
    assert dups and all(len(d["records"]) >= 2 for d in dups)
    assert all(r["key"].startswith("salesforce:") for d in dups for r in d["records"])
    key = dups[0]["records"][0]["key"]
    info = cli_json("identity", "explain", key, store=store)
    assert info["person"] == dups[0]["person"] and info["links"]
    assert all("score" in link and link["evidence"] for link in info["links"])
    pairs = cli_json("identity", "review", "--limit", "3", store=store)
    assert pairs
    merged = cli("identity", "merge", pairs[0]["a"]["person"], pairs[0]["b"]["person"],
                 store=store)
    assert merged.returncode == 0, merged.stderr
    undone = cli("identity", "undo", store=store)
    assert undone.returncode == 0 and orjson.loads(undone.stdout)["type"] == \
        "identity_persons_merged"


def test_bad_input_is_one_line_and_exit_2(scenario_sandbox: Sandbox, tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    bad = tmp_path / "identity.yaml"
    bad.write_text("connections: {crm: {platform: nope}}\n"
                   "sources: [{connection: crm, object: contacts}]\n")
    proc = cli("identity", "build", "--config", str(bad), store=store)
    assert proc.returncode == 2 and "identity.yaml" in proc.stderr
    assert "Traceback" not in proc.stderr
    # a platform refusing the credentials: its words in one line, exit 1, no secret
    url = scenario_sandbox.base_url("hubspot")
    bad.write_text(f"connections: {{hs: {{platform: hubspot, base_url: '{url}', "
                   "token_env: SW_ID_NOPE}}\nsources: [{connection: hs, object: contacts}]\n")
    proc = cli("identity", "build", "--config", str(bad), store=store,
               extra_env={"SW_ID_NOPE": "pat-secret-value"})
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert "hs:contacts" in proc.stderr and "pat-secret-value" not in proc.stderr
    proc = cli("identity", "explain", "per-doesnotexist", store=store)
    assert proc.returncode == 2 and "per-doesnotexist" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1

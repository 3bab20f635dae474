"""A sandbox holding the two-emails scenario (500 people), and an identity file for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.sandbox import Sandbox

PEOPLE = 500
SEED = 15
ENVS = {"hubspot": ("SW_ID_HUBSPOT_TOKEN", "token"),
        "salesforce": ("SW_ID_SALESFORCE_TOKEN", "token"),
        "mailchimp": ("SW_ID_MAILCHIMP_KEY", "api_key")}
SOURCES = [("hubspot", "contacts"), ("salesforce", "Lead"), ("salesforce", "Contact"),
           ("mailchimp", "members")]


@pytest.fixture(scope="module")
def scenario_sandbox() -> Iterator[Sandbox]:
    with Sandbox(("hubspot", "salesforce", "mailchimp"), contacts=PEOPLE, seed=SEED,
                 no_limits=True, scenario="two-emails") as sb:
        yield sb


def connection(sb: Sandbox, platform: str) -> dict[str, Any]:
    conn: dict[str, Any] = {"platform": platform, "base_url": sb.base_url(platform),
                            "token_env": ENVS[platform][0]}
    if platform == "mailchimp":
        conn["list_id"] = sb.credentials("mailchimp")["list_id"]
    if platform == "hubspot":
        conn["limits"] = {"groups": {g: {"windows": []} for g in ("default", "batch", "search")}}
    return conn


@pytest.fixture
def identity_file(scenario_sandbox: Sandbox, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    for platform, (var, key) in ENVS.items():
        monkeypatch.setenv(var, scenario_sandbox.credentials(platform)[key])
    doc = {"connections": {p: connection(scenario_sandbox, p) for p in ENVS},
           "sources": [{"connection": c, "object": o} for c, o in SOURCES]}
    path = tmp_path / "identity.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def truth(sb: Sandbox) -> dict[str, str]:
    """record key (connection:object:id) -> the human it belongs to, from the admin API."""
    out = {}
    for platform in ENVS:
        for rec in sb.admin(platform).ground_truth()["records"]:
            out[f"{platform}:{rec['object']}:{rec['id']}"] = rec["person"]
    return out

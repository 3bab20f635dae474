"""One job file, many environments: ${HUBSPOT_URL} runs against the sandbox, and an
unreachable value is refused before anything runs (`syncwright config show`)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from syncwright.sandbox import Sandbox
from tests.helpers import cli, read_jsonl

JOB = """\
name: hubspot-contacts-to-file
source: {connection: hs, object: contacts}
destination: {connection: out, object: leads}
mapping:
  version: 1
  match_key: Email
  rules:
    - {rename: email, to: Email}
    - {constant: "${LEAD_SOURCE:-hubspot}", to: LeadSource}
on_reject: {max_rejected_ratio: 1}
connections:
  hs:
    platform: hubspot
    base_url: ${HUBSPOT_URL}
    token_env: ${HUBSPOT_TOKEN_VAR:-SW_ENV_HUBSPOT_TOKEN}
    limits: {groups: {default: {windows: []}}}
  out: {platform: jsonl, path: "${OUT_DIR:-out}/leads.jsonl"}
"""


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(["hubspot"], no_limits=True) as sb:
        sb.admin("hubspot").seed(120, seed=3)
        yield sb


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_job_file_with_hubspot_url_runs_against_the_sandbox(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    job = tmp_path / "job.yaml"
    job.write_text(JOB)
    env = {
        "HUBSPOT_URL": sandbox.base_url("hubspot"),
        "SW_ENV_HUBSPOT_TOKEN": sandbox.credentials("hubspot")["token"],
        "OUT_DIR": str(tmp_path / "sandbox-out"),
    }
    shown = cli("config", "show", str(job), "--json", extra_env=env)
    assert shown.returncode == 0, shown.stderr
    data = orjson.loads(shown.stdout)
    assert data["definition"]["connections"]["hs"]["base_url"] == sandbox.base_url("hubspot")
    subs = {(s["key"], s["variable"], s["from"]) for s in data["substitutions"]}
    assert ("connections.hs.base_url", "HUBSPOT_URL", "environment") in subs
    assert ("mapping.rules.1.constant", "LEAD_SOURCE", "default") in subs
    assert data["credentials"] == [
        {"connection": "hs", "from": "token_env: env SW_ENV_HUBSPOT_TOKEN", "present": True}
    ]
    assert env["SW_ENV_HUBSPOT_TOKEN"] not in shown.stdout  # the credential is never shown
    assert data["unreachable"] == []
    text = cli("config", "show", str(job), extra_env=env)
    assert text.returncode == 0, text.stderr
    assert "connections.hs.base_url: ${HUBSPOT_URL} -> " in text.stdout
    assert "(from the environment)" in text.stdout and "(present)" in text.stdout
    assert env["SW_ENV_HUBSPOT_TOKEN"] not in text.stdout

    proc = cli("run", str(job), store=tmp_path / "s.db", extra_env=env)
    assert proc.returncode == 0, proc.stderr
    out = read_jsonl(tmp_path / "sandbox-out/leads.jsonl")
    assert len(out) == len({r["Email"] for r in out}) > 100  # seeded people, by email
    assert {r["LeadSource"] for r in out} == {"hubspot"}


def test_unreachable_value_is_refused_before_running(tmp_path: Path) -> None:
    job = tmp_path / "job.yaml"
    job.write_text(JOB)
    url = f"http://127.0.0.1:{_closed_port()}/"
    env = {"HUBSPOT_URL": url, "SW_ENV_HUBSPOT_TOKEN": "x"}
    proc = cli("config", "show", str(job), extra_env=env)
    assert proc.returncode == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: {job}: connections.hs.base_url {url} is unreachable (")
    assert "Traceback" not in proc.stderr
    checked = cli("check", str(job), extra_env=env)
    assert checked.returncode == 2
    assert f"connections.hs.base_url: ${{HUBSPOT_URL}} -> '{url}' (from the environment)" in (
        checked.stdout
    )
    assert "connections.hs" in checked.stderr and "reach" in checked.stderr
    ran = cli("run", str(job), store=tmp_path / "s.db", extra_env=env)
    assert ran.returncode == 2 and "nothing was started" in ran.stderr
    assert not (tmp_path / "s.db").exists()  # nothing was created, nothing ran


def test_unset_variable_is_one_line_naming_it(tmp_path: Path) -> None:
    job = tmp_path / "job.yaml"
    job.write_text(JOB)
    proc = cli("config", "show", str(job), "--offline", extra_env={"HUBSPOT_URL": ""})
    # set but empty, without a default: taken as given, then refused by the connection model
    assert proc.returncode == 2 and "base_url must start with http" in proc.stderr

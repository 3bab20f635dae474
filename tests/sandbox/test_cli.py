"""The CLI: ``up`` prints URLs and credentials, ``faults`` steers a running sandbox."""

from __future__ import annotations

import contextlib
import json
import random
import socket
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from syncwright.sandbox import Sandbox
from syncwright.sandbox.cli import sandbox_app

runner = CliRunner()


def free_port_base() -> int:
    """Six consecutive ports, each free now, below the ephemeral range (32768 and up on
    Linux), where the suite's own client connections take their ports: a base taken from
    an ephemeral port once collided with one of those (a full run's `up --tls`, exit 1)."""
    for _ in range(500):
        base = random.randrange(20000, 32700)
        try:
            with contextlib.ExitStack() as held:
                for port in range(base, base + 6):
                    held.enter_context(socket.socket()).bind(("127.0.0.1", port))
        except OSError:
            continue
        return base
    raise RuntimeError("no six consecutive free ports between 20000 and 32706")


def test_up_prints_json_urls_and_credentials() -> None:
    base = free_port_base()
    result = runner.invoke(sandbox_app, ["up", "--platforms", "hubspot,segment", "--contacts",
                                         "10", "--json", "--run-for", "0.2", "--port-base",
                                         str(base), "--limit-scale", "0.1"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert set(info) == {"hubspot", "segment"}
    assert info["hubspot"]["base_url"] == f"http://127.0.0.1:{base}"
    assert info["segment"]["base_url"] == f"http://127.0.0.1:{base + 3}"
    assert info["hubspot"]["credentials"]["token"]


def test_up_rejects_unknown_platform_and_bad_faults_file(tmp_path: Path) -> None:
    result = runner.invoke(sandbox_app, ["up", "--platforms", "myspace", "--run-for", "0"])
    assert result.exit_code != 0 and "myspace" in result.output
    bad = tmp_path / "f.json"
    bad.write_text("{nope")
    result = runner.invoke(sandbox_app, ["up", "--faults", str(bad), "--run-for", "0"])
    assert result.exit_code != 0


def test_faults_set_show_clear_on_a_running_sandbox(tmp_path: Path) -> None:
    plan = tmp_path / "faults.yaml"
    plan.write_text("seed: 3\nfaults:\n  '*':\n    - kind: error\n      count: 1\n")
    with Sandbox(("mailchimp",)) as box:
        url = box.server_url("mailchimp")
        result = runner.invoke(sandbox_app, ["faults", "set", str(plan), "--url", url])
        assert result.exit_code == 0, result.output
        assert box.admin("mailchimp").faults()["seed"] == 3
        result = runner.invoke(sandbox_app, ["faults", "show", "--url", url])
        assert json.loads(result.output)["sandbox"]["faults"][0]["kind"] == "error"
        result = runner.invoke(sandbox_app, ["faults", "clear", "--url", url])
        assert result.exit_code == 0 and box.admin("mailchimp").faults()["faults"] == []
    result = runner.invoke(sandbox_app, ["faults", "show", "--url", url])
    assert result.exit_code == 1 and "not reachable" in result.output


def test_python_dash_m_runs_the_app() -> None:
    out = subprocess.run([sys.executable, "-m", "syncwright.sandbox", "--help"],
                         capture_output=True, text=True, timeout=30, check=True)
    assert "up" in out.stdout and "faults" in out.stdout


def test_pytest_plugin_fixtures(tmp_path: Path) -> None:
    (tmp_path / "test_uses_plugin.py").write_text(
        "import httpx2\n"
        "def test_it(fresh_sandbox):\n"
        "    token = fresh_sandbox.credentials('hubspot')['token']\n"
        "    r = httpx2.get(fresh_sandbox.base_url('hubspot') + '/crm/v3/objects/contacts',\n"
        "                   headers={'Authorization': f'Bearer {token}'})\n"
        "    assert r.status_code == 200 and r.json() == {'results': []}\n")
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p",
                          "syncwright.sandbox.pytest_plugin", "-p", "no:cacheprovider",
                          str(tmp_path)], capture_output=True, text=True, timeout=60,
                         cwd=tmp_path)
    assert "1 passed" in out.stdout, out.stdout + out.stderr

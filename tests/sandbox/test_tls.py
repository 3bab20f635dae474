"""``--tls``: HTTPS with a CA made at start; clients that trust the bundle connect, others fail."""

from __future__ import annotations

import json
import os
import ssl
import stat
from pathlib import Path

import httpx2
import pytest
from typer.testing import CliRunner

from syncwright.sandbox import Sandbox
from syncwright.sandbox.cli import sandbox_app

from .test_cli import free_port_base


def test_tls_sandbox_serves_https_trusted_only_through_its_ca() -> None:
    with Sandbox(("salesforce", "hubspot"), tls=True) as sb:
        assert sb.ca_bundle is not None
        bundle = Path(sb.ca_bundle)
        assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
        url = sb.base_url("salesforce")
        assert url.startswith("https://127.0.0.1:")
        token = sb.credentials("salesforce")["token"]
        assert sb.credentials("salesforce")["instance_url"].startswith("https://")
        r = httpx2.get(url + "/limits", verify=ssl.create_default_context(cafile=sb.ca_bundle),
                       headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200 and "DailyApiRequests" in r.json()
        with pytest.raises(httpx2.ConnectError):
            httpx2.get(url + "/limits", verify=ssl.create_default_context())
        assert sb.admin("hubspot").info()["platform"] == "hubspot"
    assert not bundle.exists()  # the CA dies with the sandbox


def test_up_tls_prints_the_ca_bundle() -> None:
    result = CliRunner().invoke(sandbox_app, ["up", "--platforms", "ga4", "--tls", "--json",
                                              "--run-for", "0.1", "--contacts", "0",
                                              "--port-base", str(free_port_base())])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["ca_bundle"].endswith("ca.pem")
    assert info["ga4"]["base_url"].startswith("https://")
    text = CliRunner().invoke(sandbox_app, ["up", "--platforms", "ga4", "--tls", "--run-for",
                                            "0.1", "--contacts", "0", "--port-base",
                                            str(free_port_base())])
    assert text.exit_code == 0 and "REQUESTS_CA_BUNDLE=" in text.output
    assert "SSL_CERT_FILE=" in text.output
    assert os.path.basename(info["ca_bundle"]) == "ca.pem"

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


def test_hubspot_sdk_over_tls_with_the_documented_settings() -> None:
    """hubspot-api-client takes the bundle per client (``ssl_ca_cert``) or, through
    urllib3's OpenSSL defaults, from ``SSL_CERT_FILE`` (checked in a fresh process)."""
    import subprocess
    import sys

    from hubspot import HubSpot

    with Sandbox(("hubspot",), tls=True, contacts=3) as sb:
        token = sb.credentials("hubspot")["token"]
        client = HubSpot(access_token=token, host=sb.base_url("hubspot"),
                         ssl_ca_cert=sb.ca_bundle)
        assert len(client.crm.contacts.basic_api.get_page(limit=10).results) == 3
        script = ("from hubspot import HubSpot; import sys; "
                  "c = HubSpot(access_token=sys.argv[1], host=sys.argv[2]); "
                  "print(len(c.crm.contacts.basic_api.get_page(limit=10).results))")
        env = {**os.environ, "SSL_CERT_FILE": str(sb.ca_bundle)}
        out = subprocess.run([sys.executable, "-c", script, token, sb.base_url("hubspot")],
                             env=env, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and out.stdout.strip() == "3", out.stderr[-500:]

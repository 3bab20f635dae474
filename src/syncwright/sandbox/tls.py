"""A throwaway certificate authority for ``sandbox up --tls``.

Official SDKs (simple-salesforce above all) build ``https://`` URLs and verify
certificates, so the sandbox can serve HTTPS with a CA made at start by ``trustme``. The
CA bundle is written to a private temporary directory; point clients at it with
``REQUESTS_CA_BUNDLE`` (requests-based SDKs) or ``SSL_CERT_FILE`` (urllib3/OpenSSL
defaults), or pass it as the client's ``verify``/``ssl_ca_cert``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import trustme


@dataclass
class LocalTLS:
    """A CA and one server certificate for the sandbox's host names, as files on disk."""

    directory: Path
    ca_bundle: Path
    cert_chain: Path
    key: Path

    @classmethod
    def create(cls, *hosts: str) -> LocalTLS:
        names = list(dict.fromkeys([*hosts, "127.0.0.1", "localhost"]))
        ca = trustme.CA(organization_name="syncwright sandbox")
        cert = ca.issue_cert(*names)
        directory = Path(tempfile.mkdtemp(prefix="syncwright-sandbox-tls-"))
        os.chmod(directory, 0o700)
        ca_bundle = directory / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_bundle))
        chain = directory / "server.pem"
        key = directory / "server.key"
        cert.private_key_pem.write_to_path(str(key))
        with chain.open("wb") as out:
            for blob in cert.cert_chain_pems:
                out.write(blob.bytes())
        for path in (ca_bundle, chain, key):
            os.chmod(path, 0o600)
        return cls(directory, ca_bundle, chain, key)

    def remove(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)

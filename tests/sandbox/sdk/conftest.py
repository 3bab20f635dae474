"""The SDK conformance suite: each module starts its simulator once (over TLS where the
SDK insists on HTTPS) and drives it through the platform's official Python client.

Every SDK call made through the sandbox is counted from the simulators' own request
statistics and reported at the end of the run (``sdk calls: ...``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from syncwright.sandbox import Sandbox

CALLS: dict[str, int] = {}


def count_calls(sb: Sandbox, platform: str) -> None:
    CALLS[platform] = CALLS.get(platform, 0) + int(sb.admin(platform).stats()["requests"])


def start(platform: str, *, tls: bool = False, contacts: int = 0) -> Iterator[Sandbox]:
    """One simulator for a module; with ``tls`` the SDKs trust its CA the documented way,
    through ``REQUESTS_CA_BUNDLE`` (requests reads it before a session's ``verify``)."""
    with Sandbox((platform,), no_limits=True, tls=tls, contacts=contacts, seed=5) as sb:
        saved = os.environ.get("REQUESTS_CA_BUNDLE")
        if sb.ca_bundle:
            os.environ["REQUESTS_CA_BUNDLE"] = sb.ca_bundle
        try:
            yield sb
            count_calls(sb, platform)
        finally:
            if saved is None:
                os.environ.pop("REQUESTS_CA_BUNDLE", None)
            else:
                os.environ["REQUESTS_CA_BUNDLE"] = saved


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if CALLS:
        total = sum(CALLS.values())
        detail = ", ".join(f"{k} {v}" for k, v in sorted(CALLS.items()))
        terminalreporter.write_line(f"sdk calls: {total} ({detail})")

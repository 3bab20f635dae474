"""Pytest fixtures for any test suite: ``pytest_plugins = ["syncwright.sandbox.pytest_plugin"]``.

``sandbox`` is one session-wide Sandbox with every simulator, limits off and no seed data;
``fresh_sandbox`` is the same one reset (data, logs, faults, limits) before each test.
Tests that need their own configuration build a ``Sandbox(...)`` directly.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .runner import Sandbox


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(no_limits=True) as sb:
        yield sb


@pytest.fixture
def fresh_sandbox(sandbox: Sandbox) -> Sandbox:
    sandbox.reset()
    for name in sandbox.platforms:
        sandbox.admin(name).set_limits(enabled=False)
    return sandbox

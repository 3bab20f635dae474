from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from syncwright.adapters import registry
from tests.service.dest import FailingAdapter, SlowAdapter
from tests.webhooks.fixtures import secrets_env


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for k, v in secrets_env().items():
        monkeypatch.setenv(k, v)
    monkeypatch.setitem(registry.ADAPTERS, "slowdest", SlowAdapter)
    monkeypatch.setitem(registry.ADAPTERS, "failingdest", FailingAdapter)
    SlowAdapter.hang_until = 0.0
    SlowAdapter.effects = Counter()
    FailingAdapter.broken = True
    FailingAdapter.effects = Counter()
    yield

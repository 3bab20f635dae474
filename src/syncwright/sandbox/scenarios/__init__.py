"""Named, seeded data scenarios written into running simulators (``sandbox up --scenario``).

A scenario generates records for several platforms at once (the same people across
systems) and leaves each simulator its share of the ground truth, served at
``GET /__sandbox/ground-truth``. The product never reads it; tests and benches do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from . import two_emails

SCENARIOS: dict[str, Callable[[Mapping[str, Any], int, int], Any]] = {
    two_emails.NAME: two_emails.load,
}


def load_scenario(name: str, simulators: Mapping[str, Any], people: int, seed: int) -> Any:
    """Write scenario ``name`` into ``simulators`` (platform -> simulator)."""
    try:
        loader = SCENARIOS[name]
    except KeyError:
        raise ValueError(f"unknown scenario {name!r} (known: {', '.join(SCENARIOS)})") from None
    return loader(simulators, people, seed)

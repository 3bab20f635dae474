"""One round of watching: evaluate the rules, then deliver what is due."""

from __future__ import annotations

from datetime import datetime

from syncwright.alerts.config import AlertsConfig
from syncwright.alerts.deliver import deliver
from syncwright.alerts.evaluate import Alert, evaluate
from syncwright.store.base import Store
from syncwright.store.side_tables import open_side_db


def watch_once(
    store: Store, config: AlertsConfig, now: datetime | None = None
) -> tuple[list[Alert], int]:
    """Evaluate and deliver once; returns the alerts raised and the messages sent."""
    side = open_side_db(store)
    if side is None:
        raise ValueError(f"store {store.location} keeps no alert state")
    try:
        raised = evaluate(store, side, config, now)
        return raised, deliver(side, config)
    finally:
        side.close()

"""Alerts: rules over job health (and missed schedule slots), one alert per change and a
resolved message on recovery, delivered from a durable outbox to webhooks and SMTP.

``syncwright watch --alerts FILE`` is what evaluates continuously (any number of
watchers may run: changes are decided by compare-and-set, deliveries are claimed).
"""

from __future__ import annotations

from syncwright.alerts.config import AlertsConfig, AlertsFileError, load_alerts, parse_alerts
from syncwright.alerts.deliver import deliver, outbox
from syncwright.alerts.evaluate import Alert, evaluate
from syncwright.alerts.watch import watch_once

__all__ = [
    "Alert",
    "AlertsConfig",
    "AlertsFileError",
    "deliver",
    "evaluate",
    "load_alerts",
    "outbox",
    "parse_alerts",
    "watch_once",
]

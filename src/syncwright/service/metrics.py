"""Prometheus counters of webhook intake and routed actions, in a registry per app.

Labels are bounded: the platform (only known names, else ``unknown``), a reason code from
a fixed set, an event type, a route name. Never a connection secret, never a body.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

CONTENT_TYPE = CONTENT_TYPE_LATEST


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        # ``serve`` adds the store's job/worker/limiter metrics to this same registry
        # (``syncwright.metrics.add_store_metrics``): one registry, one /metrics.
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self._children: dict[tuple[Any, ...], Any] = {}
        self.deliveries = Counter(
            "syncwright_webhook_deliveries",
            "Deliveries acknowledged, by platform and outcome (stored, duplicate, partial).",
            ["platform", "outcome"],
            registry=r,
        )
        self.rejected = Counter(
            "syncwright_webhook_rejected",
            "Deliveries refused with a 4xx/5xx, by platform and reason.",
            ["platform", "reason"],
            registry=r,
        )
        self.events = Counter(
            "syncwright_webhook_events",
            "Events stored in the inbox, by platform and normalised type.",
            ["platform", "type"],
            registry=r,
        )
        self.duplicate_events = Counter(
            "syncwright_webhook_duplicate_events",
            "Events already in the inbox when delivered again.",
            ["platform"],
            registry=r,
        )
        self.intake_seconds = Histogram(
            "syncwright_webhook_intake_seconds",
            "Time from request to acknowledgement of accepted deliveries.",
            ["platform"],
            registry=r,
        )
        self.actions = Counter(
            "syncwright_webhook_actions",
            "Action attempts finished, by route and outcome.",
            ["route", "outcome"],
            registry=r,
        )

    def child(self, metric: Any, *labels: str) -> Any:
        """``metric.labels(*labels)``, remembered: prometheus_client validates the labels
        and takes a lock on every ``labels`` call, several times per delivery."""
        key = (id(metric), *labels)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*labels)
        return found

    def action_outcome(self, route: str, outcome: str, count: int = 1) -> None:
        self.child(self.actions, route, outcome).inc(count)

    def render(self) -> bytes:
        return generate_latest(self.registry)

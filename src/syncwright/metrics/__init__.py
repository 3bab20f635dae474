"""Prometheus metrics for jobs, workers, the limiter and webhooks, from one registry.

``build_registry(store)`` gives a registry holding the store collector (jobs, health,
runners, fleet, limiter: read at scrape time, so every process shows the whole store) and,
when given, the webhook intake counters; ``metrics_app(store)`` is the ASGI app serving it
(``serve``, the console); ``serve_metrics(location, port)`` the HTTP server of
``syncwright metrics`` and ``worker --metrics-port``.
"""

from __future__ import annotations

import threading
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest, make_asgi_app, start_http_server

from syncwright.metrics.collector import StoreCollector
from syncwright.store import Store, open_store


def build_registry(store: Store | None = None, location: str | None = None) -> CollectorRegistry:
    """A registry with the store's job/worker/limiter metrics (``store`` shared, or a
    handle opened on ``location`` per thread)."""
    registry = CollectorRegistry()
    if store is not None:
        registry.register(StoreCollector(lambda: store))
    elif location is not None:
        local = threading.local()

        def handle() -> Store:
            st: Store | None = getattr(local, "store", None)
            if st is None:
                st = local.store = open_store(location)
            return st

        registry.register(StoreCollector(handle))
    return registry


def add_store_metrics(registry: CollectorRegistry, location: str | None) -> None:
    """Add the store's job/worker/limiter metrics to an existing registry (``serve``'s,
    which already holds the webhook counters): one registry, one ``/metrics``."""
    for collector in list(build_registry(location=location)._collector_to_names):
        registry.register(collector)


def metrics_app(store: Store, registry: CollectorRegistry | None = None) -> Any:
    """The ASGI app answering ``GET /metrics`` for ``store`` (mount it at ``/metrics``)."""
    return make_asgi_app(registry or build_registry(store))


def render(registry: CollectorRegistry) -> bytes:
    return generate_latest(registry)


def serve_metrics(location: str | None, port: int, host: str = "127.0.0.1") -> int:
    """Serve ``/metrics`` for the store at ``location`` from a thread; returns the port."""
    server, _thread = start_http_server(port, addr=host, registry=build_registry(location=location))
    return int(server.server_port)


__all__ = [
    "StoreCollector",
    "add_store_metrics",
    "build_registry",
    "metrics_app",
    "render",
    "serve_metrics",
]

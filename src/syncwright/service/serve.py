"""``syncwright serve``: the webhook app on uvicorn, with the dispatcher and route runners.

Intake, the dispatcher and each route run on their own thread with their own store handle,
so the only thing the HTTP loop ever waits for is its own inbox append.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette

from syncwright.service.app import create_app
from syncwright.service.metrics import Metrics
from syncwright.store import DEFAULT_STORE
from syncwright.store.sqlite import BackgroundCheckpoints
from syncwright.webhooks.config import IntakeSettings, load_config
from syncwright.webhooks.routes import RouteTable, load_routes, parse_routes
from syncwright.webhooks.runner import Dispatching, RouteRunner
from syncwright.webhooks.storegate import StoreGate


def _sqlite_path(location: str) -> str | None:
    """The file of a SQLite store location (as ``open_store`` reads it); None for PostgreSQL."""
    if location.startswith(("postgresql://", "postgres://")):
        return None
    return location.removeprefix("sqlite:///")


@dataclass
class WebhookService:
    """Everything ``serve`` runs; ``app`` starts and stops the workers in its lifespan."""

    location: str
    settings: IntakeSettings
    routes: RouteTable
    poll_seconds: float = 0.2
    workers: bool = True
    metrics: Metrics = field(default_factory=Metrics)

    def __post_init__(self) -> None:
        from syncwright.metrics import add_store_metrics

        add_store_metrics(self.metrics.registry, self.location)
        # On SQLite, WAL checkpoints run on a thread of their own, not inside whichever
        # commit (often an ack's) crosses the WAL's size (store/sqlite.py). Started before
        # any handle opens, so every handle of this process leaves them to it.
        self.checkpoints: BackgroundCheckpoints | None = None
        sqlite_path = _sqlite_path(self.location)
        if sqlite_path is not None:
            self.checkpoints = BackgroundCheckpoints(sqlite_path)
            self.checkpoints.start()
        self.gate = StoreGate(self.location)
        self.runners = [
            RouteRunner(
                self.location,
                route,
                self.routes,
                self.poll_seconds,
                on_outcome=self.metrics.action_outcome,
            )
            for route in self.routes.routes
        ]
        self.dispatching = Dispatching(self.location, self.routes, self.runners, self.poll_seconds)
        self.app = create_app(
            self.settings,
            self.gate,
            self.metrics,
            on_stored=self.dispatching.wake,
            lifespan=self._lifespan,
        )

    @asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        if self.workers:
            self.start_workers()
        try:
            yield
        finally:
            if self.workers:  # a thread never started cannot be joined
                self.stop_workers()
            app.state.intake.writer.close()
            if self.checkpoints is not None:
                self.checkpoints.stop()

    def start_workers(self) -> None:
        for runner in self.runners:
            runner.start()
        self.dispatching.start()

    def stop_workers(self) -> None:
        self.dispatching.stop()
        for runner in self.runners:
            runner.stop()


def build_service(
    config_path: Path,
    store: str | None,
    routes_path: Path | None = None,
    poll_seconds: float = 0.2,
    workers: bool = True,
) -> WebhookService:
    """Load and validate everything up front, so a bad file fails before the port opens."""
    settings = load_config(config_path)
    path = routes_path or settings.routes_file
    routes = (
        load_routes(path)
        if path is not None
        else parse_routes({}, "(no routes)", config_path.parent.resolve())
    )
    return WebhookService(store or DEFAULT_STORE, settings, routes, poll_seconds, workers)


def fast_server_options() -> dict[str, Any]:
    """uvicorn's C HTTP parser (its httptools protocol, writing each response in one
    system call: ``http_protocol``) and (where it exists) uvloop, named rather than left
    to uvicorn's auto-detection: the intake's ack latency depends on them
    (bench/intake_bench.py), and a missing one should fail loudly at install, not slow
    intake quietly."""
    import httptools  # noqa: F401  (a dependency: the parser uvicorn's "httptools" uses)

    from syncwright.service.http_protocol import GatheringHttpToolsProtocol

    options: dict[str, Any] = {"http": GatheringHttpToolsProtocol}
    try:
        import uvloop  # noqa: F401  (not on Windows, where pyproject leaves it out)
    except ImportError:
        return options
    return {**options, "loop": "uvloop"}


def serve(service: WebhookService, host: str, port: int, log_level: str = "warning") -> None:
    config = uvicorn.Config(
        service.app,
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=5,
        **fast_server_options(),
    )
    uvicorn.Server(config).run()

"""``syncwright metrics``: Prometheus metrics of a store's jobs, workers and limiter."""

from __future__ import annotations

import signal
import sys
import threading
from typing import Annotated

import typer

from syncwright.cli.app import app, out
from syncwright.cli.common import StoreOpt, open_cli_store


@app.command("metrics")
def metrics_cmd(
    store: StoreOpt = None,
    port: Annotated[int, typer.Option(help="Port to serve /metrics on (0: any free port).")] = 9464,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    once: Annotated[
        bool, typer.Option("--once", help="Print the metrics once and exit (no server).")
    ] = False,
) -> None:
    """Serve the store's job, health, worker and limiter metrics on /metrics.

    One registry: records by job name, phase and outcome, the batch-time histogram, job
    state and health gauges, last-progress time, ETA, 429s and waits by connection,
    limiter use and quota left, workers and lease takeovers (docs/METRICS.md).

    Examples:

        syncwright metrics --port 9464
        syncwright metrics --once
    """
    from syncwright.metrics import build_registry, render, serve_metrics

    st = open_cli_store(store)
    if once:
        sys.stdout.write(render(build_registry(st)).decode())
        return
    location = st.location
    st.close()
    bound = serve_metrics(store, port, host)
    out.print(f"serving metrics for {location} on http://{host}:{bound}/metrics", highlight=False)
    sys.stdout.flush()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    stop.wait()

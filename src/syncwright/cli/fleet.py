"""The fleet: submit jobs for workers, run a worker, list workers."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from syncwright.cli.app import app, err, out
from syncwright.cli.common import JsonOpt, StoreOpt, json_or_nothing, open_cli_store, print_json
from syncwright.engine.commands import CommandError, create_job
from syncwright.engine.jobfile import load_job_file


@app.command()
def submit(
    job_file: Annotated[Path, typer.Argument(help="The job file (YAML); see README.")],
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Queue a new run of JOB_FILE for the workers (`syncwright worker`); prints its id.

    Examples:

        syncwright submit job.yaml --store postgresql://sync@db/sync
    """
    from syncwright.store.leases import open_leases

    definition = load_job_file(job_file)
    st = open_cli_store(store)
    job_id = create_job(st, definition)
    leases = open_leases(st)
    try:
        leases.submit(job_id)
    finally:
        leases.close()
    if as_json:
        print_json({"job_id": job_id, "name": definition["name"], "state": "queued"})
    else:
        out.print(job_id, highlight=False)


@app.command()
def worker(
    store: StoreOpt = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Jobs this worker runs at once.")] = 4,
    lease_seconds: Annotated[
        float, typer.Option(min=0.5, help="A lease not renewed for this long is taken over.")
    ] = 30.0,
    heartbeat_seconds: Annotated[
        float | None, typer.Option(min=0.1, help="Renew leases this often (default lease/3).")
    ] = None,
    poll_seconds: Annotated[
        float | None,
        typer.Option(min=0.05, help="Fallback poll (default 5 s with NOTIFY, 1 s on SQLite)."),
    ] = None,
    exit_when_idle: Annotated[
        bool, typer.Option("--exit-when-idle", help="Exit once nothing is left to run.")
    ] = False,
    metrics_port: Annotated[
        int | None,
        typer.Option(help="Serve Prometheus /metrics on this port (0: any free port)."),
    ] = None,
    schedules: Annotated[
        bool,
        typer.Option(
            "--schedules/--no-schedules", help="Also start the runs of due schedule slots."
        ),
    ] = True,
    alerts: Annotated[
        Path | None,
        typer.Option("--alerts", help="An alerts file: also watch health and send alerts."),
    ] = None,
) -> None:
    """Run submitted jobs until SIGTERM: claim by lease, heartbeat, stop at a checkpoint.

    Examples:

        syncwright worker --concurrency 4 --metrics-port 9464
        syncwright worker --store postgresql://sync@db/sync
    """
    from syncwright.alerts import load_alerts
    from syncwright.engine.worker import Worker, WorkerSettings

    if heartbeat_seconds is not None and heartbeat_seconds >= lease_seconds:
        raise CommandError("--heartbeat-seconds must be shorter than --lease-seconds")
    settings = WorkerSettings(
        concurrency=concurrency,
        lease_seconds=lease_seconds,
        heartbeat_seconds=heartbeat_seconds or lease_seconds / 3,
        poll_seconds=poll_seconds,
        exit_when_idle=exit_when_idle,
        schedules=schedules,
        alerts=load_alerts(alerts) if alerts is not None else None,
    )

    def log(message: str) -> None:
        err.print(message, highlight=False, markup=False, soft_wrap=True)

    w = Worker(store, settings, log=log)
    if metrics_port is not None:
        from syncwright.metrics import serve_metrics

        port = serve_metrics(store, metrics_port)
        log(f"metrics on http://127.0.0.1:{port}/metrics")
    asyncio.run(w.run())


@app.command()
def workers(
    store: StoreOpt = None,
    all_: Annotated[bool, typer.Option("--all", help="Include stopped and dead workers.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Live workers, their heartbeats and the jobs they hold leases on.

    Examples:

        syncwright workers --store postgresql://sync@db/sync
    """
    from syncwright.store.leases import open_leases

    st = open_cli_store(store)
    leases = open_leases(st)
    try:
        rows = leases.workers(include_dead=all_)
    finally:
        leases.close()
    data = [w.to_json() for w in rows]
    if json_or_nothing(as_json, data, rows, "no live workers: start one with `syncwright worker`"):
        return
    table = Table()
    for name in ("worker", "host", "pid", "status", "heartbeat", "jobs"):
        table.add_column(name, no_wrap=name != "jobs")
    for w in rows:
        info = w.to_json()
        jobs = ", ".join(
            f"{lease['job_id']} ({lease['state']}{', expired' if lease['expired'] else ''})"
            for lease in info["leases"]
        )
        table.add_row(
            w.worker_id,
            w.host,
            str(w.pid),
            w.status,
            str(info["heartbeat_at"])[11:23],
            jobs or "-",
        )
    out.print(table)

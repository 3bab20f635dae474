"""Schedules: register a job file's cron schedule, list them, run a one-machine scheduler."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from syncwright.cli.app import app, err, out
from syncwright.cli.common import JsonOpt, StoreOpt, fail, json_or_nothing, open_cli_store
from syncwright.engine.jobfile import load_job_file


@app.command("schedule")
def schedule_cmd(
    job_file: Annotated[Path, typer.Argument(help="A job file with a `schedule:` block.")],
    store: StoreOpt = None,
) -> None:
    """Register (or update) the schedule of JOB_FILE; its slots count from now on.

    Workers (`syncwright worker`) or the one-machine `syncwright scheduler` start a run
    at each slot, exactly once.

    Examples:

        syncwright schedule jobs/nightly.yaml
    """
    from syncwright.schedule import list_schedules, register

    definition = load_job_file(job_file)
    if not definition.get("schedule"):
        fail(f'{job_file}: schedule: missing (e.g. schedule: {{cron: "0 2 * * *"}})')
    st = open_cli_store(store)
    name = register(st, definition)
    info = next(s for s in list_schedules(st) if s.name == name)
    out.print(f"schedule {name}: {info.cron} ({info.timezone}); next run {info.next_run}")


@app.command("schedules")
def schedules_cmd(store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Every schedule: its cron, next run, and last slot (with that run's state).

    Examples:

        syncwright schedules
        syncwright schedules --json
    """
    from syncwright.schedule import list_schedules

    rows = list_schedules(open_cli_store(store))
    data = [r.to_json() for r in rows]
    if json_or_nothing(
        as_json, data, rows, "no schedules: add one with `syncwright schedule JOB.yaml`"
    ):
        return
    table = Table()
    for col in (
        "schedule",
        "cron",
        "timezone",
        "next run",
        "last slot",
        "last job",
        "state",
        "decided",
    ):
        table.add_column(col)
    for r in rows:
        table.add_row(
            r.name,
            r.cron,
            r.timezone,
            r.next_run[:19],
            (r.last_slot or "-")[:19],
            r.last_job or "-",
            r.last_state or "-",
            r.last_status or "-",
        )
    out.print(table)


@app.command("scheduler")
def scheduler_cmd(
    store: StoreOpt = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Runs at once.")] = 1,
    alerts: Annotated[
        Path | None,
        typer.Option("--alerts", help="An alerts file: also watch health and send alerts."),
    ] = None,
) -> None:
    """One machine's scheduler: start each due slot's run and run it here (SQLite).

    It is a worker with schedules on (`syncwright worker` does the same for a fleet on
    PostgreSQL); SIGTERM/SIGINT stop it at a checkpoint.

    Examples:

        syncwright scheduler --store syncwright.db --alerts alerts.yaml
    """
    from syncwright.alerts import load_alerts
    from syncwright.engine.worker import Worker, WorkerSettings

    def log(message: str) -> None:
        err.print(message, highlight=False, markup=False, soft_wrap=True)

    config = load_alerts(alerts) if alerts is not None else None
    w = Worker(
        store, WorkerSettings(concurrency=concurrency, schedules=True, alerts=config), log=log
    )
    asyncio.run(w.run())

"""``syncwright watch``: evaluate health and alert rules continuously; ``alerts``: the outbox."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from syncwright.cli.app import app, err, out
from syncwright.cli.common import JsonOpt, StoreOpt, fail, json_or_nothing, open_cli_store


@app.command("watch")
def watch_cmd(
    alerts: Annotated[Path, typer.Option("--alerts", help="The alerts file (rules, channels).")],
    store: StoreOpt = None,
    every: Annotated[float, typer.Option(min=0.1, help="Seconds between rounds.")] = 10.0,
    once: Annotated[bool, typer.Option("--once", help="One round, then exit.")] = False,
) -> None:
    """Watch every job's health and send alerts: one per change, a resolved one after.

    Alerts go through a durable outbox (retried with backoff; none lost across a crash).
    Several watchers may run against one store: each change is alerted once.

    Examples:

        syncwright watch --alerts alerts.yaml
        syncwright watch --alerts alerts.yaml --once
    """
    from syncwright.alerts import load_alerts, watch_once

    config = load_alerts(alerts)
    st = open_cli_store(store)
    stop = threading.Event()
    if not once:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        err.print(f"watching {st.location} every {every:g} s", highlight=False)
    while True:
        try:
            raised, sent = watch_once(st, config)
        except ValueError as exc:
            fail(str(exc))
        for a in raised:
            err.print(f"alert {a.title}: {a.text}", highlight=False, markup=False)
        if sent:
            err.print(f"delivered {sent} message(s)", highlight=False)
        if once or stop.wait(every):
            return


@app.command("alerts")
def alerts_cmd(store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """The alert outbox: what was raised, where it went, whether it was delivered.

    Examples:

        syncwright alerts
        syncwright alerts --json
    """
    from syncwright.alerts import outbox
    from syncwright.store.side_tables import open_side_db

    side = open_side_db(open_cli_store(store))
    rows = outbox(side) if side is not None else []
    if json_or_nothing(
        as_json, rows, rows, "no alerts yet (`syncwright watch --alerts alerts.yaml` raises them)"
    ):
        return
    table = Table("alert", "channel", "status", "attempts", "last error")
    for r in rows:
        table.add_row(
            r["title"], r["channel"], r["status"], str(r["attempts"]), r["last_error"] or ""
        )
    out.print(table)

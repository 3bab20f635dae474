"""Store maintenance: prune finished jobs' staging and give the space back."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer
from rich.table import Table

from syncwright.cli.app import app, out
from syncwright.cli.common import (
    JsonOpt,
    StoreOpt,
    fail,
    human_bytes,
    json_or_nothing,
    open_cli_store,
)
from syncwright.engine.jobfile import parse_keep
from syncwright.engine.retention import prune


@app.command("prune")
def prune_cmd(
    older_than: Annotated[
        str | None,
        typer.Option(
            "--older-than",
            help="Also prune finished jobs older than this (e.g. 30d, 12h), whatever their "
            "own retention says (except 'forever').",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would be dropped; change nothing.")
    ] = False,
    full: Annotated[
        bool,
        typer.Option(
            "--vacuum-full",
            help="Rewrite the files/tables to return every byte (SQLite VACUUM on stores "
            "made before incremental vacuum; PostgreSQL VACUUM FULL, which locks the tables).",
        ),
    ] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Drop the staged records and batch payloads of finished jobs whose retention is over.

    Keys, hashes, outcomes, quarantined records and every event stay, so `explain`,
    `failures` and `retry --failed` keep working. A job's `retention.keep_staging`
    (default 0s: at completion) says when; `--older-than` prunes older finished jobs too.

    Examples:

        syncwright prune --dry-run
        syncwright prune --older-than 30d
    """
    age: timedelta | None = None
    if older_than is not None:
        try:
            seconds = parse_keep(older_than)
        except ValueError as exc:
            fail(f"--older-than: {exc}")
        if seconds is None:
            fail("--older-than: give a duration such as 30d ('forever' prunes nothing)")
        age = timedelta(seconds=seconds)
    st = open_cli_store(store)
    outcomes, before, after = prune(st, age, dry_run=dry_run, full=full)
    data = {
        "dry_run": dry_run,
        "jobs": [o.to_json() for o in outcomes],
        "size_before": before,
        "size_after": after,
    }
    nothing = f"nothing to prune; the store takes {human_bytes(after)}"
    if json_or_nothing(as_json, data, outcomes, nothing):
        return
    table = Table("job", "name", "state", "finished", "records dropped", "kept", "payloads")
    for o in outcomes:
        table.add_row(
            o.job_id,
            o.name,
            o.state,
            o.finished_at[:19],
            str(o.records_dropped),
            str(o.records_kept),
            str(o.payloads_dropped),
        )
    out.print(table)
    verb = "would prune" if dry_run else "pruned"
    out.print(
        f"{verb} {len(outcomes)} job(s); the store takes {human_bytes(after)}"
        + ("" if dry_run else f" (was {human_bytes(before)})")
    )

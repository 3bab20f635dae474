"""Store maintenance: prune finished jobs' staging and old webhook bodies, and give the
space back."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
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
from syncwright.webhooks.config import DEFAULT_KEEP_BODIES, WebhookConfigError, load_keep_bodies
from syncwright.webhooks.retention import BodiesOutcome, prune_bodies


def _keep_bodies(config: Path | None, older_than: str | None) -> str:
    """The webhook bodies' retention: the config file's, else the option, else 30d."""
    if config is not None and older_than is not None:
        fail("give --webhook-config or --webhook-bodies-older-than, not both")
    if config is not None:
        try:
            return load_keep_bodies(config)
        except WebhookConfigError as exc:
            fail(str(exc))
    keep = older_than or DEFAULT_KEEP_BODIES
    try:
        parse_keep(keep)
    except ValueError as exc:
        fail(f"--webhook-bodies-older-than: {exc}")
    return keep


def _bodies_line(o: BodiesOutcome, dry_run: bool) -> str:
    if o.before is None:
        return f"webhook bodies: kept forever (retention.keep_bodies: {o.keep_bodies})"
    verb = "would prune" if dry_run else "pruned"
    line = (
        f"webhook bodies: {verb} {o.count} ({human_bytes(o.bytes)}) of deliveries received "
        f"before {o.before[:19]} (keep {o.keep_bodies})"
    )
    if o.kept_busy:
        line += f"; {o.kept_busy} older kept (actions not finished, or received again since)"
    return line


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
    webhook_config: Annotated[
        Path | None,
        typer.Option(
            "--webhook-config",
            help="The webhook config file whose `retention.keep_bodies` says how long "
            "delivery bodies stay (its secrets are not read).",
        ),
    ] = None,
    bodies_older_than: Annotated[
        str | None,
        typer.Option(
            "--webhook-bodies-older-than",
            help=f"Without --webhook-config: drop the bodies of finished webhook deliveries "
            f"older than this (default {DEFAULT_KEEP_BODIES}; 'forever' keeps them).",
        ),
    ] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Drop the staged records and batch payloads of finished jobs whose retention is over,
    and the bodies of old webhook deliveries whose actions are all finished.

    Keys, hashes, outcomes, quarantined records and every event stay, so `explain`,
    `failures` and `retry --failed` keep working. A job's `retention.keep_staging`
    (default 0s: at completion) says when; `--older-than` prunes older finished jobs too.
    Webhook bodies go after `retention.keep_bodies` of the webhook config (default 30d);
    the inbox then says "body pruned on <date> (retention)".

    Examples:

        syncwright prune --dry-run
        syncwright prune --older-than 30d
        syncwright prune --webhook-config webhooks.yaml
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
    keep_bodies = _keep_bodies(webhook_config, bodies_older_than)
    st = open_cli_store(store)
    before = st.size_bytes()
    bodies = prune_bodies(st, keep_bodies, dry_run=dry_run)
    outcomes, _, after = prune(st, age, dry_run=dry_run, full=full)
    data = {
        "dry_run": dry_run,
        "jobs": [o.to_json() for o in outcomes],
        "webhook_bodies": bodies.to_json(),
        "size_before": before,
        "size_after": after,
    }
    said = bool(bodies.count or bodies.kept_busy or bodies.before is None) and not as_json
    if said:
        out.print(_bodies_line(bodies, dry_run), highlight=False)
    nothing = f"{'no job' if said else 'nothing'} to prune; the store takes {human_bytes(after)}"
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

"""`syncwright bookmark show/reset`: where the next incremental run of a job name starts."""

from __future__ import annotations

from typing import Annotated

import orjson
import typer
from rich.table import Table

from syncwright.cli.app import app, out
from syncwright.cli.common import JsonOpt, StoreOpt, json_or_nothing, open_cli_store
from syncwright.engine import bookmarks

bookmark_app = typer.Typer(
    help="Bookmarks of incremental jobs: where the next run starts.", no_args_is_help=True
)
app.add_typer(bookmark_app, name="bookmark")

NameArg = Annotated[str, typer.Argument(help="The job's name (the job file's `name:`).")]


@bookmark_app.command("show")
def show(name: NameArg, store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Where the next incremental run of job NAME starts, per source.

    Examples:

        syncwright bookmark show contacts-to-leads

        syncwright bookmark show contacts-to-leads --json
    """
    marks = bookmarks.bookmarks(open_cli_store(store), name)
    nothing = f"no bookmark for {name!r}: its next incremental run starts from the beginning"
    if json_or_nothing(as_json, [b.to_json() for b in marks], marks, nothing):
        return
    table = Table("source", "bookmark", "from job", "completed")
    for b in marks:
        src = f"{b.source.get('connection')}/{b.source.get('object')}"
        table.add_row(src, orjson.dumps(b.bookmark).decode(), b.job_id, b.completed_at[:19])
    out.print(table)


@bookmark_app.command("reset")
def reset(
    name: NameArg,
    store: StoreOpt = None,
    reason: Annotated[str, typer.Option(help="Why (kept in the event).")] = "reset by user",
) -> None:
    """Make the next incremental run of job NAME start from the beginning (appends a
    `bookmark_reset` event; completed runs are untouched).

    Examples:

        syncwright bookmark reset contacts-to-leads --reason "re-sync after a field change"
    """
    dropped = bookmarks.reset(open_cli_store(store), name, reason)
    out.print(
        f"bookmark of {name!r} reset ({dropped} source(s)); its next run starts from the beginning",
        highlight=False,
    )

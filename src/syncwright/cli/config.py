"""`syncwright config show`: a job file as it would run here (${VAR} resolved, secrets masked)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from syncwright.cli.app import app, out
from syncwright.cli.common import JsonOpt, fail, print_json
from syncwright.engine.resolved import render_text, resolve_job

config_app = typer.Typer(
    help="Job files as they resolve in this environment.", no_args_is_help=True
)
app.add_typer(config_app, name="config")


@config_app.command("show")
def show(
    job_file: Annotated[Path, typer.Argument(help="The job file (YAML).")],
    offline: Annotated[
        bool, typer.Option("--offline", help="Do not try the platforms' API roots.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Show JOB_FILE with every ${VAR} resolved, credentials located (never shown), and
    each platform's API root tried once; exit 2 if one does not answer.

    Examples:

        HUBSPOT_URL=http://127.0.0.1:8081 syncwright config show job.yaml

        syncwright config show job.yaml --offline --json
    """
    resolved = resolve_job(job_file, probe=not offline)
    if as_json:
        print_json(resolved.to_json())
    else:
        for line in render_text(resolved):
            out.print(line, highlight=False, markup=False, soft_wrap=True)
    if resolved.unreachable:
        fail("; ".join(u.line(job_file) for u in resolved.unreachable))

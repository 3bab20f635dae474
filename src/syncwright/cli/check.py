"""`syncwright check`: a job file checked against the real platforms before it runs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from syncwright.cli.app import app, err, out
from syncwright.cli.common import JsonOpt, print_json
from syncwright.engine.jobfile import JobFileError
from syncwright.engine.resolved import ResolvedJob, render_text, resolve_job


@app.command()
def check(
    job_file: Annotated[Path, typer.Argument(help="The job file (YAML).")],
    as_json: JsonOpt = False,
    resolved: Annotated[
        bool,
        typer.Option("--resolved", help="Also print the whole job as it resolves here."),
    ] = False,
) -> None:
    """Check a job before it runs: credentials present, connections reachable and
    authorised, objects that exist, fields read at the source and written at the
    destination (existing, writable, the right kind of value), required fields produced,
    an upsert-able match key, lookups that point at real objects. One line per problem,
    naming the file and the key; exit 2 when there is any. Nothing is written anywhere.
    Every ${VAR} substitution is shown with its value (secrets are never expanded).

    Examples:

        syncwright check job.yaml

        syncwright check job.yaml --resolved
    """
    from syncwright.engine.check import check_job_file

    report = check_job_file(job_file)
    view = _resolved(job_file)
    if as_json:
        print_json(
            {
                "ok": report.ok,
                "problems": report.problems,
                "checked": report.checked,
                "resolved": view.to_json() if view is not None else None,
            }
        )
    else:
        if view is not None:
            lines = render_text(view)
            shown = lines if resolved else [line for line in lines if line.startswith("#   ")]
            for line in shown:
                out.print(line, highlight=False, markup=False, soft_wrap=True)
        for line in report.problems:
            err.print(f"[bold red]error:[/] {line}", highlight=False, markup=True)
        if report.ok:
            out.print(f"{job_file}: ok ({'; '.join(report.checked)})", highlight=False)
    raise typer.Exit(0 if report.ok else 2)


def _resolved(job_file: Path) -> ResolvedJob | None:
    """The job as it resolves here (secrets masked); None when it does not load (the
    check's problems say why)."""
    try:
        return resolve_job(job_file)
    except (JobFileError, OSError):
        return None


def fail_unless_checked(job_file: Path) -> None:
    """What `run` does first: the same checks, every problem on its own line, exit 2."""
    from syncwright.engine.check import check_job_file

    report = check_job_file(job_file)
    if not report.ok:
        for line in report.problems:
            err.print(f"[bold red]error:[/] {line}", highlight=False, markup=True)
        err.print(f"nothing was started; fix the above (`syncwright check {job_file}`)")
        raise typer.Exit(2)

"""Helpers every command group shares: options, failing with one line, JSON, running a job."""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any, NoReturn

import orjson
import typer

from syncwright.cli.app import err, out
from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobState
from syncwright.engine.orchestrator import JobRunner
from syncwright.progress import ProgressDisplay
from syncwright.store import Store, open_store

EXIT_ATTENTION = 3
EXIT_WAITING = 4
EXIT_CANCELLED = 5
EXIT_TAKEN_OVER = 6

StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store", envvar="SYNCWRIGHT_STORE", help="Store file path (default ./syncwright.db)."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print data as JSON.")]
JobArg = Annotated[str, typer.Argument(help="The job id (see `syncwright status`).")]


def fail(message: str, code: int = 2) -> NoReturn:
    """One red line on stderr, then exit (2: bad input)."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def open_cli_store(location: str | None, *, read_only: bool = False) -> Store:
    """The store; ``read_only`` for commands that only read (they never write nor wait on
    a writer). A writer given a zero-byte file makes it a new store and says so."""
    st = open_store(location, read_only=read_only)
    if getattr(st, "was_empty", False):
        err.print(
            f"[yellow]note:[/] store {st.location} was an empty file (0 bytes); it is now a "
            "new, empty store",
            highlight=False,
            markup=True,
        )
    return st


def human_bytes(n: int) -> str:
    """1536 -> '1.5 KB': sizes as a person reads them."""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} TB"


def print_json(data: Any) -> None:
    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")


def exit_code(view: JobView) -> int:
    return {
        JobState.COMPLETED: 0,
        JobState.NEEDS_ATTENTION: EXIT_ATTENTION,
        JobState.WAITING: EXIT_WAITING,
        JobState.CANCELLED: EXIT_CANCELLED,
    }.get(view.state, 1)


def run_to_end(store: Store, job_id: str, as_json: bool) -> NoReturn:
    """Drive a job with progress on the terminal, then exit with its outcome's code.

    SIGINT/SIGTERM stop it at a safe point (exit 130/143, resumable); a status line every
    ``SYNCWRIGHT_STATUS_SECONDS`` (10) shows life in logs; a runner whose job another
    runner took over says so and exits 6.
    """
    from syncwright.engine.interrupt import drive
    from syncwright.health import job_health, job_runner

    display = ProgressDisplay(out, enabled=not as_json)
    runner = JobRunner(
        store, job_id, on_state_change=[display.on_state_change], on_progress=display.on_progress
    )

    def tick(view: JobView) -> None:
        display.status_line(view, job_health(store, view))

    with display:
        driven = drive(runner, tick=tick if not as_json else None, every=status_seconds())
    view = driven.view
    if as_json:
        print_json(view.to_json())
    else:
        display.summary(view)
    if driven.signal is not None:
        err.print(
            f"interrupted by {driven.signal} while {view.state.value}; the job is resumable: "
            f"`syncwright resume {job_id}` continues from its checkpoint",
            highlight=False,
            markup=False,
        )
        raise typer.Exit(driven.exit_code or 130)
    if view.state not in (
        JobState.COMPLETED,
        JobState.NEEDS_ATTENTION,
        JobState.WAITING,
        JobState.CANCELLED,
    ):
        row = job_runner(store, job_id)
        if row is not None and row.runner != runner.actor:
            err.print(
                f"job {job_id} was taken over by {row.runner} (pid {row.pid} on {row.host}); "
                "this runner stopped at its last checkpoint and nothing was lost",
                highlight=False,
                markup=False,
            )
            raise typer.Exit(EXIT_TAKEN_OVER)
    raise typer.Exit(exit_code(view))


def status_seconds() -> float:
    """How often a foreground run prints a status line (``SYNCWRIGHT_STATUS_SECONDS``)."""
    try:
        return max(0.2, float(os.environ.get("SYNCWRIGHT_STATUS_SECONDS") or 10))
    except ValueError:
        return 10.0

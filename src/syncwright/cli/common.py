"""Helpers every command group shares: options, failing with one line, JSON, running a job."""

from __future__ import annotations

import asyncio
import signal
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
EXIT_NOTHING_DELIVERED = 6
EXIT_BUSY = 7
"""Exit codes of commands that run a job; the README's table lists them all (with 2 bad
input, 70 internal error, 130 interrupted, 143 terminated)."""

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


def open_cli_store(location: str | None) -> Store:
    return open_store(location)


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
    """The exit code for where a run left the job. A job still active when its runner
    returned was taken over by another runner (a lost resume race): ``EXIT_BUSY``."""
    if view.outcome == "nothing_delivered":
        return EXIT_NOTHING_DELIVERED
    return {
        JobState.COMPLETED: 0,
        JobState.NEEDS_ATTENTION: EXIT_ATTENTION,
        JobState.WAITING: EXIT_WAITING,
        JobState.CANCELLED: EXIT_CANCELLED,
    }.get(view.state, EXIT_BUSY)


class Stopped(KeyboardInterrupt):
    """SIGINT or SIGTERM (``cli.main`` installs the handlers). A KeyboardInterrupt, so
    everything that stops cleanly on Ctrl-C stops cleanly on SIGTERM too; ``code`` is the
    exit code shells report (128 + the signal)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.code = 128 + signum
        self.word = "interrupted" if signum == signal.SIGINT else "terminated"


def run_to_end(store: Store, job_id: str, as_json: bool) -> NoReturn:
    """Drive a job with progress on the terminal, then exit with its outcome's code."""
    display = ProgressDisplay(out, enabled=not as_json)
    runner = JobRunner(
        store, job_id, on_state_change=[display.on_state_change], on_progress=display.on_progress
    )
    try:
        with display:
            view = asyncio.run(runner.run())
    except KeyboardInterrupt as exc:
        stop = exc if isinstance(exc, Stopped) else Stopped(signal.SIGINT)
        err.print(f"{stop.word}; the job resumes from its last checkpoint with `syncwright resume`")
        raise typer.Exit(stop.code) from None
    code = exit_code(view)
    if as_json:
        print_json(view.to_json() | {"outcome": view.outcome, "exit_code": code})
    else:
        display.summary(view)
        if code == EXIT_NOTHING_DELIVERED:
            err.print(
                f"[bold red]nothing was delivered:[/] all {view.open_rejections} records were "
                f"rejected; see `syncwright failures {job_id}`",
                highlight=False,
            )
        elif code == EXIT_BUSY:
            err.print(
                f"job {job_id} is {view.state.value} under another runner (it changed while "
                f"this one worked); watch it with `syncwright inspect {job_id}`",
                highlight=False,
            )
    raise typer.Exit(code)

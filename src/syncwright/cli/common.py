"""Helpers every command group shares: options, failing with one line, JSON, running a job."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sized
from pathlib import Path
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
input, 70 internal error, 130 interrupted, 143 terminated). ``EXIT_BUSY``: another runner
has the job (a lost resume race, or this runner was taken over with ``--take-over``)."""

StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store", envvar="SYNCWRIGHT_STORE", help="Store file path (default ./syncwright.db)."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print data as JSON.")]
JobArg = Annotated[str, typer.Argument(help="The job id (see `syncwright status`).")]
ConnectionsOpt = Annotated[
    Path | None,
    typer.Option(
        "--connections",
        envvar="SYNCWRIGHT_CONNECTIONS",
        help="A job file (or any YAML with `connections:`) defining --connection.",
    ),
]


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


def json_or_nothing(as_json: bool, data: Any, rows: Sized, nothing: str) -> bool:
    """How every listing command may end before its table: ``data`` as JSON when asked,
    else the ``nothing`` line when there are no rows. True when it printed (the caller
    returns); False: the caller prints its table."""
    if as_json:
        print_json(data)
        return True
    if not rows:
        out.print(nothing, highlight=False)
        return True
    return False


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
    """Drive a job with progress on the terminal, then exit with its outcome's code.

    SIGINT/SIGTERM stop it at a safe point (exit 130/143, resumable); a status line every
    ``SYNCWRIGHT_STATUS_SECONDS`` (10) shows life in logs; a runner whose job another
    runner took over says so and exits 7.
    """
    from syncwright.engine.interrupt import drive
    from syncwright.health import job_health, job_runner

    display = ProgressDisplay(out, enabled=not as_json)
    runner = JobRunner(
        store, job_id, on_state_change=[display.on_state_change], on_progress=display.on_progress
    )

    def tick(view: JobView) -> None:
        display.status_line(view, job_health(store, view))

    try:
        with display:
            driven = drive(runner, tick=tick if not as_json else None, every=status_seconds())
    except KeyboardInterrupt as exc:  # a signal before the run took its handlers over
        stop = exc if isinstance(exc, Stopped) else Stopped(signal.SIGINT)
        err.print(f"{stop.word}; the job resumes from its last checkpoint with `syncwright resume`")
        raise typer.Exit(stop.code) from None
    view = driven.view
    code = (driven.exit_code or 130) if driven.signal is not None else exit_code(view)
    if as_json:
        print_json(view.to_json() | {"outcome": view.outcome, "exit_code": code})
    else:
        display.summary(view)
    if driven.signal is not None:
        word = "terminated" if driven.signal == "SIGTERM" else "interrupted"
        err.print(
            f"interrupted by {driven.signal} while {view.state.value}: {word}; the job "
            f"resumes from its last checkpoint with `syncwright resume {job_id}`",
            highlight=False,
            markup=False,
        )
    elif code == EXIT_BUSY:
        row = job_runner(store, job_id)
        if row is not None and row.runner != runner.actor:
            err.print(
                f"job {job_id} was taken over by {row.runner} (pid {row.pid} on {row.host}); "
                "this runner stopped at its last checkpoint and nothing was lost",
                highlight=False,
                markup=False,
            )
        else:
            err.print(
                f"job {job_id} is {view.state.value} under another runner (it changed while "
                f"this one worked); watch it with `syncwright inspect {job_id}`",
                highlight=False,
            )
    elif code == EXIT_NOTHING_DELIVERED:
        err.print(
            f"[bold red]nothing was delivered:[/] all {view.open_rejections} records were "
            f"rejected; see `syncwright failures {job_id}`",
            highlight=False,
        )
    raise typer.Exit(code)


def status_seconds() -> float:
    """How often a foreground run prints a status line (``SYNCWRIGHT_STATUS_SECONDS``)."""
    try:
        return max(0.2, float(os.environ.get("SYNCWRIGHT_STATUS_SECONDS") or 10))
    except ValueError:
        return 10.0

"""The typer application every command group registers on, and its two consoles."""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(
    name="syncwright",
    help="A durable, event-sourced sync engine for marketing platforms.\n\n"
    "Every job is a state machine you can inspect, fix and resume. The store is a SQLite "
    "file (--store or $SYNCWRIGHT_STORE, default ./syncwright.db); exit codes are listed "
    "in the README.\n\n"
    "Examples:\n\n"
    "    syncwright run examples/contacts-to-leads/job.yaml\n\n"
    "    syncwright status",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,  # --install-completion / --show-completion
)
out = Console()
err = Console(stderr=True, soft_wrap=True)  # one error, one line, whatever the width

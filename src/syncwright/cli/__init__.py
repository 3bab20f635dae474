"""The command line: run a sync, watch it, explain it, fix it, resume it.

One module per command group registers its commands on ``app`` (``cli/app.py``); importing
them here is what mounts them. The logic lives in the command layer they call.
"""

from __future__ import annotations

import inspect
import os
import re
import signal
import sys
from types import FrameType

import typer

from syncwright.alerts.config import AlertsFileError
from syncwright.cli import (  # noqa: F401  (registers the commands)
    alerts,
    bookmarks,
    check,
    config,
    console,
    fleet,
    identity,
    jobs,
    maintenance,
    mapping,
    mapping_draft,
    metrics,
    schedules,
    schema,
    twoway,
    users,
    version,
    webhooks,
)
from syncwright.cli.app import app, err
from syncwright.cli.common import Stopped
from syncwright.engine.commands import CommandError
from syncwright.engine.jobfile import JobFileError
from syncwright.store import StoreError

__all__ = ["app", "main"]


def _mount_optional() -> None:
    """Sub-apps that live beside the core (sandbox simulators, rate limits)."""
    try:
        from syncwright.sandbox.cli import sandbox_app

        app.add_typer(sandbox_app, name="sandbox", help="Local simulators of the platforms.")
    except ImportError:
        pass
    try:
        from syncwright.limits.cli import limits_app

        app.add_typer(limits_app, name="limits", help="The rate-limit registry and current usage.")
    except ImportError:
        pass


_mount_optional()


_FIRST_SENTENCE = re.compile(r"(?<=[a-z0-9)`'])\.\s+(?=[A-Z])")


def _one_line_summaries(typer_app: typer.Typer) -> None:
    """A command list shows each command's first paragraph; docstrings wrap it at 88
    columns, and rich help would keep those breaks mid-sentence. Join them once here."""
    for info in typer_app.registered_commands:
        if info.short_help is None and info.callback is not None and info.callback.__doc__:
            first = " ".join(inspect.cleandoc(info.callback.__doc__).split("\n\n")[0].split())
            sentence = _FIRST_SENTENCE.split(first, maxsplit=1)[0]
            info.short_help = sentence if sentence.endswith((".", ":")) else f"{sentence}."
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            _one_line_summaries(group.typer_instance)


_one_line_summaries(app)

PANELS = {
    "Run jobs": ("run", "resume", "retry", "cancel", "submit", "worker", "bookmark"),
    "Look at jobs": ("status", "inspect", "events", "failures", "explain", "fix", "workers"),
    "Webhooks": ("serve", "inbox", "actions"),
    "Set up": ("config", "check", "sandbox", "limits", "replay", "version"),
}
"""Which panel of `syncwright --help` each command is listed in (unlisted ones: "More")."""


def _group_help() -> None:
    panel_of = {name: panel for panel, names in PANELS.items() for name in names}
    order = {panel: i for i, panel in enumerate(PANELS)}
    for cmd in app.registered_commands:
        name = cmd.name or (cmd.callback.__name__ if cmd.callback else "")
        cmd.rich_help_panel = cmd.rich_help_panel or panel_of.get(name, "More")
    for group in app.registered_groups:
        group.rich_help_panel = group.rich_help_panel or panel_of.get(group.name or "", "More")
    app.registered_commands.sort(key=lambda c: order.get(c.rich_help_panel or "", len(order)))


_group_help()


_received: list[int] = []  # signals that stopped this process


def _stop(signum: int, frame: FrameType | None) -> None:
    _received.append(signum)
    raise Stopped(signum)


def main() -> None:
    """Entry point: turns known errors into one clear line and a non-zero exit."""
    for sig in (signal.SIGINT, signal.SIGTERM):  # `worker` and `serve` install their own
        signal.signal(sig, _stop)
    try:
        app()
    except SystemExit as exc:
        # typer turns any KeyboardInterrupt into exit 130; a SIGTERM exits 143 (128 + 15)
        if _received and exc.code == 130:
            sys.exit(128 + _received[-1])
        raise
    except (StoreError, JobFileError, CommandError, AlertsFileError) as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt as exc:  # before typer took over (e.g. while importing)
        sys.exit(exc.code if isinstance(exc, Stopped) else 130)
    except Exception as exc:
        if os.environ.get("SYNCWRIGHT_DEBUG"):
            raise
        err.print(
            f"[bold red]internal error:[/] {type(exc).__name__}: {exc} (set SYNCWRIGHT_DEBUG=1 for details)",
            highlight=False,
        )
        sys.exit(70)


if __name__ == "__main__":
    main()

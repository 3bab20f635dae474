"""The command line: run a sync, watch it, explain it, fix it, resume it.

One module per command group registers its commands on ``app`` (``cli/app.py``); importing
them here is what mounts them. The logic lives in the command layer they call.
"""

from __future__ import annotations

import os
import sys

from syncwright.cli import (  # noqa: F401  (registers the commands)
    check,
    fleet,
    jobs,
    maintenance,
    mapping,
    mapping_draft,
    schema,
    webhooks,
)
from syncwright.cli.app import app, err
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


def main() -> None:
    """Entry point: turns known errors into one clear line and a non-zero exit."""
    try:
        app()
    except (StoreError, JobFileError, CommandError) as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("interrupted; the job resumes from its last checkpoint with `syncwright resume`")
        sys.exit(130)
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

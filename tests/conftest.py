"""Suite-wide: the CLI's click command tree is built once per Typer app, not on every invoke.

typer's CliRunner rebuilds the whole tree from the app (every command's signature and type
hints read again) on each ``invoke``: about 0.1 s for syncwright's command set, and the suite
invokes the CLI over 10,000 times (two calls for each held-out wording case), so that alone
was a fifth of ``make test``. A real ``syncwright`` process builds the tree once and runs one
command; click commands hold no per-run state (each run gets its own Context), so reusing the
tree is what the installed CLI does anyway.
"""

from __future__ import annotations

import functools

import typer.main
import typer.testing

typer.testing._get_command = functools.lru_cache(maxsize=None)(typer.main.get_command)

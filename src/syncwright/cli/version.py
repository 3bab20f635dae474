"""`syncwright version`: the installed version, Python, and the platforms it speaks to."""

from __future__ import annotations

import platform
import sys

from syncwright import __version__
from syncwright.cli.app import app, out
from syncwright.cli.common import JsonOpt, print_json


@app.command()
def version(as_json: JsonOpt = False) -> None:
    """Print syncwright's version (and Python's).

    Examples:

        syncwright version

        syncwright version --json
    """
    info = {
        "syncwright": __version__,
        "python": platform.python_version(),
        "executable": sys.executable,
    }
    if as_json:
        print_json(info)
        return
    out.print(f"syncwright {__version__} (Python {info['python']})", highlight=False)

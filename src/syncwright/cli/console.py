"""``syncwright console``: the ops console and REST API over a store."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from syncwright.cli.app import app, err
from syncwright.cli.common import StoreOpt
from syncwright.store import DEFAULT_STORE


@app.command()
def console(
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback unless you say otherwise).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8787,
    store: StoreOpt = None,
) -> None:
    """Serve the ops console (pages) and its REST API (/api, /api/openapi.json).

    Sign in with a user made by `syncwright users add`. Resume, retry and fixes made in
    the console are events carrying the user's name; resumed jobs run in this process
    (or on the fleet's workers when they were submitted).

    Examples:

        syncwright console --store demo-run/syncwright.db
        syncwright console --host 0.0.0.0 --port 8080
    """
    from syncwright.access import list_users
    from syncwright.console.serve import serve
    from syncwright.store import open_store

    location = store or os.environ.get("SYNCWRIGHT_STORE") or DEFAULT_STORE
    st = open_store(location)
    try:
        shown = st.location
        nobody = not list_users(st)
    finally:
        st.close()
    err.print(f"console on http://{host}:{port}/ (store {shown})", highlight=False)
    if nobody:
        err.print(
            "no users yet: create the first admin with "
            f"`syncwright users add NAME --role admin --store {shown}`",
            highlight=False,
        )
    serve(location, host, port)

"""``syncwright console``: serve the console with uvicorn (loopback unless told)."""

from __future__ import annotations

import uvicorn

from syncwright.console.app import create_app


def serve(location: str, host: str = "127.0.0.1", port: int = 8787) -> None:
    app = create_app(location)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)

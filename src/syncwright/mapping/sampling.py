"""Reading a few records from a connection (for ``mapping preview --connection``).

Connections are defined where jobs define them: a job file's ``connections:`` (or any YAML
file with that key). Reads go through the adapter's own ``fetch_records`` under an
in-process limiter, and stop after the first pages that hold ``n`` records.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from syncwright.adapters.base import Adapter, ConfigError
from syncwright.adapters.http import AdapterContext
from syncwright.adapters.registry import create_adapter, validate_connection
from syncwright.config_files import ConfigFileError, load_yaml_file
from syncwright.limits import Limiter, open_state


class SampleError(ValueError):
    """The connection cannot be found or read; the message names the file and key."""


def load_connections(path: Path | None) -> tuple[Path, dict[str, Any]]:
    """The ``connections:`` of a job file (paths resolved against its folder)."""
    from syncwright.engine.jobfile import resolve_paths

    if path is None:
        raise SampleError("--connection needs --connections FILE (a job file with `connections:`)")
    try:
        raw = load_yaml_file(path, "job file")
    except ConfigFileError as exc:
        raise SampleError(str(exc)) from None
    conns = raw.get("connections") if isinstance(raw, dict) else None
    if not isinstance(conns, dict):
        raise SampleError(f"{path}: no `connections:` mapping")
    base = path.parent.resolve()
    return path, {k: resolve_paths(v, base) for k, v in conns.items() if isinstance(v, dict)}


def open_adapter(path: Path | None, name: str, limiter: Limiter | None = None) -> Adapter:
    """The adapter of connection ``name`` defined in ``path``."""
    where, conns = load_connections(path)
    if name not in conns:
        raise SampleError(
            f"{where}: connections.{name}: not defined (defined: {', '.join(sorted(conns)) or 'none'})"
        )
    try:
        config = validate_connection(conns[name], f"{where}: connections.{name}")
        return create_adapter(config, AdapterContext(name, limiter or Limiter(open_state(None))))
    except ConfigError as exc:
        raise SampleError(str(exc)) from None


def sample_records(path: Path | None, name: str, obj: str | None, n: int) -> list[dict[str, Any]]:
    """Up to ``n`` records of ``obj`` (``PLATFORM.OBJECT`` or ``OBJECT``) from connection ``name``."""
    if obj is None:
        raise SampleError("--connection needs --from PLATFORM.OBJECT (the object to sample)")
    object_name = obj.split(".", 1)[1] if "." in obj else obj
    adapter = open_adapter(path, name)

    async def read() -> list[dict[str, Any]]:
        got: list[dict[str, Any]] = []
        try:
            async for page in adapter.fetch_records(object_name, None):
                got.extend(page.records)
                if len(got) >= n or page.done:
                    break
        except ConfigError as exc:
            raise SampleError(str(exc)) from None
        except Exception as exc:
            raise SampleError(
                f"connections.{name}: {adapter.classify_error(exc).message}"
            ) from None
        finally:
            await adapter.close()
        return got[:n]

    return asyncio.run(read())

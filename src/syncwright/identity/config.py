"""The identity file: which connections and objects hold people.

```yaml
connections:              # as in a job file (credentials from env vars or files)
  hubspot: {platform: hubspot, base_url: https://api.hubapi.com, token_env: HUBSPOT_TOKEN}
sources:
  - {connection: hubspot, object: contacts}
```
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from syncwright.adapters.base import ConfigError
from syncwright.adapters.registry import validate_connection
from syncwright.engine.jobfile import resolve_paths

from .normalize import field_map


class IdentityFileError(ValueError):
    """The identity file is invalid; the message names the file and the key."""


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    connection: str
    object: str


class IdentityFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    connections: dict[str, dict[str, Any]]
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _defined(self) -> IdentityFile:
        for n, src in enumerate(self.sources):
            if src.connection not in self.connections:
                raise ValueError(f"sources.{n}.connection {src.connection!r} is not defined "
                                 f"under connections")
        return self


def _with_fields(conn: dict[str, Any], obj: str) -> dict[str, Any]:
    """Ask the platform for the attributes identity reads, unless the file chose them."""
    spec = field_map(str(conn.get("platform")), obj)
    wanted = [n for key in ("email", "first", "last", "phone", "company", "city", "country",
                            "hard_ids") for n in spec[key]] + [spec["updated"]]
    out = dict(conn)
    if conn.get("platform") == "hubspot":
        props = dict(out.get("properties") or {})
        props.setdefault(obj, list(dict.fromkeys(wanted)))
        out["properties"] = props
    elif conn.get("platform") == "salesforce":
        fields = dict(out.get("fields") or {})
        fields.setdefault(obj, list(dict.fromkeys(["Id", *wanted])))
        out["fields"] = fields
    return out


def load_identity_file(path: Path, only: list[str] | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    """(connection name, object, validated connection settings) per source to read."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IdentityFileError(f"{path}: no such identity file") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise IdentityFileError(f"{path}: cannot read: {exc}") from None
    if not isinstance(raw, dict):
        raise IdentityFileError(f"{path}: an identity file must be a YAML mapping")
    try:
        parsed = IdentityFile.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        where = f"{loc}: " if loc else ""
        raise IdentityFileError(f"{path}: {where}{err['msg'].removeprefix('Value error, ')}"
                                ) from None
    if only:
        unknown = sorted(set(only) - set(parsed.connections))
        if unknown:
            raise IdentityFileError(f"{path}: --connections: {', '.join(unknown)} not defined "
                                    f"(defined: {', '.join(sorted(parsed.connections))})")
    out = []
    base = path.parent.resolve()
    for name, conn in parsed.connections.items():  # every one, used or not
        try:
            validate_connection(resolve_paths(conn, base), f"{path}: connections.{name}")
        except ConfigError as exc:
            raise IdentityFileError(str(exc)) from None
    for src in parsed.sources:
        if only and src.connection not in only:
            continue
        conn = _with_fields(resolve_paths(parsed.connections[src.connection], base), src.object)
        try:
            model = validate_connection(conn, f"{path}: connections.{src.connection}")
        except ConfigError as exc:
            raise IdentityFileError(str(exc)) from None
        out.append((src.connection, src.object, model.model_dump(mode="json")))
    return out

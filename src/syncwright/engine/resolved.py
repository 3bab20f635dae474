"""A job file as it will run in this environment: ``${VAR}`` resolved, secrets masked.

One job file serves the sandbox, staging and production; what differs is the environment.
This module answers "what will this job actually talk to here?" before anything runs:
the frozen definition with its substitutions, where each connection's credential comes
from (set or not, never its value), and whether each platform's API root answers at all.
``syncwright config show`` prints it, ``syncwright check`` reuses it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2

from syncwright.config_files import Substitution, mask_secrets
from syncwright.engine.jobfile import load_job


@dataclass(frozen=True, slots=True)
class Credential:
    """Where a connection's credential is and whether it is there (never its value)."""

    connection: str
    source: str  # "env HUBSPOT_TOKEN" or "file /run/secrets/x"
    present: bool


@dataclass(frozen=True, slots=True)
class Unreachable:
    """A platform connection whose API root did not answer."""

    connection: str
    url: str
    error: str

    def line(self, job_file: Path) -> str:
        return (
            f"{job_file}: connections.{self.connection}.base_url {self.url} is unreachable "
            f"({self.error})"
        )


@dataclass
class ResolvedJob:
    """What ``config show`` prints: the job as it would be frozen, secrets masked."""

    job_file: Path
    definition: dict[str, Any]
    substitutions: list[Substitution]
    credentials: list[Credential]
    unreachable: list[Unreachable] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "job_file": str(self.job_file),
            "definition": mask_secrets(self.definition),
            "substitutions": [
                {
                    "key": s.key,
                    "variable": s.variable,
                    "value": s.value,
                    "from": "default" if s.defaulted else "environment",
                }
                for s in self.substitutions
            ],
            "credentials": [
                {"connection": c.connection, "from": c.source, "present": c.present}
                for c in self.credentials
            ],
            "unreachable": [
                {"connection": u.connection, "url": u.url, "error": u.error}
                for u in self.unreachable
            ],
        }


def _credentials(connections: dict[str, Any], env: Mapping[str, str]) -> list[Credential]:
    """Every variable or file a connection names (``oauth:`` blocks included)."""
    out = []

    def walk(name: str, block: dict[str, Any], prefix: str) -> None:
        for key, value in sorted(block.items()):
            if isinstance(value, dict):
                walk(name, value, f"{prefix}{key}.")
            elif not isinstance(value, str) or value == "":
                continue
            elif key.endswith("_env"):
                out.append(Credential(name, f"{prefix}{key}: env {value}", bool(env.get(value))))
            elif key.endswith("_file") and key != "registry_file":
                out.append(Credential(name, f"{prefix}{key}: file {value}", Path(value).is_file()))

    for name, conn in connections.items():
        walk(name, conn, "")
    return out


def resolve_job(
    path: Path, env: Mapping[str, str] | None = None, probe: bool = False, timeout: float = 5.0
) -> ResolvedJob:
    """Load ``path`` as ``run`` would (errors are ``JobFileError``), and with ``probe``
    try each platform connection's API root once."""
    environ = os.environ if env is None else env
    definition, subs = load_job(path, environ)
    resolved = ResolvedJob(
        path, definition, subs, _credentials(definition["connections"], environ)
    )
    if probe:
        resolved.unreachable = probe_connections(definition, timeout)
    return resolved


def probe_connections(definition: dict[str, Any], timeout: float = 5.0) -> list[Unreachable]:
    """The platform connections of the job whose ``base_url`` gives no HTTP answer at all.

    Any answer, even 401 or 404, means the address is right (credentials are a separate
    question); a refused connection, an unknown host, a TLS failure or a timeout does not.
    """
    used = {definition["source"]["connection"], definition["destination"]["connection"]}
    problems = []
    with httpx2.Client(timeout=timeout, follow_redirects=False) as client:
        for name in sorted(used):
            url = definition["connections"][name].get("base_url")
            if not isinstance(url, str):
                continue
            try:
                client.get(url)
            except httpx2.TransportError as exc:
                problems.append(Unreachable(name, url, f"{type(exc).__name__}: {exc}"))
    return problems


def render_text(resolved: ResolvedJob) -> list[str]:
    """Plain lines for a terminal: substitutions, credentials, then the masked definition."""
    import yaml

    lines = [f"# {resolved.job_file}, as it would run here"]
    for s in resolved.substitutions:
        origin = "default" if s.defaulted else "environment"
        lines.append(f"#   {s.key}: ${{{s.variable}}} -> {s.value!r} (from the {origin})")
    if not resolved.substitutions:
        lines.append("#   no ${VAR} substitutions")
    for c in resolved.credentials:
        state = "present" if c.present else "MISSING"
        lines.append(f"#   connections.{c.connection} credential: {c.source} ({state})")
    for u in resolved.unreachable:
        lines.append(f"#   UNREACHABLE connections.{u.connection}: {u.url} ({u.error})")
    shown = {k: v for k, v in resolved.definition.items() if k != "mapping"}
    shown["mapping"] = f"{resolved.definition['mapping_version']} (inlined when the job starts)"
    body = yaml.safe_dump(mask_secrets(shown), sort_keys=False, allow_unicode=True)
    return [*lines, *body.rstrip("\n").splitlines()]


__all__ = [
    "Credential",
    "ResolvedJob",
    "Unreachable",
    "probe_connections",
    "render_text",
    "resolve_job",
]

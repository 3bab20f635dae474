"""The job file: what to sync, from where to where, with which mapping and policies.

Loaded once when a job is created and frozen into its ``job_created`` event (paths made
absolute, the mapping inlined with its content version), so a job resumes with exactly
the definition it started with even if the files change. Secrets are never in it:
connections name environment variables or secret files instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from syncwright.adapters.base import ConfigError
from syncwright.adapters.registry import batch_cap, validate_connection
from syncwright.config_files import (
    ConfigFileError,
    Substitution,
    load_yaml_with_substitutions,
)
from syncwright.identity.match import IdentityMatch
from syncwright.limits import RegistryError
from syncwright.mapping.spec import AnySpec, MappingError, load_mapping, parse_mapping
from syncwright.schedule.spec import Schedule


class JobFileError(ValueError):
    """The job file is invalid; the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EndpointRef(_Strict):
    connection: str
    object: str


class OnReject(_Strict):
    max_rejected_ratio: float = Field(default=0.05, ge=0, le=1)


class RetryPolicy(_Strict):
    """Short in-process retries; longer waits become a persisted ``waiting`` state."""

    max_attempts: int = Field(default=5, ge=1, le=100)
    base_seconds: float = Field(default=0.5, gt=0)
    cap_seconds: float = Field(default=30.0, gt=0)
    wait_in_process_seconds: float = Field(
        default=5.0, ge=0, description="waits longer than this become the 'waiting' state"
    )


class Retention(_Strict):
    """How long a finished job keeps its staged record bodies and mapped batches.

    Keys, hashes, outcomes and the quarantined records (what ``explain``, ``failures``
    and ``retry --failed`` need) are always kept, and so are the events."""

    keep_staging: str = Field(
        default="0s",
        description="'0s': drop when the job completes; a duration ('12h', '30d'): "
        "`syncwright prune` drops it that long after; 'forever': never",
    )

    @model_validator(mode="after")
    def _duration(self) -> Retention:
        parse_keep(self.keep_staging)
        return self


def parse_keep(text: str) -> float | None:
    """Seconds from a retention duration ('0s', '90m', '12h', '30d', '2w'); None = forever."""
    text = text.strip().lower()
    if text == "forever":
        return None
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
    number, unit = text[:-1], text[-1:]
    if unit not in units or not number.isdigit():
        raise ValueError(
            f"{text!r} is not a duration: write a whole number and a unit s, m, h, d or w "
            "(e.g. 30d), or 'forever'"
        )
    return float(int(number) * units[unit])


class JobFile(_Strict):
    name: str = Field(min_length=1, max_length=200)
    source: EndpointRef
    destination: EndpointRef
    mapping: str | dict[str, Any]
    mode: Literal["full", "incremental"] = Field(
        default="full",
        description="incremental: start where the last completed run of this job name stopped",
    )
    batch_size: int = Field(default=500, ge=1, le=50_000)
    on_reject: OnReject = Field(default_factory=OnReject)
    retry: RetryPolicy = Field(default_factory=RetryPolicy)
    retention: Retention = Field(default_factory=Retention)
    connections: dict[str, dict[str, Any]]
    schedule: Schedule | None = None  # cron slots run by `worker` / `scheduler`
    identity: IdentityMatch | None = Field(
        default=None, description="match destination records on the person (docs/IDENTITY.md)"
    )

    @model_validator(mode="after")
    def _connections_exist(self) -> JobFile:
        for role in ("source", "destination"):
            ref: EndpointRef = getattr(self, role)
            if ref.connection not in self.connections:
                raise ValueError(
                    f"{role}.connection {ref.connection!r} is not defined under connections "
                    f"(defined: {', '.join(sorted(self.connections)) or 'none'})"
                )
        return self


def resolve_paths(conn: dict[str, Any], base: Path, nested: bool = False) -> dict[str, Any]:
    """A connection with its file paths (``path`` and every ``*_file``, in nested blocks
    such as ``oauth:`` too) made absolute against ``base`` (the job file's folder)."""
    out = dict(conn)
    for key, value in out.items():
        if isinstance(value, dict):
            out[key] = resolve_paths(value, base, nested=True)
        elif (
            (key.endswith("_file") or (key == "path" and not nested))
            and isinstance(value, str)
            and not Path(value).is_absolute()
        ):
            out[key] = str((base / value).resolve())
    return out


def load_job_file(path: Path, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Read, validate and freeze a job file into the definition stored in ``job_created``.

    ``${VAR}`` in string values is expanded from ``env`` (default: the environment)."""
    return load_job(path, env)[0]


def load_job(
    path: Path, env: Mapping[str, str] | None = None
) -> tuple[dict[str, Any], list[Substitution]]:
    """The frozen definition and the ``${VAR}`` substitutions made in the job file and the
    mapping file it names (what ``syncwright config show`` prints)."""
    try:
        loaded = load_yaml_with_substitutions(path, "job file", env)
    except ConfigFileError as exc:
        raise JobFileError(str(exc)) from None
    return definition_from_data(loaded.data, path, env), loaded.substitutions + _mapping_subs(
        loaded.data, path, env
    )


def _mapping_subs(raw: Any, path: Path, env: Mapping[str, str] | None) -> list[Substitution]:
    mapping = raw.get("mapping") if isinstance(raw, dict) else None
    if not isinstance(mapping, str):
        return []
    file = (path.parent.resolve() / mapping).resolve()
    return load_yaml_with_substitutions(file, "mapping file", env).substitutions


M = TypeVar("M", bound=BaseModel)


def validated_job_file(model: type[M], raw: Any, path: Path) -> M:
    """A job file's data as ``model``, or one line naming the file and the key at fault
    (shared by one-way and two-way job files)."""
    if not isinstance(raw, dict):
        raise JobFileError(f"{path}: a job file must be a YAML mapping")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        raise JobFileError(f"{path}: {loc}: {msg}") from None


def definition_from_data(
    raw: Any, path: Path, env: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Validate and freeze job data already read (from a file at ``path``, or built in
    code: then ``path`` is where relative paths start and how errors name it)."""
    if isinstance(raw, dict) and raw.get("mode") == "two_way":
        raise JobFileError(f"{path}: mode: two_way jobs run with `syncwright twoway run {path}`")
    job = validated_job_file(JobFile, raw, path)
    base = path.parent.resolve()
    connections: dict[str, Any] = {}
    batch_size = job.batch_size
    try:
        for name, conn in job.connections.items():
            model = validate_connection(resolve_paths(conn, base), f"{path}: connections.{name}")
            connections[name] = model.model_dump(mode="json")
            if name == job.destination.connection:
                cap = batch_cap(model)
                batch_size = min(batch_size, cap) if cap else batch_size
        if isinstance(job.mapping, str):
            spec: AnySpec = load_mapping((base / job.mapping).resolve(), env)
        else:
            spec = parse_mapping(job.mapping, f"{path}: mapping")
        spec = _truncate_to_destination(
            spec, connections[job.destination.connection], job, f"{path}: mapping"
        )
    except (ConfigError, MappingError, RegistryError) as exc:
        raise JobFileError(str(exc)) from None
    return {
        "name": job.name,
        "source": job.source.model_dump(),
        "destination": job.destination.model_dump(),
        "mode": job.mode,
        "batch_size": batch_size,  # capped by what one upload call of the destination takes
        "batch_size_requested": job.batch_size,
        "on_reject": job.on_reject.model_dump(),
        "retry": job.retry.model_dump(),
        "retention": job.retention.model_dump(),
        "connections": connections,
        "mapping": spec.to_json(),
        "mapping_version": spec.content_version,
        "job_file": str(path.resolve()),
        **({"schedule": job.schedule.model_dump()} if job.schedule else {}),
        **({"identity": job.identity.model_dump()} if job.identity else {}),
    }


def _truncate_to_destination(
    spec: AnySpec, conn: dict[str, Any], job: JobFile, source: str
) -> AnySpec:
    """``{truncate: max}`` in the mapping becomes the destination field's max length (from
    the connection's declared fields for files, else the shipped schema catalog)."""
    from syncwright.catalog import CatalogError, standard_schema
    from syncwright.mapping.spec import resolve_truncate_max

    declared = conn.get("fields") or {}

    def limit(field: str) -> int | None:
        if field in declared:
            value = declared[field].get("max_length")
            return int(value) if value else None
        try:
            spec_ = standard_schema(conn["platform"], job.destination.object).fields.get(field)
        except CatalogError:
            return None
        return spec_.max_length if spec_ else None

    return resolve_truncate_max(spec, limit, source)

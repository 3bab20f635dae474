"""The two-way job file (``mode: two_way``): two sides, a mapping per direction, field policies.

Validated once and frozen into a definition the ordinary engine can run (``source`` is side
A, ``destination`` side B; the engine's own mapping only carries records through, the
per-direction v2 mappings are applied when the sides are reconciled). Errors are one line
naming the file and key, like every other job file.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from syncwright.adapters.base import ConfigError
from syncwright.adapters.registry import validate_connection
from syncwright.config_files import ConfigFileError, load_yaml_with_substitutions
from syncwright.engine.jobfile import (
    EndpointRef,
    JobFileError,
    OnReject,
    Retention,
    RetryPolicy,
    resolve_paths,
    validated_job_file,
)
from syncwright.mapping.spec import MappingError, load_mapping, parse_mapping

SIDES = ("a", "b")


class Policy(StrEnum):
    """Who wins a field when the two sides disagree (docs/TWO_WAY.md)."""

    OWNER_A = "owner_a"
    OWNER_B = "owner_b"
    PREFER_A_UNLESS_BLANK = "prefer_a_unless_blank"
    PREFER_B_UNLESS_BLANK = "prefer_b_unless_blank"
    LATEST = "latest"
    NEVER = "never"
    ASK = "ask"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldPair(_Strict):
    """One synced field: its name on side B and its policy (the key is the A field)."""

    b: str
    policy: Policy


class MatchKeys(_Strict):
    """The field each side tells people apart by (compared trimmed and case-folded)."""

    a: str
    b: str


class Mappings(_Strict):
    a_to_b: str | dict[str, Any]
    b_to_a: str | dict[str, Any]


class CreatePolicy(_Strict):
    """Which side may get a record created for a person it does not hold yet."""

    a: bool = True
    b: bool = True


class OptOutSide(_Strict):
    field: str
    opted_out: Any = Field(description="the value meaning 'opted out' on this side")


class OptOut(_Strict):
    """An opt-out on either side propagates; nothing ever sets it back."""

    a: OptOutSide
    b: OptOutSide


class LoopBreaker(_Strict):
    """A person written more than ``max_writes`` times in the last ``window_runs`` runs
    goes to review instead of being written again."""

    max_writes: int = Field(default=4, ge=1)
    window_runs: int = Field(default=6, ge=1)


class TwoWayFile(_Strict):
    name: str = Field(min_length=1, max_length=200)
    mode: Literal["two_way"]
    a: EndpointRef
    b: EndpointRef
    match: MatchKeys
    mapping: Mappings
    fields: dict[str, FieldPair] = Field(min_length=1)
    stamps: dict[str, str] = Field(
        default_factory=dict,
        description="per side, the record field holding its modification time "
        "(e.g. a: LastModifiedDate, b: last_changed); 'latest' needs both",
    )
    create: CreatePolicy = Field(default_factory=CreatePolicy)
    opt_out: OptOut | None = None
    loop_breaker: LoopBreaker = Field(default_factory=LoopBreaker)
    batch_size: int = Field(default=500, ge=1, le=50_000)
    on_reject: OnReject = Field(default_factory=OnReject)
    retry: RetryPolicy = Field(default_factory=RetryPolicy)
    retention: Retention = Field(default_factory=Retention)
    connections: dict[str, dict[str, Any]]

    @model_validator(mode="after")
    def _consistent(self) -> TwoWayFile:
        for side in SIDES:
            ref: EndpointRef = getattr(self, side)
            if ref.connection not in self.connections:
                raise ValueError(
                    f"{side}.connection {ref.connection!r} is not defined under connections "
                    f"(defined: {', '.join(sorted(self.connections)) or 'none'})"
                )
        uses_latest = any(p.policy == Policy.LATEST for p in self.fields.values())
        if uses_latest and not all(s in self.stamps for s in SIDES):
            raise ValueError("stamps: a field with policy 'latest' needs stamps for a and b")
        if self.opt_out is not None:
            pair = self.fields.get(self.opt_out.a.field)
            if pair is None or pair.b != self.opt_out.b.field:
                raise ValueError(
                    f"opt_out: fields.{self.opt_out.a.field} must exist and pair with "
                    f"b: {self.opt_out.b.field}"
                )
        return self


CARRIER = {
    "version": 2,
    "name": "two-way carrier",
    "match_key": "key",
    "rules": [
        {"to": "key", "from": "key"},
        {"to": "side", "from": "side"},
        {"to": "rec", "from": "rec"},
    ],
}
"""The engine's own mapping for a two-way run: carries each fetched side record through
unchanged (the direction mappings are applied when the person is reconciled)."""


def is_two_way(raw: Any) -> bool:
    return isinstance(raw, dict) and raw.get("mode") == "two_way"


def load_two_way(path: Path, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Read, validate and freeze a two-way job file."""
    try:
        loaded = load_yaml_with_substitutions(path, "job file", env)
    except ConfigFileError as exc:
        raise JobFileError(str(exc)) from None
    return two_way_definition(loaded.data, path, env)


def is_two_way_file(path: Path) -> bool:
    """Whether a job file says ``mode: two_way`` (what a webhook's ``start_job`` asks to tell
    which kind of run to request); an unreadable file is left to the loader to explain."""
    try:
        loaded = load_yaml_with_substitutions(path, "job file", None)
    except ConfigFileError:
        return False
    return isinstance(loaded.data, dict) and loaded.data.get("mode") == "two_way"


def two_way_definition(
    raw: Any, path: Path, env: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The frozen definition of a two-way job, runnable by the engine."""
    job = validated_job_file(TwoWayFile, raw, path)
    base = path.parent.resolve()
    connections: dict[str, Any] = {}
    mappings: dict[str, Any] = {}
    try:
        for name, conn in job.connections.items():
            model = validate_connection(resolve_paths(conn, base), f"{path}: connections.{name}")
            connections[name] = model.model_dump(mode="json")
        for direction in ("a_to_b", "b_to_a"):
            value = getattr(job.mapping, direction)
            where = f"{path}: mapping.{direction}"
            spec = (
                load_mapping((base / value).resolve(), env)
                if isinstance(value, str)
                else parse_mapping(value, where)
            )
            mappings[direction] = spec.to_json()
    except (ConfigError, MappingError) as exc:
        raise JobFileError(str(exc)) from None
    _check_mappings(job, mappings, path)
    carrier = parse_mapping(CARRIER, "two-way carrier")
    return {
        "name": job.name,
        "mode": "two_way",
        "source": job.a.model_dump(),
        "destination": job.b.model_dump(),
        "batch_size": job.batch_size,
        "batch_size_requested": job.batch_size,
        "on_reject": job.on_reject.model_dump(),
        "retry": job.retry.model_dump(),
        "retention": job.retention.model_dump(),
        "connections": connections,
        "mapping": carrier.to_json(),
        "mapping_version": carrier.content_version,
        "job_file": str(path.resolve()),
        "two_way": {
            "match": job.match.model_dump(),
            "mappings": mappings,
            "fields": {k: v.model_dump(mode="json") for k, v in job.fields.items()},
            "stamps": job.stamps,
            "create": job.create.model_dump(),
            "opt_out": job.opt_out.model_dump(mode="json") if job.opt_out else None,
            "loop_breaker": job.loop_breaker.model_dump(),
        },
    }


def _check_mappings(job: TwoWayFile, mappings: dict[str, Any], path: Path) -> None:
    """Each direction's match key is the other side's match field, and every synced field
    is produced by the mapping that writes it."""
    produced = {
        d: {str(r.get("to")) for r in m.get("rules", [])} for d, m in mappings.items()
    }
    if mappings["a_to_b"].get("match_key") != job.match.b:
        raise JobFileError(f"{path}: mapping.a_to_b.match_key: must be {job.match.b!r} (match.b)")
    if mappings["b_to_a"].get("match_key") != job.match.a:
        raise JobFileError(f"{path}: mapping.b_to_a.match_key: must be {job.match.a!r} (match.a)")
    for a_field, pair in job.fields.items():
        if pair.policy == Policy.NEVER:
            continue
        if pair.b not in produced["a_to_b"]:
            raise JobFileError(
                f"{path}: fields.{a_field}: mapping.a_to_b has no rule writing {pair.b!r}"
            )
        if a_field not in produced["b_to_a"]:
            raise JobFileError(
                f"{path}: fields.{a_field}: mapping.b_to_a has no rule writing {a_field!r}"
            )

"""The declarative mapping spec: data that says how a source record becomes a destination record.

A spec is YAML validated by pydantic (so errors name the key), versioned by format
(``version: 1``) and by content (``content_version``: a hash of its canonical form,
recorded in every job that used it). It is never code: rules are a fixed vocabulary.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from syncwright.config_files import ConfigFileError, load_yaml_file

SPEC_FORMAT_VERSION = 1


class MappingError(ValueError):
    """A mapping spec is invalid; the message names the file and key."""


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CopyRule(_Rule):
    """Copy a source field to the same name (or ``to``) unchanged."""

    copy_: str = Field(alias="copy")
    to: str | None = None

    @property
    def target(self) -> str:
        return self.to or self.copy_.rsplit(".", 1)[-1]


class RenameRule(_Rule):
    """Copy a source field under a new destination name."""

    rename: str
    to: str

    @property
    def target(self) -> str:
        return self.to


class ConstantRule(_Rule):
    """Set a destination field to a fixed value."""

    constant: str | int | float | bool | None
    to: str

    @property
    def target(self) -> str:
        return self.to


class DefaultIfEmptyRule(_Rule):
    """Copy a source field, or use ``value`` when it is missing, null or blank."""

    default_if_empty: str
    to: str | None = None
    value: str | int | float | bool

    @property
    def target(self) -> str:
        return self.to or self.default_if_empty.rsplit(".", 1)[-1]


Rule = CopyRule | RenameRule | ConstantRule | DefaultIfEmptyRule


class Validation(BaseModel):
    """A check on a destination field before anything is sent."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    required: bool = False
    format: Literal["email"] | None = None
    max_length: Annotated[int, Field(gt=0)] | None = None


class ObjectRef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    object: str


class MappingSpec(BaseModel):
    """A whole mapping: rules in order, the destination match key, and validations."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    name: str | None = None
    source: ObjectRef | None = None
    destination: ObjectRef | None = None
    match_key: str
    rules: list[Rule] = Field(min_length=1)
    validate_: list[Validation] = Field(default_factory=list, alias="validate")

    @model_validator(mode="after")
    def _match_key_is_mapped(self) -> MappingSpec:
        targets = [r.target for r in self.rules]
        if self.match_key not in targets:
            raise ValueError(
                f"match_key {self.match_key!r} is not produced by any rule (targets: {targets})"
            )
        dupes = sorted({t for t in targets if targets.count(t) > 1})
        if dupes:
            raise ValueError(f"destination field(s) {dupes} are set by more than one rule")
        return self

    @property
    def content_version(self) -> str:
        """A short hash of the spec's canonical JSON: changes whenever the mapping does."""
        canon = orjson.dumps(
            self.model_dump(mode="json", by_alias=True), option=orjson.OPT_SORT_KEYS
        )
        return "m-" + hashlib.sha256(canon).hexdigest()[:12]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        return data


def describe_validation_error(exc: ValidationError, source: str) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(p) for p in err["loc"] if not str(p).endswith("Rule"))
        parts.append(f"{loc or '(top level)'}: {err['msg']}")
    return f"{source}: invalid mapping: " + "; ".join(parts)


def parse_mapping(data: Any, source: str) -> MappingSpec:
    if not isinstance(data, dict):
        raise MappingError(
            f"{source}: a mapping must be a YAML mapping (got {type(data).__name__})"
        )
    try:
        return MappingSpec.model_validate(data)
    except ValidationError as exc:
        raise MappingError(describe_validation_error(exc, source)) from None


def load_mapping(path: Path, env: Mapping[str, str] | None = None) -> MappingSpec:
    try:
        data = load_yaml_file(path, "mapping file", env)
    except ConfigFileError as exc:
        raise MappingError(str(exc)) from None
    return parse_mapping(data, str(path))


def mapping_json_schema() -> dict[str, Any]:
    """The JSON Schema of the mapping file format (shipped in docs for editors)."""
    return MappingSpec.model_json_schema(by_alias=True)

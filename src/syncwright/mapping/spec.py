"""The declarative mapping spec: data that says how a source record becomes a destination record.

A spec is YAML validated by pydantic (so errors name the key), versioned by format
(``version: 1``) and by content (``content_version``: a hash of its canonical form,
recorded in every job that used it). It is never code: rules are a fixed vocabulary.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from syncwright.config_files import ConfigFileError, load_yaml_file
from syncwright.mapping.spec_v2 import MappingSpecV2, check_targets

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
        check_targets(self.match_key, [r.target for r in self.rules])
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

    def as_v2(self) -> MappingSpecV2:
        """The same mapping in the v2 language (one compiler serves both versions)."""
        rules: list[dict[str, Any]] = []
        for r in self.rules:
            if isinstance(r, CopyRule):
                rules.append({"to": r.target, "from": r.copy_})
            elif isinstance(r, RenameRule):
                rules.append({"to": r.target, "from": r.rename})
            elif isinstance(r, ConstantRule):
                rules.append({"to": r.target, "value": r.constant})
            else:
                rules.append({"to": r.target, "from": r.default_if_empty, "default": r.value})
        return MappingSpecV2.model_validate(
            {
                "version": 2,
                "match_key": self.match_key,
                "rules": rules,
                "validate": [v.model_dump(exclude_none=True) for v in self.validate_],
            }
        )


AnySpec = MappingSpec | MappingSpecV2


def _loc(err_loc: tuple[Any, ...], data: Any) -> str:
    """``rules[3] (to: Phone).transform[0]`` from a pydantic error location."""
    out = ""
    cur: Any = data
    for p in err_loc:
        if isinstance(p, str) and (p.endswith("Rule") or p in ("str", "list[union[str,Value]]")):
            continue
        if p == "function-after[_one_source(), Value]" or str(p).startswith("function-"):
            continue
        if isinstance(p, int):
            out += f"[{p}]"
            cur = cur[p] if isinstance(cur, list) and p < len(cur) else None
            if isinstance(cur, dict) and isinstance(cur.get("to"), str):
                out += f" (to: {cur['to']})"
        else:
            out += ("." if out else "") + str(p)
            cur = cur.get(p) if isinstance(cur, dict) else None
    return out


def describe_validation_error(exc: ValidationError, source: str, data: Any = None) -> str:
    parts = []
    seen: set[str] = set()
    for err in exc.errors():
        loc = _loc(err["loc"], data)
        msg = err["msg"].removeprefix("Value error, ")
        line = f"{loc or '(top level)'}: {msg}"
        if line not in seen:
            seen.add(line)
            parts.append(line)
        if len(parts) == 3:
            break
    return f"{source}: invalid mapping: " + "; ".join(parts)


def parse_mapping(data: Any, source: str) -> AnySpec:
    """A mapping file's data as a validated spec (version 1 or 2); MappingError naming the
    file, the rule and the key otherwise."""
    if not isinstance(data, dict):
        raise MappingError(
            f"{source}: a mapping must be a YAML mapping (got {type(data).__name__})"
        )
    version = data.get("version", 1)
    model: type[MappingSpec] | type[MappingSpecV2]
    if version == 2:
        model = MappingSpecV2
    elif version == 1:
        model = MappingSpec
    else:
        raise MappingError(f"{source}: version: {version!r} is not a mapping format (1 or 2)")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise MappingError(describe_validation_error(exc, source, data)) from None


def resolve_truncate_max(
    spec: AnySpec, max_length: Callable[[str], int | None], source: str
) -> AnySpec:
    """``{truncate: max}`` made ``{truncate: N}`` with N the destination field's max length
    (``max_length(field)``); MappingError naming the rule when the field has none."""
    if not isinstance(spec, MappingSpecV2):
        return spec
    data = spec.to_json()
    changed = False
    for i, rule in enumerate(data["rules"]):
        items = rule.get("transform") or []
        for j, item in enumerate(items):
            if isinstance(item, dict) and item.get("truncate") == "max":
                limit = max_length(rule["to"])
                if limit is None:
                    raise MappingError(
                        f"{source}: rules[{i}] (to: {rule['to']}).transform[{j}]: truncate: max, "
                        f"but the destination gives no max length for {rule['to']!r}"
                    )
                items[j] = {"truncate": limit}
                changed = True
    return MappingSpecV2.model_validate(data) if changed else spec


def spec_from_json(data: dict[str, Any]) -> AnySpec:
    """A frozen spec (from a job's first event) back as a model."""
    if data.get("version") == 2:
        return MappingSpecV2.model_validate(data)
    return MappingSpec.model_validate(data)


def load_mapping(path: Path, env: Mapping[str, str] | None = None) -> AnySpec:
    try:
        data = load_yaml_file(path, "mapping file", env)
    except ConfigFileError as exc:
        raise MappingError(str(exc)) from None
    return parse_mapping(data, str(path))


def mapping_json_schema() -> dict[str, Any]:
    """The JSON Schema of the version 1 mapping file format."""
    return MappingSpec.model_json_schema(by_alias=True)


SCHEMA_V2_FILE = Path(__file__).with_name("mapping-v2.schema.json")


def mapping_v2_json_schema() -> dict[str, Any]:
    """The JSON Schema of the v2 format, generated from the models (shipped as
    ``mapping-v2.schema.json``; a test keeps the file equal to this)."""
    schema = MappingSpecV2.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://syncwright.dev/schemas/mapping-v2.schema.json"
    return schema

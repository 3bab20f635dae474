"""Mapping language v2 (``version: 2``): the models of the file format. Data, never code.

A rule names a destination field (``to``, a dotted path, ``[N]`` for a list position) and
one way to produce its value: ``from`` (one source field, or several tried in order),
``value`` (a constant), ``template``, ``cases`` (conditions in order), ``list`` or
``lookup`` (a record of the destination found by a value). Then, in this order:
``transform`` (a list of named transforms), ``table`` (+ ``otherwise``), and what to do when
the value is empty (``default``, ``if_empty``). ``when`` / ``else`` make the whole rule
conditional. Top-level ``filters`` leave records out with a reason (skipped, not rejected).

Conditions are structured data (``{field: country, eq: US}``, ``{any: [...]}``), not an
expression language: nothing here is ever evaluated as code. The JSON Schema of this
format is generated from these models and shipped as ``mapping-v2.schema.json``.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from syncwright.mapping.transforms import TRANSFORMS, parse_transform

CONDITION_OPS = ("eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in", "empty", "contains")
SOURCES = ("from", "value", "template", "cases", "list", "lookup")


def table_key(value: Any) -> str:
    """How a value is looked up in a value table (and compared in conditions): booleans as
    ``true``/``false``, numbers without a trailing ``.0``, null as ``""``; case kept."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def number_of(value: Any) -> float | None:
    """How a comparison (``gt``/``gte``/``lt``/``lte``) reads a value as a number: None
    (the test is false) for null, booleans and text that is not a number."""
    if value.__class__ is str:
        if not value or value.isspace():  # the usual non-number: no exception raised
            return None
        try:
            return float(value)
        except ValueError:
            return None
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip())
    except ValueError:
        return None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Condition(_Model):
    """One test on a source field (``field`` + one operator), or ``all`` / ``any`` / ``not``.

    ``eq``/``ne``/``in``/``not_in`` compare exactly (case-sensitive; ``true`` matches the
    text "true"); ``gt``/``gte``/``lt``/``lte`` parse the value as a number (a value that is
    not a number makes the test false); ``empty: true`` means absent, null, "" or blanks;
    ``contains`` tests a list's items (or a text's substring)."""

    field: str | None = Field(default=None, description="source field (dotted path)")
    eq: Any = None
    ne: Any = None
    gt: float | None = None
    gte: float | None = None
    lt: float | None = None
    lte: float | None = None
    in_: list[Any] | None = Field(default=None, alias="in")
    not_in: list[Any] | None = None
    empty: bool | None = None
    contains: Any = None
    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _one_test(self) -> Condition:
        given = self.model_fields_set
        ops = [o for o in CONDITION_OPS if (o + "_" if o == "in" else o) in given]
        groups = [g for g in ("all", "any", "not_") if g in given]
        if groups:
            if len(groups) > 1 or ops or self.field is not None:
                raise ValueError("a condition is one of: all, any, not, or field + one operator")
            return self
        if self.field is None:
            raise ValueError(
                "a condition needs `field` and one operator "
                f"({', '.join(CONDITION_OPS)}), or all/any/not"
            )
        if len(ops) != 1:
            raise ValueError(
                f"condition on {self.field!r} needs exactly one operator of "
                f"{', '.join(CONDITION_OPS)} (got {', '.join(ops) or 'none'})"
            )
        return self

    @property
    def op(self) -> str:
        for o in CONDITION_OPS:
            if (o + "_" if o == "in" else o) in self.model_fields_set:
                return o
        return "all" if self.all is not None else "any" if self.any is not None else "not"

    def describe(self) -> str:
        """A short human reading of the condition (used in skip reasons and provenance)."""
        op = self.op
        if op in ("all", "any"):
            parts = self.all if op == "all" else self.any
            joiner = " and " if op == "all" else " or "
            return "(" + joiner.join(c.describe() for c in parts or []) + ")"
        if op == "not":
            return f"not {self.not_.describe() if self.not_ else ''}"
        value = self.in_ if op == "in" else getattr(self, op)
        if op == "empty":
            return f"{self.field} is {'empty' if value else 'not empty'}"
        symbols = {"eq": "=", "ne": "!=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}
        return f"{self.field} {symbols.get(op, op.replace('_', ' '))} {value!r}"


class Lookup(_Model):
    """Find a destination record whose ``by`` field equals the value of ``from``; the
    result is its ``return`` field (default ``Id``). A miss rejects the record with the
    reason, unless ``create_if_missing`` (then a record ``{by: value}`` is created)."""

    object: str = Field(min_length=1, description="destination object to search")
    by: str = Field(min_length=1, description="its field to match, e.g. Name")
    from_: str | Value = Field(alias="from", description="source field (or value) to match")
    return_: str = Field(default="Id", alias="return", description="its field to use")
    create_if_missing: bool = False


class Value(_Model):
    """How a value is produced. Exactly one source; then transform, table, empty handling."""

    from_: str | list[str | Value] | None = Field(
        default=None,
        alias="from",
        description="a source field, or a list tried left to right: first non-empty wins",
    )
    value: Any = Field(default=None, description="a constant")
    template: str | None = Field(
        default=None, description="text with {field} or {field|transform} placeholders"
    )
    cases: list[Value] | None = Field(
        default=None, min_length=1, description="each with a `when`: the first that holds gives the value"
    )
    list_: list[Value] | None = Field(
        default=None, alias="list", description="a list; empty or unmet items are left out"
    )
    lookup: Lookup | None = None
    transform: list[Any] = Field(
        default_factory=list, description="transforms in order: a name or {name: argument}"
    )
    table: dict[str, Any] | None = Field(default=None, description="value table (case-sensitive)")
    otherwise: Any = Field(default=None, description="the table's value for anything unlisted")
    default: Any = Field(default=None, description="used when the value is empty, as is")
    if_empty: Literal["keep", "omit", "null"] = Field(
        default="keep",
        description="an empty value without default: keep it, leave the key out, or null",
    )
    when: Condition | None = Field(default=None, description="apply only when this holds")
    else_: Value | None = Field(default=None, alias="else", description="used when `when` fails")

    @field_validator("transform", mode="before")
    @classmethod
    def _transforms(cls, raw: Any) -> Any:
        if raw is None:
            return []
        items = raw if isinstance(raw, list) else [raw]
        for i, item in enumerate(items):
            try:
                parse_transform(item)
            except ValueError as exc:
                raise ValueError(f"transform[{i}]: {exc}") from None
        return items

    @field_validator("table", mode="before")
    @classmethod
    def _table_keys(cls, raw: Any) -> Any:
        if isinstance(raw, dict):
            return {table_key(k): v for k, v in raw.items()}
        return raw

    @model_validator(mode="after")
    def _one_source(self) -> Value:
        given = self.model_fields_set
        names = {"from_": "from", "list_": "list"}
        sources = [
            names.get(f, f)
            for f in ("from_", "value", "template", "cases", "list_", "lookup")
            if f in given
        ]
        if len(sources) > 1:
            raise ValueError(f"give one of {', '.join(SOURCES)} (got {', '.join(sources)})")
        if not sources:
            raise ValueError(f"give one of {', '.join(SOURCES)}")
        if self.cases is not None:
            for i, case in enumerate(self.cases):
                if case.when is None:
                    raise ValueError(f"cases[{i}] needs a `when` (use `else` for the rest)")
        if "otherwise" in given and self.table is None:
            raise ValueError("`otherwise` belongs to a `table`")
        if "else_" in given and self.when is None and self.cases is None:
            raise ValueError("`else` belongs to a `when` or to `cases`")
        return self

    @property
    def has_default(self) -> bool:
        return "default" in self.model_fields_set

    @property
    def has_otherwise(self) -> bool:
        return "otherwise" in self.model_fields_set

    @property
    def source_kind(self) -> str:
        for f, name in (
            ("from_", "from"),
            ("value", "value"),
            ("template", "template"),
            ("cases", "cases"),
            ("list_", "list"),
            ("lookup", "lookup"),
        ):
            if f in self.model_fields_set:
                return name
        return "when"


class Rule(Value):
    """A value written to ``to`` in the destination record."""

    to: str = Field(min_length=1, description="destination field: dotted path, [N] in lists")
    note: str | None = Field(default=None, description="free text for people (ignored)")

    @field_validator("to")
    @classmethod
    def _path(cls, to: str) -> str:
        from syncwright.mapping.paths import parse_path

        parse_path(to)
        return to


class Filter(_Model):
    """Leave a record out (``skipped``, with the reason) unless ``keep_if`` holds, or when
    ``skip_if`` holds."""

    keep_if: Condition | None = None
    skip_if: Condition | None = None
    reason: str | None = Field(default=None, description="recorded for every skipped record")

    @model_validator(mode="after")
    def _one(self) -> Filter:
        if (self.keep_if is None) == (self.skip_if is None):
            raise ValueError("a filter has exactly one of keep_if, skip_if")
        return self


class Validation(_Model):
    """A check on a destination field before anything is sent (as in version 1)."""

    field: str
    required: bool = False
    format: Literal["email"] | None = None
    max_length: int | None = Field(default=None, gt=0)


class ObjectRef(_Model):
    object: str


def check_targets(match_key: str, targets: list[str]) -> None:
    """Both spec versions upsert on one key: a rule must produce it, and no field is set twice."""
    if match_key not in targets:
        raise ValueError(
            f"match_key {match_key!r} is not produced by any rule (targets: {targets})"
        )
    dupes = sorted({t for t in targets if targets.count(t) > 1})
    if dupes:
        raise ValueError(f"destination field(s) {dupes} are set by more than one rule")


class MappingSpecV2(_Model):
    """A whole v2 mapping: filters, rules in order, the match key, validations."""

    version: Literal[2]
    name: str | None = None
    description: str | None = None
    source: ObjectRef | None = None
    destination: ObjectRef | None = None
    match_key: str = Field(description="destination field used to upsert; a rule must produce it")
    filters: list[Filter] = Field(default_factory=list)
    rules: list[Rule] = Field(min_length=1)
    validate_: list[Validation] = Field(default_factory=list, alias="validate")

    @model_validator(mode="after")
    def _targets(self) -> MappingSpecV2:
        check_targets(self.match_key, [r.to for r in self.rules])
        return self

    @property
    def targets(self) -> list[str]:
        return [r.to for r in self.rules]

    @property
    def content_version(self) -> str:
        """A short hash of the spec's canonical JSON: changes whenever the mapping does."""
        canon = orjson.dumps(self.to_json(), option=orjson.OPT_SORT_KEYS)
        return "m-" + hashlib.sha256(canon).hexdigest()[:12]

    def to_json(self) -> dict[str, Any]:
        """The spec as data (what a job freezes); only the keys that were given."""
        data: dict[str, Any] = self.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return data


Lookup.model_rebuild()
Value.model_rebuild()
Condition.model_rebuild()
__all__ = ["TRANSFORMS", "Condition", "Filter", "Lookup", "MappingSpecV2", "Rule", "Value"]

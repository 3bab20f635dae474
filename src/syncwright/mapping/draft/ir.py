"""What the text asks for, before it becomes v2 rules: the drafter's intermediate form.

The grammar and the LLM checker both produce these; ``emit`` turns them into the v2
mapping language. Small frozen-ish dataclasses, nothing platform-specific.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, Literal

TransformName = Literal[
    "lower", "upper", "trim", "title", "collapse", "first_word", "last_word",
    "email_local", "email_domain", "e164", "number", "integer", "boolean", "date", "string",
]


@dataclass
class Transform:
    name: TransformName
    arg: str | None = None  # e164: default region (US); date: format


@dataclass
class Src:
    field: str
    transforms: list[Transform] = dc_field(default_factory=list)


@dataclass
class Const:
    value: Any


@dataclass
class Template:
    """Concatenation: literal text and source values in order."""

    parts: list[Src | Const]


# --- conditions ---------------------------------------------------------------------------


@dataclass
class Cmp:
    field: str
    op: Literal["eq", "ne", "gt", "ge", "lt", "le", "in", "not_in", "empty", "not_empty", "contains", "true", "false"]
    value: Any = None


@dataclass
class And:
    items: list[Cond]


@dataclass
class Or:
    items: list[Cond]


@dataclass
class Not:
    item: Cond


Cond = Cmp | And | Or | Not


def cond_fields(c: Cond) -> list[str]:
    """The source fields a condition reads, in order."""
    if isinstance(c, Cmp):
        return [c.field]
    if isinstance(c, Not):
        return cond_fields(c.item)
    return [f for x in c.items for f in cond_fields(x)]


@dataclass
class Cases:
    """First branch whose condition holds; else ``otherwise`` (None: leave the field out)."""

    branches: list[tuple[Cond, Value]]
    otherwise: Value | None = None
    leave_out_rest: bool = False  # the text says the unlisted values leave the field out (never a table that rejects them)


@dataclass
class Chain:
    """Fallbacks: the first non-empty option; when all are empty, ``otherwise`` or nothing."""

    options: list[Value]


@dataclass
class Lookup:
    """Find a destination-side record by a value and take one of its fields (AccountId)."""

    object: str
    match_field: str
    value: Value
    result_field: str = "Id"
    create_if_missing: bool = False


@dataclass
class ListOf:
    """A list field (Mailchimp tags): items in order; an item with ``when`` only if it holds;
    an item whose value is empty is left out."""

    items: list[tuple[Value, Cond | None]]


Value = Src | Const | Template | Cases | Chain | ListOf | Lookup


@dataclass
class DraftRule:
    target: str
    value: Value
    omit_if_empty: bool = False  # leave the field out when the result is empty
    sentences: list[int] = dc_field(default_factory=list)
    why: list[str] = dc_field(default_factory=list)
    confidence: float = 1.0


@dataclass
class DraftFilter:
    keep_when: Cond  # records for which this is false are skipped
    sentence: int
    reason: str
    guessed: bool = False  # read from a concept's ingredients: an exact filter on the field replaces it


@dataclass
class Question:
    text: str
    sentence: int | None
    candidates: list[str] = dc_field(default_factory=list)


@dataclass
class DraftPlan:
    rules: list[DraftRule] = dc_field(default_factory=list)
    filters: list[DraftFilter] = dc_field(default_factory=list)
    questions: list[Question] = dc_field(default_factory=list)
    notes: list[str] = dc_field(default_factory=list)

    def rule_for(self, target: str) -> DraftRule | None:
        for r in self.rules:
            if r.target == target:
                return r
        return None


def value_sources(v: Value) -> list[str]:
    """The source fields a value reads as its result (a copy, a fallback's options, a template's parts, a table's values)."""
    if isinstance(v, Src):
        return [v.field]
    if isinstance(v, Chain):
        return [s for o in v.options for s in value_sources(o)]
    if isinstance(v, Template):
        return [p.field for p in v.parts if isinstance(p, Src)]
    if isinstance(v, Cases):
        return [s for _, b in v.branches for s in value_sources(b)]
    if isinstance(v, ListOf) and len(v.items) == 1 and v.items[0][1] is None:
        return value_sources(v.items[0][0])  # 'one tag with the company name' is that company (round 45)
    return []

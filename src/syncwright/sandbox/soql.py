"""The SOQL subset the adapters need, parsed strictly so anything else fails like Salesforce.

Supported: ``SELECT f1, f2 FROM Lead|Contact|Account [WHERE <date field> <op> <ISO datetime>
| <field> = 'text' | <field> IN ('a', 'b')
[AND ...]] [ORDER BY field [ASC|DESC]] [LIMIT n]``. Unsupported syntax raises
``SoqlError("MALFORMED_QUERY", ...)``; unknown objects and fields raise ``INVALID_TYPE`` and
``INVALID_FIELD``, the codes Salesforce uses.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from .clock import parse_iso

_QUERY = re.compile(
    r"^\s*SELECT\s+(?P<fields>.+?)\s+FROM\s+(?P<obj>\w+)"
    r"(?:\s+WHERE\s+(?P<where>.+?))?"
    r"(?:\s+ORDER\s+BY\s+(?P<order>\w+)(?:\s+(?P<dir>ASC|DESC))?)?"
    r"(?:\s+LIMIT\s+(?P<limit>\d+))?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_CONDITION = re.compile(
    r"^\s*(?P<field>\w+)\s*(?P<op>>=|<=|>|<|=)\s*"
    r"(?P<value>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}))\s*$",
    re.IGNORECASE,
)
_TEXT_IN = re.compile(
    r"^\s*(?P<field>\w+)\s*(?:=\s*(?P<one>'(?:[^'\\]|\\.)*')|\s+IN\s*\((?P<many>.*)\))\s*$",
    re.IGNORECASE | re.DOTALL,
)
_LITERAL = re.compile(r"'((?:[^'\\]|\\.)*)'")
DATE_FIELDS = {"systemmodstamp": "SystemModstamp", "lastmodifieddate": "LastModifiedDate",
               "createddate": "CreatedDate"}
ORDER_FIELDS = {"systemmodstamp": "SystemModstamp", "id": "Id",
                "lastmodifieddate": "LastModifiedDate", "createddate": "CreatedDate"}


class SoqlError(ValueError):
    """A query Salesforce would reject, with its error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: float  # epoch seconds

    def test(self, stamp: float) -> bool:
        return {">": stamp > self.value, ">=": stamp >= self.value, "<": stamp < self.value,
                "<=": stamp <= self.value, "=": stamp == self.value}[self.op]

    def matches(self, row: dict[str, Any]) -> bool:
        return self.test(math.floor(row[self.field]))


@dataclass(frozen=True)
class ValueIn:
    """``field = 'x'`` or ``field IN ('x', 'y')``: text compared case-insensitively, as
    Salesforce compares text in SOQL."""

    field: str
    values: frozenset[str]

    def matches(self, row: dict[str, Any]) -> bool:
        value = row.get(self.field)
        return value is not None and str(value).casefold() in self.values


@dataclass(frozen=True)
class Query:
    fields: list[str]
    sobject: str
    where: list[Condition | ValueIn] = field(default_factory=list)
    order_by: str | None = None
    descending: bool = False
    limit: int | None = None


def _fix_field(name: str, known: dict[str, str], sobject: str, soql: str) -> str:
    canonical = known.get(name.lower())
    if canonical is None:
        raise SoqlError("INVALID_FIELD", f"\n{soql}\n^\nERROR at Row:1:Column:1\n"
                                         f"No such column '{name}' on entity '{sobject}'. If you "
                                         "are attempting to use a custom field, be sure to "
                                         "append the '__c' after the custom field name.")
    return canonical


def parse(soql: str, schemas: dict[str, list[str]]) -> Query:
    """Parse ``soql`` against ``schemas`` (sObject name -> its field names)."""
    match = _QUERY.match(soql)
    if not match:
        raise SoqlError("MALFORMED_QUERY", f"\n{soql.strip()}\n^\nERROR at Row:1:Column:1\n"
                        "unexpected token: the sandbox supports SELECT <fields> FROM <object> "
                        "[WHERE <date field> <op> <datetime>] [ORDER BY <field>] [LIMIT n]")
    obj_name = match["obj"]
    sobject = next((s for s in schemas if s.lower() == obj_name.lower()), None)
    if sobject is None:
        raise SoqlError("INVALID_TYPE", f"\n{soql.strip()}\n^\nERROR at Row:1:Column:1\n"
                                        f"sObject type '{obj_name}' is not supported.")
    known = {f.lower(): f for f in schemas[sobject]}
    raw_fields = [f.strip() for f in match["fields"].split(",")]
    if not raw_fields or any(not _FIELD.match(f) for f in raw_fields):
        raise SoqlError("MALFORMED_QUERY", f"\n{soql.strip()}\n^\nERROR at Row:1:Column:8\n"
                        f"unexpected token: '{match['fields'].strip()}'")
    fields = list(dict.fromkeys(_fix_field(f, known, sobject, soql) for f in raw_fields))
    where: list[Condition | ValueIn] = []
    if match["where"]:
        for part in re.split(r"\s+AND\s+", match["where"].strip(), flags=re.IGNORECASE):
            text = _TEXT_IN.match(part)
            if text and (text["one"] or text["many"] is not None):
                name = _fix_field(text["field"], known, sobject, soql)
                raw = text["one"] or text["many"]
                values = [v.replace("\\'", "'").replace("\\\\", "\\")
                          for v in _LITERAL.findall(raw)]
                where.append(ValueIn(name, frozenset(v.casefold() for v in values)))
                continue
            cond = _CONDITION.match(part)
            if not cond:
                raise SoqlError("MALFORMED_QUERY", f"\n{soql.strip()}\n^\nERROR at Row:1\n"
                                f"unexpected token in WHERE: '{part.strip()}'")
            name = cond["field"].lower()
            if name not in DATE_FIELDS:
                if name not in known:
                    _fix_field(cond["field"], known, sobject, soql)
                raise SoqlError("MALFORMED_QUERY", f"\n{soql.strip()}\n^\nERROR at Row:1\n"
                                f"the sandbox filters only on {sorted(DATE_FIELDS.values())}")
            where.append(Condition(DATE_FIELDS[name], cond["op"], parse_iso(cond["value"])))
    order = None
    if match["order"]:
        order = ORDER_FIELDS.get(match["order"].lower())
        if order is None:
            raise SoqlError("MALFORMED_QUERY", f"\n{soql.strip()}\n^\nERROR at Row:1\n"
                            f"the sandbox orders only by {sorted(ORDER_FIELDS.values())}")
    limit = int(match["limit"]) if match["limit"] else None
    return Query(fields, sobject, where, order, (match["dir"] or "").upper() == "DESC", limit)

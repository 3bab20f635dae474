"""A SOQL parser and evaluator for the subset an integration uses.

A hand-written tokenizer and recursive-descent parser (SOQL is small and its errors must
carry Salesforce's row/column positions, which a generated parser would make awkward):

    query      := SELECT items FROM name [WHERE or] [GROUP BY path, ...]
                  [ORDER BY order (, order)*]
                  [LIMIT int] [OFFSET int]
    items      := item (, item)*
    item       := COUNT|COUNT_DISTINCT|SUM|AVG|MIN|MAX ( [path] ) [alias]
                  | FIELDS ( STANDARD|CUSTOM|ALL ) | path | ( subquery )
    path       := name (. name)*                   relationship fields: Account.Name
    or         := and (OR and)*
    and        := not (AND not)*
    not        := NOT not | ( or ) | path op value | path [NOT] IN ( value, ... )
                  | path LIKE string
    value      := 'string' | number | TRUE | FALSE | NULL | 2024-01-31 | 2024-01-31T10:00:00Z
                  | TODAY | LAST_N_DAYS:n | ...  (date literals)
    order      := path [ASC|DESC] [NULLS FIRST|LAST]

Valid SOQL outside the subset (HAVING, semi-joins, TYPEOF, CALENDAR_YEAR...) raises
``SoqlNotSimulated`` so the simulator can answer 501 rather than pretend the query is wrong.
Dates are evaluated in UTC (the sandbox org's time zone).
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .clock import parse_iso

KEYWORDS = {"SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "LIKE", "ORDER", "BY", "ASC",
            "DESC", "NULLS", "FIRST", "LAST", "LIMIT", "OFFSET", "NULL", "TRUE", "FALSE",
            "INCLUDES", "EXCLUDES", "GROUP", "HAVING", "WITH", "FOR", "USING", "TYPEOF"}
UNSUPPORTED = {"HAVING", "WITH", "FOR", "USING", "TYPEOF", "INCLUDES", "EXCLUDES"}
AGGREGATE_FUNCTIONS = {"COUNT", "COUNT_DISTINCT", "SUM", "AVG", "MIN", "MAX"}
AGGREGATES = {"CALENDAR_YEAR", "DAY_ONLY",
              "CONVERTTIMEZONE", "TOLABEL", "FORMAT", "CONVERTCURRENCY"}
FIXED_RANGES = {"YESTERDAY", "TODAY", "TOMORROW", "LAST_WEEK", "THIS_WEEK", "NEXT_WEEK",
                "LAST_MONTH", "THIS_MONTH", "NEXT_MONTH", "LAST_90_DAYS", "NEXT_90_DAYS",
                "THIS_QUARTER", "LAST_QUARTER", "NEXT_QUARTER", "THIS_YEAR", "LAST_YEAR",
                "NEXT_YEAR"}
N_RANGES = {"LAST_N_DAYS", "NEXT_N_DAYS", "N_DAYS_AGO", "LAST_N_WEEKS", "NEXT_N_WEEKS",
            "N_WEEKS_AGO", "LAST_N_MONTHS", "NEXT_N_MONTHS", "N_MONTHS_AGO", "LAST_N_YEARS",
            "NEXT_N_YEARS", "N_YEARS_AGO", "LAST_N_QUARTERS", "NEXT_N_QUARTERS"}
MAX_OFFSET = 2000
FIELDS_LIMIT = 200
_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<string>'(?:\\.|[^'\\])*')
  | (?P<datetime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}))
  | (?P<date>\d{4}-\d{2}-\d{2})
  | (?P<number>-?\d+(?:\.\d+)?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>!=|<>|<=|>=|=|<|>)
  | (?P<punct>[(),.:])
""", re.VERBOSE)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "'": "'", '"': '"',
            "\\": "\\", "%": "\\%", "_": "\\_"}


class SoqlError(ValueError):
    """A query Salesforce would reject, with its error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class SoqlNotSimulated(SoqlError):
    """Valid SOQL that the sandbox does not evaluate (answered 501, not 400)."""

    def __init__(self, feature: str) -> None:
        super().__init__("NOT_SIMULATED", f"SOQL {feature} is not simulated by the sandbox")


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int

    @property
    def upper(self) -> str:
        return self.text.upper()


# -- AST ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Path:
    parts: tuple[str, ...]  # canonical names: ("Account", "Name") or ("Email",)
    type: str  # the leaf field's type


@dataclass(frozen=True)
class Count:
    path: Path | None
    alias: str | None


@dataclass(frozen=True)
class Aggregate:
    fn: str  # COUNT | COUNT_DISTINCT | SUM | AVG | MIN | MAX
    path: Path | None
    alias: str | None


@dataclass(frozen=True)
class DateRange:
    name: str
    n: int | None = None


@dataclass(frozen=True)
class Compare:
    path: Path
    op: str
    value: Any  # str | float | bool | None | DateRange | ("date", str) | ("datetime", float)


@dataclass(frozen=True)
class InList:
    path: Path
    values: tuple[Any, ...]
    negate: bool


@dataclass(frozen=True)
class Like:
    path: Path
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class BoolOp:
    op: str  # AND | OR
    items: tuple[Any, ...]


@dataclass(frozen=True)
class Not:
    item: Any


@dataclass(frozen=True)
class OrderItem:
    path: Path
    descending: bool
    nulls_last: bool


@dataclass
class Query:
    sobject: str
    fields: list[Path] = field(default_factory=list)
    count: Count | None = None
    where: Any = None
    order: list[OrderItem] = field(default_factory=list)
    limit: int | None = None
    offset: int = 0
    children: list[Query] = field(default_factory=list)  # parent-to-child subqueries
    aggregates: list[Aggregate] = field(default_factory=list)
    group_by: list[Path] = field(default_factory=list)
    relationship: str | None = None  # for a subquery: Contacts
    parent_field: str | None = None  # for a subquery: the child's lookup, AccountId

    @property
    def is_aggregate(self) -> bool:
        return bool(self.aggregates or self.group_by)

    @property
    def field_names(self) -> list[str]:
        """Top-level selected names (``Account.Name`` -> ``Account.Name``)."""
        return [".".join(p.parts) for p in self.fields]


# Schema access, supplied by the simulator: describe(sobject) -> {lower name: FieldDef-like}
class Schema:
    """What the parser needs to know about sObjects: fields, types, relationships."""

    def __init__(self, objects: dict[str, Any]) -> None:
        self.objects = objects  # name -> ObjectDef

    def sobject(self, name: str) -> Any | None:
        return next((o for n, o in self.objects.items() if n.lower() == name.lower()), None)

    def child(self, parent: str, relationship: str) -> dict[str, Any] | None:
        from .salesforce_schema import child_relationships

        return next((r for r in child_relationships(self.objects, parent)
                     if r["relationshipName"].lower() == relationship.lower()), None)


class Parser:
    def __init__(self, soql: str, schema: Schema, tokens: list[Token] | None = None,
                 parent: str | None = None) -> None:
        self.soql = soql
        self.schema = schema
        self.tokens = self._tokenize(soql) if tokens is None else tokens
        self.i = 0
        self.parent = parent  # set when parsing a parent-to-child subquery

    # -- errors ---------------------------------------------------------------------------
    def _where(self, pos: int) -> str:
        line = self.soql.replace("\n", " ")
        return f"\n{line}\n{' ' * pos}^\nERROR at Row:1:Column:{pos + 1}\n"

    def fail(self, token: Token | None, message: str | None = None,
             code: str = "MALFORMED_QUERY") -> SoqlError:
        pos = token.pos if token is not None else len(self.soql)
        text = token.text if token is not None else "<EOF>"
        return SoqlError(code, self._where(pos) + (message or f"unexpected token: '{text}'"))

    def _tokenize(self, soql: str) -> list[Token]:
        tokens: list[Token] = []
        pos = 0
        while pos < len(soql):
            match = _TOKEN.match(soql, pos)
            if match is None:
                raise SoqlError("MALFORMED_QUERY", self._where(pos) +
                                f"unexpected token: '{soql[pos]}'")
            kind = match.lastgroup or ""
            if kind != "ws":
                tokens.append(Token(kind, match.group(), pos))
            pos = match.end()
        return tokens

    # -- cursor ---------------------------------------------------------------------------
    def peek(self, offset: int = 0) -> Token | None:
        j = self.i + offset
        return self.tokens[j] if j < len(self.tokens) else None

    def at(self, *words: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind in ("name", "punct", "op") and tok.upper in words

    def at_alias(self) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind == "name" and tok.upper not in KEYWORDS

    def take(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise self.fail(None, "unexpected end of query")
        self.i += 1
        return tok

    def expect(self, word: str) -> Token:
        tok = self.peek()
        if tok is None or tok.upper != word:
            raise self.fail(tok, f"unexpected token: '{tok.text if tok else '<EOF>'}'"
                            + (f" (expecting '{word}')" if tok else ""))
        return self.take()

    # -- grammar --------------------------------------------------------------------------
    def parse(self) -> Query:
        self.expect("SELECT")
        start = self.i
        depth = 0
        while self.peek() is not None and not (depth == 0 and self.at("FROM")):
            text = self.take().text
            depth += (text == "(") - (text == ")")
        self.expect("FROM")
        obj_tok = self.take()
        if obj_tok.kind != "name":
            raise self.fail(obj_tok)
        relation = None
        if self.parent is not None:
            relation = self.schema.child(self.parent, obj_tok.text)
            if relation is None:
                raise self.fail(obj_tok, f"Didn't understand relationship '{obj_tok.text}' in "
                                "FROM part of query call. If you are attempting to use a "
                                "custom relationship, be sure to append the '__r' after the "
                                "custom relationship name. Please reference your WSDL or the "
                                "describe call for the appropriate names.", "INVALID_TYPE")
        sobject = self.schema.sobject(relation["childSObject"] if relation else obj_tok.text)
        if sobject is None:
            raise self.fail(obj_tok, f"sObject type '{obj_tok.text}' is not supported. If you "
                            "are attempting to use a custom object, be sure to append the "
                            "'__c' after the entity name. Please reference your WSDL or the "
                            "describe call for the appropriate names.", "INVALID_TYPE")
        after_from = self.i
        if self.at_alias():
            self.take()  # an alias: FROM Lead l
        query = Query(sobject.name)
        if relation is not None:
            query.relationship = relation["relationshipName"]
            query.parent_field = relation["field"]
        tail = self.i
        self.i = start
        self._select(query, sobject)
        self.i = tail if tail > after_from else after_from
        if self.at("WHERE"):
            self.take()
            query.where = self._or(sobject)
        if self.at("GROUP"):
            self.take()
            self.expect("BY")
            query.group_by.append(self._path(sobject))
            while self.at(","):
                self.take()
                query.group_by.append(self._path(sobject))
        nxt = self.peek()
        if nxt is not None and nxt.upper in UNSUPPORTED:
            raise SoqlNotSimulated(nxt.upper)
        if self.at("ORDER"):
            self.take()
            self.expect("BY")
            query.order.append(self._order(sobject))
            while self.at(","):
                self.take()
                query.order.append(self._order(sobject))
        if self.at("LIMIT"):
            self.take()
            query.limit = self._int()
        if self.at("OFFSET"):
            self.take()
            query.offset = self._int()
            if query.offset > MAX_OFFSET:
                raise SoqlError("NUMBER_OUTSIDE_VALID_RANGE",
                                f"Maximum SOQL offset allowed is {MAX_OFFSET}")
        tok = self.peek()
        if tok is not None:
            if tok.upper in UNSUPPORTED:
                raise SoqlNotSimulated(tok.upper)
            raise self.fail(tok)
        if query.is_aggregate:
            self._check_grouping(query)
        return query

    def _check_grouping(self, query: Query) -> None:
        grouped = {tuple(p.lower() for p in g.parts) for g in query.group_by}
        for p in query.fields:
            if tuple(x.lower() for x in p.parts) not in grouped:
                raise SoqlError("MALFORMED_QUERY", self._where(0) + "Field must be grouped or "
                                f"aggregated: {'.'.join(p.parts)}")
        for item in query.order:
            if tuple(x.lower() for x in item.path.parts) not in grouped:
                raise SoqlNotSimulated("ORDER BY a field that is not grouped")

    def _int(self) -> int:
        tok = self.take()
        if tok.kind != "number" or not tok.text.isdigit():
            raise self.fail(tok)
        return int(tok.text)

    def _select(self, query: Query, sobject: Any) -> None:
        fields_limit_needed = False
        while True:
            tok = self.peek()
            if tok is None or tok.upper == "FROM":
                raise self.fail(tok)
            nxt = self.peek(1)
            if tok.kind == "name" and nxt is not None and nxt.text == "(":
                name = tok.upper
                if name in AGGREGATE_FUNCTIONS:
                    self.take()
                    self.take()
                    path = None if self.at(")") and name == "COUNT" else self._path(sobject)
                    self.expect(")")
                    alias = None
                    if self.at_alias():
                        alias = self.take().text
                    if path is None:
                        query.count = Count(None, alias)
                    else:
                        query.aggregates.append(Aggregate(name, path, alias))
                elif name == "FIELDS":
                    self.take()
                    self.take()
                    kind = self.take()
                    if kind.upper not in ("STANDARD", "CUSTOM", "ALL"):
                        raise self.fail(kind)
                    self.expect(")")
                    fields_limit_needed |= kind.upper != "STANDARD"
                    for f in sobject.fields:
                        if kind.upper == "ALL" or f.custom == (kind.upper == "CUSTOM"):
                            query.fields.append(Path((f.name,), f.type))
                elif name in AGGREGATES:
                    raise SoqlNotSimulated(f"{name}()")
                else:
                    raise self.fail(tok, f"Unknown function: {tok.text}")
            elif tok.text == "(":
                if self.parent is not None:
                    raise self.fail(tok, "Nesting of semi join sub-selects is not supported")
                query.children.append(self._subquery(sobject))
            else:
                query.fields.append(self._path(sobject))
            if not self.at(","):
                break
            self.take()
        if not self.at("FROM"):
            raise self.fail(self.peek())
        if query.count is not None and (query.fields or query.aggregates):
            raise self.fail(self.peek(), "COUNT() must be the only element in the SELECT list")
        # dedupe while keeping order
        seen: dict[tuple[str, ...], Path] = {}
        for p in query.fields:
            seen.setdefault(tuple(x.lower() for x in p.parts), p)
        query.fields = list(seen.values())
        if fields_limit_needed:
            save = self.i
            limit = None
            for j, t in enumerate(self.tokens):
                if t.upper == "LIMIT" and j + 1 < len(self.tokens):
                    nxt_t = self.tokens[j + 1]
                    limit = int(nxt_t.text) if nxt_t.text.isdigit() else None
            self.i = save
            if limit is None or limit > FIELDS_LIMIT:
                raise SoqlError("MALFORMED_QUERY", self._where(0) + "The SOQL FIELDS function "
                                f"must have a LIMIT of at most {FIELDS_LIMIT}")

    def _subquery(self, sobject: Any) -> Query:
        """``(SELECT ... FROM Contacts ...)``: parsed against the child relationship."""
        open_at = self.i
        depth = 0
        for j in range(open_at, len(self.tokens)):
            depth += (self.tokens[j].text == "(") - (self.tokens[j].text == ")")
            if depth == 0:
                break
        else:
            raise self.fail(self.tokens[open_at], "unmatched '('")
        inner = Parser(self.soql, self.schema, self.tokens[open_at + 1:j], sobject.name)
        self.i = j + 1
        return inner.parse()

    def _path(self, sobject: Any) -> Path:
        tok = self.take()
        if tok.kind != "name" or tok.upper in KEYWORDS:
            raise self.fail(tok)
        names = [tok]
        while self.at(".") and self.peek(1) is not None:
            self.take()
            names.append(self.take())
        obj = sobject
        parts: list[str] = []
        for n, name_tok in enumerate(names):
            last = n == len(names) - 1
            if last:
                fdef = obj.field(name_tok.text)
                if fdef is None:
                    raise self.fail(name_tok, self._no_column(names, n, obj),
                                    "INVALID_FIELD")
                parts.append(fdef.name)
                return Path(tuple(parts), fdef.type)
            ref = next((f for f in obj.fields if f.relationship and
                        f.relationship.lower() == name_tok.text.lower()), None)
            if ref is None:
                raise self.fail(name_tok, f"Didn't understand relationship '{name_tok.text}' "
                                "in field path. If you are attempting to use a custom "
                                "relationship, be sure to append the '__r' after the custom "
                                "relationship name. Please reference your WSDL or the describe "
                                "call for the appropriate names.", "INVALID_FIELD")
            parts.append(ref.relationship)
            obj = self.schema.sobject(ref.reference_to[0])
        raise AssertionError("unreachable")

    def _no_column(self, names: list[Token], n: int, obj: Any) -> str:
        return (f"No such column '{names[n].text}' on entity '{obj.name}'. If you are "
                "attempting to use a custom field, be sure to append the '__c' after the "
                "custom field name. Please reference your WSDL or the describe call for the "
                "appropriate names.")

    def _or(self, sobject: Any) -> Any:
        items = [self._and(sobject)]
        while self.at("OR"):
            self.take()
            items.append(self._and(sobject))
        return items[0] if len(items) == 1 else BoolOp("OR", tuple(items))

    def _and(self, sobject: Any) -> Any:
        items = [self._not(sobject)]
        while self.at("AND"):
            self.take()
            items.append(self._not(sobject))
        return items[0] if len(items) == 1 else BoolOp("AND", tuple(items))

    def _not(self, sobject: Any) -> Any:
        if self.at("NOT"):
            self.take()
            return Not(self._not(sobject))
        if self.at("("):
            self.take()
            inner = self._or(sobject)
            self.expect(")")
            return inner
        path = self._path(sobject)
        tok = self.peek()
        if tok is None:
            raise self.fail(None, "unexpected end of query")
        if tok.upper in ("INCLUDES", "EXCLUDES"):
            raise SoqlNotSimulated(tok.upper)
        if tok.upper == "LIKE":
            self.take()
            value_tok = self.take()
            if value_tok.kind != "string":
                raise self.fail(value_tok)
            return Like(path, _like_pattern(_unquote(value_tok.text)))
        negate = False
        after = self.peek(1)
        if tok.upper == "NOT" and after is not None and after.upper == "IN":
            self.take()
            negate = True
            tok = after
        if tok.upper == "IN":
            self.take()
            self.expect("(")
            if self.at("SELECT"):
                raise SoqlNotSimulated("semi-join subqueries (IN (SELECT ...))")
            values = [self._value(path)]
            while self.at(","):
                self.take()
                values.append(self._value(path))
            self.expect(")")
            return InList(path, tuple(values), negate)
        if tok.kind != "op":
            raise self.fail(tok)
        self.take()
        op = "!=" if tok.text == "<>" else tok.text
        value = self._value(path)
        if op not in ("=", "!=") and value is None:
            raise self.fail(tok, "invalid operator on null")
        return Compare(path, op, value)

    def _value(self, path: Path) -> Any:
        tok = self.take()
        kind = path.type
        if tok.kind == "string":
            if kind in ("datetime", "date"):
                raise self.fail(tok, f"value of filter criterion for field '{path.parts[-1]}' "
                                f"must be of type {'dateTime' if kind == 'datetime' else 'date'}"
                                " and should not be enclosed in quotes", "INVALID_FIELD")
            if kind in ("boolean", "int", "double", "currency", "percent"):
                raise self.fail(tok, f"value of filter criterion for field '{path.parts[-1]}' "
                                f"must be of type {kind} and should not be enclosed in quotes",
                                "INVALID_FIELD")
            return _unquote(tok.text)
        if tok.upper == "NULL":
            return None
        if tok.upper in ("TRUE", "FALSE"):
            if kind != "boolean":
                raise self.fail(tok, f"value of filter criterion for field '{path.parts[-1]}' "
                                f"must be of type {kind}", "INVALID_FIELD")
            return tok.upper == "TRUE"
        if tok.kind == "number":
            if kind not in ("int", "double", "currency", "percent"):
                raise self.fail(tok, f"value of filter criterion for field '{path.parts[-1]}' "
                                f"must be of type {kind} and should be enclosed in quotes",
                                "INVALID_FIELD")
            return float(tok.text)
        if tok.kind == "datetime":
            if kind == "date":
                raise self.fail(tok, f"value of filter criterion for field '{path.parts[-1]}' "
                                "must be of type date and should not be enclosed in quotes",
                                "INVALID_FIELD")
            return ("datetime", float(math.floor(parse_iso(tok.text))))
        if tok.kind == "date":
            if kind == "datetime":
                raise self.fail(tok, f"value of filter criterion for field '{path.parts[-1]}' "
                                "must be of type dateTime and should not be enclosed in quotes",
                                "INVALID_FIELD")
            return ("date", _day_epoch(date.fromisoformat(tok.text)))
        if tok.kind == "name" and tok.upper in FIXED_RANGES | N_RANGES:
            if kind not in ("date", "datetime"):
                raise self.fail(tok, f"value of filter criterion for field '{path.parts[-1]}' "
                                f"must be of type {kind}", "INVALID_FIELD")
            if tok.upper in N_RANGES:
                self.expect(":")
                return DateRange(tok.upper, self._int())
            return DateRange(tok.upper)
        raise self.fail(tok)

    def _order(self, sobject: Any) -> OrderItem:
        path = self._path(sobject)
        descending = False
        if self.at("ASC", "DESC"):
            descending = self.take().upper == "DESC"
        nulls_last = descending
        if self.at("NULLS"):
            self.take()
            which = self.take()
            if which.upper not in ("FIRST", "LAST"):
                raise self.fail(which)
            nulls_last = which.upper == "LAST"
        return OrderItem(path, descending, nulls_last)


def parse(soql: str, objects: dict[str, Any]) -> Query:
    """Parse ``soql`` against the sObject definitions (name -> ObjectDef)."""
    return Parser(soql.strip(), Schema(objects)).parse()


def _unquote(text: str) -> str:
    body = text[1:-1]
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[1]), body)


def _like_pattern(pattern: str) -> re.Pattern[str]:
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        out.append(".*" if ch == "%" else "." if ch == "_" else re.escape(ch))
        i += 1
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


# -- evaluation --------------------------------------------------------------------------
def _day_epoch(day: date) -> float:
    return float(calendar.timegm(day.timetuple()))


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def date_range(literal: DateRange, now: float) -> tuple[float, float]:
    """The [start, end) epoch range a date literal stands for, in UTC."""
    today = datetime.fromtimestamp(now, tz=UTC).date()
    d = timedelta(days=1)
    name, n = literal.name, literal.n or 0
    week = today - timedelta(days=(today.weekday() + 1) % 7)  # weeks start on Sunday
    month = today.replace(day=1)
    quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    year = date(today.year, 1, 1)
    spans: dict[str, tuple[date, date]] = {
        "YESTERDAY": (today - d, today), "TODAY": (today, today + d),
        "TOMORROW": (today + d, today + 2 * d),
        "LAST_WEEK": (week - 7 * d, week), "THIS_WEEK": (week, week + 7 * d),
        "NEXT_WEEK": (week + 7 * d, week + 14 * d),
        "LAST_MONTH": (_add_months(month, -1), month),
        "THIS_MONTH": (month, _add_months(month, 1)),
        "NEXT_MONTH": (_add_months(month, 1), _add_months(month, 2)),
        "LAST_90_DAYS": (today - 90 * d, today + d), "NEXT_90_DAYS": (today + d, today + 91 * d),
        "THIS_QUARTER": (quarter, _add_months(quarter, 3)),
        "LAST_QUARTER": (_add_months(quarter, -3), quarter),
        "NEXT_QUARTER": (_add_months(quarter, 3), _add_months(quarter, 6)),
        "THIS_YEAR": (year, date(today.year + 1, 1, 1)),
        "LAST_YEAR": (date(today.year - 1, 1, 1), year),
        "NEXT_YEAR": (date(today.year + 1, 1, 1), date(today.year + 2, 1, 1)),
        "LAST_N_DAYS": (today - n * d, today + d), "NEXT_N_DAYS": (today + d, today + (n + 1) * d),
        "N_DAYS_AGO": (today - n * d, today - (n - 1) * d),
        "LAST_N_WEEKS": (week - 7 * n * d, week), "NEXT_N_WEEKS": (week + 7 * d,
                                                                   week + 7 * (n + 1) * d),
        "N_WEEKS_AGO": (week - 7 * n * d, week - 7 * (n - 1) * d),
        "LAST_N_MONTHS": (_add_months(month, -n), month),
        "NEXT_N_MONTHS": (_add_months(month, 1), _add_months(month, n + 1)),
        "N_MONTHS_AGO": (_add_months(month, -n), _add_months(month, 1 - n)),
        "LAST_N_QUARTERS": (_add_months(quarter, -3 * n), quarter),
        "NEXT_N_QUARTERS": (_add_months(quarter, 3), _add_months(quarter, 3 * (n + 1))),
        "LAST_N_YEARS": (date(today.year - n, 1, 1), year),
        "NEXT_N_YEARS": (date(today.year + 1, 1, 1), date(today.year + n + 1, 1, 1)),
        "N_YEARS_AGO": (date(today.year - n, 1, 1), date(today.year - n + 1, 1, 1)),
    }
    start, end = spans[name]
    return _day_epoch(start), _day_epoch(end)


Getter = Callable[[dict[str, Any], Path], Any]


def comparable(kind: str, value: Any) -> Any:
    """A stored value in the form the evaluator compares (None for null and '')."""
    if value is None or value == "":
        return None
    if kind == "datetime":
        if isinstance(value, int | float):
            return float(math.floor(value))
        try:
            return float(math.floor(parse_iso(str(value))))
        except ValueError:
            return None
    if kind == "date":
        try:
            return _day_epoch(date.fromisoformat(str(value)[:10]))
        except ValueError:
            return None
    if kind in ("int", "double", "currency", "percent"):
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if kind == "boolean":
        return bool(value)
    if kind in ("id", "reference"):
        return str(value)[:15]
    return str(value).lower()


def _literal(kind: str, value: Any) -> Any:
    if isinstance(value, tuple):
        return value[1]
    if isinstance(value, str):
        return comparable(kind, value)
    return value


def compile_where(node: Any, get: Getter, now: float) -> Callable[[dict[str, Any]], bool]:
    """A predicate over stored rows for a WHERE tree."""
    if isinstance(node, BoolOp):
        parts = [compile_where(n, get, now) for n in node.items]
        if node.op == "AND":
            return lambda row: all(p(row) for p in parts)
        return lambda row: any(p(row) for p in parts)
    if isinstance(node, Not):
        inner = compile_where(node.item, get, now)
        return lambda row: not inner(row)
    if isinstance(node, Like):
        path, pattern = node.path, node.pattern

        def like(row: dict[str, Any]) -> bool:
            value = get(row, path)
            return value not in (None, "") and pattern.fullmatch(str(value)) is not None
        return like
    if isinstance(node, InList):
        path, kind = node.path, node.path.type
        wanted = {_literal(kind, v) for v in node.values}
        negate = node.negate

        def in_list(row: dict[str, Any]) -> bool:
            value = comparable(kind, get(row, path))
            return (value not in wanted) if negate else (value in wanted)
        return in_list
    if isinstance(node, Compare):
        return _compare(node, get, now)
    raise TypeError(f"unknown WHERE node {node!r}")


def _compare(node: Compare, get: Getter, now: float) -> Callable[[dict[str, Any]], bool]:
    path, kind, op = node.path, node.path.type, node.op
    if isinstance(node.value, DateRange):
        start, end = date_range(node.value, now)
        tests: dict[str, Callable[[float], bool]] = {
            "=": lambda v: start <= v < end, "!=": lambda v: not start <= v < end,
            "<": lambda v: v < start, "<=": lambda v: v < end, ">": lambda v: v >= end,
            ">=": lambda v: v >= start}
        test = tests[op]

        def in_range(row: dict[str, Any]) -> bool:
            value = comparable(kind, get(row, path))
            return op == "!=" if value is None else test(value)
        return in_range
    target = _literal(kind, node.value)
    if target is None:
        if op == "=":
            return lambda row: comparable(kind, get(row, path)) is None
        return lambda row: comparable(kind, get(row, path)) is not None
    ops: dict[str, Callable[[Any, Any], bool]] = {
        "=": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}
    fn = ops[op]

    def compare(row: dict[str, Any]) -> bool:
        value = comparable(kind, get(row, path))
        if value is None:
            return op == "!="
        try:
            return fn(value, target)
        except TypeError:
            return False
    return compare


def order_rows(rows: list[dict[str, Any]], order: Sequence[OrderItem], get: Getter) -> None:
    """Sort in place by several keys, each ASC/DESC with NULLS FIRST/LAST (stable sorts)."""
    for item in reversed(order):
        path, kind = item.path, item.path.type
        keyed = [(comparable(kind, get(r, path)), r) for r in rows]
        present = [kr for kr in keyed if kr[0] is not None]
        missing = [kr[1] for kr in keyed if kr[0] is None]
        present.sort(key=lambda kr: kr[0], reverse=item.descending)
        ordered = [r for _, r in present]
        rows[:] = ordered + missing if item.nulls_last else missing + ordered

"""Mapping v2 compiled once per job: closures per rule, and one generated batch function.

``CompiledV2.map_batch`` is the fast path: one function generated from the spec
(``codegen.py``) maps a whole batch, with the common rule shapes inlined. ``apply(record)``
is the general path, rule by rule through the closures built here (the generated code
calls the same closures for the shapes it does not inline). Anything unusual (a value a
transform rejects, a value missing from a table, a lookup not resolved yet) raises, and
``evaluate`` redoes that record rule by rule to say exactly what happened: the partial
output, the problem (field, code, reason), the skip reason, the provenance.
"""

from __future__ import annotations

import copy
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from syncwright.mapping.codegen import BatchCodegen
from syncwright.mapping.paths import PathConflict, getter, parse_path, setter
from syncwright.mapping.spec_v2 import (
    Condition,
    Lookup,
    MappingSpecV2,
    Rule,
    Value,
    number_of,
    table_key,
)
from syncwright.mapping.templates import template_fields, template_parts
from syncwright.mapping.transforms import TransformError, chain

Record = dict[str, Any]
Fn = Callable[[Record], Any]
Test = Callable[[Record], bool]


class _Omit:
    __slots__ = ()

    def __repr__(self) -> str:
        return "OMIT"


OMIT: Any = _Omit()
"""What a value function returns for "leave the key out"."""


class ValueProblem(Exception):
    """A value that cannot be produced (code + reason); rejects the record."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


class LookupPending(Exception):
    """A lookup key not resolved yet (the engine resolves keys before mapping a batch)."""

    def __init__(self, plan: LookupPlan, key: str) -> None:
        super().__init__(f"lookup {plan.describe()} = {key!r} not resolved")
        self.plan = plan
        self.key = key


UNUSUAL = (ValueProblem, LookupPending, TransformError)
"""What a record the fast path cannot map raises (the careful path then says why)."""


class RecordSkipped(Exception):
    """A filter left the record out (not an error: recorded as skipped with the reason)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


MISS: Any = object()
"""A lookup key the destination does not know (cached, so it is asked once per job)."""


def _empty(x: Any) -> bool:
    return x is None or (x.__class__ is str and (not x or x.isspace()))


@dataclass
class LookupPlan:
    """One lookup rule: its destination object and fields, and the job's cache of answers."""

    index: int
    object: str
    by: str
    returns: str
    create_if_missing: bool
    target: str
    cache: dict[str, Any] = field(default_factory=dict)  # key -> result id or MISS

    def describe(self) -> str:
        return f"{self.object}.{self.by}"


# -- conditions -----------------------------------------------------------------------
def compile_condition(c: Condition) -> Test:
    op = c.op
    if op == "all":
        tests = [compile_condition(x) for x in c.all or []]

        def all_of(rec: Record) -> bool:  # a loop: cheaper than all() over a generator
            for t in tests:  # noqa: SIM110
                if not t(rec):
                    return False
            return True

        return all_of
    if op == "any":
        tests = [compile_condition(x) for x in c.any or []]

        def any_of(rec: Record) -> bool:  # a loop: cheaper than any() over a generator
            for t in tests:  # noqa: SIM110
                if t(rec):
                    return True
            return False

        return any_of
    if op == "not":
        assert c.not_ is not None
        inner = compile_condition(c.not_)
        return lambda rec: not inner(rec)
    assert c.field is not None
    if len(parse_path(c.field)) == 1:
        name = c.field
        get: Callable[[Record], Any] = operator.methodcaller("get", name)
    else:
        get = getter(c.field)
    if op == "empty":
        want = bool(c.empty)
        return lambda rec: _empty(get(rec)) is want
    if op in ("eq", "ne"):
        target = table_key(getattr(c, op))

        def equal(rec: Record) -> bool:
            v = get(rec)
            return (v if v.__class__ is str else table_key(v)) == target

        if op == "eq":
            return equal
        return lambda rec: not equal(rec)
    if op in ("in", "not_in"):
        values = frozenset(table_key(v) for v in (c.in_ if op == "in" else c.not_in) or [])

        def member(rec: Record) -> bool:
            v = get(rec)
            return (v if v.__class__ is str else table_key(v)) in values

        if op == "in":
            return member
        return lambda rec: not member(rec)
    if op == "contains":
        needle = table_key(c.contains)

        def contains(rec: Record) -> bool:
            v = get(rec)
            if isinstance(v, list):
                return any(table_key(x) == needle for x in v)
            return isinstance(v, str) and needle in v

        return contains
    bound = float(getattr(c, op))

    def number(rec: Record) -> float | None:
        return number_of(get(rec))

    if op == "gt":

        def gt(rec: Record) -> bool:
            n = number(rec)
            return n is not None and n > bound

        return gt
    if op == "gte":

        def gte(rec: Record) -> bool:
            n = number(rec)
            return n is not None and n >= bound

        return gte
    if op == "lt":

        def lt(rec: Record) -> bool:
            n = number(rec)
            return n is not None and n < bound

        return lt

    def lte(rec: Record) -> bool:
        n = number(rec)
        return n is not None and n <= bound

    return lte


# -- values ---------------------------------------------------------------------------
def compile_template(text: str) -> Fn:
    """``"Hi {firstname|title}!"``: literal text with field placeholders (``{{`` = ``{``)."""
    parts: list[str | tuple[Fn, Callable[[Any], Any] | None]] = [
        p if isinstance(p, str) else (getter(p[0]), chain(p[1])) for p in template_parts(text)
    ]
    parts = parts or [""]
    holes = [p for p in parts if not isinstance(p, str)]
    if len(holes) == 1 and holes[0][1] is None:  # "prefix {field} suffix"
        i = next(n for n, p in enumerate(parts) if not isinstance(p, str))
        prefix = "".join(p for p in parts[:i] if isinstance(p, str))
        suffix = "".join(p for p in parts[i + 1 :] if isinstance(p, str))
        one = holes[0][0]

        def render_one(rec: Record) -> str:
            v = one(rec)
            if v.__class__ is str:
                return prefix + v + suffix
            return prefix + ("" if v is None else table_key(v)) + suffix

        return render_one

    def render(rec: Record) -> str:
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
                continue
            get, tf = p
            v = get(rec)
            if _empty(v):
                out.append("" if v is None else v)
                continue
            try:
                v = tf(v) if tf else v
            except TransformError as exc:
                raise ValueProblem("INVALID_VALUE", str(exc)) from None
            out.append(table_key(v))
        return "".join(out)

    return render


class Compiler:
    """Turns v2 values into closures; collects the lookups it meets."""

    def __init__(self) -> None:
        self.lookups: list[LookupPlan] = []

    def source(self, v: Value, target: str) -> Fn:
        kind = v.source_kind
        if kind == "from":
            return self._from(v.from_, target)
        if kind == "value":
            const = v.value
            if isinstance(const, dict | list):
                return lambda rec: copy.deepcopy(const)
            return lambda rec: const
        if kind == "template":
            assert v.template is not None
            return compile_template(v.template)
        if kind == "cases":
            pairs = [
                (compile_condition(c.when), self.value(c, target)) for c in v.cases or [] if c.when
            ]
            other = self.value(v.else_, target) if v.else_ is not None else None
            consts = [_constant(c) for c in v.cases or [] if c.when]
            if all(k is not _NOT_CONST for k in consts) and (
                v.else_ is None or _constant(v.else_) is not _NOT_CONST
            ):  # every branch a plain constant: no call per branch
                tests = [(t, k) for (t, _), k in zip(pairs, consts, strict=True)]
                fallback = _constant(v.else_) if v.else_ is not None else OMIT

                def pick_const(rec: Record) -> Any:
                    for test, value in tests:
                        if test(rec):
                            return value
                    return fallback

                return pick_const

            def pick(rec: Record) -> Any:
                for test, fn in pairs:
                    if test(rec):
                        return fn(rec)
                return other(rec) if other is not None else OMIT

            return pick
        if kind == "list":
            items = [self.value(i, target) for i in v.list_ or []]

            def make_list(rec: Record) -> list[Any]:
                out = []
                for fn in items:
                    x = fn(rec)
                    if x is OMIT or _empty(x):
                        continue
                    out.append(x)
                return out

            return make_list
        assert v.lookup is not None
        return self._lookup(v.lookup, target)

    def _from(self, src: str | list[str | Value] | None, target: str) -> Fn:
        if isinstance(src, str):
            return getter(src)
        if src and all(isinstance(x, str) and len(parse_path(x)) == 1 for x in src):
            names = [str(x) for x in src]

            def first_field(rec: Record) -> Any:
                get = rec.get
                for name in names:
                    x = get(name)
                    if not (x is None or (x.__class__ is str and (not x or x.isspace()))):
                        return x
                return get(names[0])

            return first_field
        fns = [getter(s) if isinstance(s, str) else self.value(s, target) for s in src or []]

        def first(rec: Record) -> Any:
            first_raw: Any = None
            seen = False
            for fn in fns:
                x = fn(rec)
                if x is OMIT:
                    continue
                if not _empty(x):
                    return x
                if not seen:
                    first_raw, seen = x, True
            return first_raw

        return first

    def _lookup(self, spec: Lookup, target: str) -> Fn:
        key_fn = (
            self._from(spec.from_, target)
            if isinstance(spec.from_, str)
            else self.value(spec.from_, target)
        )
        plan = LookupPlan(
            len(self.lookups), spec.object, spec.by, spec.return_, spec.create_if_missing, target
        )
        self.lookups.append(plan)
        cache = plan.cache

        def look(rec: Record) -> Any:
            key = key_fn(rec)
            if key is OMIT or _empty(key):
                return None
            k = table_key(key)
            try:
                found = cache[k]
            except KeyError:
                raise LookupPending(plan, k) from None
            if found is MISS:
                raise ValueProblem(
                    "LOOKUP_NOT_FOUND",
                    f"no {plan.object} with {plan.by} = {k!r} (lookup for {target})",
                )
            return found

        return look

    def value(self, v: Value, target: str) -> Fn:
        src = self.source(v, target)
        tf = chain(v.transform)
        table = v.table
        has_default, default = v.has_default, v.default
        has_otherwise, otherwise = v.has_otherwise, v.otherwise
        if_empty = v.if_empty
        plain = table is None and not has_default and not has_otherwise and if_empty == "keep"

        if plain and tf is None:
            fn = src
        elif plain and tf is not None:
            transform = tf
            trimmed = "trim" in v.transform  # a blank text trimmed is the empty text

            def fn(rec: Record) -> Any:
                x = src(rec)
                if x is None or x is OMIT or (x.__class__ is str and (not x or x.isspace())):
                    return "" if trimmed and x.__class__ is str else x
                return transform(x)

        elif (
            table is not None
            and tf is None
            and not has_default
            and if_empty == "keep"
            and v.source_kind == "from"
            and isinstance(v.from_, str)
            and len(parse_path(v.from_)) == 1
        ):
            name = v.from_
            lookup = table
            missing: Any = otherwise if has_otherwise else _NOT_CONST

            def fn(rec: Record) -> Any:
                x = rec.get(name)
                if x.__class__ is str:
                    if not x or x.isspace():
                        if missing is _NOT_CONST:
                            return x
                        return missing
                    found = lookup.get(x, missing)
                elif x is None:
                    return None if missing is _NOT_CONST else missing
                else:
                    found = lookup.get(table_key(x), missing)
                if found is _NOT_CONST:
                    raise ValueProblem(
                        "VALUE_NOT_IN_TABLE",
                        f"{x!r} is not in the value table ({', '.join(repr(t) for t in lookup)})",
                    )
                return found

        else:
            flat = (
                v.from_
                if v.source_kind == "from"
                and isinstance(v.from_, str)
                and len(parse_path(v.from_)) == 1
                else None
            )

            def fn(rec: Record) -> Any:
                x = rec.get(flat) if flat is not None else src(rec)
                if x is OMIT:
                    return OMIT
                if x is None or (x.__class__ is str and (not x or x.isspace())):
                    if has_default:
                        return (
                            copy.deepcopy(default) if isinstance(default, dict | list) else default
                        )
                    if has_otherwise:
                        return otherwise
                    if if_empty == "omit":
                        return OMIT
                    return None if if_empty == "null" else x
                if tf is not None:
                    x = tf(x)
                if table is not None:
                    k = x if x.__class__ is str else table_key(x)
                    if k in table:
                        return table[k]
                    if has_otherwise:
                        return otherwise
                    raise ValueProblem(
                        "VALUE_NOT_IN_TABLE",
                        f"{x!r} is not in the value table ({', '.join(repr(t) for t in table)})",
                    )
                return x

        if v.when is None or v.source_kind == "cases":
            return fn
        test = compile_condition(v.when)
        other = self.value(v.else_, target) if v.else_ is not None else None
        then_const = _constant(v.model_copy(update={"when": None}))
        else_const = _constant(v.else_) if v.else_ is not None else OMIT
        if then_const is not _NOT_CONST and else_const is not _NOT_CONST:

            def choose(rec: Record) -> Any:
                return then_const if test(rec) else else_const

            return choose

        def conditional(rec: Record) -> Any:
            if test(rec):
                return fn(rec)
            return other(rec) if other is not None else OMIT

        return conditional


def reads(v: Value | Condition | Lookup | str | None) -> list[str]:
    """Every source field a value, condition or lookup reads (for provenance and check)."""
    out: list[str] = []
    if v is None:
        return out
    if isinstance(v, str):
        return [v]
    if isinstance(v, Condition):
        if v.field:
            out.append(v.field)
        for c in [*(v.all or []), *(v.any or []), *([v.not_] if v.not_ else [])]:
            out += reads(c)
        return out
    if isinstance(v, Lookup):
        return reads(v.from_)
    if isinstance(v.from_, str):
        out.append(v.from_)
    elif v.from_:
        for s in v.from_:
            out += reads(s)
    if v.template:
        out += template_fields(v.template)
    for sub in [*(v.cases or []), *(v.list_ or [])]:
        out += reads(sub)
    out += reads(v.lookup) + reads(v.when) + reads(v.else_)
    return list(dict.fromkeys(out))


@dataclass
class Evaluation:
    """One record mapped slowly: the output, and what happened on the way."""

    record: Record
    skipped: str | None = None
    problem: tuple[str, str, str] | None = None  # (field, code, reason)
    pending: list[tuple[LookupPlan, str]] = field(default_factory=list)
    provenance: dict[str, dict[str, Any]] = field(default_factory=dict)

    def first_problem(self) -> tuple[str, str, str] | None:
        """The problem that rejects the record: a value's, else an unresolved lookup."""
        if self.problem is None and self.pending:
            plan, key = self.pending[0]
            return (
                plan.target,
                "LOOKUP_UNRESOLVED",
                f"lookup {plan.describe()} = {key!r} not resolved",
            )
        return self.problem


class CompiledV2:
    """A v2 spec as closures. ``apply`` is the fast path; ``evaluate`` the careful one."""

    def __init__(self, spec: MappingSpecV2) -> None:
        self.spec = spec
        self.match_key = spec.match_key
        compiler = Compiler()
        self._rules: list[tuple[Rule, Fn, Callable[[Record, Any], None]]] = [
            (rule, compiler.value(rule, rule.to), setter(rule.to)) for rule in spec.rules
        ]
        self.lookups = compiler.lookups
        filters = [(f.keep_if is not None, f.keep_if or f.skip_if, f) for f in spec.filters]
        self._filter_specs: list[tuple[bool, Condition, str]] = []
        for i, (keep, cond, f) in enumerate(filters):
            assert cond is not None
            reason = f.reason or (
                f"filter {i + 1}: keep only if {cond.describe()}"
                if keep
                else f"filter {i + 1}: skip if {cond.describe()}"
            )
            self._filter_specs.append((keep, cond, reason))
        self._filters: list[tuple[bool, Test, str]] = [
            (keep, compile_condition(cond), reason) for keep, cond, reason in self._filter_specs
        ]
        codegen = BatchCodegen(
            spec,
            closures=[fn for _, fn, _ in self._rules],
            puts=[put for _, _, put in self._rules],
            conditions=compile_condition,
            sources=lambda v: Compiler().source(v, "?"),  # (lookups are never inlined)
            helpers={"OMIT": OMIT, "NOT_IN_TABLE": _NOT_CONST, "UNUSUAL": (*UNUSUAL, ValueError)},
        )
        self.map_batch = codegen.build(self._filter_specs)
        """``map_batch(records, append, skipped, careful)``: the fast path, one generated
        function mapping a whole batch (``codegen.py``)."""
        self.batch_source = codegen.source  # (for tests and the curious)

    # -- the general path ---------------------------------------------------------
    def apply(self, rec: Record) -> Record:
        """The output record, rule by rule through the closures; raises
        ``RecordSkipped`` for a filtered record and ``ValueProblem`` / ``LookupPending`` /
        ``TransformError`` for the unusual ones (``evaluate`` then says exactly what and
        where)."""
        for keep, test, reason in self._filters:
            if test(rec) is not keep:
                raise RecordSkipped(reason)
        out: Record = {}
        for _, fn, put in self._rules:
            v = fn(rec)
            if v is not OMIT:
                put(out, v)
        return out

    # -- the careful path ---------------------------------------------------------
    def evaluate(self, rec: Record, provenance: bool = False) -> Evaluation:
        """Map ``rec`` rule by rule, catching each problem where it happens."""
        for keep, test, reason in self._filters:
            if test(rec) is not keep:
                return Evaluation({}, skipped=reason)
        ev = Evaluation({})
        for i, (rule, fn, put) in enumerate(self._rules):
            try:
                v = fn(rec)
            except LookupPending as exc:
                ev.pending.append((exc.plan, exc.key))
                if provenance:
                    ev.provenance[rule.to] = _prov(
                        i, rule, rec, f"lookup {exc.plan.describe()} = {exc.key!r}: not resolved"
                    )
                continue
            except TransformError as exc:
                ev.problem = ev.problem or (
                    rule.to,
                    "INVALID_VALUE",
                    f"rule {i + 1} ({rule.to}): {exc}",
                )
                continue
            except ValueProblem as exc:
                ev.problem = ev.problem or (
                    rule.to,
                    exc.code,
                    f"rule {i + 1} ({rule.to}): {exc.reason}",
                )
                continue
            if v is OMIT:
                if provenance:
                    ev.provenance[rule.to] = _prov(i, rule, rec, "left out")
                continue
            try:
                put(ev.record, v)
            except PathConflict as exc:
                ev.problem = ev.problem or (rule.to, "PATH_CONFLICT", f"rule {i + 1} ({rule.to}): {exc}")
                continue
            if provenance:
                ev.provenance[rule.to] = _prov(i, rule, rec, None)
        return ev

    def pending_lookups(self, records: Iterable[Record]) -> dict[int, set[str]]:
        """The lookup keys these records need that the job's cache does not hold yet."""
        if not self.lookups:
            return {}
        need: dict[int, set[str]] = {}
        for rec in records:
            try:
                self.apply(rec)
            except RecordSkipped:
                continue
            except (LookupPending, ValueProblem, TransformError):
                for plan, key in self.evaluate(rec).pending:
                    need.setdefault(plan.index, set()).add(key)
        return need


_NOT_CONST: Any = object()


def _constant(v: Value) -> Any:
    """The value's constant when it is nothing but an immutable ``value``, else _NOT_CONST."""
    if v.model_fields_set - {"value", "when", "note"} or v.source_kind != "value":
        return _NOT_CONST
    return _NOT_CONST if isinstance(v.value, dict | list) else v.value


def _prov(i: int, rule: Rule, rec: Record, note: str | None) -> dict[str, Any]:
    fields = reads(rule)
    entry: dict[str, Any] = {
        "rule": i + 1,
        "kind": rule.source_kind,
        "from": {f: getter(f)(rec) for f in fields},
    }
    if isinstance(rule.from_, list):  # which fallback gave the value
        for n, item in enumerate(rule.from_):
            v = getter(item)(rec) if isinstance(item, str) else None
            if isinstance(item, str) and not _empty(v):
                entry["picked"] = item
                break
            if not isinstance(item, str):
                entry["picked"] = f"fallback {n + 1}"
                break
    if rule.transform:
        entry["transform"] = list(rule.transform)
    if rule.table is not None:
        entry["table"] = True
    if note:
        entry["note"] = note
    return entry

"""A compiled v2 mapping as one generated Python function that maps a whole batch.

WHY: a mapping of 20 rules made of one closure per rule pays ~20 calls, an ``OMIT`` test
and a dict store per rule per record. Here the common rule shapes (copies, text
transforms, defaults, value tables, fallbacks, templates, conditions, cases and filters
on plain fields) become straight-line code in one loop over
the batch; the rest call the rule's compiled closure from ``compile.py``.

Safety: the mapping stays declarative data; the generated source is built only from
fragments written here. Every user-supplied thing (field names, constants, table
contents, reasons, the closures) is passed in through the function's namespace under a
generated name (``c0``, ``c1`` ...), never spelled into the source.

Anything unusual (a value a transform rejects, a value missing from a table, a lookup not
resolved) raises inside the loop; that record then goes to ``careful``, the rule-by-rule
path that says what happened. ``tests/mapping/test_codegen.py`` holds the two paths equal.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from syncwright.mapping.paths import getter, parse_path
from syncwright.mapping.spec_v2 import Condition, MappingSpecV2, Value, number_of, table_key
from syncwright.mapping.templates import template_parts
from syncwright.mapping.transforms import STR_FNS, TransformError, chain

Record = dict[str, Any]
BatchFn = Callable[..., None]

# text transforms as code fragments over a str known to be non-blank ("{}" = the value)
_STR_CODE = {
    "lower": "{}.lower()",
    "upper": "{}.upper()",
    "trim": "{}.strip()",
    "title": "_title({})",  # (on the value itself: _TITLE)
    "collapse_spaces": "' '.join({}.split())",
    "first_word": "_first_word({})",  # (on the value itself: str.split)
    "last_word": "_last_word({})",
}
_TITLE = "({0}.capitalize() if ' ' not in {0} else _title({0}))"
_BLANK = "({0} is None or ({0}.__class__ is str and (not {0} or {0}.isspace())))"


_EMAIL_PART = {"email_local": 0, "email_domain": 2}  # (str.partition's index)
_NUMBERS = ("number", "integer")


def _inlinable(names: list[Any]) -> bool:
    """Whether transforms ``names`` run inline on a str: text ones and email parts in any
    order, a number or integer parse last."""
    if not names or not all(isinstance(n, str) for n in names):
        return False
    *head, last = names
    inline = _STR_CODE.keys() | _EMAIL_PART.keys()
    return all(n in inline for n in head) and (last in inline or last in _NUMBERS)


def _numeric_fields(spec: MappingSpecV2) -> list[str]:
    """Flat fields compared as numbers more than once (read once per record instead)."""
    seen: list[str] = []

    def cond(c: Condition | None) -> None:
        if c is None:
            return
        if c.op in ("gt", "gte", "lt", "lte") and _flat(c.field):
            seen.append(str(c.field))
        for sub in [*(c.all or []), *(c.any or []), c.not_]:
            cond(sub)

    def value(v: Value | str | None) -> None:
        if not isinstance(v, Value):
            return
        cond(v.when)
        subs: list[Any] = [*(v.cases or []), *(v.list_ or []), v.else_]
        for sub in [*subs, *(v.from_ if isinstance(v.from_, list) else [])]:
            value(sub)

    for f in spec.filters:
        cond(f.keep_if or f.skip_if)
    for rule in spec.rules:
        value(rule)
    return sorted({f for f in seen if seen.count(f) > 1})


def _flat(path: Any) -> bool:
    return isinstance(path, str) and len(parse_path(path)) == 1


def _uses_lookup(v: Value | Condition | str | None) -> bool:
    if not isinstance(v, Value):
        return False
    if v.lookup is not None:
        return True
    subs: list[Any] = [*(v.cases or []), *(v.list_ or []), v.else_]
    if isinstance(v.from_, list):
        subs += v.from_
    return any(_uses_lookup(s) for s in subs)


class _Gen:
    """Source lines plus the namespace the constants travel in."""

    def __init__(self, helpers: dict[str, Any]) -> None:
        self.ns: dict[str, Any] = dict(helpers)
        self.lines: list[str] = []
        self._n = 0

    def const(self, obj: Any) -> str:
        name = f"c{self._n}"
        self._n += 1
        self.ns[name] = obj
        return name

    def tmp(self) -> str:
        name = f"t{self._n}"
        self._n += 1
        return name

    def emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)


class _NoInline(Exception):
    """This value is not one of the inlined shapes (its closure is called instead)."""


class BatchCodegen:
    """Builds the batch function of one spec. ``closures`` and ``puts`` are the rules'
    compiled value functions and setters (in ``spec.rules`` order); ``conditions`` and
    ``sources`` compile a condition and a value's source for the shapes not inlined;
    ``helpers`` holds ``OMIT``, ``NOT_IN_TABLE`` and ``UNUSUAL``."""

    def __init__(
        self,
        spec: MappingSpecV2,
        closures: list[Callable[[Record], Any]],
        puts: list[Callable[[Record, Any], None]],
        conditions: Callable[[Condition], Callable[[Record], bool]],
        sources: Callable[[Value], Callable[[Record], Any]],
        helpers: dict[str, Any],
    ) -> None:
        self.spec = spec
        self.closures = closures
        self.puts = puts
        self.conditions = conditions
        self.sources = sources
        self.source = ""  # the generated source, once built
        self.numbers = {f: f"n{i}" for i, f in enumerate(_numeric_fields(spec))}
        self.reads: dict[str, int] = {}
        self.fields: dict[str, str] = {}  # field read more than once -> its local
        self.helpers: dict[str, Any] = {
            **helpers,
            "_number_of": number_of,
            "_table_key": table_key,
            "_deepcopy": copy.deepcopy,
            "NOT_SEEN": object(),
            "UNREAD": object(),
            "_TransformError": TransformError,
            "_title": STR_FNS["title"],
            "_first_word": STR_FNS["first_word"],
            "_last_word": STR_FNS["last_word"],
        }
        self.g = _Gen(self.helpers)

    # -- conditions: one expression each ------------------------------------------
    def cond(self, c: Condition) -> str:
        op = c.op
        if op == "all":
            return "(" + " and ".join(self.cond(x) for x in c.all or []) + ")"
        if op == "any":
            return "(" + " or ".join(self.cond(x) for x in c.any or []) + ")"
        if op == "not":
            assert c.not_ is not None
            return f"(not {self.cond(c.not_)})"
        if not _flat(c.field) or op == "contains":
            return f"{self.g.const(self.conditions(c))}(rec)"
        t, src = self.g.tmp(), self._get(str(c.field))
        if op == "empty":
            test = _BLANK.format(t).replace(f"({t} is None", f"(({t} := {src}) is None", 1)
            return test if c.empty else f"(not {test})"
        read = f"({t} if ({t} := {src}).__class__ is str else _table_key({t}))"
        if op in ("eq", "ne"):
            target = self.g.const(table_key(getattr(c, op)))
            return f"({read} {'==' if op == 'eq' else '!='} {target})"
        if op in ("in", "not_in"):
            values = frozenset(table_key(v) for v in (c.in_ if op == "in" else c.not_in) or [])
            return f"({read} {'in' if op == 'in' else 'not in'} {self.g.const(values)})"
        bound = self.g.const(float(getattr(c, op)))
        sym = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}[op]
        memo = self.numbers.get(str(c.field))
        if memo is not None:  # read at most once per record
            read = f"({memo} if {memo} is not UNREAD else ({memo} := _number_of({src})))"
            return f"(({t} := {read}) is not None and {t} {sym} {bound})"
        return f"(({t} := _number_of({src})) is not None and {t} {sym} {bound})"

    # -- values: statements leaving the result in a variable -----------------------
    def value(self, v: Value, var: str, depth: int, closure: Callable[[Record], Any]) -> bool:
        """Emit code computing ``v`` into ``var``; True when it may be ``OMIT`` ("leave
        the key out")."""
        start = len(self.g.lines)
        try:
            return self._value(v, var, depth)
        except _NoInline:
            del self.g.lines[start:]
            self.g.emit(depth, f"{var} = {self.g.const(closure)}(rec)")
            return True

    def _value(self, v: Value, var: str, depth: int) -> bool:
        if _uses_lookup(v):
            raise _NoInline
        if v.when is None or v.source_kind == "cases":  # (cases: their own `when`s)
            return self._pipeline(v, var, depth)
        self.g.emit(depth, f"if {self.cond(v.when)}:")
        may_omit = self._pipeline(v, var, depth + 1)
        self.g.emit(depth, "else:")
        if v.else_ is None:
            self.g.emit(depth + 1, f"{var} = OMIT")
            return True
        return self._value(v.else_, var, depth + 1) or may_omit

    def _source(self, v: Value, x: str, depth: int) -> bool:
        """Emit the raw value into ``x``; True when it may be ``OMIT``."""
        g = self.g
        kind = v.source_kind
        if kind == "from" and _flat(v.from_):
            g.emit(depth, f"{x} = {self._get(str(v.from_))}")
            return False
        if (
            kind == "from"
            and isinstance(v.from_, list)
            and v.from_
            and all(_flat(s) for s in v.from_)
        ):
            first, *rest = v.from_
            g.emit(depth, f"{x} = {self._get(str(first))}")
            if rest:  # the first non-blank wins, else the first field's own value
                y = g.tmp()
                g.emit(depth, f"if {_BLANK.format(x)}:")
                for n, name in enumerate(rest):
                    d = depth + 1 + n
                    g.emit(d, f"{y} = {self._get(str(name))}")
                    g.emit(d, f"if not {_BLANK.format(y)}:")
                    g.emit(d + 1, f"{x} = {y}")
                    if n < len(rest) - 1:
                        g.emit(d, "else:")
            return False
        if kind == "from" and isinstance(v.from_, list) and v.from_:
            seen = g.tmp()
            g.emit(depth, f"{seen} = NOT_SEEN")
            self._fallbacks(v.from_, x, seen, depth)
            return False
        if kind == "template":
            assert v.template is not None
            self._template(v.template, x, depth)
            return False
        if kind == "value":
            if isinstance(v.value, dict | list):
                g.emit(depth, f"{x} = _deepcopy({g.const(v.value)})")
            else:
                g.emit(depth, f"{x} = {g.const(v.value)}")
            return False
        if kind == "cases":
            whens = [c for c in v.cases or [] if c.when]
            may_omit = False
            for n, case in enumerate(whens):
                assert case.when is not None
                g.emit(depth, f"{'if' if n == 0 else 'elif'} {self.cond(case.when)}:")
                bare = case.model_copy(update={"when": None})
                may_omit = self._value(bare, x, depth + 1) or may_omit
            g.emit(depth, "else:")
            if v.else_ is None:
                g.emit(depth + 1, f"{x} = OMIT")
                return True
            return self._value(v.else_, x, depth + 1) or may_omit
        # a nested source path, a list: the source closure
        g.emit(depth, f"{x} = {g.const(self.sources(v))}(rec)")
        return True

    def _get(self, name: str) -> str:
        """The expression reading flat field ``name`` (a local when it is read more than
        once: then it is read once per record, at the top)."""
        self.reads[name] = self.reads.get(name, 0) + 1
        return self.fields.get(name) or f"get({self.g.const(name)})"

    def _read(self, path: str) -> str:
        """The expression reading a source field."""
        if _flat(path):
            return self._get(path)
        return f"{self.g.const(getter(path))}(rec)"

    def _fallbacks(self, items: list[str | Value], x: str, seen: str, depth: int) -> None:
        """The first item neither blank nor left out wins; else the first item's own value
        (``seen``), else None: as ``Compiler._from`` does."""
        g = self.g
        item, rest = items[0], items[1:]
        y = g.tmp()
        if isinstance(item, str):
            g.emit(depth, f"{y} = {self._read(item)}")
            may_omit = False
        else:
            may_omit = self._value(item, y, depth)
        usable = f"not {_BLANK.format(y)}"
        g.emit(depth, f"if {y} is not OMIT and {usable}:" if may_omit else f"if {usable}:")
        g.emit(depth + 1, f"{x} = {y}")
        g.emit(depth, "else:")
        g.emit(depth + 1, f"if {seen} is NOT_SEEN{f' and {y} is not OMIT' if may_omit else ''}:")
        g.emit(depth + 2, f"{seen} = {y}")
        if rest:
            self._fallbacks(rest, x, seen, depth + 1)
        else:
            g.emit(depth + 1, f"{x} = None if {seen} is NOT_SEEN else {seen}")

    def _template(self, text: str, x: str, depth: int) -> None:
        """Literals and placeholders concatenated, as ``compile_template`` renders them."""
        g = self.g
        pieces: list[str] = []
        for part in template_parts(text):
            if isinstance(part, str):
                pieces.append(g.const(part))
                continue
            path, names = part
            h, tf = g.tmp(), chain(names)
            pieces.append(h)
            g.emit(depth, f"{h} = {self._read(path)}")
            g.emit(depth, f"if {h} is None:")
            g.emit(depth + 1, f"{h} = ''")
            if tf is None:
                g.emit(depth, f"elif {h}.__class__ is not str:")
                g.emit(depth + 1, f"{h} = _table_key({h})")
                continue
            d = depth + 1
            if _inlinable(names):
                g.emit(depth, f"elif {h}.__class__ is str:")
                g.emit(d, f"if {h} and not {h}.isspace():")
                self._inline_transforms(names, h, h, d + 1)
                if names[-1] in _NUMBERS:
                    g.emit(d + 1, f"{h} = _table_key({h})")
                g.emit(depth, "else:")
            else:
                g.emit(depth, f"elif not {_BLANK.format(h)}:")
            g.emit(d, f"{h} = {g.const(tf)}({h})")
            g.emit(d, f"if {h}.__class__ is not str:")
            g.emit(d + 1, f"{h} = _table_key({h})")
        g.emit(depth, f"{x} = {' + '.join(pieces) or repr('')}")

    def _pipeline(self, v: Value, var: str, depth: int) -> bool:
        """Source, then empty handling, transform, table: as ``Compiler.value`` does."""
        g = self.g
        may_omit = self._source(v, var, depth)
        tf_names, table = v.transform, v.table
        if v.has_default and isinstance(v.default, dict | list):
            empty = f"_deepcopy({g.const(v.default)})"
        elif v.has_default:
            empty = g.const(v.default)
        elif v.has_otherwise:  # (`otherwise` comes with a table)
            empty = g.const(v.otherwise)
        else:
            empty = {"omit": "OMIT", "null": "None"}.get(v.if_empty, var)
        if not tf_names and table is None and empty == var:
            return may_omit
        d = depth
        if may_omit:
            g.emit(d, f"if {var} is not OMIT:")
            d += 1
        if _inlinable(tf_names):
            self._text_transforms(v, var, d, empty)
            return may_omit or empty == "OMIT"
        g.emit(d, f"if {_BLANK.format(var)}:")
        g.emit(d + 1, f"{var} = {empty}")
        if tf_names or table is not None:
            g.emit(d, "else:")
            if tf_names:
                g.emit(d + 1, f"{var} = {g.const(chain(tf_names))}({var})")
            self._table(v, var, d + 1)
        return may_omit or empty == "OMIT"

    def _text_transforms(self, v: Value, var: str, d: int, empty: str) -> None:
        """A str runs through the transforms inline (``trim`` first: its result doubles as
        the blank test, as ``strip`` and ``isspace`` agree on whitespace); other types
        through the composed chain."""
        g = self.g
        names = list(v.transform)
        g.emit(d, f"if {var}.__class__ is str:")
        if names[0] == "trim":
            t = g.tmp()
            g.emit(d + 1, f"{t} = {var}.strip()")
            g.emit(d + 1, f"if {t}:")
            self._inline_transforms(names[1:], t, var, d + 2)
        else:
            g.emit(d + 1, f"if {var} and not {var}.isspace():")
            self._inline_transforms(names, var, var, d + 2)
        self._table(v, var, d + 2)
        if empty != var:
            g.emit(d + 1, "else:")
            g.emit(d + 2, f"{var} = {empty}")
            g.emit(d, f"elif {var} is None:")
            g.emit(d + 1, f"{var} = {empty}")
            g.emit(d, "else:")
        else:
            if "trim" in names:
                g.emit(d + 1, "else:")
                g.emit(d + 2, f"{var} = ''")  # a blank text trimmed is the empty text (the other transforms keep it so)
            g.emit(d, f"elif {var} is not None:")
        g.emit(d + 1, f"{var} = {g.const(chain(names))}({var})")
        self._table(v, var, d + 1)

    def _inline_transforms(self, names: list[str], src: str, var: str, d: int) -> None:
        """``var`` = transforms ``names`` applied to the non-blank str in ``src``, as the
        functions of ``transforms.py`` would; a value they reject raises (the careful
        path then words the reason)."""
        g = self.g
        expr = src
        for name in names:
            if name == "title" and expr == src:
                expr = _TITLE.format(src)
            elif name in ("first_word", "last_word") and expr == src:  # non-blank: a word
                expr = (
                    f"{src}.split(None, 1)[0]"
                    if name == "first_word"
                    else f"{src}.rsplit(None, 1)[-1]"
                )
            elif name in _STR_CODE:
                expr = _STR_CODE[name].format(expr)
            elif name in _EMAIL_PART:
                t = g.tmp()
                g.emit(d, f"{t} = {expr}.strip()")
                g.emit(d, f"if {t}.count('@') != 1:")
                g.emit(d + 1, "raise _TransformError")
                expr = f"{t}.partition('@')[{_EMAIL_PART[name]}]"
            else:  # number / integer, last: whole numbers as int, others finite floats
                f = g.tmp()
                g.emit(d, f"{f} = float({expr})")  # (ValueError: not a number)
                g.emit(d, f"if {f}.is_integer():")
                g.emit(d + 1, f"{var} = int({f})")
                if name == "number":
                    g.emit(d, f"elif {f} - {f} == 0.0:")  # (not nan, not inf)
                    g.emit(d + 1, f"{var} = {f}")
                g.emit(d, "else:")
                g.emit(d + 1, "raise _TransformError")
                return
        g.emit(d, f"{var} = {expr}")

    def _table(self, v: Value, var: str, depth: int) -> None:
        if v.table is None:
            return
        g = self.g
        table, k = g.const(v.table), g.tmp()
        g.emit(depth, f"{k} = {var} if {var}.__class__ is str else _table_key({var})")
        missing = g.const(v.otherwise) if v.has_otherwise else "NOT_IN_TABLE"
        g.emit(depth, f"{var} = {table}.get({k}, {missing})")
        if not v.has_otherwise:  # the careful path words the reason
            g.emit(depth, f"if {var} is NOT_IN_TABLE:")
            g.emit(depth + 1, "raise _TransformError")

    # -- the whole batch function -------------------------------------------------
    def build(self, filters: list[tuple[bool, Condition, str]]) -> BatchFn:
        """``map_batch(records, append, skipped, careful)``: ``append((key, out))`` per
        mapped record, ``skipped({key, reason})`` per filtered one, ``careful(key, rec)``
        for a record the loop could not map (in input order, all three)."""
        self._function(filters)  # a first pass counts the reads of each field
        self.fields = {f: f"f{i}" for i, f in enumerate(n for n, k in self.reads.items() if k > 1)}
        self.g = _Gen(self.helpers)
        self._function(filters)
        source = "\n".join(self.g.lines) + "\n"
        exec(
            compile(source, "<syncwright mapping>", "exec"), self.g.ns
        )  # (source: this module's fragments only)
        self.source = source
        fn: BatchFn = self.g.ns["map_batch"]
        return fn

    def _function(self, filters: list[tuple[bool, Condition, str]]) -> None:
        g = self.g
        g.emit(0, "def map_batch(records, append, skipped, careful):")
        g.emit(1, "for key, rec in records:")
        g.emit(2, "get = rec.get")
        for name, local in self.fields.items():
            g.emit(2, f"{local} = get({g.const(name)})")
        for memo in self.numbers.values():
            g.emit(2, f"{memo} = UNREAD")
        for keep, cond, reason in filters:
            g.emit(2, f"if {'not ' if keep else ''}{self.cond(cond)}:")
            g.emit(3, f"skipped({{'key': key, 'reason': {g.const(reason)}}})")
            g.emit(3, "continue")
        g.emit(2, "try:")
        outputs: list[tuple[str, str, bool, str | None]] = []  # key, var, may omit, setter
        nested = False
        for n, rule in enumerate(self.spec.rules):
            var = f"v{n}"
            may_omit = self.value(rule, var, 3, self.closures[n])
            put = None if _flat(rule.to) else g.const(self.puts[n])
            nested = nested or put is not None
            outputs.append((g.const(rule.to), var, may_omit, put))
        g.emit(2, "except UNUSUAL:")
        g.emit(3, "careful(key, rec)")
        g.emit(3, "continue")
        if nested:  # rule order, as the careful path writes them
            g.emit(2, "out = {}")
            for k, var, may_omit, put in outputs:
                line = f"{put}(out, {var})" if put else f"out[{k}] = {var}"
                if may_omit:
                    g.emit(2, f"if {var} is not OMIT:")
                    g.emit(3, line)
                else:
                    g.emit(2, line)
        else:  # one dict display, then drop the keys left out
            g.emit(2, "out = {" + ", ".join(f"{k}: {var}" for k, var, _, _ in outputs) + "}")
            for k, var, may_omit, _ in outputs:
                if may_omit:
                    g.emit(2, f"if {var} is OMIT:")
                    g.emit(3, f"del out[{k}]")
        g.emit(2, "append((key, out))")

"""The AST reader of Python-flavoured pseudocode (round 38): what a region's statements say as
rule lines in the words the grammar reads.

The code is read by the standard library's ast module: nesting, quoting, f-strings and brackets
are its job, not a regex's. A dict literal's keys, a key assigned, a local variable, an if/elif/else
chain, a filter ('if ...: return None'), a list's appends are taken in statement by statement; then
each destination key is said as one rule line ('Email <- email, trimmed and in lower case'), or as
None when it cannot be said (python_code keeps that code as written).
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

Span = tuple[int, int]  # first and last line of a statement or an entry (the tree's numbering)

# methods and helpers the writer names for a format
_METHODS = {"strip": "trimmed", "lower": "in lower case", "upper": "in upper case", "title": "in title case"}
HELPERS = {
    "tc": "in title case", "title": "in title case", "title_case": "in title case", "titlecase": "in title case",
    "proper": "in title case", "to_title": "in title case", "capitalize_words": "in title case",
    "to_e164": "in E.164", "e164": "in E.164", "format_e164": "in E.164", "phone_e164": "in E.164", "normalize_phone": "in E.164",
    "int": "as a whole number", "float": "as a number", "decimal": "as a number", "number": "as a number",
    "lower": "in lower case", "upper": "in upper case", "strip": "trimmed", "trim": "trimmed",
    "num": "as a number", "to_num": "as a number", "to_number": "as a number", "as_number": "as a number",
    "to_int": "as a whole number", "as_int": "as a whole number", "integer": "as a whole number",
}
# helpers the writer names for the first filled of their arguments ('or_else(c['city'], 'Hsinchu')',
# 'first_nonblank(a, b)'): the same as "a or b", a constant last being the default
FALLBACKS = frozenset({"or_else", "orelse", "first_nonblank", "first_non_blank", "first_not_blank", "first_filled", "firstnonblank",
                       "coalesce", "ifnull", "nvl", "fallback", "or_default", "with_default", "default_if_blank", "if_blank", "ifblank"})
# helpers that ask whether a value is empty ('blank(c['phone'])') or filled ('filled(c['phone'])')
_EMPTY_TESTS = frozenset({"blank", "is_blank", "isblank", "empty", "is_empty", "isempty", "is_null", "isnull", "missing", "is_missing"})
_FILLED_TESTS = frozenset({"filled", "not_blank", "notblank", "nonblank", "non_blank", "present", "has_value", "is_filled", "not_empty"})
# helpers that take the first word of a value ('first_word(mf['FNAME'])')
_FIRST_WORD = frozenset({"first_word", "firstword", "first_token"})
# 'to_e164_uk(...)': the E.164 helper of one country, the country its numbers are taken to be from
_REGIONS = {"uk": "UK", "gb": "UK", "us": "US", "de": "Germany", "fr": "France", "au": "Australia", "ca": "Canada", "ie": "Ireland", "jp": "Japan"}
_OPS: dict[type[ast.cmpop], str] = {
    ast.Eq: "is", ast.NotEq: "is not", ast.Gt: "is more than", ast.GtE: "is at least", ast.Lt: "is less than", ast.LtE: "is at most",
}
_NEGATED: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Gt: ast.LtE, ast.LtE: ast.Gt, ast.Lt: ast.GtE, ast.GtE: ast.Lt,
    ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}
_FLIPPED: dict[type[ast.cmpop], type[ast.cmpop]] = {ast.Gt: ast.Lt, ast.Lt: ast.Gt, ast.GtE: ast.LtE, ast.LtE: ast.GtE}  # "5 < x"
_WRAPPERS = {"float", "int", "str", "decimal", "Decimal"}  # "float(c['annualrevenue'] or 0) > 5e6" compares the field


@cache
def _booleans() -> frozenset[str]:
    """The catalog's checkbox fields: "if c['HasOptedOutOfEmail']" asks if it is true, not if it is filled."""
    from syncwright.catalog import platforms, standard_objects, standard_schema

    return frozenset(n.split(".")[-1].lower() for p in platforms() for o in standard_objects(p)
                     for n, f in standard_schema(p, o).fields.items() if f.type == "boolean")


@cache
def _list_fields() -> frozenset[str]:
    """The catalog's list fields ('tags'): "'Customer' in m['tags']" asks if the list holds it
    (of a text, 'in' asks for a part of it: no words for that here)."""
    from syncwright.catalog import platforms, standard_objects, standard_schema

    return frozenset(n.split(".")[-1].lower() for p in platforms() for o in standard_objects(p)
                     for n, f in standard_schema(p, o).fields.items() if f.type in ("array", "multipicklist"))


@cache
def _nested_objects() -> frozenset[str]:
    """The names catalog fields nest under ('traits', 'merge_fields'): a dict variable of that name is that object."""
    from syncwright.catalog import platforms, standard_objects, standard_schema

    names = {n.split(".")[0] for p in platforms() for o in standard_objects(p) for n in standard_schema(p, o).fields if "." in n}
    return frozenset(n for n in names if n.isidentifier())


def _lit(e: ast.AST) -> str | None:
    """A constant as the grammar reads a value ('Web' quoted, numbers and booleans bare)."""
    if not isinstance(e, ast.Constant) or e.value is None or isinstance(e.value, bytes | complex):
        return None
    v = e.value
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, int | float):
        return str(v)
    return f'"{v}"' if "'" in str(v) else f"'{v}'"


def _blank(e: ast.AST) -> bool:
    return isinstance(e, ast.Constant) and e.value in ("", None)


def text(e: ast.AST) -> str | None:
    """The text of a string constant ('email' of c['email'])."""
    return e.value if isinstance(e, ast.Constant) and isinstance(e.value, str) else None


def _keywords(keywords: list[ast.keyword]) -> ast.expr:
    """The keywords of 'f(Email=..., LastName=...)' as a dict literal; a '**rest' has no key (no dict then)."""
    if not all(k.arg for k in keywords):
        return ast.Constant(None)
    keys: list[ast.expr | None] = [ast.Constant(k.arg, lineno=k.lineno, col_offset=k.col_offset) for k in keywords]
    return ast.Dict(keys=keys, values=[k.value for k in keywords], lineno=keywords[0].lineno if keywords else 1, col_offset=0)


def _as_dict(e: ast.expr) -> ast.expr:
    """"dict(Email=c['email'], ...)" as the dict literal it builds (other values as they are)."""
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "dict" and not e.args:
        return _keywords(e.keywords)
    return e


class _Substitute(ast.NodeTransformer):
    """A name replaced by the expression it stood for."""

    def __init__(self, name: str, value: ast.expr) -> None:
        self.name, self.value = name, value

    def visit_Name(self, node: ast.Name) -> ast.expr:
        return self.value if node.id == self.name else node


def span(n: ast.stmt | ast.expr) -> Span:
    return n.lineno, n.end_lineno or n.lineno


@dataclass
class _Chain:
    """A value set by an if/elif/else chain (or an 'x if c else y'): its branches and its else."""

    branches: list[tuple[ast.expr, ast.expr]]
    otherwise: ast.expr | None
    span: Span


@dataclass
class _Local:
    """A local variable: what it was set to, and where."""

    value: ast.expr | _Chain
    span: Span


@dataclass
class _Entry:
    """One destination key: the dict it is in, its path there, its value, the test it is written under."""

    owner: str  # '' for a dict literal that is the output itself, else the dict variable's name
    path: str
    value: ast.expr | _Chain  # a chain: "if x: lead['Rating'] = 'Hot' else: lead['Rating'] = 'Cold'"
    guard: ast.expr | None
    span: Span  # its own lines (their comments are its note)
    whole: Span  # the lines kept as written when it cannot be said (its 'if' too)


@dataclass
class Reader:
    """What a region's statements say: filters, dict entries, tags, locals; then their rule lines."""

    helpers: dict[str, str] = field(default_factory=lambda: dict(HELPERS))
    env: dict[str, _Local] = field(default_factory=dict)
    dicts: dict[str, ast.Dict] = field(default_factory=dict)  # dict variables (outputs or value tables)
    lists: dict[str, list[tuple[ast.expr, ast.expr | None]]] = field(default_factory=dict)  # list variables: items and their tests
    entries: list[_Entry] = field(default_factory=list)
    said: list[tuple[int, str, list[Span]]] = field(default_factory=list)  # (line, filter sentence, its lines)
    kept: list[Span] = field(default_factory=list)  # statements kept as written
    used: set[str] = field(default_factory=set)  # locals a said rule reads
    helpers_used: set[str] = field(default_factory=set)
    records: set[str] = field(default_factory=set)  # the names the record is read from ('c', 'l', 'm')
    notes: list[tuple[int, str]] = field(default_factory=list)  # docstrings
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)  # 'def rating(n): if ...: return 'Hot' ...'

    def prescan(self, tree: ast.Module) -> None:
        """The value functions and value tables of a region known before its first statement is
        read: a writer may define them below the dict that calls them ('LANG = {...}' at the end)."""
        for s in tree.body:
            if isinstance(s, ast.FunctionDef) and value_function(s):
                self.functions[s.name] = s
            elif isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(t := s.targets[0], ast.Name) \
                    and isinstance(s.value, ast.Dict) and _all_constant(s.value):
                self.dicts[t.id] = s.value

    # --- values read from the record ------------------------------------------------------------

    def resolve(self, e: ast.expr) -> ast.expr | _Chain:
        """``e`` with a local variable replaced by what it was set to, a fallback helper's call as the
        'or' it means and a value function's call as the chain its body returns."""
        for _ in range(8):
            if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and not e.keywords:
                name = e.func.id
                if name.lower() in FALLBACKS and len(e.args) >= 2:
                    self.helpers_used.add(name)
                    return ast.copy_location(ast.BoolOp(op=ast.Or(), values=list(e.args)), e)
                if name in self.functions and len(e.args) == 1:
                    self.helpers_used.add(name)
                    return _returns(self.functions[name], e.args[0])
                break
            if not (isinstance(e, ast.Name) and e.id in self.env):
                break
            self.used.add(e.id)
            v = self.env[e.id].value
            if isinstance(v, _Chain):
                return v
            e = v
        return e

    def _base(self, base: ast.expr, key: str) -> str | None:
        """The field ``key`` of the record (or of a part of it: mf = m['merge_fields'])."""
        if isinstance(base, ast.Name) and base.id not in self.env and base.id not in self.dicts and base.id not in self.lists:
            self.records.add(base.id)
            return key
        inner = self.field_of(base)
        return f"{inner}.{key}" if inner else None

    def field_of(self, e: ast.expr) -> str | None:
        """The source field a record read names: c['email'] -> 'email', mf['FNAME'] -> 'merge_fields.FNAME'."""
        r = self.resolve(e)
        if isinstance(r, ast.Subscript) and (key := text(r.slice)) is not None:
            return self._base(r.value, key)
        if (isinstance(r, ast.Call) and isinstance(r.func, ast.Attribute) and r.func.attr == "get" and not r.keywords
                and 1 <= len(r.args) <= 2 and (key := text(r.args[0])) is not None and (len(r.args) == 1 or _blank(r.args[1]))):
            return self._base(r.func.value, key)  # "c.get('x')", "c.get('x', '')": a missing key is an empty one
        return None

    def helper(self, e: ast.AST) -> str | None:
        """The format a helper call names ('tc(x)' -> 'in title case', 'to_e164_uk(x)': E.164, UK numbers)."""
        if not (isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and len(e.args) == 1 and not e.keywords):
            return None
        name = e.func.id.lower()
        said = self.helpers.get(name)
        if said is None and name[-3:-2] == "_" and self.helpers.get(name[:-3]) == "in E.164" and name[-2:] in _REGIONS:
            said = f"in E.164 with {_REGIONS[name[-2:]]} as the default country"
        if said is not None:
            self.helpers_used.add(e.func.id)
        return said

    def formatted(self, e: ast.expr) -> tuple[str, list[str]] | None:
        """A field under format calls: ('firstname', ['trimmed', 'in title case']), inner first."""
        formats: list[str] = []
        while (f := self.field_of(e)) is None:
            r = self.resolve(e)
            if isinstance(r, ast.Call) and isinstance(r.func, ast.Attribute) and r.func.attr in _METHODS and not r.args and not r.keywords:
                formats.append(_METHODS[r.func.attr])
                e = r.func.value
            elif isinstance(r, ast.Call) and (h := self.helper(r)) is not None:
                formats.append(h)
                e = r.args[0]
            elif isinstance(r, ast.Subscript) and isinstance(r.slice, ast.Slice) and r.slice.lower is None and r.slice.step is None \
                    and isinstance(r.slice.upper, ast.Constant) and r.slice.upper.value == 10:
                formats.append("as a date")  # "c['createdate'][:10]": the YYYY-MM-DD of a timestamp
                e = r.value
            elif isinstance(r, ast.Subscript) and isinstance(r.slice, ast.Constant) and r.slice.value == 0 and isinstance(r.value, ast.Call) \
                    and isinstance(r.value.func, ast.Attribute) and r.value.func.attr == "split" and len(r.value.args) == 1 \
                    and text(r.value.args[0]) == "T":
                formats.append("as a date")  # "c['createdate'].split('T')[0]"
                e = r.value.func.value
            else:
                return None
        formats.reverse()
        if "as a whole number" in formats and "as a number" in formats:
            formats.remove("as a number")  # "int(float(c['x']))"
        return f, list(dict.fromkeys(formats))

    def part(self, e: ast.expr) -> str | None:
        """"c['email'].split('@')[0]" -> 'the part of email before the @'; ".split()[0]" -> the first word."""
        r = self.resolve(e)
        if isinstance(r, ast.Call) and isinstance(r.func, ast.Name) and r.func.id.lower() in _FIRST_WORD and len(r.args) == 1 \
                and (col := self.field_of(r.args[0])) is not None:
            self.helpers_used.add(r.func.id)
            return f"the first word of {col}"
        if not (isinstance(r, ast.Subscript) and isinstance(r.slice, ast.Constant | ast.UnaryOp)):
            return None
        n = ast.literal_eval(r.slice) if isinstance(r.slice, ast.Constant) or isinstance(r.slice.operand, ast.Constant) else None
        call = r.value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "split" and not call.keywords
                and (len(call.args) <= 1 or (len(call.args) == 2 and isinstance(call.args[1], ast.Constant) and call.args[1].value == 1))):
            return None  # "split('@', 1)": one cut, the same two parts
        col = self.field_of(call.func.value)
        sep = text(call.args[0]) if call.args else None
        if col is None:
            return None
        if sep == "@" and n in (0, 1, -1):
            return f"the part of {col} {'before' if n == 0 else 'after'} the @"
        if sep in (None, " ") and n == 0:
            return f"the first word of {col}"
        return None

    def source(self, e: ast.expr) -> str | None:
        """A value read from the record: a field with its formats, a part of one, or a constant."""
        r = self.resolve(e)
        if isinstance(r, _Chain):
            return None
        if (lit := _lit(r)) is not None:
            return lit
        if (p := self.part(r)) is not None:
            return p
        f = self.formatted(r)
        return None if f is None else f[0] + (", " + " and ".join(f[1]) if f[1] else "")

    # --- conditions -----------------------------------------------------------------------------

    def subject(self, e: ast.expr) -> str | None:
        """The field a test reads, under float()/int()/.strip() and "or 0" ("float(c['x'] or 0) > 5")."""
        r = self.resolve(e)
        while not isinstance(r, _Chain):
            if isinstance(r, ast.Call) and isinstance(r.func, ast.Name) and r.func.id in _WRAPPERS and len(r.args) == 1:
                r = self.resolve(r.args[0])
            elif isinstance(r, ast.Call) and isinstance(r.func, ast.Attribute) and r.func.attr == "strip" and not r.args:
                r = self.resolve(r.func.value)
            elif isinstance(r, ast.BoolOp) and isinstance(r.op, ast.Or) and len(r.values) == 2 and isinstance(r.values[1], ast.Constant) \
                    and r.values[1].value in (0, 0.0, ""):
                r = self.resolve(r.values[0])
            else:
                return self.field_of(r)
        return None

    def cond(self, e: ast.expr, negate: bool = False) -> str | None:
        """A test in the grammar's words ('lifecyclestage is 'customer' or annualrevenue is more than 5')."""
        r = self.resolve(e)
        if isinstance(r, _Chain):
            return None
        if isinstance(r, ast.UnaryOp) and isinstance(r.op, ast.Not):
            return self.cond(r.operand, not negate)
        if isinstance(r, ast.BoolOp):
            if any(isinstance(v := self.resolve(x), ast.BoolOp) and type(v.op) is not type(r.op) for x in r.values):
                return None  # '(a or b) and c': no words keep the brackets
            said = [self.cond(v, negate) for v in r.values]
            join = " or " if isinstance(r.op, ast.Or) != negate else " and "  # 'not (a or b)': neither
            if not all(said):
                return None
            parts = [str(s) for s in said]
            if join == " and ":  # "x and int(x) > 50": an empty x is more than nothing anyway
                parts = [p for p in parts if not (p.endswith(" is not empty") and any(_holds_only_filled(q, p[: -len(" is not empty")]) for q in parts))]
            return join.join(parts)
        if isinstance(r, ast.Compare):
            return self.compare(r, negate)
        if isinstance(r, ast.Call) and isinstance(r.func, ast.Name) and len(r.args) == 1 and not r.keywords \
                and (empty := r.func.id.lower() in _EMPTY_TESTS or r.func.id.lower() in _FILLED_TESTS):
            test = self.filled(r.args[0], empty != negate)  # "blank(c['phone'])": a helper asking if it is empty
            if test is not None:
                self.helpers_used.add(r.func.id)
            return test
        col = self.subject(r)  # "if c['phone']:": it is filled (true, for a checkbox)
        if col is None:
            return None
        if col.split(".")[-1].lower() in _booleans():
            return f"{col} is {'false' if negate else 'true'}"
        return f"{col} is {'empty' if negate else 'not empty'}"

    def filled(self, e: ast.expr, empty: bool) -> str | None:
        """Whether a value is empty ('phone is empty'); of a fallback ("p = first_nonblank(a, b)"),
        whether all its fields are ('a is empty and b is empty') or any is filled."""
        r = self.resolve(e)
        if isinstance(r, ast.BoolOp) and isinstance(r.op, ast.Or):
            cols = [self.subject(v) for v in r.values]
            if not cols or any(c is None for c in cols):
                return None
            return (" and " if empty else " or ").join(f"{c} is {'empty' if empty else 'not empty'}" for c in cols)
        col = self.subject(e)
        return None if col is None else f"{col} is {'empty' if empty else 'not empty'}"

    def compare(self, r: ast.Compare, negate: bool) -> str | None:
        if len(r.ops) != 1:
            return None
        op, left, right = type(r.ops[0]), r.left, r.comparators[0]
        op = _NEGATED.get(op, op) if negate else op
        if op in (ast.In, ast.NotIn) and (lv := _lit(left)) is not None and (col := self.field_of(right)) is not None:
            if col.split(".")[-1].lower() not in _list_fields():
                return None
            return f"{col} {'contains' if op is ast.In else 'does not contain'} {lv}"  # "'Customer' in m['tags']"
        if op in (ast.In, ast.NotIn):
            col = self.subject(left)
            items = [_lit(x) for x in right.elts] if isinstance(right, ast.Tuple | ast.List | ast.Set) else []
            if col is None or not items or any(i is None for i in items):
                return None
            return f"{col} is {'not ' if op is ast.NotIn else ''}" + " or ".join(str(i) for i in items)
        if op in (ast.Is, ast.IsNot) and isinstance(right, ast.Constant) and right.value is None:
            return self.filled(left, op is ast.Is)
        if op not in _OPS:
            return None
        col, value = self.subject(left), right
        if col is None and _lit(left) is not None:
            col, value, op = self.subject(right), left, _FLIPPED.get(op, op)  # "'customer' == c['lifecyclestage']"
        if col is None:
            return None
        if _blank(value) and op in (ast.Eq, ast.NotEq):
            return f"{col} is {'not ' if op is ast.NotEq else ''}empty"
        v = _lit(value)
        return f"{col} {_OPS[op]} {v}" if v is not None else None

    def value_cond(self, e: ast.expr) -> str | None:
        """A test a value is chosen by: 'and' only between empty tests (the grammar reads "'Hot' if x is
        'a' and y is more than 5" as its first test only, so that one is left in code)."""
        c = self.cond(e)
        if c is not None and " and " in c and not all(p.endswith((" is empty", " is not empty")) for p in c.split(" and ")):
            return None
        return c

    # --- one destination's rule -----------------------------------------------------------------

    def table(self, e: ast.expr) -> tuple[str, list[tuple[str, str]], str | None] | None:
        """A value table looked up by a field: "ISO2[c['country']]", "SOURCE.get(c['x'], 'Other')"."""
        default: ast.expr | None = None
        if isinstance(e, ast.Subscript) and not isinstance(e.slice, ast.Slice | ast.Constant):
            table, key = e.value, e.slice
        elif isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and e.func.attr == "get" and 1 <= len(e.args) <= 2 and not e.keywords:
            table, key = e.func.value, e.args[0]
            default = e.args[1] if len(e.args) == 2 else None
        else:
            return None
        if isinstance(table, ast.Name) and table.id in self.dicts:
            self.used.add(table.id)
            table = self.dicts[table.id]
        col = self.field_of(key)
        if not isinstance(table, ast.Dict) or col is None:
            return None
        rows = [(_lit(k) if k is not None else None, _lit(v)) for k, v in zip(table.keys, table.values, strict=True)]
        otherwise = _lit(default) if default is not None else None
        if not rows or any(k is None or v is None for k, v in rows) or (default is not None and otherwise is None):
            return None
        return col, [(str(k), str(v)) for k, v in rows], otherwise

    def chain(self, dst: str, ch: _Chain) -> str | None:
        """An if/elif/else chain as a value table (each test 'x == lit' or 'x in (...)' on one field)
        or as values with their tests ('Rating = 'Hot' if ..., otherwise 'Warm'')."""
        values = [_lit(v) for _, v in ch.branches]
        otherwise = _lit(ch.otherwise) if ch.otherwise is not None else None
        if any(v is None for v in values) or (ch.otherwise is not None and otherwise is None):
            return None
        keys: list[tuple[str, list[str]]] = []
        for test, _ in ch.branches:
            if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq | ast.In) and (col := self.field_of(test.left)):
                right = test.comparators[0]
                items = [right] if isinstance(test.ops[0], ast.Eq) else list(right.elts) if isinstance(right, ast.Tuple | ast.List | ast.Set) else []
                lits = [_lit(i) for i in items]
                if lits and all(lits) and not any(_blank(i) for i in items):
                    keys.append((col, [str(x) for x in lits]))
                    continue
            break
        if len(keys) == len(ch.branches) and len({c for c, _ in keys}) == 1:
            rows = [f"{k} -> {v}" for (_, ks), v in zip(keys, values, strict=True) for k in ks]
            return f"{dst} from {keys[0][0]}: " + ", ".join(rows) + (f", otherwise -> {otherwise}" if otherwise else "")
        parts: list[str] = []
        for (test, _), v in zip(ch.branches, values, strict=True):
            c = self.value_cond(test)
            if c is None:
                return None
            parts.append(f"{v} if {c}")
        return f"{dst} = " + ", ".join(parts) + (f", otherwise {otherwise}" if otherwise else "")

    def table_rule(self, dst: str, branches: list[tuple[ast.expr, ast.expr]]) -> str | None:
        """Values chosen by tests with no value for the rest (a spreadsheet's IFS with no TRUE at the
        end): the chain said as a table with no otherwise, or None when a value is no constant."""
        if any(_lit(v) is None for _, v in branches):
            return None
        return self.chain(dst, _Chain(branches, None, (1, 1)))

    def concat(self, e: ast.expr) -> list[str] | None:
        """The parts of "a + ' ' + b" or f"{a} {b}", each a plain field or a text."""
        r = self.resolve(e)
        if isinstance(r, ast.BinOp) and isinstance(r.op, ast.Add):
            a, b = self.concat(r.left), self.concat(r.right)
            return a + b if a is not None and b is not None else None
        if isinstance(r, ast.JoinedStr):
            out: list[str] = []
            for v in r.values:
                p = self.concat(v.value if isinstance(v, ast.FormattedValue) and v.conversion == -1 and v.format_spec is None else v)
                if p is None:
                    return None
                out += p
            return out
        s = self.source(r) if not isinstance(r, _Chain) else None
        return [s] if s is not None and "," not in s else None

    def joined(self, dst: str, r: ast.expr) -> str | None:
        """"', '.join([a, b])": the parts with the text between; "', '.join(p for p in (a, b) if not
        blank(p))": an empty part left out with its separator (the other part alone)."""
        if not (isinstance(r, ast.Call) and isinstance(r.func, ast.Attribute) and r.func.attr == "join" and (sep := text(r.func.value)) is not None
                and len(r.args) == 1 and not r.keywords):
            return None
        arg, skips = r.args[0], False
        if isinstance(arg, ast.GeneratorExp | ast.ListComp) and len(arg.generators) == 1 and isinstance(arg.elt, ast.Name):
            gen = arg.generators[0]
            if not (isinstance(gen.target, ast.Name) and gen.target.id == arg.elt.id and len(gen.ifs) <= 1):
                return None
            if gen.ifs:
                part = ast.Subscript(value=ast.Name(id="part_"), slice=ast.Constant("part_"))  # the test's subject: any part
                self.env[gen.target.id] = _Local(part, span(r))
                test = self.cond(gen.ifs[0])
                del self.env[gen.target.id]
                self.records.discard("part_")
                if test != "part_ is not empty":
                    return None
                skips = True
            arg = gen.iter
        if not isinstance(arg, ast.Tuple | ast.List) or len(arg.elts) < 2:
            return None
        parts = [self.source(x) for x in arg.elts]
        if any(x is None or "," in x or x.startswith(("'", '"')) for x in parts):
            return None
        quoted = f'"{sep}"' if "'" in sep else f"'{sep}'"
        line = f"{dst} = " + f" + {quoted} + ".join(str(x) for x in parts)
        if skips and len(parts) == 2:  # the grammar's words for a join's fallback to its other part
            line += f"; if {parts[0]} is blank, just the {parts[1]}; if {parts[1]} is blank, just the {parts[0]}"
        elif skips:
            return None
        return line

    def template(self, e: ast.expr) -> str | None:
        """An f-string as a braced template ('HubSpot {hs_analytics_source} lead, created {createdate as
        YYYY-MM-DD}'): the form that carries a date format inside a joined value."""
        r = self.resolve(e)
        if isinstance(r, ast.BinOp) and isinstance(r.op, ast.Add):  # "'Customer since ' + c['createdate'][:10]"
            left, right = self.template(r.left), self.template(r.right)
            return left + right if left is not None and right is not None else None
        if isinstance(r, ast.Constant) and isinstance(r.value, str):
            return r.value if not any(ch in r.value for ch in '"{}') else None
        if isinstance(r, ast.Subscript | ast.Call) and not isinstance(r, ast.JoinedStr):
            f = self.formatted(r)
            if f is None or any(x != "as a date" for x in f[1]):
                return None
            return "{" + f[0] + (" as YYYY-MM-DD" if f[1] else "") + "}"
        if not isinstance(r, ast.JoinedStr):
            return None
        out = ""
        for v in r.values:
            if (t := text(v)) is not None and not any(ch in t for ch in '"{}'):
                out += t
                continue
            f = self.formatted(v.value) if isinstance(v, ast.FormattedValue) and v.conversion == -1 and v.format_spec is None else None
            if f is None or any(x != "as a date" for x in f[1]):
                return None
            out += "{" + f[0] + (" as YYYY-MM-DD" if f[1] else "") + "}"
        return out

    def fallback(self, dst: str, r: ast.BoolOp, formats: list[str] | None = None) -> str | None:
        """'a or b or 'Default'': the first filled of the fields, then the default; 'to_e164(a or b)':
        the format said after the fields."""
        said = [self.source(v) for v in r.values]
        if any(s is None for s in said):
            return None
        if formats:  # "int(c['x'] or 0)": the format of the fields, the constant when all are empty
            last = _lit(self.resolve(r.values[-1])) if len(said) > 1 else None  # type: ignore[arg-type]
            fields = [str(x) for x in said[: len(said) - (1 if last else 0)]]
            if any("," in x or _lit(self.resolve(v)) is not None for x, v in zip(fields, r.values, strict=False)):  # type: ignore[arg-type]
                return None
            return f"{dst} <- " + ", else ".join(fields) + ", " + " and ".join(formats) + (f"; if empty, {last}" if last else "")
        last = _lit(self.resolve(r.values[-1]))  # type: ignore[arg-type]
        fields = [str(s) for s in said[: len(said) - (1 if last or _blank(r.values[-1]) else 0)]]
        last = None if last in ("''", '""') else last  # "c['x'] or ''": empty either way
        if not fields or any(s.startswith(("'", '"')) for s in fields):
            return None
        if len(fields) >= 3 and not last and any(x.startswith("the ") for x in fields[2:]):
            # 'a, else b, else the part of c before the @' reads the part as b's; each fallback said on its own
            return f"{dst}: {fields[0]}; if empty, {fields[1]}" + "".join(f"; if that is empty too, {x}" for x in fields[2:])
        return f"{dst} <- " + ", else ".join(fields) + (f"; if empty, {last}" if last else "")

    def truth(self, dst: str, r: ast.expr) -> str | None:
        """A value that is a test ("c['x'] == 'true'", "x > 5 if x.strip() else False"): true or false."""
        if isinstance(r, ast.IfExp) and isinstance(r.orelse, ast.Constant) and r.orelse.value is False and isinstance(r.body, ast.Compare):
            # "float(x) > 1e6 if x.strip() else False": the test only keeps an empty x from the comparison
            c, guard = self.cond(r.body), self.cond(r.test)
            same = guard is not None and guard.endswith(" is not empty") and " and " not in guard and _fields_in(self, r.test) <= _fields_in(self, r.body)
            return f"{dst} is true if {c}, otherwise false" if c and same and not _blank(r.body.comparators[0]) else None
        if isinstance(r, ast.Compare | ast.BoolOp) or (isinstance(r, ast.UnaryOp) and isinstance(r.op, ast.Not)):
            c = self.value_cond(r)
            return f"{dst} is true if {c}, otherwise false" if c else None
        return None

    def tags(self, e: ast.expr, when: str | None = None) -> list[str] | None:
        """A list's items as sentences ('Add the tag 'Customer' if lifecyclestage is 'customer'.'):
        a list of texts, lists added together, "['B'] if cond else []", a list variable and its appends."""
        r = self.resolve(e)
        if isinstance(r, _Chain):
            return None
        if isinstance(r, ast.Name) and r.id in self.lists:
            self.used.add(r.id)
            out: list[str] = []
            for item, test in self.lists[r.id]:
                c = self.value_cond(test) if test is not None else None
                said = self.tags(ast.List(elts=[item]), c) if test is None or c else None
                if said is None:
                    return None
                out += said
            return out
        if isinstance(r, ast.BinOp) and isinstance(r.op, ast.Add):
            a, b = self.tags(r.left, when), self.tags(r.right, when)
            return a + b if a is not None and b is not None else None
        if isinstance(r, ast.IfExp) and isinstance(r.orelse, ast.List) and not r.orelse.elts and when is None:
            c = self.value_cond(r.test)
            return self.tags(r.body, c) if c else None
        if isinstance(r, ast.List):
            lits = [_lit(x) for x in r.elts]
            if any(v is None for v in lits):
                return None
            return [f"Add the tag {v}" + (f" if {when}." if when else ".") for v in lits]
        return None

    def one_tag(self, dst: str, e: ast.expr) -> str | None:
        """"'tags': [c['company'] or c['email'].split('@')[1]]": one tag, a field's value (or the next field's)."""
        r = self.resolve(e)
        if isinstance(r, ast.BoolOp) and isinstance(r.op, ast.Or):
            line = self.fallback(dst, r)
            return line if line and "; if empty" not in line else None
        src = self.source(r) if not isinstance(r, _Chain) else None
        return f"{dst} <- {src}" if src and not src.startswith(("'", '"')) else None

    def rule(self, dst: str, e: ast.expr | _Chain) -> str | None:
        """One rule line for ``dst`` from the expression that computes it, or None."""
        r = self.resolve(e) if isinstance(e, ast.expr) else e
        if isinstance(r, _Chain):
            return self.chain(dst, r)
        is_tags = dst.split(".")[-1].lower() == "tags"
        if is_tags and (items := self.tags(r)) is not None:
            return " ".join(items) if items else "tags = empty list"
        if is_tags and isinstance(r, ast.List) and len(r.elts) == 1:
            return self.one_tag(dst, r.elts[0])
        if (lit := _lit(r)) is not None:
            return f"{dst} = {lit}"
        if isinstance(r, ast.BoolOp) and isinstance(r.op, ast.Or):
            return self.fallback(dst, r)
        if isinstance(r, ast.Call) and (h := self.helper(r)) is not None and isinstance(inner := self.resolve(r.args[0]), ast.BoolOp) \
                and isinstance(inner.op, ast.Or):
            return self.fallback(dst, inner, [h])
        if (t := self.truth(dst, r)) is not None:
            return t
        if isinstance(r, ast.IfExp) and (self.cond(r.test) or "").endswith(" is not empty") and _fields_in(self, r.test) == _fields_in(self, r.body) \
                and (s := self.source(r.body)) is not None and "," not in s:
            return self.fallback(dst, ast.BoolOp(op=ast.Or(), values=[r.body, r.orelse]))  # "c['a'] if c['a'] else c['b']"
        if isinstance(r, ast.IfExp):
            branches, otherwise = _flat_ifexp(r)
            return self.chain(dst, _Chain(branches, otherwise, span(r)))
        if (tb := self.table(r)) is not None:
            col, rows, other = tb
            return f"{dst} from {col}: " + ", ".join(f"{k} -> {v}" for k, v in rows) + (f", otherwise -> {other}" if other else "")
        if (joined := self.joined(dst, r)) is not None:
            return joined
        if isinstance(r, ast.BinOp | ast.JoinedStr) and (parts := self.concat(r)) is not None and len(parts) > 1:
            return f"{dst} = " + " + ".join(parts)
        if isinstance(r, ast.BinOp | ast.JoinedStr) and (tpl := self.template(r)) is not None:
            return f'{dst} = "{tpl}"'
        if (src := self.source(r)) is not None:
            return f"{dst} <- {src}"
        return None

    # --- statements -----------------------------------------------------------------------------

    def attempt(self, take: Callable[[], bool]) -> bool:
        """``take()``, undone when it fails half-way (a block is said whole or kept whole)."""
        before = (len(self.entries), len(self.said), {k: len(v) for k, v in self.lists.items()})
        if take():
            return True
        del self.entries[before[0] :], self.said[before[1] :]
        for k, n in before[2].items():
            del self.lists[k][n:]
        return False

    def entries_of(self, owner: str, prefix: str, d: ast.Dict, guard: ast.If | None = None) -> bool:
        """Each key of a dict literal as an entry (a nested dict's keys as 'traits.firstName', a list
        of one dict as 'events[0].name'); False when a key is no text."""
        for k, v in zip(d.keys, d.values, strict=True):
            key = text(k) if k is not None else None
            if key is None:
                return False
            path = f"{prefix}{key}"
            v = _as_dict(v)
            if isinstance(v, ast.Dict):
                if not self.entries_of(owner, path + ".", v, guard):
                    return False
            elif isinstance(v, ast.List) and len(v.elts) == 1 and isinstance(v.elts[0], ast.Dict):
                if not self.entries_of(owner, path + "[0].", v.elts[0], guard):
                    return False
            else:
                own = (k.lineno if k is not None else v.lineno, v.end_lineno or v.lineno)
                self.entries.append(_Entry(owner, path, v, guard.test if guard else None, own, span(guard) if guard else own))
        return True

    def target(self, t: ast.expr) -> tuple[str, str] | None:
        """"lead['Phone']", "traits['address']['state']" as (dict variable, 'address.state')."""
        keys: list[str] = []
        while isinstance(t, ast.Subscript) and (key := text(t.slice)) is not None:
            keys.insert(0, key)
            t = t.value
        if isinstance(t, ast.Name) and t.id in self.dicts and keys:
            return t.id, ".".join(keys)
        return None

    def statement(self, s: ast.stmt, guard: ast.If | None = None) -> bool:
        """Take in one statement; False when it is nothing this module can say."""
        if isinstance(s, ast.FunctionDef | ast.For) and guard is None:
            if isinstance(s, ast.FunctionDef) and s.name.lower() in self.helpers:
                self.helpers_used.add(s.name)  # 'def tc(s): ...': a helper, said by the format it names
                return True
            if isinstance(s, ast.FunctionDef) and value_function(s):
                self.functions[s.name] = s  # 'def rating(n): ...': said where it is called
                return True
            if isinstance(s, ast.For) and not isinstance(s.target, ast.Name):
                return False
            for b in s.body:  # 'def to_lead(c):', 'for c in contacts:': the body reads the record
                if not self.attempt(lambda b=b: self.statement(b)):  # type: ignore[misc]
                    self.kept.append(span(b))
            return True
        if isinstance(s, ast.Assign) and len(s.targets) == 1:
            return self.assign(s.targets[0], s.value, s, guard)
        if isinstance(s, ast.AnnAssign) and s.value is not None:
            return self.assign(s.target, s.value, s, guard)  # "lead: dict = {...}"
        if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and isinstance(s.value.func, ast.Attribute) and s.value.func.attr == "update" \
                and isinstance(s.value.func.value, ast.Name) and s.value.func.value.id in self.dicts and len(s.value.args) <= 1:
            d = _as_dict(s.value.args[0]) if s.value.args else _keywords(s.value.keywords)
            return isinstance(d, ast.Dict) and self.entries_of(s.value.func.value.id, "", d, guard)  # "lead.update({...})"
        if isinstance(s, ast.AugAssign) and isinstance(s.op, ast.Add) and isinstance(s.target, ast.Name) and s.target.id in self.lists \
                and isinstance(s.value, ast.List):
            self.lists[s.target.id] += [(x, guard.test if guard else None) for x in s.value.elts]  # "tags += ['X']"
            return True
        if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and isinstance(s.value.func, ast.Attribute) \
                and isinstance(s.value.func.value, ast.Name) and s.value.func.value.id in self.lists and len(s.value.args) == 1:
            name, arg = s.value.func.value.id, s.value.args[0]
            if s.value.func.attr == "append":
                self.lists[name].append((arg, guard.test if guard else None))
                return True
            if s.value.func.attr == "extend" and isinstance(arg, ast.List):
                self.lists[name] += [(x, guard.test if guard else None) for x in arg.elts]
                return True
            return False
        if isinstance(s, ast.If):
            return guard is None and self.if_chain(s)
        if guard is not None:
            return False
        if isinstance(s, ast.Expr) and text(s.value) is not None:
            self.notes.append((s.lineno, str(text(s.value)).strip()))  # a docstring: a sentence after the rules
            return True
        if isinstance(s, ast.Return | ast.Expr) and isinstance(s.value, ast.Dict | ast.Yield):
            out = s.value.value if isinstance(s.value, ast.Yield) else s.value  # 'yield {...}'
            return isinstance(out, ast.Dict) and self.entries_of("", "", out)
        if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call):
            return self.call(s.value)
        return isinstance(s, ast.Return) and isinstance(s.value, ast.Name) and s.value.id in self.dicts  # 'return out': said already

    def assign(self, t: ast.expr, v: ast.expr, s: ast.stmt, guard: ast.If | None) -> bool:
        """'lead = {...}', 'tags = []', 'phone = c['a'] or c['b']', "lead['Phone'] = ...", ISO2 = {...}."""
        v = _as_dict(v)
        if isinstance(t, ast.Name) and guard is None:
            if isinstance(v, ast.Dict):
                self.dicts[t.id] = v
                return _all_constant(v) or self.entries_of(t.id, "", v)
            if isinstance(v, ast.List) and all(_lit(x) is not None for x in v.elts):
                self.lists[t.id] = [(x, None) for x in v.elts]
                return True
            if any(isinstance(n, ast.Name) and n.id == t.id for n in ast.walk(v)):  # "name = name.strip()": the value before
                old = self.env.get(t.id)
                if old is None or isinstance(old.value, _Chain):
                    return False
                v = _Substitute(t.id, old.value).visit(v)
            self.env[t.id] = _Local(v, span(s))
            return True
        if (tg := self.target(t)) is None:
            return False
        if isinstance(v, ast.Dict):
            return self.entries_of(tg[0], tg[1] + ".", v, guard)
        own = span(s)
        self.entries.append(_Entry(tg[0], tg[1], v, guard.test if guard else None, own, span(guard) if guard else own))
        return True

    def call(self, c: ast.Call) -> bool:
        """'identify({...})', 'analytics.identify(userId=..., traits=traits)': the call's dict or keywords
        are the output; 'send(payload)' sends a dict said already."""
        if len(c.args) == 1 and not c.keywords and isinstance(d := _as_dict(c.args[0]), ast.Dict):
            return self.entries_of("", "", d)
        if len(c.args) == 1 and not c.keywords and isinstance(c.args[0], ast.Name) and c.args[0].id in self.dicts:
            return True
        kw = _keywords(c.keywords) if not c.args and c.keywords else None
        return isinstance(kw, ast.Dict) and self.entries_of("", "", kw)

    def if_chain(self, s: ast.If) -> bool:
        """A filter ('if ...: return None'), a chain setting one variable or key, or keys set under a test."""
        branches, otherwise = _branches(s)
        if len(branches) == 1 and otherwise is None and len(s.body) == 1 and _drops(s.body[0]):
            only = self.cond(s.test, negate=True) if _negative(s.test) else None
            skip = self.cond(s.test) if only is None else None
            if only is None and skip is None:
                return False
            self.said.append((s.lineno, f"Only records where {only}." if only else f"Skip records where {skip}.", [span(s)]))
            return True
        assigned = [_one_assign(b) for _, b in branches] + ([_one_assign(otherwise)] if otherwise else [])
        targets = {ast.dump(a[0]) for a in assigned if a is not None}
        to = assigned[0][0] if assigned[0] is not None else None
        before = self.env.get(to.id) if isinstance(to, ast.Name) and otherwise is None else None  # "rating = 'Cold'" over the ifs
        if (len(assigned) > 1 or before is not None) and None not in assigned and len(targets) == 1:
            pairs = [a for a in assigned if a is not None]
            ch = _Chain([(test, a[1]) for (test, _), a in zip(branches, pairs, strict=False)], pairs[-1][1] if otherwise else None, span(s))
            first = before.value if before is not None else None
            if before is not None and first is not None:  # the later test wins, the value before is the otherwise
                more, rest = (first.branches, first.otherwise) if isinstance(first, _Chain) else ([], first)
                ch = _Chain(ch.branches + more, rest, (before.span[0], ch.span[1]))
            if isinstance(to, ast.Name):
                self.env[to.id] = _Local(ch, ch.span)
                return True
            if to is not None and (tg := self.target(to)) is not None:
                self.entries.append(_Entry(tg[0], tg[1], ch, None, span(s), span(s)))
                return True
            return False
        if otherwise is None and len(branches) == 1:
            # "if c['phone'].strip(): lead['Phone'] = ...": the body's keys are written only then
            return all(self.statement(b, s) for b in s.body)
        return False

    # --- the region's lines ---------------------------------------------------------------------

    def prefixes(self) -> dict[str, str]:
        """Where each dict variable goes: the path of the key whose value it is ('' at the top, or
        its own name when that is an object catalog fields nest under: "traits = {...}" alone)."""
        out = {name: (f"{name}." if name in _nested_objects() else "") for name, d in self.dicts.items() if not _all_constant(d)}
        for _ in range(4):
            for e in self.entries:
                if (inner := _nested(e.value)) is not None and inner[0] in out and inner[0] != e.owner:
                    out[inner[0]] = f"{out.get(e.owner, '')}{e.path}{inner[1]}."
        return out

    def lines(self) -> Iterator[tuple[int, str | None, list[Span], list[Span]]]:
        """(line, rule or None when it cannot be said, the lines its comments are on, the lines to
        keep instead: its statements and the locals it reads) for each destination, in order."""
        pre = self.prefixes()
        groups: dict[str, list[_Entry]] = {}
        for e in self.entries:
            if not ((inner := _nested(e.value)) and inner[0] in pre):  # "traits={'company': company}": said by company's keys
                groups.setdefault(f"{pre.get(e.owner, '')}{e.path}" if e.owner else e.path, []).append(e)
        for dst, es in groups.items():
            reads = [s for x in es for s in self.spans_of(x.value)]
            spans = [x.span for x in es] + reads + [span(x.guard) for x in es if x.guard is not None] + [x.whole for x in es]
            helpers = set(self.helpers_used)
            line = self.group(dst, es)
            if line is None:
                self.helpers_used = helpers  # a helper in a line kept as code keeps its comment too
            yield es[0].span[0], line, spans, [x.whole for x in es] + reads

    def group(self, dst: str, es: list[_Entry]) -> str | None:
        """The rule of one destination's entries: one value; one value written only when its
        source is filled; or constants set under tests over a first one (the last test that holds wins)."""
        free = [e for e in es if e.guard is None]
        tested = [e for e in es if e.guard is not None]
        if not tested:
            return self.rule(dst, es[-1].value)
        if len(es) == 1 and isinstance(es[0].value, ast.expr) and es[0].guard is not None:
            line = self.rule(dst, es[0].value)
            if line is not None and (left := self.omitted(line, es[0].value, es[0].guard)) is not None:
                return left
        if len(free) > 1 or (free and free[0] is not es[0]):
            return None
        branches = [(e.guard, e.value) for e in reversed(tested) if e.guard is not None and isinstance(e.value, ast.expr)]
        first = free[0].value if free else None
        if len(branches) != len(tested) or isinstance(first, _Chain):
            return None
        return self.chain(dst, _Chain(branches, first, es[0].span))

    def spans_of(self, e: ast.expr | _Chain) -> list[Span]:
        """The lines of the locals and chains ``e`` reads (their comments are its notes)."""
        if isinstance(e, _Chain):
            return [e.span] + [s for t, v in e.branches for s in self.spans_of(t) + self.spans_of(v)]
        out: list[Span] = []
        for n in ast.walk(e):
            if isinstance(n, ast.Name) and n.id in self.env:
                out += [self.env[n.id].span, *self.spans_of(self.env[n.id].value)]
            elif isinstance(n, ast.Name) and n.id in self.lists:  # a list's appends and their tests
                out += [span(x) for item, test in self.lists[n.id] for x in (item, test) if x is not None and hasattr(x, "lineno")]
        return out

    def omitted(self, line: str, value: ast.expr, guard: ast.expr) -> str | None:
        """A key set only under 'if <its source>:' is left out when that source is empty; only when
        the test asks exactly whether the value is filled ('if phone:' over 'phone = a or b')."""
        c = self.cond(guard)
        if c is None or " <- " not in line or "; if empty" in line or _fields_in(self, guard) != _fields_in(self, value):
            return None
        if not all(p.endswith(" is not empty") for p in c.split(" or ")):
            return None
        return f"{line}, left out when empty"


def _nested(value: ast.expr | _Chain) -> tuple[str, str] | None:
    """A dict variable put under a key ("'company': company"), or as a list's one item ("'events': [event]")."""
    if isinstance(value, ast.Name):
        return value.id, ""
    if isinstance(value, ast.List) and len(value.elts) == 1 and isinstance(value.elts[0], ast.Name):
        return value.elts[0].id, "[0]"
    return None


def _holds_only_filled(test: str, col: str) -> bool:
    """Can ``test`` hold of an empty ``col`` ('x is more than 5', 'x is 'a'' cannot; 'x is not 'a'' can)?"""
    rest = test[len(col) + 1 :] if test.startswith(col + " ") else ""
    return rest.startswith(("is more than ", "is at least ", "is '", 'is "')) or (rest.startswith("is ") and rest[3:4].isdigit())


def _fields_in(r: Reader, e: ast.expr) -> set[str]:
    """The source fields ``e`` reads (through its locals)."""
    out: set[str] = set()
    for n in ast.walk(e):
        if isinstance(n, ast.Name) and n.id in r.env and isinstance(v := r.env[n.id].value, ast.expr):
            out |= _fields_in(r, v)
        elif isinstance(n, ast.Subscript | ast.Call) and (f := r.field_of(n)) is not None:
            out.add(f)
    return out


def _all_constant(d: ast.Dict) -> bool:
    """A dict of constants to constants: a value table ("ISO2 = {'United States': 'US', ...}")."""
    return bool(d.keys) and all(isinstance(k, ast.Constant) for k in d.keys) and all(isinstance(v, ast.Constant) for v in d.values)


def _drops(s: ast.stmt) -> bool:
    """'return None', 'return', 'continue': the record is not sent."""
    return isinstance(s, ast.Continue) or (isinstance(s, ast.Return) and (s.value is None or (isinstance(s.value, ast.Constant) and s.value.value is None)))


def _negative(test: ast.expr) -> bool:
    """A skip test said better as what stays ("!= 'United States'", 'not in (...)', 'not x')."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return True
    return isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.NotEq | ast.NotIn)


def _branches(s: ast.If) -> tuple[list[tuple[ast.expr, list[ast.stmt]]], list[ast.stmt] | None]:
    """An if/elif chain's tests and bodies, and its else."""
    out = [(s.test, s.body)]
    rest = s.orelse
    while len(rest) == 1 and isinstance(rest[0], ast.If):
        out.append((rest[0].test, rest[0].body))
        rest = rest[0].orelse
    return out, rest or None


def _flat_ifexp(e: ast.IfExp) -> tuple[list[tuple[ast.expr, ast.expr]], ast.expr]:
    """"'a' if x else 'b' if y else 'c'" as its tests and values, and its last value."""
    out = [(e.test, e.body)]
    rest = e.orelse
    while isinstance(rest, ast.IfExp):
        out.append((rest.test, rest.body))
        rest = rest.orelse
    return out, rest


def _one_assign(body: list[ast.stmt] | None) -> tuple[ast.expr, ast.expr] | None:
    """A body that is one assignment: its target and value."""
    if body and len(body) == 1 and isinstance(body[0], ast.Assign) and len(body[0].targets) == 1:
        return body[0].targets[0], body[0].value
    return None


def value_function(f: ast.FunctionDef) -> bool:
    """'def rating(n): if blank(n): return 'Warm' ... return 'Cold'': one argument, and a body of
    returns (under ifs) of values, not of a record: a value said where the function is called."""
    body = [b for b in f.body if not (isinstance(b, ast.Expr) and text(b.value) is not None) and not isinstance(b, ast.Pass)]
    if len(f.args.args) != 1 or f.args.vararg or f.args.kwarg or not body or not isinstance(body[-1], ast.Return):
        return False
    for b in body:
        if isinstance(b, ast.If):
            branches, otherwise = _branches(b)
            bodies = [x for _, x in branches] + ([otherwise] if otherwise else [])
            if not all(len(x) == 1 and isinstance(x[0], ast.Return) and _value_return(x[0]) for x in bodies):
                return False
        elif not (isinstance(b, ast.Return) and _value_return(b)):
            return False
    return True


def _value_return(r: ast.Return) -> bool:
    return r.value is not None and not _drops(r) and not isinstance(r.value, ast.Dict | ast.Call | ast.Name | ast.List)


def _returns(f: ast.FunctionDef, arg: ast.expr) -> _Chain:
    """A value function's body as the chain of values it returns, its argument put in place."""
    name = f.args.args[0].arg

    def put(e: ast.expr) -> ast.expr:
        out: ast.expr = _Substitute(name, arg).visit(copy.deepcopy(e))  # (the body itself stays as written)
        return out

    branches: list[tuple[ast.expr, ast.expr]] = []
    otherwise: ast.expr | None = None
    for b in f.body:
        if isinstance(b, ast.If):
            tests, rest = _branches(b)
            branches += [(put(t), put(x[0].value)) for t, x in tests if isinstance(x[0], ast.Return) and x[0].value is not None]
            if rest and isinstance(rest[0], ast.Return) and rest[0].value is not None:
                otherwise = put(rest[0].value)
                break
        elif isinstance(b, ast.Return) and b.value is not None:
            if isinstance(b.value, ast.IfExp):
                more, last = _flat_ifexp(b.value)
                branches += [(put(t), put(v)) for t, v in more]
                otherwise = put(last)
            else:
                otherwise = put(b.value)
            break
    return _Chain(branches, otherwise, span(f))


def say_expression(dst: str, code: str) -> str | None:
    """The rule of one destination computed by one Python expression (``c['field']`` for the
    record's fields), in the grammar's words, or None: how the readers of other languages
    (spreadsheet formulas, SQL) say what they parsed, by saying it in Python first."""
    try:
        expr = _Flatten().visit(ast.parse(code, mode="eval")).body
    except SyntaxError:
        return None
    reader = Reader()
    tail = _else_of(expr) if isinstance(expr, ast.IfExp) else None
    if isinstance(tail, ast.Constant) and tail.value is None:
        branches: list[tuple[ast.expr, ast.expr]] = []
        e: ast.expr = expr
        while isinstance(e, ast.IfExp):
            branches.append((e.test, e.body))
            e = e.orelse
        return reader.table_rule(dst, branches)  # a choice with no last 'else': a table with no otherwise
    return reader.rule(dst, expr)


class _Flatten(ast.NodeTransformer):
    """'a or (b or c)' (nested IFs on filled tests) as the one chain 'a or b or c'."""

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.expr:
        self.generic_visit(node)
        values: list[ast.expr] = []
        for v in node.values:
            values += v.values if isinstance(v, ast.BoolOp) and type(v.op) is type(node.op) else [v]
        node.values = values
        return node


def _else_of(e: ast.IfExp) -> ast.expr:
    while isinstance(e.orelse, ast.IfExp):
        e = e.orelse
    return e.orelse

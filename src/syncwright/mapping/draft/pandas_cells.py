"""A sync written as Jupyter notebook cells of pandas code (round 58).

Data people write a mapping the way they would compute it: 'In [1]:' cells where
'out['FirstName'] = src['firstname'].str.strip().str.title()', 'np.where(cond, a, b)',
'np.select([...], [...], default=...)', '.replace(r'^\\s*$', np.nan, regex=True).fillna(x)',
'.map({...})', 'src = src.loc[mask]', a 'def e164(tel)' helper, a list comprehension for tags,
with '# comments' and a markdown '### Notes' list for what the code does not say. Read as
sentences the subscripts and calls were no rules.

Each 'out[...] =' assignment is the SQL expression it computes (pandas and SQL differ in spelling:
'.str.title()' is INITCAP, '.fillna(y)' COALESCE, '.map(dict)' a CASE, NaN for a blank a key left
out), and its comments the projection's; sql_select reads those as it reads a dbt model, so one
reader says every expression in the grammar's words. The code is parsed by Python's own ast (the
cells are Python); names bound to a Series, a dict or a lambda are said where used, a helper named
for E.164 is the E.164 format. A cell that does not parse or holds a form not read here leaves the
text as written, for the grammar to read or ask about.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass, field

from syncwright.mapping.draft.sql_select import read_projections, say_condition

_CELL = re.compile(r"^\s*(?:In|Out)\s*\[\s*\d*\s*\]\s*:\s*(?P<rest>.*)$")
_HEADING = re.compile(r"^\s*#{2,}\s")
_BLANK_PATTERN = re.compile(r"^\^\\s\*\$$|^\^\\s\+\$$|^\^\s*\$$|^\\s\*$")
_FORMATS = {"strip": "TRIM", "lower": "LOWER", "upper": "UPPER", "title": "INITCAP"}
_CMP: dict[type[ast.cmpop], str] = {ast.Eq: "=", ast.NotEq: "<>", ast.Gt: ">", ast.Lt: "<", ast.GtE: ">=", ast.LtE: "<="}


class _Unread(ValueError):
    """Code outside the subset read here."""


def _lit(v: object) -> str:
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if v is None:
        return "NULL"
    raise _Unread(f"the value {v!r}")


@dataclass
class _Split:
    """'x.str.split(sep)' waiting for its '.str[n]'."""

    of: str
    sep: str


@dataclass
class _Env:
    series: dict[str, str] = field(default_factory=dict)  # name -> its SQL
    dicts: dict[str, dict[str, str]] = field(default_factory=dict)
    lambdas: dict[str, ast.Lambda] = field(default_factory=dict)
    functions: dict[str, str] = field(default_factory=dict)  # a helper -> the SQL function it is ('E164')
    lists: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)


def _is_nan(node: ast.expr) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr in ("nan", "NaN", "NA")) or (isinstance(node, ast.Constant) and node.value is None) or (
        isinstance(node, ast.Name) and node.id in ("nan", "NaN")
    )


def _const_str(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    raise _Unread("no text")


class _Reader:
    """Python expressions over the 'src' frame as SQL."""

    def __init__(self, env: _Env) -> None:
        self.env = env

    def sql(self, node: ast.expr, bound: dict[str, str] | None = None) -> str:
        got = self._expr(node, bound or {})
        if isinstance(got, _Split):
            raise _Unread("a split with no part")
        return got

    def _expr(self, node: ast.expr, bound: dict[str, str]) -> str | _Split:
        if isinstance(node, ast.Constant):
            return _lit(node.value)
        if _is_nan(node):
            return "NULL"
        if isinstance(node, ast.Name):
            if node.id in bound:
                return bound[node.id]
            if node.id in self.env.series:
                return self.env.series[node.id]
            raise _Unread(f"the name {node.id}")
        if isinstance(node, ast.Subscript):
            return self._subscript(node, bound)
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            op, right = node.ops[0], node.comparators[0]
            if isinstance(op, ast.In) and isinstance(node.left, ast.Constant):
                return f"ARRAY_CONTAINS({self.sql(right, bound)}, {_lit(node.left.value)})"  # "'Customer' in t"
            if type(op) not in _CMP:
                raise _Unread("a comparison")
            left = self.sql(node.left, bound)
            if isinstance(op, ast.Eq | ast.NotEq) and isinstance(right, ast.Constant) and right.value == "":
                # "x.str.strip() == ''": x is blank, the test sql_select reads as 'is empty'
                inner = re.fullmatch(r"TRIM\((?P<x>.*)\)", left)
                return f"NULLIF(TRIM({inner['x'] if inner else left}), '') IS {'NOT ' if isinstance(op, ast.NotEq) else ''}NULL"
            return f"{left} {_CMP[type(op)]} {self.sql(right, bound)}"
        if isinstance(node, ast.BinOp):
            a, b = self.sql(node.left, bound), self.sql(node.right, bound)
            if isinstance(node.op, ast.BitAnd):
                return f"({a} AND {b})"
            if isinstance(node.op, ast.BitOr):
                return f"({a} OR {b})"
            if isinstance(node.op, ast.Add):
                return f"{a} || {b}"
            raise _Unread("arithmetic")
        if isinstance(node, ast.BoolOp):
            joined = f" {'AND' if isinstance(node.op, ast.And) else 'OR'} ".join(self.sql(v, bound) for v in node.values)
            return f"({joined})"
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert | ast.Not):
            return f"NOT ({self.sql(node.operand, bound)})"
        if isinstance(node, ast.IfExp):
            tested = _truthy_name(node.test)
            if _is_nan(node.orelse) and tested in bound:
                # 'e164(t) if t.strip() else np.nan': a blank is missing (its key left out), a filled value formatted
                return self.sql(node.body, {**bound, tested: f"NULLIF({bound[tested]}, '')"})
            return f"CASE WHEN {self.sql(node.test, bound)} THEN {self.sql(node.body, bound)} ELSE {self.sql(node.orelse, bound)} END"
        if isinstance(node, ast.Call):
            return self._call(node, bound)
        raise _Unread(f"the form {type(node).__name__}")

    def _subscript(self, node: ast.Subscript, bound: dict[str, str]) -> str | _Split:
        base, key = node.value, node.slice
        if isinstance(base, ast.Name) and base.id == "src" and isinstance(key, ast.Constant) and isinstance(key.value, str):
            name = key.value
            if not re.fullmatch(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*", name):
                raise _Unread(f"the column {name!r}")
            return name
        if isinstance(base, ast.Attribute) and base.attr == "str":
            inner = self._expr(base.value, bound)
            if isinstance(inner, _Split) and isinstance(key, ast.Constant) and isinstance(key.value, int) and key.value >= 0:
                return f"SPLIT_PART({inner.of}, {_lit(inner.sep)}, {key.value + 1})"
            if isinstance(inner, str) and isinstance(key, ast.Slice) and key.lower is None and isinstance(key.upper, ast.Constant) and isinstance(key.upper.value, int) and key.step is None:
                return f"LEFT({inner}, {key.upper.value})"  # '.str[:10]': a timestamp's date
            raise _Unread("a .str index")
        if isinstance(base, ast.Attribute) and base.attr == "loc":
            return self.sql(base.value, bound)  # 'rev.loc[mask]': the same values, the filter is src's
        raise _Unread("a subscript")

    def _call(self, node: ast.Call, bound: dict[str, str]) -> str | _Split:
        fn = node.func
        kw = {k.arg: k.value for k in node.keywords if k.arg}
        if isinstance(fn, ast.Name):
            if fn.id in self.env.lambdas and len(node.args) == 1:
                lam = self.env.lambdas[fn.id]
                return self.sql(lam.body, {**bound, lam.args.args[0].arg: self.sql(node.args[0], bound)})
            if fn.id in self.env.functions and len(node.args) == 1:
                return f"{self.env.functions[fn.id]}({self.sql(node.args[0], bound)})"
            raise _Unread(f"the function {fn.id}")
        if not isinstance(fn, ast.Attribute):
            raise _Unread("a call")
        owner, name = fn.value, fn.attr
        if isinstance(owner, ast.Name) and owner.id in ("np", "numpy", "pd", "pandas"):
            return self._library(name, node, kw, bound)
        if isinstance(owner, ast.Attribute) and owner.attr == "str":
            of = self.sql(owner.value, bound)
            if name in _FORMATS and not node.args:
                return f"{_FORMATS[name]}({of})"
            if name == "split" and len(node.args) <= 1:
                return _Split(of, _const_str(node.args[0]) if node.args else " ")
            raise _Unread(f".str.{name}")
        if name == "strip" and not node.args:
            return f"TRIM({self.sql(owner, bound)})"
        of = self.sql(owner, bound)
        if name == "replace" and len(node.args) == 2 and _is_nan(node.args[1]) and _BLANK_PATTERN.match(_const_str(node.args[0])):
            return f"NULLIF({of}, '')"  # ".replace(r'^\s*$', np.nan, regex=True)": a blank is missing, a filled value as it is
        if name == "fillna" and len(node.args) == 1:
            other = self.sql(node.args[0], bound)
            if other == "''":  # ".fillna('')": a missing value is empty, and sent
                unmissing = re.fullmatch(r"NULLIF\((?P<x>.*), ''\)", of)
                return unmissing["x"] if unmissing else _filled(of, other) if _blank_missing(of) else of
            return _filled(of, other)
        if name == "map" and node.args:
            return self._map(of, node.args[0], bound)
        if name == "astype" and len(node.args) == 1:
            kind = node.args[0].id if isinstance(node.args[0], ast.Name) else str(getattr(node.args[0], "value", ""))
            if kind.lower() in ("int", "int64", "int32"):
                return f"CAST({_unnumbered(of)} AS INT)"
            if kind.lower() in ("float", "float64"):
                return f"CAST({_unnumbered(of)} AS DOUBLE)"
            if kind.lower() in ("str", "string"):
                return of
            raise _Unread(f"astype({kind})")
        if name in ("isna", "isnull") and not node.args:
            return f"{of} IS NULL"
        if name in ("notna", "notnull") and not node.args:
            return f"{of} IS NOT NULL"
        if name == "isin" and len(node.args) == 1 and isinstance(node.args[0], ast.List | ast.Tuple | ast.Set):
            return f"{of} IN (" + ", ".join(_lit(getattr(e, "value", None)) for e in node.args[0].elts) + ")"
        raise _Unread(f".{name}()")

    def _library(self, name: str, node: ast.Call, kw: dict[str, ast.expr], bound: dict[str, str]) -> str:
        if name == "where" and len(node.args) == 3:
            c, a, b = (self.sql(x, bound) for x in node.args)
            return f"CASE WHEN {c} THEN {a} ELSE {b} END"
        if name == "select" and len(node.args) == 2 and isinstance(node.args[0], ast.List) and isinstance(node.args[1], ast.List):
            conds, vals = node.args[0].elts, node.args[1].elts
            if len(conds) != len(vals):
                raise _Unread("np.select with unequal lists")
            rows = " ".join(f"WHEN {self.sql(c, bound)} THEN {self.sql(v, bound)}" for c, v in zip(conds, vals, strict=True))
            default = kw.get("default") or (node.args[2] if len(node.args) > 2 else None)
            return f"CASE {rows}" + (f" ELSE {self.sql(default, bound)}" if default is not None and not _is_nan(default) else "") + " END"
        if name == "to_numeric" and node.args:
            return f"CAST({self.sql(node.args[0], bound)} AS DOUBLE)"
        if name == "to_datetime" and node.args:
            return f"CAST({self.sql(node.args[0], bound)} AS DATE)"
        raise _Unread(f"np/pd.{name}")

    def _map(self, of: str, arg: ast.expr, bound: dict[str, str]) -> str:
        table: dict[str, str] | None = None
        if isinstance(arg, ast.Dict):
            table = {_const_str(k): self.sql(v, bound) for k, v in zip(arg.keys, arg.values, strict=True) if k is not None}
        elif isinstance(arg, ast.Name) and arg.id in self.env.dicts:
            table = self.env.dicts[arg.id]
        if table is not None:
            return f"CASE {of} " + " ".join(f"WHEN {_lit(k)} THEN {v}" for k, v in table.items()) + " END"
        if isinstance(arg, ast.Name) and arg.id in self.env.functions:
            return f"{self.env.functions[arg.id]}({of})"
        if isinstance(arg, ast.Lambda) and len(arg.args.args) == 1:
            return self.sql(arg.body, {**bound, arg.args.args[0].arg: of})
        raise _Unread("a .map() argument")


def _truthy_name(node: ast.expr) -> str:
    """The name a bare truth test is on ('t.strip()', 't'), or ''."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "strip" and not node.args:
        node = node.func.value
    return node.id if isinstance(node, ast.Name) else ""


def _filled(of: str, other: str) -> str:
    """'x.fillna(y)': y where x is missing (a CASE with no ELSE gets y as its ELSE)."""
    if of.startswith("CASE ") and of.endswith(" END") and " ELSE " not in of:
        return f"{of[:-4]} ELSE {other} END"
    if of.startswith("COALESCE(") and of.endswith(")"):
        return f"{of[:-1]}, {other})"
    return f"COALESCE({of}, {other})"


def _unnumbered(sql: str) -> str:
    m = re.fullmatch(r"CAST\((?P<x>.*) AS DOUBLE\)", sql)
    return m["x"] if m else sql


def _blank_missing(sql: str) -> bool:
    """Whether a blank source leaves the value missing (NaN): the key is left out."""
    for fn in ("CAST(", "E164(", "E164_"):
        while sql.startswith(fn):
            sql = sql[sql.index("(") + 1 : sql.rindex(")")]
            sql = re.sub(r" AS \w+$", "", sql)
    if sql.startswith("COALESCE(") and sql.endswith(")"):
        last = sql[9:-1].rsplit(", ", 1)[-1]
        return last.startswith("NULLIF(")
    return sql.startswith("NULLIF(")


def _tags(comp: ast.ListComp, reader: _Reader) -> str:
    """A list comprehension building each record's tags (or one value per record) as SQL."""
    if len(comp.generators) != 1:
        raise _Unread("nested comprehensions")
    gen = comp.generators[0]
    bound: dict[str, str] = {}
    it = gen.iter
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "zip" and isinstance(gen.target, ast.Tuple):
        for target, arg in zip(gen.target.elts, it.args, strict=True):
            if not isinstance(target, ast.Name):
                raise _Unread("a zip target")
            bound[target.id] = reader.sql(arg)
    elif isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range":
        pass  # '[['Webinar'] for _ in range(len(src))]': the same list on everyone
    elif isinstance(gen.target, ast.Name):
        bound[gen.target.id] = reader.sql(it)
    else:
        raise _Unread("a comprehension's loop")
    items = _items(comp.elt, reader, bound)
    if items is None:
        return reader.sql(comp.elt, bound)  # one value per record ("'customer' if 'Customer' in t else 'subscriber'")
    if any(i.startswith("CASE ") for i in items):
        return "ARRAY_COMPACT(ARRAY(" + ", ".join(items) + "))"
    return "ARRAY(" + ", ".join(items) + ")"


def _items(node: ast.expr, reader: _Reader, bound: dict[str, str]) -> list[str] | None:
    """A list expression's items ('['A'] + (['B'] if c else [])'), each a literal or a CASE; None if no list."""
    if isinstance(node, ast.List):
        return [reader.sql(e, bound) for e in node.elts]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _items(node.left, reader, bound), _items(node.right, reader, bound)
        return a + b if a is not None and b is not None else None
    if isinstance(node, ast.IfExp) and isinstance(node.orelse, ast.List) and not node.orelse.elts and isinstance(node.body, ast.List):
        test = reader.sql(node.test, bound)
        return [f"CASE WHEN {test} THEN {reader.sql(e, bound)} END" for e in node.body.elts]
    return None


# ---------------------------------------------------------------- the text


@dataclass
class _Code:
    lines: list[str]  # the code, one line per source line
    at: list[int]  # the text's line index of each


def _cells(lines: list[str]) -> tuple[list[_Code], list[int]]:
    """The code cells and the text lines that are prose (markdown, sign-offs)."""
    cells: list[_Code] = []
    prose: list[int] = []
    k = 0
    while k < len(lines):
        m = _CELL.match(lines[k])
        if not m:
            prose.append(k)
            k += 1
            continue
        j = k + 1
        while j < len(lines) and not _CELL.match(lines[j]) and not _HEADING.match(lines[j]):
            j += 1
        body = list(range(k + 1, j))
        if m["rest"].strip():
            body.insert(0, k)
            lines[k] = m["rest"]
        # the longest run of lines that is Python: a sign-off after the code is prose
        while body:
            try:
                ast.parse("\n".join(lines[i] for i in body))
                break
            except SyntaxError as e:
                cut = max((e.lineno or 1) - 1, 0)
                while cut > 0 and not lines[body[cut - 1]].strip():
                    cut -= 1
                if cut == 0 or cut >= len(body):
                    cut = len(body) - 1
                prose += body[cut:]
                body = body[:cut]
        if body:
            cells.append(_Code([lines[i] for i in body], body))
        k = j
    return cells, sorted(prose)


def _comments(code: str) -> dict[int, str]:
    """The '#' comments of a cell by its line number (1-based)."""
    out: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(code).readline):
        if tok.type == tokenize.COMMENT:
            out[tok.start[0]] = tok.string.lstrip("#").strip()
    return out


def _e164_name(name: str) -> str | None:
    m = re.fullmatch(r"(?:to_|format_|fmt_|formato_|a_)?e164(?:_(?P<cc>[a-z]{2}))?", name.lower())
    if not m:
        return None
    return f"E164_{m['cc'].upper()}" if m["cc"] and m["cc"] != "us" else "E164"


@dataclass
class _Found:
    fields: list[tuple[str, str, list[str]]] = field(default_factory=list)
    loose: list[tuple[int | None, str]] = field(default_factory=list)
    filters: list[str] = field(default_factory=list)


def _statement(stmt: ast.stmt, env: _Env, reader: _Reader, found: _Found, said: list[str]) -> None:
    """One statement: a field, a filter, a name bound, or nothing the mapping needs."""
    if isinstance(stmt, ast.Import | ast.ImportFrom):
        return
    if isinstance(stmt, ast.FunctionDef):
        fn = _e164_name(stmt.name)
        if fn is None:
            raise _Unread(f"the helper {stmt.name}")
        env.functions[stmt.name] = fn
        return
    if isinstance(stmt, ast.For) and isinstance(stmt.target, ast.Tuple) and isinstance(stmt.iter, ast.List):
        names = [t.id for t in stmt.target.elts if isinstance(t, ast.Name)]
        for row in stmt.iter.elts:
            if not isinstance(row, ast.Tuple) or len(row.elts) != len(names):
                raise _Unread("a loop row")
            values = [_const_str(e) for e in row.elts]
            for body in stmt.body:
                _statement(_substituted(body, dict(zip(names, values, strict=True))), env, reader, found, said)
        return
    if isinstance(stmt, ast.Expr):
        if _looks(stmt.value):
            return  # 'out.head()', 'display(out)', a bare name: a look at the frame
        raise _Unread("a call that may change the frame")
    if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
        raise _Unread("a statement")
    target, value = stmt.targets[0], stmt.value
    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and target.value.id == "out":
        dst = _const_str(target.slice)
        sql = _tags(value, reader) if isinstance(value, ast.ListComp) else reader.sql(value)
        notes = list(said)
        e164 = re.fullmatch(r"E164(?:_(?P<cc>[A-Z]{2}))?\((?P<x>.*)\)", sql)
        if e164 and not re.fullmatch(r"[\w.]+", e164["x"]):
            # 'cel.fillna(tel).map(e164)': the format of the value the rest computes, said as a note on it
            sql = e164["x"]
            notes.append("in E.164" + (" with UK as the default country" if e164["cc"] in ("UK", "GB") else ""))
        if _blank_missing(sql):
            notes.append("NaN for a blank: leave it out when empty")
        found.fields.append((dst, sql, notes))
        return
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
        for t, v in zip(target.elts, value.elts, strict=True):
            _statement(ast.Assign(targets=[t], value=v, lineno=stmt.lineno), env, reader, found, [])
        return
    if not isinstance(target, ast.Name):
        raise _Unread("an assignment")
    name = target.id
    if name == "out":
        _renamed(value, env, found)
        return
    if name == "src":
        _source_frame(value, reader, found)
        return
    if isinstance(value, ast.Lambda) and len(value.args.args) == 1:
        env.lambdas[name] = value
    elif isinstance(value, ast.Dict):
        env.dicts[name] = {_const_str(k): reader.sql(v) for k, v in zip(value.keys, value.values, strict=True) if k is not None}
    elif isinstance(value, ast.Subscript) and isinstance(value.value, ast.Attribute) and value.value.attr == "loc":
        env.series[name] = reader.sql(value.value.value)  # 'rev = rev.loc[mask]': the values stay, src is filtered
    else:
        env.series[name] = reader.sql(value)


_LOOKS = {"head", "tail", "info", "describe", "sample", "display", "print", "shape", "dtypes", "to_json", "to_dict", "to_csv"}


def _looks(node: ast.expr) -> bool:
    """Whether an expression statement only shows or writes out the frame (nothing it maps): one with
    no call ('out', a sign-off that parses as Python: 'abrazo, Vale') or a call that shows it."""
    if not any(isinstance(n, ast.Call) for n in ast.walk(node)):
        return True
    if isinstance(node, ast.Call):
        fn = node.func
        name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else ""
        return name in _LOOKS
    return False


def _source_frame(value: ast.expr, reader: _Reader, found: _Found) -> None:
    """'src = pd.DataFrame(...)' (nothing) or 'src = src.loc[mask]' (a filter)."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in ("DataFrame", "json_normalize", "read_json", "read_csv"):
        return
    if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Attribute | ast.Name):
        frame = value.value.value if isinstance(value.value, ast.Attribute) and value.value.attr == "loc" else value.value
        if isinstance(frame, ast.Name) and frame.id == "src":
            mask = value.slice
            cond = say_condition(reader.sql(mask)) if not isinstance(mask, ast.Tuple) else None
            if cond is None:
                raise _Unread("a filter's condition")
            found.filters.append(f"Only records where {cond}.")
            return
    raise _Unread("the source frame")


def _renamed(value: ast.expr, env: _Env, found: _Found) -> None:
    """'out = src[list(d)].rename(columns=d)' (copies under new names) or 'out = pd.DataFrame(...)' (nothing)."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "DataFrame":
        return
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "rename":
        cols = next((k.value for k in value.keywords if k.arg == "columns"), None)
        table = env.dicts.get(cols.id) if isinstance(cols, ast.Name) else None
        if table is None and isinstance(cols, ast.Dict):
            table = {_const_str(k): _lit(_const_str(v)) for k, v in zip(cols.keys, cols.values, strict=True) if k is not None}
        if table:
            found.fields += [(v.strip("'"), k, []) for k, v in table.items()]
            return
    raise _Unread("the output frame")


def _substituted(node: ast.stmt, names: dict[str, str]) -> ast.stmt:
    """A loop body with its loop names as the texts they take."""

    class _Sub(ast.NodeTransformer):
        def visit_Name(self, n: ast.Name) -> ast.expr:
            return ast.copy_location(ast.Constant(names[n.id]), n) if n.id in names else n

    out = _Sub().visit(ast.parse(ast.unparse(node)).body[0])
    if not isinstance(out, ast.stmt):
        raise _Unread("a loop body")
    return out


def _read(cells: list[_Code], notes: list[str]) -> list[str]:
    """The fields, filters and comments of the cells, said; a comment on a statement's line is
    that field's (or loose, on a name's line), one on a line of its own goes with the field above
    it unless it names another; a helper's comments are its own."""
    env = _Env()
    reader = _Reader(env)
    found = _Found()
    for cell in cells:
        code = "\n".join(cell.lines)
        comments = _comments(code)
        tree = ast.parse(code)
        inline = {n for n in comments if not cell.lines[n - 1].lstrip().startswith("#")}
        helpers = [range(s.lineno, (s.end_lineno or s.lineno) + 1) for s in tree.body if isinstance(s, ast.FunctionDef)]
        alone = sorted(n for n in comments if n not in inline and not any(n in h for h in helpers))

        def owner() -> int | None:
            return len(found.fields) - 1 if found.fields else None

        for stmt in tree.body:
            span = range(stmt.lineno, (stmt.end_lineno or stmt.lineno) + 1)
            while alone and alone[0] < stmt.lineno:
                found.loose.append((owner(), comments[alone.pop(0)]))
            said = [comments[n] for n in span if n in inline]
            alone = [n for n in alone if n not in span]
            before = len(found.fields)
            _statement(stmt, env, reader, found, said)
            is_src = isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name) and stmt.targets[0].id == "src"
            if len(found.fields) == before and not is_src and not isinstance(stmt, ast.FunctionDef):
                found.loose += [(owner(), c) for c in said]  # 'tel = ...  # the office phone first': for the field it names
        found.loose += [(owner(), comments[n]) for n in alone]
    found.loose += [(None, n) for n in notes]
    read = read_projections(found.fields, found.loose)
    if read is None:
        raise _Unread("the projections")
    return [*read, *found.filters]


_NOTE = re.compile(r"^\s*[-*•]\s+(?P<n>\S.*)$")


def pandas_cells(text: str) -> str:
    """``text`` with its pandas cells said as the grammar's rule lines; the text as written when
    a cell does not read whole."""
    if not re.search(r"\bout\s*\[\s*['\"]|\bout\s*=\s*src\b", text) or not re.search(r"^\s*(?:In|Out)\s*\[\s*\d*\s*\]\s*:", text, re.M):
        return text
    lines = text.split("\n")
    cells, prose = _cells(list(lines))
    if not cells:
        return text
    # a markdown '### Notes' list: what the code does not say, each item a note for the field it names
    notes: list[str] = []
    kept: list[str] = []
    in_notes = False
    for k in prose:
        ln = lines[k]
        if _HEADING.match(ln):
            in_notes = re.search(r"\bnotes?\b|\bnotas?\b", ln, re.I) is not None
            if not in_notes:
                kept.append(ln)
            continue
        m = _NOTE.match(ln)
        if in_notes and m:
            notes.append(m["n"])
        elif in_notes and notes and ln.startswith((" ", "\t")) and ln.strip():
            notes[-1] += " " + ln.strip()
        else:
            kept.append(ln)
    try:
        read = _read(cells, notes)
    except (_Unread, SyntaxError, ValueError, KeyError, tokenize.TokenError):
        return text
    first = min(c.at[0] for c in cells)
    before = [lines[k] for k in prose if k < first and lines[k] in kept]
    after = [ln for ln in kept if ln not in before]
    return "\n".join([*before, *read, *after])

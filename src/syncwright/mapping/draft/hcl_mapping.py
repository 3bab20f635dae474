"""A sync written as Terraform-like HCL (round 58).

Platform engineers who keep their infrastructure in Terraform write a mapping the same way: a
'resource "syncwright_mapping" "name" { ... }' block holding 'field "Email" { source = "email" }'
blocks, 'default = ...', 'lookup = { "A" = "B" }' maps, 'when { test = ...; value = ... }' blocks,
'filter { include = ... }' / 'filter { exclude = ... }', Terraform's functions (lower(), title(),
trimspace(), tonumber(), split(), formatdate(), contains()), '${a} ${b}' templates, 'c ? a : b',
and '#' comments for what HCL cannot say (E.164, a key left out when empty). Read as sentences the
braces and quotes were no rules at all.

Each field block is the SQL projection it means (an HCL expression and a SQL expression differ in
spelling only: '==' is '=', '&&' AND, 'title()' INITCAP, a source list COALESCE, a lookup map a
CASE) and the block's comments the projection's; sql_select reads that SELECT as it reads a dbt
model, its comments kept only where they ask for what the expression does not say. A filter is
an 'Only' or 'Skip' sentence. Why a translation and not a reader of its own: sql_select already
says every one of these expressions in the grammar's words. Why not python-hcl2: it drops the
comments, which carry half of what these writers say, and fails a whole text on one loose line;
the HCL read here is the small subset a mapping uses, and a block that does not read stays as it
was written, for the grammar to read or ask about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from syncwright.mapping.draft.sql_select import read_projections, say_condition

_RESOURCE = re.compile(r'^\s*resource\s+"[^"\n]*"(?:\s+"[^"\n]*")?\s*\{\s*(?:#.*)?$')
_FIELD = re.compile(r'^\s*field\s+"(?P<d>[^"\n]+)"\s*\{')
_FILTER = re.compile(r"^\s*filter\s*\{")
# Terraform's functions as the SQL ones sql_select reads (one argument, the value)
_FORMATS = {"lower": "LOWER", "upper": "UPPER", "title": "INITCAP", "trimspace": "TRIM", "trim": "TRIM", "chomp": "TRIM", "e164": "E164"}
_DATE_FORMATS = {"YYYY-MM-DD", "yyyy-MM-dd", "YYYY-MM-DD'T'00:00:00Z"}
_CMP = {"==": "=", "!=": "<>", ">": ">", "<": "<", ">=": ">=", "<=": "<="}


class _Unread(ValueError):
    """An expression outside the subset read here."""


# ---------------------------------------------------------------- scanning


def _string_end(s: str, i: int) -> int:
    """The index after the string opening at s[i] ('"'), past any '${...}' inside it."""
    j = i + 1
    while j < len(s):
        if s[j] == "\\":
            j += 2
            continue
        if s.startswith("${", j):
            j = _interp_end(s, j + 2)
            continue
        if s[j] == '"':
            return j + 1
        j += 1
    raise _Unread("an unclosed string")


def _interp_end(s: str, j: int) -> int:
    depth = 1
    while j < len(s):
        if s[j] == '"':
            j = _string_end(s, j)
            continue
        depth += {"{": 1, "}": -1}.get(s[j], 0)
        j += 1
        if depth == 0:
            return j
    raise _Unread("an unclosed '${'")


def _code_and_comment(line: str) -> tuple[str, str]:
    """A line's code and its '#' or '//' comment (not one inside a string)."""
    j = 0
    while j < len(line):
        if line[j] == '"':
            try:
                j = _string_end(line, j)
            except _Unread:
                return line, ""
            continue
        if line[j] == "#" or line.startswith("//", j):
            return line[:j].rstrip(), line[j:].lstrip("#/ ").rstrip()
        j += 1
    return line.rstrip(), ""


_TOKEN = re.compile(r"\s*(?:(?P<num>-?\d+(?:\.\d+)?)|(?P<id>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)|(?P<op>==|!=|>=|<=|&&|\|\||[!?:<>()\[\],=+{}*/-]))")


def _tokens(s: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(s):
        if s[i].isspace():
            i += 1
            continue
        if s[i] == '"':
            j = _string_end(s, i)
            out.append(("str", s[i + 1 : j - 1]))
            i = j
            continue
        m = _TOKEN.match(s, i)
        if not m or m.end() == i:
            raise _Unread(f"no token at {s[i:i + 10]!r}")
        kind = m.lastgroup or "op"
        out.append((kind, m[kind]))
        i = m.end()
    return out


# ---------------------------------------------------------------- expressions


def _sql_string(v: str) -> str:
    return "'" + v.replace("'", "''") + "'"


def _column(name: str) -> str:
    """A field name as a SQL column ('merge_fields.LNAME' stays dotted: sql_select joins the parts)."""
    if not re.fullmatch(r"[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*", name):
        raise _Unread(f"no field name: {name!r}")
    return name


class _Expr:
    """A recursive-descent reader of one HCL expression, giving its SQL. In a 'source' a quoted
    name is the field it names ('source = "email"'); elsewhere a quoted text is a value."""

    def __init__(self, text: str, source: bool) -> None:
        self.toks = _tokens(text)
        self.k = 0
        self.source = source

    def sql(self) -> str:
        out = self._ternary(top=True)
        if self.k != len(self.toks):
            raise _Unread("text after the expression")
        return out

    def _peek(self) -> str:
        return self.toks[self.k][1] if self.k < len(self.toks) and self.toks[self.k][0] == "op" else ""

    def _take(self, op: str) -> bool:
        if self._peek() == op:
            self.k += 1
            return True
        return False

    def _need(self, op: str) -> None:
        if not self._take(op):
            raise _Unread(f"expected {op!r}")

    def _ternary(self, top: bool = False) -> str:
        cond = self._or(top)
        if not self._take("?"):
            return cond
        a = self._ternary()
        self._need(":")
        b = self._ternary()
        return f"CASE WHEN {cond} THEN {a} ELSE {b} END"

    def _or(self, top: bool) -> str:
        a = self._and(top)
        while self._take("||"):
            a = f"({a} OR {self._and(False)})"
        return a

    def _and(self, top: bool) -> str:
        a = self._not(top)
        while self._take("&&"):
            a = f"({a} AND {self._not(False)})"
        return a

    def _not(self, top: bool) -> str:
        if self._take("!"):
            return f"NOT ({self._not(False)})"
        return self._cmp(top)

    def _cmp(self, top: bool) -> str:
        a = self._postfix(top)
        op = self._peek()
        if op in _CMP:
            self.k += 1
            b = self._postfix(False)
            return f"{a} {_CMP[op]} {b}"
        return a

    def _postfix(self, top: bool) -> str:
        if self.k >= len(self.toks):
            raise _Unread("an expression ends early")
        kind, text = self.toks[self.k]
        self.k += 1
        if kind == "str":
            return self._string(text, top)
        if kind == "num":
            return text
        if kind == "op" and text == "(":
            inner = self._ternary(top)
            self._need(")")
            return f"({inner})"
        if kind == "op" and text == "[":
            return self._list(top)
        if kind != "id":
            raise _Unread(f"unexpected {text!r}")
        if text in ("true", "false", "null"):
            return text.upper()
        if self._take("("):
            return self._call(text)
        return _column(text)

    def _string(self, text: str, top: bool) -> str:
        if "${" not in text:
            return _column(text) if self.source and top else _sql_string(text)
        parts: list[str] = []
        i = 0
        while i < len(text):
            j = text.find("${", i)
            if j < 0:
                parts.append(_sql_string(text[i:]))
                break
            if j > i:
                parts.append(_sql_string(text[i:j]))
            end = _interp_end(text, j + 2)
            parts.append(_Expr(text[j + 2 : end - 1], source=False).sql())
            i = end
        return " || ".join(parts)

    def _list(self, top: bool) -> str:
        items: list[str] = []
        while not self._take("]"):
            items.append(self._ternary(top))
            if not self._take(","):
                self._need("]")
                break
        if self.source and top:
            # 'source = ["mobilephone", "phone"]': the first one filled (a blank one is not)
            if len(items) < 2:
                return items[0] if items else "NULL"
            return "COALESCE(" + ", ".join(f"NULLIF(TRIM({x}), '')" for x in items[:-1]) + f", {items[-1]})"
        return "ARRAY(" + ", ".join(items) + ")"

    def _args(self) -> list[str]:
        args: list[str] = []
        while not self._take(")"):
            args.append(self._ternary())
            if not self._take(","):
                self._need(")")
                break
        return args

    def _call(self, name: str) -> str:
        args = self._args()
        fn = name.lower()
        if fn in _FORMATS and len(args) == 1:
            return f"{_FORMATS[fn]}({args[0]})"
        if fn == "tonumber" and len(args) == 1:
            return f"CAST({args[0]} AS DOUBLE)"
        if fn in ("floor", "ceil", "round") and len(args) == 1 and fn == "floor":
            inner = re.fullmatch(r"CAST\((?P<x>.*) AS DOUBLE\)", args[0])
            return f"CAST({inner['x'] if inner else args[0]} AS INT)"
        if fn == "formatdate" and len(args) == 2 and args[0].strip("'") in _DATE_FORMATS:
            return f"CAST({args[1]} AS DATE)"
        if fn == "coalesce" and args:
            return "COALESCE(" + ", ".join(f"NULLIF(TRIM({x}), '')" for x in args[:-1]) + (", " if len(args) > 1 else "") + f"{args[-1]})"
        if fn == "contains" and len(args) == 2:
            return f"ARRAY_CONTAINS({args[0]}, {args[1]})"
        if fn == "split" and len(args) == 2 and self._take("["):
            kind, n = self.toks[self.k] if self.k < len(self.toks) else ("", "")
            self.k += 1
            self._need("]")
            if kind != "num" or not n.isdigit():
                raise _Unread("split() with no part number")
            return f"SPLIT_PART({args[1]}, {args[0]}, {int(n) + 1})"
        raise _Unread(f"the function {name}()")


def _sql(text: str, source: bool) -> str:
    return _Expr(text, source).sql()


# ---------------------------------------------------------------- blocks


@dataclass
class _Field:
    dst: str
    attrs: dict[str, str] = field(default_factory=dict)  # 'source', 'value', 'default', 'transform': the HCL text
    lookup: list[tuple[str, str]] = field(default_factory=list)
    whens: list[dict[str, str]] = field(default_factory=list)  # {'test': ..., 'value' | 'add': ...}
    comments: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)


def _block_end(codes: list[str], start: int) -> int:
    """The index after the block that opens on line ``start`` (its braces balanced)."""
    depth = 0
    for k in range(start, len(codes)):
        depth += _braces(codes[k])
        if depth <= 0:
            return k + 1
    return len(codes)


def _braces(code: str) -> int:
    """The braces a line opens less those it closes, strings left out."""
    n, j = 0, 0
    while j < len(code):
        if code[j] == '"':
            try:
                j = _string_end(code, j)
            except _Unread:
                return n
            continue
        n += {"{": 1, "}": -1}.get(code[j], 0)
        j += 1
    return n


_ATTR = re.compile(r"^\s*(?P<k>[A-Za-z_]\w*)\s*=\s*(?P<v>.*?)\s*$")
_PAIR = re.compile(r'^\s*(?P<k>"[^"\n]*"|[A-Za-z_][\w.-]*)\s*[=:]\s*(?P<v>"[^"\n]*"|-?\d+(?:\.\d+)?|true|false)\s*,?\s*$')
_WHEN = re.compile(r'^\s*when\s*(?P<c>"(?:[^"\\]|\\.)*")?\s*\{(?P<rest>.*)$')


def _statements(body: str) -> list[str]:
    """A block body's statements: one per line, or several on one line between braces."""
    return [s.strip() for s in re.split(r"\n|;", body) if s.strip()]


def _field(dst: str, lines: list[tuple[str, str]]) -> _Field:
    """One field block, from its (code, comment) lines (the first holds 'field "X" {')."""
    f = _Field(dst, comments=[c for _, c in lines if c], raw=[code for code, _ in lines])
    body = "\n".join(code for code, _ in lines)
    body = body[body.index("{") + 1 : body.rindex("}")] if "}" in body else body[body.index("{") + 1 :]
    # the lookup map and when blocks first, each braced
    k = 0
    rows = body.split("\n")
    while k < len(rows):
        row = rows[k]
        m = _ATTR.match(row)
        if m and m["k"] == "lookup" and m["v"].startswith("{"):
            end = _block_end(rows, k)
            inner = "\n".join(rows[k:end])
            inner = inner[inner.index("{") + 1 : inner.rindex("}")]
            for part in re.split(r"\n|,(?=\s*(?:\"|[A-Za-z_]))", inner):
                if not part.strip():
                    continue
                p = _PAIR.match(part)
                if not p:
                    raise _Unread(f"a lookup row {part.strip()!r}")
                f.lookup.append((p["k"].strip('"'), p["v"]))
            k = end
            continue
        w = _WHEN.match(row)
        if w:
            end = _block_end(rows, k)
            inner = "\n".join(rows[k:end])
            inner = inner[inner.index("{") + 1 : inner.rindex("}")]
            when: dict[str, str] = {}
            if w["c"]:
                when["test"] = w["c"][1:-1].replace('\\"', '"')
            for st in _statements(inner):
                a = _ATTR.match(st)
                if not a:
                    raise _Unread(f"a when line {st!r}")
                when[a["k"]] = a["v"]
            f.whens.append(when)
            k = end
            continue
        for st in _statements(row):
            a = _ATTR.match(st)
            if not a:
                raise _Unread(f"a field line {st!r}")
            f.attrs[a["k"]] = a["v"]
        k += 1
    return f


def _projection(f: _Field) -> str:
    """The SQL expression a field block computes."""
    unknown = set(f.attrs) - {"source", "value", "default", "transform"}
    if unknown:
        raise _Unread(f"the attribute {sorted(unknown)[0]}")
    if "source" in f.attrs:
        base = _sql(f.attrs["source"], source=True)
    elif "value" in f.attrs:
        base = _sql(f.attrs["value"], source=False)
    else:
        base = ""
    for name in re.findall(r"[A-Za-z_]+", f.attrs.get("transform", "")):
        if name.lower() not in _FORMATS:
            raise _Unread(f"the transform {name}")
        base = f"{_FORMATS[name.lower()]}({base})"
    default = _sql(f.attrs["default"], source=False) if "default" in f.attrs else None
    if f.lookup:
        if not base:
            raise _Unread("a lookup with no source")
        rows = " ".join(f"WHEN {_sql_string(k)} THEN {_sql(v, source=False)}" for k, v in f.lookup)
        return f"CASE {base} {rows}" + (f" ELSE {default}" if default else "") + " END"
    if f.whens and all("add" in w for w in f.whens):
        listed = re.fullmatch(r"ARRAY\((?P<i>.*)\)", base or "ARRAY()", re.S)
        if listed is None:
            raise _Unread("tags added to no list")
        items = re.findall(r"'(?:[^']|'')*'|[^,\s][^,]*", listed["i"])  # a tag's own comma stays in its quotes
        items += [f"CASE WHEN {_sql(w['test'], source=False)} THEN {_sql(w['add'], source=False)} END" for w in f.whens]
        return "ARRAY_COMPACT(ARRAY(" + ", ".join(items) + "))"
    if f.whens:
        if any("test" not in w or "value" not in w for w in f.whens):
            raise _Unread("a when block with no test or value")
        rows = " ".join(f"WHEN {_sql(w['test'], source=False)} THEN {_sql(w['value'], source=False)}" for w in f.whens)
        tested = {c for w in f.whens for c in re.findall(r"(?<![\w.'\"])[A-Za-z_][\w.]*(?=\s*(?:[<>=!]|$))", w["test"])}
        blank = next((m for c in f.comments if (m := _BLANK_SAID.search(c))), None)
        if blank is not None and tested == {blank["f"] or blank["g"]}:
            # 'nb: empty annualrevenue -> "Cold"' beside bands on it: the blank's own row, first
            rows = f"WHEN NULLIF(TRIM({next(iter(tested))}), '') IS NULL THEN {_sql_string(blank['v'][1:-1])} {rows}"
        otherwise = default or base
        return f"CASE {rows}" + (f" ELSE {otherwise}" if otherwise else "") + " END"
    joined = _blank_part(f, base) if "value" in f.attrs and " || " in base else None
    if joined is not None:
        return joined
    if default is not None:
        if not base:
            return default
        if base.startswith("COALESCE(") and base.endswith(")"):
            return f"{base[:-1]}, {default})"
        return f"COALESCE({base}, {default})"
    if not base:
        raise _Unread("a field with no source or value")
    return base


# a comment giving a blank's value: 'empty annualrevenue -> "Cold"', 'revenue empty: "Cold"'
_BLANK_SAID = re.compile(
    r"(?:\b(?:empty|blank|missing|no)\s+(?P<f>[A-Za-z_][\w.]*)|\b(?P<g>[A-Za-z_][\w.]*)\s+(?:is\s+)?(?:empty|blank|missing))"
    r"[^.;\"]{0,30}?(?:->|→|=|:|\bthen\b|\bgets?\b)\s*(?P<v>\"[^\"\n]*\"|'[^'\n]*')"
)
# a comment saying what a join is when one part is blank: 'no Street (empty/spaces) -> just the City, no comma'
_PART_BLANK = re.compile(
    r"(?:\bno\s+(?:the\s+)?(?P<a>[A-Za-z_][\w.]*)|\b(?P<b>[A-Za-z_][\w.]*)\s+(?:is\s+)?(?:empty|blank|missing))"
    r"[^.;]{0,40}?(?:->|→|:|\bthen\b)\s*(?:just|only)\s+(?:the\s+)?(?P<k>[A-Za-z_][\w.]*)",
    re.I,
)


def _blank_part(f: _Field, base: str) -> str | None:
    """A template whose comment says what it is when a part is blank, as that CASE."""
    parts = re.findall(r"(?<!')\b[A-Za-z_][\w.]*\b(?!')", re.sub(r"'(?:[^']|'')*'", "", base))
    for c in f.comments:
        m = _PART_BLANK.search(c)
        if m is None:
            continue
        gone = next((p for p in parts if p.lower() == (m["a"] or m["b"]).lower()), None)
        kept = next((p for p in parts if p.lower() == m["k"].lower()), None)
        if gone and kept and gone != kept:
            return f"CASE WHEN NULLIF(TRIM({gone}), '') IS NULL THEN {kept} ELSE {base} END"
    return None


def _filter(lines: list[str]) -> str:
    """'filter { include = c }' / '{ exclude = c }' as the grammar's sentence."""
    body = "\n".join(lines)
    body = body[body.index("{") + 1 : body.rindex("}")]
    said = []
    for st in _statements(body):
        a = _ATTR.match(st)
        if not a or a["k"] not in ("include", "exclude", "where", "skip"):
            raise _Unread(f"a filter line {st!r}")
        cond = say_condition(_sql(a["v"], source=False))
        if cond is None:
            raise _Unread("a filter's condition")
        said.append(f"{'Only' if a['k'] in ('include', 'where') else 'Skip'} records where {cond}.")
    return " ".join(said)


def _resource(lines: list[str]) -> list[str] | None:
    """A resource block's rules in the grammar's words, or None when it does not read whole."""
    split = [_code_and_comment(ln) for ln in lines]
    codes = [c for c, _ in split]
    fields: list[_Field] = []
    filters: list[str] = []
    loose: list[tuple[int | None, str]] = []  # a comment between blocks, with the index of the field above it
    k = 1
    while k < len(split) - 1:
        code, comment = split[k]
        m = _FIELD.match(code)
        if m:
            end = _block_end(codes, k)
            fields.append(_field(m["d"], split[k:end]))
            k = end
            continue
        if _FILTER.match(code):
            end = _block_end(codes, k)
            filters.append(_filter(codes[k:end]))  # its comments say the test again ('exact. empty stage stays in')
            k = end
            continue
        a = _ATTR.match(code)
        if a and a["k"] in ("from", "to", "source_object", "destination", "object"):
            k += 1
            continue
        if code.strip():
            raise _Unread(f"the line {code.strip()!r}")
        if comment:
            loose.append((len(fields) - 1 if fields else None, comment))
        k += 1
    read = read_projections([(f.dst, _projection(f), f.comments) for f in fields], loose)
    return None if read is None else [*read, *filters]


def hcl_mapping(text: str) -> str:
    """``text`` with each 'resource "syncwright_mapping"' block said as the grammar's rule lines;
    a block that does not read whole stays as written."""
    if "field" not in text or not re.search(r'^\s*field\s+"[^"\n]+"\s*\{', text, re.M):
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not _RESOURCE.match(lines[k]):
            out.append(lines[k])
            k += 1
            continue
        end = _block_end([_code_and_comment(ln)[0] for ln in lines], k)
        try:
            said = _resource(lines[k:end])
        except _Unread:
            said = None
        out += said if said is not None else lines[k:end]
        k = end
    return "\n".join(out)

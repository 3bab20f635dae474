"""One destination key of a JSON-ish spec said as one rule line (round 40).

The engineer names a field's rule with words of their own ('{ from: 'email', lower: true,
ifEmpty: 'omit' }', '{ take: 'phone', format: 'E.164', ifBlank: 'drop' }', '{ when: {...}, then:
'x', else: 'y' }'), so each key is known by what it means, through the small tables below, and
said in the forms the YAML pass (yaml_blocks / yaml_reader) says and the grammar reads: 'Email <-
email, in lower case, left out when empty', "Rating = 'Hot' if annualrevenue is more than 5000000,
otherwise 'Warm'", "Dept from lifecyclestage: 'lead' -> 'Marketing', ...". None when a key holds
a word no table knows: the caller keeps its lines as written.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.json_reader import Entry, Val, fold, words
from syncwright.mapping.draft.yaml_reader import FIELD, lit, source, value_rule

# --- what the engineer's words mean (data, not code) --------------------------------------------
SOURCE = {
    "from",
    "src",
    "source",
    "take",
    "field",
    "basedon",
    "input",
    "of",
    "use",
    "read",
    "prop",
    "property",
    "column",
    "tryinorder",
    "firstof",
    "sources",
    "fields",
    "lookup",
}
CONST = {"fixed", "const", "constant", "always", "literal", "static", "set", "value"}
TABLE = {"map", "table", "values", "lookup", "mapping", "lookuptable", "translate", "dict"}
ELSE = {
    "else",
    "elsevalue",
    "otherwise",
    "default",
    "*",
    "inbetween",
    "catchall",
    "rest",
    "anyother",
    "other",
    "others",
    "defaultvalue",
}
THEN = {"then", "value", "result", "out", "set", "give", "use"}
CASES = {"cases", "rules", "branches", "conditions", "when", "tests"}
JOIN = {"join", "concat", "combine", "joined", "glue"}
SEP = {"with", "sep", "separator", "by", "joiner", "delimiter"}
MORE = {
    "fallback",
    "or",
    "orelse",
    "backup",
    "then",
}  # a next source, or a constant when none is left
EMPTY_WORDS = {"empty", "blank", "missing", "nothing", "none", "unset", "null", "absent"}
_L, _U, _T, _E = "in lower case", "in upper case", "in title case", "in E.164"
_N, _W = "as a number", "as a whole number"
FLAGS = {
    "lower": _L,
    "lowercase": _L,
    "lc": _L,
    "tolower": _L,
    "downcase": _L,
    "upper": _U,
    "uppercase": _U,
    "uc": _U,
    "toupper": _U,
    "upcase": _U,
    "tc": _T,
    "titlecase": _T,
    "title": _T,
    "proper": _T,
    "propercase": _T,
    "capitalize": _T,
    "trim": "trimmed",
    "strip": "trimmed",
    "trimmed": "trimmed",
    "e164": _E,
    "numeric": _N,
    "number": _N,
    "tonumber": _N,
    "int": _W,
    "integer": _W,
}
FORMAT_KEYS = {
    "case",
    "format",
    "to",
    "as",
    "type",
    "transform",
    "pick",
    "keep",
    "part",
    "write",
    "convert",
    "cast",
    "output",
    "style",
}
# a format word's meaning: a format phrase, or 'first'/'before'/'after' (a part), 'date', 'text'
FORMAT_WORDS = {
    "title": _T,
    "titlecase": _T,
    "tc": _T,
    "proper": _T,
    "lower": _L,
    "lowercase": _L,
    "upper": _U,
    "uppercase": _U,
    "e.164": _E,
    "e164": _E,
    "int": _W,
    "integer": _W,
    "wholenumber": _W,
    "number": _N,
    "float": _N,
    "decimal": _N,
    "numeric": _N,
    "trim": "trimmed",
    "firstword": "first",
    "first": "first",
    "beforeat": "before",
    "localpart": "before",
    "local": "before",
    "domain": "after",
    "afterat": "after",
    "yyyy-mm-dd": "date",
    "date": "date",
    "day": "date",
    "dateonly": "date",
    "text": "text",
    "string": "text",
    "str": "text",
}
COUNTRY_KEYS = {"country", "defaultcountry", "region", "cc"}
_COUNTRY = {
    "us": "",
    "usa": "",
    "gb": "UK",
    "uk": "UK",
    "de": "Germany",
    "fr": "France",
    "au": "Australia",
    "ca": "Canada",
}
OPS = {
    "gt": "is more than",
    ">": "is more than",
    "above": "is more than",
    "over": "is more than",
    "greaterthan": "is more than",
    "morethan": "is more than",
    "lt": "is less than",
    "<": "is less than",
    "below": "is less than",
    "under": "is less than",
    "lessthan": "is less than",
    "gte": "is at least",
    ">=": "is at least",
    "atleast": "is at least",
    "min": "is at least",
    "lte": "is at most",
    "<=": "is at most",
    "atmost": "is at most",
    "max": "is at most",
    "eq": "is",
    "equals": "is",
    "is": "is",
    "==": "is",
    "ne": "is not",
    "not": "is not",
    "!=": "is not",
    "contains": "contains",
    "has": "contains",
    "includes": "contains",
    "in": "is",
    "oneof": "is",
}
_TESTS = {
    "isempty": "is empty",
    "empty": "is empty",
    "isblank": "is empty",
    "blank": "is empty",
    "missing": "is empty",
    "null": "is empty",
    "isnotempty": "is not empty",
    "notempty": "is not empty",
    "isnotblank": "is not empty",
    "notblank": "is not empty",
    "filled": "is not empty",
    "present": "is not empty",
    "exists": "is not empty",
}
_OMIT = re.compile(
    r"^(?:omit|skip|drop|leave\b|remove|exclude|don'?t send|not sent|no key|undefined)", re.I
)
_PART = re.compile(
    rf"^@?({FIELD}?)(?:[.:@]|\s*->\s*)(localpart|beforeat|local|domain|afterat|firstword)$", re.I
)
_PARTS = {
    "first": "the first word of {}",
    "before": "the part of {} before the @",
    "after": "the part of {} after the @",
}


def omits(v: Val) -> bool:
    return v.kind in ("str", "word") and bool(_OMIT.match(v.text.strip()))


def const(v: Val) -> str | None:
    """A constant as the grammar reads it ('x' quoted, true and numbers bare)."""
    if v.kind == "str" and v.quote != "`":
        return lit(f"'{v.text}'" if "'" not in v.text else f'"{v.text}"')
    if v.kind == "word" and re.fullmatch(r"true|false|-?\d+(?:\.\d+)?", v.text):
        return v.text
    return None


def src_of(v: Val) -> str | None:
    """A source field as the grammar says it ('email', 'the part of email before the @')."""
    if v.kind not in ("str", "word") or v.quote == "`":
        return None
    t = v.text.strip()
    if (m := _PART.match(t)) and (got := source(m.group(1), {})):
        return _PARTS[str(FORMAT_WORDS[m.group(2).lower()])].format(got[0])
    got = source(t, {})
    return got[0] if got and not got[1] else None


def is_empty_key(key: str) -> bool:
    return bool(set(words(key)) & EMPTY_WORDS) or fold(key) in ("default", "ifmissing")


def test(field: str, v: Val) -> str | None:
    """One field's test in a condition object ('OFFLINE', ['a', 'b'], { gt: 5 }, 'isBlank')."""
    if v.kind in ("str", "word") and fold(v.text) in _TESTS:
        return f"{field} {_TESTS[fold(v.text)]}"
    if v.kind == "arr":
        items = [const(x) for x in v.items]
        return (
            f"{field} is " + " or ".join(str(x) for x in items)
            if items and None not in items
            else None
        )
    if v.kind == "obj":
        said = [_op(field, e) for e in v.entries]
        return " and ".join(str(s) for s in said) if said and None not in said else None
    c = const(v)
    if (
        c == "'false'"
    ):  # the grammar reads a text 'false' as 'not true', which an empty value also is
        return f"{field} is {c} and {field} is not empty"
    return f"{field} is {c}" if c else None


def _op(field: str, e: Entry) -> str | None:
    op = OPS.get(fold(e.key))
    if op is None:
        return None
    if e.value.kind == "arr":
        return test(field, e.value) if op == "is" else None
    c = const(e.value)
    return f"{field} {op} {c}" if c else None


def cond(v: Val, subject: str | None = None) -> str | None:
    """A condition object ({ when: { country: 'US' } }, { gt: 5 } about ``subject``) as the grammar says it."""
    if v.kind == "arr":
        said = [cond(x, subject) for x in v.items]
        return " or ".join(str(s) for s in said) if said and None not in said else None
    if v.kind != "obj" or not v.entries:
        return None
    if len(v.entries) == 1 and fold(v.entries[0].key) in ("when", "if", "where", "only", "match"):
        return cond(v.entries[0].value, subject)
    if subject and all(fold(e.key) in OPS for e in v.entries):
        said = [_op(subject, e) for e in v.entries]
    else:
        said = [test(e.key, e.value) if re.fullmatch(FIELD, e.key) else None for e in v.entries]
    return " and ".join(str(s) for s in said) if None not in said else None


def _fields(v: Val) -> tuple[list[str], str | None] | None:
    """The sources of a value ('a' or ['a', 'b', { literal: 'x' }]) and a constant after them."""
    items = v.items if v.kind == "arr" else [v]
    out: list[str] = []
    last: str | None = None
    for i, x in enumerate(items):
        s = src_of(x)
        if s is not None and last is None:
            out.append(s)
            continue
        c = (
            const(x)
            if x.kind != "obj"
            else next((const(e.value) for e in x.entries if fold(e.key) in CONST), None)
        )
        if c is None or i != len(items) - 1 or not out:
            return None
        last = c
    return (out, last) if out else None


def _table_rows(t: Val) -> str | None:
    if t.kind != "obj" or not t.entries:
        return None
    rows = [(e.key, const(e.value)) for e in t.entries]
    if any(c is None for _, c in rows):
        return None
    return ", ".join(f"{lit(repr(k))} -> {c}" for k, c in rows)


def _tail(otherwise: str | None, blank: str | None) -> str:
    return (f", otherwise -> {otherwise}" if otherwise else "") + (
        f"; if empty, {blank}" if blank else ""
    )


def _cases(
    dst: str, rows: list[tuple[str, str]], otherwise: str | None, blank: str | None, col: str | None
) -> str:
    eq = [
        re.fullmatch(rf"({FIELD}) is ('[^']*'|\"[^\"]*\")(?: and \1 is not empty)?", c)
        for c, _ in rows
    ]
    cols = {m.group(1) for m in eq if m}
    if all(eq) and len(cols) == 1:
        said = ", ".join(f"{m.group(2)} -> {v}" for m, (_, v) in zip(eq, rows, strict=True) if m)
        return f"{dst} from {cols.pop()}: {said}{_tail(otherwise, blank)}"
    parts = [f"{v} if {c}" for c, v in rows]
    if blank and blank != otherwise and col:
        parts.insert(0, f"{blank} if {col} is empty")
    return f"{dst} = " + ", ".join(parts) + (f", otherwise {otherwise}" if otherwise else "")


def _first_const(o: Val, keys: set[str]) -> str | None:
    e = next((e for e in o.entries if fold(e.key) in keys), None)
    return const(e.value) if e else None


def truth(dst: str, c: str, polar: str = "true") -> str:
    """A true/false by a test; a test of the text 'false' as a table, the form the grammar reads exactly."""
    other = "false" if polar == "true" else "true"
    if m := re.fullmatch(rf"({FIELD}) is '(false)' and \1 is not empty", c):
        return f"{dst} from {m.group(1)}: '{m.group(2)}' -> {polar}, otherwise -> {other}"
    return f"{dst} is {polar} if {c}, otherwise {other}"


def _boolean(dst: str, o: Val) -> str | None:
    """'{ is: {...} }', '{ trueWhen: {...} }', '{ textTrueWhen: {...} }', '{ true: {...}, false: {...} }'."""
    for e in o.entries:
        ws = set(words(e.key)) or {fold(e.key)}
        polar = (
            "false"
            if "false" in ws
            else "true"
            if ("true" in ws or fold(e.key) in ("is", "when", "if"))
            else None
        )
        if (
            polar is None
            or e.value.kind != "obj"
            or (ws & {"true", "false"} and len(ws) == 1 and len(o.entries) < 2)
        ):
            continue
        c = cond(e.value)
        if c is None:
            return None
        other = "false" if polar == "true" else "true"
        if "text" in ws:
            return f"{dst} = '{polar}' if {c}, otherwise '{other}'"
        return truth(dst, c, polar)
    return None


def spec_rule(dst: str, o: Val, notes: list[str]) -> str | None:
    """The rule of a field's object of rule words."""
    keys = {fold(e.key): e.value for e in o.entries}
    subject = next((src_of(v) for k, v in keys.items() if k in SOURCE and v.kind != "obj"), None)
    otherwise = _first_const(o, ELSE)
    blank = next(
        (const(e.value) for e in o.entries if is_empty_key(e.key) and fold(e.key) not in ELSE), None
    )
    if (c := _first_const(o, CONST)) is not None and not keys.keys() & {"when", "if"}:
        return f"{dst} = {c}"
    if j := next((v for k, v in keys.items() if k in JOIN), None):
        got = _fields(j)
        sep = _first_const(o, SEP) or "' '"
        if got is None or got[1] is not None:
            return None
        line = f"{dst} = " + f" + {sep} + ".join(got[0])
        text = " ".join(notes)
        if (m := re.search(r"\bjust the (\w+)", text)) and (
            b := re.search(r"\b(\w+) (?:is )?(?:blank|empty)", text)
        ):
            line += f"; if the {b.group(1)} is empty, just the {m.group(1)}"
        return line
    if (
        keys.keys() & {"when", "if"}
        and (w := keys.get("when") or keys.get("if"))
        and w.kind == "obj"
    ):
        c = cond(w)
        then = _first_const(o, THEN)
        if c is None:
            return None
        if then is None:
            return truth(dst, c)
        return f"{dst} = {then} if {c}" + (f", otherwise {otherwise}" if otherwise else "")
    if subject is not None and "true" in keys and "false" in keys:
        t, f = const(keys["true"]), const(keys["false"])
        if t and f:
            return f"{dst} = {t} if {subject} is true, otherwise {f}"
    if (said_b := _boolean(dst, o)) is not None:
        return said_b
    if cs := next((v for k, v in keys.items() if k in CASES and v.kind == "arr"), None):
        rows: list[tuple[str, str]] = []
        for item in cs.items:
            we = item.get("when", "if") if item.kind == "obj" else None
            c = cond(we.value, subject) if we is not None else None
            v = _first_const(item, THEN) if item.kind == "obj" else None
            if c is None or v is None:
                return None
            rows.append((c, v))
        return _cases(dst, rows, otherwise, blank, subject)
    tab = next((v for k, v in keys.items() if k in TABLE and v.kind == "obj"), None)
    if tab is not None:
        said = _table_rows(tab)
        if said is None or subject is None:
            return None
        return (
            f"{dst} from {subject}: {said}{_tail(otherwise, blank if blank != otherwise else None)}"
        )
    return _sourced(dst, o)


def _sourced(dst: str, o: Val) -> str | None:
    """'{ from: 'a', lower: true, ifEmpty: 'omit' }': the sources, their formats, a default or an omission."""
    fields: list[str] = []
    formats: list[str] = []
    parts: list[str] = []
    default: str | None = None
    omit = False
    country = ""
    for e in o.entries:
        k, v = fold(e.key), e.value
        if k in SOURCE and not fields:
            got = _fields(v)
            if got is None:
                return None
            fields, default = got[0], got[1] or default
        elif k in MORE and (more := _fields(v)):
            fields += more[0]
            default = more[1] or default
        elif k in FLAGS and not (v.kind == "word" and v.text == "false"):
            formats.append(FLAGS[k])
            if k == "e164" and v.kind == "str":
                country = _COUNTRY.get(v.text.lower(), "?")
        elif k in FORMAT_KEYS and v.kind in ("str", "word"):
            w = FORMAT_WORDS.get(fold(v.text)) or FORMAT_WORDS.get(v.text.lower().replace(" ", ""))
            if w is None:
                return None
            (parts if w in _PARTS or w in ("date", "text") else formats).append(w)
        elif k in COUNTRY_KEYS and v.kind == "str":
            country = _COUNTRY.get(v.text.lower(), "?")
        elif is_empty_key(e.key) or k in MORE or k in ELSE:
            if omits(v) or (v.kind == "word" and v.text.upper() == "OMIT"):
                omit = True
            elif (c := const(v)) is not None:
                default = c
            else:
                return None
        else:
            return None
    if not fields or country == "?":
        return None
    if country:
        formats = [
            f"in E.164 with {country} as the default country" if f == _E else f for f in formats
        ]
    for p in parts:
        if p in _PARTS and len(fields) == 1:
            fields = [_PARTS[p].format(fields[0])]
        elif p == "date" and len(fields) == 1 and not formats:
            return f'{dst} = "{{{fields[0]} as YYYY-MM-DD}}"'
        elif p == "text" and len(fields) == 1:
            return f"{dst} = 'true' if {fields[0]} is true, otherwise 'false'"
        else:
            return None
    line = (
        f"{dst} <- "
        + ", else ".join(fields)
        + (", " + " and ".join(dict.fromkeys(formats)) if formats else "")
    )
    if default is not None:
        line += f"; if empty, {default}"
    return line + (", left out when empty" if omit else "")


def template(dst: str, v: Val) -> str | None:
    """'`${company} - since ${createdate|day}`' or '"{lastname}, {firstname}"' as the grammar's template."""
    dated: dict[str, str] = {}

    def part(m: re.Match[str]) -> str:
        name, fmt = m.group(1), (m.group(2) or "").lower()
        if fmt and FORMAT_WORDS.get(fmt) != "date":
            raise ValueError(fmt)
        if fmt:
            dated[f"<{name}>"] = "date"
        return f"<{name}>"

    try:
        t = re.sub(r"\$?\{\s*(" + FIELD + r")\s*(?:\|\s*([\w-]+)\s*)?\}", part, v.text)
    except ValueError:
        return None
    if t == v.text or not re.fullmatch(r"[^\"{}$]*", t):
        return None
    return value_rule(dst, f'"{t}"', "", dated)


def tag_rule(dst: str, v: Val) -> str | None:
    """A 'tags' list: fixed tags, tags with a 'when', or one tag that is a field's value."""
    if v.kind != "arr":
        return None
    if not v.items:
        return f"{dst} = empty list"
    out: list[str] = []
    for x in v.items:
        if (
            x.kind == "obj"
            and len(v.items) == 1
            and (s := next((e.value for e in x.entries if fold(e.key) in SOURCE), None))
        ):
            got = _fields(s)
            return f"{dst} <- " + ", else ".join(got[0]) if got and got[1] is None else None
        name = (
            const(x)
            if x.kind == "str"
            else _first_const(x, {"tag", "name", "value", "label"})
            if x.kind == "obj"
            else None
        )
        w = x.get("when", "if") if x.kind == "obj" else None
        c = cond(w.value) if w else None
        if name is None or (w and c is None):
            return None
        out.append(f"Add the tag {name}" + (f" if {c}." if c else "."))
    return " ".join(out)


def field_rule(dst: str, v: Val, notes: list[str]) -> str | None:
    """The rule line of one destination key, whatever shape its value has."""
    if dst.split(".")[-1].lower() == "tags" and v.kind == "arr":
        return tag_rule(dst, v)
    if v.kind == "obj":
        return spec_rule(dst, v, notes)
    if v.kind == "arr":
        got = _fields(v)
        if got is None:
            return None
        return f"{dst} <- " + ", else ".join(got[0]) + (f"; if empty, {got[1]}" if got[1] else "")
    if (t := template(dst, v)) is not None:
        return t
    if (s := src_of(v)) is not None:
        return f"{dst} <- {s}"
    c = const(v)
    return f"{dst} = {c}" if c else None

"""A mapping written as a SQL SELECT statement (round 37), as an analyst who thinks in SQL
writes one: 'SELECT LOWER(email) AS Email, COALESCE(NULLIF(mobilephone, ''), phone) AS Phone,
CASE hs_analytics_source WHEN 'ORGANIC_SEARCH' THEN 'Web' ELSE 'Other' END AS LeadSource
FROM hubspot.contacts WHERE lifecyclestage <> 'customer';' with '-- comments' saying the rest.

Each projection is one rule and its alias the field it writes, so each is said again as one line
in the words the grammar reads ('Email <- email, in lower case', 'Phone <- mobilephone, else
phone', 'LeadSource from hs_analytics_source: 'ORGANIC_SEARCH' -> 'Web', otherwise -> 'Other'');
the WHERE clause is an 'Only records where ...' sentence; FROM names the objects the draft is
between already and is dropped; each comment is a sentence of its own after the rules. The
statement is parsed by sqlglot (a maintained SQL parser: nested calls, CASE, quoted aliases and
'--' comments are its job, not a regex's). A projection this module cannot say keeps its SQL
(sql_forms and sql_case read a few more forms, and the grammar asks about the rest); a
statement sqlglot cannot parse is left as it was written.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from syncwright.mapping.draft.phrases import TRANSFORM_RES
from syncwright.mapping.draft.python_reader import say_expression

_SELECT = re.compile(r"^\s*SELECT\b", re.I)
# after FROM, only the clauses that go on a statement continue it
_TAIL = re.compile(r"^\s*(?:WHERE|AND|OR|NOT|ORDER|GROUP|LIMIT|HAVING|\)|;)", re.I)
_FORMATS: dict[type[exp.Expression], str] = {
    exp.Trim: "trimmed",
    exp.Lower: "in lower case",
    exp.Upper: "in upper case",
    exp.Initcap: "in title case",
}
# functions the writer names for what SQL has no word for ('E164(phone)', 'TITLE_CASE(x)')
_NAMED_FORMATS = {
    "e164": "in E.164", "to_e164": "in E.164", "format_e164": "in E.164", "e164_us": "in E.164", "phone_e164": "in E.164",
    "title_case": "in title case", "titlecase": "in title case", "proper": "in title case", "propercase": "in title case",
    "lcase": "in lower case", "ucase": "in upper case", "btrim": "trimmed", "strip": "trimmed",
    "first_word": "first word only", "firstword": "first word only",
}
_WHOLE = {"INT", "BIGINT", "SMALLINT", "TINYINT", "INTEGER"}
_NUMBER = {"DECIMAL", "NUMERIC", "FLOAT", "DOUBLE", "REAL", "MONEY", "BIGDECIMAL", "DECFLOAT"}
_DATE = {"DATE"}
_OPS: dict[type[exp.Expression], str] = {
    exp.EQ: "is", exp.NEQ: "is not", exp.GT: "is more than", exp.GTE: "is at least", exp.LT: "is less than", exp.LTE: "is at most",
}


def _code_and_comment(line: str) -> tuple[str, str]:
    """A line's SQL and its '-- comment' (a '--' inside quotes is SQL)."""
    quote = ""
    for k, ch in enumerate(line):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif line.startswith("--", k):
            return line[:k], line[k + 2 :]
    return line, ""


def _statement_end(lines: list[str], start: int) -> int:
    """The index after the statement that opens at ``start``."""
    seen_from = False
    j = start
    while j < len(lines):
        code, comment = _code_and_comment(lines[j])
        if not lines[j].strip() or (j > start and seen_from and code.strip() and not _TAIL.match(code)):
            break
        if not code.strip() and not comment.strip():
            break
        seen_from = seen_from or re.search(r"\bFROM\b", code, re.I) is not None
        j += 1
        if code.rstrip().endswith(";"):
            break
    return j


def _lit(e: exp.Expression) -> str | None:
    """A literal as the grammar reads a value ('Web' quoted, numbers and booleans bare)."""
    if isinstance(e, exp.Literal):
        v = str(e.this)
        if not e.is_string:
            return v
        return f'"{v}"' if "'" in v else f"'{v}'"
    if isinstance(e, exp.Boolean):
        return "true" if e.this else "false"
    return None


def _bare(e: exp.Expression) -> exp.Expression:
    """``e`` without brackets and without NULLIF(x, '') (an empty value is empty either way)."""
    while True:
        if isinstance(e, exp.Paren) or (isinstance(e, exp.Nullif) and _lit(e.expression) in ("''", '""')):
            e = e.this
        elif isinstance(e, exp.Coalesce) and len(e.expressions) == 1 and _lit(e.expressions[0]) in ("''", '""'):
            e = e.this  # 'COALESCE(industry, '') <> 'Retail'': a null compared as empty (round 57)
        else:
            return e


def _column(e: exp.Expression) -> str | None:
    e = _bare(e)
    if isinstance(e, exp.Column):
        return ".".join(p.name for p in e.parts)
    if isinstance(e, exp.JSONExtract) and isinstance(e.this, exp.Column) and isinstance(path := e.expression, exp.JSONPath):
        # Snowflake's 'merge_fields:LNAME': a key of a nested object, the field 'merge_fields.LNAME' (round 57)
        keys = [k.name for k in path.expressions if not isinstance(k, exp.JSONPathRoot)]
        if all(isinstance(k, exp.JSONPathKey) for k in path.expressions[1:]) and keys:
            return ".".join([*(p.name for p in e.this.parts), *keys])
    return None


def _plain(e: exp.Expression) -> str | None:
    """The column under a TRIM (or none): 'NULLIF(TRIM(company), '') IS NULL' asks if company is empty."""
    e = _bare(e)
    return _column(e.this) if isinstance(e, exp.Trim) else _column(e)


def _formatted(e: exp.Expression) -> tuple[str, list[str]] | None:
    """A column under format calls: ('firstname', ['trimmed', 'in title case']), inner first."""
    formats: list[str] = []
    e = _bare(e)
    while _column(e) is None:
        if type(e) in _FORMATS:
            formats.append(_FORMATS[type(e)])
        elif isinstance(e, exp.Cast | exp.TryCast) and e.to is not None:
            kind = e.to.this.name if hasattr(e.to.this, "name") else str(e.to.this)
            formats.append("as a whole number" if kind in _WHOLE else "as a number" if kind in _NUMBER else "as a date" if kind in _DATE else "")
            if not formats[-1]:
                return None
        elif isinstance(e, exp.ToChar | exp.TimeToStr | exp.Date | exp.TsOrDsToDate | exp.DateTrunc):
            formats.append("as a date")
        elif (isinstance(e, exp.Left) and _lit(e.expression) == "10") or (
            isinstance(e, exp.Substring) and _lit(e.args.get("start") or exp.Null()) == "1" and _lit(e.args.get("length") or exp.Null()) == "10"
        ):
            formats.append("as a date")  # 'LEFT(createdate, 10)': a timestamp's first ten characters are its date (round 52)
        elif isinstance(e, exp.Anonymous) and (cc := re.fullmatch(r"(?:to_|format_)?e164_(?P<cc>[a-z]{2})", str(e.this).lower())) and cc["cc"] != "us":
            formats.append(f"in E.164 with {cc['cc'].upper()} as the default country")  # 'E164_UK(Phone)': the region in the name (round 52)
            e = _bare(e.expressions[0]) if e.expressions else e
            continue
        elif isinstance(e, exp.Anonymous) and str(e.this).lower() in _NAMED_FORMATS:
            formats.append(_NAMED_FORMATS[str(e.this).lower()])
            region = next((_lit(a) for a in e.expressions[1:] if _lit(a)), None)
            if region and formats[-1] == "in E.164":
                formats[-1] = f"in E.164 with {region.strip(chr(39) + chr(34))} as the default country"
            e = e.expressions[0] if e.expressions else e
            e = _bare(e)
            continue
        else:
            return None
        e = _bare(e.this)
    formats.reverse()
    return str(_column(e)), list(dict.fromkeys(formats))


def _cond(e: exp.Expression) -> str | None:
    """A condition in the grammar's words ('lifecyclestage is 'customer' and annualrevenue is more than 5')."""
    e = _bare(e)
    if isinstance(e, exp.And | exp.Or):
        a, b = _cond(e.this), _cond(e.expression)
        return f"{a} {'and' if isinstance(e, exp.And) else 'or'} {b}" if a and b else None
    if isinstance(e, exp.Not):
        inner = _bare(e.this)
        if isinstance(inner, exp.Is) and isinstance(inner.expression, exp.Null) and (c := _plain(inner.this)):
            return f"{c} is not empty"
        if (c := _column(inner)) is not None:
            return f"{c} is false"
        if isinstance(inner, exp.In) and (c := _column(inner.this)) and all(_lit(v) for v in inner.expressions):
            return f"{c} is not " + " or ".join(str(_lit(v)) for v in inner.expressions)
        return None
    if isinstance(e, exp.Is) and isinstance(e.expression, exp.Null) and (c := _plain(e.this)):
        return f"{c} is empty"
    if isinstance(e, exp.In) and (c := _column(e.this)) and all(_lit(v) for v in e.expressions):
        return f"{c} is " + " or ".join(str(_lit(v)) for v in e.expressions)
    if isinstance(e, exp.ArrayContains):
        # 'ARRAY_CONTAINS('Showroom'::variant, tags)' (Snowflake: value first) or (tags, 'x'): the list holds the value (round 57)
        pair = [_bare(e.this), _bare(e.expression)]
        pair = [x.this if isinstance(x, exp.Cast) else x for x in pair]
        cols, lits = [c for x in pair if (c := _column(x))], [v for x in pair if (v := _lit(x))]
        return f"{cols[0]} contains {lits[0]}" if len(cols) == 1 and len(lits) == 1 else None
    if isinstance(e, exp.EQ) and (isinstance(e.expression, exp.Any) or isinstance(e.this, exp.Any)):
        # ''Customer' = ANY(tags)': the list holds the value
        lst, val = (e.expression, e.this) if isinstance(e.expression, exp.Any) else (e.this, e.expression)
        c, v = _column(lst.this), _lit(_bare(val))
        return f"{c} contains {v}" if c and v else None
    if type(e) in _OPS:
        left, right = _bare(e.this), e.expression
        if isinstance(left, exp.Cast | exp.TryCast) and _column(_plain_of(left.this)) is not None:
            left = _plain_of(left.this)  # 'CAST(NULLIF(TRIM(x), '') AS INT) > 50': x compared as a number, a blank never more (round 57)
        if isinstance(left, exp.Trim) and _lit(right) in ("''", '""') and (c := _column(left.this)):
            return f"{c} is {'not ' if isinstance(e, exp.NEQ) else ''}empty"
        c, v = _column(left), _lit(right)
        if c is None and (lv := _lit(left)) is not None:
            c, v = _column(right), lv  # ''customer' = lifecyclestage'
        if c is None or v is None:
            return None
        if v in ("''", '""') and isinstance(e, exp.EQ | exp.NEQ):
            return f"{c} is {'not ' if isinstance(e, exp.NEQ) else ''}empty"
        return f"{c} {_OPS[type(e)]} {v}"
    if (c := _column(e)) is not None:
        return f"{c} is true"  # 'WHEN HasOptedOutOfEmail THEN ...': a checkbox
    return None


def _source(e: exp.Expression) -> str | None:
    """A value read from the record: a column with its formats, a part of one, or a literal."""
    if (lit := _lit(_bare(e))) is not None:
        return lit
    if isinstance(part := _bare(e), exp.SplitPart):
        return _split_part(part)
    f = _formatted(e)
    if f is None:
        return None
    col, formats = f
    return col + (", " + " and ".join(formats) if formats else "")


def _split_part(e: exp.SplitPart) -> str | None:
    """'SPLIT_PART(email, '@', 2)' -> 'the part of email after the @'; the first word of a name."""
    col = _column(e.this)
    sep, n = _lit(e.args["delimiter"]), _lit(e.args["part_index"])
    if col is None:
        return None
    if sep in ("'@'", '"@"') and n in ("1", "2"):
        return f"the part of {col} {'before' if n == '1' else 'after'} the @"
    if sep in ("' '", '" "') and n == "1":
        return f"the first word of {col}"
    return None


def _case(dst: str, e: exp.Case) -> str | None:
    ifs = e.args.get("ifs") or []
    default = e.args.get("default")
    otherwise = _lit(default) if default is not None else None
    if default is not None and otherwise is None:
        return None
    subject = e.this
    if subject is not None:
        col = _column(subject)
        rows = [(_lit(i.this), _lit(i.args["true"])) for i in ifs]
        if col is None or any(k is None or v is None for k, v in rows):
            return None
        said = ", ".join(f"{k} -> {v}" for k, v in rows)
        return f"{dst} from {col}: {said}" + (f", otherwise -> {otherwise}" if otherwise else "")
    parts: list[str] = []
    for i in ifs:
        cond, value = _cond(i.this), _lit(i.args["true"])
        if cond is None or value is None:
            return None
        parts.append(f"{value} if {cond}")
    return f"{dst} = " + ", ".join(parts) + (f", otherwise {otherwise}" if otherwise else "")


def _parts(e: exp.Expression) -> list[str] | None:
    """The pieces of a concatenation ('firstname || ' ' || lastname', CONCAT(a, ' ', b))."""
    e = _bare(e)
    if isinstance(e, exp.DPipe):
        a, b = _parts(e.this), _parts(e.expression)
        return a + b if a is not None and b is not None else None
    if isinstance(e, exp.Concat) and not isinstance(e, exp.ConcatWs):
        out: list[str] = []
        for x in e.expressions:
            p = _parts(x)
            if p is None:
                return None
            out += p
        return out
    s = _source(e)
    return [s] if s is not None and ("," not in s or _lit(e) is not None) else None  # a literal ', ' is a part, 'x, trimmed' is no plain one


def _items(e: exp.Expression) -> list[str] | None:
    """A list's items as sentences ('Add the tag 'Customer' if lifecyclestage is 'customer'.'):
    ARRAY[...] with its NULLs removed, or a function the writer names for the list ('TAGS(...)')."""
    e = _bare(e)
    if isinstance(e, exp.ArrayRemove | exp.ArrayCompact) or (isinstance(e, exp.Anonymous) and str(e.this).lower() == "array_compact" and len(e.expressions) == 1):
        e = _bare(e.this if not isinstance(e, exp.Anonymous) else e.expressions[0])
    if not isinstance(e, exp.Array | exp.Anonymous):
        return None
    out: list[str] = []
    for item in e.expressions:
        item = _bare(item)
        if (lit := _lit(item)) is not None:
            out.append(f"Add the tag {lit}.")
        elif isinstance(item, exp.Case) and item.this is None and item.args.get("default") is None and len(item.args.get("ifs") or []) == 1:
            branch = item.args["ifs"][0]
            cond, value = _cond(branch.this), _lit(branch.args["true"])
            if cond is None or value is None:
                return None
            out.append(f"Add the tag {value} if {cond}.")
        else:
            return None
    return out or ["tags = empty list"]


def _chosen_tags(e: exp.Case) -> list[str] | None:
    """'CASE WHEN Department = 'Purchasing' THEN ARRAY_CONSTRUCT('Trade', 'Purchasing') ELSE
    ARRAY_CONSTRUCT('Trade') END': the tags of the ELSE list on everyone, the others when the
    condition holds (round 57)."""
    ifs = e.args.get("ifs") or []
    if e.this is not None or len(ifs) != 1 or e.args.get("default") is None:
        return None
    cond = _cond(ifs[0].this)
    then, other = _items(ifs[0].args["true"]), _items(e.args["default"])
    if cond is None or then is None or other is None:
        return None
    always = [] if other == ["tags = empty list"] else other
    if any("' if " in t for t in then + always) or not set(always) <= set(then):
        return None
    return [*always, *(t.rstrip(".") + f" if {cond}." for t in then if t not in always and t != "tags = empty list")] or None


def _template(e: exp.Expression) -> str | None:
    """A concatenation as a braced template ('HubSpot {hs_analytics_source} since {createdate as
    YYYY-MM-DD}'): the form that carries a date format inside a joined value."""
    e = _bare(e)
    if isinstance(e, exp.DPipe):
        a, b = _template(e.this), _template(e.expression)
        return a + b if a is not None and b is not None else None
    if isinstance(e, exp.Concat) and not isinstance(e, exp.ConcatWs):
        said = [_template(x) for x in e.expressions]
        return "".join(x for x in said if x is not None) if all(x is not None for x in said) else None
    if isinstance(e, exp.Literal) and e.is_string:
        v = str(e.this)
        return None if re.search(r"[\"{}]", v) else v
    f = _formatted(e)
    if f is None or any(x != "as a date" for x in f[1]):
        return None
    return "{" + f[0] + (" as YYYY-MM-DD" if f[1] else "") + "}"


def _projection(dst: str, e: exp.Expression) -> str | None:
    """One rule line for ``dst`` from the expression that computes it, or None."""
    e = _bare(e)
    if dst.lower() == "tags" and isinstance(e, exp.Case) and (chosen := _chosen_tags(e)) is not None:
        return " ".join(chosen)
    if dst.lower() == "tags" and (items := _items(e)) is not None:
        return " ".join(items)
    if dst.lower() == "tags" and _lit(e) in ("'{}'", "'[]'", "'{ }'"):
        return "tags = empty list"  # ''{}' AS tags': an empty list, not the text '{}'
    if (lit := _lit(e)) is not None:
        return f"{dst} = {lit}"
    if isinstance(e, exp.Coalesce):
        options = [e.this, *e.expressions]
        if _lit(_bare(options[-1])) is None:
            # 'COALESCE(NULLIF(TRIM(mobilephone), ''), NULLIF(TRIM(phone), ''))': between fields the NULLIF(TRIM())
            # asks whether each is blank (round 57: 'mobilephone, trimmed, else phone, trimmed' read the trims as
            # the rule's and lost the fallback); before a literal default the value is taken trimmed, as SQL does
            options = [o.this.this if isinstance(o, exp.Nullif) and isinstance(o.this, exp.Trim) and _lit(o.expression) in ("''", '""') else o for o in options]
        said = [_source(o) for o in options]
        if any(s is None for s in said):
            return None
        last = _lit(_bare(options[-1]))
        fields = [s for s in said if s is not None and s != last]
        if len(fields) >= 3 and not last and any(f.startswith("the ") for f in fields[2:]):
            # a part of the email third was read as the second's (round 57): each fallback said on its own
            return f"{dst} <- {fields[0]}; if empty, {fields[1]}" + "".join(f"; if that is empty too, {x}" for x in fields[2:]) + (f"; if that is empty too, {last}" if last is not None else "")
        line = f"{dst} <- " + ", else ".join(fields)
        return line + (f"; if empty, {last}" if last is not None else "")
    if isinstance(e, exp.Case) and (joined := _blank_join(dst, e)) is not None:
        return joined
    if isinstance(e, exp.Case):
        return _case(dst, e)
    if isinstance(e, exp.DPipe | exp.Concat) and (parts := _parts(e)) is not None:
        return f"{dst} = " + " + ".join(parts)
    if isinstance(e, exp.DPipe | exp.Concat) and (template := _template(e)) is not None:
        return f'{dst} = "{template}"'  # a part with a format ('TO_CHAR(createdate, 'YYYY-MM-DD')'): the braced template
    if isinstance(e, exp.SplitPart):
        part = _split_part(e)
        return f"{dst} <- {part}" if part else None
    if (cond := _cond(e)) is not None and _column(e) is None:
        return f"{dst} is true if {cond}, otherwise false"
    if (src := _source(e)) is not None:
        return f"{dst} <- {src}"
    return None


_PY_METHODS: dict[type[exp.Expression], str] = {exp.Trim: "strip", exp.Lower: "lower", exp.Upper: "upper", exp.Initcap: "title"}
_PY_OPS: dict[type[exp.Expression], str] = {exp.EQ: "==", exp.NEQ: "!=", exp.GT: ">", exp.GTE: ">=", exp.LT: "<", exp.LTE: "<="}


def _py(e: exp.Expression) -> str:
    """The Python expression a SQL expression computes, in the idioms python_reader reads
    ('NULLIF(TRIM(x), '') IS NULL' is "c['x'].strip() == ''", COALESCE an 'or' chain, CASE an
    if-else chain with None for a missing ELSE); ValueError for a form with no reading."""
    if isinstance(e, exp.Paren):
        return _py(e.this)
    if (c := _column(e)) is not None:
        return f"c[{c!r}]"
    if isinstance(e, exp.Literal):
        return repr(str(e.this)) if e.is_string else str(e.this)
    if isinstance(e, exp.Boolean):
        return "True" if e.this else "False"
    if isinstance(e, exp.Null):
        return "None"
    if isinstance(e, exp.Nullif) and _lit(e.expression) in ("''", '""'):
        return _py(e.this)  # an empty value is empty either way
    if type(e) in _PY_METHODS:
        return f"{_py(e.this)}.{_PY_METHODS[type(e)]}()"
    if isinstance(e, exp.Is) and isinstance(e.expression, exp.Null):
        return f"({_py(_plain_of(e.this))}.strip() == '')"
    if isinstance(e, exp.Not) and isinstance(inner := _bare(e.this), exp.Is) and isinstance(inner.expression, exp.Null):
        return f"({_py(_plain_of(inner.this))}.strip() != '')"
    if isinstance(e, exp.Not):
        return f"(not {_py(e.this)})"
    if isinstance(e, exp.And | exp.Or):
        return f"({_py(e.this)} {'and' if isinstance(e, exp.And) else 'or'} {_py(e.expression)})"
    if type(e) in _PY_OPS:
        return f"({_py(e.this)} {_PY_OPS[type(e)]} {_py(e.expression)})"
    if isinstance(e, exp.Coalesce):
        return "(" + " or ".join(_py(x) for x in (e.this, *e.expressions)) + ")"
    if isinstance(e, exp.Cast | exp.TryCast) and e.to is not None:
        kind = e.to.this.name if hasattr(e.to.this, "name") else str(e.to.this)
        if kind in _WHOLE or kind in _NUMBER:
            return f"{'int' if kind in _WHOLE else 'float'}({_py(e.this)})"
    if isinstance(e, exp.DPipe):
        return f"({_py(e.this)} + {_py(e.expression)})"
    if isinstance(e, exp.SplitPart) and (col := _column(e.this)) is not None:
        sep, n = _lit(e.args["delimiter"]), _lit(e.args["part_index"])
        if sep in ("'@'", "' '") and n in ("1", "2"):
            on = "" if sep == "' '" else "'@'"
            return f"c[{col!r}].split({on})[{int(n) - 1}]"
    if isinstance(e, exp.Case) and (chain := _blank_case(e)) is not None:
        return chain
    if isinstance(e, exp.Case):
        subject = e.this
        out = _py(e.args["default"]) if e.args.get("default") is not None else "None"
        for branch in reversed(e.args.get("ifs") or []):
            test = f"({_py(subject)} == {_py(branch.this)})" if subject is not None else _py(branch.this)
            out = f"({_py(branch.args['true'])} if {test} else {out})"
        return out
    raise ValueError(f"no reading for {e.sql()}")


def _blank_case(e: exp.Case) -> str | None:
    """'CASE WHEN x is empty THEN d ELSE x END' is x with d when empty ('x or d'); 'CASE WHEN x is
    filled THEN x ELSE d END' the same, as sheet_formulas reads IF on a blank test."""
    ifs = e.args.get("ifs") or []
    default = e.args.get("default")
    if e.this is not None or len(ifs) != 1 or default is None:
        return None
    test, then = _bare(ifs[0].this), ifs[0].args["true"]
    filled = isinstance(test, exp.Not) and isinstance(_bare(test.this), exp.Is)
    inner = _bare(test.this) if filled else test
    if not (isinstance(inner, exp.Is) and isinstance(inner.expression, exp.Null)):
        return None
    col = _column(_plain_of(inner.this))
    kept, fill = (then, default) if filled else (default, then)
    read = _formatted(kept)
    return f"({_py(kept)} or {_py(fill)})" if col is not None and read is not None and read[0] == col else None


def _blank_join(dst: str, e: exp.Case) -> str | None:
    """'CASE WHEN Street is empty THEN City ELSE Street || ', ' || City END': the join, and what
    it is when its part is empty (round 57)."""
    ifs = e.args.get("ifs") or []
    default = e.args.get("default")
    if e.this is not None or len(ifs) != 1 or default is None or not isinstance(_bare(default), exp.DPipe | exp.Concat):
        return None
    test = _bare(ifs[0].this)
    if not (isinstance(test, exp.Is) and isinstance(test.expression, exp.Null)):
        return None
    col, parts, alone = _column(_plain_of(test.this)), _parts(default), _source(ifs[0].args["true"])
    if col is None or parts is None or alone is None or col not in parts:
        return None
    return f"{dst} = " + " + ".join(parts) + f"; if {col} is empty, just {alone}"


def _plain_of(e: exp.Expression) -> exp.Expression:
    """The value under NULLIF(TRIM(x), ''): what an IS NULL test asks about."""
    e = _bare(e)
    return e.this if isinstance(e, exp.Trim) else e


def _via_python(dst: str, e: exp.Expression) -> str | None:
    """A projection _projection has no words for, said by python_reader (round 57: 'CASE WHEN
    NULLIF(TRIM(company), '') IS NULL THEN 'Private Buyer' ELSE company END' is company with a
    default, a CASE whose rows are conditions on a number or a join said by its parts)."""
    try:
        return say_expression(dst, _py(e))
    except ValueError:
        return None


# 'AS merge_fields.FNAME', 'AS events[0].params.x': a dotted alias, quoted so SQL reads it as one name
_DOTTED_ALIAS = re.compile(r"\bAS\s+(?P<a>[A-Za-z_]\w*(?:\.\w+|\[\d+\])+)(?=\s*(?:,|$))", re.I | re.M)


_IS_BLANK = re.compile(r"\bIS\s+(?P<n>NOT\s+)?(?:BLANK|EMPTY)\b", re.I)


def _parsed(sql: str) -> exp.Expression | None:
    """The statement's tree: SQL as most dialects write it, else Snowflake's (a dbt model on a
    warehouse: 'merge_fields:LNAME', 'ARRAY_CONSTRUCT(...)', 'x::variant'; round 57)."""
    for dialect in (None, "snowflake"):
        try:
            tree = sqlglot.parse_one(sql, read=dialect)
        except SqlglotError:
            continue
        return tree if isinstance(tree, exp.Expression) else None
    return None


class _Read(NamedTuple):
    lines: list[str]
    whole: bool  # every projection said in words (none kept as its SQL)


def _read(sql: str) -> _Read | None:
    """The statement's rules and filter as lines, or None when it is no SELECT sqlglot reads."""
    sql = _DOTTED_ALIAS.sub(lambda m: f'AS "{m["a"]}"', sql)
    # 'company IS NOT BLANK': no SQL, but what the writer means is SQL's IS NOT NULL, which a blank
    # meets here too (round 52: read as 'NOT company IS BLANK' and the NOT was lost)
    sql = _IS_BLANK.sub(lambda m: "IS NOT NULL" if m["n"] else "IS NULL", sql)
    tree = _parsed(sql)
    if not isinstance(tree, exp.Select):
        return None
    out: list[str] = []
    whole = True
    for p in tree.expressions:
        if not isinstance(p, exp.Alias) or not p.alias:
            if (c := _column(p)) is not None:
                out.append(f"{c} <- {c}")  # 'SELECT email, ...': the field of the same name
                continue
            return None
        said = _projection(p.alias, p.this) or _via_python(p.alias, p.this)
        whole = whole and said is not None
        out.append(said or f"{p.alias} = {p.this.sql()}")
    where = tree.args.get("where")
    if where is not None:
        cond = _cond(where.this)
        out.append(f"Only records where {cond}." if cond else f"WHERE {where.this.sql()}")
    return _Read(out, whole)


def _alias(code: str) -> str | None:
    """The field a projection line writes ('COALESCE(x, y) AS merge_fields.LNAME,' -> 'merge_fields.LNAME')."""
    m = _ENDS_IN_ALIAS_ANY_CASE.search(code.strip().rstrip(",;") + ",")
    return re.sub(r"^AS\s+", "", m.group(0).strip().rstrip(","), flags=re.I).strip('"') if m else None


def _below(split: list[tuple[str, str]]) -> tuple[dict[str, list[str]], set[int]]:
    """The comment lines right under a projection ('COALESCE(...) AS merge_fields.LNAME,' over
    '    -- last name as it is; if blank then the domain'): that projection's, by its alias, and
    the indexes they stand at (round 52: said after every rule, their 'if blank' went to the last one)."""
    below: dict[str, list[str]] = {}
    used: set[int] = set()
    alias: str | None = None
    for k, (code, comment) in enumerate(split):
        if code.strip():
            alias = _alias(code)
            continue
        if alias is not None and comment.strip() and not _POINTER.match(comment.strip()):
            below.setdefault(alias, []).append(comment)
            used.add(k)
    return below, used


# 'Original Source, then space-slash-space, then Create Date as YYYY-MM-DD only': a join's parts in words
_PARTS_SAID = re.compile(r"^(?:[^,;=]+,\s*then\s+){1,}[^,;=]+$", re.I)


def _with_notes(read: list[str], split: list[tuple[str, str]], below: dict[str, list[str]]) -> list[str]:
    """Each copy line with the comment on its projection's line ('company AS traits.company.name,
    -- blank -> leave name out' -> 'traits.company.name <- company, blank -> leave name out'), as
    a spec table's row carries its note; the comment lines under a projection follow its line."""
    notes: dict[str, str] = {}
    for code, comment in split:
        alias = _alias(code)
        if alias is not None and comment.strip() and not _POINTER.match(comment.strip()):
            notes[alias] = comment.strip()
    out = []
    for ln in read:
        dst, arrow, _ = ln.partition(" <- ")
        out.append(f"{ln}, {notes[dst]}" if arrow and dst in notes and ";" not in ln else ln)
        name = dst if arrow else re.split(r"\s+(?:=|is|from)\s+", ln, maxsplit=1)[0]
        # a comment on a line whose rule is no plain copy is a sentence right after that rule (round 52: after
        # every rule, its 'blank company -> ...' went to another field)
        own = [notes[name]] if name in notes and not (arrow and ";" not in ln) else []
        said = [*own, *_comments(below.get(name, []))]
        if " + " in ln or "{" in ln:
            said = [c for c in said if not _PARTS_SAID.match(c.strip())]  # 'Original Source, then space-slash-space, then ...': the join said again
        out += [f"{c}." if not re.search(r"[.!?]\s*$", c) else c for c in said]
    # a comment whose projection read no line of its own stays a sentence after the rules
    named = {re.split(r"\s+(?:<-|=|is|from)\s+", ln, maxsplit=1)[0] for ln in read}
    out += [c for d, c in notes.items() if d not in named]
    return out


# a comment that only points at another ('-- see note', '-- see below')
_POINTER = re.compile(r"^(?:see|cf\.?|per)\s+(?:the\s+)?(?:notes?|below|above|comments?)\W*$", re.I)
# a SELECT, or a projection line ('email AS email_address'): the text is written in SQL
_SQL_TEXT = re.compile(r"^\s*(?i:SELECT)\b|\bAS\s+(?:\"[^\"\n]+\"|[A-Za-z_][\w.\[\]]*)\s*,?\s*(?:--.*)?$", re.M)
# 'userId = LOWER(TRIM(email)) so ...' in prose: one projection written as an assignment
_INLINE = re.compile(r"(?P<d>\b[A-Za-z_][\w.]*(?:\[\d+\][\w.]*)?)\s*=\s*(?P<e>(?-i:[A-Z_]{3,})\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))")


# 'Opted-in contacts only: WHERE HasOptedOutOfEmail = FALSE.', '(WHERE NULLIF(TRIM(x), '') IS NOT NULL -- ...)'
_INLINE_WHERE = re.compile(r"(?<=\S)(?P<pre>\s*[:(]?\s*)\bWHERE\s+(?P<c>.+?)\s*(?=--|;|\.\s|\.?$)")


def _inline_where(ln: str) -> str:
    """A WHERE clause inside a sentence said as 'only records where ...' (left as written when
    sqlglot cannot read it or it says no condition this module knows)."""
    m = _INLINE_WHERE.search(ln)
    if m is None or _SELECT.match(ln):
        return ln
    cond_sql = m["c"]
    while cond_sql.count(")") > cond_sql.count("(") and cond_sql.endswith(")"):
        cond_sql = cond_sql[:-1].rstrip()
    try:
        tree = sqlglot.parse_one(f"SELECT 1 WHERE {cond_sql}")
    except SqlglotError:
        return ln
    where = tree.args.get("where")
    cond = _cond(where.this) if where is not None else None
    if cond is None:
        return ln
    end = m.start("c") + len(cond_sql)
    if "(" in m["pre"] and (close := ln.find(")", end)) >= 0:
        end = close + 1  # '(WHERE ... -- a note)': the bracket and the note in it go with the clause
    return f"{ln[: m.start()]}. Only records where {cond}{ln[end:]}" if ln[: m.start()].strip() else f"Only records where {cond}{ln[end:]}"


def _inline(m: re.Match[str]) -> str:
    got = _read(f'SELECT {m["e"]} AS "{m["d"]}"')
    if got is None or len(got.lines) != 1:
        return m.group(0)
    return got.lines[0] + ("," if m.string[m.end() :].strip() else "")  # 'userId = LOWER(TRIM(email)) so ...': the rest goes on


def _comments(said: list[str]) -> list[str]:
    """Comment lines as sentences: one indented further than the one before, or going on after
    a comma, goes on with it."""
    out: list[str] = []
    for c in said:
        if out and (re.match(r"\s{2,}", c) or (re.search(r"[,;]\s*$", out[-1]) and re.match(r"\s*[a-z(]", c))):
            out[-1] = f"{out[-1].rstrip()} {c.strip()}"
        else:
            out.append(c.strip())
    return out


# a column list without its SELECT: lines that end in 'AS <alias>', and the CASE lines above one
# ('AS' in capitals: 'annualrevenue as number' is English; round 37)
_ENDS_IN_ALIAS = re.compile(r"\bAS\s+(?:\"[^\"]+\"|[A-Za-z_][\w.\[\]]*)\s*,?\s*$")
# inside a statement sqlglot read, 'as' in any case is SQL's (round 57: a dbt model's lower-case 'as "Email"')
_ENDS_IN_ALIAS_ANY_CASE = re.compile(_ENDS_IN_ALIAS.pattern, re.I)
_SQL_LINE = re.compile(r"^\s*(?:CASE|WHEN|ELSE|END|THEN)\b|^\s*[A-Za-z_][\w.]*\s*\(|\|\|", re.I)


def _fragment_end(lines: list[str], start: int) -> int:
    """The index after a column list that opens at ``start`` (``start`` when none does): a run of
    SQL lines, the last ending in an alias, at least one of them a projection."""
    j, last = start, start
    if not _code_and_comment(lines[start])[0].strip():
        return start  # a comment line opens no list
    while j < len(lines):
        code = _code_and_comment(lines[j])[0]
        if _SELECT.match(code):
            break
        if not code.strip():
            if lines[j].strip():  # a comment line inside the list
                j += 1
                continue
            break
        if not (_ENDS_IN_ALIAS.search(code) or _SQL_LINE.match(code) or (j > start and lines[j][:1].isspace() and not _ENDS_IN_ALIAS.search(code) and re.match(r"^\s+(?:'|\w)", code) and "AS" not in code and j + 1 < len(lines))):
            break
        j += 1
        if _ENDS_IN_ALIAS.search(code):
            last = j
    return last


def _as_select(codes: list[str]) -> str:
    """A column list's code as one SELECT (a comma after each projection that has none)."""
    joined = [c.rstrip() + ("," if _ENDS_IN_ALIAS.search(c) and not c.rstrip().endswith(",") else "") for c in codes if c.strip()]
    return "SELECT " + "\n".join(joined).rstrip(",")


# 'params.stage   = lifecyclestage   -- copy as it is': an assignment with a SQL comment after it
_ASSIGN_COMMENT = re.compile(r"^(?P<code>\s*[A-Za-z_][\w.\[\]]*\s*=\s*\S.*?)\s{2,}--\s*(?P<c>\S.*)$")


def _assignment_comments(lines: list[str]) -> list[str]:
    """Lines of 'field = value  -- comment' (two or more of them) with the comment as a sentence of its
    own right under its rule (round 52: 'params.source_crm = 'hubspot'  -- fixed' read the comment as the value)."""
    if sum(1 for ln in lines if _ASSIGN_COMMENT.match(ln)) < 2:
        return lines
    out: list[str] = []
    for ln in lines:
        m = _ASSIGN_COMMENT.match(ln)
        out += [m["code"].rstrip(), m["c"].strip().rstrip(".") + "."] if m else [ln]
    return out


# a dbt model's Jinja: '{{ source('hubspot', 'contacts') }}', '{{ ref('stg_leads') }}' name the
# table read; '{{ config(...) }}', '{% ... %}' and '{# ... #}' say nothing of the mapping (round 57)
_DBT_TABLE = re.compile(r"\{\{\s*(?:source|ref)\(\s*['\"](?P<a>[\w.-]+)['\"](?:\s*,\s*['\"](?P<b>[\w.-]+)['\"])?\s*\)\s*\}\}")
_DBT_OTHER = re.compile(r"\{\{\s*config\([^{}]*\)\s*\}\}|\{%-?[^{}]*?-?%\}|\{#[^{}]*?#\}")


def _dbt(m: re.Match[str]) -> str:
    return f"{m['a']}.{m['b']}" if m["b"] else m["a"]


# what a comment says that SQL cannot: the key left out when empty, the number's E.164 format
_LEAVES_OUT = re.compile(
    r"\bleave\b[^.;]{0,40}?\b(?:out|off)\b|\bleft\s+out\b|\bno\s+(?:[\w.]+\s+){0,2}key\b|\b(?:don'?t|do\s+not|never)\s+(?:send|set|write)\b"
    r"|\bat\s+all\b|\bonly\s+when\s+filled\b|\bomit",
    re.I,
)
_E164 = re.compile(r"\bE\.?164\b", re.I)
_UK = re.compile(r"\bUK\b|\+44|\bUnited Kingdom\b", re.I)


def _model_rules(read: list[str], split: list[tuple[str, str]]) -> list[str]:
    """A dbt model's rules with what its comments add that SQL cannot say (round 57): a model's
    comments mostly say its SQL again in words ('-- every word: first letter upper', "-- no else
    on purpose"), and read as sentences they were questions or, worse, rules of another field;
    so a comment is the rule's note only where it leaves the key out when empty or gives the
    number's E.164 format, on the projection's own lines or, after the statement, naming its field."""
    names = [re.split(r"\s+(?:<-|=|is|from)\s+|:\s", ln, maxsplit=1)[0].strip() for ln in read]
    notes: dict[int, list[str]] = {}
    owner: int | None = None
    pending: list[str] = []
    tail: list[str] = []
    after_from = False
    for code, comment in split:
        after_from = after_from or re.match(r"\s*FROM\b", code, re.I) is not None
        alias = _alias(code) if code.strip() and not after_from else None
        if alias is not None and alias in names:
            owner = names.index(alias)
            notes.setdefault(owner, []).extend([*pending, comment])
            pending = []
        elif code.strip() and not after_from:
            pending.append(comment)  # a comment inside a projection that ends further down
        elif not code.strip() and owner is not None and not after_from:
            notes.setdefault(owner, []).append(comment)
        else:
            tail.append(comment)
    for para in _comments([c if c.strip() else "" for c in tail]):
        named = [k for k, d in enumerate(names) if re.search(rf"(?<![\w.]){re.escape(d.split('.')[-1])}(?![\w])", para, re.I)]
        if not named and _E164.search(para):
            named = [k for k, d in enumerate(names) if re.search(r"phone|mobile|fax", d, re.I)][:1]
        if named:
            notes.setdefault(named[0], []).append(para)
    out = []
    for k, line in enumerate(read):
        said = " ".join(c.strip() for c in notes.get(k, []) if c.strip())
        if _E164.search(said) and "E.164" not in line and re.search(r"phone|mobile|fax|\btel|cell|sms|whatsapp", f"{names[k]} {line}", re.I):  # not the state a note on both names (round 58)
            line += ", in E.164" + (" with UK as the default country" if _UK.search(said) else "")
        # 'both empty -> no traits.phone': the field named after 'no' is left out (round 58)
        gone = re.search(rf"(?:->|→|:|=)\s*no\s+(?:{re.escape(names[k])}|{re.escape(names[k].split('.')[-1])})\b", said, re.I)
        if (_LEAVES_OUT.search(said) or gone) and "left out" not in line and "if empty" not in line and " from " not in line:
            line += ", left out when empty"
        out.append(line)
        # a comment that asks for more than the line says (a format it does not apply, a value for a blank
        # that is not in it) is a sentence after it, for the grammar to read or ask about: never dropped
        out += [f"{names[k]}: {c.strip()}" for c in notes.get(k, []) if _asks_more(c, line)]
    return out


def read_model(split: list[tuple[str, str]]) -> list[str] | None:
    """A SELECT given as (code, comment) lines, read as a dbt model is (its comments kept only
    where they ask for more than its SQL says): the form other code-shaped mappings are said in
    (hcl_mapping, round 58). None when sqlglot does not read it."""
    got = _read("\n".join(code for code, _ in split).strip().rstrip(";"))
    if got is None:
        return None
    if got.whole:
        return _model_rules(got.lines, split)
    below, used = _below(split)
    return [*_with_notes(got.lines, split, below), *_comments([c for k, (code, c) in enumerate(split) if k not in used and not code.strip() and c.strip()])]


def read_projections(fields: list[tuple[str, str, list[str]]], loose: list[tuple[int | None, str]]) -> list[str] | None:
    """Fields computed by SQL expressions, (field, expression, its comments), and the comments
    between them (with the index of the field above each), read as one model: the form code
    that is no SQL is said in (HCL blocks, pandas cells; round 58). A comment paragraph between
    fields is theirs where it names fields ('industry and employee_count: empty -> leave the key
    out'), else the field's above it; one above every field, with no name, is a sentence after."""
    comments = [list(c) for _, _, c in fields]
    paragraphs: list[tuple[int | None, list[str]]] = []
    for owner, c in loose:
        if paragraphs and paragraphs[-1][0] == owner and (re.match(r"\s*[-a-z(]", c) or not re.search(r"[.!?]\s*$", paragraphs[-1][1][-1])):
            paragraphs[-1][1].append(c)
        else:
            paragraphs.append((owner, [c]))
    tail: list[str] = []
    for owner, said in paragraphs:
        text = " ".join(s.strip() for s in said)
        named = [k for k, (dst, _, _) in enumerate(fields) if re.search(rf"(?<![\w.]){re.escape(dst)}(?![\w])|(?<![\w.]){re.escape(dst.split('.')[-1])}(?![\w])", text)]
        for k in named or ([owner] if owner is not None else []):
            comments[k].append(text)
        if not named and owner is None and _asks_more(text, ""):
            tail.append(text)  # one that asks for no format and no blank's value says the code again ('straight copies, no strip')
    select: list[tuple[str, str]] = []
    for (dst, sql, _), said in zip(fields, comments, strict=True):
        select.append((f'    {sql} AS "{dst}",', said[0] if said else ""))
        select += [("", c) for c in said[1:]]
    if not select:
        return None
    select[0] = ("SELECT " + select[0][0].strip(), select[0][1])
    last = max(k for k, (code, _) in enumerate(select) if code)
    select[last] = (select[last][0].rstrip(","), select[last][1])
    read = read_model(select)
    return None if read is None else [*read, *tail]


def say_condition(sql: str) -> str | None:
    """A SQL condition in the grammar's words ('lifecyclestage <> 'customer'' -> "lifecyclestage is not 'customer'")."""
    try:
        tree = sqlglot.parse_one(sql)
    except SqlglotError:
        return None
    return _cond(tree) if isinstance(tree, exp.Expression) else None


# what a format's words ask for, said as the rule line says it when applied
_FORMAT_SAID = {
    "title": "title case", "lower": "lower case", "upper": "upper case", "trim": "trimmed", "integer": "whole number",
    "number": "number", "date": "date", "first_word": "first word", "email_local": "before the @", "email_domain": "after the @",
}
# a value for a blank ('-- empty -> 'Unknown'', '-- blank: use "n/a"')
_BLANK_VALUE = re.compile(r"\b(?:empty|blank|null|missing)\b[^'\"]{0,30}?(?:->|→|=|:|\bthen\b|\buse\b|\bwrite\b|\bput\b|\bgets?\b)\s*(?P<v>'[^']*'|\"[^\"]*\")", re.I)


def _asks_more(comment: str, line: str) -> bool:
    """Whether a projection's comment asks for a format or a blank's value its rule line does not say."""
    if not comment.strip():
        return False
    # 'empty/whitespace', 'null, '' or only spaces': what blank means, no trim asked for
    comment = re.sub(r"\b(?:empty|blank|null)(?:\s*(?:/|,|\bor\b)\s*(?:only\s+|just\s+)?(?:whitespace|spaces|blank|null|empty|''))+", "empty", comment, flags=re.I)
    wanted = {
        name
        for name, pattern in TRANSFORM_RES
        if name in _FORMAT_SAID
        # 'no trim', 'not lower-cased': a format the writer says is not wanted
        and any(not re.search(r"\b(?:no|not|without|never|don'?t)\b[\w\s-]{0,15}$", comment[: m.start()], re.I) for m in pattern.finditer(comment))
    }
    if any(_FORMAT_SAID[name] not in line for name in wanted):
        return True
    blank = _BLANK_VALUE.search(comment)
    if blank is None:
        return False
    # the value said as the blank's ('; if empty, 'Unknown'', "'Cold' if annualrevenue is empty", or the
    # 'otherwise' a blank falls to), not as another row's (round 58: 'Rating = ... 'Cold' if annualrevenue is
    # less than 1000000, otherwise 'Warm'' held 'Cold' for another test)
    v = re.escape(blank["v"][1:-1])
    return re.search(rf"\bif (?:it is )?empty,? ['\"]?{v}['\"]?|['\"]{v}['\"] if \S+ is empty|\bempty\b[^;]{{0,20}}['\"]{v}['\"]|\botherwise,? (?:->\s*)?['\"]{v}['\"]", line) is None


def sql_select(text: str) -> str:
    """``text`` with each SELECT statement (or column list) said as one line per rule, its
    comments after it."""
    whole_model = ("{{" in text or "{%" in text) and re.search(r"^\s*(?i:SELECT)\b", text, re.M) is not None
    if whole_model:
        text = _DBT_OTHER.sub("", _DBT_TABLE.sub(_dbt, text))
        text = re.sub(r"^([ \t]*--[ \t]*)[\w./-]+\.sql\b:?[ \t]*", r"\1", text, flags=re.M)  # '-- models/sync/leads.sql': the model's file
    lines = _assignment_comments(text.split("\n"))
    if _SQL_TEXT.search(text) or sum(1 for ln in text.split("\n") if _ASSIGN_COMMENT.match(ln)) >= 2:  # a text written in SQL: its prose's 'userId = LOWER(email)' and 'WHERE ...' too
        lines = [_inline_where(_INLINE.sub(_inline, ln)) for ln in lines]
    out: list[str] = []
    seen = False
    i = 0
    while i < len(lines):
        listed = 0 if _SELECT.match(lines[i]) else _fragment_end(lines, i) - i
        if not _SELECT.match(lines[i]) and not listed:
            out.append(lines[i])
            i += 1
            continue
        j = i + listed if listed else _statement_end(lines, i)
        split = [_code_and_comment(ln) for ln in lines[i:j]]
        codes = [code for code, _ in split]
        got = _read(_as_select(codes) if listed else "\n".join(codes).strip().rstrip(";"))
        if got is None:
            out.extend(lines[i:j])
            i = j
            continue
        while j < len(lines) and lines[j].lstrip().startswith("--"):
            split.append(("", lines[j].lstrip()[2:]))  # the comments under the statement say more of it
            j += 1
        read = got.lines
        if whole_model and read and got.whole and any(re.match(r"\s*FROM\b", code, re.I) for code, _ in split):
            out.extend(_model_rules(read, split))  # a model read whole: its comments only for what SQL cannot say
            i = j
            seen = True
            continue
        below, used = _below(split)
        out.extend(_with_notes(read, split, below))
        out.extend(_comments([c for k, (code, c) in enumerate(split) if k not in used and c.strip() and not _POINTER.match(c.strip()) and not _ENDS_IN_ALIAS_ANY_CASE.search(code.strip().rstrip(",;") + ",")]))
        i = j
        seen = True
    if seen:  # a comment line left where the writer put it, away from its statement
        out = [re.sub(r"^\s*--\s*", "", ln) for ln in out]
    return "\n".join(out)

"""A request written as spreadsheet formulas (round 20): 'FirstName = PROPER(TRIM(firstname))',
'Phone = IF(ISBLANK(phone), mobilephone, phone)', 'LeadSource = VLOOKUP(source, table below,
2, FALSE)' over its rows, 'Description = "Stage: " & lifecyclestage', 'Rows: only country =
"Canada"'.

People who live in Google Sheets or Excel write a field's rule as the formula they would put
in a column. The functions are a small, fixed language with one meaning each, so each
formula is parsed (a small recursive-descent parser: the expressions are a handful of
functions, strings, names, comparisons and '&'; no general-purpose spreadsheet library
parses an expression into a tree without a workbook around it) and said again in the words
the grammar reads: LOWER/UPPER/PROPER/TRIM are formats, IF(ISBLANK(a), b, a) is a fallback,
IF/IFS over comparisons are conditions in order, '&' and CONCAT join text, VALUE/INT are
numbers, TEXT(d, "YYYY-MM-DD") a date, LEFT/MID around FIND("@", ...) the parts of an email,
INDEX(SPLIT(x, " "), 1) the first word, VLOOKUP a value table whose rows follow. A field
line's comment after the formula ('-> E.164 ...', '-- blank revenue = "Cold"') stays beside
it. A formula the parser cannot read whole is left as written (the grammar then asks about
it), and a text with no formula is returned as it is. Runs on the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the functions read here; a line is taken as a formula only when it calls one of them
FUNCTIONS = frozenset(
    ["LOWER", "UPPER", "PROPER", "TRIM", "IF", "IFS", "ISBLANK", "AND", "OR", "NOT", "VLOOKUP", "XLOOKUP", "CONCAT", "CONCATENATE", "TEXT", "VALUE", "INT", "LEFT", "RIGHT", "MID", "FIND", "SEARCH", "LEN", "INDEX", "SPLIT"]
)
_CALL = re.compile(r"\b(?:" + "|".join(sorted(FUNCTIONS)) + r")\s*\(")
# 'Email = ...', 'FirstName <- ...', 'Match key: userId = LOWER(email)'
_LINE = re.compile(r"^(?P<ind>\s*)(?P<pre>(?:match key|key)\s*:\s*)?(?P<d>[A-Za-z_][\w.\[\]]*)\s*(?P<op>=|<-|:=)\s*(?P<rhs>.+)$", re.I)
_ROWS = re.compile(r"^(?P<ind>\s*)rows?\s*:\s*", re.I)
_ALL_ROWS = re.compile(r"^(?:all|every(?:one|body| row| contact| lead| member)?|all (?:rows|contacts|leads|members|records))\b(?:\s*,\s*no filter(?:ing)?)?\s*[.;]?\s*", re.I)
_ISBLANK_NOTE = re.compile(r"\(?\bISBLANK(?:\s+(?:here|below|above))?\s*(?:=|means|is)\s*[^.()]*[.]?\)?\s*", re.I)
_TABLE_ROW = re.compile(r"^\s*(?P<k>[^|\t]+?)\s*(?:\||\t| {2,})\s*(?P<v>[^|\t]+?)\s*\|?\s*$")
_REST_KEY = re.compile(r"^\(?(?:anything else|everything else|any other|other(?:wise)?|else|default|not (?:listed|found|in the table)|\(?blank\)?|\*)\b", re.I)

_OPS = {"=": "is", "<>": "is not", "!=": "is not", ">": "is more than", ">=": "is at least", "<": "is less than", "<=": "is at most"}
_FORMATS = {"LOWER": "in lower case", "UPPER": "in upper case", "PROPER": "in title case", "TRIM": "trimmed",
            "VALUE": "as a number", "INT": "as a whole number"}


class _NoFormula(ValueError):
    """The text at hand is no formula this reader knows (it is left as written)."""


@dataclass
class _Node:
    kind: str  # name | str | num | bool | call | op | concat | list
    value: str = ""
    args: tuple[_Node, ...] = ()


_TOKEN = re.compile(r'\s*(?:(?P<s>"[^"]*"|“[^”]*”)|(?P<n>\d+(?:\.\d+)?)|(?P<w>[A-Za-z_][\w.\[\]]*)|(?P<o><>|>=|<=|!=|[=<>&(),{}+*/-]))')


class _Parser:
    """Expressions: concat := cmp ('&' cmp)*; cmp := sum (op sum)?; sum := atom (('+'|'-') atom)*."""

    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def peek(self) -> tuple[str, str] | None:
        if re.match(r"\s*(?:->|--|<-|//|;|$)", self.text[self.pos :]):
            return None  # a comment or the next clause starts here
        m = _TOKEN.match(self.text, self.pos)
        if m is None:
            return None
        kind = m.lastgroup or ""
        return kind, m.group(kind)

    def take(self) -> tuple[str, str]:
        m = _TOKEN.match(self.text, self.pos)
        if m is None:
            raise _NoFormula(self.text[self.pos :])
        self.pos = m.end()
        kind = m.lastgroup or ""
        return kind, m.group(kind)

    def expect(self, sym: str) -> None:
        if self.peek() != ("o", sym):
            raise _NoFormula(self.text[self.pos :])
        self.take()

    def expr(self) -> _Node:
        parts = [self.cmp()]
        while self.peek() == ("o", "&"):
            self.take()
            parts.append(self.cmp())
        return parts[0] if len(parts) == 1 else _Node("concat", args=tuple(parts))

    def cmp(self) -> _Node:
        left = self.sum()
        t = self.peek()
        if t and t[0] == "o" and t[1] in _OPS:
            self.take()
            return _Node("op", t[1], (left, self.sum()))
        if t and t[0] == "w" and t[1].lower() == "contains":
            self.take()
            return _Node("op", "contains", (left, self.sum()))
        return left

    def sum(self) -> _Node:
        node = self.atom()
        while (t := self.peek()) and t[0] == "o" and t[1] in "+-":
            self.take()
            node = _Node("op", t[1], (node, self.atom()))
        return node

    def atom(self) -> _Node:
        t = self.peek()
        if t is None:
            raise _NoFormula(self.text[self.pos :])
        kind, tok = self.take()
        if kind == "s":
            return _Node("str", tok[1:-1])
        if kind == "n":
            return _Node("num", tok)
        if kind == "o" and tok == "(":
            node = self.expr()
            self.expect(")")
            return node
        if kind == "o" and tok == "{":
            items = [self.expr()]
            while self.peek() == ("o", ","):
                self.take()
                items.append(self.expr())
            self.expect("}")
            return _Node("list", args=tuple(items))
        if kind != "w":
            raise _NoFormula(tok)
        if tok.upper() in ("TRUE", "FALSE") and self.peek() != ("o", "("):
            return _Node("bool", tok.lower())
        if self.peek() == ("o", "("):
            if tok.upper() not in FUNCTIONS:
                raise _NoFormula(tok)
            self.take()
            args: list[_Node] = []
            if self.peek() != ("o", ")"):
                args.append(self.arg())
                while self.peek() == ("o", ","):
                    self.take()
                    args.append(self.arg())
            self.expect(")")
            return _Node("call", tok.upper(), tuple(args))
        return _Node("name", tok)

    def arg(self) -> _Node:
        """An argument; 'table below' or 'table' in a lookup is a reference to the rows under it."""
        m = re.match(r"\s*(?:the\s+)?table(?:\s+(?:below|above|under|underneath))?(?=\s*[,)])", self.text[self.pos :], re.I)
        if m:
            self.pos += m.end()
            return _Node("name", "table")
        return self.expr()


def _q(v: str) -> str:
    return f'"{v}"' if "'" in v else f"'{v}'"


def _base(n: _Node) -> str | None:
    """The one source field a value is made from ('PROPER(TRIM(x))' -> x)."""
    if n.kind == "name":
        return n.value
    if n.kind == "call" and n.args and n.value in (*_FORMATS, "TEXT", "INDEX", "SPLIT", "LEFT", "MID", "RIGHT"):
        return _base(n.args[0])
    return None


def _email_part(n: _Node) -> tuple[str, str] | None:
    """LEFT(e, FIND("@", e) - 1) -> (e, 'before'); MID(e, FIND("@", e) + 1, N) / RIGHT(e, LEN(e) - FIND("@", e)) -> (e, 'after')."""
    if n.kind != "call" or len(n.args) < 2 or n.args[0].kind != "name":
        return None
    field, text = n.args[0].value, _flat(n.args[1])
    if "FIND(@" not in text and "SEARCH(@" not in text:
        return None
    if n.value == "LEFT":
        return field, "before"
    if n.value in ("MID", "RIGHT"):
        return field, "after"
    return None


def _flat(n: _Node) -> str:
    if n.kind in ("name", "num", "bool", "str"):
        return n.value
    return f"{n.value}(" + ",".join(_flat(a) for a in n.args) + ")"


def _value(n: _Node) -> str:
    """A value in words."""
    if n.kind == "str":
        return _q(n.value)
    if n.kind in ("name", "num", "bool"):
        return n.value
    if n.kind == "list":
        return ", ".join(_value(a) for a in n.args)
    if n.kind == "concat":
        return _concat(list(n.args))
    if n.kind == "op" and n.value in ("+", "-"):
        raise _NoFormula(_flat(n))
    if n.kind == "op" or (n.kind == "call" and n.value in ("AND", "OR", "NOT", "ISBLANK")):
        return f"true if {_cond(n)}, otherwise false"
    return _call(n)


def _call(n: _Node) -> str:
    f, a = n.value, n.args
    if part := _email_part(n):
        return f"the part of {part[0]} {part[1]} the @"
    if f == "INDEX" and a and a[0].kind == "call" and a[0].value == "SPLIT" and len(a) > 1 and _flat(a[1]) == "1":
        return f"the first word of {_value(a[0].args[0])}"
    if f in _FORMATS and len(a) == 1:
        return _formatted(n)
    if f == "TEXT" and len(a) == 2 and a[1].kind == "str":
        return f"{_value(a[0])} as {a[1].value.upper()}"
    if f in ("CONCAT", "CONCATENATE"):
        return _concat(list(a))
    if f == "IF" and len(a) in (2, 3):
        return _if(a[0], a[1], a[2] if len(a) == 3 else None)
    if f == "IFS" and len(a) >= 2 and len(a) % 2 == 0:
        pairs = [(a[i], a[i + 1]) for i in range(0, len(a), 2)]
        return _branches(pairs)
    raise _NoFormula(_flat(n))


def _formatted(n: _Node) -> str:
    """PROPER(TRIM(x)) -> 'x, trimmed and in title case' (formats innermost first)."""
    words: list[str] = []
    while n.kind == "call" and n.value in _FORMATS and len(n.args) == 1:
        words.insert(0, _FORMATS[n.value])
        n = n.args[0]
    inner = _value(n)
    return f"{inner}, {' and '.join(words)}" if n.kind == "name" else f"{inner}, then {' and '.join(words)}"


def _concat(parts: list[_Node]) -> str:
    out: list[str] = []
    tail = ""
    for p in parts:
        if p.kind == "call" and p.value == "IF" and len(p.args) == 3 and _blank_of(p.args[0]) and p.args[1].kind == "str" and _base(p.args[2]) == _blank_of(p.args[0]):
            out.append(_value(p.args[2]))  # '"Source: " & IF(ISBLANK(s), "unknown", s)': the part has its own stand-in
            tail = f"; where {_blank_of(p.args[0])} is empty, put {_q(p.args[1].value)} in its place"
        else:
            out.append(_value(p))
    return " + ".join(out) + tail


def _blank_of(c: _Node) -> str | None:
    """ISBLANK(x) -> x."""
    if c.kind == "call" and c.value == "ISBLANK" and len(c.args) == 1 and c.args[0].kind == "name":
        return c.args[0].value
    return None


def _if(c: _Node, yes: _Node, no: _Node | None) -> str:
    blank = _blank_of(c)
    if blank is not None and no is not None and _base(no) == blank:
        # IF(ISBLANK(a), b, a): a (as formatted), b when a is empty
        if yes.kind == "str":
            return f"{_value(no)}, {_q(yes.value)} when {blank} is empty"
        return f"{_value(no)}, or {_value(yes)} when {blank} is empty"
    pairs = [(c, yes)]
    while no is not None and no.kind == "call" and no.value == "IF" and len(no.args) in (2, 3):
        pairs.append((no.args[0], no.args[1]))
        no = no.args[2] if len(no.args) == 3 else None
    if no is not None:
        pairs.append((_Node("bool", "true"), no))
    return _branches(pairs)


def _branches(pairs: list[tuple[_Node, _Node]]) -> str:
    out: list[str] = []
    for c, v in pairs:
        if c.kind == "bool" and c.value == "true":
            out.append(f"otherwise {_value(v)}")
            break
        out.append(f"{_value(v)} if {_cond(c)}")
    return ", ".join(out)


def _cond(n: _Node) -> str:
    """A condition in words."""
    if n.kind == "call" and n.value == "ISBLANK" and len(n.args) == 1:
        return f"{_value(n.args[0])} is empty"
    if n.kind == "call" and n.value == "NOT" and len(n.args) == 1:
        inner = n.args[0]
        if inner.kind == "call" and inner.value == "ISBLANK":
            return f"{_value(inner.args[0])} is not empty"
        if inner.kind == "name":
            return f"{inner.value} is false"
        raise _NoFormula(_flat(n))
    if n.kind == "call" and n.value in ("AND", "OR") and n.args:
        return f" {n.value.lower()} ".join(_cond(a) for a in n.args)
    if n.kind == "name":
        return f"{n.value} is true"  # IF(HasOptedOutOfEmail, ...): a checkbox
    if (n.kind == "op" and n.value in _OPS) or (n.kind == "op" and n.value == "contains"):
        left, right = n.args
        word = "contains" if n.value == "contains" else _OPS[n.value]
        if right.kind == "bool":
            return f"{_value(left)} is {right.value}" if n.value == "=" else f"{_value(left)} is not {right.value}"
        return f"{_value(left)} {word} {_value(right)}"
    raise _NoFormula(_flat(n))


def _said(node: _Node) -> str:
    """A whole formula in words: a lookup is marked '\\x00' + its key (its rows follow), a
    condition '\\x01' + the condition (a checkbox set by it), anything else its value."""
    if node.kind == "call" and node.value in ("VLOOKUP", "XLOOKUP"):
        if not node.args or node.args[0].kind != "name":
            raise _NoFormula(_flat(node))
        return f"\x00{node.args[0].value}"
    if (node.kind == "op" and node.value not in ("+", "-")) or (node.kind == "call" and node.value in ("AND", "OR", "NOT", "ISBLANK")):
        return "\x01" + _cond(node)
    return _value(node)


def _formula(rhs: str) -> tuple[str, str] | None:
    """(the formula in words, the comment after it), or None when ``rhs`` is no formula read here."""
    if not (_CALL.search(rhs) or re.search(r"(?:\"|”)\s*&|&\s*(?:\"|“)|^\s*\(\s*[A-Za-z_][\w.]*\s*(?:=|<>)", rhs)):
        return None
    lead = re.match(r"^(?:one|a single|just one) (?:tag|value|item),\s*(?=[A-Z]+\s*\()", rhs)  # 'one tag, VLOOKUP(...)'
    rhs = rhs[lead.end() :] if lead else rhs
    p = _Parser(rhs)
    try:
        words = _said(p.expr())
    except _NoFormula:
        return None
    rest = rhs[p.pos :].strip()
    rest = re.sub(r"^(?:->|--|<-|//|;|,|:)\s*(?:i\.?e\.?,?\s*)?", "", rest)
    return words, _new_in(rest, words)


# '-- blank revenue = "Cold"', '100 or more = Enterprise', '"false" and blank both give FALSE': a comment
# part that gives a value the formula already gives (the author saying it again for the reader)
_GIVES = re.compile(r"(?:=|->|\bcounts? as\b|\bgives?\b|\bgets?\b|\bis\b|,\s*otherwise\b)\s*(?P<v>[\"'“]?[\w .&/-]+?[\"'”]?)\s*[.)]?\s*$", re.I)


def _new_in(rest: str, words: str) -> str:
    """The parts of a formula's comment that say something the formula does not."""
    said = {m.lower() for m in re.findall(r"'([^']*)'|\"([^\"]*)\"", words) for m in m if m} | {w.lower() for w in re.findall(r"\b(?:true|false)\b", words)}
    if words.startswith("\x01"):
        said |= {"true", "false"}
    kept = []
    for part in (x.strip() for x in rest.split(";")):
        if words.startswith("\x01") and re.fullmatch(r"(?:(?:a|as a)\s+)?(?:checkbox\s*)?\(?(?:true\s*/\s*false|yes\s*/\s*no)\)?(?:\s+(?:checkbox|boolean|flag))?", part, re.I):
            continue  # 'TRUE/FALSE': the type of a checkbox, which the rule already writes
        m = _GIVES.search(part)
        if part and m and m["v"].strip("\"'“” ").lower() in said:
            continue
        if part:
            kept.append(part)
    return "; ".join(kept)


def read_sheet(text: str) -> str:
    """``text`` with each spreadsheet formula said in words; unchanged without one."""
    lines = text.split("\n")
    if not any(_CALL.search(ln) for ln in lines):
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = _ISBLANK_NOTE.sub("", lines[i]) if re.search(r"\bISBLANK\s*(?:here|below|above)?\s*(?:=|means|is)\s", lines[i]) else lines[i]
        if not ln.strip() and lines[i].strip():
            i += 1
            continue
        if m := _ROWS.match(ln):
            body = re.sub(r"\b(?-i:OR|AND)\b", lambda w: w.group(0).lower(), _ALL_ROWS.sub("", ln[m.end() :]))
            if body.strip():
                out.append(m["ind"] + body[:1].upper() + body[1:])
            i += 1
            continue
        m = _LINE.match(ln)
        if m and (e := re.match(r"^\{\s*\}\s*(?P<rest>.*)$", m["rhs"])):
            out.append(f"{m['ind']}{m['d']}: an empty list" + (f"; {e['rest'].strip(' ()')}" if e["rest"].strip(" ()") else ""))
            i += 1
            continue  # 'tags = {}': an empty array literal
        said = _formula(m["rhs"]) if m else None
        if m is None or said is None:
            out.append(ln)
            i += 1
            continue
        words, rest = said
        pre = ""  # 'Match key: userId = LOWER(email)': the destination's match key, written like any field
        if words.startswith("\x00"):
            rows, i = _lookup_rows(lines, i + 1, m["d"], words[1:])
            head = f"{m['ind']}{pre}{m['d']} from {words[1:]}: " + "; ".join(rows)
            out.append(head + (f"; {rest}" if rest else ""))
            continue
        if words.startswith("\x01"):
            out.append(f"{m['ind']}{pre}{m['d']} is true when {words[1:]}; otherwise false" + (f"; {rest}" if rest else ""))
        else:
            out.append(f"{m['ind']}{pre}{m['d']} = {words}" + (f"; {rest}" if rest else ""))
        i += 1
    return "\n".join(out)


def _lookup_rows(lines: list[str], i: int, dst: str, key: str) -> tuple[list[str], int]:
    """The lookup's rows under its line ('ORGANIC_SEARCH | Web'; a header naming the two
    fields is skipped; 'anything else, incl. blank | Other' is the rest row)."""
    rows: list[str] = []
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and lines[i].strip() and (m := _TABLE_ROW.match(lines[i])):
        if re.search(r"\s(?:=|<-)\s", lines[i]) or not re.search(r"\||\t", lines[i]):
            break  # the next field line, not a row
        k, v = m["k"].strip(), m["v"].strip().strip("\"'“”")
        if {k.lower(), v.lower()} <= {key.lower(), dst.lower(), dst.rsplit(".", 1)[-1].lower()}:
            i += 1
            continue  # the header
        rows.append(f"otherwise {_q(v)}" if _REST_KEY.match(k) else f"{k.strip(chr(34) + chr(39))} -> {_q(v)}")
        i += 1
    return rows, i

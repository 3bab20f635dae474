"""A rule written as the spreadsheet formula of the destination column (round 54).

A writer who thinks in spreadsheets puts the formula she would type into the destination
column after its name: 'Company =IF(TRIM([Company Name])="","Independent Traveller",[Company
Name])', 'FNAME =PROPER([First Name])', 'Industry =IFS([Industry]="Software","Technology",...,
TRUE,"Other")', 'Description ="Joined "&TEXT([Create Date],"yyyy-mm-dd")&" via "&[Original
Source]', column names in square brackets as in her export. Read as words the formulas were
questions or, worse, copies of the first column named.

Each formula is parsed (a small recursive-descent parser: Excel's own grammar of literals,
'[Column]' references, function calls and the operators = <> < > <= >= & + - * /, with its
precedence) and said again as the Python expression it computes, which python_reader already
says in the grammar's words ('Company <- Company Name; if empty, 'Independent Traveller''); the
idioms of the formula language are read as what they mean: IF on a blank test of the column it
returns is that column with a value when empty, LEFT(x,FIND("@",x)-1) the part before the @,
TEXT(x,"yyyy-mm-dd") the date. Why a parser of our own: no maintained Python package parses
Excel formulas into a tree without also evaluating workbooks (formulas, pycel) or pulling a
grammar toolkit for twenty lines of precedence climbing. A remark after the formula that the
column is left out when blank is the rule's own; a remark starting 'if' stays its next clause.
'[Column]="value"' in the prose (a filter) reads as 'Column is "value"'. A formula that does
not parse, or says what python_reader cannot say, stays as written: the grammar asks about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from syncwright.mapping.draft.python_reader import say_expression

# 'Company =IF(...)', 'traits.address.city =[City]', 'event name ="crm_visitor_sync"', 'VIP =[Department]="Partnerships"'
_LINE = re.compile(
    r"^(?P<i>[ \t]*(?:[-*•][ \t]+)?)(?P<d>[A-Za-z][\w ./()-]{0,60}?(?:\[\d\][\w.]*)?)[ \t]*=(?P<f>[ \t]*(?:[A-Z][A-Z0-9.]*\(|\[|\"|\{|-?\d).*)$"
)
_TOKEN = re.compile(
    r'\s*(?:(?P<s>"(?:[^"]|"")*")|(?P<c>\[(?![\s"\x27\]])[^\]\n]+\])|(?P<n>\d+(?:\.\d+)?)|(?P<f>[A-Za-z][A-Za-z0-9.]*)(?P<call>\()?|(?P<o><-|<>|<=|>=|[=<>&+\-*/(),{}]))'
)
# a remark that the column is left out when its value is blank
_LEAVE_OUT = re.compile(
    r"\b(?:if|when)\b[^.;]{0,40}?\b(?:blank|empty)\b[^.;]{0,20}?\bleav(?:e|ing)\b[^.;]{0,40}?\bout\b"
    r"|\b(?:leave|leaving|left)\b[^.;]{0,40}?\bout\b[^.;]{0,30}?\b(?:if|when)\b[^.;]{0,30}?\b(?:blank|empty)\b"
    # 'when both phone and mobile are empty, no traits.phone at all', "if it's empty, don't send it" (round 56)
    r"|\b(?:if|when)\b[^.;]{0,40}?\b(?:blank|empty)\b[^.;]{0,20}?(?:\bno\s+[\w.]+\s+at\s+all\b|\b(?:don'?t|do\s+not|never)\s+(?:send|map)\b)"
    # 'Blank -> do not send annualrevenue', 'Blank -> remove the key' (round 57)
    r"|\b(?:blank|empty)\s*(?:->|→|=>|:)\s*(?:(?:don'?t|do\s+not|never)\s+(?:send|set|map)\b|remove\s+the\s+key\b|leave\b[^.;]{0,30}?\bout\b)",
    re.I,
)
# '[Lifecycle Stage]="customer"' in a sentence: the column compared with a value
_PROSE_TEST = re.compile(r'\[(?P<c>[^\]\n]{1,60})\]\s*(?P<o><>|=)\s*(?P<v>"[^"\n]*")')
_PROSE_COLUMN = re.compile(r"\[(?P<c>[A-Za-z][^\]\n]{0,60})\]")
_DATE_FORMAT = re.compile(
    r"^(?:yyyy-mm-dd|yyyy/mm/dd|dd/mm/yyyy|mm/dd/yyyy|yyyy-mm-dd hh:mm)$", re.I
)


@dataclass
class _Node:
    kind: str  # 'col', 'str', 'num', 'bool', 'call', 'op', 'list', 'neg'
    value: str = ""
    args: tuple[_Node, ...] = ()


# the binary operators by precedence, loosest first; unary minus and operands bind tighter
_LEVELS: tuple[tuple[str, ...], ...] = (
    ("=", "<>", "<", ">", "<=", ">="),
    ("&",),
    ("+", "-"),
    ("*", "/"),
)


class _Parse:
    """Excel's expression grammar: comparison < concatenation < additive < multiplicative < unary."""

    def __init__(self, text: str, names: frozenset[str] = frozenset()) -> None:
        self.names = names  # source fields a formula may name bare ('lifecyclestage'), as a column
        self.toks: list[tuple[str, str, int]] = []  # (kind, value, where the text stands after it)
        self.end = 0
        pos = 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                break
            kind = next(k for k in ("s", "c", "n", "f", "o") if m.group(k) is not None)
            self.toks.append((kind + ("(" if m.group("call") else ""), m.group(kind), m.end()))
            pos = m.end()
        self.i = 0

    def peek(self, ahead: int = 0) -> tuple[str, str]:
        i = self.i + ahead
        return self.toks[i][:2] if i < len(self.toks) else ("", "")

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if self.i < len(self.toks):
            self.end = self.toks[self.i][2]
        self.i += 1
        return tok

    def operand_follows(self) -> bool:
        """Whether the token after an operator opens an operand: a formula's end is where its
        remark starts ('=[Industry]   - leave it out if blank': the dash is no minus)."""
        kind, val = self.peek(1)
        return (
            kind in ("s", "c", "n", "f(")
            or (kind, val) in (("o", "("), ("o", "{"), ("o", "-"))
            or (kind == "f" and (val.upper() in ("TRUE", "FALSE") or val.lower() in self.names))
        )

    def expr(self, level: int = 0) -> _Node:
        """The operators of precedence ``level`` and tighter, left to right."""
        if level == len(_LEVELS):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek()[0] == "o" and self.peek()[1] in _LEVELS[level] and self.operand_follows():
            op = self.take()[1]
            left = _Node("op", op, (left, self.expr(level + 1)))
        return left

    def unary(self) -> _Node:
        if self.peek() == ("o", "-"):
            self.take()
            return _Node("neg", "", (self.unary(),))
        return self.primary()

    def primary(self) -> _Node:
        kind, val = self.take()
        if kind == "s":
            return _Node("str", val[1:-1].replace('""', '"'))
        if kind == "c":
            return _Node("col", val[1:-1].strip())
        if kind == "n":
            return _Node("num", val)
        if kind == "f" and val.upper() in ("TRUE", "FALSE"):
            return _Node("bool", val.upper())
        if kind == "f" and val.lower() in self.names:
            return _Node("col", val)
        if kind == "f(":
            args: list[_Node] = []
            if self.peek() != ("o", ")"):
                args.append(self.expr())
                while self.peek() == ("o", ","):
                    self.take()
                    args.append(self.expr())
            self.expect(")")
            return _Node("call", val.upper(), tuple(args))
        if (kind, val) == ("o", "("):
            inner = self.expr()
            self.expect(")")
            return inner
        if (kind, val) == ("o", "{"):
            items = [self.expr()]
            while self.peek() == ("o", ","):
                self.take()
                items.append(self.expr())
            self.expect("}")
            return _Node("list", "", tuple(items))
        raise ValueError(f"unexpected {val!r}")

    def expect(self, op: str) -> None:
        if self.take() != ("o", op):
            raise ValueError(f"expected {op!r}")


def _named(n: _Node, columns: dict[str, str]) -> _Node:
    """The formula with each column that is a source field's label said by the field's name."""
    if n.kind == "col":
        return _Node("col", columns.get(n.value.lower(), n.value))
    return _Node(n.kind, n.value, tuple(_named(x, columns) for x in n.args)) if n.args else n


def _blank_test(n: _Node) -> _Node | None:
    """The column a test says is blank: TRIM([x])="", [x]="", ISBLANK([x]), LEN(TRIM([x]))=0."""
    if n.kind == "call" and n.value == "ISBLANK" and len(n.args) == 1:
        return _column(n.args[0])
    if n.kind == "op" and n.value == "=" and n.args[1] in (_Node("str", ""), _Node("num", "0")):
        left = n.args[0]
        left = (
            left.args[0]
            if left.kind == "call" and left.value == "LEN" and len(left.args) == 1
            else left
        )
        return _column(left)
    return None


def _filled_test(n: _Node) -> _Node | None:
    """The column a test says is filled: TRIM([x])<>"", NOT(ISBLANK([x]))."""
    if n.kind == "op" and n.value == "<>" and n.args[1] == _Node("str", ""):
        return _column(n.args[0])
    if n.kind == "call" and n.value == "NOT" and len(n.args) == 1:
        return _blank_test(n.args[0])
    return None


def _column(n: _Node) -> _Node | None:
    while n.kind == "call" and (
        (n.value in ("TRIM", "CLEAN") and len(n.args) == 1)
        or (n.value == "COALESCE" and len(n.args) == 2 and n.args[1] == _Node("str", ""))  # a missing value as empty (round 57)
    ):
        n = n.args[0]
    return n if n.kind == "col" else None


def _reads(n: _Node, col: _Node) -> bool:
    """Whether ``n`` is the column itself under formats (LOWER([x]), TRIM([x]))."""
    while n.kind == "call" and len(n.args) == 1:
        n = n.args[0]
    return n == col


def _py(n: _Node) -> str:
    """The Python expression a formula computes, in the idioms python_reader reads."""
    a = n.args
    if n.kind == "col":
        return f"c[{n.value!r}]"
    if n.kind == "str":
        return repr(n.value)
    if n.kind == "num":
        return n.value
    if n.kind == "bool":
        return "True" if n.value == "TRUE" else "False"
    if n.kind == "list":
        return "[" + ", ".join(_py(x) for x in a) + "]"
    if n.kind == "neg":
        return f"(-{_py(a[0])})"
    if n.kind == "op":
        op = {"=": "==", "<>": "!=", "&": "+"}.get(n.value, n.value)
        return f"({_py(a[0])} {op} {_py(a[1])})"
    return _call(n.value, a)


_METHODS = {"TRIM": "strip", "LOWER": "lower", "UPPER": "upper", "PROPER": "title"}
_COMPARISONS = {"EQUALS": "==", "GREATER": ">", "LESS": "<", "GREATEROREQUALS": ">=", "LESSOREQUALS": "<="}


def _call(name: str, a: tuple[_Node, ...]) -> str:
    if name in _METHODS and len(a) == 1:
        return f"{_py(a[0])}.{_METHODS[name]}()"
    if name in ("VALUE", "NUMBERVALUE") and len(a) == 1:
        return f"float({_py(a[0])})"
    if name == "INT" and len(a) == 1:
        return f"int({_py(a[0])})"
    if name == "TEXT" and len(a) == 2 and a[1].kind == "str" and _DATE_FORMAT.match(a[1].value):
        return f"{_py(a[0])}[:10]"
    if name in ("ISBLANK", "EMPTY") and len(a) == 1:
        return f"({_py(a[0])}.strip() == '')"
    if name in ("AND", "OR") and a:
        return "(" + f" {name.lower()} ".join(_py(x) for x in a) + ")"
    if name == "NOT" and len(a) == 1:
        return f"(not {_py(a[0])})"
    if name == "LEFT" and len(a) == 2 and (sep := _cut(a[1], a[0], -1)) is not None:
        return f"{_py(a[0])}.split()[0]" if sep == " " else f"{_py(a[0])}.split({sep!r})[0]"
    if name == "MID" and len(a) == 3 and (sep := _cut(a[1], a[0], 1)) is not None:
        return f"{_py(a[0])}.split({sep!r})[1]"
    if name == "IF" and len(a) in (2, 3):
        return _if(a[0], a[1], a[2] if len(a) == 3 else _Node("str", ""))
    # Make's functions (make_scenarios writes them in this parser's words): ifempty(), switch(),
    # first(split(x; " ")), formatDate()
    if name == "IFEMPTY" and len(a) == 2:
        return f"({_py(a[0])} or {_py(a[1])})"
    if name == "SWITCH" and len(a) >= 3:
        pairs = [(_Node("op", "=", (a[0], a[k])), a[k + 1]) for k in range(1, len(a) - 1, 2)]
        out = _py(a[-1]) if len(a) % 2 == 0 else "None"
        for test, value in reversed(pairs):
            out = f"({_py(value)} if {_py(test)} else {out})"
        return out
    if name == "FIRST" and len(a) == 1 and a[0].kind == "call" and a[0].value == "SPLIT" and len(a[0].args) == 2 and a[0].args[1] == _Node("str", " "):
        return f"{_py(a[0].args[0])}.split()[0]"
    if name == "FORMATDATE" and len(a) == 2 and a[1].kind == "str" and _DATE_FORMAT.match(a[1].value):
        return f"{_py(a[0])}[:10]"
    # Power Automate's (power_automate writes them in this parser's words): concat(), equals(), greater(),
    # less(), coalesce(), first(split(x, '@')) and last(split(x, '@')) (round 57)
    if name == "CONCAT" and a:
        return "(" + " + ".join(_py(x) for x in a) + ")"
    if name in _COMPARISONS and len(a) == 2:
        return f"({_py(a[0])} {_COMPARISONS[name]} {_py(a[1])})"
    if name == "COALESCE" and a:
        return "(" + " or ".join(_py(x) for x in a) + ")"
    if name in ("FIRST", "LAST") and len(a) == 1 and a[0].kind == "call" and a[0].value == "SPLIT" and len(a[0].args) == 2 and a[0].args[1] == _Node("str", "@"):
        return f"{_py(a[0].args[0])}.split('@')[{0 if name == 'FIRST' else 1}]"
    if name == "IFS" and len(a) >= 2 and len(a) % 2 == 0:
        pairs = [(a[k], a[k + 1]) for k in range(0, len(a), 2)]
        last = pairs[-1][1] if pairs[-1][0] == _Node("bool", "TRUE") else None
        out = _py(last) if last is not None else "None"
        for test, value in reversed(pairs[:-1] if last is not None else pairs):
            out = f"({_py(value)} if {_py(test)} else {out})"
        return out
    raise ValueError(f"no reading for {name}")


def _cut(pos: _Node, text: _Node, step: int) -> str | None:
    """FIND("@",[x])-1 for LEFT, FIND("@",[x])+1 for MID: the separator the cut is made at."""
    if not (
        pos.kind == "op"
        and pos.value == ("-" if step < 0 else "+")
        and pos.args[1] == _Node("num", "1")
    ):
        return None
    find = pos.args[0]
    if (
        find.kind != "call"
        or find.value not in ("FIND", "SEARCH")
        or len(find.args) < 2
        or find.args[0].kind != "str"
    ):
        return None
    within = find.args[1]
    if (
        within.kind == "op" and within.value == "&"
    ):  # FIND(" ",[x]&" "): a first word, whole when there is no space
        within = within.args[0]
    return find.args[0].value if within == text else None


def _if(test: _Node, yes: _Node, no: _Node) -> str:
    """IF(blank test, value, column) is the column with a value when empty; the rest a choice."""
    if (col := _blank_test(test)) is not None and _reads(no, col):
        return f"({_py(no)} or {_py(yes)})"
    if (col := _filled_test(test)) is not None and _reads(yes, col):
        return f"({_py(yes)} or {_py(no)})"
    if yes == _Node("bool", "TRUE") and no == _Node("bool", "FALSE"):
        return _py(test)
    if yes == _Node("bool", "FALSE") and no == _Node("bool", "TRUE"):
        return f"(not {_py(test)})"
    return f"({_py(yes)} if {_py(test)} else {_py(no)})"


def _say(dst: str, formula: _Node) -> str | None:
    """The formula's rule in the grammar's words, or None."""
    try:
        code = _py(formula)
    except ValueError:
        return None
    return say_expression(dst, code)


def _joined(dst: str, node: _Node) -> str | None:
    """'[Street]&", "&[City]' as 'dst = Street + ', ' + City', the form a remark on a blank part
    ('if City is blank, just the Street') is read with; None when a part is no column or text."""
    parts: list[str] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.kind == "op" and n.value == "&":
            stack += [n.args[1], n.args[0]]
        elif n.kind in ("col", "str"):
            parts.append(n.value if n.kind == "col" else repr(n.value))
        else:
            return None
    return f"{dst} = " + " + ".join(parts)


def _blank_join(dst: str, n: _Node) -> str | None:
    """'IF(ISBLANK(TRIM([City])), [Street], [Street]&", "&[City])': the join, and what it is when
    its part is blank (round 57)."""
    if not (n.kind == "call" and n.value == "IF" and len(n.args) == 3):
        return None
    col, alone, joined = _blank_test(n.args[0]), n.args[1], n.args[2]
    if joined.kind == "call" and joined.value == "CONCAT":
        flat = joined.args[0]
        for x in joined.args[1:]:
            flat = _Node("op", "&", (flat, x))
        joined = flat
    said = _joined(dst, joined) if joined.kind == "op" and joined.value == "&" else None
    if col is None or alone.kind != "col" or said is None or f"{col.value}" not in said:
        return None
    return f"{said}; if {col.value} is empty, just {alone.value}"


def sheet_formulas(text: str, columns: dict[str, str] | None = None) -> str:
    """Each '<column> =<formula>' line said as its rule; other texts unchanged. ``columns`` maps a
    source field's label (lower case) to its name: '[Email]' is said 'email', which the grammar
    never takes for the destination's own Email."""
    if "=" not in text or not re.search(r"=[^\n]*\[[A-Za-z][^\]\n]*\]", text):
        return text  # a text of formulas names its columns in brackets, as a sheet's export does
    lines = text.split("\n")
    said = [
        _formula_line(m, columns or {}) if (m := _LINE.match(line)) is not None else None
        for line in lines
    ]
    if not any(said):
        return text
    out: list[str] = []
    after_rule = False
    last = -1
    for line, rule in zip(lines, said, strict=True):
        if rule is not None:
            out.append(re.match(r"[ \t]*(?:[-*•][ \t]+)?", line).group(0) + rule)  # type: ignore[union-attr]
            last = len(out) - 1
        elif after_rule and _GLOSS.match(line) and not _OWN_RULE.match(line):
            # the formula said again in words under it ('(i.e. capitalise each word)'): its remark only
            out[last] = _remarked(out[last].rstrip("."), line.strip()) + "."
            continue
        else:  # the prose of a text of formulas names columns as the formulas do
            out.append(
                _PROSE_NUMBER.sub(
                    _prose_number, _PROSE_COLUMN.sub(r"\g<c>", _PROSE_TEST.sub(_prose_test, line))
                )
            )
        after_rule = rule is not None or (after_rule and not line.strip())
    return "\n".join(out)


# a line under a formula that glosses it: indented, bracketed, a dash item, 'i.e.' or 'e.g.'
_GLOSS = re.compile(r"^(?:[ \t]+\S|\(|[-\u2013—][ \t]|(?:i\.e\.|e\.g\.))", re.I)
# a line under a formula that is a rule of its own ('- Lead Source = External Referral'), not its gloss
_OWN_RULE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?[A-Za-z][\w ./]{0,60}?[ \t]*(?:\([A-Z][A-Z0-9_]*\)[ \t]*)?(?:=|<-|←)[ \t]*\S")


def _remarked(said: str, remark: str) -> str:
    """The rule with what its remark adds: the key left out when blank, an 'if' clause."""
    if _LEAVE_OUT.search(remark) and "left out when empty" not in said:
        said += ", left out when empty"
    if re.search(r"\bE\.?164\b", remark) and "E.164" not in said:
        said += ", in E.164"  # '=IF(...) in E.164 - digits only with a leading +': the format the formula leaves to words
    clause = next(
        (
            _HEEDED.sub("", p.strip())
            for p in re.split(r"\s+[-\u2013—]\s+|^[-\u2013—:;,(\s]+" + (r"|(?<=[.;])\s+(?=[A-Z])" if " + " in said else ""), remark)
            # ('when Street is empty, send only the City' after a join: its blank part's rule)
            if re.match(r"^if\b" if " + " not in said else r"^(?:if|when)\b", _HEEDED.sub("", p.strip()), re.I)
        ),
        None,
    )
    return said + "; " + re.sub(r"^when\b", "if", clause.rstrip(".)")) if clause else said


# a word that asks for care before a remark's clause ('ojo, if City is empty ...', 'Note: if ...')
_HEEDED = re.compile(r"^(?:ojo|note|nb|n\.b\.|careful|heads up|important|but)\s*[:,!]?\s+(?=(?:if|when)\b)", re.I)


# 'only where VALUE([Number of Employees])>20': a column read as a number, compared
_PROSE_NUMBER = re.compile(
    r"\b(?:VALUE|INT|NUMBERVALUE)\((?P<c>[^()\n]{1,60})\)\s*(?P<o>>=|<=|>|<)\s*(?P<n>\d+(?:\.\d+)?)"
)
_COMPARED = {">": "more than", "<": "less than", ">=": "at least", "<=": "at most"}


def _prose_number(m: re.Match[str]) -> str:
    return f"{m['c']} is {_COMPARED[m['o']]} {m['n']}"


def _prose_test(m: re.Match[str]) -> str:
    return f"{m['c']} is {'not ' if m['o'] == '<>' else ''}{m['v']}"


def _formula_line(m: re.Match[str], columns: dict[str, str]) -> str | None:
    dst, body = m["d"].strip(), m["f"]
    if not re.search(r"[A-Z]{2,}\(|\[", body):
        return None  # a constant said with '=': the grammar reads it as written
    p = _Parse(body, frozenset(columns) | frozenset(columns.values()))
    try:
        node = p.expr()
    except (ValueError, StopIteration, IndexError):
        return None
    if re.match(r"\s*(?:[&=+*/>]|<(?!-))", body[p.end :]):
        return None  # the formula goes on past what was read: said in part it would be wrong
    said = _blank_join(dst, _named(node, columns)) or _say(dst, _named(node, columns))
    if said is None:
        return None
    remark = body[p.end :].strip()
    if (
        node.kind == "op"
        and node.value == "&"
        and re.search(r"\b(?:if|when)\b[^.;]*\b(?:blank|empty)\b", remark, re.I)
    ):
        # a join whose blank part the remark drops: said as its parts
        said = _joined(dst, _named(node, columns)) or said
    return _remarked(said, remark) + "."

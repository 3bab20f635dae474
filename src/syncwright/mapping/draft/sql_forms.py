"""A request written in SQL's words (round 27), as analysts who live in SQL write one: 'WHERE
country = 'US'', 'EXCLUDE WHERE email IS NULL', 'email AS Email,' under a SELECT, 'Street || ',
' || City', 'CONCAT(firstname, ' ', lastname)', 'NVL(phone, mobilephone)', 'COALESCE(a, b, c)',
'SUBSTR(email, 1, INSTR(email, '@') - 1)', 'vip := (lifecyclestage = 'customer')', ''Customer'
IN tags', 'TO_CHAR(createdate, 'YYYY-MM-DD')'.

Each form has one meaning, so each is said again in the words the grammar reads: a WHERE line
is an 'Only records where ...' sentence (EXCLUDE WHERE a 'Skip records where ...'), IN (...) is
'is a or b', IS NULL is 'is empty', '||' and CONCAT are '+', NVL/COALESCE a fallback chain,
SUBSTR around INSTR('@') the part before or after the @, a bracketed comparison assigned to a
field is 'true if ..., otherwise false'. Why a module: these are a small fixed vocabulary (no
SQL parser is needed for it, and none reads these fragments outside a statement); CASE is read
by sql_case.py. Forms that do not match are left as written. Runs on the raw text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SQL_MARK = re.compile(r"\b(?:WHERE|SELECT|NVL|COALESCE|CONCAT|SUBSTR|INSTR|TO_CHAR|TO_NUMBER|CAST|INITCAP|IS NULL|IS NOT NULL)\b|\|\||:=")
_WHERE_LINE = re.compile(r"^(?P<i>[ \t]*)(?P<ex>EXCLUDE\s+)?WHERE\s+(?P<c>.+?)\s*(?P<tail>(?:;|--|\s\((?=[A-Za-z])|$).*)$", re.M)
_IN_LIST = re.compile(r"\b(?P<f>[A-Za-z_][\w.]*)\s+(?P<not>NOT\s+)?IN\s*\((?P<v>[^()]*)\)", re.I)
_QUOTED_IN = re.compile(r"(?P<v>'[^']*')\s+IN\s+(?P<f>tags)\b", re.I)
_IS_NULL = re.compile(r"\b(?P<f>(?:TRIM\()?[A-Za-z_][\w.]*\)?)\s+IS\s+(?P<not>NOT\s+)?NULL\b", re.I)
_TRIM_EMPTY = re.compile(r"\bTRIM\(\s*(?P<f>[A-Za-z_][\w.]*)\s*\)\s*=\s*''", re.I)
_OPERAND = r"(?:[A-Za-z_][\w.]*|'[^']*'|\"[^\"]*\")"
_PIPE_CHAIN = re.compile(rf"{_OPERAND}(?:\s*\|\|\s*{_OPERAND})+")


def _pipes(m: re.Match[str]) -> str:
    """'Street || ', ' || City' is SQL's concatenation (a quoted separator between parts); 'phone
    || mobilephone || "n/a"' is a fallback chain as code writes it (left for the readers of code)."""
    parts = [p.strip() for p in m.group(0).split("||")]
    joined = any(p[:1] in "'\"" and not re.search(r"\w", p[1:-1]) for p in parts[:-1])
    return " + ".join(parts) if joined else m.group(0)
_CONCAT = re.compile(r"\bCONCAT\s*\(", re.I)
_CHAIN = re.compile(r"\b(?:NVL|COALESCE|IFNULL|ISNULL)\s*\(", re.I)
_SUBSTR_AT = re.compile(
    r"\bSUBSTR(?:ING)?\s*\(\s*(?P<a>[A-Za-z_][\w.]*)\s*,\s*1\s*,\s*INSTR\s*\(\s*(?P=a)\s*,\s*'@'\s*\)\s*-\s*1\s*\)"
    r"|\bSUBSTR(?:ING)?\s*\(\s*(?P<b>[A-Za-z_][\w.]*)\s*,\s*INSTR\s*\(\s*(?P=b)\s*,\s*'@'\s*\)\s*\+\s*1\s*\)"
    r"|\bSPLIT_PART\s*\(\s*(?P<c>[A-Za-z_][\w.]*)\s*,\s*'@'\s*,\s*(?P<n>[12])\s*\)",
    re.I,
)
_SUBSTR_WORDS = re.compile(r"\bSUBSTR(?:ING)?\s+of\s+(?:the\s+)?(?P<f>[A-Za-z_][\w.]*)\s+(?P<w>before|after)\s+(?:the\s+)?'?@'?", re.I)
_TO_CHAR = re.compile(r"\b(?:TO_CHAR|FORMAT|DATE_FORMAT)\s*\(\s*(?P<f>[A-Za-z_][\w.]*)\s*,\s*'(?:YYYY-MM-DD|%Y-%m-%d)'\s*\)", re.I)
_TO_NUMBER = re.compile(r"\b(?:TO_NUMBER|TO_NUMERIC)\s*\(\s*(?P<f>[A-Za-z_][\w.]*)\s*\)|\bCAST\s*\(\s*(?P<g>[A-Za-z_][\w.]*)\s+AS\s+(?:(?P<int>INT|INTEGER|BIGINT)|NUMERIC|DECIMAL|FLOAT|NUMBER)\b[^)]*\)", re.I)
_BOOL_EXPR = re.compile(r"(?P<d>[A-Za-z_][\w.]*)(?P<t>\s*\(boolean\))?\s*(?::=|<-|=)\s*\((?P<c>[^()]*?(?:=|<>|!=|>|<)[^()]*?)\)")
# 'INITCAP: every word gets a capital first letter', 'TRIM removes leading/trailing spaces only': what a
# function does, said for the reader; no rule (a value 'lower case' was read from one)
_GLOSS = re.compile(r"^[ \t]*(?:INITCAP|PROPER|TRIM|NVL|COALESCE|UPPER|LOWER|SUBSTR|INSTR|CONCAT|TO_NUMBER|TO_CHAR|CAST|SPLIT_PART)\b\s*(?::|=|means|removes|returns|gives|is|makes|turns)\s.*$", re.M)
_SELECT = re.compile(r"^\s*SELECT\s*$", re.M)
_AS_LINE = re.compile(r"^(?P<i>[ \t]*)(?P<e>.+?)\s+AS\s+(?P<d>[A-Za-z_][\w.]*)\s*,?\s*$", re.M)


def _args(text: str, start: int) -> tuple[list[str], int] | None:
    """The comma-separated arguments of the call whose '(' is at ``start`` - 1, and the index
    after its ')'; None when the brackets do not close."""
    depth, quote, args, cur = 1, "", [], ""
    i = start
    while i < len(text):
        ch = text[i]
        if quote:
            cur += ch
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote, cur = ch, cur + ch
        elif ch == "(":
            depth, cur = depth + 1, cur + ch
        elif ch == ")":
            depth -= 1
            if depth == 0:
                args.append(cur.strip())
                return args, i + 1
            cur += ch
        elif ch == "," and depth == 1:
            args.append(cur.strip())
            cur = ""
        else:
            cur += ch
        i += 1
    return None


def _calls(text: str, rx: re.Pattern[str], say: Callable[[list[str]], str]) -> str:
    out, pos = "", 0
    for m in rx.finditer(text):
        if m.start() < pos:
            continue
        got = _args(text, m.end())
        if got is None:
            continue
        args, end = got
        out += text[pos : m.start()] + say(args)
        pos = end
    return out + text[pos:]


def _in_list(m: re.Match[str]) -> str:
    return f"{m['f']} is {'not ' if m['not'] else ''}" + " or ".join(v.strip() for v in m["v"].split(","))


def _cond(c: str) -> str:
    c = _TRIM_EMPTY.sub(lambda m: f"{m['f']} is empty", c)
    c = _IS_NULL.sub(lambda m: f"{m['f'].removeprefix('TRIM(').removesuffix(')')} is {'not ' if m['not'] else ''}empty", c)
    c = re.sub(r"\b(?:TO_NUMBER|TO_NUMERIC)\s*\(\s*([A-Za-z_][\w.]*)\s*\)", r"\1", c, flags=re.I)
    c = re.sub(r"\bOR\b", "or", re.sub(r"\bAND\b", "and", c))
    return re.sub(r"\b(TRUE|FALSE)\b", lambda m: m.group(1).lower(), c)


def sql_forms(text: str) -> str:
    """``text`` with SQL's forms said in the grammar's words; unchanged without them."""
    if not _SQL_MARK.search(text):
        return text
    text = _GLOSS.sub("", text)
    # 'f IN (a, b)' is said first, so the WHERE lines and the boolean expressions below see 'f is a or b'
    text = _IN_LIST.sub(_in_list, text)
    text = _WHERE_LINE.sub(lambda m: f"{m['i']}{'Skip' if m['ex'] else 'Only'} records where {_cond(m['c'])}." + (f" {m['tail'].lstrip(';').strip()}" if m["tail"].strip(" ;") else ""), text)
    text = _QUOTED_IN.sub(lambda m: f"the member has the tag {m['v']}", text)
    text = _BOOL_EXPR.sub(lambda m: f"{m['d']} is true if {_cond(m['c'])}, otherwise false", text)
    text = _SUBSTR_AT.sub(lambda m: f"the part of {m['a'] or m['b'] or m['c']} {'before' if m['a'] or m['n'] == '1' else 'after'} the @", text)
    text = _SUBSTR_WORDS.sub(lambda m: f"the part of {m['f']} {m['w'].lower()} the @", text)
    text = _TO_CHAR.sub(lambda m: f"{m['f']} as YYYY-MM-DD", text)
    # 'TO_NUMBER(annualrevenue) > 3000000' compares the number (a comparison reads numbers anyway); 'v := TO_NUMBER(x)' writes one
    text = _TO_NUMBER.sub(lambda m: (m["f"] or m["g"]) if re.match(r"\s*(?:[<>=!]|is\b)", text[m.end():]) else f"{m['f'] or m['g']} as a {'whole ' if m['int'] else ''}number", text)
    text = re.sub(r"[ \t]+--[ \t]+(?:ELSE|NULL)\b[^\n]*", "", text)  # '-- ELSE includes an empty source': how SQL reads, no rule
    text = re.sub(r"[ \t]+--[ \t]+", "; ", text)  # a line's SQL comment: more words about the same rule
    text = re.sub(r"\b(?P<f>[A-Za-z_][\w.]*)\s*\(as an? (?:number|integer|numeric(?: value)?)\)(?=\s*[<>=])", r"\g<f>", text)
    text = _calls(text, _CONCAT, lambda args: " + ".join(args))
    text = _calls(text, _CHAIN, lambda args: ", falling back to ".join(args))
    text = _PIPE_CHAIN.sub(_pipes, text)
    if _SELECT.search(text):
        text = _SELECT.sub("", text)
        text = _AS_LINE.sub(lambda m: f"{m['i']}{m['d']} = {m['e'].strip()}", text)
    return text

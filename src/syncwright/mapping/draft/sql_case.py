"""A field's rule written as SQL's CASE expression (round 27), as people who live in SQL write it:

    LeadSource := CASE hs_analytics_source
         WHEN 'ORGANIC_SEARCH' THEN 'Web'
         WHEN 'PAID_SEARCH'    THEN 'Advertisement'
         ELSE 'Other'
       END
    Rating := CASE WHEN TO_NUMBER(annualrevenue) > 5000000 THEN 'Hot' ... ELSE 'Warm' END

CASE has two fixed forms with one meaning each: the simple form (a field and its WHEN values)
is a value table, the searched form (WHEN conditions) is conditions in order; ELSE is the rest.
Why a module: the expression spans lines and its rows are keywords the grammar does not read
(each WHEN line was asked about, the field became a plain copy). The expression is said again
as the table or the conditions the grammar reads: 'D from F: 'a' -> 'x', ..., otherwise -> 'z''
or 'D is 'x' if C1, 'y' if C2, otherwise 'z''. Conversion wrappers the comparison does not need
(TO_NUMBER(x), CAST(x AS INTEGER)) are taken off the conditions. An expression that does not
read whole is left as written. Runs on the raw text.
"""

from __future__ import annotations

import re

_CASE = re.compile(
    r"(?P<d>[A-Za-z_][\w.\[\]]*)\s*(?::=|=|<-|->)?\s*\bCASE\b(?P<body>.*?)\bEND\b(?:\s+AS\s+[\w.]+)?",
    re.S,
)
_VALUE = r"'[^']*'|\"[^\"]*\"|-?\d+(?:\.\d+)?|TRUE|FALSE|NULL"
_SIMPLE_HEAD = re.compile(r"^\s*(?P<f>[A-Za-z_][\w.]*)\s+(?=WHEN\b)", re.S)
_WHEN_VALUE = re.compile(rf"\bWHEN\s+(?P<k>(?:{_VALUE})(?:\s*,\s*(?:{_VALUE}))*)\s+THEN\s+(?P<v>{_VALUE})", re.S)
_WHEN_COND = re.compile(rf"\bWHEN\s+(?P<c>.+?)\s+THEN\s+(?P<v>{_VALUE})", re.S)
_ELSE = re.compile(rf"\bELSE\s+(?P<v>{_VALUE})\s*$", re.S)
_WRAPPERS = re.compile(r"\b(?:TO_NUMBER|TO_NUMERIC|NUMERIC|FLOAT|INT|INTEGER|TRIM)\s*\(\s*(?P<x>[A-Za-z_][\w.]*)\s*\)|\bCAST\s*\(\s*(?P<y>[A-Za-z_][\w.]*)\s+AS\s+\w+\s*\)", re.I)


def _value(v: str) -> str:
    v = v.strip()
    if v.upper() in ("TRUE", "FALSE"):
        return v.lower()
    if v.upper() == "NULL":
        return "nothing"
    return v


def _said(m: re.Match[str]) -> str:
    # '-- any other source, blank also' on the ELSE line: a comment, said after the expression (round 52:
    # it hid the ELSE, and the rest went unwritten)
    notes = [c.strip() for c in re.findall(r"--([^\n]*)", m.group("body")) if c.strip()]
    said = _expression(m, re.sub(r"--[^\n]*", "", m.group("body")))
    if said is None:
        return m.group(0)
    return said + "".join(f"\n{n.rstrip('.')}." for n in notes)


def _expression(m: re.Match[str], body: str) -> str | None:
    """The CASE said as a table or as conditions, or None when it does not read whole."""
    rest = _ELSE.search(body.strip())
    head = body[: rest.start()] if rest is not None else body
    simple = _SIMPLE_HEAD.match(head)
    if simple is not None:
        rows = list(_WHEN_VALUE.finditer(head))
        if not rows or "".join(x.group(0) for x in rows).count("WHEN") != head.count("WHEN"):
            return None
        pairs = [f"{k.strip()} -> {_value(r.group('v'))}" for r in rows for k in re.split(r"\s*,\s*", r.group("k"))]
        if rest is not None:
            pairs.append(f"otherwise -> {_value(rest.group('v'))}")
        return f"{m.group('d')} from {simple.group('f')}: " + ", ".join(pairs) + "."
    conds = list(_WHEN_COND.finditer(head))
    if not conds or len(conds) != head.count("WHEN"):
        return None
    parts = [f"{_value(c.group('v'))} if {_WRAPPERS.sub(lambda w: w.group('x') or w.group('y'), c.group('c')).strip()}" for c in conds]
    if rest is not None:
        parts.append(f"otherwise {_value(rest.group('v'))}")
    return f"{m.group('d')} is " + ", ".join(parts) + "."  # the expression ends its sentence


def sql_case(text: str) -> str:
    """``text`` with each CASE ... END said as the table or the conditions it is."""
    if "CASE" not in text or "END" not in text:
        return text
    return _CASE.sub(_said, text)

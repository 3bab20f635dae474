"""Operators typed the way a programmer writes them, read in the grammar's words (round r13d).

People who live in spreadsheets and scripts write a mapping as pseudo-code:
``Title = jobtitle || industry || "n/a"``, ``only where country == "US" || country == "CA"``,
``Rating = "Hot" if x > 1M else "Cold"   // blank -> "Cold"``. The grammar already reads the
same meaning in words ('jobtitle, else industry; 'n/a' when blank', 'country is "US" or "CA"',
'...; blank -> "Cold"'), so the operators are rewritten to those words before sentences are
split. Keyed on the operator and its operands (field names, lifted quotes ``⟦n⟧``), never on
a phrase: a ``||`` between bare operands after an assignment is a fallback chain, a ``||``
between comparisons is 'or', and a `` // `` after code is a further clause of the same line.
"""

from __future__ import annotations

import re

# an operand of a chain: a field name (dotted), a lifted quote, or 'leave it out'
_LEAVE = r"(?:leave|omit|drop|skip)\s+(?:it|the field|\w+)?\s*(?:out|off)?|(?:nothing|omit(?:ted)?|empty|blank)"
_OPERAND = rf"(?:⟦\d+⟧|[A-Za-z_][\w.]*|{_LEAVE})"
# 'X = a || b || c' (also ':=' and ':'), up to the end of the clause
_CHAIN = re.compile(rf"(?P<head>(?<![=!<>])(?::?=|:)(?!=)\s*)(?P<ops>{_OPERAND}(?:\s*\|\|\s*{_OPERAND})+)(?=\s*(?:$|[;,(]|\s//|--))", re.M | re.I)
# 'f == a || f == b' -> 'f is a or b'
_SAME_FIELD_OR = re.compile(r"(?P<f>\b[A-Za-z_][\w.]*)\s*==\s*(?P<v>⟦\d+⟧|[\w.-]+)(?P<more>(?:\s*\|\|\s*(?P=f)\s*==\s*(?:⟦\d+⟧|[\w.-]+))+)")
# a line comment after code: ' // text'; a URL's '://' has no space before it
_COMMENT = re.compile(r"(?<=\S)\s+//\s*(?=\S)")
# a comment line: '# North America audience only' (a heading over the lines, not a rule)
_COMMENT_LINE = re.compile(r"^\s*#\s+[^\n]*$", re.M)

# 'tags = ["vip"] if x > 3M else []': a one-item list literal given under a condition, with an
# empty list on the other side, is that tag when the condition holds (no tag otherwise)
_EMPTY_LIST = r"(?:\[\s*\]|(?:an?\s+)?empty(?:\s+list)?|nothing|no\s+tags?|none)"
_LIST_IF = re.compile(rf"(?<![=!<>])(?P<head>(?::?=|:)\s*)\[\s*(?P<v>⟦\d+⟧)\s*\]\s+(?P<w>if|when)\s+(?P<c>[^;\n]+?),?\s+(?:else|otherwise)\s+{_EMPTY_LIST}(?=\s*(?:$|[;.]))", re.M | re.I)

# '; blank -> "https://" followed by the email's domain': the empty case's value written as an
# expression (not one constant, which the readers already take) is the fallback 'if empty, ...'
_BLANK_ARROW = re.compile(r"(?:(?<=;)|(?<=^))\s*(?:blank|empty|missing|if blank|if empty|when blank|when empty)\s*->\s*(?P<v>(?!⟦\d+⟧\s*(?:$|[;.]))[^;\n]*?(?:\bfollowed by\b|\+)[^;\n]*)(?=$|[;\n])", re.M | re.I)


def _chain(m: re.Match[str]) -> str:
    ops = [o.strip() for o in m["ops"].split("||")]
    last = ops[-1]
    leave = re.fullmatch(_LEAVE, last, re.I) is not None
    constant = leave or last.startswith("⟦")
    fields = ops[:-1] if constant else ops
    if not fields:
        return m.group(0)
    head = m["head"] + ", else ".join(fields)
    if leave:
        return f"{head}; leave it out when blank"
    if constant:
        return f"{head}; {last} when blank"
    return head


def _same_field(m: re.Match[str]) -> str:
    values = [m["v"], *re.findall(r"==\s*(⟦\d+⟧|[\w.-]+)", m["more"])]
    return f"{m['f']} is " + " or ".join(values)


def read_code_ops(text: str) -> str:
    """``text`` (quotes lifted) with '||', '&&', '==' chains and ' // ' comments in words."""
    if re.search(r"\|\||&&|==|:=|\s//\s", text):
        # in pseudo-code a '#' line is a comment (a heading for the lines under it)
        text = _COMMENT_LINE.sub("", text)
    text = _COMMENT.sub("; ", text)
    text = re.sub(r"(?<=[\w\]])\s*:=\s*", " = ", text)  # 'x := y': the assignment the grammar reads as '='
    text = _BLANK_ARROW.sub(lambda m: f" if empty, {m['v'].strip()}", text)
    text = _LIST_IF.sub(lambda m: f"{m['head']}{m['v']} {m['w']} {m['c']}", text)
    text = _SAME_FIELD_OR.sub(_same_field, text)
    text = _CHAIN.sub(_chain, text)
    text = re.sub(r"\s*\|\|\s*", " or ", text)
    return re.sub(r"\s*&&\s*", " and ", text)

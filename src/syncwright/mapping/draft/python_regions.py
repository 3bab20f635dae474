"""Where the Python-flavoured pseudocode is in a text (round 38), and what the text around it says.

Pseudocode is seldom a whole program, so a region is the longest run of lines that parses (a stray
'return' parses, prose does not), and it is read only when it reads a record ('c['email']') into
a mapping. Lines are scanned first (could this line be code?) so that only runs of such lines are
parsed. The comments of a region, the helpers a comment defines ('# tc(s) = title case'), the
markdown fences around a region and the record reads in the prose are found here too.
"""

from __future__ import annotations

import ast
import io
import re
import textwrap
import tokenize
from functools import lru_cache

from syncwright.mapping.draft.python_reader import HELPERS, Reader, text

# what a comment says a helper this module does not know does ('# fix(s) = title case each word'); first match wins
_SAID_FORMATS = (("title case", "in title case"), ("capitalise each word", "in title case"), ("capitalize each word", "in title case"),
                 ("e.164", "in E.164"), ("e164", "in E.164"), ("upper case", "in upper case"), ("uppercase", "in upper case"),
                 ("lower case", "in lower case"), ("lowercase", "in lower case"), ("trim", "trimmed"), ("strip", "trimmed"))
# a comment that defines a helper: 'tc(s) = title case ...', "to_e164(n) -> '+' and digits", 'to_e164: ...'
_HELPER_NOTE = re.compile(r"^\s*#\s?(?P<n>[A-Za-z_]\w*)\s*(?:\([^)]*\))?\s*(?:=|->|:|-|\u2014|\bmeans\b|\bis\b)")


def _parse(src: str) -> ast.Module | None:
    try:
        return ast.parse(src)
    except (SyntaxError, ValueError, RecursionError):
        return None


def comment_only(line: str) -> bool:
    return line.lstrip().startswith("#")


def _reads_record(tree: ast.AST) -> bool:
    """Code worth reading: a record read ("c['email']", "r.get('x')") and a dict, a key assigned or an if."""
    nodes = list(ast.walk(tree))
    reads = any((isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and text(n.slice) is not None)
                or (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "get"
                    and isinstance(n.func.value, ast.Name) and bool(n.args) and text(n.args[0]) is not None) for n in nodes)
    shaped = any(isinstance(n, ast.Dict | ast.If) or (isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Subscript)) for n in nodes)
    return reads and shaped


def _scan(line: str) -> tuple[str, str, str]:
    """A line's code without its '#' comment, and the brackets it leaves open and closes unopened
    (quotes skipped: a '#' or a bracket inside a string is text)."""
    quote, opened, unopened = "", "", ""
    for k, ch in enumerate(line):
        if quote:
            quote = "" if ch == quote and line[k - 1] != "\\" else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#":
            return line[:k], opened, unopened
        elif ch in "([{":
            opened += ch
        elif ch in ")]}":
            if opened:
                opened = opened[:-1]
            else:
                unopened += ch
    return line, opened, unopened


_LONGEST = 400  # lines of code read as one region at most (each shorter run is parsed again: keep it cheap)
_PAIRS = {"(": ")", "[": "]", "{": "}", ")": "(", "]": "[", "}": "{"}


@lru_cache(maxsize=4096)
def _codeish(line: str) -> bool:
    """Could ``line`` be a line of Python (a whole statement, a block's first line, a dict entry, a
    line of a bracket left open or closed)? Prose seldom is; a blank or '#' line goes with either."""
    code, opened, unopened = _scan(line.strip())
    code = code.strip()
    if not code or set(code) <= set(")]},; "):
        return True
    if code.startswith(("elif ", "else", "except", "finally")):
        code = "if 1: pass\n" + code
    closers = "".join(_PAIRS[b] for b in reversed(opened))
    openers = "".join(_PAIRS[b] for b in reversed(unopened))
    whole = openers + code + closers
    tries = [whole, "{" + whole + "}", "f(" + whole + ")"] + ([code + " pass"] if code.endswith(":") else [])
    return any(_parse(t) is not None for t in tries)


def _run_end(lines: list[str], i: int) -> int:
    """The end of the run of lines from ``i`` that could be code (where a region from ``i`` can end)."""
    j = i
    while j < len(lines) and _codeish(lines[j]):
        j += 1
    return j


def region(lines: list[str], i: int) -> tuple[int, ast.Module, int] | None:
    """The longest run of lines from ``i`` that parses as Python and reads a record into a mapping:
    (its end, its tree, 1 when it is a dict's entries without their braces, read inside braces)."""
    j = _run_end(lines, i)
    if j - i > _LONGEST:
        return None
    while j > i:
        while j > i and (not lines[j - 1].strip() or comment_only(lines[j - 1])):
            j -= 1
        if j <= i:
            return None
        src = textwrap.dedent("\n".join(lines[i:j]))
        tree = _parse(src)
        if tree is None and src.lstrip()[:1] in "'\"" and (wrapped := _parse("{\n" + src + "\n}")) is not None:
            return (j, wrapped, 1) if _reads_record(wrapped) else None  # "'email_address': c['email'],\n'merge_fields': {...}"
        if tree is not None:
            return (j, tree, 0) if tree.body and _reads_record(tree) else None
        j -= 1  # (a syntax error's line is no bound: "forgot a comma?" points at the line before it)
    return None


def comments(src: str) -> dict[int, str]:
    """The '#' comment on each line of ``src`` (line numbers from 1), without its '#' and a '^'."""
    out: dict[int, str] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            if tok.type == tokenize.COMMENT:
                out[tok.start[0]] = tok.string.lstrip("#").strip().lstrip("^").strip()
    except (tokenize.TokenError, SyntaxError):
        pass
    return out


def helper_notes(lines: list[str]) -> dict[str, list[int]]:
    """Each helper a comment line defines, with that comment's lines (a '#' line indented further
    under it goes on with it)."""
    out: dict[str, list[int]] = {}
    k = 0
    while k < len(lines):
        m = _HELPER_NOTE.match(lines[k])
        if m is not None:
            rows = [k]
            while k + 1 < len(lines) and comment_only(lines[k + 1]) and re.match(r"#\s{2,}\S", lines[k + 1].lstrip()):
                k += 1
                rows.append(k)
            out.setdefault(m["n"], rows)
        k += 1
    return out


def learned(lines: list[str], notes: dict[str, list[int]]) -> dict[str, str]:
    """The helpers the reader knows, and those a comment says the format of ('# fix(s) = title case')."""
    out = dict(HELPERS)
    for name, rows in notes.items():
        said = " ".join(lines[r] for r in rows).lower()
        if name.lower() not in out and (f := next((f for word, f in _SAID_FORMATS if word in said), None)):
            out[name.lower()] = f
    return out


def _read_field(e: ast.expr, records: set[str]) -> str | None:
    """The field a record read in prose names, when it reads the record the code reads."""
    r = Reader()
    f = r.field_of(e)
    return f if f is not None and r.records <= records and "." not in f else None


def prose_reads(line: str, records: set[str]) -> str:
    """A prose line with the code's record reads in it said as their fields ("userId = c['Email']
    unchanged" -> 'userId = Email unchanged'); each read is parsed to be sure it is one."""
    out, k = "", 0
    while (m := min((p for p in (line.find("['", k), line.find('["', k), line.find(".get(", k)) if p >= 0), default=-1)) >= 0:
        start = m
        while start > 0 and (line[start - 1].isalnum() or line[start - 1] == "_"):
            start -= 1
        close = line.find(")" if line.startswith(".get(", m) else "]", m)
        tree = _parse(line[start : close + 1]) if close > m > start else None
        e = tree.body[0].value if tree is not None and len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr) else None
        name = _read_field(e, records) if e is not None else None
        if name is None:
            out, k = out + line[k : m + 1], m + 1
        else:
            out, k = out + line[k:start] + name, close + 1
    return out + line[k:]


def fences(lines: list[str], start: int, end: int) -> list[int]:
    """The markdown fence lines ('```python', '```') right around the region of lines ``start`` to
    ``end``: the code's, not prose."""
    before = next((n for n in range(start - 1, -1, -1) if lines[n].strip()), None)
    after = next((n for n in range(end, len(lines)) if lines[n].strip()), None)
    if before is None or after is None or not lines[before].strip().startswith("```") or lines[after].strip() != "```":
        return []
    return [before, after]

"""The regions of a text written as hand-typed YAML-ish config (round 39), and their trees.

A platform engineer writes a mapping as config: 'Email: email', 'FirstName:' over 'from:' and
'transform:' lines, 'values:' tables, '- ...' items, '# comments'. The YAML is often not valid
(tabs, a colon inside a value, prose items), so the lines are read one by one by their indent,
not by a YAML parser: one bad line costs that line, not the region. A region is only taken when
several of its keys are field names of a catalog; a 'Note: ...' line in prose is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

# the keys a field's block is written with (not destination fields)
SPEC_KEYS = frozenset(
    {
        "from",
        "transform",
        "transforms",
        "default",
        "values",
        "map",
        "otherwise",
        "else",
        "when",
        "skip_if",
        "only_if",
        "fallback",
        "type",
        "as",
        "omit_if_empty",
        "omit_if",
        "omit",
        "blank",
        "empty",
        "true",
        "false",
        "format",
    }
)
FILTER_KEYS = frozenset({"skip_if", "only_if"})
_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w.\[\]]*)\s*:(?:\s+(?P<value>.*))?$")
_ROW = re.compile(
    r"^(?P<key>\"[^\"]*\"|'[^']*'|[^:#\"'][^:#]*?)\s*:(?:\s+(?P<value>.*))?$"
)  # a table row: 'Open - Not Contacted: lead'


@cache
def catalog_names() -> frozenset[str]:
    """Every catalog field's name, its leaf and its parents, folded: a key named so is a field."""
    from syncwright.catalog import platforms, standard_objects, standard_schema

    out: set[str] = set()
    for p in platforms():
        for o in standard_objects(p):
            for n in standard_schema(p, o).fields:
                clean = re.sub(r"\[\d+\]", "", n)
                out.add(clean.lower())
                out.update(part.lower() for part in clean.split("."))
    return frozenset(out)


def is_field(name: str) -> bool:
    """Is ``name`` a catalog field's name (or a path under one: 'merge_fields.COMPANY')?"""
    head = name.split(".")[0]
    return name.lower() in catalog_names() or (
        "." in name
        and head.lower() in catalog_names()
        and all(p.isidentifier() for p in name.split("."))
    )


def strip_comment(s: str) -> tuple[str, str]:
    """A line's text and its '#' comment (a '#' inside quotes or a word is text)."""
    quote = ""
    for i, ch in enumerate(s):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'" and (i == 0 or not s[i - 1].isalnum()):
            quote = ch if s.find(ch, i + 1) > 0 else ""
        elif ch == "#" and (i == 0 or s[i - 1] in " \t"):
            return s[:i].rstrip(), s[i + 1 :].strip()
    return s.rstrip(), ""


@dataclass
class Node:
    """One line of a region read as config: a key and its value, an item ('- ...') or a text line;
    the lines indented under it are its children, its comment lines its notes."""

    line: int
    indent: int
    key: str | None
    value: str
    comment: str
    item: bool = False
    children: list[Node] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def child(self, *keys: str) -> Node | None:
        return next((c for c in self.children if c.key is not None and c.key.lower() in keys), None)


def _indent(raw: str) -> int:
    return len(raw.expandtabs(8)) - len(raw.expandtabs(8).lstrip())


def parse_line(n: int, raw: str, table: bool = False) -> list[Node]:
    """The nodes of one line ('- name: x' is an item holding a key two columns in)."""
    ind = _indent(raw)
    body, comment = strip_comment(raw.strip())
    if not body:
        return []
    if body.startswith("- ") or body == "-":
        inner = body[1:].strip()
        item = Node(n, ind, None, inner, comment, item=True)
        m = _KEY.match(inner)
        if m and not inner.startswith(('"', "'")):
            return [
                Node(n, ind, None, "", "", item=True),
                Node(n, ind + 2, m.group("key"), (m.group("value") or "").strip(), comment),
            ]
        return [item]
    m = _KEY.match(body) or (_ROW.match(body) if table else None)
    if m:
        key = m.group("key").strip()
        plain = (
            key.strip("\"'") if key[:1] in "\"'" and not table else key
        )  # a table's '"true":' stays a text
        return [Node(n, ind, plain, (m.group("value") or "").strip(), comment)]
    return [Node(n, ind, None, body, comment)]


def build(lines: list[str], start: int, end: int) -> list[Node]:
    """The tree of lines ``start:end``: each node's children are the lines indented under it."""
    roots: list[Node] = []
    stack: list[Node] = []
    last: Node | None = None
    for n in range(start, end):
        raw = lines[n]
        if not raw.strip():
            continue
        if raw.strip().startswith("#"):
            text = raw.strip().lstrip("#").strip()
            if last is not None and _indent(raw) > 0 and text:
                (stack[-1] if stack and _indent(raw) > stack[-1].indent else last).notes.append(
                    text
                )
            elif text:
                roots.append(Node(n, 0, None, "", text))  # a comment line of its own: a sentence
            continue
        in_table = bool(stack) and any(
            s.key is not None and s.key.lower() in ("values", "map", "true", "false") for s in stack
        )
        for node in parse_line(
            n,
            raw,
            table=in_table
            or bool(stack and stack[-1].key and stack[-1].key.lower() in ("values", "map")),
        ):
            while stack and stack[-1].indent >= node.indent:
                stack.pop()
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
            last = node
    return roots


def _kind(raw: str) -> str:
    """'k' a key line, 'i' an item, 'c' a comment, 'b' blank, 'x' other text."""
    s = raw.strip()
    if not s:
        return "b"
    if s.startswith("#"):
        return "c"
    if s.startswith("- "):
        return "i"
    body, _ = strip_comment(s)
    return "k" if _KEY.match(body) else "x"


def _key(raw: str) -> str:
    m = _KEY.match(strip_comment(raw.strip())[0])
    return m.group("key") if m else ""


def regions(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of lines that are config: from a key line at some indent while the lines are keys
    at that indent, lines indented deeper, comments or items; taken when enough keys are fields."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if _kind(lines[i]) != "k" or _indent(lines[i]) > 4:
            i += 1
            continue
        top = _indent(lines[i])
        j = i + 1
        while j < len(lines):
            k, ind = _kind(lines[j]), _indent(lines[j])
            if k == "b":
                nxt = next((m for m in range(j, len(lines)) if lines[m].strip()), None)
                if nxt is None or _kind(lines[nxt]) != "k" or _indent(lines[nxt]) != top:
                    break
            elif (
                k == "c"
                or ind > top
                or (k == "k" and ind == top)
                or (k == "i" and ind == top and _kind(lines[j - 1]) in "ick")
            ):
                pass
            else:
                break
            j += 1
        while j > i and not lines[j - 1].strip():
            j -= 1
        s = i
        while s > 0 and _kind(lines[s - 1]) == "c":  # the comments just over it are its own
            s -= 1
        if _taken(lines[i:j], top):
            out.append((s, j))
        i = j
    return out


def _taken(block: list[str], top: int) -> bool:
    """Enough of a run's keys are catalog fields (or a filter's or a block's keys) to read it as config."""
    keys = [_key(ln) for ln in block if _kind(ln) == "k"]
    tops = [_key(ln) for ln in block if _kind(ln) == "k" and _indent(ln) == top]
    fields = [k for k in keys if is_field(k) or k.lower() in SPEC_KEYS]
    named = [k for k in tops if is_field(k) or k.lower() in FILTER_KEYS]
    nested = any(_indent(ln) > top for ln in block if ln.strip())
    if len(named) >= 2 and len(named) == len(tops) and nested and len(fields) >= 2:
        return True  # 'email_address: email' over a 'tags:' block of items
    return (len(fields) >= 3 and len(named) >= 2 and len(named) * 2 >= len(tops)) or (
        len(tops) == 1 and len(fields) >= 4
    )

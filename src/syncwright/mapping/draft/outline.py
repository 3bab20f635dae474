"""A request typed as an indented outline (round 21): one line per destination field, the
lines under it saying where it comes from, what to do with it and what to do when it is blank,
a value table as lines one level deeper, and the filters and the match key under a 'Notes' or
'Rules' heading:

    Email
      - email, lowercase
      - match on this
    Status
      by lifecycle stage
        customer -> Closed - Converted
        anything else -> Open - Not Contacted

Each field's block becomes the one line the grammar reads, 'Status: by lifecycle stage:
customer -> Closed - Converted, anything else -> Open - Not Contacted.', 'this' in 'match
on this' naming the field; each line under a heading becomes a sentence of its own; 'Field<TAB>
source' is 'Field: source'. A text is read so only when two or more of its blocks are headed
by a destination field; any other text is returned as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_MARKER = re.compile(r"^(?:[-*•+◦▪]|o(?=\s)|\d+[.)])\s+")
_SECTIONS = frozenset(["notes", "note", "rules", "rule", "general", "filters", "filter", "scope", "matching", "match", "other",
                       "misc", "also", "global", "conditions", "setup", "settings", "who", "records", "sync rules"])


@dataclass
class _Node:
    text: str
    indent: int
    children: list[_Node] = field(default_factory=list)


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _content(line: str) -> str:
    return _MARKER.sub("", line.strip()).strip()


def _forest(lines: list[str]) -> list[_Node]:
    roots: list[_Node] = []
    stack: list[_Node] = []
    for line in lines:
        if not line.strip():
            stack = []
            roots.append(_Node("", -1))
            continue
        node = _Node(_content(line), _indent(line))
        while stack and stack[-1].indent >= node.indent:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _field_head(g: Grammar, text: str) -> bool:
    head = re.split(r"[,(]", text.rstrip(":").strip())[0].strip()
    if not head or len(head.split()) > 3 or head.lower() in _SECTIONS:
        return False
    if ":" in head:
        return False  # 'Scenario: no website' is a heading of its own, not a field
    m = g.resolve(head, "dst")
    whole = m is not None and len(m.text.split()) >= len(head.split())  # the mention is the whole head
    return (m is not None and whole and not m.best.from_text) or bool(re.fullmatch(r"[a-z_]+\.[\w.]+", head))


# a line under a field that only names its type ('boolean', 'true/false'): nothing to write
_TYPE_ONLY = re.compile(r"^(?:a\s+)?(?:boolean|bool|true\s*/\s*false|yes\s*/\s*no|checkbox|text|string|free text)(?:\s+field)?$", re.I)
# heads whose lines are fields of their own: 'params' over 'source: original source'
_CONTAINERS = {"params": "params", "parameters": "params", "event params": "params", "event parameters": "params",
               "traits": "traits", "properties": "traits"}


def _said(node: _Node, head: str) -> str:
    """A line under a field with the lines under it: 'by stage: a -> b, c -> d'."""
    text = re.sub(r"\s+--\s+", "; ", node.text)
    text = re.sub(r"\s*\((?:if )?(?:blank|empty)\s*:\s*(?:leave (?:it )?out|omit(?: it)?|skip it|drop it|don't send(?: it)?)\)", ", left out when blank", text, flags=re.I)
    text = re.sub(r"\bmatch (?:on|by) (?:this|it|this one|this field)\b", f"match on {head}", text, flags=re.I)
    if re.fullmatch(r"(?:the )?match(?:ing)? key|(?:this is )?what we match on|key", text.strip(), re.I):
        text = f"match on {head}"
    # 'blank: X', 'if blank -> X', 'no industry: X', 'neither -> X': what a blank value gets
    text = re.sub(r"^(?:if |when )?(?:it is |it's )?(?:blank|empty|missing|none|null)(?: one| value)?\s*(?::|->|=|,)\s*(?=\S)", "if it is blank, ", text, flags=re.I)
    text = re.sub(r"^(?:if )?(?:both(?: are)?(?: blank| empty)?|neither(?: one)?)\s*(?::|->|=|,)\s*(?=\S)", "if both are blank, ", text, flags=re.I)
    text = re.sub(r"^(?:if )?no [\w ]{1,30}?\s*(?::|->)\s*(?=\S)", "if it is blank, ", text, flags=re.I)
    if node.children:
        rows = ", ".join(_said(c, head) for c in node.children)
        lead = text.rstrip(":").rstrip()
        if len(lead.split()) <= 3 and not re.match(r"(?:by|from|based on|per|according to|depending on|one tag|a tag)\b", lead, re.I):
            lead = f"from {lead}"  # 'status' over 'hs_email_optout' over its rows: the table's source
        text = f"{lead}: {rows}"
    return text


def _joined(parts: list[str]) -> str:
    """The lines under a field, one clause each; an 'else ...' line goes on the one before it."""
    out = ""
    for p in parts:
        if out and re.match(r"(?:else|otherwise|or else|falling back to|fallback)\b", p, re.I):
            out += f", {p}"
        else:
            out += f"; {p}" if out else p
    return out


def _tabbed(g: Grammar, line: str) -> str:
    """'FNAME<TAB>FirstName': a field and its source on one line."""
    m = re.match(r"^(\s*)([^\t]+?)\t+(.+)$", line)
    if m is None or not _field_head(g, m.group(2)):
        return line
    return f"{m.group(1)}{m.group(2).strip()}: {m.group(3).strip()}"


def read_outline(g: Grammar, text: str) -> str:
    """``text`` with an outline's blocks written as one line each; else unchanged."""
    raw = text.split("\n")
    lines = [_tabbed(g, ln) for ln in raw]
    roots = _forest(lines)
    heads = [n for n in roots if n.children and _field_head(g, n.text)]
    sections = [n for n in roots if n.children and n.text.rstrip(":").strip().lower() in (_SECTIONS | set(_CONTAINERS))]
    tabbed = sum(a != b for a, b in zip(raw, lines, strict=True))
    # 'Email: email' one-liners beside the blocks
    one_liners = sum(1 for n in roots if not n.children and (m := re.match(r"^([^:]{1,30}):\s*\S", n.text)) is not None and _field_head(g, m.group(1)))
    containers = [n for n in sections if n.text.rstrip(":").strip().lower() in _CONTAINERS]
    if not (heads or containers) or len(heads) + len(sections) + tabbed + one_liners < 2:
        return text
    out: list[str] = []
    for n in roots:
        if n.indent < 0:
            continue
        if not n.children:
            out.append(n.text)
        elif n.text.rstrip(":").strip().lower() in _CONTAINERS and all(re.match(r"^[\w.]+\s*(?::|=|<-)", c.text) for c in n.children):
            prefix = _CONTAINERS[n.text.rstrip(":").strip().lower()]
            out.extend(f"{prefix}.{_said(c, 'it')}".rstrip(".") + "." for c in n.children)
        elif n in heads:
            head = re.split(r"[,(]", n.text.rstrip(":"))[0].strip()
            parts = [_said(c, head) for c in n.children if not _TYPE_ONLY.match(c.text.strip())]
            out.append(f"{n.text.rstrip(':').rstrip()}: {_joined(parts)}".rstrip(".") + ".")
        else:
            out.extend(_said(c, "it").rstrip(".") + "." for c in n.children)
            if n.text.rstrip(":").strip().lower() not in _SECTIONS:
                out.insert(len(out) - len(n.children), n.text)
    return "\n".join(out)

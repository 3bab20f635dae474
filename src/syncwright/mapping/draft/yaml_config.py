"""A mapping written as hand-typed YAML-ish config (round 39), as a platform engineer writes one:
'Email: email', 'FirstName:' over 'from: firstname' and 'transform: trim', 'default:', 'values:'
tables with 'otherwise:', 'when: cond -> value' rows, 'skip_if:' and 'only_if:' filters, '|' pipes
of formats, '||' fallbacks, tag items with conditions and '#' comments saying the rest.

Each destination key is one rule, so each is said again as one line in the words the grammar
reads (the forms python_code says: 'FirstName <- firstname, trimmed', "Company <- company; if
empty, 'Unknown'", 'Skip records where website is empty.'). yaml_regions finds the config in a
text and builds its tree by indent; yaml_reader says each key's rule; this module puts the rules
in the region's place. Prose around the config stays as written, a key this module cannot say
keeps its lines (the grammar asks), and a text without a region comes back as it was.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.yaml_blocks import field_rule
from syncwright.mapping.draft.yaml_reader import EMPTY as _EMPTY
from syncwright.mapping.draft.yaml_reader import cond, noted, source
from syncwright.mapping.draft.yaml_regions import (
    FILTER_KEYS,
    SPEC_KEYS,
    Node,
    build,
    is_field,
    regions,
)

# a comment that defines a name the config uses ('email_local = the part of email before the @')
_DEFINES = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(?:=|:)\s*(?P<what>.+)$")


def _aliases(nodes: list[Node]) -> dict[str, str]:
    """The names a comment defines as a part of a field ('email_local' -> 'the part of email before the @')."""
    out: dict[str, str] = {}
    for n in _walk(nodes):
        for c in [*n.notes, n.comment]:
            if (d := re.match(r"<(\w[\w.]*)>\s*(?:=|:|is)\s*.*\bdate\b", c)) and not re.search(
                r"\btime\b", c
            ):
                out[f"<{d.group(1)}>"] = "date"  # '<createdate> = just the date part, YYYY-MM-DD'
            m = _DEFINES.match(c)
            if m and not is_field(m.group("name")):
                what = (
                    re.sub(r"[,;(].*$", "", m.group("what"))
                    .replace("'@'", "@")
                    .replace('"@"', "@")
                    .strip()
                )
                s = source(what, {})
                if s is not None and not s[1]:
                    out[m.group("name")] = s[0]
    return out


def _walk(nodes: list[Node]) -> list[Node]:
    return [x for n in nodes for x in (n, *_walk(n.children))]


def _lines_of(n: Node) -> set[int]:
    return {x.line for x in _walk([n])}


def _is_object(n: Node) -> bool:
    """A key whose block holds destination keys (traits:, merge_fields:, a 'lead:' wrapper), not a field's spec."""
    keys = [c.key.lower() for c in n.children if c.key is not None]
    return bool(keys) and not n.value and any(k not in SPEC_KEYS for k in keys)


def _say(n: Node, prefix: str, aliases: dict[str, str], top: bool) -> list[tuple[int, str]] | None:
    """The rule lines of a node: a filter, an object's keys under its path, or one field's rule."""
    key = n.key or ""
    if top and key.lower() in FILTER_KEYS:
        tests = [c.value for c in n.children if c.item] if not n.value else [n.value]
        said = [cond(t) for t in tests]
        if not tests or any(s is None for s in said):
            return None
        word = "Skip records where" if key.lower() == "skip_if" else "Only records where"
        return [(n.line, f"{word} {s}.") for s in said]
    if n.key is None and n.item and n.children:
        return None
    if _is_object(n) or (
        n.children and all(c.item for c in n.children) and all(c.children for c in n.children)
    ):
        wrapper = top and not is_field(key) and not prefix
        path = "" if wrapper else f"{prefix}{key}."
        out: list[tuple[int, str]] = []
        for c in n.children:
            if c.item:
                inner = [
                    x
                    for c2 in c.children
                    for x in (_say(c2, f"{prefix}{key}[0].", aliases, False) or [(-1, "")])
                ]
                if any(ln < 0 for ln, _ in inner):
                    return None
                out += inner
                continue
            lines = _say(c, path, aliases, False)
            if lines is None:
                return None
            out += lines
        return out
    rule = field_rule(f"{prefix}{key}", n, aliases)
    if rule is None:
        return None
    notes = [x.comment for x in _walk([n]) if x.comment] + [t for x in _walk([n]) for t in x.notes]
    return [(n.line, noted(rule, notes))]


def _region(lines: list[str], start: int, end: int) -> list[str]:
    """A region's lines: each key's rule, the lines of a key it cannot say as written, its comment lines after."""
    roots = build(lines, start, end)
    aliases = _aliases(roots)
    out: list[tuple[int, str]] = []
    after: list[str] = []
    for n in roots:
        if n.key is None and not n.item and not n.value:
            if _EMPTY.search(n.comment) and (
                not _DEFINES.match(n.comment) or is_field(n.comment.split()[0])
            ):
                after.append(
                    n.comment
                )  # what an empty value does; a comment that restates the config goes
            continue
        said = _say(n, "", aliases, True)
        if said is None:
            out += [(k, lines[k]) for k in sorted(_lines_of(n))]
        else:
            out += said
    out.sort(key=lambda t: t[0])
    return [t for _, t in out] + after


def _config_like(lines: list[str], start: int, end: int) -> bool:
    """Is every top key of a region config, not prose after a label ('Email: copy from email.')?
    Each top key is a block, a filter, or a value this module says."""
    roots = build(lines, start, end)
    aliases = _aliases(roots)
    keys = [n for n in roots if n.key is not None]
    for n in keys:
        if (
            n.value
            and not n.children
            and (n.key or "").lower() not in FILTER_KEYS
            and _say(n, "", aliases, True) is None
        ):
            return False
    return bool(keys)


def yaml_config(text: str) -> str:
    """``text`` with each region of YAML-ish config said as one line per destination key."""
    if ":" not in text:
        return text
    lines = text.split("\n")
    found = [r for r in regions(lines) if _config_like(lines, *r)]
    if not found:
        return text
    out: list[str] = []
    k = 0
    for start, end in found:
        out += lines[k:start]
        out += _region(lines, start, end)
        k = end
    out += lines[k:]
    return "\n".join(out)

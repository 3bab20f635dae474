"""What a YAML-ish config region says (round 39): each destination key as one rule line in the
words the grammar reads ('FirstName <- firstname, trimmed', "Company <- company; if empty,
'Unknown'", "Rating = 'Hot' if annualrevenue is more than 5000000, otherwise 'Warm'", 'Skip
records where website is empty.'), the same forms python_reader says, since those are read right.

A value is a source field when a catalog names it (or a '# const' comment says it is not), else a
constant; a value that is neither a field, a plain constant nor one of the forms below is None,
and yaml_config keeps its lines as written (the grammar asks about them).
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.yaml_regions import Node, is_field

FORMATS = {
    "trim": "trimmed",
    "strip": "trimmed",
    "trimmed": "trimmed",
    "lowercase": "in lower case",
    "lower": "in lower case",
    "uppercase": "in upper case",
    "upper": "in upper case",
    "titlecase": "in title case",
    "title": "in title case",
    "title_case": "in title case",
    "proper": "in title case",
    "e164": "in E.164",
    "int": "as a whole number",
    "integer": "as a whole number",
    "number": "as a number",
    "float": "as a number",
    "decimal": "as a number",
}
_COUNTRIES = {
    "uk": "UK",
    "gb": "UK",
    "us": "US",
    "de": "Germany",
    "fr": "France",
    "au": "Australia",
    "ca": "Canada",
}
_OPS = {
    "==": "is",
    "!=": "is not",
    ">=": "is at least",
    "<=": "is at most",
    ">": "is more than",
    "<": "is less than",
    "=": "is",
}
EMPTY = re.compile(r"\b(?:empty|blank|missing|spaces|null)\b|\bwhitespace\b(?!-)", re.I)
_SAYS_EMPTY = (
    "; if empty",
    "left out when empty",
    ", else ",
    " is empty",
    "otherwise",
    "Skip records",
    "Only records",
)
FIELD = r"[A-Za-z_][\w.]*"


def lit(v: str) -> str:
    """A constant as the grammar reads a value: texts quoted, numbers and booleans bare."""
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        inner = v[1:-1]
        return f'"{inner}"' if "'" in inner else f"'{inner}'"
    if v.lower() in ("true", "false"):
        return v.lower()
    if re.fullmatch(r"-?\d+(?:\.\d+)?", v):
        return v
    return f'"{v}"' if "'" in v else f"'{v}'"


# a bracket that says a format or a value ('(trimmed)', '(YYYY-MM-DD)'): not a remark to drop
_SAYS_FORMAT = re.compile(
    r"\b(?:trim\w*|lower\w*|upper\w*|title\w*|case|e\.?164|number|integer|date|yyyy|digits?)\b",
    re.I,
)


def unparen(v: str) -> str:
    """``v`` without a closing remark in brackets ('(after the @, as-is)'); a bracket saying a format stays."""
    m = re.search(r"\s*\(([^()]*)\)\s*$", v)
    return v[: m.start()].strip() if m and not _SAYS_FORMAT.search(m.group(1)) else v.strip()


def format_of(word: str) -> str | None:
    """A transform's words as the grammar's format ('e164 UK' -> E.164 with UK as the default country)."""
    w = word.strip().lower()
    if (m := re.fullmatch(r"e164[ _]?(\w\w)", w)) and m.group(1) in _COUNTRIES:
        return f"in E.164 with {_COUNTRIES[m.group(1)]} as the default country"
    return FORMATS.get(w)


def source(v: str, aliases: dict[str, str]) -> tuple[str, list[str]] | None:
    """One source as the grammar says it, and the formats a phrase gives it ('numemployees as a
    number'); None when ``v`` is no field."""
    v = unparen(v.strip())
    if v in aliases:
        return aliases[v], []
    if re.fullmatch(FIELD, v) and is_field(v):
        return v, []
    if (m := re.fullmatch(rf"(?:the )?(?:part of )?({FIELD}) before the @", v)) and is_field(
        m.group(1)
    ):
        return f"the part of {m.group(1)} before the @", []
    if m := re.fullmatch(
        rf"(?:the )?(?:domain of|part of) ({FIELD})(?: after the @)?|({FIELD}) domain", v
    ):
        f = m.group(1) or m.group(2)
        return (f"the part of {f} after the @", []) if is_field(f) else None
    if (m := re.fullmatch(rf"(?:the )?first word of ({FIELD})", v)) and is_field(m.group(1)):
        return f"the first word of {m.group(1)}", []
    if (m := re.fullmatch(rf"({FIELD}),? as an? (whole )?(number|integer)", v)) and is_field(
        m.group(1)
    ):
        return m.group(1), [
            "as a whole number" if m.group(2) or m.group(3) == "integer" else "as a number"
        ]
    return None


def sources(v: str, aliases: dict[str, str]) -> tuple[list[str], list[str]] | None:
    """The fields of 'a || b', 'a, then b', '[a, b]' (the first filled wins) and their formats."""
    v = unparen(v.strip())
    if v.startswith("[") and v.endswith("]"):
        v = v[1:-1]
    parts = [p for p in re.split(r"\s*\|\|\s*|\s*,\s*then\s+|\s*,\s*|\s+or\s+", v) if p]
    said = [source(p, aliases) for p in parts]
    if not said or any(s is None for s in said):
        return None
    fields = [s[0] for s in said if s]
    formats = [f for s in said if s for f in s[1]]
    return fields, formats


def cond(c: str, subject: str | None = None) -> str | None:
    """A condition as the grammar says it: 'a == "x"' -> "a is 'x'", 'a in [x, y]' -> "a is 'x' or 'y'",
    'a blank' -> 'a is empty'; ``subject`` is the field a bare 'blank' is about."""
    c = unparen(c.strip().rstrip(".,"))
    if m := re.fullmatch(rf"({FIELD})\s+(not\s+)?in\s+\[(.*)\]", c):
        items = [lit(x) for x in m.group(3).split(",") if x.strip()]
        return f"{m.group(1)} is {'not ' if m.group(2) else ''}" + " or ".join(items)
    if m := re.fullmatch(rf"(\"[^\"]+\"|'[^']+')\s+in\s+({FIELD})", c):
        return f"{m.group(2)} contains {lit(m.group(1))}"
    if m := re.fullmatch(rf"({FIELD})\s*(==|!=|>=|<=|>|<)\s*(.+)", c):
        return f"{m.group(1)} {_OPS[m.group(2)]} {lit(m.group(3))}"
    if m := re.fullmatch(
        rf"(?:({FIELD})\s+)?(?:is\s+|are\s+|it's\s+|its\s+)?(not\s+)?(?:empty|blank|missing)", c
    ):
        f = m.group(1) if m.group(1) not in (None, "both", "it", "when") else subject
        return f"{f} is {'not ' if m.group(2) else ''}empty" if f else None
    if m := re.fullmatch(rf"({FIELD})\s+is\s+(true|false)", c):
        return f"{m.group(1)} is {m.group(2)}"
    return None


def noted(said: str, notes: list[str]) -> str:
    """A rule with what its comments say of an empty value: 'blank -> TBD' as its default, 'Country
    blank -> just the City' as the joined value's blank part, the rest in brackets; a comment that
    an empty value stays empty says the rule again, and a default said twice is read as two."""
    if any(w in said for w in _SAYS_EMPTY) or said.endswith("."):
        return said
    clauses = [c.strip() for n in notes for c in re.split(r";\s*|\.\s+", n) if EMPTY.search(c)]
    kept: list[str] = []
    for c in clauses:
        if (
            m := re.search(
                r"\b(\w+) (?:is )?(?:blank|empty|missing)\S*\s*->\s*(?:just|only) the (\w+)", c
            )
        ) and " + " in said:
            return f"{said}; if the {m.group(1)} is empty, just the {m.group(2)}"
        if (
            m := re.search(
                r"(?:blank|empty|missing)\b[^,;>]*->\s*(?:send\s+)?(\"[^\"]*\"|'[^']*'|[\w-]+)", c
            )
        ) and " <- " in said:
            return f"{said}; if empty, {lit(m.group(1))}"
        if not re.search(r"\b(?:stays?|is fine|as-is|as is|kept|is sent|goes over|copied)\b", c):
            kept.append(c)
    return f"{said} ({'; '.join(kept)})" if kept else said


def is_const(v: str, comment: str) -> bool:
    """A plain constant: quoted, one word ('Partner', 'hubspot-crm'), or words a '# const' comment vouches for."""
    v = v.strip()
    if re.fullmatch(r"\"[^\"]*\"|'[^']*'", v) or (
        re.fullmatch(r"[\w@+&/-][\w@.+&/-]*", v) and not v.endswith(".")
    ):
        return True
    return "const" in comment.lower() and not v.endswith(".")


def tag_sentences(node: Node) -> list[str] | None:
    """'tags:' as sentences: its items (a tag, or 'tag: condition', 'tag -- only when condition')
    or a '[a, b]' list; '[]' is the empty list."""
    v = node.value.strip()
    if v == "[]":
        return ["tags = empty list"]
    if v.startswith("[") and v.endswith("]"):
        return [f"Add the tag {lit(x)}." for x in v[1:-1].split(",") if x.strip()]
    if v or not node.children or not all(c.item for c in node.children):
        return None
    out: list[str] = []
    for c in node.children:
        m = re.fullmatch(
            r"([\w-]+)\s*(?::|--|—|-)?\s*(?:only\s+)?(?:(?:when|if)\s+)?(.*)", c.value.strip()
        )
        if not m:
            return None
        test = re.split(r",\s*(?:goes|and then|placed|added)\b", m.group(2))[0].strip()
        said = cond(test) if test else None
        if test and said is None:
            return None
        out.append(f"Add the tag {lit(m.group(1))}" + (f" if {said}." if said else "."))
    return out


def value_rule(dst: str, v: str, comment: str, aliases: dict[str, str]) -> str | None:
    """A key's value on its own line: a field, fields with pipes, a test, a choice, a template, a constant."""
    v = v.strip()
    if m := re.fullmatch(r"\"(.*<\w[\w.]*>.*)\"|'(.*<\w[\w.]*>.*)'", v):
        return _template(dst, m.group(1) or m.group(2) or "", aliases)
    if m := re.fullmatch(
        rf"({FIELD})\s*->\s*(\"[^\"]*\"|'[^']*'|\S+)\s*/\s*(\"[^\"]*\"|'[^']*'|\S+)", v
    ):
        return f"{dst} = {lit(m.group(2))} if {m.group(1)} is true, otherwise {lit(m.group(3))}"
    if m := re.fullmatch(
        r"(\"[^\"]*\"|'[^']*'|\S+)\s+if\s+(.+?),?\s+(?:otherwise|else)\s+(\"[^\"]*\"|'[^']*'|\S+)",
        v,
    ):
        c = cond(m.group(2))
        return f"{dst} = {lit(m.group(1))} if {c}, otherwise {lit(m.group(3))}" if c else None
    if m := re.fullmatch(r"(.+?)\s*\?\s*(\S+)\s*:\s*(\S+)", v):
        c = cond(m.group(1)) or (
            f"{m.group(1)} is true" if re.fullmatch(FIELD, m.group(1)) else None
        )
        return f"{dst} = {lit(m.group(2))} if {c}, otherwise {lit(m.group(3))}" if c else None
    if re.search(r"==|!=|>|<|\bin \[", v) and (c := cond(v)):
        return f"{dst} is true if {c}, otherwise false"
    parts = [p.strip() for p in re.split(r"(?<!\|)\|(?!\|)", v)]
    head = re.sub(
        r",\s*date part only\b.*$", "", parts[0]
    )  # 'createdate, date part only (YYYY-MM-DD)'
    head = head if head != parts[0] else unparen(head)
    got = sources(head, aliases)
    if got is not None:
        fields, formats = got
        for w in parts[1:]:
            f = format_of(w)
            if f is None:
                return None
            formats.append(f)
        if head != parts[0] and len(fields) == 1:  # 'createdate, date part only (YYYY-MM-DD)'
            return f'{dst} = "{{{fields[0]} as YYYY-MM-DD}}"'
        return (
            f"{dst} <- "
            + ", else ".join(fields)
            + (", " + " and ".join(formats) if formats else "")
        )
    if len(parts) == 1 and is_const(v, comment):
        return f"{dst} = {lit(v)}"
    return None


def _template(dst: str, t: str, aliases: dict[str, str]) -> str | None:
    """'"<firstname> <lastname>"' as the parts joined; with a date part, a braced template."""
    bits = re.split(r"<(\w[\w.]*)>", t)
    dated = {b for b in bits[1::2] if aliases.get(f"<{b}>") == "date"}
    if dated and '"' not in t and "{" not in t:
        return (
            f'{dst} = "'
            + "".join(
                f"{{{b} as YYYY-MM-DD}}" if b in dated else f"{{{b}}}" if i % 2 else b
                for i, b in enumerate(bits)
            )
            + '"'
        )
    parts: list[str] = []
    for i, b in enumerate(bits):
        if i % 2:
            s = source(b, aliases)
            if s is None:
                return None
            parts.append(s[0])
        elif b:
            parts.append(lit(f"'{b}'" if "'" not in b else f'"{b}"'))
    return f"{dst} = " + " + ".join(parts)

"""A field's block of config keys said as one rule (round 39): 'from:' with 'transform:',
'default:', 'fallback:', 'skip_if: empty', a 'values:' table with 'otherwise:' and 'blank:', 'when:
cond -> value' rows with 'else:', 'true:'/'false:' values of a checkbox, and a '{from: x, ...}' on
one line. Kept apart from yaml_reader, which says the values and the conditions these use.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.yaml_reader import (
    FIELD,
    cond,
    format_of,
    lit,
    sources,
    tag_sentences,
    value_rule,
)
from syncwright.mapping.draft.yaml_regions import SPEC_KEYS, Node


def _flow(v: str) -> list[tuple[str, str]] | None:
    """'{from: x, transform: y}' as its pairs."""
    v = v.strip()
    if not (v.startswith("{") and v.endswith("}")):
        return None
    pairs = [p.split(":", 1) for p in re.split(r",\s*(?![^\[]*\])", v[1:-1]) if p.strip()]
    return [
        (k.strip().strip("\"'"), val.strip())
        for k, val in (p if len(p) == 2 else (p[0], "") for p in pairs)
    ]


def _spec(node: Node) -> dict[str, Node]:
    """A field block's keys (from, default, values, ...) by their folded name."""
    pairs = _flow(node.value)
    if pairs is not None:
        return {k.lower(): Node(node.line, node.indent + 2, k, val, "") for k, val in pairs}
    return {c.key.lower(): c for c in node.children if c.key is not None}


def _chain(
    dst: str, rows: list[tuple[str, str]], otherwise: str | None, subject: str | None
) -> str | None:
    """'when: cond -> value' rows and an else as one rule: a table of one field's values, or tests."""
    if subject is None:  # 'when: blank -> true' is about the field the other rows test
        subject = next(
            (
                m.group(1)
                for c, _ in rows
                if (m := re.match(rf"\s*({FIELD})\s*(?:==|!=|>|<|\s+in\s)", c))
            ),
            None,
        )
    tests = [(cond(c, subject), v) for c, v in rows]
    if any(t is None for t, _ in tests):
        return None
    eq = [re.fullmatch(rf"({FIELD}) is ('[^']*'|\"[^\"]*\"|\S+)", t or "") for t, _ in tests]
    blanks = [t for t, _ in tests if t and t.endswith(" is empty")]
    cols = {m.group(1) for m in eq if m} | {t[: -len(" is empty")] for t in blanks}
    if (
        all(eq[i] or tests[i][0] in blanks for i in range(len(tests)))
        and len(cols) == 1
        and len(blanks) <= 1
        and any(eq)
    ):
        col = cols.pop()  # one field's values: a table, its blank row the table's empty value
        rows_said = ", ".join(
            f"{m.group(2)} -> {lit(v)}"
            for m, (t, v) in zip(eq, tests, strict=True)
            if m and t not in blanks
        )
        empty = next((v for t, v in tests if t in blanks), None)
        return (
            f"{dst} from {col}: {rows_said}"
            + (f", otherwise -> {lit(otherwise)}" if otherwise is not None else "")
            + (f"; if empty, {lit(empty)}" if empty is not None else "")
        )
    said = ", ".join(f"{lit(v)} if {t}" for t, v in tests)
    return f"{dst} = {said}" + (f", otherwise {lit(otherwise)}" if otherwise is not None else "")


def _when_rows(
    node: Node, spec: dict[str, Node]
) -> tuple[list[tuple[str, str]], str | None] | None:
    """The 'when: cond -> value' rows (or 'value when cond' lines) of a block and its else."""
    rows: list[tuple[str, str]] = []
    otherwise = None
    for c in node.children:
        k = (c.key or "").lower()
        if k == "when" and (m := re.fullmatch(r"(.+?)\s*->\s*(.+)", c.value)):
            rows.append((m.group(1), m.group(2)))
        elif k in ("else", "otherwise"):
            otherwise = c.value
        elif (
            c.key is None
            and not c.item
            and (m := re.fullmatch(r"(\S+)\s+(?:when|if)\s+(.+)", c.value))
        ):
            rows.append((m.group(2), m.group(1)))
        elif k not in ("skip_if", "omit_if_empty", "omit_if", "omit"):
            return None
    return (rows, otherwise) if rows else None


def _omitted(spec: dict[str, Node], src: list[str]) -> bool:
    """A 'skip_if: empty' (or 'omit_if_empty: yes', 'omit: when both are blank') in a field's block."""
    for k in ("skip_if", "omit_if", "omit"):
        if k in spec:
            v = spec[k].value.lower()
            if re.fullmatch(
                r"(?:when\s+)?(?:(?:both|all)\s+(?:are\s+)?|\S+\s+(?:is\s+)?)?(?:empty|blank|missing)",
                v,
            ):
                return True
    return "omit_if_empty" in spec and spec["omit_if_empty"].value.lower() in ("yes", "true", "")


def field_rule(dst: str, node: Node, aliases: dict[str, str]) -> str | None:
    """The rule line of one destination key: its value, or its block of from/transform/default/
    values/when/skip_if keys."""
    if dst.split(".")[-1].lower() == "tags" and (tags := tag_sentences(node)) is not None:
        return " ".join(tags)
    if node.value and _flow(node.value) is None and not node.children:
        return value_rule(dst, node.value, node.comment, aliases)
    spec = _spec(node)
    if node.children and all(c.item for c in node.children):
        items = [c.value for c in node.children]
        m = re.fullmatch(
            r"(true|false) when (.+?),\s*(true|false) otherwise", _unparen_mid(items[0])
        )
        said = cond(m.group(2)) if m else None
        return f"{dst} is {m.group(1)} if {said}, otherwise {m.group(3)}" if m and said else None
    if set(spec) - SPEC_KEYS and any(c.key is None for c in node.children):
        return None
    if "when" in spec or any(c.key is None and not c.item for c in node.children):
        found = _when_rows(node, spec)
        return _chain(dst, found[0], found[1], None) if found else None
    frm = spec.get("from")
    if frm is None:
        return None
    got = sources(frm.value, aliases)
    if got is None:
        return None
    fields, formats = got
    if (
        any(
            spec[k].value.strip().lower() == "first_word"
            for k in ("transform", "transforms")
            if k in spec
        )
        and len(fields) == 1
    ):
        fields = [f"the first word of {fields[0]}"]
        spec = {k: v for k, v in spec.items() if k not in ("transform", "transforms")}
    if "fallback" in spec:
        more = sources(spec["fallback"].value, aliases)
        if more is None:
            return None
        fields += more[0]
        formats += more[1]
    for k in ("transform", "transforms", "type", "as", "format"):
        if k in spec:
            for w in re.split(r"[\[\],|]+", spec[k].value):
                if w.strip():
                    f = format_of(w)
                    if f is None:
                        return None
                    formats.append(f)
    if "true" in spec and "false" in spec and len(fields) == 1:
        return f"{dst} = {lit(spec['true'].value)} if {fields[0]} is true, otherwise {lit(spec['false'].value)}"
    if "values" in spec or "map" in spec:
        return _table(dst, fields, spec)
    line = f"{dst} <- " + ", else ".join(fields) + (", " + " and ".join(formats) if formats else "")
    if "default" in spec:
        line += f"; if empty, {lit(spec['default'].value)}"
    if _omitted(spec, fields):
        line += ", left out when empty"
    return line


def _unparen_mid(v: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", v).strip()


def _table(dst: str, fields: list[str], spec: dict[str, Node]) -> str | None:
    """'values:' rows (or a '{a: b, c: d}' map) and their 'otherwise:' as a value table."""
    if len(fields) != 1:
        return None
    tab = spec.get("values") or spec["map"]
    pairs = _flow(tab.value) if tab.value else [(c.key or "", c.value) for c in tab.children]
    if not pairs or any(not k or not v for k, v in pairs):
        return None
    rows = ", ".join(f"{lit(k)} -> {lit(v)}" for k, v in pairs)
    other = spec.get("otherwise") or spec.get("else")
    line = f"{dst} from {fields[0]}: {rows}" + (
        f", otherwise -> {lit(other.value)}" if other else ""
    )
    blank = spec.get("blank") or spec.get("empty")
    return line + (f"; if empty, {lit(blank.value)}" if blank else "")

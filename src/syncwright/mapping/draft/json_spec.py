"""A mapping spec typed by hand as a JSON-ish object (round 40): '{ Email: 'email', LastName: {
from: 'lastname', trim: true, ifEmpty: 'omit' }, skip: { when: { status: 'x' } }, }' with
single or no quotes, trailing commas, '//' comments, nested objects per destination field,
arrays as fallbacks and 'when' objects as conditions, and prose around it.

Each destination key is one rule, so each is said again as one line in the words the grammar
reads, the forms the YAML pass says (json_rules); a filter key ('skip', 'onlyIf', 'exclude',
'keepOnly') is a 'Skip records where ...' sentence, a wrapper ('fields:', 'map:') or a nested
object ('traits: { address: {...} }', 'events: [{...}]') lends its path to the keys inside.
json_reader finds and reads the objects; this module puts the rules in their place. Prose stays
as written, a key no table knows keeps its lines (the grammar asks), and a text without such an
object comes back byte for byte.
"""

from __future__ import annotations

from syncwright.mapping.draft.json_reader import Entry, Region, Val, fold, objects, words
from syncwright.mapping.draft.json_rules import (
    CASES,
    CONST,
    JOIN,
    SOURCE,
    TABLE,
    cond,
    field_rule,
)
from syncwright.mapping.draft.yaml_regions import is_field

SKIP = {
    "skip",
    "skipif",
    "exclude",
    "excludeif",
    "drop",
    "dropif",
    "ignore",
    "reject",
    "omitif",
    "skipwhen",
    "dropwhen",
    "excludewhen",
    "remove",
}
ONLY = {
    "include",
    "includeif",
    "only",
    "onlyif",
    "keeponly",
    "keepif",
    "where",
    "require",
    "onlywhen",
    "keepwhen",
    "filter",
    "keep",
}
WRAPPERS = {"fields", "map", "mapping", "spec", "output", "out", "fieldmap", "mappings", "rules"}
# keys that make an object a field's rule, not an object of destination keys
_TESTS = {"when", "if", "true", "false"}
_RULE = SOURCE | CONST | TABLE | CASES | JOIN | {"true", "false", "is", "if", "then"}


def _filter(key: str, v: Val) -> list[str] | None:
    """A filter key's sentences: each condition of a skip ('or') or of an only."""
    k = fold(key)
    if k == "filter" and v.kind == "obj" and all(fold(e.key) in SKIP | ONLY for e in v.entries):
        out: list[str] = []
        for e in v.entries:
            said = _filter(e.key, e.value)
            if said is None:
                return None
            out += said
        return out
    items = v.items if v.kind == "arr" else [v]
    got = [cond(x) for x in items]
    said = [s for s in got if s is not None]
    if not items or len(said) != len(got):
        return None
    word = "Skip records where" if k in SKIP else "Only records where"
    if word.startswith("Only") and len(said) > 1:
        return [f"Only records where {' or '.join(said)}."]
    return [f"{word} {s}." for s in said]


def _is_object(v: Val) -> bool:
    """An object of destination keys (traits: {...}), not one field's rule words."""
    return (
        v.kind == "obj"
        and bool(v.entries)
        and not any(fold(e.key) in _RULE or set(words(e.key)) & _TESTS for e in v.entries)
    )


def _say(
    entries: list[Entry], prefix: str, top: bool, lines: list[str]
) -> tuple[list[tuple[int, str]], int]:
    """Each entry's rule lines (by line), and how many could not be said (their lines kept)."""
    out: list[tuple[int, str]] = []
    missed = 0
    for e in entries:
        k, v = fold(e.key), e.value
        if top and k in SKIP | ONLY and (said := _filter(e.key, v)) is not None:
            out += [(e.line, s) for s in said]
            continue
        inner = v.items[0] if v.kind == "arr" and len(v.items) == 1 and k != "tags" else None
        if _is_object(v) or (inner is not None and _is_object(inner)):
            wrapper = top and not prefix and k in WRAPPERS and not is_field(e.key)
            path = "" if wrapper else f"{prefix}{e.key}{'[0]' if inner else ''}."
            said_in, miss = _say((inner or v).entries, path, top and wrapper, lines)
            out += said_in
            missed += miss
            continue
        rule = field_rule(f"{prefix}{e.key}", v, e.notes + v.notes)
        if rule is None:
            missed += 1
            out += [(n, lines[n]) for n in range(e.line, e.end + 1)]
        else:
            out.append((e.line, rule))
    return out, missed


def _reads(rule: str) -> bool:
    """Does a rule line read a source field (a copy, a table, a test, a filter)?"""
    return any(w in rule for w in (" <- ", " from ", " if ", " + ")) or rule.startswith(
        ("Skip", "Only")
    )


def _said(r: Region, lines: list[str]) -> list[str] | None:
    """A region's rule lines in order, or None when it is not a spec (too little of it is said)."""
    if r.tree.kind != "obj" or len(r.tree.entries) < 2:
        return None
    said, missed = _say(r.tree.entries, "", True, lines)
    rules = [s for n, s in said if s != lines[n]]
    if len(rules) < 2 or missed * 2 > len(rules) or not any(_reads(r) for r in rules):
        return None  # a sample record ('{ email: 'ann@acme.io' }') sets constants only
    said.sort(key=lambda t: t[0])
    return list(dict.fromkeys(s for _, s in said))


def json_spec(text: str) -> str:
    """``text`` with each JSON-ish spec object said as one line per destination key."""
    if "{" not in text or ":" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    changed = False
    for r in objects(text):
        said = _said(r, lines)
        if said is None:
            continue
        out += lines[k : r.start] + said
        k = r.end
        changed = True
    if not changed:
        return text
    return "\n".join(out + lines[k:])

"""A quoted pattern with an example: "Put the location in Description as 'City, Country', for
example 'Boston, United States'" -> Description = city + ', ' + country.

Why: people show the shape of a combined value by writing the field names where the values go
and then an example; the example is what tells a pattern from a constant to write as is.
Every word run of the pattern must name a source field, and the example must have the
pattern's punctuation, or nothing is read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Const, Src, Template

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_LIT = r"⟦(\d+)⟧"
_SHAPE = re.compile(
    rf"^(?:(?:put|write|set|fill|store|show)\s+.*?\s+(?:in|into|to)\s+(?:the\s+)?(?P<d>[\w.]+)|(?:the\s+)?(?P<d2>[\w.]+)\s+(?:is|should be|should read|reads|as))"
    rf"\s+(?:as\s+|like\s+)?{_LIT},?\s+(?:for example|e\.g\.?|for instance|such as|like)\s+{_LIT}$",
    re.I,
)


def pattern_with_example(g: Grammar, text: str) -> bool:
    """Read a quoted field pattern confirmed by a quoted example as a template rule."""
    m = _SHAPE.match(text.strip(" ."))
    if m is None:
        return False
    d = g.resolve(m.group("d") or m.group("d2"), "dst")
    pat, example = g.lit(f"⟦{m.group(3)}⟧"), g.lit(f"⟦{m.group(4)}⟧")
    if d is None or pat is None or example is None:
        return False
    pieces = re.split(r"([^\w ]+|\s{2,})", pat)
    seps = [p for p in pieces[1::2]]
    if not seps or any(s.strip() not in example for s in seps if s.strip()):
        return False
    parts: list[Src | Const] = []
    for i, p in enumerate(pieces):
        if i % 2:
            parts.append(Const((" " if pieces[i - 1].endswith(" ") else "") + p + (" " if pieces[i + 1].startswith(" ") else "")))
            continue
        word = p.strip()
        if not word:
            continue
        fields = _fields(g, word)
        if fields is None:
            return False
        for k, f in enumerate(fields):
            if k:
                parts.append(Const(" "))
            parts.append(Src(f))
    if sum(isinstance(p, Src) for p in parts) < 2:
        return False
    g.add_rule(d.best.path, Template(parts), f"the pattern {pat!r} (example {example!r})", 0.8)
    g._note(f"{d.best.path}: the pattern '{pat}'")  # the quoted pattern is used, not a leftover
    return True


def _fields(g: Grammar, words: str) -> list[str] | None:
    """'City' -> [city]; 'FNAME LNAME' -> [FNAME, LNAME] when each word names a field exactly."""
    tokens = words.split()
    if len(tokens) > 1:
        exact = [g.resolve(t, "src") for t in tokens]
        if all(m is not None and m.exact_case for m in exact):
            return [m.best.path for m in exact if m is not None]
    whole = g.resolve(words, "src")
    return [whole.best.path] if whole is not None else None

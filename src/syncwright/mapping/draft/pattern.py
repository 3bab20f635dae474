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


_EXAMPLE = re.compile(rf"(?P<p>{_LIT})[^⟦]{{0,12}}?\b(?:for example|e\.g\.?|eg|for instance|such as|like|say)\W{{0,3}}(?P<e>{_LIT})", re.I)


def _shape(g: Grammar, text: str) -> tuple[str, str, str] | None:
    """(destination, pattern, example): the fixed wording first, then the ingredients alone:
    a quoted example after an example word, the quoted pattern just before it, and one
    destination field written exactly before the pattern ('Description holds where the
    contact is based, in the form 'City, Country' (e.g. 'Boston, United States'))."""
    m = _SHAPE.match(text.strip(" ."))
    if m is not None:
        d = g.resolve(m.group("d") or m.group("d2"), "dst")
        pat, example = g.lit(f"⟦{m.group(3)}⟧"), g.lit(f"⟦{m.group(4)}⟧")
        return (d.best.path, pat, example) if d is not None and pat is not None and example is not None else None
    e = _EXAMPLE.search(text)
    if e is None:
        return None
    dsts = {x.best.path for x in g.mentions(text[: e.start()], "dst") if x.exact_case}
    pat, example = g.lit(e.group("p")), g.lit(e.group("e"))
    if len(dsts) != 1 or pat is None or example is None:
        return None
    return next(iter(dsts)), pat, example


def pattern_with_example(g: Grammar, text: str) -> bool:
    """Read a quoted field pattern confirmed by a quoted example as a template rule."""
    found = _shape(g, text)
    if found is None:
        return False
    target, pat, example = found
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
    g.add_rule(target, Template(parts), f"the pattern {pat!r} (example {example!r})", 0.8)
    g._note(f"{target}: the pattern '{pat}'")  # the quoted pattern is used, not a leftover
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

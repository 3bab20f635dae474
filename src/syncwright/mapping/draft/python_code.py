"""A mapping written as Python-flavoured pseudocode (round 38), as a growth engineer who thinks in
Python writes one: "lead = {'Email': c['email'].strip().lower(), 'Phone': c['mobilephone'] or
c['phone'], 'Company': c['company'] or 'Unknown'}", if/elif/else blocks that set one variable,
"if c['phone'].strip(): lead['Phone'] = to_e164(c['phone'])" for a key sent only when filled,
"if c['lifecyclestage'] == 'customer': return None  # skip" for the records left out, f-strings
for joined text, 'tags.append(...)' for conditional tags and '#' comments saying the rest.

Each destination key is one rule, so each is said again as one line in the words the grammar
reads ('Email <- email, trimmed and in lower case', 'Phone <- mobilephone, else phone, left out
when empty', 'LeadSource from hs_analytics_source: 'ORGANIC_SEARCH' -> 'Web', otherwise ->
'Other'', 'Rating = 'Hot' if annualrevenue is more than 10000000, otherwise 'Warm'', 'Skip
records where lifecyclestage is 'customer'.'). python_regions finds the code in a text (the
longest runs of lines that parse and read a record into a mapping), python_reader reads each
region with the ast module and says its rules; this module puts the rules, the code kept and the
comments back in the text's place.

The comments mostly say again what the code says, and a default or a fallback said twice is read
as two; so a comment on a rule's lines is its note only where it says what an empty value does
and the rule does not, a comment that defines a helper the rule names ('# tc(s) = title case') is
said by the rule's format, and the other comments are sentences after the rules. A statement this
module cannot say keeps its code (the grammar asks about it) and a text without such a region
comes back as it was written: a wrong reading is worse than a question.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from syncwright.mapping.draft.python_reader import Reader, Span, span
from syncwright.mapping.draft.python_regions import (
    comment_only,
    comments,
    fences,
    helper_notes,
    learned,
    prose_reads,
    region,
)

# the words of a note that say what an empty value does (the rest of a note restates the code)
_EMPTY_WORDS = re.compile(r"\b(?:empty|blank|missing|whitespace|spaces|null)\b", re.I)
# a rule that says what an empty value does already, or a filter (a note there is said twice)
# what blank means, said in a note ('blank (None / "" / spaces)'): every rule reads it so already
_WHAT_BLANK_IS = re.compile(r"\s*\((?:[^()]*?\b(?:None|null|spaces|whitespace)\b[^()]*)\)")
# a note saying the key is left out when the value is empty
_LEFT_OUT = re.compile(
    r"\b(?:blank|empty|missing|null|none)\b[^;]*?(?:->|→|=>|:|means|then)\s*(?:omit|drop|skip|leave(?:\s+(?:the|this|that))?\s+(?:\w+\s+)?out|"
    r"(?:don'?t|do not|never)\s+(?:send|write|set)|no\s+(?:[\w.]+\s+)?(?:key|trait|field|property|param)|no\s+[\w.]+\s+at\s+all|"
    r"(?:the\s+)?(?:key|trait|field|property)\s+(?:is\s+)?(?:not sent|absent|left out|omitted|dropped))"
    r"|\bonly\s+(?:when|if)\s+(?:[\w/ .]+\s+)?(?:is\s+)?(?:non-?blank|non-?empty|not\s+(?:blank|empty)|filled|present)\b",
    re.I)
# a note saying a value takes an empty one's place: 'blank -> "Rider"', '... -> "unknown" instead'
_INSTEAD = re.compile(r"""\b(?:blank|empty|missing|null|none)\b[^;]*?(?:->|→|=>)\s*(?P<v>"[^"]*"|'[^']*')(?:\s+instead)?\s*$""", re.I)
_SAYS_EMPTY = ("; if empty", "left out when empty", ", else ", " is empty", "otherwise", "Skip records", "Only records", "Add the tag ",
               "tags = empty list")


@dataclass
class _Region:
    """A run of lines read as code: where it is, its reader, its rules and the statements kept."""

    start: int
    end: int
    shift: int  # 1 for dict entries read inside braces of their own
    reader: Reader
    items: list[tuple[int, str, list[Span]]]
    kept: list[Span]


def _read(lines: list[str], i: int, helpers: dict[str, str]) -> _Region | None:
    """The region that opens at line ``i``, read; None when there is none or it says nothing."""
    found = region(lines, i)
    if found is None:
        return None
    end, tree, shift = found
    r = Reader(helpers=helpers)
    r.prescan(tree)
    kept = [span(s) for s in tree.body if not r.attempt(lambda s=s: r.statement(s))]  # type: ignore[misc]
    items = list(r.said)
    for line, said, spans, keep in r.lines():
        if said is None:
            kept += keep
        else:
            items.append((line, said, spans))
    kept += r.kept + [loc.span for name, loc in r.env.items() if name not in r.used]  # a local no rule reads: as written
    return _Region(i, end, shift, r, items, kept) if items else None


def _say(lines: list[str], g: _Region, dropped: set[int]) -> list[str]:
    """A region's lines: its rules (a comment on a rule's lines saying what an empty value does
    as its note) and the statements it cannot say as written, in order, then its other comments."""
    src = textwrap.dedent("\n".join(lines[g.start : g.end]))
    by_line = comments("{\n" + src + "\n}" if g.shift else src)

    def at(n: int) -> int:
        return g.start + n - 1 - g.shift  # a tree line's index in ``lines``

    def inside(n: int) -> bool:
        return g.start <= at(n) < g.end

    kept = {n for a, b in g.kept for n in range(a, b + 1) if inside(n)}
    taken = set(kept) | {n for n in by_line if at(n) in dropped}
    out: list[tuple[int, str]] = [(n, lines[at(n)]) for n in kept]
    def whole(n: int) -> bool:  # a '#' line of the region
        return n in by_line and inside(n) and comment_only(lines[at(n)])

    def below(last: int) -> list[int]:  # the '#' lines under a dict's last entry, before its closing bracket
        run = _comment_run(last + 1, 1, whole)
        return run if inside(end := last + 1 + len(run)) and lines[at(end)].strip()[:1] in ("}", "]", ")") else []

    for line, said, spans in g.items:
        mine = sorted({n for a, b in spans for n in range(a, b + 1) if n in by_line and inside(n) and not comment_only(lines[at(n)])}
                      | {n for a, _ in spans for n in _comment_run(a - 1, -1, whole)} | {n for _, b in spans for n in below(b)})
        notes = [by_line[n] for n in mine if n not in taken]
        taken |= set(mine)
        out.append((line, _noted(said, notes)))
    out.sort(key=lambda t: t[0])
    rest = sorted([(n, c) for n, c in by_line.items() if n not in taken and c] + g.reader.notes)
    return [t for _, t in out] + [c for _, c in rest]


def _comment_run(first: int, step: int, whole: Callable[[int], bool]) -> list[int]:
    """The '#' lines from ``first`` on, one way: those right over a statement are what it does said
    again ('# opted out -> keep them out of SF too' over its filter), those right under a dict's last
    entry before its closing bracket are that entry's ('# [:10] = YYYY-MM-DD' under the Description
    built of it); either is its note like a comment beside it."""
    out: list[int] = []
    n = first
    while whole(n):
        out.append(n)
        n += step
    return out


def _noted(said: str, notes: list[str]) -> str:
    """A rule with what its comments say of an empty value as its note in brackets (the rest of a
    comment says the code again, and a default or a fallback said twice is read as two); a note
    that the key is left out then ('blank -> omit this key', 'only if non-blank; blank -> no
    birthday trait at all') or that a value takes its place ('blank -> "Rider"') is said in the
    rule's own words."""
    clauses = [_WHAT_BLANK_IS.sub("", c).strip() for n in notes for c in re.split(r";\s*|\.\s+", n) if _EMPTY_WORDS.search(c)]
    clauses = [c for c in clauses if c]
    if " <- " in said and "; if empty" not in said and "left out" not in said and any(_LEFT_OUT.search(c) for c in clauses):
        return f"{said}, left out when empty"
    if any(w in said for w in _SAYS_EMPTY):
        return said
    instead = [m for c in clauses if (m := _INSTEAD.search(c)) is not None]
    if " <- " in said and len(instead) == 1:
        value = instead[0]["v"][1:-1]
        return f"{said}; if empty, " + (f'"{value}"' if "'" in value else f"'{value}'")
    return f"{said} ({'; '.join(clauses)})" if clauses else said


def python_code(text: str) -> str:
    """``text`` with each region of Python code said as one line per rule, its comments after it."""
    if "['" not in text and '["' not in text and ".get(" not in text:
        return text
    lines = text.split("\n")
    notes = helper_notes(lines)
    helpers = learned(lines, notes)
    regions: list[_Region] = []
    i = 0
    while i < len(lines):
        g = _read(lines, i, helpers) if lines[i].strip() and not comment_only(lines[i]) else None
        if g is not None:
            regions.append(g)
        i = g.end if g is not None else i + 1
    if not regions:
        return text
    dropped = {k for g in regions for name in g.reader.helpers_used for k in notes.get(name, [])}  # said by the rule's format
    records = {n for g in regions for n in g.reader.records}
    out: list[str] = []
    k = 0
    dropped |= {n for g in regions for n in fences(lines, g.start, g.end)}
    for g in [*regions, None]:
        upto = g.start if g is not None else len(lines)
        out += [prose_reads(ln, records) for n, ln in enumerate(lines[k:upto], k) if n not in dropped]
        if g is not None:
            out += _say(lines, g, dropped)
            k = g.end
    return "\n".join(ln.lstrip()[1:].strip() if comment_only(ln) else ln for ln in out)

"""The plain text a canonical-wording row cannot match without, so a sentence lacking it skips
the row's regex.

Why: canon.yaml holds about 2,500 case-insensitive rows and every sentence goes through all
of them in order; ``re`` finds no literal prefix to jump to in a case-insensitive pattern, so
each row scanned the whole sentence. A few substring tests on the lowered sentence are many
times cheaper and most rows fail them.

A row's requirement is a tuple of clauses, each a tuple of words of which at least one must
be in the sentence. The reading is deliberately narrow: only ASCII letters, spaces and
characters with no case that are not metacharacters (digits, punctuation, ⟦⟧) count; a
quantified token or group, a class, an escape, a lookaround, a back-reference and a
conditional count as 'anything'; a pattern starting with inline flags has no requirement.
What it returns therefore holds for every match (lowered), and skipping a row that fails it
changes nothing (tests/mapping_draft/test_required_words.py checks both directions).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Requirement = tuple[tuple[str, ...], ...]

_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SPECIAL = frozenset(".^$*+?{}[]\\|()#")
_QUANTIFIERS = frozenset("?*+{")
# characters that re's case-insensitive matching takes for an ASCII letter (dotted and
# dotless i, long s, the Kelvin sign): a sentence holding one is never filtered
UNFOLDED = frozenset("\u0130\u0131\u017f\u212a")
SHORTEST = 2
_FLAG_LETTERS = frozenset("aiLmsux-")


def _plain(c: str) -> bool:
    """A pattern character that matches only itself, or its other case if an ASCII letter."""
    if c in _ASCII_LETTERS or c == " ":
        return True
    return c not in _SPECIAL and not c.isspace() and c.lower() == c == c.upper()


def _skip_class(p: str, i: int) -> int:
    """The index just past the character class opening at ``p[i]`` ('[')."""
    i += 1
    if i < len(p) and p[i] == "^":
        i += 1
    if i < len(p) and p[i] == "]":
        i += 1  # a ']' first in a class is itself a member
    while i < len(p) and p[i] != "]":
        i += 2 if p[i] == "\\" else 1
    return i + 1


def _structure(p: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) for each '(', ')' and '|' of ``p`` from ``start``;
    escapes and classes are stepped over."""
    depth, i = 0, start
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(p, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if c in "()|":
            yield i, c, depth
        i += 1


def _group_end(p: str, i: int) -> int:
    """The index of the ')' closing the group opening at ``p[i]``, or -1."""
    return next((k for k, c, depth in _structure(p, i) if c == ")" and depth == 0), -1)


def _alternatives(p: str) -> list[str]:
    """``p`` split at its top-level '|'."""
    cuts = [k for k, c, depth in _structure(p) if c == "|" and depth == 0]
    return [p[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(p)], strict=True)]


def _group_body(group: str) -> str | None:
    """The body of a capturing or non-capturing group; None for any other kind."""
    if not group.startswith("(?"):
        return group[1:-1]
    if group.startswith("(?:"):
        return group[3:-1]
    if group.startswith("(?P<"):
        close = group.find(">")
        return group[close + 1 : -1] if close > 0 else None
    return None


def _sequence(p: str) -> list[tuple[str, ...]] | None:
    """The clauses of a pattern with no top-level '|'; None where it cannot be read."""
    clauses: list[tuple[str, ...]] = []
    run, i = "", 0

    def close_run(drop_last: bool) -> None:
        nonlocal run
        text = run[:-1] if drop_last else run
        if len(text.strip()) >= SHORTEST:
            clauses.append((text.lower(),))
        run = ""

    while i < len(p):
        c = p[i]
        nxt = i + 1
        if c == "\\":
            close_run(False)
            nxt = i + 2
        elif c == "[":
            close_run(False)
            nxt = _skip_class(p, i)
        elif c == "(":
            close_run(False)
            end = _group_end(p, i)
            if end < 0:
                return None
            nxt = end + 1
            quantified = nxt < len(p) and p[nxt] in _QUANTIFIERS
            body = _group_body(p[i : end + 1])
            if body is not None and not quantified:
                clauses.extend(requirement_of(body))
        elif c in _QUANTIFIERS:
            close_run(True)  # the quantified character may be absent or repeated
            if c == "{":
                close = p.find("}", i)
                nxt = close + 1 if close > 0 else nxt
        elif _plain(c):
            run += c
        else:
            close_run(False)
        i = nxt
    close_run(False)
    return clauses


def requirement_of(p: str) -> Requirement:
    """The clauses every match of ``p`` satisfies (empty when nothing can be said)."""
    alts = _alternatives(p)
    if len(alts) == 1:
        return tuple(_sequence(p) or ())
    words: list[str] = []
    for alt in alts:
        singles = [c[0] for c in _sequence(alt) or () if len(c) == 1]
        if not singles:
            return ()  # one alternative needs no word: the alternation needs none
        words.append(max(singles, key=len))
    return (tuple(words),)


def required_words(pattern: str) -> Requirement:
    """What every match of ``pattern`` (compiled with ``re.I`` only) contains, lower-cased."""
    if pattern.startswith("(?") and pattern[2:3] in _FLAG_LETTERS:
        return ()  # inline flags: '(?x)' would make spaces mean nothing
    return requirement_of(pattern)


Key = str | re.Pattern[str] | None


def key_of(requirement: Requirement) -> Key:
    """The one test a row's sentence must pass, cheapest to run: its longest required word,
    else a pattern for one of its alternatives (lowered, matched case-sensitively), else None
    (run the row). One test keeps the check far cheaper than the regex it saves."""
    singles = [c[0] for c in requirement if len(c) == 1]
    if singles:
        return max(singles, key=len)
    if requirement:
        return re.compile("|".join(re.escape(w) for w in requirement[0]))
    return None


def may_match(key: Key, lowered: str) -> bool:
    """False only when ``lowered`` (a sentence, lower-cased, with no ``UNFOLDED`` character)
    fails ``key``."""
    if key is None:
        return True
    if isinstance(key, str):
        return key in lowered
    return key.search(lowered) is not None

"""The JSON-ish objects of a text (round 40) and their trees, read leniently.

A data engineer types a mapping spec as an object that no JSON parser takes: keys in single
quotes or none, trailing commas, '//' and '/* */' comments that say intent, backtick templates,
bare words (OMIT, true). This module finds each such object (a '{' opening a line, closed by its
own '}') and reads it into entries, keys and values; a trailing comment (or a '// ^' line under
an entry) becomes a note of the entry it follows. Nothing here decides what a key means.

Why not a JSON5 parser (json5, pyjson5): these objects break JSON5 too (bare words as values,
backtick templates, a missing comma), a parser refuses the whole object for one slip where this
reader loses only that entry, and the comments it drops are part of the spec here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"""(?P<ws>\s+)|(?P<lc>//[^\n]*)|(?P<bc>/\*.*?\*/)|(?P<str>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`]*`)"""
    r"""|(?P<punct>[{}\[\]:,])|(?P<word>[^\s{}\[\]:,'"`/]+(?:/(?![/*])[^\s{}\[\]:,'"`/]*)*)""",
    re.S,
)


@dataclass
class Val:
    """A value: 'obj' (entries), 'arr' (items), 'str' (a quoted text; quote is its mark) or 'word'."""

    kind: str
    text: str = ""
    quote: str = ""
    entries: list[Entry] = field(default_factory=list)
    items: list[Val] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def get(self, *keys: str) -> Entry | None:
        """The first entry whose folded key is one of ``keys``."""
        return next((e for e in self.entries if fold(e.key) in keys), None)


@dataclass
class Entry:
    key: str
    value: Val
    line: int
    end: int = 0  # the line its value ends on
    notes: list[str] = field(default_factory=list)


def fold(key: str) -> str:
    """A key as compared: lower case, no separators ('if_empty', 'ifEmpty' -> 'ifempty')."""
    return re.sub(r"[^a-z0-9*.>=<!]", "", key.lower())


def words(key: str) -> list[str]:
    """A key's words ('whenBothEmpty' -> when, both, empty)."""
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", key)]


class _Bad(Exception):
    pass


class _Parser:
    def __init__(self, text: str, start: int) -> None:
        self.toks: list[tuple[str, str, int, int]] = []  # kind, text, line, end offset
        pos, line, depth = start, text.count("\n", 0, start), 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None:
                raise _Bad
            kind = m.lastgroup or ""
            if kind != "ws":
                self.toks.append((kind, m.group(), line, m.end()))
            if kind == "punct" and m.group() in "{[":
                depth += 1
            elif kind == "punct" and m.group() in "}]":
                depth -= 1
                if depth == 0:
                    break
            line += m.group().count("\n")
            pos = m.end()
        if depth:
            raise _Bad
        self.i = 0
        self.end = pos + 1

    def _skip_comments(self, into: list[str] | None = None) -> None:
        while self.i < len(self.toks) and self.toks[self.i][0] in ("lc", "bc"):
            if into is not None:
                into.append(_comment_text(self.toks[self.i][1]))
            self.i += 1

    def _next(self) -> tuple[str, str, int, int]:
        self._skip_comments()
        if self.i >= len(self.toks):
            raise _Bad
        t = self.toks[self.i]
        self.i += 1
        return t

    def value(self) -> Val:
        kind, tx, _, _ = self._next()
        if kind == "punct" and tx == "{":
            return self._obj()
        if kind == "punct" and tx == "[":
            return self._arr()
        if kind == "str":
            return Val("str", tx[1:-1], tx[0])
        if kind == "word":
            return Val("word", tx)
        raise _Bad

    def _trailing(self, line: int, notes: list[str]) -> None:
        """Comments on the line a value ended on, and '// ^' lines under it, are its notes."""
        while self.i < len(self.toks) and self.toks[self.i][0] in ("lc", "bc"):
            kind, tx, ln, _ = self.toks[self.i]
            body = _comment_text(tx)
            if ln == line or body.startswith("^") or (kind == "bc" and ln == line + 1):
                notes.append(body.lstrip("^ ").strip())
                self.i += 1
            else:
                break

    def _obj(self) -> Val:
        out = Val("obj")
        while True:
            self._skip_comments(out.notes)
            kind, tx, line, _ = self._next()
            if kind == "punct" and tx == "}":
                return out
            if kind not in ("str", "word"):
                raise _Bad
            key = tx[1:-1] if kind == "str" else tx
            if self._next()[1] != ":":
                raise _Bad
            v = self.value()
            end_line = self.toks[self.i - 1][2]
            entry = Entry(key, v, line, end_line)
            out.entries.append(entry)
            self._skip_inline(entry.notes, end_line)
            _, t2, _, _ = self._next()
            if t2 == ",":
                self._trailing(end_line, entry.notes)
                continue
            if t2 == "}":
                return out
            raise _Bad

    def _skip_inline(self, notes: list[str], line: int) -> None:
        """A comment between a value and its comma ('as: 'int' /* whole number */,')."""
        while (
            self.i < len(self.toks)
            and self.toks[self.i][0] in ("lc", "bc")
            and self.toks[self.i][2] == line
        ):
            notes.append(_comment_text(self.toks[self.i][1]))
            self.i += 1

    def _arr(self) -> Val:
        out = Val("arr")
        while True:
            self._skip_comments(out.notes)
            if self.i < len(self.toks) and self.toks[self.i][1] == "]":
                self.i += 1
                return out
            v = self.value()
            out.items.append(v)
            end_line = self.toks[self.i - 1][2]
            self._skip_inline(v.notes, end_line)
            _, t2, _, _ = self._next()
            if t2 == ",":
                self._trailing(end_line, v.notes)
                continue
            if t2 == "]":
                return out
            raise _Bad


def _comment_text(tx: str) -> str:
    return tx[2:-2].strip() if tx.startswith("/*") else tx[2:].strip()


@dataclass
class Region:
    """An object's lines ``start:end`` (its comment lines just over and under included), its tree,
    and the comments over and under it."""

    start: int
    end: int
    tree: Val
    notes: list[str]


_COMMENT_LINE = re.compile(r"^\s*(?://|/\*|\*)")


def objects(text: str) -> list[Region]:
    """Each JSON-ish object that opens a line and closes on a line of its own."""
    lines = text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    out: list[Region] = []
    n = 0
    while n < len(lines):
        if not lines[n].lstrip().startswith("{"):
            n += 1
            continue
        start = offsets[n] + lines[n].index("{")
        try:
            p = _Parser(text, start)
            tree = p.value()
        except _Bad:
            n += 1
            continue
        last = text.count("\n", 0, p.end - 1)
        rest = text[p.end : offsets[last + 1]].strip()
        if rest and not rest.startswith(("//", "/*")) and rest not in (",", ";"):
            n += 1
            continue
        notes = [_comment_text(rest)] if rest.startswith(("//", "/*")) else []
        s, e = n, last + 1
        while s > 0 and re.match(r"^\s*//", lines[s - 1]):
            s -= 1
            notes.insert(0, _comment_text(lines[s].strip()))
        e, under = _comments_under(lines, e)
        out.append(Region(s, e, tree, notes + under))
        n = e
    return out


def _comments_under(lines: list[str], e: int) -> tuple[int, list[str]]:
    """The '//' lines and '/* */' blocks right under an object."""
    notes: list[str] = []
    while e < len(lines) and _COMMENT_LINE.match(lines[e]) and lines[e].strip():
        if lines[e].lstrip().startswith("/*"):
            k = e
            while k < len(lines) and "*/" not in lines[k]:
                k += 1
            if k >= len(lines):
                break
            notes.append(" ".join(x.strip() for x in lines[e : k + 1]).strip("/* "))
            e = k + 1
            continue
        if not lines[e].lstrip().startswith("//"):
            break
        notes.append(_comment_text(lines[e].strip()).lstrip("^ "))
        e += 1
    return e, notes

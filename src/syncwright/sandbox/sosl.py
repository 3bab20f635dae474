"""A SOSL subset for ``GET /search?q=``: ``FIND {term} [IN ALL|NAME|EMAIL|PHONE FIELDS]
[RETURNING Object [(fields [WHERE ...] [ORDER BY ...] [LIMIT n])], ...] [LIMIT n]``.

The term is matched case-insensitively against the searchable text fields of the scope
(``*`` is a wildcard; several words must all appear). Each ``RETURNING`` clause is parsed
by the SOQL grammar (``SELECT fields FROM Object ...``), so fields, WHERE, ORDER BY and
LIMIT mean what they mean there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .soql import Parser, Query, Schema, SoqlError, Token

SCOPES = {"ALL": None, "NAME": {"string"}, "EMAIL": {"email"}, "PHONE": {"phone"}}
TEXT_TYPES = {"string", "email", "phone", "url", "textarea", "picklist"}


@dataclass
class Search:
    words: list[re.Pattern[str]]
    scope: set[str] | None  # field types searched; None = all text fields
    returning: list[Query]
    limit: int | None


def _malformed(message: str) -> SoqlError:
    return SoqlError("MALFORMED_SEARCH", message)


def parse_search(sosl: str, objects: dict[str, Any]) -> Search:
    text = sosl.strip()
    match = re.match(r"(?is)FIND\s*\{((?:\\.|[^}\\])*)\}", text)
    if match is None:
        raise _malformed("No search term found. The search term must be enclosed in braces.")
    term = re.sub(r"\\(.)", r"\1", match[1]).strip()
    if len(term.replace("*", "")) < 2:
        raise SoqlError("INVALID_SEARCH", "search term must be longer than one character")
    words = [re.compile(re.escape(w).replace(r"\*", ".*"), re.IGNORECASE)
             for w in term.split() if w.strip("*")]
    rest = Parser(text[match.end():] or " ", Schema(objects))
    tokens = rest.tokens
    i = 0
    scope: set[str] | None = None
    returning: list[Query] = []
    limit = None
    while i < len(tokens):
        word = tokens[i].upper
        if word == "IN" and i + 2 < len(tokens) and tokens[i + 2].upper == "FIELDS":
            if tokens[i + 1].upper not in SCOPES:
                raise _malformed(f"unexpected token: '{tokens[i + 1].text}'")
            scope = SCOPES[tokens[i + 1].upper]
            i += 3
        elif word == "RETURNING":
            i += 1
            while i < len(tokens) and tokens[i].kind == "name":
                i, query = _returning(rest, tokens, i, objects)
                returning.append(query)
                if i < len(tokens) and tokens[i].text == ",":
                    i += 1
                else:
                    break
        elif word == "LIMIT" and i + 1 < len(tokens) and tokens[i + 1].text.isdigit():
            limit = int(tokens[i + 1].text)
            i += 2
        else:
            raise _malformed(f"unexpected token: '{tokens[i].text}'")
    if not returning:
        for name in objects:
            sub = Parser(f"SELECT Id FROM {name}", Schema(objects)).parse()
            returning.append(sub)
    return Search(words, scope, returning, limit)


def _returning(parser: Parser, tokens: list[Token], i: int, objects: dict[str, Any]
               ) -> tuple[int, Query]:
    name = tokens[i].text
    if i + 1 < len(tokens) and tokens[i + 1].text == "(":
        depth, j = 0, i + 1
        for j in range(i + 1, len(tokens)):
            depth += (tokens[j].text == "(") - (tokens[j].text == ")")
            if depth == 0:
                break
        inner = tokens[i + 2:j]
        split = next((k for k, t in enumerate(inner)
                      if t.upper in ("WHERE", "ORDER", "LIMIT", "OFFSET")), len(inner))
        fields = parser.soql[inner[0].pos:inner[split - 1].pos + len(inner[split - 1].text)] \
            if split else "Id"
        tail = parser.soql[inner[split].pos:inner[-1].pos + len(inner[-1].text)] \
            if split < len(inner) else ""
        query = Parser(f"SELECT {fields} FROM {name} {tail}", Schema(objects)).parse()
        return j + 1, query
    return i + 1, Parser(f"SELECT Id FROM {name}", Schema(objects)).parse()


def matches(search: Search, obj: Any, row: dict[str, Any], value: Any) -> bool:
    """Whether every word appears in one of the row's searchable fields."""
    texts = []
    for f in obj.fields:
        if f.type in TEXT_TYPES and (search.scope is None or f.type in search.scope or (
                search.scope == {"string"} and f.name == "Name")):
            v = value(obj.name, row, f.name)
            if v:
                texts.append(str(v))
    return all(any(w.search(t) for t in texts) for w in search.words)

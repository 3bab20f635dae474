"""Canonical wording: the many ways people phrase one intent rewritten to the one form the
grammar reads, from a data table (data/canon.yaml), before a sentence is split into clauses.

Why a table: new wording should be a new row of data (a synonym, a sentence shape), not a new
branch in the grammar. Quoted values are already placeholders (⟦0⟧) when this runs, so a
rewrite never touches what the person quoted.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    raw = yaml.safe_load(resources.files("syncwright.mapping.draft").joinpath("data/canon.yaml").read_text(encoding="utf-8"))
    out: list[tuple[re.Pattern[str], str]] = []
    for group in raw.values():
        for pattern, repl in group:
            out.append((re.compile(pattern, re.I), repl))
    return tuple(out)


def canonical(sentence: str) -> str:
    """``sentence`` (placeholders in) in canonical wording; spacing tidied after the rewrites."""
    s = sentence
    for rx, repl in _rewrites():
        s = rx.sub(repl, s)
    s = re.sub(r"\s{2,}", " ", s)
    s = re.sub(r"\s+([,;:.])", r"\1", s)
    return s.strip(" ,")

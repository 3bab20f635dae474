"""A wider cache for the ``re`` module's compiled patterns while drafting.

Why: the grammar and its passes call ``re.match``/``re.sub`` with a few thousand distinct
pattern strings, and ``re`` keeps only the last 512 it compiled, so each sentence compiled
again patterns the previous one had just evicted (about sixty per text: a fifth of the
drafter's time). Compiling each once at import would mean rewriting hundreds of call sites;
widening the cache does the same for all of them. ``_MAXCACHE`` is CPython's own knob (3.11
to 3.13); where it is missing nothing changes but speed.
"""

from __future__ import annotations

import re

PATTERNS_KEPT = 8192


def widen() -> None:
    """Let ``re`` keep ``PATTERNS_KEPT`` compiled patterns (never fewer than it already keeps)."""
    if isinstance(getattr(re, "_MAXCACHE", None), int):
        re._MAXCACHE = max(re._MAXCACHE, PATTERNS_KEPT)  # type: ignore[attr-defined]

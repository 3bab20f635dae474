"""Agreement levels of one field between two records: the single definition that both the
exact scorer (``linker.score_features``) and the vectorised pre-score use."""

from __future__ import annotations

from rapidfuzz.distance import JaroWinkler

from .normalize import same_first_name


def first_level(a: str, b: str, threshold: float) -> str:
    """exact / nickname / fuzzy (Jaro-Winkler >= threshold) / initial / different."""
    if a == b:
        return "exact"
    if same_first_name(a, b):
        return "nickname"
    if JaroWinkler.normalized_similarity(a, b) >= threshold:
        return "fuzzy"
    if a[0] == b[0] and (len(a) == 1 or len(b) == 1):
        return "initial"
    return "different"


def last_level(a: str, b: str, threshold: float) -> str:
    if a == b:
        return "exact"
    if JaroWinkler.normalized_similarity(a, b) >= threshold:
        return "fuzzy"
    return "different"


company_level = last_level  # exact / fuzzy / different, the same way

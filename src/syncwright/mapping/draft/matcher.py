"""Ranking fields for a phrase or for another object's field (rapidfuzz + vocabulary + samples).

Evidence, strongest first: the exact field name; its name split into words or its label; a
vocabulary concept both sides share (given name = FNAME = firstName); fuzzy similarity of
names and labels (typos); the sample values (emails, phones, dates, picklist values).
Every candidate carries the reasons, so the explanation can say why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from rapidfuzz import fuzz, process

from syncwright.mapping.draft.fields import FieldDesc, ObjectFields
from syncwright.mapping.draft.text import norm
from syncwright.mapping.draft.vocabulary import Vocabulary, vocabulary

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().-]{7,}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def split_words(name: str) -> str:
    """``HasOptedOutOfEmail`` -> ``has opted out of email``; ``hs_email_optout`` -> ``hs email optout``."""
    return norm(_CAMEL.sub(" ", name.replace(".", " ")))


@dataclass(frozen=True)
class Candidate:
    field: FieldDesc
    score: float
    why: str


def _value_kind(values: Iterable[Any]) -> str | None:
    seen = [str(v).strip() for v in values if v not in (None, "") and str(v).strip()]
    if not seen:
        return None
    for kind, pattern in (("email", _EMAIL), ("date", _DATE), ("number", _NUMBER), ("phone", _PHONE)):
        if sum(1 for v in seen if pattern.match(v)) >= max(1, int(0.8 * len(seen))):
            return kind
    return None


_KIND_TYPES = {
    "email": {"email"},
    "phone": {"phone"},
    "date": {"date", "datetime"},
    "number": {"number", "integer", "currency", "double", "int"},
}


class FieldMatcher:
    """Knows one object's fields by every name a person might use for them."""

    def __init__(self, obj: ObjectFields, vocab: Vocabulary | None = None, use_listed: bool = True) -> None:
        self.obj = obj
        self.vocab = vocab or vocabulary()
        # use_listed=False: concepts only from names/labels (how a custom field is matched)
        self.use_listed = use_listed

    @cached_property
    def concepts(self) -> dict[str, list[str]]:
        """field path -> concept names (listed for this object, or a word equal to its name/label)."""
        out: dict[str, list[str]] = {}
        for f in self.obj.fields:
            names = {norm(f.leaf), split_words(f.leaf), norm(f.label)} - {""}
            for c in self.vocab.concepts.values():
                listed = self.use_listed and f.path in c.fields.get(self.obj.ref, ())
                if listed or (names & set(c.words) and (not self.use_listed or self.obj.ref not in c.fields)):
                    out.setdefault(f.path, []).append(c.name)
        return out

    @cached_property
    def lexicon(self) -> dict[str, list[tuple[str, float, str]]]:
        """normalised phrase -> [(field path, score, why)], best first."""
        lex: dict[str, dict[str, tuple[float, str]]] = {}

        def add(phrase: str, path: str, score: float, why: str) -> None:
            p = norm(phrase)
            if not p:
                return
            cur = lex.setdefault(p, {})
            if path not in cur or cur[path][0] < score:
                cur[path] = (score, why)

        for f in self.obj.fields:
            depth_penalty = 0.01 * f.path.count(".")
            add(f.path, f.path, 1.0, f"field name {f.path}")
            add(split_words(f.path), f.path, 0.97, f"field name {f.path}")
            add(f.leaf, f.path, 0.96 - depth_penalty, f"field name {f.path}")
            add(split_words(f.leaf), f.path, 0.95 - depth_penalty, f"field name {f.path}")
            if f.label:
                add(f.label, f.path, 0.92 - depth_penalty, f"label '{f.label}'")
            for cname in self.concepts.get(f.path, []):
                for w in self.vocab.concepts[cname].words:
                    add(w, f.path, 0.85 - depth_penalty, f"synonym ({cname})")
        return {
            p: sorted(((path, s, w) for path, (s, w) in d.items()), key=lambda t: -t[1])
            for p, d in lex.items()
        }

    @cached_property
    def _keys(self) -> list[str]:
        return list(self.lexicon)

    def lookup(self, phrase: str, fuzzy: bool = True) -> list[Candidate]:
        """Fields this phrase names, best first: exact forms, then close spellings (typos)."""
        p = norm(phrase)
        hits = self.lexicon.get(p)
        if hits:
            return [Candidate(self._field(path), s, w) for path, s, w in hits]
        if not fuzzy or len(p) < 4:
            return []
        found = process.extract(p, self._keys, scorer=fuzz.ratio, limit=3, score_cutoff=84)
        # a typo keeps its first letter ('compnay', 'adress'); an ordinary word that happens to
        # be close to a field name usually does not ('treating' is not 'rating')
        found = [f for f in found if f[0][:1] == p[:1]]
        out: dict[str, Candidate] = {}
        for key, score, _ in found:
            for path, s, w in self.lexicon[key]:
                sc = s * score / 100 * 0.95
                if path not in out or out[path].score < sc:
                    out[path] = Candidate(self._field(path), sc, f"close to '{key}' ({w})")
        return sorted(out.values(), key=lambda c: -c.score)

    def _field(self, path: str) -> FieldDesc:
        f = self.obj.get(path)
        assert f is not None
        return f

    def rank_phrase(self, phrase: str, limit: int = 5) -> list[Candidate]:
        """Ranked fields for a free phrase (open questions): exact/synonym first, then fuzzy."""
        direct = self.lookup(phrase)
        if direct:
            return direct[:limit]
        p = norm(phrase)
        found = process.extract(p, self._keys, scorer=fuzz.token_set_ratio, limit=20, score_cutoff=60)
        out: dict[str, Candidate] = {}
        for key, score, _ in found:
            for path, s, w in self.lexicon[key]:
                sc = s * score / 100 * 0.8
                if path not in out or out[path].score < sc:
                    out[path] = Candidate(self._field(path), sc, f"similar to '{key}' ({w})")
        return sorted(out.values(), key=lambda c: -c.score)[:limit]

    def rank_for_field(
        self,
        source: FieldDesc,
        source_concepts: Sequence[str],
        samples: Sequence[Any] = (),
        limit: int = 5,
    ) -> list[Candidate]:
        """Ranked fields of this object for another object's field (names, concepts, samples)."""
        kind = _value_kind(samples)
        sample_set = {str(v) for v in samples if v not in (None, "")}
        src_names = {norm(source.leaf), split_words(source.leaf), norm(source.label)} - {""}
        scored: list[Candidate] = []
        for f in self.obj.fields:
            why: list[str] = []
            score = 0.0
            shared = set(source_concepts) & set(self.concepts.get(f.path, []))
            if shared:
                score = 0.9
                why.append(f"same concept ({', '.join(sorted(shared))})")
            names = {norm(f.leaf), split_words(f.leaf), norm(f.label)} - {""}
            if src_names & names:
                score = max(score, 0.95) + 0.03
                why.append("same name")
            else:
                sim = max(fuzz.token_sort_ratio(a, b) for a in src_names for b in names) / 100
                if sim * 0.85 > score:
                    score = sim * 0.85
                    why.append(f"similar name ({sim:.2f})")
            if kind and f.type in _KIND_TYPES.get(kind, ()):
                score += 0.05
                why.append(f"sample values look like {kind}s")
            if sample_set and f.values and sample_set <= set(f.values):
                score += 0.08
                why.append("sample values are its picklist values")
            score -= 0.005 * f.path.count(".")
            if score > 0.3:
                scored.append(Candidate(f, round(score, 4), "; ".join(why)))
        scored.sort(key=lambda c: -c.score)
        return scored[:limit]

"""The marketing vocabulary (data/vocabulary.yaml): concepts, their words, their fields."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from syncwright.mapping.draft.text import norm


@dataclass(frozen=True)
class Concept:
    name: str
    words: tuple[str, ...]  # normalised
    fields: dict[str, tuple[str, ...]]  # platform.object -> field paths


@dataclass(frozen=True)
class Vocabulary:
    concepts: dict[str, Concept]
    object_words: frozenset[str]
    value_words: dict[str, tuple[str, ...]]  # documented value -> other words for it

    def value_matches(self, documented: str, written: str) -> bool:
        """'MQLs' names marketingqualifiedlead; 'customers' names customer."""
        w = norm(written)
        d = norm(documented)
        if w == d or (w.endswith("s") and w[:-1] == d):
            return True
        return w in self.value_words.get(documented, ())

    def concepts_of_field(self, ref: str, path: str) -> list[Concept]:
        return [c for c in self.concepts.values() if path in c.fields.get(ref, ())]

    def concepts_of_phrase(self, phrase: str) -> list[Concept]:
        p = norm(phrase)
        return [c for c in self.concepts.values() if p in c.words]


@cache
def vocabulary() -> Vocabulary:
    text = resources.files("syncwright.mapping.draft").joinpath("data/vocabulary.yaml")
    data = yaml.safe_load(text.read_text(encoding="utf-8"))
    concepts = {}
    for name, spec in data["concepts"].items():
        concepts[name] = Concept(
            name=name,
            words=tuple(dict.fromkeys(norm(w) for w in spec.get("words", ()))),
            fields={ref: tuple(paths) for ref, paths in spec.get("fields", {}).items()},
        )
    values = {k: tuple(norm(w) for w in v) for k, v in (data.get("value_words") or {}).items()}
    return Vocabulary(concepts, frozenset(norm(w) for w in data.get("object_words", ())), values)

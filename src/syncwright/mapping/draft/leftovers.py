"""What the text asked for that no rule delivers: never drop a clause silently.

After the grammar has read every clause, a destination field the text names by its exact
API name (``email_address``, ``client_id``, ``traits.email``) in a sentence that produced no
rule for that field is reported as "I could not understand" with the clause, so the person
sees what was left out instead of discovering it in the output.
"""

from __future__ import annotations

from dataclasses import dataclass

from syncwright.mapping.draft.fields import ObjectFields
from syncwright.mapping.draft.ir import DraftPlan
from syncwright.mapping.draft.matcher import FieldMatcher
from syncwright.mapping.draft.mentions import find_mentions


@dataclass(frozen=True)
class Leftover:
    sentence: int
    clause: str  # as read (quotes restored)
    field: str


def leftovers(
    clauses: list[tuple[int, str, str]],
    plan: DraftPlan,
    src: ObjectFields,
    dm: FieldMatcher,
    object_words: frozenset[str],
    became: dict[int, list[str]] | None = None,
) -> list[Leftover]:
    """``clauses``: (sentence, clause text with placeholders, clause as written); ``became``:
    what each sentence became ('Website: left out when empty' counts as writing Website)."""
    written: dict[str, set[int]] = {}
    for r in plan.rules:
        written.setdefault(r.target, set()).update(r.sentences)
    for sentence, notes in (became or {}).items():
        for note in notes:
            head = note.split(":", 1)[0].split(" <- ", 1)[0].strip()
            written.setdefault(head, set()).add(sentence)
    filtered = {f.sentence for f in plan.filters}
    out: list[Leftover] = []
    seen: set[tuple[int, str]] = set()
    for sentence, text, shown in clauses:
        if sentence in filtered:
            continue
        for m in find_mentions(text, dm, object_words, fuzzy=False):
            path = m.best.path
            if not m.exact_case or m.text not in (path, m.best.leaf) or src.get(m.text) is not None:
                continue  # only names written exactly, and only names the source does not share
            if sentence in written.get(path, set()) or (sentence, path) in seen:
                continue
            seen.add((sentence, path))
            out.append(Leftover(sentence, shown, path))
    return out

"""What the text asked for that no rule delivers: never drop a clause silently.

Two checks. A field named and not written (below); and a format asked for and not applied
(``unapplied``): "formatted as E.164", "in capital letters", "as a number", "left out when
empty" in a clause whose sentence produced no rule applying it.

After the grammar has read every clause, a destination field the text names by its exact
API name (``email_address``, ``client_id``, ``traits.email``) in a sentence that produced no
rule for that field is reported as "I could not understand" with the clause, so the person
sees what was left out instead of discovering it in the output.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from syncwright.mapping.draft.fields import ObjectFields
from syncwright.mapping.draft.ir import Cases, Chain, DraftPlan, ListOf, Lookup, Src, Template
from syncwright.mapping.draft.matcher import FieldMatcher
from syncwright.mapping.draft.mentions import find_mentions
from syncwright.mapping.draft.text import words


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
    # a sentence that says a field gets no rule ('Birthdate isn't needed') names it on purpose
    filtered |= {s for s, notes in (became or {}).items() if any(n.startswith(NOT_WANTED_NOTE) for n in notes)}
    out: list[Leftover] = []
    seen: set[tuple[int, str]] = set()
    leaves: dict[int, set[str]] = {}
    for target, sentences in written.items():
        for s in sentences:
            leaves.setdefault(s, set()).add(target.rsplit(".", 1)[-1])
    src_labels = {f.label.lower() for f in src.fields if f.label}
    for sentence, text, shown in clauses:
        if sentence in filtered:
            continue
        toks = words(text)
        for m in find_mentions(text, dm, object_words, fuzzy=False):
            path = m.best.path
            if not m.exact_case or m.text not in (path, m.best.leaf) or src.get(m.text) is not None:
                continue  # only names written exactly, and only names the source does not share
            if m.end < len(toks) and toks[m.end].lower().startswith("case"):
                continue  # 'Title case' is a format, not the Title field
            if any(" ".join(toks[m.start : m.end + k]).lower() in src_labels for k in (1, 2) if m.end + k <= len(toks)):
                continue  # 'their Website URL': the start of a source field's label, not the destination's Website
            if sentence in written.get(path, set()) or m.best.leaf in leaves.get(sentence, set()) or (sentence, path) in seen:
                continue
            seen.add((sentence, path))
            out.append(Leftover(sentence, shown, path))
    return out


def _transform_names(v: object) -> set[str]:
    """Every transform a value applies, wherever it sits (fallbacks, branches, templates)."""
    if isinstance(v, Src):
        return {t.name for t in v.transforms}
    if isinstance(v, Template):
        return set().union(*(_transform_names(p) for p in v.parts)) if v.parts else set()
    if isinstance(v, Chain):
        return set().union(*(_transform_names(o) for o in v.options)) if v.options else set()
    if isinstance(v, Cases):
        out = set().union(*(_transform_names(b) for _, b in v.branches)) if v.branches else set()
        return out | (_transform_names(v.otherwise) if v.otherwise is not None else set())
    if isinstance(v, ListOf):
        return set().union(*(_transform_names(i) for i, _ in v.items)) if v.items else set()
    if isinstance(v, Lookup):
        return _transform_names(v.value)
    return set()


def unapplied(
    clauses: list[tuple[int, str, str]],
    plan: DraftPlan,
    requested: Callable[[str], set[str]],
    became: dict[int, list[str]] | None = None,
) -> list[tuple[int, str, list[str]]]:
    """Clauses asking for a format (E.164, upper case, a number, 'left out when empty') that
    no rule drafted from their sentence applies: (sentence, clause as written, what)."""
    applied: dict[int, set[str]] = {}
    for r in plan.rules:
        names = _transform_names(r.value) | ({"omit"} if r.omit_if_empty else set())
        for s in r.sentences:
            applied.setdefault(s, set()).update(names)
    for s, notes in (became or {}).items():
        for note in notes:  # 'Email: lower', 'Phone <- phone | e164(US)', 'X: left out when empty'
            applied.setdefault(s, set()).update(re.findall(r"[a-z0-9_]+", note))
            if "left out" in note:
                applied[s].add("omit")
    out: list[tuple[int, str, list[str]]] = []
    for sentence, text, shown in clauses:
        want = requested(text)
        if _OMIT.search(text):
            want.add("omit")
        missing = sorted(want - applied.get(sentence, set()))
        if missing:
            out.append((sentence, shown, missing))
    return out


_OMIT = re.compile(r"\b(?:left out|leave (?:it|them|that|this) (?:out|off)|left off|omit(?:ted)?|don't set|do not set|not set at all)\b", re.I)


NOT_WANTED_NOTE = "(no rule, as the text says"

# "Birthdate isn't needed", "don't touch the phone fields", "no need for the industry": the
# text says a field gets no rule; read as that (a note), not as a rule nobody understood
NOT_WANTED = re.compile(
    r"^(?:the |their |its )?(?P<a>[^⟦]+?) (?:is not|isn't|are not|aren't|is no longer|are no longer) (?:needed|required|wanted|necessary|used|relevant)$"
    r"|^(?:don't|do not|never|no need to) (?:touch|map|send|sync|copy|set|fill|bother with|include) (?:the |their |any )?(?P<b>[^⟦]+?)(?: fields?)?$"
    r"|^no need for (?:the |their |any )?(?P<c>[^⟦]+?)(?: fields?)?$"
    r"|^(?:leave|keep) (?:the |their )?(?P<d>[^⟦]+?) (?:alone|untouched|as it is|as they are)$",
    re.I,
)


def not_wanted(text: str) -> str | None:
    """The field phrase of a clause that says a field gets no rule, else None. A clause with a
    condition ('don't set Title when the job title is blank') is a rule, not this."""
    if re.search(r"\b(?:if|when|unless|where|whose|for|who|that)\b", text, re.I):
        return None
    m = NOT_WANTED.match(text.strip())
    return next((g for g in m.groups() if g), None) if m else None


def silent_sentences(became: dict[int, list[str]], texts: dict[int, str]) -> list[tuple[int, str]]:
    """Sentences that produced no rule, no filter, no note of what they meant and no question:
    (sentence, text). Every sentence either becomes something or is asked about."""
    return [(s, texts[s]) for s, notes in sorted(became.items()) if notes and all(n.startswith("(not understood") for n in notes)]

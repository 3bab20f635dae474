"""What the text asked for that no rule delivers: never drop a clause silently.

Two checks. A field named and not written (below); and a format asked for and not applied
(``unapplied``): "formatted as E.164", "in capital letters", "as a number", "left out when
empty" in a clause whose sentence produced no rule applying it.

After the grammar has read every clause, a destination field the text names by its exact
API name (``email_address``, ``client_id``, ``traits.email``), calls a field, or names by its
label right after 'into' ('city into mailing city') in a sentence that produced no rule for
that field is reported as "I could not understand" with the clause, so the person
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
    reads: dict[int, set[str]] = {}
    copied: dict[int, set[str]] = {}  # the fields a plain copy of each sentence reads
    for r in plan.rules:
        for s in r.sentences:
            reads.setdefault(s, set()).update(source_fields(r.value))
            if isinstance(r.value, Src):
                copied.setdefault(s, set()).add(r.value.field.lower())
    read_names = {s: {f.lower() for f in fs} for s, fs in reads.items()}
    for sentence, text, shown in clauses:
        if sentence in filtered:
            continue
        toks = words(text)
        for m in find_mentions(text, dm, object_words, fuzzy=False):
            path = m.best.path
            called_a_field = m.end < len(toks) and toks[m.end].lower() in ("field", "property", "column") and m.score >= 0.9
            # 'city into mailing city': a destination's label right after 'into' is a field the text writes (round 29)
            put_into = m.start > 0 and toks[m.start - 1].lower() == "into" and m.score >= 0.95 and m.text.lower() in _spoken(m.best.leaf, m.best.label)
            if not (called_a_field or put_into or (m.exact_case and m.text in (path, m.best.leaf))) or src.get(m.text) is not None:
                continue  # only names written exactly or called a field, and only names the source does not share
            said_as_value = " ".join(toks[max(0, m.start - 2) : m.start]).lower()
            if m.text.lower() in copied.get(sentence, set()) and re.search(r"(?:^|\s)(?::|=|<-|is the|is|= the|: the)$", said_as_value):
                continue  # 'userId: email as is' from Salesforce's Email: the field a copy of this sentence reads, in lower case (round 38)
            if m.start > 0 and toks[m.start - 1] == "+" and m.text.lower() in read_names.get(sentence, set()):
                continue  # "... + ', ' + City": a part a joined value of this sentence reads, not the destination's City
            if m.end < len(toks) and toks[m.end].lower().startswith("case"):
                continue  # 'Title case' is a format, not the Title field
            if any(" ".join(toks[m.start : m.end + k]).lower() in src_labels for k in (1, 2) if m.end + k <= len(toks)):
                continue  # 'their Website URL': the start of a source field's label, not the destination's Website
            if sentence in written.get(path, set()) or m.best.leaf in leaves.get(sentence, set()) or (sentence, path) in seen:
                continue
            part_of = (m.end < len(toks) and toks[m.end].lower() in ("domain", "domains")) or (
                m.start >= 2 and toks[m.start - 2].lower() == "of" and toks[m.start - 1].lower() in ("the", "their", "its", "his", "her")) or (
                m.start >= 2 and toks[m.start - 1].lower() == "of" and toks[m.start - 2].lower() in ("domain", "part", "bit"))  # 'the domain of email' (round 38)
            if part_of and written.get(path) and any(m.text.lower() in f.lower() for f in reads.get(sentence, set())):
                # 'falling back to the email domain', 'the part of the email after the @' with email_address
                # read here and email written by another sentence: the source's email (round 31)
                continue
            seen.add((sentence, path))
            out.append(Leftover(sentence, shown, path))
    return out


def source_fields(v: object) -> set[str]:
    """Every source field a value reads, wherever it sits."""
    if isinstance(v, Src):
        return {v.field}
    if isinstance(v, Template):
        return {p.field for p in v.parts if isinstance(p, Src)}
    if isinstance(v, Chain):
        return set().union(*(source_fields(o) for o in v.options)) if v.options else set()
    if isinstance(v, Cases):
        return set().union(*(source_fields(x) for _, x in v.branches), source_fields(v.otherwise))
    if isinstance(v, ListOf):
        return set().union(*(source_fields(i) for i, _ in v.items)) if v.items else set()
    if isinstance(v, Lookup):
        return source_fields(v.value)
    return set()


def _spoken(leaf: str, label: str | None) -> set[str]:
    """How a field is said in words: its label ('Mailing City'), its name split at the capitals
    ('mailing state' for MailingState, whose label is 'Mailing State/Province')."""
    said = {re.sub(r"(?<=[a-z])(?=[A-Z])", " ", leaf).lower()}
    return said | ({label.lower()} if label else set())


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
    formats_of: dict[str, set[str]] = {}  # the formats the rules apply where they read each source field
    for r in plan.rules:
        for f in source_fields(r.value):
            formats_of.setdefault(f.lower(), set()).update(_transform_names(r.value))
    out: list[tuple[int, str, list[str]]] = []
    for sentence, text, shown in clauses:
        want = requested(text)
        if _OMIT.search(text) and not_wanted(text) is None:
            want.add("omit")  # 'Phone is left out' alone says Phone gets no rule: noted, not asked
        # 'createdate is ISO 8601, [:10] = YYYY-MM-DD' under the rule that reads it as a date: the format said again
        said_again = {x for f, names in formats_of.items() if re.search(rf"(?<![\w.]){re.escape(f)}(?![\w])", text, re.I) for x in names}
        missing = sorted(want - applied.get(sentence, set()) - said_again)
        if missing:
            out.append((sentence, shown, missing))
    return out


_OMIT = re.compile(r"\b(?:left out|leave (?:it|them|that|this) (?:out|off)|left off|omit(?:ted)?|don't set|do not set|not set at all)\b", re.I)


NOT_WANTED_NOTE = "(no rule, as the text says"

# "Birthdate isn't needed", "don't touch the phone fields", "no need for the industry": the
# text says a field gets no rule; read as that (a note), not as a rule nobody understood
NOT_WANTED = re.compile(
    r"^(?:the |their |its )?(?P<a>[^⟦]+?) (?:is not|isn't|are not|aren't|is no longer|are no longer) (?:needed|required|wanted|necessary|used|relevant)$"
    r"|^(?:the |their |its )?(?P<e>(?![^⟦]*\b(?:contacts?|leads?|members?|customers?|records?|people|subscribers?|users?|anyone|everyone|those|them)\b)[^⟦]+?) (?:is|are|stays|stay|should be|will be|gets|get) (?:left out|not mapped|not synced|not sent|skipped|ignored|excluded|left alone)(?: entirely| completely| altogether| for now)?$"
    r"|^(?:don't|do not|never|no need to) (?:touch|map|send|sync|copy|set|fill|bother with|include) (?:the |their |any )?(?P<b>[^⟦]+?)(?: fields?)?$"
    r"|^no need for (?:the |their |any )?(?P<c>[^⟦]+?)(?: fields?)?$"
    r"|^(?:leave|keep) (?:the |their )?(?P<d>[^⟦]+?) (?:alone|untouched|as it is|as they are)$"
    # round 41, terse lists: 'No city.', 'Job title: not sent.'
    r"|^no (?!tags?$)(?P<f>[A-Za-z][\w.]*(?: [A-Za-z][\w.]*)?)$"
    r"|^(?P<g>[^⟦:]+?):\s*(?:not sent|not mapped|not synced|not needed|left out|dropped)$",
    re.I,
)


def not_wanted(text: str) -> str | None:
    """The field phrase of a clause that says a field gets no rule, else None. A clause with a
    condition ('don't set Title when the job title is blank') is a rule, not this."""
    if re.search(r"\b(?:if|when|unless|where|whose|for|who|that)\b|^(?:only|just)\s+(?:send|sync|push|the|those|contacts?|leads?|members?)\b", text, re.I):
        return None
    m = NOT_WANTED.match(text.strip())
    return next((g for g in m.groups() if g), None) if m else None


def silent_sentences(became: dict[int, list[str]], texts: dict[int, str]) -> list[tuple[int, str]]:
    """Sentences that produced no rule, no filter, no note of what they meant and no question:
    (sentence, text). Every sentence either becomes something or is asked about."""
    return [(s, texts[s]) for s, notes in sorted(became.items()) if notes and all(n.startswith("(not understood") for n in notes)]


# a clause that sets a condition: 'when the status is active', 'if the phone is blank',
# 'unless ...', 'only for ...', 'contacts whose ...', 'except people who ...'. 'only', 'where',
# 'whose' and 'except' set one only before or after a word for records ('date only', 'an event
# whose name is X', 'holds where the contact is based', 'except the job title' set none)
_RECORDS_WORD = r"(?:contacts?|leads?|members?|records?|people|persons|subscribers?|users?|customers?|accounts?|anyone|anybody|everyone|everybody|those|the ones|ones)"
_CONDITION = re.compile(
    r"\b(?:if|when|whenever|unless|provided)\b"
    rf"|\bonly (?:for|if|when|where|whose|with|without|in|from|at)\b|\bonly (?:the |those |our )?{_RECORDS_WORD}\b|\b{_RECORDS_WORD} only\b"
    rf"|\b{_RECORDS_WORD} (?:where|whose)\b|\bexcept (?:for )?(?:the )?(?:{_RECORDS_WORD}|when|if|where)\b"
    rf"|\bfor (?:all |any |the )?{_RECORDS_WORD} (?:who|whose|that|which|with|without|created|updated|added|in|from|at|where|having|over|under|above|below)\b",
    re.I,
)
# ... but not the phrases that only mean 'copy it when there is one' (a copy of nothing writes
# nothing), name the moment of the sync, or say how E.164 treats a number's own country code
_NOT_A_CONDITION = re.compile(
    r"\b(?:if|when|where) (?:any|there is one|there's one|there is any|available|present|possible|applicable|known|given|provided|set|needed|necessary|relevant|it exists|they exist|one exists|we have (?:it|one|them))\b"
    r"|\bwhen (?:syncing|sending|copying|mapping|pushing|creating|writing|we sync|we send|you map)\b"
    # 'E.164: digits only with '+' in front': what the format is, no condition (round 57)
    r"|\bdigits only with\b"
    r"|\b(?:when|once|as soon as) (?:an?|the|we|our|each|every|it|they)\b[^,;]{0,40}?\b(?:becomes?|turns? into|comes? (?:over|in|across|through)|goes over|arrives?|is created|are created|create|is synced|are synced|sync|send|push|add)\b"
    r"|\b(?:if|when|unless|where)\b[^,;()]{0,50}?(?:\+|country code|dial(?:l)?ing code|prefix)"
    r"|\bif (?:you|we) (?:can|could|like|prefer|want)\b|\bif (?:that's|that is|it's|this is) (?:ok|okay|fine|possible|alright)\b"
    r"|\b(?:that|which) (?:we|you) (?:add|send|sync|push|create|bring)\b"
    # 'copied even when they're empty': a copy that keeps the blanks, no condition (round 32)
    r"|\beven (?:if|when) (?:it is |it's |they are |they're |the value is |the values are )?(?:empty|blank|missing)\b"
    # 'if it is not there put empty text ""', 'if empty keep it empty': the copy kept when blank (round 37)
    r"|\bif (?:it is |it's )?(?:empty|blank|not there),? (?:then )?(?:put|send|use|write|keep|leave) (?:it )?(?:as )?(?:an? |the )?empty\b"
    # 'if it's "false" or blank, include' after a skip on "true": the records left in, no condition (round 33)
    r"|\b(?:if|when) (?:it|they)\b[^,;]{0,25}?\bor (?:blank|empty),? (?:then )?(?:include|send|sync|keep)\b"
    # 'fields for the ones that go through:': the records a filter lets through, no condition of the rules (round 41)
    r"|\bfor (?:the )?(?:ones|contacts|leads|members|records|people) (?:that|who|which) (?:go|get|come|make it|pass|are let) (?:through|over|in|across)\b"
    # '(an integer when it's whole)': how a number is written (round 41)
    r"|\b(?:integer|int|whole number) (?:when|if) (?:it is|it's|the value is) (?:whole|a whole number|integral|round)\b",
    re.I,
)


def _conditional(v: object) -> bool:
    """Does a value depend on the record (a branch, a fallback, a conditional list item)?"""
    if isinstance(v, (Cases, Chain)):
        return True
    if isinstance(v, ListOf):  # an item with a condition, or one left out when its value is empty
        return any(c is not None or isinstance(i, (Src, Chain)) for i, c in v.items)
    if isinstance(v, Lookup):
        return _conditional(v.value)
    return False


def unconditioned(
    clauses: list[tuple[int, str, str]],
    plan: DraftPlan,
    became: dict[int, list[str]] | None = None,
    texts: dict[int, str] | None = None,
) -> list[tuple[int, str, str]]:
    """Clauses that state a condition ('put the fax in Fax when the status is active') whose
    sentence drafted rules that all write unconditionally and no filter: the condition was
    not read, and the draft would write every record. (sentence, clause as written, the
    condition's word) for a question instead of a silent 'always'."""
    ruled: dict[int, bool] = {}
    for r in plan.rules:
        for s in r.sentences:
            ruled[s] = ruled.get(s, False) or r.omit_if_empty or _conditional(r.value)
    for f in plan.filters:
        ruled[f.sentence] = True
    for s, notes in (became or {}).items():
        if s in ruled and any(re.search(r"left out|skip|only|when|unless|if\b", n) and not n.startswith("(not understood") for n in notes):
            ruled[s] = True
    out: list[tuple[int, str, str]] = []
    seen: set[int] = set()
    # each clause as read, then each sentence as written (a heading such as 'Only for customers:'
    # may be no clause of its own)
    for sentence, text, shown in [*clauses, *((s, t, t) for s, t in sorted((texts or {}).items()))]:
        if sentence in seen or ruled.get(sentence, True):
            continue  # no rule at all is asked about elsewhere; a conditional rule read the condition
        m = _CONDITION.search(_NOT_A_CONDITION.sub(" ", re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)))
        if m:
            seen.add(sentence)
            out.append((sentence, shown, m.group(0)))
    return out

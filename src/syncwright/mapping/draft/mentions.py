"""Finding the fields a phrase names, on one side (source or destination)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from syncwright.mapping.draft.fields import FieldDesc
from syncwright.mapping.draft.matcher import Candidate, FieldMatcher
from syncwright.mapping.draft.text import PLACEHOLDER, norm, words

# words that never start or end a field mention, and are never fuzzy-matched to a field
STOP = frozenset(
    ["a", "an", "the", "of", "and", "or", "to", "from", "into", "in", "on", "at", "by", "for", "with", "as", "is", "are", "be", "been", "was", "were", "it", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "them", "they", "he", "she", "we", "you", "i", "me", "us", "if", "when", "then", "else", "than", "so", "but", "not", "no", "yes", "any", "all", "each", "every", "some", "one", "ones", "only", "just", "also", "too", "very", "should", "must", "will", "would", "can", "could", "may", "might", "need", "needs", "go", "goes", "get", "gets", "put", "set", "use", "used", "map", "copy", "send", "sync", "bring", "across", "over", "keep", "take", "make", "add", "include", "pass", "push", "per", "plus", "same", "new", "other", "another", "whose", "who", "which", "where", "what", "there", "here", "have", "has", "had", "do", "does", "did", "done", "don't", "doesn't", "isn't", "aren't", "there's", "it's", "that's", "always", "never", "every", "everyone", "everybody", "anyone", "anybody", "nobody", "none", "either", "both", "via", "like", "e.g", "i.e", "etc", "please", "ok", "okay",
     # past participles of the copy verbs: 'X are copied' never makes 'copied' a value or a field word
     "copied", "mapped", "sent", "synced", "carried", "passed", "transferred", "brought", "moved", "included", "taken"]
)
NOT_FUZZY = STOP | frozenset(
    ["contact", "contacts", "lead", "leads", "member", "members", "person", "people", "record", "records", "customer", "customers", "should", "would", "could", "every", "other", "stage", "stages", "value", "values", "number", "numbers", "field", "fields", "first", "last", "whole", "plain", "text", "string", "empty", "blank", "missing", "instead", "unless", "always", "status",
     # ordinary words one letter from a field word ('count' ~ 'county', a synonym of state)
     "count", "counts", "counted", "counting"]
)
_WORDLIKE = re.compile(r"[A-Za-z0-9@]")  # a token that can start a field name
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\[0\])?(?:\.[A-Za-z_][A-Za-z0-9_]*)*$")


@dataclass
class Mention:
    start: int  # token index
    end: int
    text: str
    cands: list[Candidate]
    exact_case: bool  # written exactly as the field name (FNAME, LeadSource, traits.email)

    @property
    def best(self) -> FieldDesc:
        return self.cands[0].field

    @property
    def score(self) -> float:
        return self.cands[0].score


def find_mentions(
    phrase: str,
    matcher: FieldMatcher,
    object_words: frozenset[str],
    prefix: str | None = None,
    fuzzy: bool = True,
) -> list[Mention]:
    """Field mentions in ``phrase``, longest match first, left to right."""
    toks = words(phrase)
    out: list[Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        found: Mention | None = None
        for size in range(min(6, n - i), 0, -1):
            span = toks[i : i + size]
            if any(PLACEHOLDER.fullmatch(t) or not _WORDLIKE.match(t) for t in span):
                continue
            if (norm(span[0]) in STOP or (size > 1 and norm(span[-1]) in STOP)) and not _whole_label(span, matcher):
                continue
            text = " ".join(span)
            key = norm(text)
            if key in object_words:
                continue
            cands = matcher.lookup(text, fuzzy=False)
            if prefix:
                cands = _prefer_prefix(cands, matcher, text, prefix)
            if not cands and size == 1 and fuzzy and len(key) >= 5 and key not in NOT_FUZZY:
                cands = matcher.lookup(text, fuzzy=True)
            if cands:
                exact = any(c.field.path == text or c.field.leaf == text for c in cands)
                if exact:
                    cands = sorted(
                        cands, key=lambda c: -(c.score + (0.2 if text in (c.field.path, c.field.leaf) else 0))
                    )
                found = Mention(i, i + size, text, cands, exact)
                break
        if found:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


def _whole_label(span: list[str], matcher: FieldMatcher) -> bool:
    """'Do Not Call': three words or more that are a field's whole catalog label may open or
    close with a word that otherwise never does (round r12b); two words only when written in the
    label's own case ('Other Phone' is Salesforce's OtherPhone, 'the other phone' may be any)."""
    if len(span) < 2 or (len(span) == 2 and not span[0][:1].isupper()):
        return False  # two words match only as the label writes them, and labels are capitalised
    text = " ".join(span)
    key = norm(text)
    return any(norm(c.field.label) == key and (len(span) >= 3 or c.field.label == text) for c in matcher.lookup(text, fuzzy=False))


def _prefer_prefix(cands: list[Candidate], matcher: FieldMatcher, text: str, prefix: str) -> list[Candidate]:
    """Inside ``traits.address`` (or ``events.params``), 'city' means traits.address.city."""
    key = norm(text)
    under = [
        f for f in matcher.obj.fields
        if f.path.startswith(prefix + ".") and key in {norm(f.leaf), norm(f.path[len(prefix) + 1 :])}
    ]
    if under:
        boosted = sorted(
            (Candidate(f, 1.06 if norm(f.path[len(prefix) + 1 :]) == key else 1.05 - 0.01 * f.path.count("."), f"field {f.path} under {prefix}") for f in under),
            key=lambda c: -c.score,
        )
        return boosted + [c for c in cands if c.field.path not in {f.path for f in under}]
    inside = [c for c in cands if c.field.path.startswith(prefix + ".")]
    return inside + [c for c in cands if c not in inside] if inside else cands


def is_identifier(text: str) -> bool:
    return bool(_IDENT.match(text))

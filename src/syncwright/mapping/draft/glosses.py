"""'Voornaam (first name) and achternaam (last name) straight over': a word in the author's
own language glossed in brackets with the field's English name (round 22).

People who work in two languages write the word they think in and add the English one in
brackets for the reader. When the word outside the brackets names no field of either object
and the gloss does, the gloss is what the sentence means; the word is dropped. The other way
round ('job title (functie)', a field then a word that names nothing) the bracket already
reads as an aside, so it is left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

# the gloss is a field's name in one to three words ('first name', 'last name', 'city')
# (plain lower-case English: a bracketed API name, 'the lead (MobilePhone)', is the session-16 reading of a
# field glossed by its name)
_GLOSSED = re.compile(r"(?<![\w'.])(?P<w>[A-Za-z][a-z]{2,})\s+\((?P<g>[a-z]+(?: [a-z]+){0,2})\)")
# English words before a bracket that are no field ('one (no phone trait otherwise)', 'Key (sleutel)')
_PLAIN = frozenset(["and", "or", "the", "key", "only", "also", "copy", "over", "field", "fields", "value", "values", "always",
                    "empty", "blank", "one", "ones", "it", "them", "they", "this", "that", "these", "those", "each", "all",
                    "both", "either", "none", "some", "any", "set", "filled", "there", "here", "case", "cases", "else",
                    # the records and platforms a sentence names: 'contacts (country Japan)', 'HubSpot (lifecyclestage ...)'
                    "contact", "contacts", "lead", "leads", "member", "members", "subscriber", "subscribers", "record",
                    "records", "people", "person", "user", "users", "account", "accounts", "hubspot", "salesforce",
                    "mailchimp", "segment", "ga4", "audience", "list", "event", "events", "trait", "traits"])
# words a gloss of a field name never holds: the bracket is an aside, not a translation
_ASIDE = re.compile(r"\b(?:the|a|an|their|its|no|not|otherwise|else|if|when|unless|only|all|any|none|blank|empty|e\.?g|i\.?e|etc|same|too|also|both|either|key)\b", re.I)


def read_glosses(g: Grammar, text: str) -> str:
    """``text`` with each glossed foreign word replaced by its English gloss."""

    def swap(m: re.Match[str]) -> str:
        word, gloss = m.group("w"), m.group("g").strip()
        if word.lower() in _PLAIN or _ASIDE.search(gloss) or _api_name(g, gloss) or _a_value(g, word) or _names_field(g, word) or not _names_field(g, gloss):
            return m.group(0)
        return gloss

    return _GLOSSED.sub(swap, _FIELD_GLOSS.sub(lambda m: _drop_field_gloss(g, m), text))


# 'Lifecycle Stage (livsløpsfase) = customer', 'Country/Region (land) must be': a field, then a bracketed word of
# the writer's language, then what the field is or does (round 52: the bracket hid the field from its comparison)
_FIELD_GLOSS = re.compile(
    r"(?P<f>(?<![\w'.])[A-Za-z][\w/]*(?: [A-Za-z][\w/]*){0,3})\s+\((?P<g>[^\W\d_]{3,}(?: [^\W\d_]{3,})?)\)"
    r"(?=\s*(?:=|:|\||->|→|\b(?:is|are|must|shall|should|will|gets?|becomes?)\b))"
)
# a bracket that says how the field is written or whether it is needed is no gloss: it stays
_SAYS_HOW = re.compile(r"\b(?:exact\w*|required|optional|mandatory|text|string|number|numeric|integer|date|boolean|bool|true|false|checkbox|picklist|"
                       r"lower\w*|upper\w*|title|trim\w*|copy|copied|default|fixed|constant|custom|new|old|standard|iso|utc|digits?|yes|no)\b", re.I)


def _drop_field_gloss(g: Grammar, m: re.Match[str]) -> str:
    """The field without its gloss, when the words before the bracket end in a field's name and the
    bracket names no field, no value and nothing about the format."""
    gloss = m.group("g")
    if _ASIDE.search(gloss) or _SAYS_HOW.search(gloss) or _api_name(g, gloss) or _a_value(g, gloss) or _names_field(g, gloss):
        return m.group(0)
    words = m.group("f").split()
    if not any(_names_field(g, " ".join(words[k:])) for k in range(len(words))):
        return m.group(0)
    return m.group("f")


def _names_field(g: Grammar, phrase: str) -> bool:
    """Does the whole phrase name one field (no value or other word beside it)?"""
    want = re.sub(r"^(?:the|their|its|an?)\s+", "", phrase.strip(), flags=re.I).lower()
    return any(m.text.lower() == want for side in ("src", "dst") for m in g.mentions(phrase, side))


def _api_name(g: Grammar, gloss: str) -> bool:
    """'the VIP flag (vip)': a bracket holding a field's own name says which field the words mean
    (read elsewhere), it is no translation."""
    return any(gloss.lower() in (f.path.lower(), f.leaf.lower()) for obj in (g.src_obj, g.dst_obj) for f in obj.fields)


def _a_value(g: Grammar, word: str) -> bool:
    """'salesqualifiedlead (lifecycle stage)': a picklist value glossed with its field."""
    return any(word.lower() == str(v).lower() for obj in (g.src_obj, g.dst_obj) for f in obj.fields for v in f.values)

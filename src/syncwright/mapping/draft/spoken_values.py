"""Values said without quotes, as a dictated request says them (round 20): "if there's no job
title use Delegate", "if it's blank you put United Kingdom", "tag them all Spring Expo 2025".

Speech has no quote marks, so a value is the run of Capitalised words (or numbers) right
after a word that offers a value: 'use' or 'put' in a sentence about an empty field (a
default), 'tag them all' or 'add the tag' (a tag). Such a run is quoted, as the author would
have typed it, unless it names a field of either object or a platform. Why a module: every
reader keys on quoted values, so quoting the spoken value once, before the text is split
into sentences, teaches them all (bare_tags.py does the same for lower-case tag slugs).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

# a run of Capitalised words or numbers: 'Delegate', 'United Kingdom', 'Spring Expo 2025', 'Seminar - Internal'
_RUN = r"(?P<v>(?-i:[A-Z0-9])[\w&+]*(?:\s+(?:-\s+)?(?-i:[A-Z0-9])[\w&+]*)*)(?![\w'\"⟧-])"
_DEFAULT = re.compile(
    rf"(?:\b(?:use|put|write|stamp|fill (?:it )?in with|fill it with|default (?:it )?to|falling back to|fall back to|defaulting to|call it|count it as|treat it as)|,\s*or(?: else)?)\s+{_RUN}", re.I)
_EMPTY = re.compile(r"\b(?:blank|empty|missing|no [a-z]|nothing|not (?:there|set|filled))", re.I)
_TAG = re.compile(
    rf"\b(?:tag (?:them all|them|everyone|everybody|every (?:member|contact|one|subscriber)|all of them|each (?:member|contact|one)|all)"
    rf"(?:\s+(?:as|with))?(?:\s+the tag)?|(?:add|gets?|give them) the tag)\s+{_RUN}",
    re.I,
)
# "if they've got the Expo 2024 tag": a tag named before the word tag
_TAGGED = re.compile(rf"\b(?:got|have|has|having) (?:the |a )?(?=\S+\s+\S+\s+tag\b){_RUN}\s+tag\b", re.I)  # a name of two words or more
# "client_id is a fixed value, crm-import, same for all of them": a constant named after 'fixed'
# ('"Seminar - Partner", fixed value for every lead' names none: 'value' is no value, round 45)
_FIXED = re.compile(r"\bfixed(?: value| text| string| id)?\s*[,:]?\s+(?!(?:value|text|string|id)\b)(?P<v>[a-z0-9][\w.-]*[\w])(?=\s*(?:[,;.]|$|\s+(?:for|on)\s+(?:every|all|each)))", re.I)
# "and currency GBP": a currency code said after the word currency
_CURRENCY = re.compile(r"\bcurrency\s+(?:is\s+|of\s+|=\s*|as\s+)?(?P<v>(?-i:[A-Z]{3}))\b(?!['\"])", re.I)
_NOT_VALUES = re.compile(r"(?:hubspot|salesforce|sfdc|mailchimp|segment|ga4|google|e\.?164|i|iso|utc|us|uk)$", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def quote_spoken_values(g: Grammar, text: str) -> str:
    """``text`` with each spoken default or tag value put in quotes."""
    return _SENTENCE.sub(lambda m: _quote(g, m.group(0)), text)


def _ok(g: Grammar, v: str) -> bool:
    bare = re.sub(r"^(?:hubspot|salesforce|sfdc|sf|mailchimp|segment|ga4)(?:'s)?\s+", "", v, flags=re.I)
    if bare != v and bare:
        return _ok(g, bare)  # 'use HubSpot Mobile Phone Number first': a field by its platform and label (round 36)
    if _NOT_VALUES.match(v) or g.src_obj.get(v) is not None or g.dst_obj.get(v) is not None:
        return False
    # 'use Mobile Phone Number': a field by its label; 'United States' only holds a field's word
    whole = v.lower().split()
    return not any(m.text.lower().split() == whole for side in ("src", "dst") for m in g.mentions(v, side))


def _quote(g: Grammar, sentence: str) -> str:
    rx = [_TAG, _TAGGED, _FIXED, _CURRENCY] + ([_DEFAULT] if _EMPTY.search(sentence) else [])
    for r in rx:
        sentence = r.sub(lambda m: m.group(0)[: m.start("v") - m.start()] + f"'{m['v']}'" if _ok(g, m["v"]) else m.group(0), sentence)
    return sentence

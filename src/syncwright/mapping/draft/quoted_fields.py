"""A field's name written in quotes: '"LeadSource" shall be "Web"', 'take "phone"; if empty, take "mobilephone"' (round 42).

Quoted text is a value to the grammar (its quotes are lifted out before a sentence is read), so
a field named in quotes was written as the text 'phone' or asked about. A quoted word that is
exactly a field's API name of either object (case and all, one word, and not a plain capitalised word such as 'Email', which is also a Lead
Source value) and does not follow a
comparison or an assignment ('is', '=', 'to', 'equals', '->') is a name: its quotes go. A value
that happens to be spelled like a field after 'is' keeps them. (``code_names.unquote_field_names``
does the same for backticks, case-folded: a code run is a name more often than not; a quoted word
is a value more often than not, so only the exact API name is taken here.)
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"(?P<q>[\"\u201c\u201d'`])(?P<n>[A-Za-z_][\w.\[\]]*)(?:[\"\u201c\u201d'`])")
_CODE = re.compile(r"[{}]|\w\[[\"']|\bSELECT\b|^\s*(?:def|import|return)\b", re.M)
# where a sentence names a field: its start, a list item's, or after a verb that takes a field
_NAME_PLACE = re.compile(
    r"(?:\A|\n|[.!?;]\s+|^\s*[-*\u2013\u2014\u2022]\s+|\b(?:take|takes|use|uses|copy|copies|from|map|read|else|otherwise|then|"
    r"fall back to|falls back to|or)\s+)\s*$",
    re.M,
)
_AFTER_VALUE_WORD = re.compile(
    r"(?:\b(?:is|are|was|be|equals?|to|than|as|contains?|reads?|says?|of|not|becomes?|gets?|with|named|called|tagged|tags?|labell?ed|"
    r"values?|text|word|string|add|adds|give|gives|the|a|an)|=|->|→|=>|:)\s*$",
    re.I,
)


def unquote_fields(text: str, paths: frozenset[str]) -> str:
    """``text`` with each quoted field name unquoted."""
    if not any(q in text for q in "\"'`\u201c") or _CODE.search(text):
        return text  # in code ('c['email']', a dict's 'Email': key, a JSON spec) quotes are the code's own

    def name(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 40) : m.start()]
        if m["n"] not in paths or _AFTER_VALUE_WORD.search(before) or re.fullmatch(r"[A-Z][a-z]+", m["n"]):
            return m.group(0)  # 'Email', 'Web', 'Phone': a capitalised word is as often a picklist value
        if not _NAME_PLACE.search(before):
            return m.group(0)  # "channel 'email'", "LeadSource 'Email'": a value right after what it is for
        if not re.match(r"\s|[.,;!?)]|$", text[m.end() : m.end() + 1]) or (m.start() and not re.match(r"[\s(]", text[m.start() - 1])):
            return m.group(0)  # a quoted word inside other text or before ':' (a key), not a name said in a sentence
        return m["n"]

    return _QUOTED.sub(name, text)

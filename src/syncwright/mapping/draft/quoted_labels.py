"""A field's catalog label written in quotes: "the HubSpot contact's 'Unsubscribed from all email'
property", "the \"Email Opt Out\" checkbox", "the HubSpot property 'Unsubscribed from all email'".
Read as quotes it would be a constant value; the quotes only set the label off. A quoted text
that is the label (or name) of exactly one field of the two objects, with its record's
possessive before it or a kind word (property, field, checkbox, ...) before or after it, is that
field: written as its name, the kind word dropped. A picklist value of either object stays a
value, and so does one quoted word after a possessive with no kind word. A label of several
words right after the platform's name or 'from' ('when HubSpot "Unsubscribed from all email" is
"true"', 'take it from "Unsubscribed from all email"') is the field too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_KIND = r"(?i:property|field|checkbox|check box|flag|attribute|column|value)"
_QUOTED = re.compile(
    r"(?:(?P<kb>\b(?i:the\s+)?(?i:(?:hubspot|salesforce|mailchimp|segment|contact|lead|member)(?:'s)?\s+)?" + _KIND + r"\s+(?:called\s+|named\s+)?)|(?P<pre>\b\w+'s\s+|\bthe\s+|\b(?i:hubspot|salesforce|mailchimp|segment|from|based on|on|decided by|given by)\s+))?(?<!\w)(?P<q>[\"'\u201c\u2018])(?P<n>[A-Za-z][^\"'\u201c\u201d\u2018\u2019]{1,60}?)[\"'\u201d\u2019](?!\w)(?P<kind>\s+" + _KIND + r"\b)?",
)


# the words right before a label of several words that make it the field (round 29)
_BEFORE_LABEL = re.compile(r"(?i:hubspot|salesforce|mailchimp|segment|from|based on|on|decided by|given by)\s+")  # (round 50: 'decided by')
_PLATFORM_NAME = re.compile(r"(?i:hubspot|salesforce|mailchimp|segment)\b")
# (round 37: 'only the contacts with "Unsubscribed from all email" = "false"': a condition's subject)
_SUBJECT_BEFORE = re.compile(r"(?:^|[;:.?!]\s*|(?:^|\n)[ \t]*(?:[-*•]|\d+[.)]|\(?[a-h]\))[ \t]+|\n[ \t]*|,\s*(?:and\s+)?|\band\s+|\b(?i:set|make|could|can|would|will|should|also|then|plus|with|whose|where|when|if|unless|having|finally|lastly)\s+)$")
_SUBJECT_AFTER = re.compile(
    r"\s*(?:(?i:should|must|will|is|are|gets?|becomes?|comes? from|set to|be|to)\b|=|->|<-|:|\u2192|\u21d2)"  # "<-": the field it fills (round 45); '→' as written (round 51)
    # ('"Unsubscribed from all email" in HubSpot: the text "true" ...', '..., as text: "true" where ...', "'Unsubscribed from all
    # email' \"true\" → true": the field before where it lives, how it is written, or its first value row; round 48)
    r"|\s+(?i:in|on)\s+(?i:hubspot|salesforce|mailchimp|segment)\s*(?::|(?i:is|are)\b)|\s*,\s*(?i:as)\s+(?:(?i:a|the)\s+)?(?i:text|string|a\s+word)\s*:|\s+[\"'](?i:true|false|yes|no)[\"']\s*(?:->|→|=>)")


def quoted_labels(g: Grammar, text: str) -> str:
    """``text`` with the quotes (and a kind word after them) dropped around a field's label."""
    found: dict[str, set[str]] = {}
    values: set[str] = set()
    for obj in (g.src_obj, g.dst_obj):
        for f in obj.fields:
            for cand in {f.label, f.path}:
                if cand:
                    found.setdefault(cand.lower(), set()).add(f.path)
            values |= {v.lower() for v in f.values}

    def repl(m: re.Match[str]) -> str:
        name = m.group("n").strip()
        low = name.lower()
        paths = found.get(low)
        if not paths or len(paths) != 1 or low in values:
            return m.group(0)
        if m.group("kb"):
            # 'the HubSpot property "Unsubscribed from all email"': the kind word before the label
            return ("the " if m.group("kb").lower().startswith("the") else "") + next(iter(paths))
        pre = m.group("pre") or ""
        if not m.group("kind") and not pre and " " in name and _SUBJECT_BEFORE.search(m.string[: m.start()]) and _SUBJECT_AFTER.match(m.string[m.end() :]):
            # '...; and "Unsubscribed from all email" should be the text "true" when ...': a label of several words
            # that opens a clause and is what the clause sets is that field (it was read as a constant)
            return next(iter(paths))
        if not m.group("kind") and " " in name and _BEFORE_LABEL.fullmatch(pre):
            # 'true when HubSpot "Unsubscribed from all email" is "true"', 'take it from "Unsubscribed from
            # all email"': a label of several words after the platform's name or 'from'
            return ("" if _PLATFORM_NAME.match(pre) else pre) + next(iter(paths))
        if not m.group("kind") and not re.search(r"'s\s+$", pre):
            return m.group(0)
        if not m.group("kind") and " " not in name:
            return m.group(0)  # "the contact's 'status'": one quoted word may be a value
        return f"{pre}{next(iter(paths))}"

    return _QUOTED.sub(repl, text)


# a label holding one of these words reads as a clause of its own when unquoted
# ('Unsubscribed from all email <- X' read as 'Unsubscribed' from 'all email')
_FUNCTION_WORD = re.compile(r"\b(?:from|to|into|as|by)\b", re.I)


def worded_labels(g: Grammar, text: str) -> str:
    """``text`` with an unquoted label of three or more words that holds a word the grammar
    keys on ('from', 'to', 'as', ...) written as its field's name, when exactly one field of
    the two objects has that label. Text inside quotes stays as it is."""
    owners: dict[str, set[str]] = {}
    for obj in (g.src_obj, g.dst_obj):
        for f in obj.fields:
            if f.label and len(f.label.split()) >= 3 and _FUNCTION_WORD.search(f.label):
                owners.setdefault(f.label.lower(), set()).add(f.path)
    labels = sorted((k for k, v in owners.items() if len(v) == 1), key=len, reverse=True)
    if not labels:
        return text
    pattern = re.compile(r"(?P<q>'[^']*'|\"[^\"]*\")|(?<![\w.])(?P<l>" + "|".join(re.escape(lb) for lb in labels) + r")(?![\w])", re.I)
    return pattern.sub(lambda m: m.group(0) if m.group("q") else next(iter(owners[m.group("l").lower()])), text)

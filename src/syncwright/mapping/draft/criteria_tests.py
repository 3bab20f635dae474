"""A ticket's acceptance criteria that only test what its description already says (round 35).

Tickets written as 'Description' (the rules) over 'Acceptance criteria' often give the criteria
as tests on sample records: 'Given annualrevenue = 12000000 Then Rating = Hot', '[ ] France -> INTL', a scenario
'Given a contact with company "   " / When the sync runs / Then the Lead Company must be "Not
informed"'. Read as rules, the sample values become conditions nobody meant (the company '   '),
or a constant that overwrites the field's rule for every record. So, when the text above the
criteria heading already holds rules, a Given ... Then criterion about a destination the text
above names is a test of that rule, and goes; so does a checklist item showing a sample's result
(one whose result is that the record is not sent stays: it may be the only word of that filter). A ticket whose criteria are its only rules (a
story over its criteria) has nothing above them that writes the field, and is read as written.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s*(?:\*\*)?(?:acceptance criteria|a/?c|criteria|test cases?|tests?)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$", re.I)
# a line of the text above that states a rule ('- Email receives ...', 'Phone = phone', 'a -> b')
_RULE_LINE = re.compile(r"->|<-|=|\breceives?\b|\bmust\b|\bshould\b|\bcopy\b|:\s*\S", re.I)
_MARK = r"^\s*(?:[-*•]\s*)?(?:\[[ xX]?\]\s*)?"
_ONE_LINE = re.compile(_MARK + r"given\b(?P<g>.+?)\bthen\b(?P<t>.+)$", re.I)
_STEP = re.compile(_MARK + r"(?P<k>scenario(?: outline)?\s*:|given|when|then|and|but)\b(?P<rest>.*)$", re.I)
# a checklist item showing a sample's result ('[ ] revenue 800000 and not customer -> []')
_CHECKED_EXAMPLE = re.compile(r"^\s*(?:[-*•]\s*)?\[[ xX✓]?\]\s*.+?(?:->|=>|→)\s*\S")
# ...unless the result is that the record is not sent (a filter said again, or said only here)
_NOT_SENT = re.compile(r"(?:->|=>|→)\s*(?:(?:the\s+)?(?:contact|lead|member|record)\s+(?:is\s+)?)?(?:not sent|not synced|not created|skip|excluded|no sync|ignored)", re.I)
# the field a 'Then' names: 'Then the Lead Company must be ...', 'Then Rating = Hot', 'Then userId "x"'
_THEN_FIELD = re.compile(r"^\s*(?:the\s+)?(?:(?:lead|contact|member|event|salesforce|hubspot|mailchimp|segment|ga4)(?:'s)?\s+)?(?:without\s+|with no\s+|has no\s+|no\s+)?(?P<f>[A-Za-z_][\w.]*)", re.I)


# words a 'Then' opens with that name no field ('Then the contact is not sent', 'Then nothing is sent')
_NO_FIELD = frozenset(["nothing", "no", "it", "they", "he", "she", "the", "a", "an", "is", "are", "must", "should", "will", "gets", "get", "has", "have", "not", "does", "do", "goes", "receives", "stays", "remains", "contact", "lead", "member", "record", "records", "contacts", "leads", "members", "sync"])


def drop_tested_criteria(text: str) -> str:
    """``text`` without the criteria that test a rule its description states (see the module)."""
    lines = text.split("\n")
    at = next((i for i, ln in enumerate(lines) if _HEADING.match(ln)), None)
    if at is None:
        return text
    above = "\n".join(lines[:at])
    if sum(1 for ln in lines[:at] if _RULE_LINE.search(ln)) < 2:
        return text
    out = [*lines[:at], lines[at].rstrip(" :") + ":"]  # 'AC' alone: a label, as 'AC:' is
    block: list[str] = []
    for ln in [*lines[at + 1 :], ""]:
        if _CHECKED_EXAMPLE.match(ln) and not _NOT_SENT.search(ln):
            continue  # '[ ] jobtitle "  Head " -> Title "Head"', '[ ] France -> INTL': a sample and its result
        one = _ONE_LINE.match(ln)
        if one:
            out.extend(_kept(block, above))
            block = []
            if not _names_above(one["t"], above):
                out.append(ln)
            continue
        if _STEP.match(ln):
            block.append(ln)
            continue
        out.extend(_kept(block, above))
        block = []
        out.append(ln)
    return "\n".join(out[:-1])


def _kept(block: list[str], above: str) -> list[str]:
    """A scenario's steps, or nothing when each of its Then steps tests a field said above."""
    thens = [m["rest"] for ln in block if (m := _STEP.match(ln)) and m["k"].lower() in ("then", "and", "but")]
    if thens and all(_names_above(t, above) for t in thens):
        return []
    return block


def _names_above(then: str, above: str) -> bool:
    m = _THEN_FIELD.match(then)
    if m is None or m["f"].lower() in _NO_FIELD:
        return False
    return re.search(rf"(?<![\w.]){re.escape(m['f'])}(?![\w])", above, re.I) is not None

"""'Skip the contact when either of these is true:' over a list of conditions (round 42).

A skip said once over a bulleted list of conditions means a record goes when any of them
holds; 'only when all of these hold:' means it stays when every one holds. The grammar reads
one sentence at a time, and the list joined to its lead-in read as one condition, the first,
with its sense turned round (a keep-filter on 'hs_email_optout is true': silent). So each item
is said as a sentence of its own with the lead-in's verb: two skips, or two keeps, which is
what the list means either way. A lead-in that says 'all of these' under a skip (skip only
when every one holds) is a single joint condition and is left for the grammar to ask about.
"""

from __future__ import annotations

import re

_ANY = r"(?:(?:either|any|one)\s+of\s+(?:these|those|the following|the conditions below|the below)(?:\s+conditions)?|either(?:\s+one)?)"  # 'when either is true:' (round 54)
_ALL = r"(?:all|each|every one|both)\s+of\s+(?:these|those|the following|the conditions below|the below)(?:\s+conditions)?"
_HOLDS = r"(?:\s+(?:is|are)\s+(?:true|the case|met|satisfied)|\s+(?:holds?|applies|apply|matches|match))?"
_SKIP_ANY = re.compile(
    rf"^\s*(?P<lead>(?:skip|exclude|drop|ignore|leave out|do not sync|don't sync|never sync|filter out)\b[^:]*?)\s+(?:when(?:ever)?|if)\s+{_ANY}{_HOLDS}\s*:\s*$",
    re.I | re.M,
)
_KEEP_ALL = re.compile(
    rf"^\s*(?P<lead>(?:only\s+(?:sync|send|keep|take|push)|sync|send|keep|take|push)\b[^:]*?)\s+(?:only\s+)?(?:when|if)\s+{_ALL}{_HOLDS}\s*:\s*$",
    re.I | re.M,
)
_ITEM = re.compile(r"^\s*(?:[-*•◦▪]|\d+[.)]|\(\d+\))\s+(?P<c>\S.*?)\s*[.;,]?\s*$")
# '[Contact NOT to send]', 'Exclusions:', 'Leads not to sync:': a heading over the conditions of records
# that stay out, the skip said by the heading alone (round 46)
_SKIP_HEAD = re.compile(
    r"^\s*[\[(]?\s*(?:(?:the\s+)?(?:contacts?|leads?|records?|members?|people|persons?)\s+(?:not\s+to\s+(?:send|sync|be\s+sent|be\s+synced)|to\s+(?:exclude|skip|leave\s+out)|(?:we\s+)?(?:do\s+not|don't)\s+(?:send|sync)|excluded|skipped)"
    r"|exclusions?(?:\s+(?:conditions?|rules?|criteria))?|excluded\s+(?:contacts?|leads?|records?)|(?:do\s+not|don't)\s+(?:send|sync))\s*[\])]?\s*:?\s*$",
    re.I | re.M,
)
# an item that names whom it is about: 'Contact whose lifecycle stage is "customer"'
_WHOM = re.compile(r"^(?:the\s+|all\s+|any\s+)?(?:contacts?|leads?|records?|members?|people|persons?)\s+(?:whose|with|where|who|that|which)\b", re.I)
# '(they are already customer, so no need as lead)': an item's reason, no part of its condition
_REASON = re.compile(r"\s*\((?![^)]*⟦)[^()]*\b(?:already|because|since|so|as|managed|handled|owned|no need|not needed)\b[^()]*\)\s*$", re.I)


def condition_lists(text: str) -> str:
    """``text`` with each 'skip when any of these:' list said as one skip per condition."""
    if not (_SKIP_ANY.search(text) or _KEEP_ALL.search(text) or _SKIP_HEAD.search(text)):
        return text
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _SKIP_HEAD.match(lines[i])
        m = _SKIP_ANY.match(lines[i]) or _KEEP_ALL.match(lines[i]) or head
        items: list[str] = []
        j = i + 1
        while m and j < len(lines) and (item := _ITEM.match(lines[j])):
            items.append(item["c"])
            j += 1
        if m is None or len(items) < (1 if head else 2):
            out.append(lines[i])
            i += 1
            continue
        if head:
            items = [_REASON.sub("", c) for c in items]
            out.extend(f"skip the {c}." if _WHOM.match(c) else f"skip when {c}." for c in items)
            i = j
            continue
        lead = m["lead"].strip()
        keep = _KEEP_ALL.match(lines[i]) is not None
        out.extend(f"{lead} {'only ' if keep and 'only' not in lead.lower() else ''}when {c}." for c in items)
        i = j
    return "\n".join(out)

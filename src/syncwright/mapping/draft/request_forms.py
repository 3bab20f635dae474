"""An IT change-request form pasted as the request (round 47).

Retail and finance teams ask their CRM team through a change-management desk (ServiceNow,
Jira Service Management, a SharePoint form), and the form comes over whole: 'Short
description:', 'Requester:', 'Business justification:', 'Detailed request:' over numbered
steps, 'Acceptance test:' with a record or two in words. Read as rules the short description
became a Description field, the requester a question and the acceptance test's example values
rules of their own ('the Lead must have Title empty'). On a text with two or more of the
form's labels the rules are what the 'Detailed request' (or 'Implementation plan') says; the
short description, who asked, why, and the test go. The steps under the request's label stay
as they are. Any other text comes back as it was.
"""

from __future__ import annotations

import re

# labels whose text is about the change, not the mapping: the line and its continuation lines go
_ASIDE = (
    r"short\s+description|summary|requester|requested\s+by|requested\s+for|business\s+justification|justification|"
    r"business\s+reason|reason\s+for\s+change|acceptance\s+tests?|acceptance\s+criteria\s+\(test\)|test\s+plan|"
    r"validation|expected\s+result|priority|urgency|impact|risk|category|change\s+type|type\s+of\s+change|due\s+date|"
    r"deadline|approver|approved\s+by|assignment\s+group|assigned\s+to|environment|rollback\s+plan|backout\s+plan|"
    r"configuration\s+item|affected\s+systems?|cost\s+cent(?:er|re)|department|area"
)
# labels over the mapping itself: the label goes, what it heads stays
_REQUEST = r"detailed\s+request|detailed\s+description|description\s+of\s+the\s+change|implementation\s+plan|request\s+details|details\s+of\s+the\s+request|what\s+is\s+requested"
_LABEL = re.compile(rf"^[ \t]*(?:\*\*)?(?P<k>{_ASIDE}|{_REQUEST})(?:[ \t]*\([^)\n]{{1,30}}\)|,[ \t]*[a-z][a-z ]{{2,24}})?(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(?P<rest>.*)$", re.I)
_IS_REQUEST = re.compile(rf"^(?:{_REQUEST})$", re.I)
# a form says who and why besides what: at least one of these and the request's own label
_FORM_KEY = re.compile(r"^(?:requester|requested\s+by|business\s+justification|justification|short\s+description|acceptance\s+tests?)$", re.I)


def _key(m: re.Match[str]) -> str:
    """A label's key as one lower-case spaced phrase ('Business  Justification' -> 'business justification')."""
    return re.sub(r"\s+", " ", m["k"].lower())


def request_form(text: str) -> str:
    """``text`` without the form's labels about the change (and what they say); the request's
    steps as they are."""
    lines = text.splitlines()
    labels = [(_LABEL.match(ln)) for ln in lines]
    keys = {_key(m) for m in labels if m}
    if not any(_IS_REQUEST.match(k) for k in keys) or sum(bool(_FORM_KEY.match(k)) for k in keys) < 2:
        return text
    out: list[str] = []
    dropping = False
    for ln, m in zip(lines, labels, strict=True):
        if m:
            dropping = not _IS_REQUEST.match(_key(m))
            if not dropping and m["rest"].strip():
                out.append(m["rest"])
            continue
        if not dropping:
            out.append(ln)
    return "\n".join(out).strip("\n")

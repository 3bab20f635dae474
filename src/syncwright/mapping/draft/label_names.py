"""A field named by its label with its API name after it in brackets: 'the Mobile Phone Number
(mobilephone)', 'Lead Source (LeadSource)', "'Unsubscribed from all email' (hs_email_optout)".

Careful writers do this so nobody mistakes the field; read word by word, the label's words
matched other fields first ('Mobile Phone Number' is MobilePhone on a Salesforce Lead, so
'Phone comes from the Mobile Phone Number (mobilephone)' wrote MobilePhone). Where the words
before the brackets are that field's own label (as the catalog gives it), the pair is said as
the API name alone (round 40). Brackets holding anything else stay as written.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.examples import fold
from syncwright.mapping.draft.fields import ObjectFields

# an API name in brackets, right after some words
_BRACKETED = re.compile(r"\((?P<api>[A-Za-z_][\w.]*)\)")
_QUOTES = "'\"\u2018\u2019\u201c\u201d"
_LONGEST_LABEL = 8  # words


def _labels(objects: tuple[ObjectFields, ...]) -> dict[str, set[str]]:
    """API name -> the folded labels it goes by, across the objects."""
    out: dict[str, set[str]] = {}
    for obj in objects:
        for f in obj.fields:
            if f.label:
                out.setdefault(f.path, set()).add(fold(f.label))
    return out


def label_names(text: str, *objects: ObjectFields) -> str:
    """Each 'Label (api_name)' whose label is that field's own, said as the API name alone."""
    if "(" not in text:
        return text
    labels = _labels(objects)
    every_label = set().union(*labels.values()) if labels else set()
    out: list[str] = []
    last = 0
    for m in _BRACKETED.finditer(text):
        known = labels.get(m["api"])
        if not known:
            continue
        before = text[last : m.start()]
        # the words right before the brackets, longest first: the label, maybe quoted
        spans = list(re.finditer(r"[^\s(]+", before))[-_LONGEST_LABEL:]
        for k in range(len(spans)):
            start = spans[k].start()
            words = before[start:].rstrip()
            if words.endswith(tuple(_QUOTES)) or not words[-1:].isalnum():
                words = words.rstrip(_QUOTES + ",:;")
            longer = before[spans[k - 1].start() :] if k else ""
            if fold(words.lstrip(_QUOTES)) in known and words.lstrip(_QUOTES)[:1].isalnum() and fold(longer) not in every_label:
                # ('the job title (Title)': 'job title' is another field's label, the brackets a remark)
                out.append(before[:start] + m["api"])
                last = m.end()
                break
    out.append(text[last:])
    return "".join(out)

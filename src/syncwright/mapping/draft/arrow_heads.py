"""A value table headed by an arrow between two fields (round 48).

'Unsubscribed from all email → Mailchimp status' over '"true" → unsubscribed', '"false" →
subscribed', 'no value → transactional': the first line names the field read and the field
written, the lines under it are the table's rows. Read line by line the head was a copy
(status from the opt-out flag) and the rows, with no field, were questions or, joined under a
title, rows whose first one was the head. When the head's left side is a field of the source,
its right side (perhaps after the platform's name) a field of the destination, and two rows or
more follow at once whose keys and outputs name no field of either side, the head is said as the table reader's
caption: 'status from Unsubscribed from all email:' (a title line right above naming the same
field goes: the caption says it). Any other text comes back as it was.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.examples import fold as _fold
from syncwright.mapping.draft.fields import ObjectFields

_ARROW = r"(?:->|→|=>)"
_HEAD = re.compile(rf"^(?P<i>[ \t]*)(?P<s>['\"]?[^'\"\n→>|:]{{2,50}}?['\"]?)\s*{_ARROW}\s*(?P<d>[^'\"\n→>|:]{{2,50}}?)\s*:?\s*$")
_ROW = re.compile(rf"^[ \t]*(?:[-*•]\s*)?(?P<k>[^\n→>|]{{1,50}}?)\s*{_ARROW}\s*\S")
# a value row: a short key and a short value, nothing more ('"true" → unsubscribed', 'no value → transactional (only ...)')
_VALUE_ROW = re.compile(rf"^[ \t]*(?:[-*•]\s*)?['\"]?[\w .'-]{{1,30}}['\"]?\s*{_ARROW}\s*['\"]?[\w .'-]{{1,30}}['\"]?(?:\s*\([^()]*\))?\s*$")
_PLATFORM = re.compile(r"^(?:(?:the\s+)?(?:mailchimp|hubspot|salesforce|sf|segment|ga4)(?:'s)?\s+)", re.I)


def arrow_heads(text: str, src: ObjectFields, dst: ObjectFields) -> str:
    """``text`` with each 'source field → destination field' line over value rows said as their caption."""
    if "→" not in text and "->" not in text and "=>" not in text:
        return text
    lines = text.split("\n")
    src_names, dst_names = src.folded_names(), dst.folded_names()
    for i, ln in enumerate(lines):
        m = _HEAD.match(ln)
        if m is None:
            continue
        source, dst_field = _fold(m["s"].strip("'\"")), _PLATFORM.sub("", m["d"])
        if source not in src_names or _fold(dst_field) not in dst_names or source == _fold(dst_field):
            continue  # ('email -> Email': a copy between two fields of one name, a mapping row)
        rows: list[str] = []
        for below in lines[i + 1 :]:
            r = _ROW.match(below)
            if r is None or not _VALUE_ROW.match(below):
                break
            rows += [_fold(r["k"].strip(" '\"")), _fold(re.split(_ARROW, below, maxsplit=1)[1].strip(" '\""))]
        # rows are values on both sides: a key or an output naming a field of either side is a mapping row ('jobtitle -> Title')
        if len(rows) >= 4 and not any(k in src_names or k in dst_names for k in rows):
            lines[i] = f"{m['i']}{dst_field} from {m['s'].strip()}:"
            above = lines[i - 1] if i else ""
            if above.strip() and not re.search(r"[:→>|=]", above) and _fold(dst_field) in _fold(above):
                lines[i - 1] = ""  # 'Mailchimp status from HubSpot opt-out' over the head: the table's title, said again by it
    return "\n".join(lines)

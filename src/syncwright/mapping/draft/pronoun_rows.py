"""Rows keyed on a pronoun after a head that names the table's source: "Could the status follow
the 'Unsubscribed from all email' field? If it says true they should go in as unsubscribed, if
it says false as subscribed, and if it's blank please use pending." The head ('D follows F',
'set D from F', 'D depends on F', ending in '?', '.' or ':') names the destination and the
source; each row is 'if/when it says/is K, [how it goes in] V'. Why a module: the rows are in
the next sentence, so no sentence reader sees the head and the rows together (the rows alone
were read as a constant status, the head alone as a copy of the flag). The pair is rewritten
to the arrow table the grammar reads, 'D from F: K -> V, ..., empty -> V'; anything else is
left as written."""

from __future__ import annotations

import re

_HEAD = re.compile(
    r"(?P<lead>(?:^|(?<=[.?!]\s))\s*(?:(?:for|in|on)\s+[\w ]{1,30},\s*)?)(?:(?:could|can|would|should|please|and|also|then)\s+)*(?:set\s+)?"
    r"(?P<d>(?:the\s+|their\s+)?[A-Za-z][\w .'/-]{0,40}?)(?:\s+|(?=,))"
    r"(?:(?:should|could|can|will|must|needs\s+to|has\s+to|is\s+to|ought\s+to)\s+)?(?:follow|follows|mirror|mirrors|track|tracks|come\s+from|comes\s+from|comes?\s+off(?:\s+of)?|goes?\s+off|be\s+based\s+on|is\s+based\s+on|depend\s+on|depends\s+on|from"
    # 'Then the status, kindly take it from "Unsubscribed from all email":' (round 29)
    r"|,\s*(?:please\s+|kindly\s+)?(?:take|get|read|work\s+out)\s+it\s+from)\s+"
    r"(?P<f>(?:the\s+|their\s+|its\s+)?(?:[A-Za-z]\w*'s\s+)?(?:\"[^\"]+\"|'[^']+'|[A-Za-z][\w/ -]{0,40}?)(?:\s+(?:field|property|box|checkbox|flag))?(?:\s+in\s+(?:hubspot|salesforce|mailchimp))?)"
    # the field's API name after it, in brackets or as an appositive ('the unsubscribe flag, hs_email_optout.', round 28)
    r"(?:\s*\((?P<named>[A-Za-z_][\w.]*)\)|,\s*(?P<named2>(?-i:[a-z][a-z0-9]*_[a-z0-9_]+)))?\s*(?P<end>[?.:,])\s+",
    re.I,
)
_KEY = r"(?P<k>true|false|yes|no|checked|unchecked|ticked|unticked|blank|empty|missing|\"[^\"]+\"|'[^']+'|[\w-]+)"
_ROW = re.compile(
    r"^(?:[-*•]\s+)?(?:and\s+|but\s+)?(?:if|when|where|in\s+case)\s+(?:it|that|the\s+(?:value|field|box|flag))(?:'s\s+|\s+(?:says|is|reads|shows|=|has)\s+)" + _KEY + r",?\s+"
    r"(?:(?:then\s+)?(?:they're\s+|it's\s+|(?:they|it|the\s+(?:member|contact|lead|record|person))\s+(?:should\s+|will\s+|must\s+|can\s+)?(?:go\s+in|come\s+in|be\s+added|be\s+set|be|get|are|is)\s+)(?:as\s+|to\s+)?"
    # 'when it is "true", status is "unsubscribed"': the destination named again (round 29)
    r"|(?:the\s+)?[A-Za-z_][\w.]*\s+(?:is|should\s+be|will\s+be|becomes?)\s+"
    r"|(?:please\s+|just\s+)*(?:use|put|set\s+it\s+to|make\s+it|make\s+them|send|mark\s+them)\s+(?:as\s+)?|as\s+|then\s+"
    r"|(?:please\s+|just\s+)*(?:add|mark|put|set|create|subscribe|import)\s+(?:them|it|the\s+(?:member|contact|lead|record|person))\s+(?:in\s+)?(?:as|to)\s+)?"
    r"(?P<v>\"[^\"]+\"|'[^']+'|[\w-]+)(?:\s*,?\s+(?:so|because|since)\b.*)?$",
    re.I,
)
_EMPTY_KEYS = frozenset(["blank", "empty", "missing"])
# the next sentence, when it is one more row ('. If it is blank, add them as pending')
_NEXT_ROW = re.compile(r"\.\s+(?P<s>(?:if|when)\s+(?:it|that|the\s+value)\b[^.?!]*)", re.I)


def pronoun_rows(text: str) -> str:
    """``text`` (the whole request, quotes still in) with each head-and-pronoun-rows pair
    rewritten as an arrow table; unchanged where the rows are not all such rows."""
    for h in _HEAD.finditer(text):
        after = text[h.end() :]
        stop = re.search(r"[.?!](?:\s|$)|\s*,\s*so\b|\s*\(", after)
        end = stop.start() if stop else len(after)
        parts = [after[:end]]
        # session 16: rows that are sentences of their own ('If it is "true" the member is
        # unsubscribed. If it is blank, add them as pending.'), read on while each is a row
        while end < len(after) and after[end] == "." and (nxt := _NEXT_ROW.match(after, end)) and _ROW.match(nxt.group("s").strip()):
            parts.append(nxt.group("s").strip())
            end = nxt.end("s")
        chunks = [c.strip() for part in parts for c in re.split(r"\s*;\s*|\s*\n\s*|\s*,\s*(?=(?:and\s+|but\s+)?(?:if|when|where)\b)", part) if c.strip()]
        rows: list[tuple[str, str]] = []
        for c in chunks:
            r = _ROW.match(c)
            if r is None:
                rows = []
                break
            k = r.group("k").lower()
            rows.append(("empty" if k in _EMPTY_KEYS else r.group("k"), r.group("v")))
        if len(rows) < 2:
            continue
        table = ", ".join(f"{k} -> {v}" for k, v in rows)
        rest = after[end:]
        field = h.group("named") or h.group("named2") or h.group("f")
        return f"{text[: h.start()]}{h.group('lead')}{h.group('d')} from {field}: {table}{rest}"
    return text

"""'Description: please combine as below.' over the line that gives the combination, and other heads
over the lines that say their rule (round 46).

A list item says what a field is made of on the line under it: 'Description: please combine as
below.' then '"Source: " + original source + ", created " + create date'. Read apart, the item
named no value (a question) and the expression named no field (another). The line below is
joined to its item ('Description: "Source: " + original source + ...'), and the plain-word
lines right under it that tell a part's format ('Create date is only date part, YYYY-MM-DD
format') are kept as they were, for the grammar's date readers. An item whose next line is
not an expression with '+' or '&' is left as it was. Two more heads end where their rows begin:
'... to Mailing Country as below.' (a full stop where a colon belongs, a blank line under it)
and 'traits.unsubscribed: true / false (boolean)' (the field's type where its rows' head is).
"""

from __future__ import annotations

import re

_ITEM = re.compile(
    r"^(?P<head>[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-*\u2022])?[ \t]*[A-Za-z][\w/ '-]{1,40}?[ \t]*(?::|\s-\s)[ \t]*)"
    r"(?:please\s+|kindly\s+)?(?:combine|concatenate|join|build|make|compose|put\s+together|set|fill)(?:\s+(?:it|them|the\s+value))?"
    r"\s+(?:as|like)\s+(?:below|follows|this|the\s+following)(?:\s+(?:format|formula|rule))?\s*[.:]?\s*$",
    re.I,
)
# 'Create date is only date part, YYYY-MM-DD format.' under the expression: one part's format
_PART_DATE = re.compile(
    r"^[ \t]*(?:\*?\s*note\s*:\s*)?(?:the\s+)?(?P<p>[A-Za-z][\w ]{1,30}?)\s+(?:is|should\s+be|will\s+be|=|:)\s+(?:only\s+|just\s+)?(?:the\s+)?"
    r"(?:date\s+part|date\s+only|only\s+(?:the\s+)?date|day\s+only)(?:\s+(?:of\s+it|only))?(?:\s*,?\s*(?:in\s+|as\s+)?(?:YYYY-MM-DD|ISO(?:\s+8601)?)(?:\s+format)?)?\s*\.?\s*$",
    re.I,
)
# 'Please convert HubSpot Country/Region to Mailing Country as below.' over rows: the head ends in a full stop
_HEAD_STOP = re.compile(r"^(?P<h>[^\n]*\b(?:as|like)\s+(?:below|follows|the\s+(?:table|list)\s+below)(?:\s+(?:table|list|mapping))?)\s*\.\s*$", re.I)
_ROW = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?[^\n]{1,60}?(?:->|\u2192|=>|\s=\s)[ \t]*\S")
# 'traits.unsubscribed: true / false (boolean)' over rows: the field's type said where its rows' head is
_TYPE_HEAD = re.compile(r"^(?P<h>[^\n:]{2,60}:)\s*(?:true\s*/\s*false|yes\s*/\s*no)\s*\((?:boolean|bool|checkbox|flag|true\s*/\s*false)\)\s*\.?\s*$", re.I)
# 'Unsubscribed from all email: please send as text. Email Opt Out is checked -> "true", ...': the
# item's rows follow a word on how they are sent, on the same line
_AS_TEXT = re.compile(
    r"(?P<h>^[^\n:]{2,60}:)\s*(?:please\s+|kindly\s+)?(?:(?:send|write|put|pass)\s+(?:it\s+)?)?as\s+(?:a\s+)?(?:text|string)(?:\s+value)?"
    r"(?:\s+(?:\"true\"|'true')\s*(?:/|or|and)\s*(?:\"false\"|'false'))?\s*[.,;:]?\s*(?:\n[ \t]+)?(?=[^\n]*(?:->|\u2192|=>))",
    re.I | re.M,
)
# 'street address: we would like Japanese style, postal code first. Zip/Postal Code + " " + Street.': a
# remark on the item's line before the expression that is its rule
_REMARK_FIRST = re.compile(
    r"^(?P<h>[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-*\u2022])?[ \t]*[A-Za-z][\w/ '-]{1,40}?:)[ \t]*(?P<r>(?![^\n.]*\b(?:from|into|to|as\s+is|if|then|take|use|copy|send)\b)[^\n.+&\"'\u2192>=;]{3,120}\.)[ \t]+"
    # the expression: quoted parts or two joins, and no verb (''numbers without + are of United States' is prose)
    r"(?P<e>(?=[^\n]*(?:\"[^\"\n]*\"|\s\+\s[^\n]*\s\+\s))(?![^\n]*\b(?:is|are|was|were|goes|go|take|use|has|have|keeps?|then|if)\b|[^\n]*[=;])[^\n]*?\S\s\+\s[^\n]*)$",
    re.M,
)
# 'Language: from Mailing Country' over rows with no colon of its own: the table's head
_FROM_HEAD = re.compile(r"^(?P<p>[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-*\u2022])?[ \t]*)(?P<d>[A-Za-z][\w/ '-]{1,40}?)\s*:\s*(?:from|based\s+on|by|according\s+to)\s+(?P<s>[^.:\n]{2,40}?)(?:,?\s*(?:as\s+below|as\s+follows|like\s+this|like\s+below))?\s*[.:]?\s*$", re.I)
# a line that is a concatenation: quoted parts and field words joined by '+' or '&'
_EXPRESSION = re.compile(r"^[ \t]*(?=[^\n]*(?:\s[+&]\s))[^\n]*?\S[ \t]*$")


# 'Match on Email Address (= HubSpot email) and set the tags:' over the tags' lines: the head is a line of its own (round 47)
_SET_HEAD = re.compile(r"^(?P<a>[^\n]*?\S)[ \t]+and[ \t]+(?:set|fill|give|put)[ \t]+(?:the[ \t]+)?(?P<f>tags|status|values)[ \t]*:[ \t]*(?:\n[ \t]*)*$", re.I | re.M)


def as_below(text: str) -> str:
    """Each 'X: combine as below' item joined to the expression on the line under it."""
    text = _SET_HEAD.sub(lambda m: f"{m['a']}.\n{m['f'].capitalize()}:", text)  # (the blank lines under it go: its lines follow)
    if not re.search(r"\b(?:as|like)\s+(?:below|follows|this|the following)\b|\((?:boolean|bool|checkbox|flag|true\s*/\s*false)\)|\bas\s+(?:a\s+)?(?:text|string)\b|\s\+\s|:\s*(?:from|based on|by|according to)\s", text, re.I):
        return text
    text = _REMARK_FIRST.sub(lambda m: f"{m['h']} {m['e']}", text)
    lines = _AS_TEXT.sub(lambda m: m["h"][:-1].rstrip() + " as text: ", text).split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        f = _FROM_HEAD.match(lines[i])
        if f and i + 1 < len(lines) and _ROW.match(lines[i + 1]) and lines[i + 1][:1] in " \t":
            rows = []
            i += 1
            while i < len(lines) and lines[i][:1] in " \t" and _ROW.match(lines[i]):
                rows.append(re.sub(r"^[-*\u2022]\s*", "", lines[i].strip()))
                i += 1
            # the rows on the head's line: the table ends with them, the next item is a sentence of its own
            out.append(f"{f['p']}{f['d']} from {f['s']}: " + "; ".join(rows))
            continue
        t = _TYPE_HEAD.match(lines[i])
        if t and i + 1 < len(lines) and _ROW.match(lines[i + 1]):
            out.append(t["h"])
            i += 1
            continue
        h = _HEAD_STOP.match(lines[i])
        k = i + 1
        while h and k < len(lines) and not lines[k].strip():
            k += 1
        if h and k < len(lines) and _ROW.match(lines[k]) and not _ROW.match(lines[i]):
            out.append(f"{h['h']}:")
            i = k
            continue
        m = _ITEM.match(lines[i])
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if m and _EXPRESSION.match(nxt) and ("+" in nxt or " & " in nxt):
            expression = nxt.strip()
            i += 2
            while i < len(lines) and (d := _PART_DATE.match(lines[i])):
                part = re.compile(rf"(?<![\w\"'])({re.escape(d['p'])})(?![\w\"'])", re.I)
                if not part.search(expression):
                    break
                expression = part.sub(r"\1 as YYYY-MM-DD", expression, count=1)
                i += 1
            out.append(f"{m['head']}{expression}")
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)

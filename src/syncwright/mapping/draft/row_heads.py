"""Value rows that stand without their head, given one (round 51).

'language -> from Mailing Country' over rows indented under it, a band table whose first row names the
field ('Annual Revenue more than 5,000,000 -> Rating "Hot"' over '... -> "Cold"'), and a head with a
remark after its colon ('Mailing Country — in Danish, the Copenhagen office reads these') over rows: each
row was read as a rule of its own and asked about. The rows are written under a plain 'Field:' head, the
shape the sentence splitter already joins into one value table. Runs on the text as written (quotes
still in place), before lines are joined.
"""

from __future__ import annotations

import re

# a row of values: '"lead" -> "Sales"', 'Austria -> "de"', 'PAID_SEARCH = Ads'
VALUE_ROW_LINE = re.compile(r"""^(?:"[^"]{1,40}"|'[^']{1,40}'|[\w-]+(?: [\w-]+){0,3})\s*(?:->|=>|→|=)\s*(?:"[^"]*"|'[^']*'|\S)""")


# 'Annual Revenue more than 5,000,000 -> Rating "Hot"' over 'Annual Revenue less than 1,000,000 -> "Cold"': the first
# row names the field the rows write (round 51)
_NAMED_ROW = re.compile(r"""^(?P<i>[ \t]*)(?P<b>[-*•][ \t]+)?(?P<c>[^\n:]+?)\s*->\s*(?P<d>(?-i:[A-Z])\w*(?: (?-i:[A-Z])\w*){0,2})\s+(?P<v>"[^"\n]+"|'[^'\n]+')\s*$""")
# a band's bound: the rows a first row names the field of are a band table ('more than 5,000,000 -> Rating "Hot"')
_BAND = re.compile(r"\b(?:more|less|fewer|greater|higher|lower|bigger|smaller)\s+than\b|\b(?:above|below|over|under|at\s+least|at\s+most|between|up\s+to)\b|[<>]", re.I)
_QUOTED_ROW = re.compile(r"""->\s*(?:"[^"\n]*"|'[^'\n]*')""")


# 'Mailing Country: in Danish, the Copenhagen office reads these' over value rows: a head and a remark (round 51)
_REMARK_HEAD = re.compile(r"^(?P<h>[ \t]*(?:\[[^\]\n]{1,12}\][ \t]+)?[A-Za-z][\w /.]{1,40}?:)[ \t]+(?P<r>[^\n]+)$")
_HEAD_BASIS = re.compile(r"->|=|<-|['\"]|\b(?:from|based|depends?|depending|according|by|using|of|if|when|only|skip|copy|map|not|no|never|who|whose|note|nb|use|take|takes|put)\b|^\s*(?-i:[A-Z]{3,12})\s+\d", re.I)


def _drop_head_remarks(text: str) -> str:
    """A head's remark over rows of quoted values dropped: the head alone heads them."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        rows = [x for x in lines[i + 1 : i + 3] if x.strip()]
        if (h := _REMARK_HEAD.match(ln)) and not _HEAD_BASIS.search(h["r"]) and not _HEAD_BASIS.search(h["h"]) and len(rows) == 2 and all(
            VALUE_ROW_LINE.match(x.strip()) and _QUOTED_ROW.search(x) for x in rows
        ):
            lines[i] = h["h"]
    return "\n".join(lines)


def _row_named_head(text: str) -> str:
    """The field a band table's first row names, put over the rows as their head."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        m = _NAMED_ROW.match(ln)
        if m is None or not _BAND.search(m["c"]) or (i and lines[i - 1].strip().lower() == f"{m['d'].lower()}:"):
            i += 1
            continue
        lead = m["i"] + (m["b"] or "")
        k = i + 1
        block: list[str] = []
        while k < len(lines) and lines[k].startswith(lead) and (_QUOTED_ROW.search(lines[k]) or _NAMED_ROW.match(lines[k])) and (lines[k][len(lead) : len(lead) + 1].strip() or not m["b"]):
            named = _NAMED_ROW.match(lines[k])
            if named is not None and named["d"] != m["d"]:
                break
            block.append(f"{named['i']}{named['b'] or ''}{named['c']} -> {named['v']}" if named else lines[k])
            k += 1
        if not block:
            i += 1
            continue
        first = f"{lead}{m['c']} -> {m['v']}"
        if m["b"]:
            # '- Annual Revenue more than 5,000,000 -> Rating "Hot"' over '- ... -> "Cold"': the rows nest under '- Rating:'
            lines[i:k] = [f"{lead}{m['d']}:", *("  " + x for x in [first, *block])]
        else:
            lines[i:k] = [f"{m['i']}{m['d']}:", first, *block]
        i = k + 1
    return "\n".join(lines)


def _indented_rows_head(text: str) -> str:
    """'language -> from Mailing Country' over rows indented under it ('  Germany -> "de"'): the line heads
    the rows as if it ended in a colon (round 51: each row was read as a rule of its own)."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if not ln.strip() or ":" in ln or ln.rstrip().endswith((",", ";")) or _QUOTED_ROW.search(ln):
            continue  # (a row of a table above, its indent lost to a slash list, is no head)
        indent = len(ln) - len(ln.lstrip())
        rows = 0
        for x in lines[i + 1 :]:
            if not x.strip():
                break
            if len(x) - len(x.lstrip()) <= indent or not VALUE_ROW_LINE.match(x.strip()) or not _QUOTED_ROW.search(x):
                break  # (rows of values: 'Email -> Email' pairs under a step's line are its copies)
            rows += 1
        if rows >= 2:
            lines[i] = ln.rstrip().rstrip(".") + ":"
    return "\n".join(lines)


def row_heads(text: str) -> str:
    """``text`` with each headless run of value rows under its head."""
    return _row_named_head(_drop_head_remarks(_indented_rows_head(text)))

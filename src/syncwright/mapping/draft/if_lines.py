"""Rows a chat writer puts one per line, joined so the sentence readers see them together (round 28).

'Rating for Lead, from annual revenue' / 'if annualrevenue more than 5000000 then Rating "Hot"'
/ 'if annualrevenue less than 1000000 then Rating "Cold"' / 'if between then "Warm"': read as
sentences of their own, each row rewrote the field the row above had set (the last row won, a
silent wrong). The sentence readers know the rows when they see them together, 'if A, "Hot";
if B, "Cold"; otherwise "Warm"', so a run of two or more such lines (each opening with if /
when and ending in a quoted value, or opening with otherwise / else) becomes one line with
'; ' between the rows, and the head line above them naming the field and its source becomes
their head, 'Rating, based on annual revenue: ...' (round 29; alone it copied the revenue into
AnnualRevenue). Lines that end in anything else (a skip, a field, a format) stay apart. The same way: a
field's line whose rows follow as sentences of their own ('HasOptedOutOfEmail: if X then
true. if "false" or empty then false'), a field's line and its blank branch ('source = ... .
if source no have then "direct"'), a 'D from F' head line with no colon over arrow rows, and
a full stop inside brackets ('(US, +1. if it has "+" already then keep it)'), which ends no
sentence. Why a module of its own: it works on lines, before sentences exist; the canon rows
work on one sentence at a time and cannot join them.
"""

from __future__ import annotations

import re

# '- if X then Rating "Hot"', 'if annualrevenue no have then "Cold" also', 'when it is true: "yes"'
_VALUE_ROW = re.compile(r"^\s*(?:[-*•]\s+)?(?:if|when)\b.*(?:\"[^\"\n]*\"|'[^'\n]*')\s*(?:also|too|as well|nhé|ạ)?\s*[.;]?\s*$", re.I)
_REST_ROW = re.compile(r"^\s*(?:[-*•]\s+)?(?:otherwise|else|anything else|everything else|other values?|if between)\b.*(?:\"[^\"\n]*\"|'[^'\n]*')\s*[.;]?\s*$", re.I)


# 'HasOptedOutOfEmail: if hs_email_optout = "true" then true. if "false" or empty then false': a field's
# line whose rows are sentences of their own; the rows after the first join it
_HEADED_ROWS = re.compile(r"(?m)^(?P<h>[ \t]*(?:[-*•][ \t]+)?[A-Za-z_][\w.]*[ \t]*:[ \t]*(?:if|when)\b[^\n.]*?)\.[ \t]+(?=(?:if|when|otherwise|else)\b)", re.I)


# a head line naming where a field comes from, with no colon, over arrow rows ('status for Mailchimp
# from HubSpot unsubscribe field (hs_email_optout)' / '"true" → "unsubscribed"' / 'empty → "pending"')
_FROM_HEAD = re.compile(r"^[ \t]*[A-Za-z_][\w. ]{0,60}\b(?:from|based on|depends on|by)\b[^:\n;.]*[^:\s;.]$", re.I)
_ARROW_ROW = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?:\"[^\"\n]*\"|'[^'\n]*'|(?-i:[A-Z][A-Z0-9_]{2,})|empty|blank|none|other\w*|anything else|everything else)[ \t]*(?:->|→|=>)[ \t]*\S", re.I)


# 'source = hs_analytics_source lower case. if source no have then "direct"': a field's line and its blank
# branch said as a sentence of its own (read apart, the next line's rule joined the blank branch's sentence)
_LINE_DEFAULT = re.compile(
    r"(?m)^(?P<h>[ \t]*(?:[-*•][ \t]+)?(?!(?:ga4|hubspot|salesforce|sf|sfdc|mailchimp|mc|segment|note|notes|nb)\b)[A-Za-z_][\w.]*[ \t]*(?:=|:|->|→|<-)[^\n.;]*?)\.[ \t]+"
    r"(?=(?:if|when)\b(?![^\n]*\b(?:skip|drop|exclude|ignore|filter)\b)[^\n]*\b(?:no have|not have|don't have|empty|blank|missing)\b)",
    re.I,
)


def _head_colons(lines: list[str]) -> list[str]:
    """A 'D from F' head line over two or more arrow rows gets the colon the list readers key on."""
    out = list(lines)
    for i, ln in enumerate(lines[:-2]):
        if _FROM_HEAD.match(ln) and _ARROW_ROW.match(lines[i + 1]) and _ARROW_ROW.match(lines[i + 2]):
            out[i] = ln.rstrip() + ":"
    return out


# '(US, +1. if number have "+" already then keep it)': a full stop inside brackets ends no sentence
_PAREN_STOP = re.compile(r"\((?P<a>[^()\n]*?(?<=[A-Za-z0-9+][A-Za-z0-9])(?<!\betc)(?<!\bvs))\.[ \t]+(?=[a-z])(?P<b>[^()\n]*)\)")


# 'Rating for Lead, from annual revenue' over 'if ...' lines: the head names the field the rows write
# and the field they read; said 'D, based on F:' before the joined rows (the form the table readers
# know), else the head was a sentence of its own that copied F into a field named like it
_RUN_HEAD = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<d>[A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*){0,3}?)(?:[ \t]+for[ \t]+(?:the[ \t]+|each[ \t]+|every[ \t]+)?[A-Za-z]+)?,?"
    r"[ \t]+(?:from|based on|depends on|depending on|by)[ \t]+(?:the[ \t]+)?(?P<f>[A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*){0,3}?)[ \t]*:?[ \t]*$",
    re.I,
)


def _squash(words: str) -> str:
    return re.sub(r"[\s_.]+", "", words).lower()


def _headed_run(head: str, rows: list[str]) -> str | None:
    """The head line and its rows as one 'D, based on F: row; row' line, when the rows read F or
    write D (else the head is something else, e.g. 'email from email' over another field's rows)."""
    m = _RUN_HEAD.match(head)
    if m is None:
        return None
    d, f = _squash(m["d"]), _squash(m["f"])
    said = _squash(" ".join(rows))
    writes_d = re.search(rf"\bthen\s+{re.escape(m['d'])}\b", " ".join(rows), re.I) is not None
    if not (writes_d or f in said) or d == f:
        return None
    return f"{m['d']}, based on {m['f']}: "


def join_if_lines(text: str) -> str:
    """``text`` with the line shapes above joined; every other line as it was."""
    text = _PAREN_STOP.sub(lambda m: f"({m['a']}; {m['b']})", text)
    text = "\n".join(_head_colons(text.split("\n")))
    for rx in (_HEADED_ROWS, _LINE_DEFAULT):
        while (m := rx.search(text)) is not None:
            text = text[: m.start()] + m.group("h") + "; " + text[m.end() :]
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if sum(1 for r in run if _VALUE_ROW.match(r)) >= 2:
            joined = "; ".join(re.sub(r"^\s*(?:[-*•]\s+)?", "", r).rstrip(" .;") for r in run)
            head = _headed_run(out[-1], run) if out else None
            if head is not None:
                out[-1] = head + joined
            else:
                out.append(joined)
        else:
            out.extend(run)
        run.clear()

    for ln in lines:
        if _VALUE_ROW.match(ln) or (run and _REST_ROW.match(ln)):
            run.append(ln)
            continue
        flush()
        out.append(ln)
    flush()
    return "\n".join(out)

"""A brief written as DO and DON'T lists (round 56).

Some writers split a request into what must happen and what must not: a 'DO:' heading over
the rules, a 'DON'T:' heading over the mistakes to avoid ('Don't send a blank Phone - leave it
off'), each item behind a tick or a cross ('✓ Email → Email', '✗ Don't trim Company'), and
'DON'T send:' over the records that stay out. Read as words the headings ran into the first
item ('DO not: Do not tidy anything up') and the ticks were no list marks.

The headings go, the ticks and crosses are bullets, an item's own 'Don't' is the sentence it
always was (the grammar reads 'Don't send a blank Phone'), and 'DON'T send:' over items is the
skip list it is ('Skip contacts when either is true:'). A 'Do:' or 'Don't:' written before an
item on its line goes the same way: the item says the rule itself.
"""

from __future__ import annotations

import re

# 'DO:', "DON'T:", 'Also DO:', 'DO, for everyone else:', "DON'Ts:" alone on a line
_HEADING = re.compile(
    r"^[ \t]*(?:also[ \t]+)?(?:do|dos|do's|don'?t|don'?ts|don't's|do not)(?:[ \t]*,[ \t]*for (?:everyone|everybody|all the rest|the rest)(?: else)?)?"
    r"(?:[ \t]*\([^)\n]*\))?[ \t]*:[ \t]*$",  # 'DO (Lead field → HubSpot property):'
    re.I,
)
# "DON'T send:", "DON'T sync these:": the records that stay out, listed under it
_SKIP_HEADING = re.compile(r"^(?P<ind>[ \t]*)(?:don'?t|do not|never)[ \t]+(?:send|sync|push|import)(?:[ \t]+(?:these|them|any of these))?[ \t]*:[ \t]*$", re.I)
# 'Also DO: Email → Email', "DON'T: Don't leave ...", 'Do: Do Not Call true ...': a heading before its item
_INLINE = re.compile(r"^(?P<ind>[ \t]*(?:[-*•][ \t]*)?)(?:also[ \t]+)?(?:do|don'?t|do not)[ \t]*:[ \t]*(?=\S)", re.I)
_TICK = re.compile(r"^(?P<ind>[ \t]*)[✓✔☑✅✗✘✕❌\u00d7][\ufe0f]?[ \t]*")
_ITEM = re.compile(r"^[ \t]*[-*•][ \t]+\S")
# an item that says its own negation ('Don't send ...', 'No trimming', 'Never ...')
_NEGATED = re.compile(r"(?:don'?t|do not|never|no\b|not\b)", re.I)


def dos_donts(text: str) -> str:
    """The text with its DO / DON'T headings gone and its ticks and crosses said as bullets."""
    if not re.search(r"^[ \t]*(?:[-*•][ \t]*)?(?:also[ \t]+)?(?:do|don'?t|do not)\b[^:\n]{0,30}:", text, re.I | re.M):
        return text
    lines = [_TICK.sub(lambda m: m.group("ind") + "- ", ln) for ln in text.split("\n")]
    out: list[str] = []
    negative = False  # under a DON'T heading: an item that does not say its own 'Don't' gets it
    for k, ln in enumerate(lines):
        if (h := _HEADING.match(ln)) is not None:
            negative = bool(re.search(r"\bdon'?t|\bdo not", h.group(0), re.I))
            if len(out) > 1 and not out[-1].strip() and out[-2].rstrip().endswith(":"):
                out.pop()  # 'Status comes off X - three ways:' over 'DO:' over the rows: the rows' own head
            continue
        skip = _SKIP_HEADING.match(ln)
        if skip is not None and k + 1 < len(lines) and _ITEM.match(lines[k + 1]):
            out.append(skip.group("ind") + "Skip records when either is true:")
            negative = False
            continue
        if (i := _INLINE.match(ln)) is not None:
            said = ln[i.end() :]
            if re.match(r"don'?t|do not", ln[len(i.group("ind")) :], re.I) and not _NEGATED.match(said):
                said = "Don't " + said  # "Don't: opt someone out just because ...": the item's own words after it
            out.append(i.group("ind") + said)
            continue
        if negative and (item := re.match(r"^(?P<b>[ \t]*[-*•][ \t]+)(?P<r>\S.*)$", ln)) and not _NEGATED.match(item.group("r")) \
                and not re.search(r"->|→|←|<-|=", item.group("r")):  # a mapping under the heading is no mistake to avoid
            out.append(item.group("b") + "Don't " + item.group("r"))
            continue
        if ln.strip() and not _ITEM.match(ln):
            negative = False
        out.append(ln)
    return "\n".join(out)


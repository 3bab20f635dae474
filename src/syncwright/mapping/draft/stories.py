"""User stories: "As a sales rep, I want X, so that Y." (round 23).

Product owners write requests as user stories, often over acceptance criteria. The frame
carries no rule: the role ("As a sales rep") names people, not fields, and the benefit ("so
that our reports match") says why, in words that name fields by accident ("so that Hot leads
go to sales"). What the person wants, X, is the request: a rule ("I want State in capitals"),
a filter ("I want only contacts whose country is 'United States' turned into leads") or only
the motive the criteria below spell out ("I want no lead to arrive with holes in it"). So the
frame is taken off and X is read like any other line; what follows the benefit is kept (a
colon's rows, a clause after a semicolon, the next sentence). A story whose X writes a field
the criteria write too restates them: the grammar lets the criterion's rule win (see
``Grammar.add_rule``), so a loose reading of the motive never bends an exact criterion.
"""

from __future__ import annotations

import re

# "Story 2: As an SDR, I want", "- As the US SDR manager I'd like", "As our UK marketing lead, I need"
_STORY = re.compile(
    r"^(?P<lead>\s*(?:[-*•]\s+|\d+[.)]\s+)?)(?:(?:user\s+)?story\s*#?\s*\d*\s*[:.)-]\s*)?"
    r"as\s+(?:an?|the|our|my|one of the)\s+(?P<role>[^,.;:]{1,70}?)\s*,?\s+I\s+(?:want|need|would like|'d like|wish|expect)\s+(?P<x>\S.*)$",
    re.I,
)
# the benefit: ", so that our reports match", " in order to ...", " so I can ..."
_BENEFIT = re.compile(r",?\s+(?:so\s+that|so\s+(?=(?:i|we|my|our|they|sales|reps?|nobody|no one|everyone)\b)|in\s+order\s+to)\s+", re.I)
# where the benefit ends and the request goes on: rows after a colon, a clause after a
# semicolon, the next sentence, or 'which means ...' (a rule said as a consequence)
_BENEFIT_END = re.compile(r":\s+|;\s+|\.\s+(?=\S)|\.$|,\s+which\s+means\s+(?:that\s+)?", re.I)
# "I want to have X", "I want to make sure that X": the wish's own lead-in
_WANT_LEAD = re.compile(r"^(?:to\s+(?:have|see|get|make\s+sure|ensure|be\s+sure)\s+(?:that\s+)?)", re.I)


# 'only contacts whose country is 'US' turned into Salesforce leads': the move the wish names
_MOVE_TAIL = re.compile(
    r"\s+(?:turned|made|converted)\s+into\b.*$|\s+(?:created|synced|sent|pushed|brought|handed|imported|added|copied|passed|let)"
    r"(?:\s+(?:over|across|through|in))?(?:\s+(?:in|into|to|as|over to|across to)\b.*)?$", re.I)
# 'opted-out contacts (HasOptedOutOfEmail true) kept out of Mailchimp entirely': a skip filter
_KEPT_OUT = re.compile(r"^(?P<x>.+?)\s+(?:(?:kept|left|held)\s+out\s+of|excluded\s+from|never\s+(?:sent|synced|pushed)\s+to)\b.*$", re.I)


def _wish_filter(wish: str) -> str:
    """A wish that scopes the records, in the shapes the filter readers know."""
    wish = re.sub(r"^[^,;:]{1,40}?\s+to\s+(?:receive|get|see|have|contain|hold|include|take)\s+(?=only\b)", "", wish, flags=re.I)  # 'GA4 to receive only ...'
    if (said := re.search(r"\((?P<c>(?:skip|only|exclude|ignore|drop|just)\b[^()]*)\)", wish, re.I)) is not None:
        return said["c"]  # 'dead leads kept out (skip anything whose Status is 'Closed - Not Converted')': the bracket says it exactly
    if m := _KEPT_OUT.match(wish):
        return f"skip {m['x']}"
    if re.match(r"only\s+", wish, re.I):
        return _MOVE_TAIL.sub("", wish)
    return wish


def is_story(line: str) -> bool:
    """Is ``line`` a user story ("As a ROLE, I want ...")?"""
    return bool(_STORY.match(line))


def _unframe_line(m: re.Match[str]) -> tuple[str, str]:
    """(the line without its story frame, the wish X as kept)."""
    x = _WANT_LEAD.sub("", m["x"].strip())
    why = _BENEFIT.search(x)
    if why is None:
        x = _wish_filter(x.rstrip(". "))
        return m["lead"] + x, x
    wish, benefit = _wish_filter(x[: why.start()]), x[why.end() :]
    end = _BENEFIT_END.search(benefit)
    if end is None or not benefit[end.end() :].strip():
        return m["lead"] + wish, wish
    rest = benefit[end.end() :]
    sep = end.group(0).strip()
    if sep.startswith(":"):
        kept = f"{wish}: {rest}"
    elif sep.startswith(";"):
        kept = f"{wish}; {rest}"
    else:  # the next sentence, or 'which means X': a sentence of its own
        return f"{m['lead']}{wish}. {rest[:1].upper()}{rest[1:]}", wish
    return m["lead"] + kept, kept


def unstory(text: str) -> tuple[str, list[str]]:
    """``text`` with each user story's frame taken off, and the wishes the stories kept."""
    out: list[str] = []
    wishes: list[str] = []
    for line in text.split("\n"):
        m = _STORY.match(line)
        if m is None:
            out.append(line)
            continue
        line, wish = _unframe_line(m)
        out.append(line)
        wishes.append(wish)
    return "\n".join(out), wishes

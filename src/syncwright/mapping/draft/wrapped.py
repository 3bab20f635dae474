"""Lines a writer's editor wrapped, joined back before sentences are read (round 24).

A long bullet or paragraph wrapped at a fixed width goes on in an indented line with no
bullet of its own ("2. FirstName, LastName and Company would be copied from firstname,\n
   lastname and company."). Read apart, the second line is a sentence of its own and both
halves lose their meaning. A line is a continuation only when the line above is long (a
wrap, not a short heading or a table row), does not open a list with ':', and the line is
indented deeper than it, is no bullet and no table row of its own. An e-mail hard-wrapped at its
editor's width (round 34) goes on at the same margin: there the line above must be about as long
as another line of the text, be cut where the next word would not have fit and inside a phrase
('please take' / 'the mobilephone'), so a chat's statements on lines of similar length stay apart.
A ticket hard-wrapped at its tracker's width (round 35) is joined at the same margin first, while
every line still has its width: cutting examples and criteria later would hide the wrap.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.phrases import ITEM_MARK

# a wrapped line fills most of a typical editor or chat width; headings and rows are short
_WRAP_WIDTH = 60
_BULLET = re.compile(rf"^\s*(?:{ITEM_MARK})\s+")
# "'ORGANIC_SEARCH' -> Web", "PAID_SEARCH = Ads", "firstname <- FirstName": a row, a line of its own
_ROW = re.compile(r"^\s*\S.{0,40}?\s(?:->|=>|→|=|<-|:=)\s")
_ROW_WIDTH = 50
# ...and one opening with a bracket ("(false) -> 'subscribed'") finishes the words above it (round 25)
_JOINER = re.compile(r"^\s*(?:\(|(?:and|or|but|then|plus|with|where|when|if|unless|except)\b)", re.I)


def _row(line: str) -> bool:
    """A short 'key -> value' line; one opening with a joining word goes on from above."""
    return bool(_ROW.match(line)) and len(line.strip()) <= _ROW_WIDTH and not _JOINER.match(line)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


# an e-mail body hard-wrapped at its editor's width (round 34): a long line that stops mid-sentence,
# then a line at the same margin going on in lower case ("please take\nthe mobilephone, and ...")
_HARD_WRAP_WIDTH = 90
_FUNCTION = r"(?:a|an|the|and|or|in|on|at|of|to|for|with|by|from|is|are|be|it|its|not|no|have|has|take|if|when|that|which|than|as|also|but|first|each|every|this|these|those|their|our|we|they|please|would|should|shall|must|will|can|receive|receives|empty|blank)"
_NEEDS_NEXT = re.compile(rf"(?:,|\b{_FUNCTION})$", re.I)
_GOES_ON_WITH = re.compile(r"^\s*(?:the|a|an|and|or|of|to|is|are|be|with|than|its|their|must|should|shall|cannot|needs? to|has to|have to|after|before)\b", re.I)
# ('when it is' / 'false': a verb waiting for its word, round 35; never 'as is' or 'as they are', which end a copy; nor 'like it is', round 38)
# (round 44: and on a word that opens a clause, which never ends a sentence: 'complain duplicate lead because' / 'upper case email')
_DANGLING = re.compile(r"\s(?:or|and|nor|to|the|of|with|a|an|than|from|by|into|for|because|when|whenever|if|(?<!\bopt )(?<!\bopted )(?<!\blog )(?<!\blogged )(?<!\bsign )(?<!\bsigned )(?<!\bcheck )(?<!\bchecked )(?<!\bfill )(?<!\bfilled )(?<!\bplug )in|unless|whether|whose|although|though|(?<!\bas )(?<!\bas it )(?<!\bas they )(?<!\bas that )(?<!\blike it )(?<!\blike they )(?<!\blike that )(?:is|are)|(?:with|without|whose|have|has)\s+(?:empty|blank|no))$", re.I)
_MID_SENTENCE = re.compile(r"[\w'\"\u201d\u2019)⟧,-]$")
_GOES_ON = re.compile(r"^\s*(?!\((?:[a-z]|[ivx]+|\d+)\)|[a-z][.)]\s)[a-z(](?!\w*(?:\.\w+)*(?:\s+[\w.]+)?\s*(?:=|:))")  # ('case. Language: en': a sentence's end, no key: round 47)


# 'no change of capital' / 'letters. In case ...': the last word of the sentence above, then its stop (round 52)
_SENTENCE_TAIL = re.compile(r"^\s*(?!(?:ok|okay|yes|no|so|also|and|but|hi|hello|thanks|sure|right|well|now|then|oh|ah|btw|fyi|pls|please)\b)[a-z][\w'-]*[.;,](?:\s|$)", re.I)


def _margin(widths: list[int]) -> int:
    """The width the text is wrapped at: the longest line two others come within a dozen characters
    of, a little short of the longest (round 52: one long opening line, never wrapped, set a margin no wrap reached)."""
    top = max(widths, default=0)
    for w in sorted({x for x in widths if x >= top - 20}, reverse=True):
        if sum(1 for x in widths if w - 12 <= x <= w) >= 3:
            return w
    return top


def _wrapped_prose(widths: list[int]) -> bool:
    """Three lines or more reach the margin: a paragraph wrapped at it, not a chat's lines."""
    edge = _margin(widths)
    return sum(1 for x in widths if edge - 12 <= x <= edge) >= 3


def _continues(prev: str, line: str, widths: list[int] | None = None, above: str | None = None, same_margin: bool = False) -> bool:
    """Does ``line`` go on from ``prev`` (the text so far); ``above`` is the physical line right
    above it, whose width says whether it was wrapped; ``same_margin`` leaves indented lines alone."""
    body = prev.rstrip()
    phys = (above if above is not None else prev).rstrip()
    if not line.strip() or not body or len(body) < _WRAP_WIDTH or body.endswith(":"):
        return False
    if same_margin and _indent(line) != _indent(phys):
        return False
    if re.search(r"\b(?:lower|upper|title|proper|sentence)$", body, re.I) and re.match(r"\s*case\b", line, re.I):
        return True  # 'the rest lower' / 'case.': a word the wrap split from its other half (round 47)
    if re.search(r"\b(?:otherwise|else)$", body, re.I) and re.match(r"\s*[\w'\" -]{1,40}[.!]\s*$", line):
        return True  # '..., otherwise' / 'subscriber.': the sentence's last value alone on the next line
    if re.search(r"\b(?:shall|should|must|will|would|can|could|may|might|cannot|to)$", body, re.I) and re.match(r"\s*(?:not\s+)?(?:be|have|get|go|stay)\b", line, re.I):
        return True  # 'contacts without a City shall' / 'not be sent': a modal and its verb (round 52)
    if not re.search(r"[.!?:]['\")]?\s*$", body) and re.match(r"\s*(?:shall|should|must|will|would|can|could|may|cannot|can't|won't|shouldn't|mustn't)\s+(?:not\s+)?(?:be|get|go|stay)\b", line, re.I):
        return True  # '... or another spelling (for example "NORWAY")' / 'shall not be sent.': a sentence never opens on its modal
    if re.search(r"\b(?:gets?|add|adds|put|puts|prefix(?:ed)?(?: with)?|with|becomes?)$", body, re.I) and re.match(r"\s*[\"'“(]?\+\d", line):
        return True  # 'is a US number and gets' / '+1 (11 digits ...': the verb and the prefix it gives (round 52)
    if _DANGLING.search(body) and not _BULLET.match(line) and _indent(line) >= _indent(prev):
        return True  # '..., any other value or' over '   empty -> "other"': the line above stops on a joining word
    if _BULLET.match(line) or _row(line) or _row(prev):
        return False
    if _indent(line) > _indent(prev):
        return True
    # the same margin: only a long line cut mid-sentence, going on in lower case with no '->' or '=' of its own,
    # in a text wrapped at one width (another line about as long: a chat's one long line is no wrap),
    # cut where the next word would not fit (a line ends early only where the text ends a thought)
    first = len(line.split()[0]) if line.split() else 0
    fits = widths is not None and len(phys) + 1 + first <= _margin(widths) - 3
    # ...and cut inside a phrase: the line above ends on a word that needs the next ('and in', 'when it',
    # 'are', a comma) or the line goes on with one ('the mobilephone', 'is empty'); a chat's next statement does neither
    inside = bool(_NEEDS_NEXT.search(phys) or _GOES_ON_WITH.match(line) or _SENTENCE_TAIL.match(line))
    # ...or the text is prose wrapped at one margin: two lines or more reach it and this one does too,
    # so where it stops is the margin, not the thought ('After that it's straight' / 'copies, ...': round 47)
    # (a writer who wraps by hand breaks a little short of the margin: 'for every other stage' / 'it's contact_updated.')
    prose = False
    if widths is not None and same_margin:
        edge = _margin(widths)
        # (a tail of a word or two is no sure wrap: it may be a label or a stray word of its own)
        # (and the text is prose: the line above holds a sentence's end and the line ends one; a list of
        # statements one per line, none with a full stop, is no wrapped paragraph)
        prose = sum(1 for w in widths if w >= edge - 12) >= 2 and len(phys) >= max(_HARD_WRAP_WIDTH, edge - 30) and len(line.strip()) >= 12 \
            and bool(re.search(r"[.!?][\"')]?\s", phys)) and bool(re.search(r"[.!?][\"')]?\s*$", line))
        inside = inside or (prose and len(phys) >= edge - 15)
    # (an arrow in the line above stops it, unless it sits in parentheses or that line itself went on from the one
    # before: an example inside a sentence, round 35)
    wrapped = widths is not None and (not fits or prose) and (inside or prose) and sum(1 for w in widths if abs(w - len(phys)) <= 12) >= 2 \
        and (not re.search(r"->|=>|→", re.sub(r"\([^()]*\)", "", phys)) or bool(_GOES_ON_WITH.match(phys)))
    # an arrow further on is an example or a rule of the sentence that goes on ('of the email before the @
    # (ex: a.b@c.com -> a.b)'), when the line is a long one going on with a phrase's word (round 35)
    arrow_ok = len(line.strip()) >= _WRAP_WIDTH and bool(_GOES_ON_WITH.match(line))
    # (a text wrapped at a narrower margin is wrapped all the same: 'from our US cruise' / 'partners, so ...' at 96, round 52)
    # (only inside a paragraph already found wrapped: the line above went on from the one before it)
    inside_wrap = len(body) > len(phys) + 5
    reach = max(_WRAP_WIDTH, min(_HARD_WRAP_WIDTH, _margin(widths) - 10)) if widths and inside_wrap and _wrapped_prose(widths) else _HARD_WRAP_WIDTH
    return wrapped and len(phys) >= reach and bool(_MID_SENTENCE.search(body)) and bool(_GOES_ON.match(line)) and (arrow_ok or not re.search(r"->|=>|→|<-", re.sub(r"\([^()]*\)", "", line)))


def join_wrapped(text: str, same_margin: bool = False) -> str:
    """``text`` with each wrapped line joined to the line it continues; ``same_margin`` joins only a
    text hard-wrapped at one margin (read first, while every line still has its width: round 35)."""
    out: list[str] = []
    lines = text.split("\n")
    widths = [len(ln.rstrip()) for ln in lines]
    for k, line in enumerate(lines):
        if out and _continues(out[-1], line, widths, lines[k - 1], same_margin):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)

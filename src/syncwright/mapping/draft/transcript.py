"""A request dictated into a phone and pasted as the speech-to-text transcript (round 27): "ok so
hubspot contacts into salesforce leads um just straight copies, email to email, ... lead source
is quote Web unquote, no wait, scratch that, make it quote Trade Show unquote".

Speech has no quote marks, no underscores and no punctuation keys, so the speaker says them:
'quote Web unquote', 'generate underscore lead', 'E dot one six four', 'the part before the at
sign', 'comma', 'period'. A speaker also corrects themselves mid-sentence ('subscribed, no
wait, pending': ``corrections.correct_dictated``), and fills pauses ('um', 'so yeah'). Why a module: every reader keys on typed
text (quoted values, field names, punctuation); turning the spoken forms back into the typed
ones once, on the raw text before anything else reads it, teaches them all. The spoken marks
that could mean something else in typed text ('comma', 'period', 'plus forty four', fillers)
are read only when the text is a transcript: it says 'quote ... unquote' or has fillers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.corrections import correct_dictated

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

# 'quote Web unquote', 'open quote Trade Show close quote', 'in quotes Web end quotes'
_SPOKEN_QUOTE = re.compile(r"\b(?:open |in )?quotes?,?\s+(?P<v>[^\"\n]+?),?\s+(?:unquote|end quotes?|close quotes?|end of quote)\b", re.I)
_FILLER = re.compile(r"(?:(?<=^)|(?<=[\s,.;:]))(?:um+|uh+|uhm+|erm+|hmm+|er|ah)\b[,.]?\s*", re.I)
_FILLER_PHRASES = re.compile(r"(?:,\s*)?\b(?:so yeah|you know|i guess|kind of|sort of|basically|like i said)\b,?", re.I)
# a sentence's spoken lead-in: 'ok so', 'right so', 'alright', 'so'
_LEAD_IN = re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))\s*(?:(?:ok|okay|alright|all right|right|so|and so)\b[,]?\s+)+", re.I)
# what marks a transcript: fillers, spoken quotes and signs, a correction said aloud
_MARKS = re.compile(r"\b(?:um+|uh+|erm+|so yeah|unquote|end quote|underscore|at sign|dot one six four)\b|\b(?-i:[FL]) name\b", re.I)

_UNITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TWO_DIGITS = (rf"(?:(?:{'|'.join(_TENS)})(?:[ -](?:{'|'.join(k for k in _UNITS if k not in ('zero', 'oh'))}))?"
               rf"|{'|'.join(_TEENS)}|{'|'.join(k for k in _UNITS if k not in ('zero', 'oh'))})")
# a country calling code said aloud: 'plus forty four', 'plus one', 'plus three five three'
_DIAL = re.compile(rf"\bplus\s+(?P<n>{_TWO_DIGITS}(?:\s+{_TWO_DIGITS}){{0,2}})\b", re.I)



# ', and <a lower-case field phrase> is|goes|comes ...': the next request of a run-on (a capitalised
# subject, 'Japan is JP', is a row of a table and stays where it is)
_NEXT_REQUEST = re.compile(
    r",\s+(?:and|then|so)\s+(?=(?:the\s+|their\s+)?(?-i:[a-z])[a-z]+(?:\s+[a-z]+){0,3}\s+(?:is|are|goes|go|comes|should be|gets)\b)"
    r"|,\s+(?:(?:and|then|so)\s+)?(?=(?-i:[A-Z]{2,}[A-Z_]*)\s+(?:is|are|goes|comes|should be|gets)\b)",  # ', LNAME is the last name'
)


def _two_digits(words: str) -> int:
    total = 0
    for w in re.split(r"[ -]", words.lower()):
        total += _UNITS.get(w, 0) + _TEENS.get(w, 0) + _TENS.get(w, 0)
    return total


def _dial(m: re.Match[str]) -> str:
    """'plus forty four' -> '+44', 'plus three five three' -> '+353'."""
    parts = re.findall(_TWO_DIGITS, m.group("n"), re.I)
    return "+" + "".join(str(_two_digits(p)) for p in parts)


def is_transcript(text: str) -> bool:
    return len(_MARKS.findall(text)) >= 1 and "|" not in text


def read_transcript(text: str) -> str:
    """``text`` (a transcript: ``is_transcript``) with the spoken forms of a dictated request typed."""
    text = _SPOKEN_QUOTE.sub(lambda m: f'"{m.group("v").strip()}"', text)
    text = _FILLER_PHRASES.sub(",", _FILLER.sub("", text))
    text = _LEAD_IN.sub("", text)
    text = re.sub(r"\bE\s*dot\s+one\s+six(?:ty)?\s+four\b|\bE\s+one\s+six(?:ty)?\s+four\b", "E.164", text, flags=re.I)
    text = re.sub(r"\b(?P<a>[A-Za-z]\w*) underscore (?=[A-Za-z])", r"\g<a>_", text)
    text = re.sub(r"\b(?P<a>[A-Za-z]\w*)_(?P<b>\w+) underscore (?=[A-Za-z])", r"\g<a>_\g<b>_", text)
    text = re.sub(r"\bthe at(?: sign| symbol)?\b", "the @", text, flags=re.I)
    text = re.sub(r"\b(?P<l>(?-i:[FL])) name\b", r"\g<l>NAME", text)
    text = re.sub(r"(?<=\w)(?<!\bsame) (?:thing|field thing|property thing)\b", "", text)
    text = re.sub(r"\byear dash month dash day\b", "YYYY-MM-DD", text, flags=re.I)
    text = re.sub(r"\b(?:'?cause|cuz|coz)\b", "because", text, flags=re.I)
    text = _DIAL.sub(_dial, text)
    # 'nested under traits company': a path said without its dot
    text = re.sub(r"\b(?P<u>under|into|in) traits (?=(?:company|address)\b)", r"\g<u> traits.", text, flags=re.I)
    # ', like the phone field itself is empty,': a spoken restatement of what was just said
    text = re.sub(r",\s+like\s+(?!this\b|that\b|so\b)[^,.\n]+(?=,)", "", text, flags=re.I)
    # spoken punctuation: 'period' and 'full stop' end a sentence; 'comma' (not 'a comma') is one
    text = re.sub(r"\s*\b(?:period|full stop)\b[,.]?", ".", text, flags=re.I)
    text = re.sub(r"(?<!\ba )(?<!\bone )(?<!\bsingle )(?<!\bthe )\s*\bcomma\b(?! and a space| space|[- ]separated)", ",", text, flags=re.I)
    text = re.sub(r"\s*\b(?:new line|next line|new paragraph)\b[,.]?\s*", "\n", text, flags=re.I)
    text = re.sub(r"(?<!\bas )(?<!\bit )(?<!\bthat )\b(?P<v>is|are|becomes|goes to)\s*,\s+(?=\w)", r"\g<v> ", text)  # 'warm is, um, marketing qualified lead'
    # 'lifecycle stage comes from the rating, hot is ...': the head of a table said with a pause, not a colon
    text = re.sub(r"\b(?P<h>(?:comes?|is taken|is based|should come|goes) (?:from|off|on) (?:the |their )?[\w ]{1,30}?),\s+(?=[\w ]{1,30}? (?:is|are|becomes|goes to)\b)",
                  r"\g<h>: ", text, flags=re.I)
    text = correct_dictated(text)
    # a dictated request is one run-on sentence: ', and lead source is ...' starts the next request
    text = _NEXT_REQUEST.sub(". ", text)
    text = re.sub(r",\s+plus\s+(?=(?:the|their)\b)", ". And ", text)  # ', plus the email as is': one more request
    text = re.sub(r"\s+,", ",", re.sub(r",(?:\s*,)+", ",", text))
    text = re.sub(r"(?:(?<=^)|(?<=[.!?\n]))\s*,\s*|(?<=[.!?]),", " ", text)  # a filler's comma left at a sentence's start
    return re.sub(r"[ \t]{2,}", " ", text).strip()


# ', client id is ...', ', and lead source which is ...': a clause opening with a field phrase and a verb of assignment
_CLAUSE_HEAD = re.compile(
    r",\s+(?:(?:and|then|so|also|plus)\s+)?(?P<p>(?:the\s+|their\s+)?[A-Za-z][\w]*(?:\s+[a-z]\w*){0,3}?)\s*,?\s+"
    r"(?:is|are|=|goes|go|comes|should be|gets|from|copied|which is|that's|that is|in (?:all )?(?:lower|upper|title) case|as is|trimmed)\b"
)


def split_requests(g: Grammar, text: str) -> str:
    """A transcript's run-on sentence cut before each clause that opens with a destination
    field and a verb of assignment (', client id is the part ...'): one reader per request,
    so a filter or a table read first never takes the requests after it as its own words.
    Called on a transcript only (after ``read_transcript``)."""

    def cut(m: re.Match[str]) -> str:
        found = g.resolve(m.group("p"), "dst")
        if found is None or found.score < 0.85 or (g.resolve(m.group("p"), "src") is not None and found.score < 0.95):
            return m.group(0)
        return ". " + m.group(0)[1:].lstrip()

    return _CLAUSE_HEAD.sub(cut, text)

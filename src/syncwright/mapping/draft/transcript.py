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


# a screen recording's transcript (Loom, Zoom): a time stamp at the start of each passage (round 43)
_STAMP = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?![\w .'-]{1,30}:)|$)", re.M)  # not a chat's '[10:02] jess:' or '10:02 Jess:'
# what a speaker points at on the screen: 'this field here,', 'that's this dropdown down here', 'you can see on screen here'
_POINTER = re.compile(
    r"(?:,\s*|\b)(?:that's |that is |it's |which is )?this (?:one|field|setting|property|dropdown|picklist|checkbox|box|column|value)"
    r"(?: (?:here|there|down here|up here|right here|on (?:the )?screen))?(?=\s*,)"
    r"|\b(?:so |and )?you can see (?:on (?:the )?screen )?(?:here |there )?(?=the\b)"
    r"|,?\s*\b(?:that's |that is )?this (?:dropdown|picklist|checkbox|box) (?:down |up |right )?here\b",
    re.I,
)
# a value spelled out after it is said: 'Seminar - Internal, so, seminar, space, dash, space, internal, exactly how it
# shows in the picklist', 'hs-crm-sync. h s dash c r m dash sync.', 'Unknown with a capital U', 'capital N, capital P'
_SPELT = r"(?:\b(?:space|dash|hyphen|underscore|dot|capital [a-z]|lower ?case [a-z]|all caps)\b|\b[a-z]\b)"
_SPELLING = re.compile(
    rf"(?:,\s*(?:so,?\s*)?(?:[a-z]+,?\s+)?{_SPELT}(?:[,\s]+(?:{_SPELT}|[a-z]+(?=[,\s]+{_SPELT})))+(?:,\s*[a-z]+(?=[.,]))?(?:,?\s*(?:exactly |just )?(?:how|as|like) it (?:shows|appears|looks|is written)[^.,]*)?(?=[.,]|$)"
    rf"|(?<=[.!?]\s)(?:[a-z]\s){{1,}}[a-z]?(?:\s*(?:dash|hyphen|underscore|dot)\s*(?:[a-z]\s?)+)+\.(?=\s|$)"
    rf"|(?:(?<=[.!?]\s)|(?<=^))[A-Za-z/ -]{{1,30}} with a capital [A-Z](?:(?:,| and) (?:a )?capital [A-Z])*\.(?=\s|$)"
    rf"|,\s*capital [A-Z](?:,\s*capital [A-Z])+(?=[.,]|$))",
    re.I | re.M,
)

_SIGNS = {"space": " ", "dash": "-", "hyphen": "-", "underscore": "_", "dot": "."}


def _said(spelt: str) -> tuple[str, list[str]]:
    """What a spelling says: ('seminar - internal', []) for 'seminar, space, dash, space, internal',
    ('hs-crm-sync', []) for 'h s dash c r m dash sync', ('', ['N', 'C']) for 'capital N, capital C'."""
    caps = re.findall(r"capital ([A-Za-z])", spelt, re.I)
    if caps:
        return "", [c.upper() for c in caps]
    out = ""
    spelt = re.sub(r",?\s*(?:exactly |just )?(?:how|as|like) it (?:shows|appears|looks|is written).*$", "", spelt.strip(" ,."), flags=re.I).strip(" ,.")
    for tok in re.findall(r"[A-Za-z]+", re.sub(r"^(?:so\b|with a\b)", "", spelt, flags=re.I)):
        low = tok.lower()
        if low in _SIGNS:
            out += _SIGNS[low]
        elif len(tok) == 1 or not out or out[-1] in " -_.":
            out += low
        else:
            out += " " + low
    return out, []


def _quote_spelt(line: str) -> str:
    """A line with each value spelt out after it is said quoted where it is said, and the spelling
    gone: a spelling tells the words before it are a value to write as said ('put Not Provided,
    capital N, capital P' -> "put 'Not Provided'"). A spelling whose value is not found just goes."""
    while (m := _SPELLING.search(line)) is not None:
        head, tail = line[: m.start()], line[m.end() :]
        said, caps = _said(m.group(0))
        found = None
        if caps:  # the last words before it whose initials are the capitals
            words = list(re.finditer(r"[A-Za-z][\w/-]*", head))
            if len(words) >= len(caps) and [w.group(0)[0] for w in words[-len(caps):]] == caps:
                found = (words[-len(caps)].start(), words[-1].end())
            elif (w := next((w for w in reversed(words) if w.group(0)[0] == caps[0] and w.group(0)[0].isupper()), None)) is not None and len(caps) == 1:
                found = (w.start(), w.end())
        elif said:
            at = head.lower().rfind(said)
            if at >= 0:
                found = (at, at + len(said))
        if found is not None and not re.search(r"['\"]\s*$", head[: found[0]]):
            head = f"{head[: found[0]]}'{head[found[0] : found[1]]}'{head[found[1] :]}"
        line = head + tail
    return line


# the recording's opening words: 'Okay so, hi, this is the rating mapping, contacts into Leads.', 'this one's about the
# lead rating.' (the objects are the command's; the fields named there are named again by the rules)
_INTRO = re.compile(
    r"^(?:(?:okay|ok|so|um+|uh+|hi|hey|hello|right|alright|and)[,!.]*\s+)*(?:this|it)(?: one)?(?:'s| is)\s+(?:about\s+)?(?:the|a|our|my)\b"
    r"[^.!?:'\"\d\n]*[.!?]\s*",
    re.I,
)
# 'You should see my screen now.', 'let me share my screen': the recording's own talk
_SCREEN_TALK = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))[^.!?\n]*\b(?:see|share|sharing|seeing)\b[^.!?\n]*\bscreen\b[^.!?\n]*[.!?][ \t]*", re.I | re.M)


def is_transcript(text: str) -> bool:
    return (len(_MARKS.findall(text)) >= 1 or len(_STAMP.findall(text)) >= 2) and "|" not in text


def read_screen(text: str) -> str:
    """A screen recording's transcript: its time stamps, what the speaker points at on the screen
    and the values spelt out after they are said go; each stamped passage is one line."""
    if len(_STAMP.findall(text)) < 2:
        return text
    passages = [p.strip() for p in re.split(r"\n\s*\n|\n(?=\s*\d{1,2}:\d{2})", text) if p.strip()]
    text = "\n".join(" ".join(_STAMP.sub("", p).split()) for p in passages)
    text = "\n".join(_quote_spelt(ln) for ln in text.splitlines())
    text = _SCREEN_TALK.sub("", text)
    first, _, rest = text.partition("\n")
    text = _INTRO.sub("", first, count=1) + ("\n" + rest if rest else "")
    text = _POINTER.sub("", text)
    text = re.sub(r"(?<=\w),(?:\s*,)*\s+(?=(?:is|are|goes|go|gets|comes|should be)\b)", " ", text)  # 'Lead Source, that's this dropdown here, is': the pointer's commas
    # 'And the params. lifecycle_stage is the stage. industry is ...': a spoken heading over the passage's items
    return re.sub(r"(?:^|(?<=[.!?] ))(?:and |now |then )?(?:the )?(?:event )?(?P<h>params|parameters)\.\s+(?P<items>[^\n]+)",
                  lambda m: f"The {m['h']}: " + re.sub(r"\.\s+(?=(?-i:[a-z_]+) )", "; ", m["items"]), text, flags=re.I | re.M)


def read_transcript(text: str) -> str:
    """``text`` (a transcript: ``is_transcript``) with the spoken forms of a dictated request typed."""
    text = read_screen(text)
    text = _SPOKEN_QUOTE.sub(lambda m: f'"{m.group("v").strip()}"', text)
    text = _FILLER_PHRASES.sub(",", _FILLER.sub("", text))
    text = _LEAD_IN.sub("", text)
    text = re.sub(r"\bE\s*dot\s+one\s+six(?:ty)?\s+four\b|\bE\s+one\s+six(?:ty)?\s+four\b", "E.164", text, flags=re.I)
    text = re.sub(r"\b(?P<a>[A-Za-z]\w*) underscore (?=[A-Za-z])", r"\g<a>_", text)
    text = re.sub(r"\b(?P<a>[A-Za-z]\w*)_(?P<b>\w+) underscore (?=[A-Za-z])", r"\g<a>_\g<b>_", text)
    text = re.sub(r"\bthe at(?: sign| symbol)?\b", "the @", text, flags=re.I)
    for _ in range(3):
        text = re.sub(r"\b(?P<a>(?:traits|params|properties|context|merge_fields)(?:\.[a-z_]+)*) dot (?=[a-z_]+\b)", r"\g<a>.", text)  # 'traits dot company' (round 43)
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

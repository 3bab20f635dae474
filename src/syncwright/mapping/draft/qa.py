"""A request written as questions and answers, the way a team documents a sync as an FAQ
('Q: What goes into Title? A: Their job title; if ...', 'What do we match on? — The email
address.', 'Who gets skipped? Anyone who has opted out.'), read as the statements the answers
make (round 19). The question says what its answer is about: a destination field, the match
key, who is skipped or kept, what happens when a field is empty; the answer says how. So each
pair becomes one line: the answer, headed by the field the question names when the answer does
not name it itself ('Title: Their job title; if ...'), 'Skip' or 'Only' before an answer about
who is left out or kept, 'Match on' before an answer that only names the key. A text is read
this way only when at least two of its lines are such pairs, so a question in ordinary prose
('No mobile? Use the office phone') keeps its own reading.

Round 33: an e-mail reply with the other side's questions quoted inline ('> What goes in
Title?' over the answer's line) is such a pair too, and a yes/no question proposing a rule
('> Should we copy the job title into Title?') is that rule when the answer agrees. A quoted
question of a shape this module cannot head, and an answer that states its rule in full, are
left to be read as written.

Round 49: a reply to a numbered list of questions ('> 1. Lead Source?', '> 2. Phone on the Lead:
HubSpot has two numbers. Which one?') is read the same way with its numbers off, one pair being
enough; a numbered question about a field heads its answer, one answered by a table captions it.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_DASH = r"(?:—|\u2013|-{1,2})"
# 'Q: ... A: ...' on one line; 'Q: ...' then 'A: ...' on the next lines; 'question? — answer'; 'question? answer'
_INLINE = re.compile(rf"^\s*Q\s*[:.]\s*(?P<q>[^?]+\?)\s*(?:A\s*[:.]|{_DASH})\s*(?P<a>\S.*)$", re.I)
_Q_LINE = re.compile(r"^\s*Q\s*[:.]\s*(?P<q>.+?\??)\s*$", re.I)
_A_LINE = re.compile(r"^\s*A\s*[:.]\s*(?P<a>\S.*)$", re.I)
_ASKED = re.compile(
    rf"^\s*(?P<q>(?:what|what's|whats|which|who|who's|whose|how|where|when|is|are|do|does|any|anything|and|can|should)\b[^?]{{0,90}}\?)\s*{_DASH}?\s*(?P<a>\S.*)$",
    re.I,
)
_SHORT = re.compile(rf"^\s*(?P<q>[A-Za-z_][\w.' ]{{0,30}}\?)\s*{_DASH}?\s*(?P<a>\S.*)$")

# what a question asks about -> how its answer is written (data: the order is the order tried)
_MATCH = re.compile(
    r"\bmatch(?:ed|es)?\b|\bkey\b|\bkeyed\b|\bwho'?s who\b|\bduplicates?\b|\bties\b|\bspot\b|\bidentif|\bfind the right\b|\bwhich id\b|\bthe id\b", re.I)
_SKIP = re.compile(r"\b(?:skipped|skip|left out|leave out|excluded|exclude|filtered out|dropped|ignored|kept out|held back|stays? behind|(?:should|shall|must) not (?:become|be sent|be synced|be transferred|go))\b", re.I)
_KEEP = re.compile(
    r"^(?:who|which (?:contacts|leads|members|records|people|ones))\b.*\b(?:comes? across|come over|included|in|sent|synced|gets? sent|go(?:es)? (?:to|into|across)|makes? it|qualif\w*|become an? (?:event|lead|contact|member|record))\s*\?$"
    r"|^who'?s (?:in|included)\s*\?$", re.I)
_IF_EMPTY = re.compile(r"^(?:and |but )?(?:what (?:if|happens if|happens when|about when|when)|(?:and )?(?:if|when)) (?:the |their |a |an )?(?P<x>.+?) (?:is|are) (?:missing|blank|empty|not there|not set|not filled in)\s*\?$", re.I)
# '> LNAME in case the last name is empty?': the answer is the field's value then (round 49)
_FIELD_IF_EMPTY = re.compile(r"^(?P<d>[A-Za-z_][\w.]*(?: [\w.]+)?) (?:in case|if|when) (?:the |their |its )?(?P<x>[\w ]+?) is (?:empty|blank|missing|not set)\s*\?$", re.I)
# '> And contacts without phone number?' / 'Then Phone is not to be sent at all.': the answer is the empty case (round 49)
_WITHOUT = re.compile(r"^(?:and |but )?(?:what about |how about )?(?:the )?(?:contacts|leads|members|records|people|ones) (?:without|with no|with an empty|with a blank) (?:an? |the )?(?P<x>[\w ]+?)\s*\?$", re.I)
_GENERAL = re.compile(r"^(?:is |are )?(?:there )?anything\b|^any(?:thing)? other\b|^what else\b|^which (?:details|fields|name fields|merge fields|properties)\b|^what (?:other )?fields\b", re.I)
# 'What params does it carry?', 'Which traits?', 'What goes in traits?': the container the answer's names are under
_UNDER = re.compile(r"^(?:what|which) (?:goes in |goes into |goes under )?(?P<x>traits|params|parameters|event params|merge fields)(?![.\w]).*\?$", re.I)
_FIELD = [
    re.compile(p, re.I)
    for p in (
        r"^what (?:goes|should go|do we put|comes|lands|is written) (?:in|into|under|in the|into the) (?P<x>.+?)\s*\?$",
        r"^(?:what|how) about (?P<x>.+?)\s*\?$",
        r"^and (?:what about )?(?P<x>.+?)\s*\?$",
        r"^how (?:is|are|does|do|should|will) (?:the |their |its )?(?P<x>.+?) (?:be )?(?:set|worked out|filled(?: in)?|get filled|look|translate|decided|work|come|formatted|written|sent|calculated|derived|mapped|handled)\b.*\?$",
        r"^how do we (?:fill in|fill|set|send|handle|format|populate|work out) (?:the |their )?(?P<x>.+?)\s*\?$",
        r"^where does (?:the |their )?(?P<x>.+?) (?:go|come from|end up|land)\s*\?$",
        r"^which (?:number|phone(?: number)?|value|email|name|date) (?:goes|should go|do we use|do we put) (?:in|into|for) (?P<x>.+?)\s*\?$",
        r"^which (?P<x>phone number|phone|number|email) do we use\s*\?$",
        r"^(?P<x>[A-Za-z_][\w.]*) is (?:mandatory|required|compulsory)\b[^?]*\bwhat (?:goes|should go) in(?:to)? it\s*\?$",
        r"^what (?P<x>status|tags?|language|event(?: name)?|params|parameters)\b.*\?$",
        # round 33: 'What should the event be called?', 'What do we call the event?', 'What should Title say?'
        r"^what (?:should|will|does|do) (?:the |their |its )?(?P<x>[\w.]+(?: [\w.]+)?) (?:be called|be named|be set to|say|read|hold|contain|get)\s*\?$",
        r"^what (?:do|should|shall) (?:we|you|i) (?:call|name) (?:the |their |its )?(?P<x>[\w.]+(?: [\w.]+)?)\s*\?$",
        r"^which (?P<x>status|tags?|language|event(?: name)?)\b.*\?$",
        r"^any (?P<x>tags?)\s*\?$",
        r"^what format (?:does|should|do) (?:the |their )?(?P<x>.+?) (?:need to be in|be in|take|use)\s*\?$",
        r"^what(?:'s| is) (?:the |their )?(?P<x>(?!match\b|key\b)[\w.]+(?: [\w.]+)?)(?: \([^()]*\))?\s*\?$",
        r"^(?:who is|who's|who gets) (?:a |the )?(?:flagged as |marked as )?(?P<x>vip)\b.*\?$",
        r"^(?P<x>[A-Za-z_][\w.]*(?: [\w.]+){0,2})\s*\?$",
        # round 49: 'In which format should the phone number go to Salesforce?', 'Status for new members?', 'userId for Segment?',
        # 'City looks bad in HubSpot. Can we fix it?'
        r"^(?:in )?(?:which|what) format (?:should|does|do|will|must|shall) (?:the |their )?(?P<x>[\w.]+(?: [\w.]+){0,2}?) (?:go|be sent|be written|have|take|use|be)\b[^?]*\?$",
        r"^(?P<x>[A-Za-z_][\w.]*(?: [\w.]+){0,2}?) (?:for|on|of) (?:the |all |new |every |each )*(?:leads?|contacts?|members?|records?|subscribers?|events?)\s*\?$",
        r"^(?P<x>[A-Za-z_][\w.]*(?: [\w.]+){0,2}?) (?:for|in|on|to) (?:segment|salesforce|sf|hubspot|mailchimp|ga4)\s*\?$",
        r"^(?P<x>[A-Za-z_][\w.]*(?: [\w.]+){0,2}?) (?:looks?|is|are) (?:bad|wrong|messy|ugly|inconsistent|mixed|dirty)\b[^?]*\?$",
    )
]
# an inline reply's numbered question about one field or two, then what it asks of it ('> 1. Phone on the Lead:
# HubSpot has two numbers. Which one?', '> 2. FNAME / LNAME: as in HubSpot?'): asked as 'What about Phone?' (round 49; not
# when the words after the colon propose a source, '> 3. Language - from "Preferred language"?': that proposal is read as such)
_TOPIC = [
    re.compile(p, re.I)
    for p in (
        r"^(?P<x>[A-Za-z_][\w.]*(?: [\w.]+){0,2}?)(?: (?:on|in|for) the (?:lead|contact|member|record|event|audience)s?| field| property| merge field| trait)?"
        r"\s*(?::\s|\s(?:-|\u2013|\u2014)\s)(?![^?]*(?:\bfrom\b|->|<-|=|\binto\b))\s*[^?]*\?$",
        r"^(?P<x>[A-Za-z_][\w.]*(?: ?/ ?[A-Za-z_][\w.]*)+)\s*(?::\s|\s(?:-|\u2013|\u2014)\s)\s*[^?]*\b(?:which|what|how|or|right|correct|should|shall|can|could|as)\b[^?]*\?$",
    )
]
# '> 1. userId - the emails in HubSpot are sometimes with spaces.': a field, then what the question says of it
_SAID_OF = re.compile(r"^(?P<x>[A-Za-z_][\w.]*(?: [\w.]+){0,2}?)\s*(?::\s|\s(?:-|\u2013|\u2014)\s)\s*[^?]+[.!]?$")
_SEND = re.compile(r"^do we (?:send|sync|copy|include|bring(?: over)?|pass|carry|fill(?: in)?) (?:the |their |a |an )?(?P<x>.+?)(?: across| over| too| as well)?\s*\?$", re.I)
# a yes/no question that says a rule: 'Should we copy the job title into Title?', 'Do you want the phone copied?'
_YES_NO = re.compile(
    r"^(?:(?:and|so)\s+)?(?:(?:should|shall|can|could|would|will|do)\s+(?:we|you|i)\s+(?:(?:want|like)\s+(?:us\s+|me\s+)?(?:to\s+)?)?"
    # 'I assume Email comes from the HS email?', 'And Lead Status is "Open" for everyone?': a statement asked to be confirmed
    r"|(?:i|we)\s+(?:assume|guess|suppose|take it)\s+(?:that\s+)?|(?=(?:the\s+)?[\w. ]{1,40}?\s+(?:is|are|comes? from|goes? (?:in|into|to)|gets?|stays?)\s+\S))"
    r"(?P<s>\S.+?)\s*\?$", re.I)
# an answer that agrees, one that refuses, one that asks for nothing of the field ('Don't send it.', 'N/A, ...')
_AGREES = re.compile(r"^(?:yes|yep|yeah|sure|correct|right|exactly|that's right|that is right|please do|definitely|absolutely|agreed)\b[,.!]*\s*", re.I)
_AGREE_ONLY = re.compile(r"^(?:yes|yep|yeah|sure|correct|right|exactly|ok|okay|that's right|that is right|agreed|ja|genau)\b[\s,.!]*(?:please|thanks|1:1|as is)?[\s,.!]*$", re.I)
_REFUSES = re.compile(r"^(?:no|nope|nah)\b[.!]*$", re.I)
_NOTHING = re.compile(r"^(?:(?:don'?t|do not|never) (?:send|map|sync|copy|include|fill|set)(?: it| that| them| this)?(?: at all)?|leave it (?:out|off)|skip it|(?:it'?s )?not needed|no need|n/?a|none|nothing)\b[.!]*(?:\s*,.*)?$", re.I)
# 'the phone copied' (after 'do you want'): the verb first
_WANTED = re.compile(r"^(?P<x>(?:the |their |an? )?[\w .-]+?) (?P<v>copied|sent|synced|mapped|included|carried over|brought over)(?P<r>(?: (?:in)?to|as| in)\b.*)?$", re.I)
_VERB = {"copied": "copy", "sent": "send", "synced": "sync", "mapped": "map", "included": "include", "carried over": "carry over", "brought over": "bring over"}


def _asked_rule(q: str) -> str:
    """The rule a yes/no question proposes: 'Should we copy X?' -> 'copy X'; 'Do you want X copied?' -> 'copy X'."""
    m = _YES_NO.match(q)
    said = m["s"] if m else q
    w = _WANTED.match(said)
    return f"{_VERB[w['v'].lower()]} {w['x']}{w['r'] or ''}" if w else said
_YES = re.compile(r"^(?:yes|yep|yeah|sure)\b[,:;.!]?\s*(?:—|\u2013|-)?\s*", re.I)
_BY = re.compile(r"^(?:by|on|using|via|with)\s+(?:(?:the\s+|their\s+)?(?:e-?mail(?: address)?|[\w.]+)\s*[:;,]\s*(?=\S))?", re.I)
_MAPS = re.compile(r"\b(?:goes?|go|is|are|into|from|=|->|set to|taken|copied|becomes?|gets?|holds?|carries)\b|:", re.I)


# an e-mail reply answering questions quoted inline: '> What goes in Lead Source?' over the answer's lines
# (the quoted list's own numbers go: '> 2. Lead Source?' asks what '> Lead Source?' asks, round 49)
_QUOTED = re.compile(r"^\s*>+\s?(?:\d{1,2}[.)]\s+)?(?P<q>.*)$")


def _quoted_pair(lines: list[str], i: int) -> tuple[int, str, str] | None:
    """(last line, question, answer) when line ``i`` opens a quoted question: the quoted lines
    are the question, the unquoted lines under it (up to a blank line) its answer."""
    j, q = i, []
    while j < len(lines) and (m := _QUOTED.match(lines[j])):
        q.append(m["q"].strip())
        j += 1
    inline = re.match(rf"^(?P<q>[^?]+\?)\s*(?:{_DASH}|:)?\s*(?P<a>\S.*)$", q[0]) if q else None
    if inline:
        return (i, inline["q"], inline["a"]) if _asks_known(inline["q"]) else None  # '> Email? -- copy it'
    question = " ".join(x for x in q if x)
    if _NUMBERED_QUOTE.match(lines[i]) and (topic := next((m for rx in _TOPIC if (m := rx.match(question))), None)):
        question = f"What about {topic['x']}?"
    elif _NUMBERED_QUOTE.match(lines[i]) and (said := _SAID_OF.match(question)) and j < len(lines) and re.match(r"^\s*then\b", lines[j], re.I):
        question = f"What about {said['x']}?"  # '> 1. userId - the emails have spaces.' / 'Then please trim ...'
    if j < len(lines) and not lines[j].strip():
        j += 1  # one blank line between a question and its answer
    # a proposal the answer agrees with, corrects or refers back to ('> Email as is?' / 'Yes.',
    # '> MobilePhone from mobilephone?' / 'Same as above.'): a pair whatever the question's shape (round 36)
    replied = j < len(lines) and not _QUESTION_WORD.match(question) and (
        bool(_REPLY.match(lines[j].strip())) or (bool(_PROPOSES.search(question)) and bool(_ATTACHED.match(lines[j].strip()))))
    if not replied and (not question.endswith("?") or not _asks_known(question)):
        return None  # a quoted statement, or a question of a shape no answer is headed by: read as written
    block = list(takewhile(lambda x: bool(x.strip()) and not _QUOTED.match(x), lines[j:]))
    if _NUMBERED_QUOTE.match(lines[i]) and _table_answer(block):
        return None  # an answer that is a table or heads one ('On the number of employees:' over rows): read as written (round 49)
    a: list[str] = []
    # the answer's lines up to a blank line; only an answer naming what goes under a container
    # ('Which traits?' over 'firstName from first name.' and 'lastName from ...') is read as one,
    # the first line otherwise (the lines after it are rules of their own, read as written); a line
    # that ends mid-sentence goes on in the next one (a reply wrapped by the mail client)
    whole = bool(_UNDER.match(re.sub(r"\s+", " ", question)))
    wrapped = False
    while j < len(lines) and lines[j].strip() and not _QUOTED.match(lines[j]) and (whole or not a or wrapped):
        line = lines[j].strip()
        ended = line if re.search(r"[.!?:;,]$", line) else line + "."
        if a and wrapped:
            a[-1] = f"{a[-1]} {ended}"
        else:
            a.append(ended)
        wrapped = not re.search(r"[.!?:;]$", line) and not _REPLY.fullmatch(line)
        if wrapped and not line.endswith(","):
            a[-1] = a[-1][:-1]  # the '.' added above: the sentence goes on in the next line
        j += 1
    if not a:
        return None
    return j - 1, question, " ".join(a)


_ITEM_MARK = re.compile(r"^\s*(?:[a-z0-9][.)]|[-*•])\s+")
_NUMBERED_QUOTE = re.compile(r"^\s*>+\s?\d{1,2}[.)]\s")
_ROW_ARROW = re.compile(r"->|→|=>")


def _table_answer(block: list[str]) -> bool:
    """Is an answer's block a table or the head of one ('On the number of employees:' over rows,
    or two 'A -> B' rows)? Such an answer is read as written (round 49)."""
    return bool(block) and (block[0].rstrip().endswith(":") or sum(bool(_ROW_ARROW.search(x)) for x in block) >= 2)


_QUOTED_TEXT = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'")
# a quoted question that proposes a rule of its own ('> userId from email?', '> Title from jobtitle - trim?'),
# not one asked with a question word
_QUESTION_WORD = re.compile(r"^(?:and\s+|so\s+)?(?:should|shall|do|does|did|can|could|would|will|is|are|was|what|what's|which|who|whose|how|where|when|why|any|anything)\b", re.I)
_PROPOSES = re.compile(r"^(?!(?:should|shall|do|does|did|can|could|would|will|is|are|was|what|what's|which|who|whose|how|where|when|why|any|anything)\b)[^?]*(?:\bfrom\b|->|<-|=|\binto\b)", re.I)
# an answer to a quoted proposal: agreeing, refusing, correcting or pointing back to the answer above
_REPLY = re.compile(r"^(?:yes|yep|yeah|sure|correct|right|exactly|that's right|that is right|please do|definitely|absolutely|agreed|no|nope|rather|same as above|same here|same|(?:skip|exclude|drop|leave out|ignore)\s+(?:them|those|these|em))\b", re.I)
_SAME = re.compile(r"^(?:same as above|same here|same(?: again| rule)?)\b[,.!]*\s*", re.I)
_RATHER = re.compile(r"^(?:no|nope|nah)\b\s*(?:[,.!:;]|-+|\u2013|\u2014)?\s*(?:rather\s+|instead\s+)?|^rather\s+", re.I)


# '> And customers (lifecycle stage "customer")?' / 'Skip them too, ...': the records the question names are left out
_SKIP_THEM = re.compile(r"^(?:(?:yes|yep|correct)\b[,.!]*\s*)?(?:skip|exclude|drop|leave out|ignore|(?:do not|don't|never) (?:send|sync))\s+(?:them|those|these|those ones|em)(?:\s+(?:too|as well|also|out))?\b", re.I)


_WHAT_IF = re.compile(r"\s*(?:-+|\u2013|\u2014|,|;)\s*(?:and\s+)?(?:what|how)\s+(?:if|about when|when)\s+(?:it'?s|it\s+is|they\s+are|that'?s|that\s+is|the\s+\w+\s+is)\s+(?:blank|empty|missing|not there|not set)\s*$", re.I)


# what an agreeing answer adds to the proposal itself ('Yes, but in capitals', 'Yes, trimmed'); anything
# else it says is a sentence of its own ('Yes. If the revenue is empty, make it "Cold".')
_ATTACHED = re.compile(
    r"^(?:but|and|in|as|into|trim\w*|title|upper|lower|proper|capitali\w+|if|when|whenever|unless|e\.?164|except|with|without|"
    r"leave|leaving|omit\w*|skip\w*|then|formatted|copied|all\s+(?:lower|upper|caps|in)|just|straight|no\s+\w+\s*(?:->|=|means)|even|both|"
    r"please\s+(?:in|as|trim|title|upper|lower))\b", re.I)
# 'Correct, but currency must be "USD" - those revenues are in dollars': one value of the proposal corrected
_VALUE_FIX = re.compile(
    r"(?:^|(?<=[.;,]\s))(?:but\s+)?(?:the\s+)?(?P<k>[A-Za-z_][\w.]*(?: [\w.]+)?)\s+(?:must|should|has to|needs to|will)\s+(?:be|go to|become)\s+"
    r"(?P<v>\"[^\"]*\"|'[^']*')(?:\s*[-\u2013\u2014,]\s*[^.;]*)?\s*(?:[.;]|$)", re.I)


def _proposal(q: str) -> str:
    """The rule a quoted question proposes, as a statement: '> And Title from jobtitle?' ->
    'Title from jobtitle'; '> Phone from phone - should I format it?' -> 'Phone from phone'."""
    q = re.sub(r"\s+", " ", q.strip())
    q = re.sub(r"\s*(?:-+|\u2013|\u2014|,)\s*(?:should|shall|can|do|must)\s+(?:i|we)\b[^?]*\?$|\s*(?:-+|\u2013|\u2014)\s*anything for (?:that|it|this)\s*\?$", "", q, flags=re.I)
    q = re.sub(r",?\s*(?:right|correct|ok|okay|yes|please)?\s*[?.]$", "", q, flags=re.I)
    return re.sub(r"^(?:and|so|also|then)\s+", "", q, flags=re.I).strip()


def _replied(g: Grammar, q: str, a: str, above: tuple[str, str]) -> str | None:
    """The statement an answer to a proposal of no known shape makes: the proposal with what the
    answer adds ('Yes, but in capitals'), the proposal with the answer above it ('Same as
    above'), the answer's correction under the field the proposal names ('No - rather ...');
    None when the answer is none of these."""
    said = _proposal(q)
    if not said:
        return None
    if (what_if := _WHAT_IF.search(said)) and not _AGREES.match(a) and not _REFUSES.match(a):
        # '> FNAME from FirstName - what if it's blank?' / 'Then "Valued Client".': the answer is the empty case
        answer = re.sub(r"^(?:then|in that case|if so)\b[,:]?\s*", "", a, flags=re.I)
        return f"{said[: what_if.start()]}. If it is empty, use {answer}"
    if (them := _SKIP_THEM.match(a)) and not re.search(r"->|<-|=|\b(?:into|to)\b", re.sub(r"\([^()]*\)", "", said)):
        # '> And customers (lifecycle stage "customer")?' / 'Skip them too.': the records it names are left out
        records = re.sub(r"^(?:should|shall|do|can|will)\s+(?:we\s+|i\s+)?(?:skip|exclude|leave out|drop)?\s*", "", said, flags=re.I)
        records = re.sub(r"\s+(?:be|get|are)\s+(?:skipped|excluded|left out|dropped)$", "", records, flags=re.I)
        rest = a[them.end():].strip(" ,.")
        return f"Skip {records}." + (f" {rest[0].upper()}{rest[1:]}." if re.match(r"(?:if|when|unless|but)\b", rest, re.I) else "")
    if _SAME.match(a):
        rest = _SAME.sub("", a).strip()
        moved = _moved(above[1], above[0], said) if above[1] else ""
        return f"{said}, {moved}{' ' + rest if rest else ''}".strip(" ,")
    if _AGREES.match(a):
        said, rest = _corrected_rows(said, _rest_of(a))
        if not rest:
            return said
        agreed = _AGREES.match(a)
        ended = agreed is not None and re.search(r"[.!]", agreed.group(0)) is not None  # 'Yes. If ...': a sentence of its own
        # ('Yes - some agents type ...': a remark after a dash stays in the sentence, where it is read as one)
        joint = ", " if (_ATTACHED.match(rest) or rest.startswith(("-", "\u2013", "\u2014"))) and not ended else ". "
        return f"{said}{joint}{rest}"
    if _RATHER.match(a) and not _REFUSES.match(a):
        # '> traits.company.name from company, "Unknown" when empty?' / 'No - rather "Private individual", ...':
        # the answer's value in the place of the one proposed; any other correction is read as written
        rest = _RATHER.sub("", a).strip()
        proposed = _QUOTED_TEXT.findall(said)
        given = re.match(rf"^(?:put\s+|use\s+|make it\s+)?(?P<v>{_QUOTED_TEXT.pattern})\s*[,.;]?\s*", rest)
        if len(proposed) == 1 and given:
            after = rest[given.end():].strip()
            return said.replace(proposed[0], given["v"]) + "." + (f" {after}" if re.match(r"(?:if|when|unless|but|and)\b", after, re.I) else "")
        return None
    if _REFUSES.match(a):
        return ""
    if _PROPOSES.search(said):
        # '> X from y?' / 'As a whole number please': said of the proposal; 'Leave it out when blank.' after it
        return f"{said}{', ' if _ATTACHED.match(a) else '. '}{a}"
    return None


_COPY = re.compile(r"^(?P<d>[A-Za-z_][\w.]*)\b.*?\bfrom\s+(?:(?:the|their|hubspot|salesforce|mailchimp|hubspot's|salesforce's)\s+)*(?P<s>[A-Za-z_][\w.]*)", re.I)


# 'Correct, but Closed - Converted must go to CONNECTED, not OPEN_DEAL. The rest is right.': one row of
# the proposed table corrected
_ROW_FIX = re.compile(
    r"(?:^|(?<=[.;]\s))(?:but\s+)?(?P<k>[^,.;>]{1,40}?)\s+(?:must|should|has to|needs to|will|shall)\s+(?:go to|be|become|map to|give)\s+"
    r"(?P<v>[\w\"' -]{1,40}?)\s*(?:,\s*|\(\s*)?(?:not|instead of|rather than)\s+(?P<z>[\w\"' -]{1,40}?)\s*\)?\s*(?:[.;]|$)", re.I)
_REST_RIGHT = re.compile(r"(?:^|(?<=[.;]\s))(?:the\s+)?(?:rest|others?|other rows|remaining rows)\s+(?:is|are)\s+(?:right|correct|fine|ok|okay|good)\s*[.!]?\s*", re.I)


# '"Unknown" is fine', "'Customer' is good": the proposed value agreed to by name
_VALUE_FINE = re.compile(r"(?P<v>\"[^\"]*\"|'[^']*')\s+(?:is|sounds|looks)\s+(?:fine|ok|okay|good|great|perfect|correct|right)\b[.!]*\s*", re.I)


def _agreed_value(said: str, rest: str) -> str:
    """What is left of an answer once a value it agrees to by name is taken out ('Yes,
    "Unknown" is fine.' under a proposal of "Unknown" adds nothing; round 37)."""
    for m in list(_VALUE_FINE.finditer(rest)):
        if m["v"][1:-1] and re.search(rf"[\"']{re.escape(m['v'][1:-1])}[\"']", said):
            rest = rest.replace(m.group(0), "")
    return rest.strip()


def _corrected_rows(said: str, rest: str) -> tuple[str, str]:
    """The proposal with the rows the answer corrects ('X must go to Y, not Z') written so, and
    what is left of the answer."""
    for m in list(_ROW_FIX.finditer(rest)):
        old = m["z"].strip().strip("'\"")
        row = re.compile(rf"(?P<k>{re.escape(m['k'].strip())}\s*(?:->|=>|=|:)\s*)[\"']?{re.escape(old)}[\"']?(?![\w-])")
        if len(row.findall(said)) == 1:
            new = m["v"].strip().replace("\\", "\\\\")
            said = row.sub(rf"\g<k>{new}", said)
            rest = rest.replace(m.group(0), "")
    for m in list(_VALUE_FIX.finditer(rest)):
        given = re.compile(rf"(?P<k>(?<![\w.]){re.escape(m['k'])}\s*(?:=|->|:|\bis\b)\s*)(?:\"[^\"]*\"|'[^']*')")
        if len(given.findall(said)) == 1:
            new_value = m["v"].replace("\\", "\\\\")
            said = given.sub(rf"\g<k>{new_value}", said)
            rest = rest.replace(m.group(0), "")
    rest = _REST_RIGHT.sub("", _agreed_value(said, rest)).strip()
    return said, re.sub(r"^(?:but|and)\b\s*", "", rest).strip()


def _moved(above: str, said_above: str, said: str) -> str:
    """The answer above said again of this proposal's fields: 'If phone is empty, leave Phone
    off' under '> MobilePhone from mobilephone?' / 'Same as above.' is said of mobilephone and
    MobilePhone (the proposal above it was 'Phone from HubSpot phone')."""
    was, now = _COPY.match(said_above), _COPY.match(said)
    if was is None or now is None:
        return above
    for old, new in ((was["d"], now["d"]), (was["s"], now["s"])):
        if old != new:
            above = re.sub(rf"(?<![\w.]){re.escape(old)}(?![\w.])", new, above)
    return above


def _rest_of(a: str) -> str:
    """What an answer adds to the proposal it agrees with ('Yes, E.164 please.' -> 'E.164 please.')."""
    return re.sub(r"^(?:please|kindly)\b[,.!]*\s*", "", _AGREES.sub("", a), flags=re.I).strip()


def _asks_known(q: str) -> bool:
    """Is ``q`` a question whose answer this module knows how to head (a field, who is left out
    or kept, the key, a rule proposed for a yes or no)?"""
    q = re.sub(r"\s+", " ", q.strip())
    return bool(
        any(rx.match(q) for rx in _FIELD) or _SKIP.search(q) or _KEEP.search(q) or _YES_NO.match(q) or _SEND.match(q)
        or _MATCH.search(q) or _UNDER.match(q) or _IF_EMPTY.match(q) or _WITHOUT.match(q) or _FIELD_IF_EMPTY.match(q) or re.match(r"^(?:and\s+)?anything (?:else\s+)?(?:for|on|in|into)\b", q, re.I)
    )


def _pairs(lines: list[str]) -> list[tuple[int, int, str, str]]:
    """(first line, last line, question, answer) for each question-and-answer pair."""
    out: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        quoted = _quoted_pair(lines, i) if _QUOTED.match(ln) else None
        if quoted:
            out.append((i, *quoted))
            i = quoted[0] + 1
            continue
        m = _INLINE.match(ln)
        if m:
            out.append((i, i, m["q"], m["a"]))
            i += 1
            continue
        q = _Q_LINE.match(ln)
        if q:
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            a = _A_LINE.match(lines[j]) if j < len(lines) else None
            if a:
                out.append((i, j, q["q"], a["a"]))
                i = j + 1
                continue
        m = _ASKED.match(ln) or _SHORT.match(ln)
        if m and not re.match(r"^\s*(?:no|without)\b", m["q"], re.I):
            out.append((i, i, m["q"], m["a"]))
        i += 1
    return out


def _first_sentence(answer: str) -> tuple[str, str]:
    m = re.match(r"^(?P<s>.+?[.!])(?=\s+[A-Z(\"'])(?P<r>.*)$", answer)
    return (m["s"], m["r"]) if m else (answer, "")


def _statement(g: Grammar, q: str, a: str) -> str:
    """The statement the answer ``a`` to question ``q`` makes."""
    q = re.sub(r"\s+", " ", q.strip())
    a_said = a.strip()
    if _NOTHING.match(a_said) and not _SKIP.search(q) and not _KEEP.search(q):
        return ""  # '> Phone?' / 'Don't send it.': the field is not written, no rule (round 33)
    a = _YES.sub("", a_said)
    if not a and _YES_NO.match(q) and not _SEND.match(q):
        return _asked_rule(q)
    if _AGREE_ONLY.match(a_said) and _MAPS.search(q) and not _YES_NO.match(q):
        a = ""  # 'Email Address = Email' / 'correct': the quoted statement is the rule (round 49)
    if not a and _AGREES.match(a_said) and _MAPS.search(q):
        # 'Email goes to Email, right?' / 'Yes.': the question said the rule, the answer agreed (round 33)
        return re.sub(r"^(?:and|so|also|then)\s+|,?\s*(?:right|correct|ok|okay|yes)?\s*\?$", "", q, flags=re.I).strip()
    if not a:
        return ""
    m = _UNDER.match(q)
    if m:
        word = {"parameters": "params", "event params": "params", "merge fields": "merge_fields"}.get(m["x"].lower(), m["x"].lower())
        box = next((c for c in sorted(g.dst_obj.containers(), key=len) if c.rsplit(".", 1)[-1] == word), None)
        return _under(box, a) if box else a
    named = _named_field(g, q)
    if named is not None:
        return _headed(g, named, a)  # "What's the client_id (our match key)?": the field, not the key
    if _MATCH.search(q) and not _SKIP.search(q):
        a = _BY.sub("", a)
        a = re.sub(r"^(?P<d>[A-Za-z_][\w.]*)\s*(?:,\s*which is|,\s*set to|:|—|\u2013|,(?=\s+(?:the|their|its)\b))\s+(?:set to\s+|simply\s+|just\s+)?", r"\g<d> is ", a, count=1) if g.resolve(a.split()[0].strip(",:"), "dst") else a
        head, rest = _first_sentence(a)
        if re.match(r"^(?:we|they|you)\b", head, re.I):
            return a  # 'We key on their email address.'
        if not _MAPS.search(head) or re.match(r"^(?:the |their |its )?e-?mail(?: address)?\b(?!\s+(?:goes|is|into))", head, re.I):
            head = f"Match on {head[0].lower()}{head[1:]}"
        return f"{head} {rest}".strip()
    if _SKIP.search(q):
        return a if re.match(r"^(?:skip|exclude|drop|leave out|ignore|don't|do not|never)\b", a, re.I) else f"Skip {a[0].lower()}{a[1:]}"
    if _KEEP.search(q):
        return a if re.match(r"^only\b", a, re.I) else f"Only {a[0].lower()}{a[1:]}"
    m = _FIELD_IF_EMPTY.match(q)
    if m and g.resolve(m["d"], "dst") is not None:
        a = re.sub(r"^(?:then|in that case)\b[,:]?\s*", "", a, flags=re.I)
        return f"If the {m['x']} is empty, {m['d']} is {a[0].lower()}{a[1:]}"  # '> LNAME in case the last name is empty?' / 'Then the domain ...'
    m = _IF_EMPTY.match(q) or _WITHOUT.match(q)
    if m:
        a = re.sub(r"^(?:then|in that case)\b[,:]?\s*", "", a, flags=re.I)
        return f"If the {m['x']} is empty, {a[0].lower()}{a[1:]}"
    m = re.match(r"^(?:and\s+)?anything (?:else\s+)?(?:for|on|in|into) (?:the |their |its )?(?P<x>[\w.]+(?: [\w.]+)?)\s*\?$", q, re.I)
    if m and g.resolve(m["x"], "dst") is not None:
        return _headed(g, m["x"], a)  # 'Anything for Rating? -- "Warm" for all' (round 33)
    if _GENERAL.search(q):
        about = re.search(r"\babout (?:the |their )?(?P<x>[\w ]+?)\s*\?$", q, re.I)
        if about and re.search(r"\bit\b", a):
            return re.sub(r"\bit\b", f"the {about['x']}", a, count=1)  # 'Anything about the department? — Send it as ...'
        return a
    m = _YES_NO.match(q)
    if m and not _SEND.match(q):
        # 'Should we copy the job title into Title?' / 'Yes.': the question says the rule, the answer agrees
        # ('Yes, but ...' adds to it); 'No.' asks for nothing (round 33)
        said = _asked_rule(q)
        if _AGREES.match(a_said):
            rest = _agreed_value(said, _AGREES.sub("", a_said))
            # 'Should we fill the Employees field?' / 'Yes, with the number of employees': the answer goes on the proposal
            joint = " " if re.match(r"^(?:with|as|from|in|into|using)\b", rest, re.I) else ", "
            return f"{said}{joint + rest if rest else ''}".strip()
        if _REFUSES.match(a_said):
            return ""
    m = _SEND.match(q)
    if m:
        if re.match(r"^no\b", a, re.I):
            return f"Do not send the {m['x']}."
        return f"Send the {m['x']}, {a[0].lower()}{a[1:]}"  # 'Do we send the city? Yes, as it stands, but only when there is one.'
    for rx in _FIELD:
        m = rx.match(q)
        if m:
            x = m["x"]
            if re.fullmatch(r"it|that|them|this", x.strip(), re.I):
                hit = next((n for n in g.mentions(q, "dst") if n.exact_case), None)
                x = hit.best.path if hit else x
            return _headed(g, x, a)
    return a


# an item of an answer about a container: 'method, which is ...', 'country, copied as is', 'name is ...'
_ITEM = re.compile(r"^(?P<pre>\s*(?:and\s+)?)(?P<n>[a-z_][A-Za-z0-9_]*)(?P<sep>\s*,\s*which is\s+|\s*,\s*set to\s+|\s*,\s*(?=(?:the|their|its|a|an|copied|taken|straight|as)\b)|\s+is\s+|\s*:\s*|\s+=\s*|\s+from\s+)")


def _under(box: str, a: str) -> str:
    """The answer's items with the container's path before their names ('method, which is the
    source' under events[0].params -> 'events[0].params.method is the source')."""
    parts = re.split(r"(;\s*|(?<=[.!])\s+|,\s*(?=and\s+[a-z_]\w*\s+(?:is|from)\b))", a)
    out = []
    for p in parts:
        m = _ITEM.match(p)
        if m:
            sep = " from " if m["sep"].strip() == "from" else " is "
            p = f"{m['pre']}{box}.{m['n']}{sep}{p[m.end():]}"
        out.append(p)
    return "".join(out)


def _named_field(g: Grammar, q: str) -> str | None:
    """The destination field a 'What's X?' / 'What goes into X?' question names by its exact
    name (client_id, traits.phone), else None."""
    for rx in _FIELD:
        m = rx.match(q)
        if m:
            x = re.sub(r"^(?:the|their|its)\s+", "", m["x"].strip(), flags=re.I)
            x = re.sub(r"\s*\([^()]*\)$", "", x)
            n = g.resolve(x, "dst")
            if n is not None and x in (n.best.path, n.best.leaf):
                return x
            return None
    return None


def _headed(g: Grammar, phrase: str, a: str) -> str:
    """'Title: <answer>' when the question names a destination field the answer's first
    sentence does not write by name; the answer alone otherwise."""
    phrase = re.sub(r"^(?:the|their|its|a|an)\s+", "", phrase.strip(), flags=re.I)
    both = re.split(r"\s*/\s*", phrase)
    if len(both) >= 2 and all(g.resolve(p, "dst") is not None for p in both):
        return f"{' and '.join(both)}: {a}"  # '> FNAME / LNAME: as in HubSpot?': the answer says how both go (round 49)
    under = re.match(r"^under (?P<c>[\w.\[\]]+)\s*:\s*", a, re.I)
    if under and under["c"] in g.dst_obj.containers():
        return _under(under["c"], a[under.end():])  # 'Where does the address go? — Under traits.address: city is ...'
    box = next((c for c in sorted(g.dst_obj.containers(), key=len) if c == phrase or c.rsplit(".", 1)[-1] == phrase.lower()), None)
    if box is not None:
        return _under(box, a)  # 'What goes under traits.company? — name is ..., industry ...'
    named = g.resolve(phrase, "dst")
    if named is None and re.fullmatch(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+", phrase) and phrase.rsplit(".", 1)[0] in g.dst_obj.containers():
        return f"{phrase}: {a}"  # 'traits.name?': a path under a known container the catalog does not list (round 33)
    if named is None:
        if g.resolve(phrase, "src") is not None and re.match(r"^(?:as|into|in|under|to)\b", a, re.I):
            return f"Send the {phrase} {a[0].lower()}{a[1:]}"  # 'How do we send revenue? As a trait called annual_revenue, ...'
        return a
    path = named.best.path
    # '> client_id - the full email?' / 'No, only the part before the @.': what follows the 'No' is the answer (round 49)
    a = re.sub(r"^(?:(?:no|nope)\b\s*[,.!:;-]\s*(?:it\s+depends\s*[:,.-]\s*)?|then\b,?\s+(?:please\s+)?)(?=\S)", "", a, flags=re.I)
    head, rest = _first_sentence(a)
    first = re.match(r"^\s*([A-Za-z_][\w.\[\]]*)(?=\s*(?:=|->)|\s+(?:gets?|is|are|goes|go|from|takes?|holds?|carries)\b)", head)
    if first and any(first.group(1) in (f.path, f.path.rsplit(".", 1)[-1]) for f in g.dst_obj.fields):
        return a  # the answer starts by naming its field ('hs_email_optout gets the text ...')
    if named.best.type == "boolean" and re.match(r"^(?:anyone|everyone|those|contacts|leads|members|people|customers|subscribers)\b", head, re.I):
        return f"{path} is true for {a[0].lower()}{a[1:]}"  # "Who's VIP? Anyone whose lead source is Partner Referral; ..."
    leaf = path.rsplit(".", 1)[-1]
    # written by its name, as is; a leaf after another word is a phrase of its own ('First name, a space,
    # then last name' does not write traits.name by name, round 33)
    said = re.split(r"\s(?:-|\u2013|\u2014)\s", head, maxsplit=1)[0]  # (not in an aside after a dash: 'An empty list [] - the old tags go', round 49)
    mentioned = bool(re.search(rf"(?<![\w.])(?:{re.escape(path)}|(?<![A-Za-z]\s){re.escape(leaf)})(?![\w])", said))
    if mentioned or (re.search(r"\b(?:goes?|go|into|takes?|gets?)\b|->|=", head, re.I) and any(m.best.path == path for m in g.mentions(head, "dst"))):
        return a
    it = re.match(r"^(?P<v>tick|check|set|fill|make|leave|mark|give|put|send)\s+it\b", head, re.I)
    if it:
        return f"{it['v']} {path}{a[it.end():]}"  # 'Tick it (true) when ...'
    if re.match(r"^it(?:'s| is)\b", head, re.I):
        return re.sub(r"^it(?:'s| is)", f"{path} is", a, count=1, flags=re.I)  # "It's a straight translation of ..."
    if e164 := re.match(r"^(?:(?:the )?format is )?(?P<f>e\.?164\b.*)$", a, re.I | re.S):
        return f"{path} in {e164['f']}"  # '> Format of PHONE?' / 'E.164: + and only digits. ...' (round 49)
    frm = re.match(r"^(?:from|based on|off|taken from|derived from) (?P<s>[^.;:]+)[.:]\s*", a, re.I)
    if frm and a[frm.end():].strip():
        return f"{path} from {frm['s']}: {a[frm.end():].strip()}"  # 'From annual revenue. More than 5 million is Hot; ...'
    return f"{path}: {head}{rest}".strip()


def _self_standing(g: Grammar, a: str) -> bool:
    """Does the answer write a destination field by its own name ('Phone -> Phone in E.164',
    'Use Title for the job title')? Such a reply is a rule as it stands."""
    head = re.split(r"\s(?:-|\u2013|\u2014)\s", _first_sentence(a.strip())[0], maxsplit=1)[0]  # (an aside after a dash names nothing)
    return bool(re.search(r"->|=>|<-|\s=\s", head)) or any(m.exact_case for m in g.mentions(head, "dst"))


_SIGNATURE = re.compile(r"^\s*(?-i:[A-Z])[a-z'\u00e0-\u00ff-]+(?:\s+(?-i:[A-Z])[a-z'\u00e0-\u00ff-]+)?\s*(?:\([^()]{1,30}\))?\s*$")


def _drop_signature(g: Grammar, out: list[str]) -> None:
    """A reply's last line that is the writer's name alone ('Lerato', 'Lerato (CRM)'): no rule (round 36)."""
    last = max((k for k, ln in enumerate(out) if ln.strip()), default=-1)
    if last > 0 and _SIGNATURE.match(out[last]):
        words = re.sub(r"\([^()]*\)", "", out[last]).split()
        if not any(g.resolve(w, side) is not None for w in words for side in ("src", "dst")):
            del out[last]


def _unquote(g: Grammar, out: list[str]) -> None:
    """Each numbered quoted question no answer was paired with, as the answer under it needs it
    (round 49): the caption of the answer's rows when it names a destination field ('> 1. Lead
    Status mapping?' over 'Open -> NEW' rows: 'Lead Status:'; over 'Correct, the field is to be filled
    with the German name:' and rows, that line's place), gone when the answer heads its rows itself
    ('Under traits.address:', 'On the number of employees:'), else the question's words ('Field list?')."""
    for k, ln in enumerate(out):
        if not _NUMBERED_QUOTE.match(ln):
            continue
        q = _QUOTED.sub(lambda m: m["q"], ln).strip()
        below = list(takewhile(lambda x: bool(x.strip()) and not _QUOTED.match(x), out[k + 1 :]))
        x = next((m["x"] for rx in [*_TOPIC, *_FIELD] if (m := rx.match(re.sub(r"\s+", " ", q)))), None)
        field = x is not None and g.resolve(re.sub(r"^(?:the|their|its)\s+", "", x, flags=re.I), "dst") is not None
        headed = bool(below) and below[0].rstrip().endswith(":")
        rows = len(below) >= 2 and bool(_ROW_ARROW.search(below[0]))
        # ('Under traits.address:' names its own container: it stays)
        names_own = headed and (any(m.exact_case for m in g.mentions(below[0], "dst")) or any(f"{c}:" in below[0] for c in g.dst_obj.containers()))
        if headed and _SKIP.search(q) and re.match(r"^(?:yes\b|these\b|the following\b|(?:two|three|2|3|some|a few)\s+groups?\b)", below[0].strip(), re.I):
            # '> Are there contacts that should NOT become a Lead?' / 'Yes, two groups:' over 'a) ...' rows: each row skipped
            out[k], out[k + 1] = "", ""
            for r in range(k + 2, k + 1 + len(below)):
                if (item := _ITEM_MARK.match(out[r])) and not _SKIP.search(out[r]) and not re.search(r"\bnot\b|n't\b", out[r]):
                    out[r] = f"{item.group(0)}Skip {out[r][item.end():]}"
        elif field and headed and not g.mentions(below[0], "src") and not names_own:
            out[k], out[k + 1] = "", f"{x}:"
        elif field and rows:
            out[k] = f"{x}:"
        elif headed:
            out[k] = ""
        elif rows and q.endswith("?"):
            out[k] = f"{q[:-1].rstrip()}:"
        else:
            out[k] = q


def read_faq(g: Grammar, text: str) -> str:
    """``text`` with its question-and-answer pairs written as statements, one line each
    (unchanged when fewer than two of its lines are pairs and no quoted question is numbered)."""
    lines = text.split("\n")
    pairs = _pairs(lines)
    # (an inline reply's numbered questions are questions whatever their number: one pair is enough, round 49)
    if len(pairs) < 2 and not any(_NUMBERED_QUOTE.match(ln) for ln in lines):
        return text
    out: list[str] = []
    k = 0
    above = ("", "")  # the proposal and what the answer above added to it ('Same as above' repeats it)
    for start, end, q, a in pairs:
        out.extend(lines[k:start])
        quoted = bool(_QUOTED.match(lines[start]))
        bare = re.match(r"^(?:and\s+)?(?P<x>[A-Za-z_][\w.]*)(?:\s+(?:for|in|on)\s+(?:segment|salesforce|sf|hubspot|mailchimp|ga4))?\s*\?$", q.strip(), re.I)
        # '> userId?' / 'The HubSpot email, as is.': the answer names the source ('email' is a trait's name too)
        asked_for = bare is not None and g.resolve(bare["x"], "dst") is not None and not re.search(r"->|<-|=", a) and all(
            g.resolve(m.text, "src") is not None for m in g.mentions(_first_sentence(a)[0], "dst") if m.exact_case)
        empty_case = bool(_IF_EMPTY.match(q.strip()) or _WITHOUT.match(q.strip()) or _FIELD_IF_EMPTY.match(q.strip()))  # its answer holds only then (round 49)
        if quoted and _self_standing(g, a) and not _REPLY.match(a) and not asked_for and not empty_case:
            # a reply that states its rule in full: the answer read as written (the question it answers asks for nothing)
            out.extend(ln for ln in lines[start : end + 1] if not _QUOTED.match(ln))
            k = end + 1
            continue
        known = q.strip().endswith("?") and _asks_known(q)
        own = quoted and (not known or bool(
            _SKIP_THEM.match(a) or _SAME.match(a) or (_RATHER.match(a) and not _REFUSES.match(a))
            or (_PROPOSES.search(q) and (_AGREES.match(a) or _ATTACHED.match(a)))))
        said = _replied(g, q, a, above) if own else _statement(g, q, a)
        if said is None:
            said = _statement(g, q, a)
        above = (_proposal(q), _rest_of(a)) if quoted and _AGREES.match(a) else above
        if said:
            out.append(said)
        k = end + 1
    out.extend(lines[k:])
    if any(_QUOTED.match(ln) for ln in lines):
        _drop_signature(g, out)
        # a quoted question read as written loses its quote mark and list number ('> 1. Field list?' over
        # the answer's rows: 'Field list?'); the number alone was read as a sentence (round 49)
        _unquote(g, out)
    # an FAQ's title line ('FAQ: HubSpot contacts into Salesforce as leads') asks for nothing
    return re.sub(r"^\s*(?:FAQ|F\.A\.Q\.|Q&A|Q and A)\b[^\n]*\n", "", "\n".join(out), count=1, flags=re.I)

"""Corrections written into the text itself, as people do in chat: "LeadSource = 'Web' ... wait
no, make that 'Partner' not Web", "actually scratch the employees one, not needed", "oh and
ignore what I said about REFERRALS, those go to 'Partner'". The text is read as its author
meant it in the end: the earlier statement is changed or dropped and the correction itself
is no rule (a dictated transcript's spoken corrections, "subscribed, no wait, pending", are read
by ``correct_dictated`` at the end, which ``transcript.read_transcript`` calls). Applied to the raw text, line by line (or sentence by sentence in prose), before
anything else reads it, so every reader sees one consistent request.

Why text: a correction names the words it corrects ('Web', 'the employees one'); the place to
find them is the text written before it, not rules the grammar may have read differently."""

from __future__ import annotations

import re

_LEAD = r"(?:(?:oh|ok|okay|and|also|wait|no|nope|actually|sorry|oops|hmm|eh|correction|update|edit|hold on|scratch that)[,!.:;]*\s+)*"
# "make that 'Partner' not Web", "make the default country 'SG' not Singapore", "make the cutoff 50 not 100"
_MAKE = re.compile(
    rf"^{_LEAD}(?:make|change|set|put) (?:that|it|this|the [\w -]+?) (?:to |into )?(?P<new>'[^']*'|\"[^\"]*\"|[\w.-]+),? "
    r"(?:not|instead of|rather than|and not) (?P<old>'[^']*'|\"[^\"]*\"|[\w.-]+)\W*$",
    re.I,
)
# "scratch that, use 'Advertisement' instead of 'Web' for LeadSource" (round 41: chat threads)
_USE = re.compile(
    rf"^{_LEAD}(?:(?:let's |we'll |just )?(?:use|go with|take|write|send|put)) (?P<new>'[^']*'|\"[^\"]*\"|[\w.-]+) (?:instead of|rather than|in place of) "
    r"(?P<old>'[^']*'|\"[^\"]*\"|[\w.-]+)(?: (?:for|in|on) (?:the )?(?P<key>[A-Za-z][\w.-]*))?(?: field)?\W*$",
    re.I,
)
# "scratch that row then, REFERRALS -> 'Partner Referral'", "scratch IN_PROGRESS then: Working - Contacted ->
# ATTEMPTED_TO_CONTACT", "scratch the Marketing row, Marketing -> 'marketing'": a row said again (round 41)
_SCRATCH_ROW = re.compile(
    rf"^{_LEAD}(?:scratch|drop|forget|replace|change)\s+(?:that row|this row|the [\w' -]+? row|'[^']*'|\"[^\"]*\"|[A-Za-z_][\w-]*)(?:\s+then)?\s*[:,;]\s*"
    r"(?P<key>[^:>,;]+?)\s*(?:->|=>|→)\s*(?P<new>'[^']*'|\"[^\"]*\"|[\w&-]+(?: [\w&-]+){0,3}?)\W*$",
    re.I,
)
# "scratch that, above 2,000,000", "agreed, over 2,000,000": a bound said again with a new number (round 41)
_CMP = r"(?:above|over|below|under|more than|less than|at least|at most|greater than|bigger than)"
_NUMBER_FIX = re.compile(rf"^(?P<lead>{_LEAD})(?:use\s+|make it\s+|go with\s+)?(?P<cmp>{_CMP})\s+(?P<new>[$€£]?\d[\d,.]*\s*(?:k|m|million)?)\W*$", re.I)
# "sorry, I checked with marketing, it should be more than 20 employees, not 10" (round 45): the bound
# said again with the number it replaces, after a reason
_BOUND_NOT = re.compile(
    rf"^{_LEAD}(?:[^,;]{{0,60}},\s*)?(?:it|that|the (?:(?:AC\s?\d{{1,2}}|item\s+\d{{1,2}})\s+)?(?:limit|threshold|cutoff|number|bound|border))\s+(?:should|must|needs? to|has to)\s+be\s+(?P<cmp>{_CMP})\s+"
    r"(?P<new>[$€£]?\d[\d,.]*\s*(?:k|m|million)?)(?:\s+[a-z]+)?,?\s+not\s+(?P<old>[$€£]?\d[\d,.]*)\W*$",
    re.I,
)
# "Supplement: after discussion with sales team, border of (1) is changed to 3,000,000. (only more than
# 3,000,000 is target, ...)" (round 46): a bound moved, named by its item's number or by nothing
_BOUND_CHANGED = re.compile(
    rf"^{_LEAD}(?:(?:supplement|note|update|p\.?s\.?)\s*[:,]\s*)?(?:[^,;]{{0,80}},\s*)?(?:the\s+)?(?:border|threshold|limit|cutoff|cut-off|bound|boundary|line|minimum)"
    r"(?:\s+(?:of|in|for)\s+(?:\((?P<ref>\d{1,2})\)|item\s+(?P<ref2>\d{1,2})|AC(?P<ref3>\d{1,2})|the\s+[\w ]{1,30}?))?\s+(?:is|was|has\s+been|will\s+be)?\s*(?:now\s+)?(?:changed|moved|raised|lowered|updated|changing)\s+to\s+"
    r"(?P<new>[$€£]?\d[\d,.]*\d|[$€£]?\d)\s*(?:k|m|million)?\.?\s*(?:\([^()]*\))?\s*$",
    re.I,
)
# "eh sorry, language not "id", all "en"" (round 45): the field, the value taken back, the one meant
_FIELD_NOT = re.compile(
    rf"^{_LEAD}(?P<key>[A-Za-z][\w.]*)\s+not\s+(?P<old>'[^']*'|\"[^\"]*\")\s*,\s*(?:but\s+|all\s+|it\s+is\s+|always\s+)*(?P<new>'[^']*'|\"[^\"]*\")(?:[.!]\s+[^.]*)?\W*$",
    re.I,
)
# "correction: not Closed - Converted, I mean Closed - Not Converted ones we skip" (round 45): the words
# taken back, then the ones meant
_NOT_MEANT = re.compile(
    rf"^{_LEAD}(?:correction\s*[:,]?\s*)?not\s+(?P<old>[^,;]{{2,60}}?),\s*(?:I|we)\s+(?:mean|meant)\s+(?P<new>[^,;.]{{2,60}}?)(?:\s+ones?\b[^.]*)?(?:[.!]\s+[^.]*)?\W*$",
    re.I,
)
# "'Independent' reads like a freelancer flag scratch that, default to 'No Company'": the quoted value
# named first is taken back (round 41)
_THAT_NEW = re.compile(
    r"^(?P<old>'[^']*'|\"[^\"]*\")[^'\"]*?\b(?:scratch that|actually no|wait no)[,.:;]?\s+(?:default to|use|make it|go with|change it to|put)\s+(?P<new>'[^']*'|\"[^\"]*\")\W*$",
    re.I,
)
# "Food should be 'Hospitality' in our picklist" after a row keyed Food: the row said again (round 41)
_ROW_SAID = re.compile(
    rf"^{_LEAD}(?P<key>[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*)?) (?:should be|should go to|should land on|should map to|needs to be|has to be|must be) "
    r"(?P<new>'[^']*'|\"[^\"]*\")(?: (?:in|for|on) (?:our|the|their) [\w ]+| instead| please| then)?\W*$",
    re.I,
)
# "scratch the 'subscribed', make status 'pending' so they get the double opt-in mail" (round 41)
_SCRATCH_VALUE = re.compile(
    rf"^{_LEAD}(?:scratch|drop|forget|lose)\s+(?:the\s+)?(?P<old>'[^']*'|\"[^\"]*\")\s*[,;:]?\s*(?:and\s+)?(?:make|use|set|put|change)\s+"
    r"(?:(?:it|that|the\s+)?(?P<key>[A-Za-z_][\w.]*)?\s+(?:to\s+|into\s+)?)?(?P<new>'[^']*'|\"[^\"]*\")(?P<rest>.*)$",
    re.I,
)
# "ok scratch that, no Phone on this one": the rule for a field taken back (round 41)
_NO_MORE = re.compile(rf"^{_LEAD}no (?P<what>[A-Za-z][\w.]*)(?: (?:on|for|in) (?:this|that) one| after all| then| for now| at all)?\b[.!]?(?:\s+[^.]*)?$", re.I)
# "wait no, DIRECT_TRAFFIC should be 'Word of mouth' too, not Web"; "sorry, for REFERRALS it should be Partner
# Referral, not External Referral" (round 45)
_ROW_FIX = re.compile(
    rf"^{_LEAD}(?:for\s+)?(?P<key>[A-Za-z][\w.-]*)(?:\s+(?:it|they|that))? (?:should be|should go to|goes to|is|needs to be|has to be|must be|=>|->|=) "
    # the new value quoted, or (round 38) in words that start with a capital ('needs to be External Referral, not Partner Referral')
    r"(?P<new>'[^']*'|\"[^\"]*\"|(?-i:[A-Z])[\w&-]*(?: (?!not\b)[\w&-]+){0,3})(?: too| as well)?,? (?:not|instead of|rather than) (?P<old>'[^']*'|\"[^\"]*\"|[\w.-]+(?: [\w.&-]+){0,3}?)\W*$",
    re.I,
)
# "ignore what I said about REFERRALS, those go to 'Partner'"
_ABOUT_ROW = re.compile(
    rf"^{_LEAD}(?:ignore|forget|scratch|disregard) what i (?:said|wrote) (?:about|for) (?P<key>[A-Za-z][\w.-]*),? (?:those|they|it|that one|these) (?:go|goes|should go|map|maps|become|becomes|should be|are|is) (?:to |into )?(?P<new>'[^']*'|\"[^\"]*\"|[\w -]+?)\W*$",
    re.I,
)
# "actually scratch the employees one, not needed", "ignore what I said about title, leave jobtitle as is (don't map it)"
_DROP = re.compile(
    rf"^{_LEAD}(?:scratch|drop|forget|ignore|remove|skip|lose|disregard|delete) (?:what i (?:said|wrote) (?:about|for) )?(?:the )?"
    r"(?P<what>[A-Za-z][\w.-]*(?: (?!(?:one|rule|line|bit|part|mapping|field|item|check|filter|condition)\b)[A-Za-z][\w.-]*)?|\d[\d,.]*(?=\s*[:,;]))(?: one| rule| line| bit| part| mapping| field| item| check| filter| condition)?\b(?P<rest>.*)$",
    re.I,
)
# a drop is a correction only when it says so: 'actually', 'wait', 'scratch', 'what I said'
_CORRECTING = re.compile(r"\b(?:actually|wait|oops|sorry|correction|nope|scratch|disregard|what i (?:said|wrote))\b", re.I)
# a piece that says a rule (a mapping mark or a rule's verb), not a remark on a field
_RULE_SAID = re.compile(r"->|<-|=>|=|:|\b(?:skip|only|exclude|copy|map|send|use|set|put|write|tag|default)\b", re.I)
# what is left after a drop that still asks for something: 'use mobile instead: MobilePhone <- mobilephone'
_ASKS = re.compile(r"->|<-|=>|=|\b(?:from|into|gets)\b|:|\b(?:when|if)\b.*\b(?:leave|omit|use|put|set|send|write)\b|^(?:skip|only|exclude)\b", re.I)  # round 41: 'when X is empty leave Y out'



def _units(text: str) -> tuple[list[str], str]:
    """The text's lines (or, in one paragraph, its sentences) and the joiner to put them back."""
    lines = text.split("\n")
    if len([ln for ln in lines if ln.strip()]) >= 2:
        # a correction said after a statement on the same line ('"Trade Show" for all of them.
        # Actually, make that "Web", not "Trade Show".') is a unit of its own (round 33)
        return [u for ln in lines for u in _correction_apart(ln)], "\n"
    return re.split(r"(?<=[.!?])\s+", text), " "


def _correction_apart(line: str) -> list[str]:
    """``line``, cut before a sentence of it that is a correction."""
    parts = re.split(r"(?<=[.!?])\s+", line)
    if len(parts) > 1 and any(rx.match(parts[0].strip()) for rx in _APART):
        return [parts[0], *_correction_apart(" ".join(parts[1:]))]  # the sentences after a correction are their own (round 38)
    for k in range(1, len(parts)):
        if any(rx.match(parts[k].strip()) for rx in _APART):
            return [" ".join(parts[:k]), *_correction_apart(" ".join(parts[k:]))]
    return [line]


# the corrections said as a sentence of their own after a remark on the same line ('5M leaves out
# most of LATAM. scratch that, above 2,000,000'; round 41 added the thread's forms)
# "Supplement: OFFLINE contact are mostly from seminar we hosted, so please map OFFLINE to "Seminar -
# Internal", not "Trade Show"" (round 46): a reason, then the row's key with its new value and the one it replaces
_MAP_FIX = re.compile(
    rf"^{_LEAD}(?:(?:supplement|note|p\.?s\.?|addition(?:ally)?|one more thing)\s*[:,]\s*)?(?:[^;'\"]{{0,160}}?,\s*(?:so|therefore|hence)\s+)?(?:please\s+|kindly\s+|pls\s+)?"
    r"(?:map|change|set|convert|send|translate)\s+(?P<key>[A-Za-z][\w.-]*)\s+(?:to|as|into|->)\s+(?P<new>'[^']*'|\"[^\"]*\")\s*,?\s*(?:and\s+)?(?:not|instead of|rather than)\s+"
    r"(?:to\s+|as\s+)?(?P<old>'[^']*'|\"[^\"]*\")\W*$",
    re.I,
)
# "*Note: (4) is changed. Please use "en" instead of "ja", because many visitor was from overseas." (round 46):
# the value meant, the one it replaces, and why
_USE_INSTEAD = re.compile(
    rf"^\*?\s*{_LEAD}(?:(?:supplement|note|update|change|p\.?s\.?)\s*[:,]\s*)?(?:(?:\(\d{{1,2}}\)|item\s+\d{{1,2}}|AC\d{{1,2}})\s+(?:is|was|has\s+been)\s+changed\s*[.:]\s*)?"
    r"(?:please\s+|kindly\s+|pls\s+)?(?:use|put|send|set|write|make\s+it)\s+(?P<new>'[^']*'|\"[^\"]*\")\s+(?:instead\s+of|rather\s+than|and\s+not|not)\s+(?P<old>'[^']*'|\"[^\"]*\")"
    r"(?:\s*,?\s*(?:because|since|as|for)\b[^.]*)?\W*$",
    re.I,
)
# a ticket's comment: "Regarding AC2, sales has pushed back: contacts with empty Annual Revenue should be
# Warm, not Cold, so that somebody will still call them.", "One change to AC4: Marketing should map to
# growth, not revenue.", "Correction on AC1, my mistake: it should be Lead Source Partner Referral, not
# Partner." (round 46): the item it names, what the row or value says now, the value it replaces, a reason
_SHOULD_NOT = re.compile(
    rf"^{_LEAD}(?:(?P<lead>[^;]{{0,120}}?)\s*[:,]\s*)?(?:(?P<key>[^,;:]{{1,60}}?)|it|that|this)\s+should\s+(?:now\s+)?(?:be|map\s+to|go\s+to|read|become)\s+"
    r"(?P<new>'[^']*'|\"[^\"]*\"|[^,;:'\"]{1,50}?),\s*not\s+(?P<old>'[^']*'|\"[^\"]*\"|[^,;.:()'\"]{1,40}?)\s*(?:\([^()]*\))?"
    r"(?:\s*,?\s*(?:so\s+that|because|since|as|for)\b[^.]*)?\s*\.?\s*$",
    re.I,
)
# "Kindly amend AC3: evangelist should also be Active customer." (round 46): one more row for a table
_ALSO_ROW = re.compile(
    rf"^{_LEAD}(?:(?P<lead>[^;]{{0,80}}?)\s*[:,]\s*)?(?P<key>'[^']*'|\"[^\"]*\"|[\w-]+(?:\s[\w-]+)?)\s+should\s+also\s+(?:be|go\s+to|map\s+to|get|become)\s+"
    r"(?P<new>'[^']*'|\"[^\"]*\"|[^,;.:'\"]{1,40}?)\s*(?:,?\s*(?:so\s+that|because|since|as)\b[^.]*)?\.?\s*$",
    re.I,
)
_SCRATCH_START = re.compile(r"^(?:ok(?:ay)?[,.]?\s+|so\s+)?scratch\b", re.I)
_APART = (_MAKE, _ROW_FIX, _MAP_FIX, _USE_INSTEAD, _SHOULD_NOT, _ALSO_ROW, _ABOUT_ROW, _SCRATCH_START)


def _bare(v: str) -> str:
    return v[1:-1] if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"" else v


def _replace_last(units: list[str], old: str, new: str, key: str | None = None) -> bool:
    """Replace ``old`` (quoted or not) by ``new`` in the last unit before the end that holds it
    (and ``key``, when given)."""
    o = re.escape(_bare(old))
    rx = re.compile(rf"(?P<q>['\"]?)(?<![\w.-]){o}(?![\w-]|\.\w)(?P=q)")  # a full stop after it ends the sentence (round 45)
    for i in range(len(units) - 1, -1, -1):
        if (key is None or re.search(rf"(?<![\w.-]){re.escape(key)}(?![\w.-])", units[i], re.I)) and rx.search(units[i]):
            units[i] = rx.sub(lambda _m: new if new[:1] in "'\"" or not re.search(r"\s", new) else f"'{new}'", units[i])
            return True
    return False


_ITEM_REF = r"\b(?:AC|item\s*|#)\s?(\d{1,2})\b|\((\d{1,2})\)"


def _item_lines(units: list[str], lead: str | None) -> list[int] | None:
    """The lines of the item ``lead`` names ('AC2', 'item 3', '(2)'): its own line and the rows
    under it up to the next item or a blank line; None when ``lead`` names no item or the text
    has no such item."""
    ref = re.search(_ITEM_REF, lead or "", re.I)
    if ref is None:
        return None
    n = ref[1] or ref[2]
    start = re.compile(rf"^\s*(?:[-*]\s*)?(?:AC\s?{n}\b|\({n}\)|{n}[.)])", re.I)
    other = re.compile(r"^\s*(?:[-*]\s*)?(?:AC\s?\d{1,2}\b|\(\d{1,2}\)|\d{1,2}[.)])", re.I)
    first = next((k for k, u in enumerate(units) if start.match(u)), None)
    if first is None:
        return None
    end = next((k for k in range(first + 1, len(units)) if other.match(units[k]) or not units[k].strip()), len(units))
    return list(range(first, end))


def _item_value(units: list[str], lead: str | None, key: str | None, old: str, new: str) -> bool:
    """A comment's 'X should be NEW, not OLD': among the lines of the item the comment names ('AC2'
    and the rows under it; else every line), the row keyed X takes NEW, else the line saying OLD
    whose words X shares most ('contacts with empty Annual Revenue' -> 'Annual Revenue empty ->
    Cold') has that OLD become NEW. Words of NEW the item already says before OLD ('Lead Source
    Partner Referral' over 'Lead Source is Partner') are the field's name, not the value."""
    named = re.search(_ITEM_REF, lead or "", re.I) is not None
    item = _item_lines(units, lead)
    if named and item is None:
        return False
    picked = item if item is not None else list(range(len(units)))
    scope = " ".join(units[i] for i in picked)
    o = _bare(old.strip())
    words = _bare(new.strip()).split()
    before = re.search(rf"(?P<b>(?:[\w-]+\s+){{1,4}}){re.escape(o)}(?![\w-])", scope, re.I)
    said = before["b"].lower().split() if before else []
    for k in range(len(words) - 1, 0, -1):  # 'Lead Source Partner Referral': the item says 'Lead Source' before 'Partner'
        if [w.lower() for w in words[:k]] == said[-k:]:
            words = words[k:]
            break
    value = new.strip() if new.strip()[:1] in "'\"" else " ".join(words)
    if key and not re.match(r"(?:the\s+)?(?:default|value|name|threshold|limit|it|that|this)\b", key.strip(), re.I):
        keyed = [units[i] for i in picked]
        if _row_value(keyed, key.strip(), value):
            for i, u in zip(picked, keyed, strict=True):
                units[i] = u
            return True
    rx = re.compile(rf"(?P<q>['\"]?)(?<![\w.-]){re.escape(o)}(?![\w-]|\.\w)(?P=q)")
    holding = [i for i in picked if rx.search(units[i])]
    if not holding:
        return False
    said = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", key or "")}
    best = max(reversed(holding), key=lambda i: len(said & {w.lower() for w in re.findall(r"[A-Za-z]{3,}", units[i])}))
    spans = list(rx.finditer(units[best]))
    last = spans[-1]
    put = value if value[:1] in "'\"" or not re.search(r"\s", value) else f"'{value}'"
    units[best] = units[best][: last.start()] + put + units[best][last.end():]
    return True


_ROW_LINE = re.compile(r"^(?P<i>\s*(?:[-*\u2022]\s*)?)(?P<k>[^:;\n]{1,40}?)\s*(?P<a>->|=>|\u2192|=)\s*\S")
_REST_ROW = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?:any\s+other|anything\s+else|everything\s+else|otherwise|else|all\s+other|every\s+other|the\s+rest|default)\b", re.I)


def _also_row(units: list[str], lead: str | None, key: str, new: str) -> bool:
    """A new row 'KEY -> NEW' in the table of the item ``lead`` names ('AC3'), written like its
    rows and before its rest row ('any other stage -> Prospect' stays last)."""
    item = _item_lines(units, lead)
    if item is None:
        return False
    rows = [k for k in item[1:] if _ROW_LINE.match(units[k])]
    if not rows:
        return False
    like = _ROW_LINE.match(units[rows[0]])
    assert like is not None
    rest = next((k for k in rows if _REST_ROW.match(units[k])), None)
    units.insert(rest if rest is not None else rows[-1] + 1, f"{like['i']}{key.strip()} {like['a']} {new.strip()}")
    return True


def _row_value(units: list[str], key: str, new: str) -> bool:
    """The row keyed ``key`` in the last unit that has one ('REFERRALS => External Referral')
    takes ``new`` as its value."""
    k = re.escape(key)
    rx = re.compile(rf"(?P<h>(?<![\w.-]){k}(?![\w.-])\s*(?:=>|->|→|=|:|\bgives\b|\bbecomes\b|\bgoes to\b)\s*)(?P<v>'[^']*'|\"[^\"]*\"|[^,;/\n]+?)(?=\s*(?:[,;/\n]|$))", re.I)
    value = new if new[:1] in "'\"" else f"'{new.strip()}'"
    for i in range(len(units) - 1, -1, -1):
        if rx.search(units[i]):
            units[i] = rx.sub(lambda m: m.group("h") + value, units[i], count=1)
            return True
    return False


def _names(what: str) -> re.Pattern[str]:
    """A word of a field as it may appear inside an earlier rule's names: 'employees' in
    numemployees and NumberOfEmployees (the caller tries the word on its own first)."""
    return re.compile(rf"{re.escape(what.strip().rstrip('s'))}s?", re.I)


def _drop(units: list[str], what: str, pair: str | None = None) -> bool:
    """Drop the last item (a clause of a line: '; ', ' / ' or ', ' between rules) that names
    ``what`` (mapped to ``pair`` when given: 'Phone -> phone'); a whole unit when it is one item."""
    rx = _names(what) if pair is None else re.compile(rf"(?<![\w.]){re.escape(what)}\s*(?:->|=>|→)\s*{re.escape(pair)}(?![\w.])", re.I)
    exact = re.compile(rf"(?<![\w.]){re.escape(what)}(?![\w.])", re.I) if pair is None else rx
    value = not re.match(r"[A-Za-z]", what)  # 'scratch the 0': the item that writes it, not a remark that names it
    for i in range(len(units) - 1, -1, -1):
        items = re.split(r"(\s*;\s*|\s+/\s+|,\s+(?=[^,;]*(?:->|<-|=>|=)))", units[i])
        pieces = items[0::2]
        hits = [j for j, p in enumerate(pieces) if exact.search(p) and (not value or re.search(r"->|<-|=>|=|:", p))] or [j for j, p in enumerate(pieces) if rx.search(p) and not value]
        if hits and not value and not any(_RULE_SAID.search(pieces[j]) for j in hits) and any(_RULE_SAID.search(u) and (exact.search(u) or rx.search(u)) for u in units[:i]):
            continue  # 'company is patchy in HubSpot': a remark naming it; the rule is said further up (round 41)
        if not hits:
            continue
        j = hits[-1]
        if len(pieces) == 1:
            units[i] = ""
            return True
        keep = [p for k, p in enumerate(pieces) if k != j and p.strip()]
        units[i] = "; ".join(keep)
        return True
    return False


_SAME_SIDE = (("above", "over", "more than", "greater than", "bigger than"), ("below", "under", "less than"))


def _new_bound(units: list[str], cmp: str, new: str) -> bool:
    """The last bound said with ``cmp`` or a word of its side ('above 5,000,000' for 'over')
    takes the number ``new``; the word written there stays."""
    side = next((words for words in _SAME_SIDE if cmp.lower() in words), (cmp.lower(),))
    # the number ends on a digit: 'more than 10. When ...' keeps its full stop (round 45)
    rx = re.compile(rf"(?<![\w])(?P<c>{'|'.join(map(re.escape, side))})\s+[$€£]?\d(?:[\d,.]*\d)?(?:\s*(?:k|m|million)\b)?", re.I)
    for i in range(len(units) - 1, -1, -1):
        if rx.search(units[i]):
            units[i] = rx.sub(lambda m: m.group("c") + " " + new, units[i], count=1)
            return True
    return False


def _moved_bound(units: list[str], ref: str | None, new: str) -> bool:
    """The bound of item ``ref`` ('(1) Target: only contact whose annual revenue is more than
    1,000,000'), or the last bound said when no item is named, takes the number ``new``."""
    words = sorted({w for side in _SAME_SIDE for w in side}, key=len, reverse=True)
    rx = re.compile(rf"(?<![\w])(?P<c>{'|'.join(map(re.escape, words))})\s+[$€£]?\d(?:[\d,.]*\d)?(?:\s*(?:k|m|million)\b)?", re.I)
    item = re.compile(rf"^\s*(?:\({ref}\)|{ref}[.)]|AC{ref}\b|item\s+{ref}\b)") if ref else None
    for i in range(len(units) - 1, -1, -1):
        if (item is None or item.match(units[i])) and rx.search(units[i]):
            units[i] = rx.sub(lambda m: m.group("c") + " " + new, units[i], count=1)
            return True
    return False


def _drop_discussion(units: list[str], what: str) -> None:
    """The remarks right before a drop that name what it drops and map nothing ('phone though,
    HubSpot's numbers are fresher'): the talk that led to the drop, no rule of their own (round 41)."""
    named = re.compile(rf"(?<![\w.]){re.escape(what)}(?![\w.])", re.I)
    for i in range(len(units) - 1, max(-1, len(units) - 4), -1):
        if not units[i].strip():
            continue
        if not named.search(units[i]) or re.search(r"->|<-|=>|=|:", units[i]):
            return
        units[i] = ""


# round 20: a correction said mid-sentence, as people do when they dictate: "every lead gets the lead
# source Trade Show, actually no, make that Seminar - Internal", "OFFLINE is Trade Show, scratch that,
# OFFLINE is Seminar - Internal", "Closed - Converted becomes OPEN_DEAL, hang on, no, Closed - Converted
# should be CONNECTED", "tag them all Manchester Expo, actually scratch that tag, make it Spring Expo"
_MARK = (
    r",?[ \t]*\b(?:(?:oh|um+|er+|hmm)[,.]?\s+)?(?:actually[,.]?\s+no|actually[,.]?\s+scratch that(?:\s+\w+)?|scratch that(?:\s+\w+)?|strike that|"
    r"(?:hang|hold) on[,.]?\s+no|no[,.]?\s+wait|wait[,.]?\s+no|sorry[,.]?\s+(?:i mean|no)|correction)\b[,.:;]?\s*"
)
_INLINE = re.compile(
    rf"(?P<x>[^,.;:!?\n]+?){_MARK}(?:(?:make|change) (?:that|it|this)(?: to| into)?\s+|(?:it )?should be\s+|i mean\s+)?"
    r"(?P<z>[^,.;!?\n]+?)(?P<why>,\s*(?:because|since|as|that is|that's|it's|it is|they're|they are)\b[^.!?\n]*)?(?=[,.;!?\n]|$)",
    re.I,
)
_OUT = re.compile(rf"(?P<mark>{_MARK})take (?P<k>[\w -]+?) out(?: of (?:that|it|there|this|the list))?\b", re.I)
_CHANGED_MIND = re.compile(r"\bI was (?:going|gonna) to [^,.;!?\n]*? but (?:actually\s+)?(?:no[,.]?\s*)?", re.I)
_VERB = re.compile(r"\s(?:is|are|becomes?|should be|goes to|go to|gets?|=|->|maps to|to|use|uses|put|tag (?:them all|everyone|it))\s", re.I)
# the end of a phrase that is a value: Capitalised or UPPER words, numbers, ' - ' between them
_TAIL = re.compile(r"(?:['\"][^'\"]+['\"]|(?:[A-Z0-9][\w&/+.-]*)(?:\s+(?:-\s+)?[A-Z0-9][\w&/+.-]*)*)$")


# "Then 'Onbekend'... no, English: 'Unknown'", "'Web' -- sorry, I mean 'Website'": a quoted value taken
# back on the spot (an ellipsis or a dash, a no-word, a few words and a colon at most) and the one after it (round 22)
_TAKEN_BACK = re.compile(
    r"(?P<old>'[^'\n]+'|\"[^\"\n]+\")\s*(?:\.{2,}|…|--?|—)\s*(?:ah |oh |er |uh )?(?:no|nope|sorry|wait|i mean|rather|correction)\b[,!:]?"
    r"(?:\s+(?:no|sorry|wait|i mean|rather),?)?\s*(?:[\w ]{1,20}:\s*)?(?P<new>'[^'\n]+'|\"[^\"\n]+\")",
    re.I,
)


def _spoken(text: str) -> tuple[str, list[str]]:
    """Mid-sentence corrections applied: the value said last wins, the correction is no rule."""
    notes: list[str] = []
    text = _CHANGED_MIND.sub("", text)

    def taken_back(m: re.Match[str]) -> str:
        notes.append(f"correction: {m['new']} instead of {m['old']} ({m.group(0)!r})")
        return m["new"]

    text = _TAKEN_BACK.sub(taken_back, text)

    def out(m: re.Match[str]) -> str:
        before = text[: m.start()]
        cut = max(before.rfind(", "), before.rfind(". "), before.rfind(": "), before.rfind("\n"))
        seg = before[cut + 2 if cut >= 0 else 0 :]
        if m["k"].lower() not in seg.lower():
            return m.group(0)
        notes.append(f"correction: {m['k']} taken out ({m.group(0).strip(' ,')!r})")
        return "\x00" + m["k"]

    text = _OUT.sub(out, text)
    while "\x00" in text:  # drop the clause that named the value taken out, and the correction
        i = text.index("\x00")
        km = re.match(r"[\w -]+", text[i + 1 :].split(",")[0].split(".")[0])
        key = km.group(0) if km else ""
        before = text[:i]
        cut = max(before.rfind(", "), before.rfind(": "))
        after = text[i + 1 + len(key) :]
        # ", it's mixed, so Switzerland falls under everything else": the reason and the consequence said again
        after = re.sub(r"^,\s*(?:it is|it's|they are|they're|that is|that's) [\w-]+(?: [\w-]+)?(?=[,.;])", "", after, flags=re.I)
        after = re.sub(rf"^,\s*so {re.escape(key)} (?:falls|goes|drops|ends up) (?:under|into|in|to|with) (?:everything|everyone|anything|all the rest|the rest)(?: else)?(?=[,.;])", "", after, flags=re.I)
        text = (before[:cut] if cut >= 0 else before) + after

    def fix(m: re.Match[str]) -> str:
        x, z = m["x"], m["z"].strip()
        old = _TAIL.search(x.rstrip())
        verb = list(_VERB.finditer(" " + z + " "))
        new = z
        if verb and x.strip().lower().startswith(z[: max(1, verb[0].start())].strip().lower()):
            new = z[verb[-1].end() - 1 :].strip()  # 'OFFLINE is Seminar - Internal': the same key, said again
        elif verb:
            return m.group(0)  # a clause of its own, not a value: left to the other readers
        if old is None or not new or re.search(r"\b(?:not|instead of|rather than)\b", new, re.I):
            return m.group(0)  # 'make that 'SG' not Singapore': a correction that names what it corrects (read below)
        notes.append(f"correction: {new!r} instead of {old.group(0)!r} ({m.group(0).strip(' ,')!r})")
        return x.rstrip()[: old.start()] + new

    return _INLINE.sub(fix, text), notes


def apply_corrections(text: str) -> tuple[str, list[str]]:
    """``text`` with its corrections applied, and a note per correction (the explanation shows
    what changed)."""
    text, notes = _spoken(text)
    spoken = len(notes)
    units, joiner = _units(text)
    out: list[str] = []
    for unit in units:
        line = unit.strip()
        m = _ABOUT_ROW.match(line)
        if m and _row_value(out, m["key"], m["new"].strip()):
            notes.append(f"correction: {m['key']} -> {m['new'].strip()} ({line!r})")
            continue
        m = _ROW_FIX.match(line) or _MAP_FIX.match(line)
        if m and (_replace_last(out, m["old"], m["new"], key=m["key"]) or _row_value(out, m["key"], m["new"])):
            notes.append(f"correction: {m['key']} -> {m['new']} ({line!r})")
            continue
        m = _MAKE.match(line) or _USE_INSTEAD.match(line)
        if m and _replace_last(out, m["old"], m["new"]):
            notes.append(f"correction: {m['new']} instead of {m['old']} ({line!r})")
            continue
        m = _SCRATCH_ROW.match(line)
        if m and _row_value(out, m["key"].strip(), m["new"].strip()):
            notes.append(f"correction: {m['key'].strip()} -> {m['new'].strip()} ({line!r})")
            continue
        m = _NO_MORE.match(line) if _CORRECTING.search(line) else None
        if m and _drop(out, m["what"]):
            while _drop(out, m["what"]):
                pass  # every rule said for it: 'no Phone on this one'
            notes.append(f"correction: the rule for {m['what']!r} dropped ({line!r})")
            continue
        m = _NUMBER_FIX.match(line)
        if m and (_CORRECTING.search(line) or not m["lead"]) and _new_bound(out, m["cmp"], m["new"]):
            notes.append(f"correction: {m['cmp']} {m['new']} ({line!r})")
            continue
        m = _FIELD_NOT.match(line)
        if m and _replace_last(out, m["old"], m["new"], key=m["key"]):
            notes.append(f"correction: {m['key']} -> {m['new']} ({line!r})")
            continue
        m = _NOT_MEANT.match(line)
        if m and _replace_last(out, m["old"].strip(), m["new"].strip()):
            notes.append(f"correction: {m['new'].strip()} instead of {m['old'].strip()} ({line!r})")
            continue
        m = _ALSO_ROW.match(line)
        if m and _also_row(out, m["lead"], m["key"], m["new"]):
            notes.append(f"correction: one more row {m['key'].strip()} -> {m['new'].strip()} ({line!r})")
            continue
        m = _SHOULD_NOT.match(line)
        if m and not re.search(r"\d", m["old"]) and _item_value(out, m["lead"], m["key"], m["old"], m["new"]):
            notes.append(f"correction: {m['new'].strip()} instead of {m['old'].strip()} ({line!r})")
            continue
        m = _BOUND_CHANGED.match(line)
        if m and _moved_bound(out, m["ref"] or m["ref2"] or m["ref3"], m["new"]):
            notes.append(f"correction: the bound is {m['new']} ({line!r})")
            continue
        m = _BOUND_NOT.match(line)
        if m and _new_bound(out, m["cmp"], m["new"].strip()):
            notes.append(f"correction: {m['cmp']} {m['new'].strip()} ({line!r})")
            continue
        m = _THAT_NEW.search(line)
        if m and _replace_last(out, m["old"], m["new"]):
            notes.append(f"correction: {m['new']} instead of {m['old']} ({line!r})")
            continue
        m = _ROW_SAID.match(line)
        if m and _row_value(out, m["key"], m["new"]):
            notes.append(f"correction: {m['key']} -> {m['new']} ({line!r})")
            continue
        m = _SCRATCH_VALUE.match(line)
        if m and _replace_last(out, m["old"], m["new"], key=m["key"]):
            notes.append(f"correction: {m['new']} instead of {m['old']} ({line!r})")
            continue
        m = _USE.match(line)
        if m and _replace_last(out, m["old"], m["new"], key=m["key"]):
            notes.append(f"correction: {m['new']} instead of {m['old']} ({line!r})")
            continue
        m = _DROP.match(line)
        if m and (not _CORRECTING.search(line[: m.start("what")]) or m["what"].lower() in ("that", "this", "it", "the", "a", "an")):
            m = None  # 'skip the phone if it is empty', 'drop members that are cleaned': a rule, not a correction
        pair = re.match(r"\s*(?:->|=>|→)\s*(?P<b>[\w.]+)", m["rest"]) if m else None
        if m and not re.match(r"^\s*(?:contacts|leads|members|records|anyone|everyone|people|those)\b", m["what"], re.I) and _drop(out, m["what"], pair["b"] if pair else None):
            notes.append(f"correction: the rule for {m['what']!r} dropped ({line!r})")
            _drop_discussion(out, m["what"])
            rest = re.sub(r"^\s*(?:->|=>|→)\s*[\w.]+", "", m["rest"])  # 'scratch Phone -> phone': the pair dropped whole (round 41)
            rest = re.sub(r"^\s*[,:;-]+\s*", "", rest)
            rest = re.sub(r"^(?:not needed|just [\w.]+|we (?:do not|don't) (?:need|use) it|sales (?:does not|doesn't) use [\w ]+|use [\w ]+? instead)\s*[,:;]?\s*", "", rest, flags=re.I)
            if rest and _ASKS.search(rest):
                out.append(rest)
            continue
        out.append(unit)
    if len(notes) == spoken:
        return text, notes
    return joiner.join(u for u in out if u.strip() or joiner == "\n"), notes


# round 27, moved here in round 28: corrections said aloud in a dictated run-on. Deeper than the typed
# ones above (the whole clause from the last comma is corrected, not only its last value) and read
# only in a transcript, where a comma and 'no wait' cannot be anything else.
# the words a correction is said with, one or more: 'no wait', 'scratch that', 'actually', 'I mean'
# the first words must say 'correction' ('no wait', 'scratch that'); 'no customers' or 'I mean even when
# ...' are no corrections
_STRONG = r"(?:no wait|wait no|wait|scratch that|or rather|correction|hang on|no actually|actually no|no sorry|sorry no|no no)"
_MORE = r"(?:no wait|wait|scratch that|actually|make that|make it|it should be|sorry|no)"
_CORRECTION = re.compile(rf",\s*\b{_STRONG}\b(?:[,\s]+\b{_MORE}\b)*[,:]?\s+", re.I)
# a clause's first word that is a verb the corrected part may leave out ('take the office phone, no wait, the mobile one first')
_LEFT_VERB = re.compile(r"^(?P<v>take|use|put|make|set|send|tag|call|give|copy|map)\b\s+", re.I)


def correct_dictated(text: str) -> str:
    """A dictated text's corrections (``transcript.read_transcript`` calls this; typed text goes
    through ``apply_corrections``, whose marks are narrower because a typed 'no' or 'wait' is
    seldom a correction). Each 'OLD, no wait, NEW' said as NEW in OLD's place: the corrected clause (from the last
    comma before the correction) loses what NEW replaces. NEW replaces OLD from the last word
    they share ('over five hundred thousand, no actually make that over one million'), keeps
    OLD's verb when NEW has none ('take the office phone, no wait, the mobile one first'), and
    else replaces OLD's last value ('is "Web", no wait, make it "Trade Show"',
    'status is subscribed, no wait, pending')."""
    while (m := _CORRECTION.search(text)) is not None:
        head, tail = text[: m.start()], text[m.end() :]
        start = max(head.rfind(","), head.rfind("."), head.rfind("\n")) + 1
        old = head[start:]
        nm = re.match(r"\"[^\"]*\"|[^,.\n]+", tail)
        if nm is None or not old.strip():
            text = head + ", " + tail  # nothing to correct: the words are dropped
            continue
        new, rest = nm.group(0).strip(), tail[nm.end() :]
        if new.startswith('"') and (rq := re.search(r"\"[^\"]*\"(?=[^\"]*$)", old)):
            fixed = old[: rq.start()] + new + old[rq.end() :]  # 'is "Web", no wait, make it "Trade Show"'
        elif (first := new.split()[0].lower()) and (at := old.lower().rfind(f" {first} ")) >= 0:
            fixed = old[: at + 1] + new  # 'over five hundred thousand, no, over one million'
        elif (vm := _LEFT_VERB.match(old.strip())) and not _LEFT_VERB.match(new):
            fixed = " " + vm.group("v") + " " + new  # 'take the office phone, no wait, the mobile one first'
        elif len(new.split()) == 1 and len(old.split()) > 1:
            fixed = old.rstrip().rsplit(" ", 1)[0] + " " + new  # 'status is subscribed, no wait, pending'
        else:
            fixed = " " + new
        text = head[:start] + fixed + rest
    return text

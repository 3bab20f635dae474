"""Corrections written into the text itself, as people do in chat: "LeadSource = 'Web' ... wait
no, make that 'Partner' not Web", "actually scratch the employees one, not needed", "oh and
ignore what I said about REFERRALS, those go to 'Partner'". The text is read as its author
meant it in the end: the earlier statement is changed or dropped and the correction itself
is no rule. Applied to the raw text, line by line (or sentence by sentence in prose), before
anything else reads it, so every reader sees one consistent request.

Why text: a correction names the words it corrects ('Web', 'the employees one'); the place to
find them is the text written before it, not rules the grammar may have read differently."""

from __future__ import annotations

import re

_LEAD = r"(?:(?:oh|ok|okay|and|also|wait|no|nope|actually|sorry|oops|hmm|correction|update|edit|hold on|scratch that)[,!.:;]*\s+)*"
# "make that 'Partner' not Web", "make the default country 'SG' not Singapore", "make the cutoff 50 not 100"
_MAKE = re.compile(
    rf"^{_LEAD}(?:make|change|set|put) (?:that|it|this|the [\w -]+?) (?:to |into )?(?P<new>'[^']*'|\"[^\"]*\"|[\w.-]+) "
    r"(?:not|instead of|rather than|and not) (?P<old>'[^']*'|\"[^\"]*\"|[\w.-]+)\W*$",
    re.I,
)
# "wait no, DIRECT_TRAFFIC should be 'Word of mouth' too, not Web"
_ROW_FIX = re.compile(
    rf"^{_LEAD}(?P<key>[A-Za-z][\w.-]*) (?:should be|should go to|goes to|is|=>|->|=) (?P<new>'[^']*'|\"[^\"]*\")(?: too| as well)?,? (?:not|instead of|rather than) (?P<old>'[^']*'|\"[^\"]*\"|[\w.-]+)\W*$",
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
    r"(?P<what>[A-Za-z][\w.-]*(?: (?!(?:one|rule|line|bit|part|mapping|field|item)\b)[A-Za-z][\w.-]*)?)(?: one| rule| line| bit| part| mapping| field| item)?\b(?P<rest>.*)$",
    re.I,
)
# a drop is a correction only when it says so: 'actually', 'wait', 'scratch', 'what I said'
_CORRECTING = re.compile(r"\b(?:actually|wait|oops|sorry|correction|nope|scratch|disregard|what i (?:said|wrote))\b", re.I)
# what is left after a drop that still asks for something: 'use mobile instead: MobilePhone <- mobilephone'
_ASKS = re.compile(r"->|<-|=>|=|\b(?:from|into|gets)\b|:", re.I)


def _units(text: str) -> tuple[list[str], str]:
    """The text's lines (or, in one paragraph, its sentences) and the joiner to put them back."""
    lines = text.split("\n")
    if len([ln for ln in lines if ln.strip()]) >= 2:
        return lines, "\n"
    return re.split(r"(?<=[.!?])\s+", text), " "


def _bare(v: str) -> str:
    return v[1:-1] if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"" else v


def _replace_last(units: list[str], old: str, new: str, key: str | None = None) -> bool:
    """Replace ``old`` (quoted or not) by ``new`` in the last unit before the end that holds it
    (and ``key``, when given)."""
    o = re.escape(_bare(old))
    rx = re.compile(rf"(?P<q>['\"]?)(?<![\w.-]){o}(?![\w.-])(?P=q)")
    for i in range(len(units) - 1, -1, -1):
        if (key is None or re.search(rf"(?<![\w.-]){re.escape(key)}(?![\w.-])", units[i], re.I)) and rx.search(units[i]):
            units[i] = rx.sub(lambda _m: new if new[:1] in "'\"" or not re.search(r"\s", new) else f"'{new}'", units[i])
            return True
    return False


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


def _drop(units: list[str], what: str) -> bool:
    """Drop the last item (a clause of a line: '; ', ' / ' or ', ' between rules) that names
    ``what``; a whole unit when it is one item."""
    rx = _names(what)
    exact = re.compile(rf"(?<![\w.]){re.escape(what)}(?![\w.])", re.I)
    for i in range(len(units) - 1, -1, -1):
        items = re.split(r"(\s*;\s*|\s+/\s+|,\s+(?=[^,;]*(?:->|<-|=>|=)))", units[i])
        pieces = items[0::2]
        hits = [j for j, p in enumerate(pieces) if exact.search(p)] or [j for j, p in enumerate(pieces) if rx.search(p)]
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


def apply_corrections(text: str) -> tuple[str, list[str]]:
    """``text`` with its corrections applied, and a note per correction (the explanation shows
    what changed)."""
    units, joiner = _units(text)
    notes: list[str] = []
    out: list[str] = []
    for unit in units:
        line = unit.strip()
        m = _ABOUT_ROW.match(line)
        if m and _row_value(out, m["key"], m["new"].strip()):
            notes.append(f"correction: {m['key']} -> {m['new'].strip()} ({line!r})")
            continue
        m = _ROW_FIX.match(line)
        if m and (_replace_last(out, m["old"], m["new"], key=m["key"]) or _row_value(out, m["key"], m["new"])):
            notes.append(f"correction: {m['key']} -> {m['new']} ({line!r})")
            continue
        m = _MAKE.match(line)
        if m and _replace_last(out, m["old"], m["new"]):
            notes.append(f"correction: {m['new']} instead of {m['old']} ({line!r})")
            continue
        m = _DROP.match(line)
        if m and not _CORRECTING.search(line[: m.start("what")]):
            m = None  # 'skip the phone if it is empty', 'drop members that are cleaned': a rule, not a correction
        if m and not re.match(r"^\s*(?:contacts|leads|members|records|anyone|everyone|people|those)\b", m["what"], re.I) and _drop(out, m["what"]):
            notes.append(f"correction: the rule for {m['what']!r} dropped ({line!r})")
            rest = re.sub(r"^\s*[,:;-]+\s*", "", m["rest"])
            rest = re.sub(r"^(?:not needed|just [\w.]+|we (?:do not|don't) (?:need|use) it|sales (?:does not|doesn't) use [\w ]+|use [\w ]+? instead)\s*[,:;]?\s*", "", rest, flags=re.I)
            if rest and _ASKS.search(rest):
                out.append(rest)
            continue
        out.append(unit)
    if not notes:
        return text, notes
    return joiner.join(u for u in out if u.strip() or joiner == "\n"), notes

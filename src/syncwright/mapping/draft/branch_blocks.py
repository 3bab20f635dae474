"""A rule written as a workflow builder's branching step (round 55).

Admins who build automations describe a sync the way their tool draws it: a Salesforce Flow's
'Decision "Revenue band"' over 'Outcome "Big": Annual Revenue > 10000000 -> Rating = "Hot"'
lines and a 'Default Outcome -> Rating = "Warm"', a HubSpot workflow's 'If/then branch on
Lifecycle stage:' over 'Branch "Applied": equal to "opportunity" -> event name "x"' and a
'None met -> ...'. Read as sentences the outcome's name was taken for a value and the arrows
for mappings. Each block is one field's cases in order, so it is said again as the one
sentence the grammar reads ('Rating is "Cold" if Annual Revenue is empty, "Hot" if Annual
Revenue > 10000000, otherwise "Warm"'); branches that each copy a field when it is there are a
fallback chain ('MobilePhone: Mobile Phone Number; if empty, Phone Number; left out when both
are empty'). A block whose branches do not all set one field, or whose branch says what this
reader cannot, stays as written: the grammar asks about it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ARROW = r"(?:->|→|=>)"
# 'Decision "Which number to call"', 'Decision "Lead Source" on Original Source:', 'If/then branch
# for Lead Mobile Phone:', 'If/then branch → Contact Last Name', 'traits.x: if/then branch on X - ...'
_HEAD = re.compile(
    r"^(?P<ind>[ \t]*)(?:[-*•][ \t]*|\d{1,2}[.)][ \t]*)?(?:Step[ \t]+\d+[ \t]*[-:.\u2013][ \t]*)?(?:(?P<pre>[A-Za-z][\w.]*(?: [A-Za-z][\w.]*){0,4})[ \t]*(?::|,|←|<-)[ \t]*)?"
    r"(?:Decision(?:[ \t]+element)?|If/then(?:[ \t]+branch)?)\b[ \t]*(?P<name>\"[^\"\n]*\"|'[^'\n]*')?"
    r"(?P<rest>[^\n]*)$",
    re.I,
)
_ON = re.compile(r"^\s*(?:on|for)\s+(?P<f>[A-Za-z][\w ./]*?)\s*(?=$|:|\(| - |;|,| —|(?:->|→))", re.I)
_TO = re.compile(rf"^\s*{_ARROW}\s*(?P<f>[A-Za-z][\w ./]*?)\s*:?\s*$")
# 'Outcome "Big": cond -> action', 'Branch A: ...', 'Branch 2: ...', 'None met (both blank) -> ...'
_BRANCH = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:(?:Outcome|Branch)\b[ \t]*(?P<label>\"[^\"\n]*\"|'[^'\n]*'|[A-Z0-9]\b)?"
    r"|(?P<dflt>None met|Default Outcome)\b[ \t]*(?:\([^)\n]*\))?)[ \t]*:?[ \t]*(?P<body>[^\n]*)$",
    re.I,
)
# '"Trade Show" → "education_fair"', '"unsubscribed" or "cleaned" → the text "true"' under a branch on a field
_ROW = re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?P<k>(?:\"[^\"\n]*\"|'[^'\n]*'|[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})(?:\s*(?:,|or)\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}))*)"
    r"\s*(?:->|→|=>)\s*(?P<v>\"[^\"\n]*\"|'[^'\n]*'|true|false|-?\d+(?:\.\d+)?|the (?:text|word) [\"'][^\"'\n]*[\"'])[^\n]*$"
)
_NO_DEFAULT = re.compile(r"^[ \t]*(?:No Default Outcome\b|[^\n]*\bno (?:None met|Default Outcome)\b)", re.I)
_OMIT = re.compile(
    r"^(?:do nothing|nothing|no assignment|skip the assignment|leave it out|not sent|don'?t set)\b"
    r"|\bnot (?:be )?(?:in the record|sent)\b|\bmust not be sent\b|\bno \w+ field\b",
    re.I,
)
_SET = re.compile(r"^(?:Set property value\s*:\s*)?(?:(?:Lead|Contact|Member|Account)\.)?(?P<d>[A-Za-z][\w.]*(?: [A-Za-z][\w.]*){0,3})\s*=\s*(?P<v>.+)$", re.I)
_COPY = re.compile(rf"^(?:Copy property value\s*:\s*|copy\s+)(?P<s>[A-Za-z][\w ./]*?)\s*(?:{_ARROW}|\binto\b|\bto\b)\s*(?P<d>[A-Za-z][\w ./]*?)$", re.I)
_EVENT = re.compile(r"^(?P<d>event name)\s+(?P<v>\"[^\"]*\"|'[^']*')$", re.I)
_VALUE = re.compile(r"^(?:\"[^\"]*\"|'[^']*'|true|false|-?\d+(?:\.\d+)?)$", re.I)
# what a branch's value says after it ('exactly as it is (this one no trim)', '. This covers ...')
_VALUE_TAIL = re.compile(r"\s*(?:\([^)]*\)|,\s*(?:and|so|but|which|that|because)\b.*|,?\s*(?:exactly |plain |also )?(?:as it is|plain copy|as is)\b.*|[.;]\s.*|\.$)$", re.I)
# a tail that says a rule of its own ('. Also lower-case it'): the block stays as written so the
# grammar reads (or asks about) it, never dropped with the remark around it
_TAIL_RULE = re.compile(
    r"(?<!no )(?<!not )(?<!n't )\b(?:lower|upper|title[- ]?case|capitali[sz]e|trim|skip|exclude|drop|prefix|append|concat\w*|join|split|format|E\.?164|round|multiply)\w*",
    re.I,
)
_NOT_EMPTY = re.compile(r"^(?P<f>[A-Za-z][\w ./]*?)\s+(?:is\s+)?(?:not null|not empty|known|filled(?: in)?|is there|present)$", re.I)
_EMPTY = re.compile(r"^(?P<f>[A-Za-z][\w ./]*?)\s+(?:is\s+)?(?:null|empty|blank|unknown|missing)$", re.I)


@dataclass
class _Case:
    cond: str | None  # None: the default branch
    dst: str | None
    value: str | None  # a quoted constant, true/false, a number, a source field's words; None: left out


def branch_blocks(text: str) -> str:
    """The text with each branching step said as one sentence for its field."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _HEAD.match(lines[i])
        if m is None:
            out.append(lines[i])
            i += 1
            continue
        end = i + 1
        while end < len(lines) and (_BRANCH.match(lines[end]) or _NO_DEFAULT.match(lines[end]) or _ROW.match(lines[end])):
            end += 1
        said = _block(m, lines[i + 1 : end])
        if said is None:
            out.append(lines[i])
            i += 1
            continue
        out.append(m.group("ind") + said)
        i = end
    return "\n".join(out)


def _head(head: re.Match[str]) -> tuple[str | None, str | None, list[str]]:
    """(field tested, field set, branches said on the head's own line) of a step's head:
    'If/then branch on Industry → Department:', 'Decision on Tier - "Gold" -> 1; None met -> 0'."""
    rest = head.group("rest").strip()
    on = _ON.match(rest)
    to = _TO.match(rest[on.end() :] if on else rest)
    field = re.sub(r"^(?:Lead|Contact|Member)\.", "", on.group("f")) if on else None
    dst = head.group("pre") or (re.sub(r"^(?:Lead|Contact|Member|Mailchimp|HubSpot|Salesforce)\s+(?=\w)", "", to.group("f")) if to else None)
    inline = "" if to else rest[on.end() :] if on else ""
    if not re.match(r"^\s*(?:-|—|:)\s*\S", inline):
        return field, dst, []
    said = re.sub(r"^\s*(?:-|—|:)\s*", "", inline)
    items = [r.strip() for r in re.split(r";\s*|\.\s+(?=(?:None met|Default Outcome|Branch|Outcome)\b)", said) if r.strip()]
    return field, dst, [r if _BRANCH.match(r) or _ROW.match(r) else f"Branch: {r}" for r in items]


def _block(head: re.Match[str], rows: list[str]) -> str | None:
    field, dst, inline = _head(head)
    rows = [*inline, *rows]
    named = head.group("name")
    if field is None and named and not rows:
        return None
    cases: list[_Case] = []
    for row in rows:
        if _NO_DEFAULT.match(row):
            continue
        case = _case(row, field, named[1:-1] if named else None, dst)
        if case is None:
            return None
        dst = dst or case.dst
        cases.append(case)
    if len(cases) < 2 or dst is None or any(c.dst is not None and c.dst.lower() != dst.lower() for c in cases):
        return None
    return _say(dst, cases)


def _case(row: str, field: str | None, named: str | None, dst: str | None) -> _Case | None:
    """The case one row says: a branch line, or a value row under a branch on a field."""
    b = _BRANCH.match(row)
    if b is not None:
        case = _branch(b.group("body").strip(), bool(b.group("dflt")), b.group("label"), field or named, dst)
    elif field is not None and (v := _ROW.match(row)):
        if _TAIL_RULE.search(row[v.end("v") :]):
            return None  # '"Trade Show" -> "fair", and lower-case the rest': a rule after the row
        case = _branch(f"{field} is {v.group('k')} -> {v.group('v')}", False, None, field, dst)
    else:
        return None
    if case is not None and case.value is not None and case.value.lower() == "it" and field:
        case.value = field  # 'copy it to Company': the field the branch tests
    return case


def _branch(body: str, default: bool, label: str | None, field: str | None, dst: str | None) -> _Case | None:
    if default:
        cond = None
        action = re.split(rf"\s*{_ARROW}\s*", re.sub(r"\s*\([^)\n]*\)", "", body), maxsplit=1)[-1]  # 'None met: it's empty -> status = "pending"': the note, then the action
    else:
        parts = re.split(rf"\s*{_ARROW}\s*", body, maxsplit=1)
        if len(parts) != 2:
            return None
        cond = _condition(parts[0], field, label)
        if cond is None:
            return None
        action = parts[1]
    act = _action(action.strip().rstrip("."), dst)
    if act is None:
        return None
    return _Case(cond, act[0], act[1])


def _condition(words: str, field: str | None, label: str | None) -> str | None:
    """The branch's test said with its field: 'equal to "x"' on a field is 'Field is "x"'."""
    words = re.sub(r"\s*\([^)\n]*\)", "", words).strip().rstrip(":")
    words = re.sub(r"^(?:(?:Lead|Contact|Member)\.)", "", words)
    if not words:
        return f"{field} is {label}" if field and label else None
    words = re.sub(r"\s*(?:\bis equal to\b|\bequal to\b|=)\s*", " is ", words, flags=re.I).strip()
    words = re.sub(r"\s+but\s+", " and ", words)
    words = re.sub(r"\b(?:is )?not null\b|\bis known\b|\bknown\b", "is not empty", words, flags=re.I)
    words = re.sub(r"\b(?:is )?null\b|\bis unknown\b|\bunknown\b", "is empty", words, flags=re.I)
    words = re.sub(r",\s*(?=[A-Za-z][\w ./]*? is )", " and ", words)
    if field and re.match(r"^(?:not )?(?:ticked|checked|unticked|unchecked)$", words, re.I):
        words = f"{field} is {words}"
    if field and (words.lower().startswith("is ") or re.match(r"^(?:\"|'|[A-Z][A-Z0-9_]+\b)", words)):
        words = f"{field} {words}" if words.lower().startswith("is ") else f"{field} is {words}"
    return words


def _bare(value: str) -> str | None:
    """The value without what is said after it; None when that carries a rule of its own."""
    whole = value
    while (cut := _VALUE_TAIL.sub("", value).strip()) != value:
        value = cut
    return None if _TAIL_RULE.search(whole[len(value) :]) else value


def _action(words: str, dst: str | None) -> tuple[str | None, str | None] | None:
    """(field, value) a branch sets; value None when the branch leaves the field out."""
    if _OMIT.search(words):
        return dst, None
    words = re.sub(r"^Set property value\s*:\s*", "", words, flags=re.I)
    bare = _bare(words)
    if bare is None:
        return None
    c = _COPY.match(bare)
    if c:
        return c.group("d"), c.group("s")
    t = re.match(r"^(?:take|use)\s+(?:the\s+)?(?P<f>[\w ]{1,30}?),?\s+only\s+the\s+part\s+(?P<w>before|after)\s+the\s+@", words, re.I)
    if t:
        return dst, f"the part of {t.group('f')} {t.group('w')} the @"
    e = _EVENT.match(words)
    if e:
        return e.group("d"), e.group("v")
    s = _SET.match(words)
    if s:
        value = _bare(s.group("v"))
        return None if value is None else (s.group("d"), value or None)
    value = re.sub(r"^the (?:text|word|string|value)\s+(?=[\"'])", "", bare, flags=re.I)
    if _VALUE.match(value):
        return dst, value
    return None


def _say(dst: str, cases: list[_Case]) -> str | None:
    *tests, last = cases
    if any(c.cond is None for c in tests):
        return None
    fallback = _fallback(dst, cases)
    if fallback is not None:
        return fallback
    if len(tests) == 1 and last.cond is None and last.value and tests[0].value and _VALUE.match(tests[0].value):
        empty = _EMPTY.match(tests[0].cond or "")
        if empty and empty.group("f").lower() == last.value.lower():
            return f"{dst}: {last.value}; if empty, {tests[0].value}."  # 'null -> "Private"', default: the field
    if any(c.value is not None and not _VALUE.match(c.value) for c in cases):
        return None  # a branch that copies a field, not in a fallback: the grammar asks about it as written
    said = [f"{c.value} if {c.cond}" for c in tests if c.value is not None]
    if len(said) != len(tests):
        return None
    if last.cond is not None:
        if last.value is None:
            return None
        return f"{dst} is {', '.join([*said, f'{last.value} if {last.cond}'])}."
    if last.value is None:
        return f"{dst} is {', '.join(said)}; otherwise leave {dst} out."
    return f"{dst} is {', '.join(said)}, otherwise {last.value}."


def _fallback(dst: str, cases: list[_Case]) -> str | None:
    """Branches that each copy a field when it is there: 'dst: a; if empty, b; ...'."""
    *tests, last = cases
    chain: list[str] = []
    for c in tests:
        there = [m.group("f") for p in re.split(r"\s+and\s+", c.cond or "") if (m := _NOT_EMPTY.match(p.strip()))]
        if c.value is None or not there or there[-1].lower() != c.value.lower():
            return None
        chain.append(c.value)
    if last.cond is not None:
        return None
    said = f"{dst}: {chain[0]}" + "".join(f"; if that is empty too, {x}" if k else f"; if empty, {x}" for k, x in enumerate(chain[1:]))
    if last.value is None:
        return f"{said}; left out when {'both are' if len(chain) == 2 else 'all are'} empty."
    return f"{said}; if that is empty too, {last.value}." if len(chain) > 1 else f"{said}; if empty, {last.value}."

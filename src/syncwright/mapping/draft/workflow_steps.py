"""A sync written as a workflow builder's steps (round 55).

Admins who build automations in Salesforce Flow or HubSpot workflows name each part of a sync by
the step that does it: 'Flow 6: ...' or 'Workflow 2: ...' titles the request, 'Get Records:' or
'Enrollment trigger:' says which records go ('contacts where Country = "Norway"', 'all contacts,
no criteria', 'all contacts, EXCEPT' over a list), 'Assignment "Names":' or 'Actions:' heads the
lines that set fields, 'Copy property value: A → B' / 'Set property value: X = "v"' label each
action and 'Format data: Lowercase on Email → Email' formats one. Read as words the labels were
fields ('Get Records' a value, an assignment's name a constant). Each is said as what it means:
the title goes, the record step becomes an 'Only ... where' filter, a 'Skip ... when either is
true:' list or nothing when it keeps every record, the headings go, a 'Set property value:' label
leaves the rule it carries (the canonical rows read 'Copy property value: A → B' as the copy it
is), and a 'Format data' action is the format of the field it writes. The branching steps
('Decision', 'If/then branch') are branch_blocks' job.
"""

from __future__ import annotations

import re

# 'Flow 6', 'Workflow 2', 'the last flow, 42': the request's number in the writer's list of flows
_FLOW = re.compile(r"\b(?:the[ \t]+(?:last|first|next|final)[ \t]+)?(?:work)?flow,?[ \t]+\d+\b", re.I)
# what makes a title's words a rule after all
_RULE = re.compile(r"=|<-|\b(?:only|skip|except|exclude|not|if|when|where|whose|unless)\b", re.I)
# 'Get Records: ...', 'Enrollment trigger: ...'
_RECORDS = re.compile(r"(?m)^(?P<ind>[ \t]*)(?:Get Records|Enrol(?:l)?ment trigger)(?P<x>\s+excludes?)?\s*:\s*(?P<rest>.*)$", re.I)
_ALL = re.compile(
    r"^(?:all|every|each)\b[^,.;]*?(?:,\s*|\s+)(?:no (?:conditions?|criteria|filters?)|nothing filtered)\b[^\n]*$"
    r"|^(?:all|every)\s+(?:hubspot\s+|salesforce\s+)?(?:contacts|leads|members|records)(?:\s+in the list)?\.?$",
    re.I,
)
_WHERE = re.compile(
    r"^(?:all\s+)?(?:hubspot\s+|salesforce\s+|mailchimp\s+)?(?P<obj>contacts|leads|members|records)\s+(?:where|with|whose)\s+(?P<c>.+?)\.?$", re.I
)
_EXCEPT = re.compile(
    r"^(?:all\s+)?(?:hubspot\s+|salesforce\s+)?(?P<obj>contacts|leads|members|records)\b[^:\n]*?"
    r"(?:,?\s*except\b|\bconditions? that keep (?:records|them|contacts) out\b)\s*:?\s*$",
    re.I,
)
_ITEM = re.compile(r"^[ \t]*(?:[-*•]|\(?[a-z0-9]\)|\d+[.)])[ \t]+(?P<c>.+)$", re.I)
# an item's tail: '-> not included (why)', ' - these are already enrolled students'
_ITEM_TAIL = re.compile(r"\s*(?:(?:->|→)\s*(?:not included|skipped|left out|out)\b.*| - .*)$", re.I)
# 'Assignment "Names":', 'Assignment for the rest:', 'Assignment:'
_ASSIGNMENT = re.compile(r"^[ \t]*Assignment\b(?:[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'))?(?:[ \t]+for the rest)?[ \t]*:?[ \t]*$", re.I)
# 'Actions:', 'Actions (HubSpot property → Lead field):': the workflow's steps, not a meeting's action items
_ACTIONS = re.compile(r"^[ \t]*Actions\b[^:\n]{0,60}:[ \t]*$", re.I)
# ('Copy property value: A → B' keeps its label: the canonical rows read it as 'copy A → B')
_ACTION = re.compile(r"\bSet property value\s*:\s*|\bFormula resource\s+\w+\s*,?\s*(?:goes\s+to|for|->|→)\s*", re.I)
# a 'Format data' action's operation, said in the grammar's words
_OPERATIONS: tuple[tuple[str, str], ...] = (
    (r"trim(?: whitespace)?", "trimmed"),
    (r"lower ?case", "in lower case"),
    (r"upper ?case", "in upper case"),
    (r"capitali[sz]e(?: the)? first letter of each word|capitali[sz]e each word|capitali[sz]e|proper case|title case", "in title case"),
)
_OPERATION = "|".join(f"(?:{w})" for w, _ in _OPERATIONS)
_OPS = rf"(?P<op>(?:{_OPERATION})(?:,?\s*(?:then|and)\s+(?:{_OPERATION}))*)"
_SIDE = r"[A-Za-z][\w/]*(?:\.\w+)*(?: (?!(?:and|on|then|so|only|with|in|to)\b)[A-Za-z][\w/]*(?:\.\w+)*){0,3}"
# 'Format data: Lowercase on Email → Email', '..., on Last name → Last Name and on City → City'
_FORMAT_MOVE = re.compile(
    rf"\bFormat data\s*[:,-]?\s*{_OPS},?\s+on\s+(?P<s>{_SIDE})\s*(?:→|->)\s*(?P<d>{_SIDE})"
    rf"(?:\s+and\s+on\s+(?P<s2>{_SIDE})\s*(?:→|->)\s*(?P<d2>{_SIDE}))?",
    re.I,
)
# 'userId: Format data - Trim whitespace on Email, then Lowercase', 'Email ← Email, Format data: Lowercase'
_FORMAT_ON = re.compile(rf"\bFormat data\s*[:,-]?\s*{_OPS}\s+on\s+(?!(?:both|all|them|each|these|those|it)\b)(?P<s>{_SIDE})(?:,?\s*(?:then|and)\s+(?P<op2>{_OPERATION}))?", re.I)
_FORMAT_ONLY = re.compile(rf"(?:,?\s*(?:with\s+)?)\bFormat data\s*[:,-]?\s*{_OPS}\b", re.I)


def workflow_steps(text: str) -> str:
    """The text with a workflow builder's step labels said as the rules they carry."""
    if not re.search(r"\b(?:Get Records|Enrol(?:l)?ment trigger|Assignment\b|(?:Copy|Set) property value|Format data|Formula resource)|^\s*(?:hei,\s*)?(?:work)?flow \d", text, re.I | re.M):
        return text
    lines = text.split("\n")
    out: list[str] = []
    first = True
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if first and ln.strip():
            first = False
            ln = _untitled(ln, bool(_RECORDS.search(text)))
            if not ln.strip():
                continue
        if _ASSIGNMENT.match(ln) or _ACTIONS.match(ln):
            continue
        r = _RECORDS.match(ln)
        if r:
            said, taken = _records(r.group("rest").strip(), lines[i:], bool(r.group("x")))
            out.extend(r.group("ind") + x for x in said)
            i += taken
            continue
        out.append(_formatted(_ACTION.sub("", ln)))
    return "\n".join(out)


def _records(rest: str, below: list[str], excludes: bool = False) -> tuple[list[str], int]:
    """What a record step says, as lines, and how many lines under it it took."""
    step, _, after = rest.partition(". ")
    tail = [after] if after else []
    if re.match(r"^(?:a\s+)?(?:null|empty|blank)\b[^.;]*?\bnot\s+(?:included|picked(?:\s+up)?|in)\b[^;]*$", after, re.I):
        tail = []  # 'Get Records: contacts where Annual Revenue > 1000000. Null revenue - not included.': the step's test says it
    if excludes:
        # 'Enrollment trigger excludes: Business Phone unknown. Empty or only spaces → skip the Contact': one skip
        if re.match(r"^(?:empty|blank)\b[^.]*?(?:->|→)\s*skip\b", after, re.I):
            tail = []
        test = re.sub(r"\s+(?:is\s+)?unknown\b", " is empty", re.sub(r"\s+(?:is\s+)?known\b", " is not empty", step.rstrip(".")))
        return [f"Skip records where {test}.", *tail], 0
    if _ALL.match(step):
        return tail, 0
    if e := _EXCEPT.match(step):
        items = []
        for ln in below:
            if not (it := _ITEM.match(ln)):
                break
            items.append(f"- {_ITEM_TAIL.sub('', it.group('c')).strip()}")
        if items:
            return [f"Skip {e.group('obj').lower()} when either is true:", *items, *tail], len(items)
    if w := _WHERE.match(step):
        return [f"Only {w.group('obj').lower()} where {w.group('c')}.", *tail], 0
    if re.search(r"\b(?:is|equal to)\b|=", step) and not re.search(r"^(?:all|every)\b|\b(?:skip|exclude|except|not)\b", step, re.I):
        test = re.split(r"\s+-\s+|\s*\(", step)[0]  # '... "Malaysia" - exact, with capital M': the test as written
        return [f"Only records where {test.rstrip('.')}.", *tail], 0
    return [rest], 0  # 'skip Contacts where ...': the step's own words say it


def _said(ops: str) -> str:
    """'Trim whitespace, then Lowercase' -> 'trimmed and in lower case'."""
    words = [w for part in re.split(r",?\s*(?:then|and)\s+", ops, flags=re.I) for pat, w in _OPERATIONS if re.fullmatch(pat, part.strip(), re.I)]
    return " and ".join(words)


def _formatted(line: str) -> str:
    """A 'Format data' action said as the format of the field it writes."""
    if m := _FORMAT_MOVE.search(line):
        said = f"{m.group('d')} = {m.group('s')}, {_said(m.group('op'))}"
        if m.group("s2"):
            said += f". {m.group('d2')} = {m.group('s2')}, {_said(m.group('op'))}"
        return line[: m.start()] + said + line[m.end() :]
    if m := _FORMAT_ON.search(line):
        ops = m.group("op") + (f" then {m.group('op2')}" if m.group("op2") else "")
        return line[: m.start()] + f"{m.group('s')}, {_said(ops)}" + line[m.end() :]
    if m := _FORMAT_ONLY.search(line):
        return line[: m.start()] + f", {_said(m.group('op'))}" + line[m.end() :]
    return line


def _untitled(line: str, record_step: bool) -> str:
    """The first line without its sentences that only number and name the flow ('Flow 6: Lead.Rating
    for agencies, from their revenue.', 'Hei! Segment identify, Flow 21.'); one that says a rule stays,
    unless a record step below says which records go ('Flow 26: an event only for the big agencies'
    over 'Get Records: contacts where ...': the title's 'only' is what that step says)."""
    says = re.compile(r"=|<-") if record_step else _RULE
    parts = re.split(r"(?<=[.!?])\s+(?=\S)", line.strip())
    kept = [p for p in parts if not (_FLOW.search(p) and len(p.split()) <= 20 and not says.search(_FLOW.sub(" ", p)))]
    return " ".join(kept) if kept != parts else line

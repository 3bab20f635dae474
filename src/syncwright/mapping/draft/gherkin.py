"""A request written as Gherkin scenarios (round 21d): 'Feature:', a 'Background:' whose steps
hold for every record, 'Scenario:' blocks of Given / When / Then steps, and 'Scenario Outline:'
blocks whose '<placeholders>' take each row of the 'Examples:' table under them.

Each scenario becomes the sentences the grammar reads: its Given steps are the condition
('a HubSpot contact whose phone is blank' -> 'the phone is blank'; a bare 'a HubSpot contact'
is none), its When steps ('When it is synced to Salesforce') say nothing about the data and
go, and each Then / And / But step is a rule under that condition ('If the phone is blank,
Phone is the mobilephone in E.164 instead.'). A scenario whose outcome is 'the contact is not
synced' is a skip filter, and a later scenario's condition on the same field is what the
filter already keeps, so its steps hold unconditionally. A scenario for 'any other' value is
the rest ('otherwise'). An outline is one scenario per example row. Lines that are no Gherkin
are kept as they are, and a text without a Scenario is returned unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_KEY = re.compile(r"^\s*(feature|background|scenario outline|scenario template|scenario|example|examples|scenarios|rule)\s*:\s*(.*)$", re.I)
_STEP = re.compile(r"^\s*(given|when|then|and|but|\*)\s+(.*)$", re.I)
_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_SUBJECT = re.compile(
    r"^(?:(?:a|an|the|any|every|each)\s+)?(?:(?:hubspot|salesforce|sf|mailchimp|segment|crm)\s+)?"
    r"(?P<noun>contacts?|leads?|members?|records?|persons?|people|subscribers?|users?|rows?)\b\s*,?\s*", re.I)
# the record itself is not sent ('the contact is not synced', 'no Lead is created'), never a
# field ('Website is not sent at all')
_NOT_SYNCED = re.compile(
    r"^(?:(?:the|this|that|such a|a|no)\s+)?(?:(?:hubspot|salesforce|sf|mailchimp|segment)\s+)?(?:contact|lead|member|record|person|row|subscriber|user|it|they|he|she)s?\b"
    r"(?:\s+\w+){0,3}?\s+(?:(?:is|are|gets?|should be|must be)\s+(?:not|never)\s+(?:synced|sent|created|imported|pushed|included|added|exported|updated|made)"
    r"|(?:is|are)\s+(?:skipped|excluded|ignored|dropped|left out(?: of the sync)?))\b"
    r"|^nothing is (?:sent|synced|created)\b|^no \w+ is (?:created|sent|synced)\b", re.I)
# the record is sent ('a Lead is created', 'the contact is synced'): no rule, the sync itself
_SYNCED = re.compile(
    r"^(?:(?:a|an|the|one|this|that)\s+)?(?:new\s+)?(?:(?:hubspot|salesforce|sf|mailchimp|segment|ga4)\s+)?(?:contact|lead|member|record|event|person|subscriber|user|it|they)s?"
    r"\s+(?:is|are|gets?)\s+(?:created|synced|sent|added|imported|pushed|upserted|updated)(?:\s+(?:in|to|into)\s+[\w ]+)?$", re.I)
# a step with a subject of its own ('But a contact that has a company keeps it'): its own condition
_OWN_SUBJECT = re.compile(r"^(?:(?:a|an|any|every|each|all|other)\s+)?(?:\w+\s+)?(?:contact|lead|member|record|person|people)s?\s+(?:that|who|with|whose|without)\b", re.I)
_REST = re.compile(r"^(?:(?:with|whose|in|at|from|of)\s+)?(?:any|every|all|some)\s+other\b|^(?:with\s+)?anything else\b|^that (?:does not|doesn't) match\b", re.I)
_TAGGED = re.compile(r"^(?:it|they|each \w+|every \w+|the (?:contact|member|lead|record))\s+(?:is|are)\s+(?:always\s+)?tagged\s+(?:with\s+)?(?P<v>.+)$", re.I)
# 'when its LeadSource is 'Trade Show' it gets a second tag, 'Events''
_WHEN_TAG = re.compile(r"^(?:when|if)\s+(?:its|their|the)\s+(?P<c>.+?),?\s+(?:it|they)\s+(?:also\s+)?gets?\s+(?:a\s+|the\s+)?(?:second\s+|another\s+|extra\s+)?tag,?\s+(?P<v>.+)$", re.I)
# 'a contact whose phone is blank gets no PHONE', 'a Contact with a blank Title gets no traits.title'
_GETS_NO = re.compile(
    r"^(?:a|an|any)\s+(?:\w+\s+)?(?:contact|lead|member|record)s?\s+(?:whose\s+(?P<x>[\w .]+?)\s+is\s+(?:blank|empty|missing)"
    r"|with\s+(?:a\s+|an\s+)?(?:blank|empty)\s+(?P<y>[\w .]+?))\s+(?:gets|has|receives|is sent)\s+no\s+(?P<f>[\w.\[\]]+)(?:\s+at all)?$", re.I)
# a kept condition that says the field is there ('with a website', 'whose company is filled')
_KEEPS = re.compile(r"\b(?:is|are)\s+(?:not\s+(?:blank|empty|missing)|filled(?: in)?|set|present|known)\b|^PRESENT:", re.I)
_TAG_STEP = re.compile(r"^(?:it|they|the (?:contact|member|lead|record))\s+(?:also\s+)?(?:gets?|receives?|is given)\s+(?:the\s+|a\s+)?tag\s+(?P<v>.+)$"
                       r"|^(?:its|their|the)\s+tags?\s+(?:is|are)\s+(?:just|only)\s+(?P<w>.+)$", re.I)


@dataclass
class _Scenario:
    kind: str
    givens: list[str] = field(default_factory=list)
    thens: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


def _cells(line: str) -> list[str]:
    m = _ROW.match(line)
    return [c.strip() for c in m.group(1).split("|")] if m else []


def _parse(lines: list[str]) -> tuple[list[_Scenario], list[str]] | None:
    blocks: list[_Scenario] = []
    other: list[str] = []
    cur: _Scenario | None = None
    last = ""
    in_examples = False
    for line in lines:
        if not line.strip():
            continue
        k = _KEY.match(line)
        if k:
            word = k.group(1).lower()
            if word in ("examples", "scenarios") and cur is not None:
                in_examples = True
                continue
            in_examples = False
            if word in ("feature", "rule"):
                cur = None
                continue
            cur = _Scenario("background" if word == "background" else "outline" if "outline" in word or "template" in word else "scenario")
            blocks.append(cur)
            last = ""
            continue
        if in_examples and cur is not None and _ROW.match(line):
            cells = _cells(line)
            if not cur.header:
                cur.header = cells
            else:
                cur.rows.append(cells)
            continue
        s = _STEP.match(line)
        if s and cur is not None:
            kw = s.group(1).lower()
            kw = last if kw in ("and", "but", "*") and last else kw
            last = kw
            text = s.group(2).strip().rstrip(".")
            if kw == "given":
                cur.givens.append(text)
            elif kw == "then":
                cur.thens.append(text)
            continue
        if cur is not None and line.startswith((" ", "\t")) and cur.thens:
            cur.thens[-1] += " " + line.strip().rstrip(".")  # a step wrapped onto the next line
            continue
        other.append(line.strip())
    if not any(b.kind != "background" for b in blocks):
        return None
    return blocks, other


def _condition(given: str) -> tuple[str | None, str]:
    """The condition a Given step states (None: none), and the records' noun."""
    m = _SUBJECT.match(given)
    noun = (m.group("noun") if m else "records").lower()
    noun = noun if noun.endswith(("s", "people")) else noun + "s"
    rest = given[m.end():] if m else given
    rest = rest.strip()
    if not rest:
        return None, noun
    if _REST.match(rest):
        return "REST", noun
    rest = re.sub(r"^whose\s+", "the ", rest, flags=re.I)
    rest = re.sub(r"^(?:that|who|which)\s+", "", rest, flags=re.I)
    if re.match(r"^(?:has|have|is|are|was|does|did|holds?|carries|belongs)\b", rest, re.I):
        one = noun[:-1] if noun.endswith("s") else noun
        return f"the {one} {rest}", noun  # 'a member who has the tag X': the member has it
    nm = re.match(r"^with\s+neither\s+(?:a\s+|an\s+|the\s+)?(?P<a>[\w .]+?)\s+nor\s+(?:a\s+|an\s+|the\s+)?(?P<b>[\w .]+)$", rest, re.I)
    if nm:
        return f"the {nm['a']} and the {nm['b']} are both blank", noun
    nm = re.match(r"^(?:with\s+no|without(?:\s+an?)?|with\s+an?\s+(?:blank|empty))\s+(?P<a>[\w .]+)$", rest, re.I)
    if nm:
        return f"the {nm['a']} is blank", noun
    nm = re.match(r"^in\s+(?:the\s+)?(?P<v>\S+(?:\s\S+)?)\s+(?P<f>department|lifecycle stage|stage|country|city|industry|status|state|region)$", rest, re.I)
    if nm:
        return f"the {nm['f']} is {nm['v']}", noun  # 'a Contact in the Sales department'
    nm = re.match(r"^with\s+(?:the\s+|their\s+|its\s+)?(?P<f>[\w .]+?)\s+(?P<s>unticked|ticked|checked|unchecked|true|false|set|blank|empty|filled in|filled|missing)$", rest, re.I)
    if nm:
        return f"the {nm['f']} is {nm['s']}", noun  # 'with HasOptedOutOfEmail unticked'
    nm = re.match(r"^with\s+(?P<c>fewer than|more than|less than|over|under|at least|at most|above|below)\s+(?P<n>[\d,.]+(?:\s+(?:million|thousand))?)\s+(?P<f>[\w ]+)$", rest, re.I)
    if nm:
        return f"the {nm['f']} is {nm['c']} {nm['n']}", noun  # 'with fewer than 50 employees'
    nm = re.match(r"^with\s+(?:an?|some|its|their)\s+(?P<a>[\w .]+)$", rest, re.I)
    if nm:
        return f"PRESENT:{nm['a']}", noun
    return rest, noun


def _fill(text: str, header: list[str], row: list[str]) -> str:
    for h, v in zip(header, row, strict=False):
        text = text.replace(f"<{h}>", v)
    return text


def _render(b: _Scenario, skipped: list[tuple[str, bool]]) -> list[str]:
    conds: list[str] = []
    rest = False
    noun = "records"
    for g in b.givens:
        c, noun = _condition(g)
        if c == "REST":
            rest = True
        elif c is not None and not c.startswith("PRESENT:"):
            conds.append(c)
    if any(_NOT_SYNCED.search(t) for t in b.thens):
        return [f"Skip {noun} whose {re.sub(r'^the ', '', c)}." for c in conds] if conds else []
    # a condition the skip filter already keeps ('whose stage is MQL or SQL' beside 'skip anyone
    # whose stage is anything other than MQL or SQL') holds for every record that is sent
    conds = [c for c in conds if not any(re.search(rf"\b{re.escape(f)}\b", c, re.I) and (negated or _KEEPS.search(c)) for f, negated in skipped)]
    out = []
    cond = " and ".join(conds)
    subject = ""
    for t in b.thens:
        if _SYNCED.match(t):
            continue
        # 'But it is false if ...': the step's 'it' is the field the step before it wrote
        sm = re.match(r"^(?P<d>[A-Za-z_][\w.]*(?:'s\s+\w+)?)\s+(?:is|are|=|gets?)\b", t)
        if re.match(r"^it\s+(?:is|gets)\b", t, re.I) and subject:
            t = subject + t[2:]
        elif sm:
            subject = sm.group("d")
        tm = _TAG_STEP.match(t) or _TAGGED.match(t)
        if tm and cond:
            out.append(f"{noun.capitalize()} whose {re.sub(r'^the ', '', cond)} also get the tag {tm['v'] or tm.groupdict().get('w')}.")
            continue
        if tm:
            out.append(f"Tag every record {tm['v'] or tm.groupdict().get('w')}.")
            continue
        wm = _WHEN_TAG.match(t)
        if wm:
            out.append(f"{noun.capitalize()} whose {wm['c']} also get the tag {wm['v']}.")
            continue
        gm = _GETS_NO.match(t)
        if gm:
            out.append(f"Leave {gm['f']} out when the {gm['x'] or gm['y']} is blank.")
            continue
        if rest or not cond or re.search(r"\b(?:if|when|whenever|unless)\b", t, re.I) or re.match(r"^(?:when|if|where|whenever|unless|otherwise|else)\b", t, re.I) or _OWN_SUBJECT.match(t):
            out.append(f"{t}.")
        else:
            out.append(f"If {cond}, {t}.")
    return out


def _skipped_fields(b: _Scenario) -> list[tuple[str, bool]]:
    """The fields a 'not synced' scenario filters on ('the lifecycle stage' in its condition), each
    with whether the skip is of everything but some values (the kept ones are then its complement)."""
    if not any(_NOT_SYNCED.search(t) for t in b.thens):
        return []
    out = []
    for g in b.givens:
        c, _ = _condition(g)
        if c and c not in ("REST",) and not c.startswith("PRESENT:"):
            m = re.match(r"^the\s+(?P<f>[\w ]+?)\s+(?:is|are|was|has|=|equals|does|contains)\b", c, re.I)
            if m:
                out.append((m.group("f"), bool(re.search(r"\b(?:anything (?:other than|but|except)|other than|not|except)\b", c, re.I))))
    return out


def read_gherkin(text: str) -> str:
    """``text`` with its Gherkin scenarios written as plain sentences; else unchanged."""
    parsed = _parse(text.split("\n"))
    if parsed is None:
        return text
    blocks, other = parsed
    skipped = [f for b in blocks for f in _skipped_fields(b)]
    out: list[str] = list(other)
    for b in blocks:
        if b.kind == "background":
            out.extend(f"{g}." for g in [*b.givens, *b.thens])
            continue
        if b.kind == "outline" and b.header and b.rows:
            for row in b.rows:
                filled = _Scenario("scenario", [_fill(g, b.header, row) for g in b.givens], [_fill(t, b.header, row) for t in b.thens])
                out.extend(_render(filled, skipped))
            continue
        out.extend(_render(b, skipped))
    return "\n".join(out)

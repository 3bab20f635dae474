"""A field left out when its source is empty, read from its ingredients (issue #12, round 9b).

'leave birthday out if we don't have it', 'again leaving it out when it's blank', 'if theres
no job role just dont send Title at all', 'where one of the numbers is missing, leave that
field off': rows in canon.yaml match one author's words for this and a new author breaks them
(a row even turns 'if we don't have it' into 'otherwise'). What any wording holds is a
leave-off verb (leave/keep ... out/off, omit, drop, don't send/set/include) and an emptiness
word (blank, empty, missing, no X, don't have, don't know) in one segment of the sentence as
written, and the field: a destination named there that already has a rule, else 'it / that
field' pointing at the rules whose source the emptiness names. A leave-off aimed at records
('leave them out', 'skip anyone') is a filter, never this.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cases, Chain, Cmp, Const, DraftRule, Src

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_LEAVE = re.compile(
    r"\b(?:leave|leaves|leaving|left|keep|keeping)\s+(?P<a>[^,;]{0,40}?)\s*\b(?:out|off|away)\b"
    # ('just copy the empty value over, don't drop the field' keeps it: round 35)
    r"|(?<!don't )(?<!dont )(?<!do not )(?<!never )\b(?:omit|omitting|omitted|drop|dropping)\s+(?P<b>[^,;]{1,40}?)(?=\s+(?:if|when|where|whenever)\b|[,;]|$)"
    r"|\b(?:don'?t|do not|never)\s+(?:send|set|include|fill(?: in)?|write|populate|pass)\s+(?P<c>[^,;]{1,40}?)(?=\s+(?:at all|if|when|where|whenever|rather|then|pls|please)\b|[,;]|$)"
    # 'skip that trait when it's empty': skip aimed at a field by a pointer word, never at records
    r"|\b(?:skip|skipping)\s+(?P<d>(?:that|the|this|its)\s+(?:trait|field|value|param(?:eter)?|property|merge field|key))\b"
    # 'skip state when it's blank': skip aimed at a one-word field, right before the condition
    r"|\b(?:skip|skipping|omit|drop)\s+(?P<e>(?!(?:them|they|those|these|everyone|everybody|anyone|anybody|people|contacts|leads|members|records|it)\b)[A-Za-z_][\w.]*)(?=\s+(?:if|when|whenever|where)\b)"
    # the passive after the field: '(dropped if no job title)', 'omitted when blank'
    r"|\b(?:omitted|dropped|skipped|left\s+(?:out|off)|not\s+(?:sent|set|included))(?=\s+(?:if|when|whenever|where)\b)",
    re.I,
)
_EMPTY = re.compile(
    r"\b(?:blanks?|empty|empties|missing|unknown|not known|absent|none|nothing|null|n/a(?!\w)|not applicable|no\s+\w+|there(?:'?s| is) no|there isn'?t|"
    r"(?:do(?:n'?t| not)|does(?:n'?t| not)|haven'?t|hasn'?t) (?:have|got|know)|(?:haven'?t|hasn'?t) got)\b",
    re.I,
)
# a leave-off aimed at records, not a field
_RECORDS = re.compile(r"^(?:them|they|those|these|everyone|everybody|anyone|anybody|people|the (?:contact|lead|member|record|person)s?|(?:contacts|leads|members|records))\b", re.I)
_POINTER = re.compile(r"^(?:it|that|this|that field|this field|the field|that one|that trait|the trait|that param|that value|that key|the key)$", re.I)
# 'any one empty -> skip that key', 'leave out any of these that are empty': said of the rules above
_GROUP = re.compile(r"\b(?:any|each|every|all)(?:\s+one|\s+of\s+(?:them|these|those|the above))?\b|\b(?:empty|blank)\s+(?:ones|values|fields|keys)\b", re.I)
_EITHER = re.compile(r"\beither\s+(?:of\s+(?:the|those|these)\s+(?:two\s+)?)?(?:source\s+)?(?:field|value|number|one|input)s?\s+(?:is|are|was|comes? (?:in|through))\s+(?:blank|empty|missing|absent)\b", re.I)
_SUBJECT = re.compile(r"\b(?:one of|any of|either of|each of)?\s*(?:the|their|its)\s+(?:[a-z]+\s+)?(?P<n>[a-z]+?)s?\s+(?:is|are|was|were)\s+(?:missing|blank|empty|absent)\b", re.I)


def copied_sources(r: DraftRule) -> list[str] | None:
    """The source fields a rule copies, or None when it writes anything but copies (a
    constant default already fills the empty case, so leaving it out would contradict it)."""
    if isinstance(r.value, Src):
        return [r.value.field]
    if isinstance(r.value, Chain) and r.value.options and all(isinstance(o, Src) for o in r.value.options):
        return [o.field for o in r.value.options if isinstance(o, Src)]
    return None


def _segments(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;:]|\s+-\s+|\.\s+|,\s+(?:and|but)\s+", text) if p.strip()]


# a copy written only when its source has a value, without a leave-off verb: 'put the website
# in Website unless it's blank', 'Phone from phone, only if it is not empty' (a plain copy of a
# blank writes the empty string, so these are a leave-off, never a copy that ignores them)
_ONLY_FILLED = re.compile(
    r"\b(?:unless|except (?:when|if|where))\s+(?:(?:it(?:'s| is)|that(?:'s| is)|they(?:'re| are)|the (?:\w+ ){1,3}(?:is|are))\s+)?(?:blank|empty|missing|not (?:set|filled(?: in)?|given|there))\b"
    r"|\b(?:(?:only )?(?:if|when|where)|as long as|provided)\s+(?:(?:it(?:'s| is)|that(?:'s| is)|they(?:'re| are))\s+)?(?:not (?:blank|empty|missing)|non-?(?:blank|empty)|filled(?: in)?|present|populated)\b"
    # 'but these 2 only if have value' (round 45): the value is had, by the field or with no subject
    r"|\b(?:only )?(?:if|when|where)\s+(?:(?:it|they|there)\s+(?:is\s+)?)?(?:has|have|got)\s+(?:a |any )?value\b",
    re.I,
)
# 'A = X and B = Y, but these 2 only if ...': the pronoun before the words is the last two copies
_TWO_BEFORE = re.compile(r"\b(?:both|these (?:2|two)|those (?:2|two)|the (?:2|two))(?: fields| keys| ones)?\s+(?:only\s+)?$", re.I)


# a fallback chain whose last step is a leave-off: 'phone, else mobilephone, else leave it out'
_CHAIN_END = re.compile(
    r"(?:,|;|\bor)\s*(?:and\s+)?(?:else|otherwise|failing that|if (?:both|all|neither)[^,;]{0,30}?,?)\s+(?:just\s+)?"
    r"(?:leave (?:it|the field|that|this) (?:out|off)|omit(?: it| the field)?|skip (?:it|the field)|(?:don't|do not) (?:send|set|write) (?:it|anything)|nothing|send nothing)\s*\.?$",
    re.I,
)


def cases_field(r: DraftRule) -> str | None:
    """The one field a value table's conditions test, when its rest row writes a value."""
    v = r.value
    if not isinstance(v, Cases) or v.otherwise is None or not v.branches:
        return None
    tests = [c for c, _ in v.branches if isinstance(c, Cmp) and c.op != "empty"]
    fields = {c.field for c in tests}
    return fields.pop() if len(tests) == len(v.branches) and len(fields) == 1 else None


def _said_in(r: DraftRule, leave_off: str) -> bool:
    """Is ``r``'s field named inside the leave-off words ('leave both Rating and AnnualRevenue off')?"""
    leaf = r.target.rsplit(".", 1)[-1]
    return bool(re.search(rf"(?<![\w.]){re.escape(leaf)}(?!\w)", leave_off, re.I))


def table_left_out(g: Grammar, r: DraftRule, cond: str) -> bool:
    """'When revenue is blank, leave Rating out' for a value table on that field whose rest row
    writes a value ('anything in between is Warm'): the table's output is never empty, so the
    blank row goes first (round 28; a plain ``omit_if_empty`` kept writing 'Warm' for a blank
    revenue). False when ``r`` is no such table or ``cond`` names another field."""
    f = cases_field(r)
    if f is None or not isinstance(r.value, Cases) or not any(m.best.path == f for m in g.mentions(cond, "src")):
        return False
    if not any(isinstance(c, Cmp) and c.field == f and c.op == "empty" for c, _ in r.value.branches):
        r.value.branches.insert(0, (Cmp(f, "empty"), Const("")))
    r.omit_if_empty = True
    r.why.append(f"left out when {f} is empty (the text says so)")
    return True


def leave_out(g: Grammar, sentence: int, r: DraftRule, why: str) -> None:
    """Mark ``r`` left out when empty, with the reason in its explanation and its sentence's trace."""
    r.omit_if_empty = True
    r.why.append(why)
    g.traces[sentence].became.append(f"{r.target}: left out when empty")


def omissions(g: Grammar, sentence: int, text: str) -> None:
    """Mark the rules a segment of this sentence says to leave out when empty."""
    plain = re.sub(r"(?<!\w)'[^']*'(?!\w)|\"[^\"]*\"", " ", text)
    if _CHAIN_END.search(plain):
        chains = [r for r in g.sentence_rules.get(sentence, []) if isinstance(r.value, Chain) and copied_sources(r)]
        if chains and not chains[-1].omit_if_empty:
            leave_out(g, sentence, chains[-1], "left out when every option is empty (the chain ends in a leave-off)")
    for seg in _segments(plain):
        of = _ONLY_FILLED.search(seg)
        if of is not None and not _LEAVE.search(seg) and not seg[of.end() :].strip(" .,)"):
            # the rule named before the words (a value after them, 'unless it's blank, then use
            # X', is a default, read elsewhere)
            mine = [r for r in g.sentence_rules.get(sentence, []) if copied_sources(r)]
            if _TWO_BEFORE.search(seg[: of.start()]):
                for two in _either_one(g, sentence, "both"):
                    if not two.omit_if_empty and isinstance(two.value, Src):
                        leave_out(g, sentence, two, "left out when empty (both written only when their sources have a value)")
                continue
            named = [r for r in _named(g, seg, of) if r in mine]
            r = named[0] if named else (mine[0] if len(mine) == 1 else None)
            if r is not None and not r.omit_if_empty and isinstance(r.value, Src):
                leave_out(g, sentence, r, "left out when empty (written only when its source has a value)")
            continue
        lv = _LEAVE.search(seg)
        if lv is None or not _EMPTY.search(seg):
            continue
        obj = re.sub(r"^(?:the|their|its)\s+", "", (lv.group("a") or lv.group("b") or lv.group("c") or lv.group("d") or lv.group("e") or "").strip(), flags=re.I)
        if _RECORDS.match(obj):
            continue
        if lv.group("e") and not any(r.target.rsplit(".", 1)[-1].lower() == obj.lower() for r in g.plan.rules):
            continue  # 'skip X when ...' leaves out a field only when X is one a rule writes
        obj = re.sub(r"\b(?:salesforce|hubspot|mailchimp|segment|ga4|sf|sfdc|crm|destination|target)\s+(?=(?:field|trait|property|value|param)\b)", "", obj, flags=re.I)
        rules = _trailing_item(g, sentence, seg, lv) if not obj or re.match(r"(?:if|when|whenever|where)\b", obj, re.I) else _either_one(g, sentence, obj)
        rules = rules or _named(g, seg, lv) or (_pointed(g, sentence, seg) if not obj or _POINTER.match(obj) else [])
        if not rules and (not obj or _POINTER.match(obj) or _EITHER_ONE.fullmatch(obj.strip())) and _GROUP.search(seg):
            rules = _run_above(g, sentence)
        done = False
        for r in rules:
            if not r.omit_if_empty and _said_in(r, lv.group(0)) and table_left_out(g, r, seg):
                # a value table whose rest row always writes a value is empty only when the field its
                # rows test is: 'no annual revenue -> leave Rating off' puts that blank row first (round 23)
                g.traces[sentence].became.append(f"{r.target}: left out when its table's field is empty")
                done = True
            elif not r.omit_if_empty and copied_sources(r):
                leave_out(g, sentence, r, "left out when empty (concept: a leave-off word and an emptiness word)")
                done = True
        if done:
            g.plan.questions = [q for q in g.plan.questions if q.sentence != sentence or not (_LEAVE.search(q.text) and _EMPTY.search(q.text))]


def _named(g: Grammar, seg: str, lv: re.Match[str]) -> list[DraftRule]:
    """Rules whose destination the segment names (exactly, or by its last name part): those
    named inside the leave-off ('leave A and B out'), else the one named nearest before it
    ('the name (...) and the employee_count (..., left out when unknown)'), else after it."""
    spans = {m.best.path: m.text.lower() for m in g.mentions(seg, "dst") if m.exact_case or m.text.lower() == m.best.leaf.lower()}
    low = seg.lower()
    at: list[tuple[int, DraftRule]] = []
    for r in g.plan.rules:
        leaf = r.target.rsplit(".", 1)[-1].lower()
        for word in (spans.get(r.target), leaf if len(leaf) > 3 else None):
            hit = re.search(rf"(?<![\w.]){re.escape(word)}(?![\w])", low) if word else None
            if hit:
                at.append((hit.start(), r))
                break
    inside = [r for p, r in at if lv.start() <= p < lv.end()]
    if inside or not at:
        return inside
    before = [(p, r) for p, r in at if p < lv.start()]
    return [max(before, key=lambda x: x[0])[1]] if before else [min(at, key=lambda x: x[0])[1]]


def _pointed(g: Grammar, sentence: int, seg: str) -> list[DraftRule]:
    """'it / that field' after 'one of the numbers is missing': the rules whose source's
    name or label holds the noun the emptiness names; without one, the sentence's last rule."""
    if _EITHER.search(seg):
        # 'when either source field is blank, leave that field off': one of the two copies just before
        copies = [r for r in g.plan.rules if copied_sources(r) and min(r.sentences, default=sentence) <= sentence]
        return copies[-2:] if len(copies) >= 2 else []
    sm = _SUBJECT.search(seg)
    if sm is None:
        mine = g.sentence_rules.get(sentence, [])
        return mine[-1:] if mine else []
    noun = sm.group("n").lower()
    out = []
    for r in g.plan.rules:
        srcs = copied_sources(r) or []
        fields = [g.src_obj.get(s) for s in srcs]
        if any(f is not None and (noun in f.path.lower() or noun in (f.label or "").lower()) for f in fields):
            out.append(r)
    return out


_EITHER_ONE = re.compile(r"(?P<two>either|both)(?: one| of them| of the two| of those| of these)?|(?:each|every|any|all)(?: one| of them| of those| of these)?", re.I)


def _either_one(g: Grammar, sentence: int, obj: str) -> list[DraftRule]:
    """'..., A to X as a number and B to Y as a whole number, leaving either one off when it's
    blank' (round r13b): 'either one' / 'both' is the sentence's last two copies, 'each one' /
    'all of them' every copy the sentence made (a constant has nothing to leave out)."""
    m = _EITHER_ONE.fullmatch(obj.strip())
    if m is None:
        return []
    mine = [r for r in g.sentence_rules.get(sentence, []) if copied_sources(r)]
    if m.group("two"):
        return mine[-2:] if len(mine) >= 2 else []
    return mine


def _run_above(g: Grammar, sentence: int) -> list[DraftRule]:
    """A sentence of its own that makes no rule ('any one empty -> skip that key', under five
    'traits.address.x <- Y' lines): the copies of the lines right above it, back to a line that
    made no copy or wrote under another parent (round 36)."""
    if g.sentence_rules.get(sentence):
        return []
    out: list[DraftRule] = []
    parent: str | None = None
    k = sentence - 1
    while k >= 0:
        mine = g.sentence_rules.get(k, [])
        if not mine or not all(copied_sources(r) for r in mine):
            break
        here = {r.target.rpartition(".")[0] for r in mine}
        parent = parent if parent is not None else next(iter(here))
        if here != {parent}:
            break
        out[:0] = mine
        k -= 1
    return out if len(out) >= 2 else []


def _trailing_item(g: Grammar, sentence: int, seg: str, lv: re.Match[str]) -> list[DraftRule]:
    """'A <- a (number), B <- b (integer), omit when blank': a leave-off that is the last item
    of a list of rules, outside any bracket, naming no field, is said of every item before it."""
    depth, start = 0, 0
    items: list[tuple[int, int]] = []
    for i, ch in enumerate(seg):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            items.append((start, i))
            start = i + 1
    items.append((start, len(seg)))
    if len(items) < 3 or not items[-1][0] <= lv.start() < items[-1][1]:
        return []
    last = seg[items[-1][0] : items[-1][1]].strip()
    if depth or not last or not re.match(r"(?:and\s+|then\s+|but\s+)?(?:just\s+)?(?:omit|leave|drop|skip|don'?t|do not)\b", last, re.I):
        return []
    if g.mentions(last, "dst") or g.mentions(last, "src"):
        return []
    mine = [r for r in g.sentence_rules.get(sentence, []) if copied_sources(r)]
    return mine if len(mine) >= 2 else []

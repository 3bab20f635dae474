"""A sync written as a Zapier or Make scenario (round 19): "Trigger: ...", "Step 1 - Filter:
only continue if ...", "Step 2 - Formatter (Text > Lowercase) on Email", "Step 3 - Formatter
(Utilities > Lookup Table) on Original Source" over its rows and "Fallback value: Other", then
"Action: Salesforce - Create/Update Lead (find the lead by Email)" over the action's field lines
("Lead Source -> step 3 output", "Title -> Job Title, Default value 'Unknown'").

The steps are a dataflow: a Formatter step's output is its input field with one transform, a
Lookup Table step's output is a value table on its key field, a Filter step keeps or drops
records. So each field line that names a step's output is rewritten with what the step does
("Email -> Email in lower case", "Lead Source from Original Source: ORGANIC_SEARCH -> Web,
...; otherwise Other"), filters become 'only ... / skip ...' sentences, the action line says
what to match on, and the tool's own words (Default value, fallback, hardcoded) become the
grammar's. A field line in an action is written destination first, as the tool shows it
("Company -> Company Name"), so its arrow becomes '='. A text without zap steps or an action
line is returned as it is. Runs on the raw text, before quoted values are lifted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_STEP = re.compile(r"^(?P<ind>\s*)step\s*(?P<n>\d+)\s*(?:[-\u2013—:.)]\s*)?(?P<body>.*)$", re.I)
_ACTION = re.compile(r"^\s*(?:action|then do this|do this)\s*[:-]\s*(?P<body>.*)$", re.I)
_TRIGGER = re.compile(r"^\s*(?:trigger|when this happens)\s*[:-]", re.I)
# words only a Zapier or Make scenario uses (a HubSpot workflow has 'Trigger:' and 'Step 1:' too, and workflow.py reads those)
_ZAP_WORDS = re.compile(r"\bformatter\b|\blookup table\b|\bonly continue if\b|\bcontinue only if\b|\bzaps?\b|\bzapier\b|\bmake\.com\b|\bscenario\b", re.I)
# 'Action: Salesforce - Create/Update Lead (find the existing lead by Email)', '..., matched on Email', 'key = Email'
_MATCH_ON = re.compile(
    r"(?:find(?: the)?(?: existing)? \w+ by|matched on|match(?:ed)? by|match on|match:|search(?:ed)? (?:by|on)|search field:|lookup by|looked up by|key(?:ed)? (?:on|by)|key\s*=|"
    r"dedupes? on|by)\s+(?:the\s+)?(?P<k>[A-Za-z_][\w ]*?[\w])(?=\s*(?:\)|,|;|\.|$|\())", re.I)
_ROW = re.compile(r"^\s*[-*•]?\s*(?P<k>[^=>\n]+?)\s*(?:->|=>|=|→)\s*(?P<v>[^\n]+?)\s*$")
_FALLBACK = re.compile(r"\bfallback(?: value)?\s*[:=]?\s*(?P<v>'[^']*'|\"[^\"]*\"|[\w -]+?)(?=\s*(?:\(|,|;|\.|$))", re.I)
_REGION = re.compile(r"default country\s*[:=]?\s*(?P<r>[A-Z][A-Za-z]*(?: [A-Z][a-z]+)?)")


@dataclass
class _Step:
    n: str
    kind: str  # filter | transform | table | other
    phrase: str = ""  # what the step's output is, in words
    key: str = ""  # a table's key field
    rows: list[str] = field(default_factory=list)
    otherwise: str | None = None
    statement: str = ""  # what a filter (or an unused transform) says on its own
    fields: list[str] = field(default_factory=list)  # a transform's input fields, when it names several
    say: str = ""  # a transform's wording, '{f}' standing for the field
    used: bool = False


def _quoted(v: str) -> str:
    v = v.strip().strip(".")
    return v if v[:1] in "'\"" else f"'{v}'"


# a Formatter's operation -> how its output is said (the input field goes where {f} is)
_OPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"lower\s*case", re.I), "{f} in lower case"),
    (re.compile(r"upper\s*case", re.I), "{f} in upper case"),
    (re.compile(r"title\s*case|capitali[sz]e", re.I), "{f} in title case"),
    (re.compile(r"trim(?: whitespace)?", re.I), "{f}, trimmed"),
]


def _input(rest: str) -> str:
    """The field a Formatter step reads: 'on Email', 'for First Name', ': Email', 'input is Phone Number'."""
    m = re.search(r"\b(?:on|for|input is|input:)\s+(?:the\s+)?(?P<f>[A-Z][\w/ ]*?|[a-z_][\w.]*)(?=\s*(?:,|\.|;|$|\(|->|\bby\b|\bsplit\b|\bseparator\b|\bto\b|\band another\b|\band on\b|:))", rest)
    if m:
        return m["f"].strip()
    m = re.match(r"^\s*[:-]?\s*(?P<f>[A-Z][\w/ ]*?|[a-z_][\w.]*)(?=\s*(?:,|\.|;|$|\(|->))", rest)
    return m["f"].strip() if m else ""


def _parse_step(n: str, body: str, extra: list[str]) -> _Step:
    b = body.strip()
    f = re.match(r"^filter\s*(?:by zapier)?\s*[:-]?\s*(?P<c>.*)$", b, re.I)
    if f:
        return _Step(n, "filter", statement=_filter_sentence(f["c"]))
    table = re.search(r"lookup table", b, re.I)
    if table:
        key = re.search(r"\b(?:on|lookup key\s*=|key\s*=|key:)\s*(?:the\s+)?(?P<k>[A-Z][\w/ ]*?|[a-z_][\w.]*)(?=\s*(?:[.,;:(]|$|\bno\b))", b)
        rows: list[str] = []
        otherwise: str | None = None
        inline = b[table.end():]
        pieces = [inline.split(":", 1)[1] if ":" in inline else "", *extra]
        for piece in [p for x in pieces for p in re.split(r"\s*[,|;]\s*", x)]:
            fb = _FALLBACK.search(piece)
            if fb and not re.search(r"\bno fallback\b|\bwithout (?:a )?fallback\b", piece, re.I):
                otherwise = fb["v"].strip()
                continue
            r = _ROW.match(piece)
            if r and not re.search(r"\bkey\b", r["k"], re.I):
                rows.append(f"{_quoted(r['k'])} -> {_quoted(r['v'])}")  # a lookup table's cells are literal text ('Austria -> AT')
        return _Step(n, "table", key=key["k"].strip() if key else "", rows=rows, otherwise=otherwise)
    rest = re.sub(r"^formatter\s*(?:by zapier)?\s*", "", b, flags=re.I)
    cat = re.match(r"^\((?P<c>[^)]*)\)\s*", rest)
    op = cat["c"] if cat else rest
    rest = rest[cat.end():] if cat else rest
    src = _input(rest)
    tail = " ".join(x.strip() for x in extra)
    if re.search(r"phone", op, re.I) and re.search(r"format", op, re.I):
        said = rest + " " + tail
        reg = _REGION.search(said)
        phrase = f"{src or 'the phone'} in E.164" + (f", assuming {reg['r']} numbers" if reg else "")
        # 'input is Phone Number, or Mobile Phone Number when Phone Number is empty', 'When Phone Number is blank, feed it Mobile Phone Number instead'
        fb = re.search(r"\bor (?:the )?(?P<f>[A-Z][\w ]*?) (?i:when|if) [\w ]+? is (?:empty|blank)", said) or re.search(
            r"\b(?i:when|if) [\w ]+? is (?:empty|blank),? (?i:feed it|use|take|send) (?:the )?(?P<f>[A-Z][\w ]*?)(?: instead)?(?=[.,;]|$)", said)
        if fb:
            phrase += f"; if it is empty, use {fb['f']} in E.164"
        none = re.search(r"\b(?i:if|when) (?:there(?:'s| is) no (?:number|phone)[^.;]*|(?:the contact|they) (?:has|have) neither[^.;]*|both are (?:empty|blank)[^.;]*)", said)
        if none:
            phrase += f"; {none.group(0)}"
        return _Step(n, "transform", phrase=phrase, statement="")
    if re.search(r"split", op, re.I):
        last = re.search(r"\blast\b|\bsecond\b", rest, re.I)
        if "@" in rest or re.search(r"\bat sign\b", rest, re.I):
            part = "the part of the {f} after the @" if last else "the part of the {f} before the @"
        else:
            part = "the last word of the {f}" if last else "the first word of the {f}"
        return _Step(n, "transform", phrase=part.format(f=src or "value"))
    if re.search(r"date|time", op, re.I):
        fmt = re.search(r"(?:YYYY|DD|MM)[-/.](?:MM|DD)[-/.](?:DD|YYYY)", rest + " " + tail)
        src = src or (re.match(r"^\s*[:-]?\s*(?P<f>[A-Z][\w ]*?)\s*->", rest) or {"f": ""})["f"]
        return _Step(n, "transform", phrase=f"{src} as {fmt.group(0) if fmt else 'YYYY-MM-DD'}")
    said_ops = [say for rx, say in _OPS if rx.search(b)]
    if len(said_ops) > 1 and src:
        # 'Formatter (Text > Trim Whitespace) on Email, then Formatter (Text > Lowercase) on the result'
        words = ", ".join(x.format(f="").strip(" ,") for x in said_ops)
        return _Step(n, "transform", phrase=f"{src}, {words}", statement=f"{src}, {words}")
    for rx, say in _OPS:
        if rx.search(op):
            fields = [x.strip() for x in re.split(r"\s*(?:,|\band on\b|\band\b)\s*", src) if x.strip()] if src else []
            many = re.findall(r"(?:\bon|\bfor|,|\band(?: on)?|/)\s+(?:the\s+)?([A-Z][\w]*(?: [A-Z][\w]*)*)", " " + rest.split("(")[0])
            fields = many if len(many) > 1 else ([src] if src else [])
            return _Step(n, "transform", phrase=say.format(f=fields[0] if fields else src), statement=" and ".join(fields) + say.format(f="") if fields else "",
                         fields=fields, say=say)
    return _Step(n, "other")


# Zapier's filter words -> the grammar's
_FILTER_WORDS: list[tuple[str, str]] = [
    (r"\(\s*(?:number|text|boolean|date)\s*\)", ""),
    (r"\bdoes not exactly match\b|\bdoesn't exactly match\b|\bdoes not equal\b|\bis not equal to\b", "is not"),
    (r"\bexactly matches\b|\bequals\b|\bis equal to\b", "is"),
    (r"\b(?:is )?greater than\b", "is greater than"),
    (r"\b(?:is )?less than\b", "is less than"),
    (r"\s*\([^()]*\b(?:stop|stops|keep going|blank|empty)\b[^()]*\)", ""),
    (r"\.\s*if [^.]*\b(?:zap|scenario)\b[^.]*\bstops?\b[^.]*", ""),
]


def _filter_sentence(c: str) -> str:
    c = c.strip().rstrip(".")
    for rx, say in _FILTER_WORDS:
        c = re.sub(rx, say, c, flags=re.I)
    c = re.sub(r"\bis is\b", "is", c)
    keep = re.match(r"^(?:only continue if|continue only if|only if|only when|continue if|pass only if|keep going only if)\s+(?P<c>.+)$", c, re.I)
    if keep:
        return f"Only records whose {keep['c']}."
    stop = re.match(r"^(?:stop(?: here)? if|skip (?:it |them |the record )?if|don't continue if|do not continue if|halt if)\s+(?P<c>.+)$", c, re.I)
    if stop:
        return f"Skip records whose {stop['c']}."
    return c[0].upper() + c[1:] + "." if c else ""


# the tool's words on a field line -> the grammar's
_LINE_WORDS: list[tuple[str, str]] = [
    # "Company Name. Salesforce won't save a lead without a company, so put 'Not Provided' in as the Default value"
    (r"\.?\s*(?:[A-Z][^.]*?,\s*so\s+)?(?:put|use|enter|set) (?P<v>'[^']*'|\"[^\"]*\")(?: in)? as (?:the )?default(?: value)?\b", r", or \g<v> if it is empty"),
    (r",?\s*(?:the )?same (?:on|for) (?:every|each|all) \w+\b|\s*\b(?:on|for) (?:every|each|all) (?:leads?|contacts?|members?|records?)\b", ""),
    (r",?\s*(?:with )?(?:a |the )?default value\s*[:=]?\s*(?P<v>'[^']*'|\"[^\"]*\"|[\w][\w -]*?)(?=\s*(?:\(|,|;|\.|$))", r", or \g<v> if it is empty"),
    (r",?\s*(?:with )?(?:a |the )?(?:fallback|default)(?!\s+(?:country|region|code|format))\s*[:=]?\s*(?P<v>'[^']*'|\"[^\"]*\"|[A-Za-z][\w -]*?)(?=\s*(?:\(|,|;|\.|$))", r", or \g<v> if it is empty"),
    # an unquoted default is a value ('or United States if it is empty' must not read as a State field)
    (r"\bor (?P<v>(?!['\"])[A-Za-z][\w-]*(?: [A-Z][\w-]*)*) (?=(?:if|when) (?:it is|it's|it was|blank|empty))", r"or '\g<v>' "),
    (r"\(\s*(?:hard-?coded|fixed|static|constant|literal)\s*\)|,?\s*\b(?:fixed|static|hard-?coded) value\b", ""),
    (r"\bjust type (?P<v>[\w][\w -]*?) in there\b", r"\g<v>"),
    (r"^\s*type (?P<v>\w[\w -]*?)\s*$", r"'\g<v>'"),
]


def _field_line(line: str) -> str:
    """'Company -> Company Name, Default value 'X'' -> "Company = Company Name, or 'X' if it is empty"."""
    if re.match(r"^(?: {3,}|\t)", line):
        return line  # a row under a field line ('   "true" -> unsubscribed'), not a field line
    lt = re.match(r"^(?P<ind>\s*[-*•]?\s*)(?P<d>[A-Za-z_][\w./ ]*?)\s*(?:->|=>|=|:)\s*(?:a |the )?(?P<t>lookup table\b.*)$", line, re.I)
    if lt:
        # 'traits.source -> Lookup Table on Lead Source: Web -> organic, ..., Fallback value other'
        step = _parse_step("0", lt["t"], [])
        if step.kind == "table" and step.key and step.rows:
            rest = f"; otherwise {_quoted(step.otherwise)}" if step.otherwise else ""
            return f"{lt['ind']}{lt['d'].strip()} from {step.key}: {', '.join(step.rows)}{rest}"
    if re.search(r"[;,]", line) and len(re.findall(r"->|=>", line)) > 1:
        parts = re.split(r"\s*[;,]\s*(?=[A-Z][\w /]*?\s*(?:->|=>))", line)
        if len(parts) > 1:
            return "\n".join(_field_line(x) for x in parts)  # 'Email -> Email; Mailing City -> step 2', 'Email -> Email, Status -> subscribed'
    m = re.match(r"^(?P<ind>\s*[-*•]?\s*)(?P<d>[A-Za-z_][\w./() ]*?)\s*(?:->|=>|→)\s*(?P<s>\S.*)$", line)
    if not m:
        return line
    s = m["s"]
    for rx, say in _LINE_WORDS:
        s = re.sub(rx, say, s, flags=re.I)
    bare = re.fullmatch(r"(?P<v>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,2})\s*(?P<t>(?:\(.*\))?)", s.strip())
    if bare and bare["v"].lower() in ("subscribed", "unsubscribed", "pending", "cleaned", "en", "fr", "de", "es", "lead", "web", "true", "false"):
        s = f"'{bare['v']}' {bare['t']}".strip()
    if m["d"].strip().lower() == "tags" and re.fullmatch(r"[\w-]+", s.strip()):
        return f"{m['ind']}tags: '{s.strip()}'"  # 'Tags -> hubspot-sync': one tag, a list of one
    return f"{m['ind']}{m['d'].strip()} = {s}"


def read_zap(text: str) -> str:
    """``text`` with its zap steps read into its action's field lines (unchanged when it has no steps and no action)."""
    lines = text.split("\n")
    tool_action = re.compile(r"\b(?:salesforce|hubspot|mailchimp|segment|ga4)\s*-\s*(?:create|update|add|find|identify|send)\b", re.I)
    if not _ZAP_WORDS.search(text) and not any(tool_action.search(ln) for ln in lines):
        return text  # no step of a zap and no zap action ('Salesforce - Create/Update Lead')
    steps: dict[str, _Step] = {}
    out: list[str] = []
    i = 0
    in_action = False
    while i < len(lines):
        ln = lines[i]
        st = _STEP.match(ln)
        if st:
            extra: list[str] = []
            j = i + 1
            while j < len(lines) and lines[j].strip() and not _STEP.match(lines[j]) and not _ACTION.match(lines[j]) and (
                lines[j][:1].isspace() or _FALLBACK.search(lines[j]) or (_ROW.match(lines[j]) and "lookup" in st["body"].lower())
            ):
                extra.append(lines[j])
                j += 1
            step = _parse_step(st["n"], st["body"], extra)
            ref = re.search(r"\bstep\s*(\d+)\b", st["body"], re.I)
            prev = steps.get(ref.group(1)) if ref else None
            if step.kind == "transform" and step.say and prev is not None and prev.kind == "transform":
                # 'Step 2 - Formatter (Text > Lowercase) on the trimmed email from step 1': step 1's output, then this one's
                step.phrase = step.statement = f"{prev.phrase}, {step.say.format(f='').strip(' ,')}"
                prev.used = True
            steps[st["n"]] = step
            out.append(f"\x00ZS{st['n']}\x00")
            i = j
            in_action = False
            continue
        if _TRIGGER.match(ln) or re.search(r"[.!]\s+trigger\s*:", ln, re.I):
            # 'This one is the UK team's zap. Trigger: ...': the trigger names no rule
            before = re.split(r"\btrigger\s*[:-]", ln, flags=re.I)[0]
            if before.strip():
                out.append(before)
            i += 1
            continue
        a = _ACTION.match(ln) or (re.match(r"^\s*(?P<body>[^:]*\b(?:create|update|add|find|identify|send event|send)\b[^:]*)$", ln, re.I) if not in_action and re.search(r"\b(?:salesforce|hubspot|mailchimp|segment|ga4)\s*-", ln, re.I) else None)
        if a:
            in_action = True
            body = a["body"]
            m = _MATCH_ON.search(body)
            rest = re.split(r":\s*(?=\S)", body, maxsplit=1)
            if m:
                out.append(f"Match on {m['k']}.")
            found = re.findall(r"(?:,|\()\s*([A-Za-z][\w ]*?\s*(?:=|->|\bis\b)\s*(?:the\s+)?[A-Za-z][\w ]*?(?:\s*\(as is\))?)\s*(?=\)|,|\.?$)", body)
            found = [x.replace("->", "=") for x in found]
            out.extend(found)  # 'Action: Segment Identify, User ID = Email', '(Email Address = Email)', 'Segment - Identify, user ID is the Email.'
            if len(rest) == 2 and re.search(r"->|=", rest[1]):
                out.extend(_field_line(x) for x in re.split(r"\s*[,;]\s*(?=[A-Z][\w ]*\s*->)", rest[1]))
            i += 1
            continue
        if re.match(r"^\s*field mapping(?: in the action)?\s*:?\s*$", ln, re.I) or re.search(r"\bfrom the (?:formatted|formatter|step) (?:outputs?|results?|values?)\s*\.?\s*$", ln, re.I):
            # 'Map First Name, Last Name and City from the formatted outputs.': the steps' own lines say it
            i += 1
            continue
        out.append(_field_line(ln) if in_action or re.search(r"\bstep\s*\d+\b", ln, re.I) else ln)
        i += 1
    text = "\n".join(out)
    text = re.sub(r"\s*\(\s*not the step\s*\d+[^()]*\)", "", text, flags=re.I)
    # 'use United States as the default': an unquoted value of several words is a value, not fields
    text = re.sub(r"\buse (?P<v>(?!['\"])[A-Z][\w]*(?: [A-Z][\w]*)+) (?=as (?:the )?(?:default|fallback)\b|instead\b)", r"use '\g<v>' ", text)  # '(not the step 1 bit)': the raw field, as the line says
    text = re.sub(r"\bor (?P<v>(?!['\"])[a-z][\w-]*) (?=(?:if|when) (?:it is|it's|it was|blank|empty))", r"or '\g<v>' ", text)  # 'or unknown if it's blank'

    def use(m: re.Match[str]) -> str:
        step = steps.get(m["n"])
        if step is None or step.kind not in ("transform",):
            return m.group(0)
        step.used = True
        return step.phrase

    def table_line(m: re.Match[str]) -> str:
        step = steps.get(m["n"])
        if step is None or step.kind != "table" or not step.key:
            return m.group(0)
        step.used = True
        rows = ", ".join(step.rows)
        rest = f"; otherwise {_quoted(step.otherwise)}" if step.otherwise else ""
        return f"{m['ind']}{m['d'].strip()} from {step.key}: {rows}{rest}{m['tail']}"

    text = re.sub(r"(?m)^(?P<ind>\s*[-*•]?\s*)(?P<d>[^\n=:]*?)\s*(?:=|:)\s*(?:the\s+)?step\s*(?P<n>\d+)(?:\s+(?:output|value|result))?\b(?P<tail>[^\n]*)$", table_line, text, flags=re.I)
    def pairs(m: re.Match[str]) -> str:
        step = steps.get(m["n"])
        ds = [d.strip() for d in re.split(r"\s*(?:,|/|\band\b)\s*", m["d"]) if d.strip()]
        if step is None or step.kind != "transform" or len(step.fields) != len(ds) or len(ds) < 2:
            return m.group(0)
        step.used = True
        return "\n".join(f"{m['ind']}{d} = {step.say.format(f=f)}" for d, f in zip(ds, step.fields, strict=True))  # 'FNAME, LNAME -> step 2'

    text = re.sub(r"(?m)^(?P<ind>\s*[-*•]?\s*)(?P<d>[^\n=:>]*?(?:,|/|\band\b)[^\n=:>]*?)\s*(?:=|:|->|=>)\s*(?:the\s+)?step\s*(?P<n>\d+)(?:\s+(?:output|value|result))?\s*$", pairs, text, flags=re.I)
    text = re.sub(r"(?:the\s+)?step\s*(?P<n>\d+)(?:\s+(?:output|value|result|date|domain|bit|segment))?\b", use, text, flags=re.I)

    def place(m: re.Match[str]) -> str:
        step = steps[m["n"]]
        if step.kind == "filter":
            return step.statement
        if step.kind == "transform" and not step.used and step.statement:
            return step.statement
        return ""

    return re.sub(r"\x00ZS(?P<n>\d+)\x00", place, text)

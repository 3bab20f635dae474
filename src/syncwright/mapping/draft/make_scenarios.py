"""A sync written as a Make.com scenario (round 56).

Writers who build their automations in Make (formerly Integromat) describe a sync the way its
editor shows it: numbered modules ('1. HubSpot CRM - Watch Contacts', '2. Salesforce - Upsert a
Record (Lead, matched on Email)'), a filter between them ('Filter: Country | Text operators:
Equal to | Ecuador'), a Router whose routes each carry a filter and set a field, and each field
of the last module mapped with Make's inline functions over the first module's output
('Company = {{ifempty(1.company; "Independent")}}', 'User ID = {{lower(trim(1.email))}}',
'traits.name = {{1.firstname}} {{1.lastname}}'). Read as words the module names were values,
'1.email' no field and the functions questions.

Each piece is said as what it means: a module's name goes (what it says, the records it watches
and the record it writes, the mapping already says), a filter is an 'Only' or 'Skip' sentence,
a Router over filtered routes is a Decision over Outcomes (branch_blocks reads it), '1.email' is
the field email, and a field mapped with functions is the spreadsheet formula those functions
are (ifempty(a; b) is IF(a="", b, a), switch() is IFS, formatDate() is TEXT(), first(split(x;
" ")) the first word, parseNumber() VALUE()), which sheet_formulas says in the grammar's words.
Why a translation and not a parser of its own: Make's expression language is Excel's with other
names and ';' between arguments, so the one parser reads both. A function with no reading here
(capitalize(), replace()) leaves the line as written, its references said as fields, for the
grammar to read or ask about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the apps and actions of a module's name: 'HubSpot CRM - Watch Contacts', 'MailChimp - Add/Update a Subscriber'
_APP = r"(?:HubSpot(?: CRM)?|Salesforce|Mail[Cc]himp|Segment|HTTP|Google Analytics(?: 4)?|GA4|Tools|Flow Control)"
_VERB = r"(?:Watch|Upsert|Create|Update|Add|Search|Get|Identify|Make|Track|Set|Iterator|Router|Send|List)\b"
_MODULE = rf"{_APP}\s+-\s+{_VERB}[^\n(:,;]*"
# a line that only names a module: '1. HubSpot CRM - Watch Contacts (all contacts, no filter)',
# 'Module 2: Salesforce - Upsert a Record (Lead, key = Email)', 'Each route ends in MailChimp - ... with:'
_MODULE_LINE = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)][ \t]*|Module[ \t]+\d{{1,2}}[ \t]*[:.-][ \t]*|[-*•][ \t]*)?"
    rf"(?:(?:each route ends in|in(?: the)?|so in(?: module \d+)?)[ \t]+)?\(?{_MODULE}\)?"
    r"(?:[ \t]*\([^)\n]*\))?(?:,[ \t]*(?:object[ \t]+\w+|Lead|Contact|every \w+|all \w+)\b[^\n:]*)?(?:[ \t]+(?:module|with))?[ \t]*:?[ \t]*$",
    re.I,
)
# a module named inside a sentence: 'So in module 2 (Salesforce - Upsert a Record, Contact, key Email):'
_MODULE_IN = re.compile(rf"\s*\b(?:so\s+)?in\s+(?:the\s+)?(?:module\s+\d+\s+)?\(?{_MODULE}(?:,[^\n():]*)?\)?(?:\s+module)?(?:\s*\([^)\n]*\))?\s*:\s*$", re.I)
# what makes a module line's remark a rule ('Watch Contacts (only the customers)'): the line stays, read or asked about
_SAYS_RULE = re.compile(r"\b(?:only|skip|except|exclud\w*|where|whose|if|when|unless|not)\b|(?<!key )=", re.I)
_MAPPING_HEAD = re.compile(r"^[ \t]*mapping in module \d+[ \t]*:[ \t]*$", re.I)
# a reference to a module's output: '1.email', '{{1.firstname}}'
_REF = re.compile(r"(?<![\w.])\d{1,2}\.(?P<f>[A-Za-z_][\w]*)\b")
# Make's filter operators, said as the grammar's tests
_OPS: dict[str, str] = {
    "equal to": "is", "not equal to": "is not", "greater than": ">", "less than": "<",
    "greater than or equal to": ">=", "less than or equal to": "<=", "exists": "is not empty",
    "does not exist": "is empty", "contains": "contains", "does not contain": "does not contain",
}
_OP = r"(?P<op>not equal to|equal to|greater than or equal to|less than or equal to|greater than|less than|does not exist|exists|does not contain|contains)"
# 'Country/Region | Text operators: Equal to | Ecuador', 'Annual revenue Numeric operators: Greater than 3000000'
_TEST = re.compile(
    rf"(?P<f>[A-Za-z][\w/.]*(?: [A-Za-z][\w/.]*){{0,3}}?)(?:\s*\(\s*[A-Za-z_]\w*\s*\))?\s*(?:\|?\s*(?:Text|Numeric|Basic|Date|Boolean)\s+operators?\s*:\s*|\|\s*)"
    rf"{_OP}(?:\s*(?:\|\s*)?(?P<v>\"[^\"\n]*\"|'[^'\n]*'|-?\d[\d,]*(?:\.\d+)?|[A-Za-z_][\w-]*(?: [A-Z][\w-]*)*))?",
    re.I,
)
_FILTER = re.compile(r"^(?P<ind>[ \t]*(?:[-*•][ \t]*)?)Filter(?:[ \t]+\"[^\"\n]*\")?(?:[ \t]*\([^)\n]*\))?[ \t]*:[ \t]*(?P<rest>.*)$", re.I)
_ROUTE = re.compile(r"^(?P<ind>[ \t]*(?:[-*•][ \t]*)?)Route[ \t]+\w+[ \t]*[-:\u2013][ \t]*(?P<rest>.*)$", re.I)
_ROUTER = re.compile(r"\bRouter\b", re.I)
# a field mapped with a value of the module's output: 'Email = {{1.email}}', 'City        {{trim(1.city)}}', 'Email <- 1.Email'
_MAPPED = re.compile(
    r"^(?P<ind>[ \t]*(?:[-*•][ \t]*)?)(?P<d>[A-Za-z][\w./\[\]]*(?: [A-Za-z/][\w./]*){0,4}?)(?:[ \t]*\((?P<alias>[A-Z][A-Z0-9_]*)\))?"
    r"(?:[ \t]*(?:=|<-|←|:)[ \t]*|[ \t]{2,})(?P<v>\{\{.*\}\}|(?:switch|if|ifempty|lower|upper|trim)\(.*\)|\d{1,2}\.[A-Za-z_]\w*\b)(?P<rest>.*)$",
    re.I,
)
_FUNCTIONS = {
    "lower": "LOWER", "upper": "UPPER", "trim": "TRIM", "ifempty": "IFEMPTY", "if": "IF", "formatdate": "FORMATDATE",
    "parsenumber": "VALUE", "switch": "SWITCH", "first": "FIRST", "split": "SPLIT",
}


def make_scenarios(text: str, names: frozenset[str] = frozenset()) -> str:
    """The text with a Make scenario's modules, filters, routes and inline functions said as rules;
    ``names`` are the source's field names (a Mailchimp merge field is named bare: 'ifempty(COMPANY; ...)')."""
    if not (_REF.search(text) or re.search(r"\boperators?\s*:", text, re.I)):
        # ('{{ contact.email }}' alone is a Liquid template's, not Make's: Make names a module's output by its number)
        return text
    lines = _variables(_nested(text.split("\n")))
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if (_MODULE_LINE.match(ln) and not _SAYS_RULE.search(ln)) or _MAPPING_HEAD.match(ln):
            continue
        if (sw := _SWITCH.match(ln)) is not None:
            field = _REF.sub(r"\g<f>", sw.group("f1") or sw.group("f2") or sw.group("f3"))
            out.append(f"{sw.group('ind')}{_dst(sw.group('d'))} from {field}:")
            continue
        ln = _MODULE_IN.sub(":", ln) if _MODULE_IN.search(ln) and not _MODULE_LINE.match(ln) else ln
        if ln.endswith("::"):
            ln = ln[:-1]
        if (f := _FILTER.match(ln)) is not None:
            said, taken = _filter(f, lines[i:])
            if said is not None:
                out.extend(said)
                i += taken
                continue
        if (r := _ROUTE.match(ln)) is not None:
            out.append(r.group("ind") + _route(_REF.sub(r"\g<f>", r.group("rest"))))
            continue
        if _ROUTER.search(ln) and any(_ROUTE.match(x) for x in lines[i : i + 2]):
            while i < len(lines) and not lines[i].strip():
                i += 1  # the routes under the Router are its Outcomes, with no line between
            # 'Router with three routes:' heads the routes; a sentence before it on its line stays
            ind = re.match(r"[ \t]*", ln).group(0)  # type: ignore[union-attr]
            if not re.match(r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:a[ \t]+)?Router\b", ln, re.I):
                out.append(re.sub(r"[^.!?]*\bRouter\b[^\n]*$", "", _REF.sub(r"\g<f>", ln)))
            out.append(ind + "Decision:")
            continue
        if (m := _MAPPED.match(ln)) is not None and (rule := _mapped(m, names)) is not None:
            out.append(rule)
            continue
        out.append(_tests(_REF.sub(r"\g<f>", ln)))
    return "\n".join(out)


# 'Lifecycle stage = switch(1.Status):', 'Department = switch on 1.country (exact text):' over value rows
_SWITCH = re.compile(
    r"^(?P<ind>[ \t]*(?:[-*•][ \t]*)?)(?P<d>[A-Za-z][\w./\[\]]*(?: [A-Za-z/][\w./]*){0,4}?)[ \t]*(?:=|<-|←|:)[ \t]*"
    r"switch(?:\(\s*(?P<f1>[\w.]+)\s*\)|\(\)\s+on\s+(?P<f2>[\w.]+(?: [A-Z][\w/]*){0,3})|\s+on\s+(?P<f3>[\w.]+(?: [A-Z][\w/]*){0,3}))"
    r"(?:[ \t]*\([^)\n]*\))?[ \t]*:[ \t]*$",
    re.I,
)
# 'Set variable "cel" = {{ifempty(1.mobilephone; 1.phone)}}': a value named for the modules after it
_SET_VARIABLE = re.compile(r"(?:^[ \t]*(?:\d{1,2}[.)][ \t]*)?|(?<=:)[ \t]*)Set variable[ \t]+\"(?P<v>[^\"\n]+)\"[ \t]*=[ \t]*(?P<e>\{\{.*?\}\})", re.I)


# 'Set variable "whatsapp": the Mobile phone number (1.mobilephone). If that's empty, ...': a value said in words
_SET_IN_WORDS = re.compile(r"^(?P<ind>[ \t]*(?:\d{1,2}[.)][ \t]*)?)Set variable[ \t]+\"(?P<v>[^\"\n]+)\"[ \t]*:[ \t]*(?P<w>\S.*)$", re.I)


def _variables(lines: list[str]) -> list[str]:
    """Each 'Set variable' said where it is used: 'PHONE = the "cel" variable' is 'PHONE = {{ifempty(...)}}';
    one said in words is said as the words of the field it is used for ('Mobile Phone: the Mobile phone number ...')."""
    named: dict[str, str] = {}
    out: list[str] = []
    for k, ln in enumerate(lines):
        m = _SET_VARIABLE.search(ln)
        if m is not None and m.start() == 0:
            named[m.group("v")] = m.group("e")  # its own step: said where the variable is used
            continue
        if (w := _SET_IN_WORDS.match(ln)) is not None:
            use = re.compile(rf"^(?P<ind>[ \t]*(?:[-*•][ \t]*)?)(?P<d>[A-Za-z][\w./]*(?: [A-Za-z][\w./]*){{0,3}}?)[ \t]*(?:=|<-|←|:)[ \t]*the[ \t]+\"{re.escape(w.group('v'))}\"[ \t]+variable\b")
            users = [u for x in lines[k + 1 :] if (u := use.match(x)) is not None]
            if len(users) == 1:
                out.append(f"{w.group('ind')}{users[0].group('d')}: {w.group('w')}")
                named[w.group("v")] = ""  # the field's line below says only what it adds
                continue
        if m is not None:
            ln = ln[: m.start()] + " " + m.group("e") + ln[m.end() :]  # 'traits.phone: Set variable "tel" = {{...}}'
        for name, expr in named.items():
            if expr:
                ln = re.sub(rf"\bthe\s+\"{re.escape(name)}\"\s+variable\b|\{{\{{\s*{re.escape(name)}\s*\}}\}}", _literal(expr), ln)
            else:
                ln = re.sub(rf"[ \t]*(?:=|<-|←|:)[ \t]*the[ \t]+\"{re.escape(name)}\"[ \t]+variable\b", "", ln)
        out.append(ln)
    return out


def _literal(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement that puts ``text`` in as it is (no group references read in it)."""
    return lambda _m: text


def _nested(lines: list[str]) -> list[str]:
    """'events[0].params:' over indented 'crm = "hubspot"' lines: each line names its key in full."""
    out: list[str] = []
    owner: tuple[str, str] | None = None
    for ln in lines:
        head = re.match(r"^(?P<ind>[ \t]*)(?P<o>events\[0\]\.params|traits(?:\.\w+)?)[ \t]*:[ \t]*$", ln)
        if head is not None:
            owner = (head.group("ind"), head.group("o"))
            continue
        if owner is not None and (child := re.match(rf"^{owner[0]}[ \t]+(?P<k>[a-z_]\w*)[ \t]*(?P<r>=.*)$", ln)):
            out.append(f"{owner[0]}{owner[1]}.{child.group('k')} {child.group('r')}")
            continue
        owner = None
        out.append(ln)
    return out


def _dst(dst: str) -> str:
    """A GA4 event's keys as the grammar says them: 'events[0].name' is the event name, 'events[0].params.x' params.x."""
    return re.sub(r"^events\[0\]\.params\.", "params.", re.sub(r"^events\[0\]\.name$", "event name", dst))


def _test(m: re.Match[str]) -> str:
    field = m.group("f")
    op = _OPS[m.group("op").lower()]
    v = m.group("v")
    if v is None:
        return f"{field} {op}"
    if not re.match(r"^[\"'\d-]", v):
        v = f'"{v}"'
    return f"{field} {op} {v.replace(',', '')}"


def _tests(line: str) -> str:
    """Make's operator phrases said as tests: 'Rating | Text operators: Not equal to | Cold' -> 'Rating is not "Cold"'."""
    return _TEST.sub(_test, line)


def _filter(f: re.Match[str], below: list[str]) -> tuple[list[str] | None, int]:
    """A filter as an 'Only' or 'Skip' sentence (its conditions on the lines under it when it has none on its own)."""
    ind = f.group("ind")
    rest = f.group("rest").strip()
    if rest:
        t = _TEST.match(rest)
        if t is None:
            return None, 0
        return [ind + _only(_test(t)) + rest[t.end() :]], 0
    items: list[str] = []
    taken = 0
    for ln in below:
        item = re.match(r"^[ \t]*[-*•][ \t]*(?P<c>.*)$", ln)
        if item and (t := _TEST.match(item.group("c").strip())):
            items.append(_test(t))
            taken += 1
        elif items and re.match(r"^[ \t]+\(", ln):
            taken += 1  # an item's note in brackets under it
        else:
            break
    if not items:
        return None, 0
    if all(" is not " in x or x.endswith(" is empty") for x in items):
        return [ind + "Skip records when either is true:", *(f"{ind}- {_negated(x)}" for x in items)], taken
    return [ind + "Only records where " + " and ".join(items) + "."], taken


def _negated(test: str) -> str:
    return test.replace(" is not ", " is ") if " is not " in test else test.replace(" is empty", " is not empty")


def _only(test: str) -> str:
    """One filter test as its sentence: a test the record must pass."""
    if " is not " in test and " is not empty" not in test:
        return f"Skip records where {_negated(test)}."
    if test.endswith(" is empty"):
        return f"Skip records where {_negated(test)}."
    return f"Only records where {test}."


def _route(rest: str) -> str:
    """A route as a Decision's Outcome: 'Filter: cond -> Rating = Hot', 'fallback route (...) -> Rating = Warm'."""
    rest = re.sub(r"^Filter\s*:\s*", "", rest, flags=re.I)
    cond, arrow, action = re.split(r"\s*(->|→)\s*", rest, maxsplit=1) if re.search(r"->|→", rest) else (rest, "", "")
    # 'Rating = Hot', 'status "pending"': the value a route sets, quoted as a Decision's values are
    action = re.sub(r"^(?P<d>[A-Za-z][\w.]*(?: [A-Za-z][\w.]*){0,2}?)\s*=?\s*(?P<v>\"[^\"\n]*\")", r"\g<d> = \g<v>", action)
    action = re.sub(r"^(?P<d>[A-Za-z][\w.]*(?: [A-Za-z][\w.]*){0,2}?)\s*=\s*(?P<v>[A-Z][\w-]*)(?=$|[.,;]|\s+\()", r'\g<d> = "\g<v>"', action)
    if re.match(r"^(?:the\s+)?fallback(?:\s+route)?\b", cond, re.I):
        return f"Default Outcome -> {action}"
    return f"Outcome: {_tests(cond)} {arrow} {action}"


def _mapped(m: re.Match[str], names: frozenset[str]) -> str | None:
    """A field mapped with the module's output: the value said as a rule line (a formula for sheet_formulas)."""
    ind, dst, value, rest = m.group("ind"), _dst(m.group("d").strip()), m.group("v"), m.group("rest")
    if m.group("alias"):
        dst = m.group("alias")  # 'First Name (FNAME) = 1.firstname': the merge field's tag
    rest = _REF.sub(r"\g<f>", rest)
    plain = re.fullmatch(r"(?:\{\{\s*)?\d{1,2}\.([A-Za-z_]\w*)(?:\s*\}\})?", value.strip())
    if plain:
        return f"{ind}{dst} = {plain.group(1)}{rest}"
    formula = _formula(value, names)
    if formula is None:
        return None
    return f"{ind}{dst} ={formula}{rest}"


def _formula(value: str, names: frozenset[str]) -> str | None:
    """Make's mapped value (text with '{{...}}' pieces, or a bare call) as an Excel formula."""
    if "{{" not in value:
        value = "{{" + value + "}}"
    parts: list[str] = []
    pos = 0
    for piece in re.finditer(r"\{\{(.*?)\}\}", value):
        if piece.start() > pos:
            parts.append('"' + value[pos : piece.start()].replace('"', '""') + '"')
        expr = _expr(piece.group(1), names)
        if expr is None:
            return None
        parts.append(expr)
        pos = piece.end()
    if pos < len(value):
        parts.append('"' + value[pos:].replace('"', '""') + '"')
    return "&".join(parts)


def _expr(expr: str, names: frozenset[str]) -> str | None:
    """One '{{...}}' expression in Excel's words, or None when it uses what has no reading."""
    if re.search(r"<[^>\n]*>|\bcapitalize\(", expr):
        return None  # '<email before the @>', capitalize(): said in words, not in Make's functions
    out: list[str] = []
    pos = 0
    for tok in re.finditer(r'"[^"\n]*"|(?<![\w.])\d{1,2}\.[A-Za-z_]\w*|[A-Za-z_]\w*(?=\s*\()|[A-Za-z_]\w*|[^"\w]+|\d+(?:\.\d+)?', expr):
        t = tok.group(0)
        pos = tok.end()
        if t.startswith('"'):
            out.append(t)
        elif _REF.fullmatch(t):
            out.append(f"[{t.split('.', 1)[1]}]")
        elif re.fullmatch(r"[A-Za-z_]\w*", t) and expr[pos:].lstrip().startswith("("):
            name = _FUNCTIONS.get(t.lower())
            if name is None:
                return None
            out.append(name)
        elif t.lower() in ("true", "false"):
            out.append(t.upper())
        elif re.fullmatch(r"[A-Za-z_]\w*", t):
            if t.lower() not in names and not re.fullmatch(r"[A-Z][A-Z0-9_]+", t):
                return None  # a word no field is called; a merge field's tag ('COMPANY') is one
            out.append(f"[{t}]")
        else:
            out.append(t.replace(";", ",").replace("!=", "<>"))
    return "".join(out)

"""A numbered rule's sentences said as the clauses of the field it is for (round 54).

`rule_marks` finds which field a rule in a 'Rules' section is for; this module says the rule
in the forms the grammar reads best, the ones the pseudocode readers say rules in. A rule's
sentences ('Blank → "Friend". Otherwise copy.') name no field: one line of clauses after the
field's head keeps them on it ('FNAME <- First Name; if empty, "Friend"'). 'Blank → X' said alone
is the value when empty (beside other rows a row of the table), 'Blank → no Phone at all' the key
left out; a first sentence that is a format ('Title case, word by word', 'E.164: + and digits
only ...', 'Only the part of the email before the @') is the head's format; 'Has a value → copy
it', 'Blank = empty or spaces', 'Those are the only countries' say what the head or the data says
already; 'First non-blank of: A, then B, then C' is a fallback chain; a sentence that says why
('SF duplicate matching trips on capitals') is no rule. A rule that is a value table is one line
("Lifecycle Stage from Rating: 'Hot' -> ..., otherwise -> 'lead'"): laid out as rows under a head
it took the next field's line for a row.
"""

from __future__ import annotations

import re

# a sentence end inside a rule: '. ' before a capital, a quote or a bracket (not '2500000.75', not 'e.g. ')
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)\.\s+(?=[A-Z0-9\"'(\[])")

# 'Title case: every word gets a capital first letter', 'E.164: + then digits only': a format and its gloss; inside
# a field's head the second colon split the rule from its field
_GLOSS = re.compile(
    r"^(?P<f>[^:;→\n]{0,30}?\b(?:case|E\.?164|integer|number|date|code|trim\w*|format\w*|capitals?)\b[^:;→\n]{0,20}?):\s+(?P<g>[^:;]+)$",
    re.I,
)

# '"SIENNA" → "Sienna", "anne marie" → "Anne Marie"', 'Example: OFFLINE - 2024-05-11': samples of the rule before
_SAMPLES = re.compile(
    r'^(?:e\.g\.\s*|examples?:\s*.*|(?:"[^"\n]*"\s*(?:→|->)\s*(?:"[^"\n]*"|[\w.+-]+)\s*(?:,|and)?\s*)+)$',
    re.I,
)

# 'Blank → "Friend"', 'Blank (empty or only spaces) → take Mobile Phone Number', 'No revenue (blank) → Cold'
_BLANK_ROW = re.compile(
    r"^(?:blank|empty|no value)(?:\s+\w+){0,3}?(?:\s*\([^()]*\))?\s*(?:→|->)\s*(?P<x>\S.*)$", re.I
)
# what a blank leads to when the key goes: "don't send it", 'no state key at all', 'leave Employees off the Lead'
_LEAVE_OUT = re.compile(
    r"^(?:(?:don'?t|do\s+not|never)\s+send(?:\s+(?:it|[\w ./]{1,40}?))?(?:\s+at\s+all)?|not\s+sent|nothing|omit(?:\s+it)?|skip\s+(?:it|the\s+(?:field|key))"
    r"|no\s+[\w ./]{1,40}?(?:\s+(?:key|trait|field|property|value))?(?:\s+at\s+all)?(?:\s+on\s+the\s+\w+)?(?:\s*\([^()]*\))?"
    r"|leave\s+(?:it|[\w ./]{1,40}?)\s+(?:off|out)(?:\s+.*)?)$",
    re.I,
)
# 'Has a value → copy it exactly, no trimming', 'Otherwise copy', 'Copy when filled', 'Copy Last Name as is'
_COPY_CLAUSE = re.compile(
    r"^(?:(?:has\s+a\s+value|filled|not\s+blank|otherwise)\s*(?:→|->|,)?\s*)?copy(?:\s+it|\s+[A-Z][\w ]{0,30}?)?"
    r"(?:\s+(?:exactly|as[ -]is|unchanged|over|when\s+filled))*(?:,?\s*no\s+\w+)?$",
    re.I,
)
# what blank means, and a word that the data holds no other value: no rule
_SAID_ALREADY = re.compile(
    r"^(?:\"?blank\"?\s*=.*|(?:whichever|the\s+(?:number|value))\b.*\b(?:unchanged|as\s+typed|as[ -]is)|no\s+(?:re)?formatting|copied\s+as\s+typed|blanks?\s+(?:stays?|goes|go|remains?)\s+(?:as\s+)?blank|no\s+other\s+change|nothing\s+else|(?:those|these)\s+(?:\w+\s+)?(?:are|were)\s+the\s+only\b.*|only\s+these\b.*|every\s+\w+\s+has\s+(?:a|an|at\s+least)\b.*)$",
    re.I,
)

# 'Integer, "32" → 32': samples closing a part
_TRAILING_SAMPLES = re.compile(
    r',\s*(?P<s>(?:"[^"\n]*"\s*(?:→|->)\s*(?:"[^"\n]*"|[\w.+-]+)\s*(?:,|and)?\s*)+)$'
)

# 'E.164', 'Format E.164: + and digits only', 'Then E.164': the format; the parts after it that say how it is written
_E164 = re.compile(r"^(?:then\s+|format\s+|in\s+)*E\.?164\b", re.I)
_E164_DETAIL = re.compile(r"\+|\bdigits?\b|\bcountry\s+code\b|\bprefix\b|\bNorth\s+America", re.I)

# a rule's first sentence that is a format only, in the words python_reader says it with
_FORMAT_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), w)
    for p, w in (
        (r"^(?:in\s+)?title[ -]?case\b", "in title case"),
        (
            r"^(?:the\s+)?(?:whole\s+(?:address|value|thing)\s+)?(?:in\s+)?lower[ -]?case\b",
            "in lower case",
        ),
        (
            r"^(?:the\s+)?(?:whole\s+(?:address|value|thing)\s+)?(?:in\s+)?upper[ -]?case\b",
            "in upper case",
        ),
        (r"^trim(?:med)?\b", "trimmed"),
        (r"^(?:then\s+|format\s+|in\s+)*E\.?164$", "in E.164"),
        (r"^(?:an?\s+)?(?:integer|whole\s+number)\b", "as a whole number"),
        (r"^(?:as\s+)?an?\s+number\b", "as a number"),
        (r"^(?:the\s+)?date\s+only\b", "as a date"),
        (
            r"^(?:only\s+|just\s+)?the\s+part\s+(?:of\s+the\s+(?:email|address)\s+)?before\s+the\s+@",
            "the part before the @",
        ),
        (
            r"^(?:only\s+|just\s+)?the\s+part\s+(?:of\s+the\s+(?:email|address)\s+)?after\s+the\s+@",
            "the part after the @",
        ),
    )
)


def _formats(part: str) -> str | None:
    """'Trim spaces at both ends, then lower case' -> 'trimmed and in lower case'; None when a piece is no format."""
    bare = re.sub(r"\s*\([^()]*\)", "", part).strip()
    said: list[str] = []
    for piece in re.split(r",\s*(?:then\s+)?|\s+then\s+", bare):
        w = next((w for rx, w in _FORMAT_WORDS if rx.match(piece.strip())), None)
        if w is None:
            return (
                None
                if not said
                or not re.match(
                    r"^(?:word by word|each word|both ends|yyyy-mm-dd|not\s+(?:as\s+)?(?:a\s+)?(?:text|string))\b",
                    piece.strip(),
                    re.I,
                )
                else " and ".join(said)
            )
        said.append(w)
    return " and ".join(said) if said else None


# 'then Country: "Calgary, Canada"': the value shown after the description
_SHOWN = re.compile(r':\s*(?P<s>"[^"\n]*")$')
# 'Country blank → City on its own, no comma'
_ON_ITS_OWN = re.compile(
    r"^(?:if\s+)?(?P<b>[\w /]{1,30}?)\s+(?:is\s+)?(?:blank|empty)\s*(?:→|->|,)\s*(?:just\s+)?(?:the\s+)?(?P<a>[\w /]{1,30}?)\s+(?:on\s+its\s+own|alone)\b.*$",
    re.I,
)
# 'First non-blank of, in this order: A, then B, then C': a fallback chain
_FIRST_OF = re.compile(
    r"^(?:the\s+)?first\s+non[- ]?(?:blank|empty)(?:\s+value)?\s+(?:of|from|among)\b[^:]*:\s*(?P<l>.+)$",
    re.I,
)
# a sentence that says why, with a platform as its subject and no value, test or arrow in it
_REASON = re.compile(
    r"^(?:SF|Salesforce|HubSpot|Mailchimp|Segment|GA4|CASL)\b(?!.*(?:→|->|\"|\bif\b|\bwhen\b|\bblank\b|\bempty\b|\bcopy\b))",
    re.I,
)


# a table row's key that is every other value: 'Anything else, blank included', 'any other source, or blank'
_OTHER_KEY = re.compile(
    r"^(?:anything(?:\s+else)?|any(?:thing)?\s+other\b.*|every(?:thing)?\s+(?:other|else)\b.*|all\s+other\b.*|others?|otherwise|else|the\s+rest|rest)\b",
    re.I,
)
_BLANK_KEY = re.compile(r"^(?:blank|empty|no\s+value)\b(?:\s*\([^()]*\))?$", re.I)


def value_table(src: str, dst: str, body: list[str]) -> str | None:
    """A rule that is a value table ('Hot → salesqualifiedlead' rows, one per line or one per
    sentence) as one line the grammar reads whole: "Lifecycle Stage from Rating: 'Hot' ->
    'salesqualifiedlead', ..., otherwise -> 'lead'" (rows laid out under a head swallowed the
    field lines after them as rows)."""
    lines = body[1:] if len(body) > 1 and body[0].endswith(":") else body
    said = (
        lines if len(lines) > 1 else [p.strip().rstrip(".") for p in _SENTENCE_END.split(lines[0])]
    )
    rows: list[tuple[str, str]] = []
    otherwise = empty = None
    for line in said:
        line = re.sub(r"^[-*•][ \t]+", "", line.strip()).rstrip(".")
        if not line or _SAID_ALREADY.match(line):
            continue
        m = re.match(r"^(?P<k>[^→]+?)\s*(?:→|->)\s*(?P<v>[^→]+?)(?:\.\s+\S.*)?$", line)
        if m is None:
            return None
        k, v = m["k"].strip().strip('"'), m["v"].strip().strip('"')
        if k.lower().startswith(src.lower() + " "):  # 'VIP true → customer': the source named in the row
            k = k[len(src) + 1 :].strip('" ')
        if _OTHER_KEY.match(k):
            otherwise = v
        elif _BLANK_KEY.match(k):
            empty = v
        elif re.search(r"[,;()]|\s(?:or|and|when|if)\s", k) or not v or re.search(r"[,;]", v):
            return None
        else:
            rows.append((k, v))
    if len(rows) < (1 if otherwise is not None else 2):
        return None
    out = f"{dst} from {src}: " + ", ".join(f"{_quoted(k)} -> {_quoted(v)}" for k, v in rows)
    out += f", otherwise -> {_quoted(otherwise)}" if otherwise is not None else ""
    return (
        out
        + (f"; if empty, {_quoted(empty)}" if empty is not None and empty != otherwise else "")
        + "."
    )


def _quoted(v: str) -> str:
    return f'"{v}"' if "'" in v else f"'{v}'"


def _first_filled(part: str) -> str | None:
    """'First non-blank of, in this order: HubSpot Last Name, then Company Name, then ...' as the
    fallback chain 'Last Name; if empty, Company Name; if that is empty too, ...', or None."""
    m = _FIRST_OF.match(part)
    if m is None:
        return None
    platform = r"^(?:the\s+)?(?:HubSpot|Salesforce|SF|Mailchimp)(?:'s)?\s+"
    items = [
        re.sub(platform, "", x.strip())
        for x in re.split(r",\s*(?:and\s+)?(?:then\s+)?|\s+then\s+", m["l"])
        if x.strip()
    ]
    if len(items) < 2:
        return None
    return f"{items[0]}; if empty, {items[1]}" + "".join(
        f"; if that is empty too, {x}" for x in items[2:]
    )


def said_as_clauses(sentence: str, copies: bool, head: str) -> str:
    """A rule's sentences as one line's clauses after its head, so each keeps the field the head
    names; 'Blank → X' said alone is the value when empty (beside other rows it is a row of the
    table) and 'Blank → no Phone at all' the key left out, said as the pseudocode readers say
    them ('Phone <- phone; if empty, 'x'', ', left out when empty'); 'Has a value → copy it' is
    what the head says already, 'Blank = empty or spaces' what blank means."""
    said = [
        _TRAILING_SAMPLES.sub(r" (e.g. \g<s>)", _GLOSS.sub(r"\g<f> (\g<g>)", p.strip().rstrip(".")))
        for p in _SENTENCE_END.split(sentence.strip())
    ]
    rows = sum(
        1
        for p in said
        if "→" in re.sub(r"\([^()]*\)", "", p)
        and not (_BLANK_ROW.match(p) or _COPY_CLAUSE.match(p) or _SAMPLES.match(p))
    )
    parts: list[str] = []
    e164 = left_out = False
    for part in said:
        chain = _first_filled(part)
        if chain is not None:  # 'First non-blank of, in this order: A, then B, then C'
            part, head = chain, head.split(" <- ")[0]
        part = _SHOWN.sub(r" (e.g. \g<s>)", part)
        alone = _ON_ITS_OWN.match(part)
        if alone is not None:  # 'Country blank → City on its own, no comma': the join's fallback
            part = f"if {alone['b']} is blank, just the {alone['a']}"
        if _REASON.match(part):
            continue  # 'SF duplicate matching trips on capitals': why, not what
        if e164 and _E164_DETAIL.search(part) and not _BLANK_ROW.match(part):
            continue  # how E.164 is written, said after it: the format says it
        if _E164.match(part):  # 'E.164: + then digits only': the gloss goes with the details
            e164, part = True, re.sub(r"\s*(?::.*|\([^()]*\))$", "", part)
        blank = _BLANK_ROW.match(part)
        if _SAID_ALREADY.match(part) or (copies and _COPY_CLAUSE.match(part)):
            continue
        if blank is not None and _LEAVE_OUT.match(blank["x"]):
            left_out = True
            continue
        if blank is not None and (rows == 0 or not blank["x"].startswith('"')):
            part = "if blank, " + re.sub(r"^(?:take|use)\s+", "", blank["x"])
        if parts and _SAMPLES.match(part):
            parts[-1] += f" (e.g. {part})"  # samples of the part before, not a part of their own
        elif part:
            parts.append(part)
    tail = ", left out when empty" if left_out else ""
    formats = _formats(parts[0]) if copies and parts else None
    if formats is not None and formats.startswith("the part"):  # 'Only the part of the email before the @'
        head, parts = head.replace(" <- ", f" <- {formats[:8]} of ", 1) + formats[8:], parts[1:]
    elif formats is not None:  # 'Title case', 'E.164', 'Trim, then lower case': said as python_reader says a format
        head, parts = f"{head}, {formats}", parts[1:]
    if copies and parts and parts[0].startswith("if blank, "):
        x = parts.pop(0)[len("if blank, ") :]
        # the value first, then its fallback
        first = f"{head}; if empty, {x}" if x.startswith('"') else f"{head}, else {x}"
        return "; ".join([first + tail, *parts]) + "."
    if not parts:
        return head + tail + "."
    joined = f"{head}: " + "; ".join(parts) + tail
    return joined if joined.endswith(":") else joined + "."

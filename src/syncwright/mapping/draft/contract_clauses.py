"""A mapping written as contract clauses: defined terms ('the HubSpot contact (the "Source
Record")', '"Lead" means the Salesforce Lead'), clause numbers and headings ('2. Identification.'),
cross-references ('Subject to clause 1.5,', 'Notwithstanding clause 4,'), 'save where X, in which
case Y', 'shall not be passed ... where its X is V', tables of quoted pairs joined by a dash.
Said plainly, each is a form the sentence grammar reads; as written, definitions became questions,
'the Source Record's email' named no field and the exclusions were dropped (round 39)."""

from __future__ import annotations

import re
from collections.abc import Callable

_Q = '"\u201c\u201d'


def _term(group: str) -> str:
    """A defined term in quotes ('"Source Record"'), captured as ``group``."""
    return rf"[{_Q}](?P<{group}>[A-Z][\w ]{{1,30}}?)[{_Q}]"


_MEANS = r"(?:means|is|shall mean|refers to|shall refer to)"
_HEREINAFTER_AS = r"(?:is|shall be)\s+hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?"
# 'the HubSpot contact (the "Contact")', '(hereinafter the "Contact")', '(the "Source Record")'
_PAREN_TERM = re.compile(
    rf"\s*\(\s*(?:hereinafter\s+)?(?:referred\s+to\s+as\s+)?(?:the\s+|a\s+|each\s+)?{_term('t')}\s*\)"
)
# 'the "Lead" means the Salesforce Lead ...', '"Contact" is the HubSpot contact'
_DEF_TERM = re.compile(
    rf"(?:^|(?<=[\s(;,]))(?:the\s+)?{_term('t')}\s+{_MEANS}\s+(?P<d>[^;.\n]+)"
)
# 'The HubSpot contact is hereinafter the "Contact"', 'the Salesforce Lead created from it is hereinafter referred to as the "Lead"'
_HEREINAFTER = re.compile(
    rf"(?P<d>[^;.\n]{{3,80}}?)\s+{_HEREINAFTER_AS}{_term('t')}"
)
_RECORD_WORDS = (
    "contact",
    "lead",
    "member",
    "subscriber",
    "record",
    "person",
    "profile",
    "user",
    "customer",
)
# one definition: a sentence (or a ';' part) that only says what a quoted term means
_DEF_PIECE = re.compile(
    rf"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:in|for the purposes of|for|under)\s+(?:this|these)\s+[\w ]{{1,20}}?,?\s+)?(?:and\s+)?(?:the\s+)?"
    rf"(?:{_term('t')}\s+{_MEANS}\b"
    rf"|[^;.{_Q}]{{3,80}}?\s+{_HEREINAFTER_AS}{_term('h')}"
    rf"|(?:a|any)\s+(?:value|field)\s+is\s+[{_Q}]\w+[{_Q}]\s+(?:where|when|if)\b)",
    re.I,
)
# 'Subject to clause 1.5,', 'Notwithstanding clause 4,', 'save as provided in paragraph (c),'
_CROSS_REF = re.compile(
    r"\b(?:subject to|notwithstanding|save as provided in|except as provided in|without prejudice to|pursuant to|in accordance with)\s+"
    r"(?:the\s+)?(?:(?:clauses?|paragraphs?|sections?|sub-?clauses?)\s+[\d.]+(?:\s*\([a-z]\))?|paragraph\s+\([a-z]\))"
    r"(?:\s+(?:and|to|or)\s+[\d.]+(?:\s*\([a-z]\))?)?(?:\s+(?:above|below))?\s*,\s*"
    r"|\bnotwithstanding the (?:foregoing|above)\s*,\s*|\bfurther(?:more)?(?:\s+and\s+in\s+addition)?\s*,\s*(?=[a-z])",
    re.I,
)
# '2. Fields' alone on a line; '2. Identification. The Lead's ...': a heading, no rule
_HEADING_LINE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.|Schedule\s+\d+\s*[-:])\s+[A-Z][\w ,&/'-]{1,40}$"
)
_INLINE_HEADING = re.compile(
    r"^(?P<n>\s*\d+(?:\.\d+)*\.\s+)(?:[A-Z][\w'/&-]*(?:\s+[\w'/&-]+){0,3})\.\s+(?=[A-Z])"
)
# '"United States" - "USA"': a table row of quoted pairs
_QUOTED_DASH_ROW = re.compile(
    rf"^(?P<i>[ \t]*)(?P<k>[{_Q}][^{_Q}\n]+[{_Q}])[ \t]+[-\u2013\u2014][ \t]+(?P<v>[{_Q}][^{_Q}\n]*[{_Q}])[ \t]*[;,.]?[ \t]*$",
    re.M,
)
# 'save where the phone is empty, in which case the mobilephone shall be used'
_SAVE_WHERE = re.compile(
    r"\s*[;,]?\s*\b(?:save|except)\s+where\s+(?!it\b|they\b|that\b)(?P<c>[^,;.]+?)\s*,\s*in which (?:case|event)\s+",
    re.I,
)
# '; provided that, where the company is Empty, ...': the condition follows ('provided that' read as a second 'if')
_PROVIDED_WHERE = re.compile(
    r"\s*[;,]\s*provided\s+(?:always\s+)?that\s*,?\s*(?=(?:where|if|when|in the event)\b)", re.I
)
# 'A HubSpot contact shall not be passed to Salesforce at all where its hs_email_optout is "true"'
_NOT_PASSED = re.compile(
    r"(?:^|(?<=[\n.]\s)|(?<=^\s))(?P<n>[ \t]*(?:\d+(?:\.\d+)*\.?\s+)?)(?:a|an|any|no)\s+(?:[\w]+\s+){0,2}?(?:shall|will|must|is to|may)\s+not\s+be\s+"
    r"(?:passed|sent|transferred|synced|synchroni[sz]ed|created|exported|carried|included|pushed|added|copied)\b[^,;.\n]*?\s+where\s+(?:its|their|the)\s+",
    re.I | re.M,
)
# 'The Salesforce Contact shall take its Email from the ...'
_TAKE_ITS = re.compile(
    r"\s+(?:shall|should|must|will)\s+take\s+its\s+(?P<d>[A-Za-z_][\w.]*)\s+from\s+", re.I
)
# 'Whichever number is taken shall be reproduced exactly as recorded, without reformatting.'
_WHICHEVER = re.compile(
    r"(?:(?<=[.;]\s)|^)(?P<n>[ \t]*(?:\d+(?:\.\d+)*\.?\s+)?)whichever\s+[^.;\n]*?\s+(?:shall|should|will|is to)\s+be\s+(?:reproduced|copied|carried|kept|sent|passed|used|taken|written)\b[^.;\n]*[.;]?",
    re.I | re.M,
)


# what a record's term is defined as: 'the HubSpot contact', 'a Salesforce Lead', 'each member'
_RECORD_DEF = re.compile(
    rf"^(?:the\s+|a\s+|an\s+|each\s+|any\s+)?(?:[A-Z][\w]*\s+){{0,2}}(?:{'|'.join(_RECORD_WORDS)})s?\b",
    re.I,
)


# '2.1 where hs_email_optout is "true", ...' on a line of its own: a sub-clause's number (joined under its
# head, '2.2' was read as a value)
_SUB_CLAUSE = re.compile(r"^(?P<i>[ \t]*)\d+\.\d+(?:\.\d+)*\.?[ \t]+(?=\S)", re.M)
# 'The Contact's HasOptedOutOfEmail shall be a true/false value (a genuine boolean), determined thus:'
_VALUE_HEAD = re.compile(
    r"\s+shall\s+be\s+(?:a\s+|an\s+)?(?:true/false|boolean|yes/no|true or false|one of the following)?(?:\s+value)?(?:\s*\([^)\n]*\))?\s*,?\s*"
    r"(?:(?:determined|decided|set|fixed|computed|compiled|built|assembled|made up|composed|as)\s+)?(?:thus|as follows|in accordance with the following(?: table)?)?"
    r"(?:\s*,?\s*(?:and\s+)?in\s+(?:this|the following)\s+order)?[ \t]*:[ \t]*$",
    re.I | re.M,
)
# '2.1 false, where hs_email_optout is the text "false";', '"Hot", where the revenue is greater than 5,000,000;'
_VALUE_WHERE_ROW = re.compile(
    rf"^(?P<i>[ \t]*(?:\(?[a-z0-9]{{1,3}}[.)]\s*)?)(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|lastly|finally)\s*,\s*)?(?P<v>true|false|[{_Q}][^{_Q}\n]+[{_Q}])\s*(?:also\s+)?,?\s*(?:where|when|in the case where|in the event that)\s+(?P<c>[^\n]+?)[ \t]*[;.]?[ \t]*$",
    re.I | re.M,
)
# '"Warm", in every other case, including ...'
_OTHER_ROW = re.compile(
    rf"^(?P<i>[ \t]*(?:\(?[a-z0-9]{{1,3}}[.)]\s*)?)(?P<v>true|false|[{_Q}][^{_Q}\n]+[{_Q}])\s*,?\s*in\s+(?:every|any|all)\s+other\s+(?:cases?|circumstances?|instances?)\b[^\n]*$",
    re.I | re.M,
)
# 'Recital: the firm takes a cautious view of consent; ...': the why, no rule
_RECITAL = re.compile(r"^[ \t]*(?:recitals?|background|whereas)\b[^\n]*$", re.I | re.M)
# '(d) LeadSource: derived from ...': a lettered item that names its field (the letter hid the table head)
_LETTERED_FIELD = re.compile(r"^(?P<i>[ \t]*)\([a-z]\)[ \t]+(?=[A-Za-z_][\w.]*[ \t]*:)", re.M)


# 'is the text "false"', 'is exactly "Web"': the value alone
_IS_THE_TEXT = re.compile(
    rf"\bis\s+(?:exactly\s+)?the\s+(?:text|string|value)\s+(?=[{_Q}])|\bis\s+exactly\s+(?=[{_Q}])"
)
_READ_AS_NUMBER = re.compile(r"\s*,\s*read\s+as\s+a\s+number\s*,\s*")
_LAST_ROW_SEMI = re.compile(r";[ \t]*(?=\n[ \t]*\n|\n?[ \t]*$)")  # a list's last row ends its sentence

Replacement = str | Callable[[re.Match[str]], str]
# after the defined terms are resolved: each contract form rewritten, in this order, to a form
# the grammar reads (data, like canon.yaml; the order matters where forms nest: a sub-clause's
# number goes before its value rows are read, the rows before the cross-references go)
_PLAIN_FORMS: tuple[tuple[re.Pattern[str], Replacement], ...] = (
    (_SUB_CLAUSE, r"\g<i>"),
    (_LETTERED_FIELD, r"\g<i>"),
    (_RECITAL, ""),
    (_VALUE_HEAD, " shall be:"),
    (_OTHER_ROW, lambda m: f"{m['i']}otherwise {m['v']}."),
    (_VALUE_WHERE_ROW, lambda m: f"{m['i']}{m['v']} if {m['c']};"),
    (_IS_THE_TEXT, "is "),
    (_READ_AS_NUMBER, " "),
    (_LAST_ROW_SEMI, "."),
    (_CROSS_REF, ""),
    (_WHICHEVER, ""),
    (_QUOTED_DASH_ROW, lambda m: f"{m['i']}{m['k']} -> {m['v']}"),
    (_PROVIDED_WHERE, "; "),
    (_SAVE_WHERE, lambda m: f"; if {m['c']}, "),
    (_NOT_PASSED, lambda m: f"{m['n']}Skip records whose "),
    (_TAKE_ITS, lambda m: f"'s {m['d']} shall be "),
)


def _definition(piece: str, terms: set[str]) -> bool:
    """Does ``piece`` only say which record a term names, or what 'Empty' means?"""
    m = _DEF_PIECE.match(piece.strip())
    if m is None:
        return False
    term = m["t"] or m["h"]
    return term is None or term in terms


def _drop_definitions(line: str, terms: set[str]) -> str:
    """Each sentence or ';' part of a line that only defines a record's term, taken out; a term
    for a value ('the "Local Part" is that portion of the email ...') stays, the grammar reads it."""
    number = re.match(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?", line)
    lead = number.group() if number else ""
    pieces = re.split(r"(?<=[.;])\s+(?=\S)", line[len(lead) :])
    kept = [p for p in pieces if not _definition(p, terms)]
    if len(kept) == len(pieces):
        return line
    return lead + " ".join(kept).strip() if kept else ""


def contract_clauses(text: str) -> str:
    """Say a contract-style mapping in the plain forms the grammar reads."""
    if not re.search(r"\bshall\b", text, re.I) or not re.search(
        rf"[{_Q}][A-Z][\w ]{{1,30}}?[{_Q}]|\bclause\b|\bsave where\b|\bnotwithstanding\b",
        text,
        re.I,
    ):
        return text
    terms: set[str] = {m["t"] for m in _DEF_TERM.finditer(text) if _RECORD_DEF.match(m["d"])}
    terms |= {m["t"] for m in _HEREINAFTER.finditer(text)}
    # '(the "Contact")' after the words naming the record
    terms |= {
        m["t"]
        for m in _PAREN_TERM.finditer(text)
        if any(w in text[max(0, m.start() - 60) : m.start()].lower() for w in _RECORD_WORDS)
    }
    text = _PAREN_TERM.sub("", text)
    lines = [_drop_definitions(ln, terms) for ln in text.split("\n")]
    lines = [
        ""
        if _HEADING_LINE.match(ln) and not re.search(r"\bshall\b|->|=", ln)
        else _INLINE_HEADING.sub(r"\g<n>", ln)
        for ln in lines
    ]
    text = "\n".join(lines)
    for term in terms:
        text = re.sub(
            rf"\b(?P<a>(?i:the|a|an|each|any|every))\s+{re.escape(term)}'s\s+",
            lambda m: "The " if m["a"][0].isupper() else "the ",
            text,
        )
        text = re.sub(rf"(?<![\w']){re.escape(term)}'s\s+", "the ", text)
    for rx, repl in _PLAIN_FORMS:
        text = rx.sub(repl, text)
    return text

"""Word tables the grammar reads: transforms, regions, emptiness, verbs. Data, not logic."""

from __future__ import annotations

import re

# transform name -> pattern (case-insensitive) that asks for it
TRANSFORM_PATTERNS: list[tuple[str, str]] = [
    ("title", r"\btitle[- ]?cased?\b|\bproper[- ]?case[ds]?\b|\bcapitali[sz](?:e|ed|ing)\b(?! letters)|\beach word capitali|\bfirst letter (?:of (?:each|every) word )?(?:in |as (?:an? )?)?(?:upper|capital)"
     # round r13a: title case described ('with a capital letter at the beginning of each word')
     r"|\b(?:capital|upper[- ]?case) letter (?:at|on) (?:the )?(?:beginning|start|front) of (?:each|every) word"),
    # 'the rest in small letters' is the other half of a title case, not a lower case
    ("lower", r"(?<!rest in )(?<!rest )(?:\blower[- ]?cas(?:e|ed|ing)\b|\blowercase[ds]?\b|\blower-?cased\b|\bin lower\b|\bsmall letters?\b|\bdown-?cased?\b|\blowered\b|\ball lower\b|\blower case\b|\blowcase\b|\blowercsae\b|\blower cased\b)"),
    # 'the first letter of each word in capitals' is a title case
    ("upper", r"(?<!word in )(?<!word as )(?:\bupper[- ]?cas(?:e|ed|ing)\b|\buppercase[ds]?\b|\ball caps\b|\bcapital letters\b|\bup-?cased?\b|\bin caps\b|\ball upper\b|\bcapitals\b|\bin capital\b|\ball capitals?\b|\bblock (?:letters|capitals)\b)"),
    ("trim", r"\btrim(?:med|s|ming)?\b|\bstrip(?:ped)?\b|\bsurrounding (?:white)?spaces?\b|\bleading (?:and|or|/) ?trailing\b|\bspaces? (?:removed|around)\b|\bwhitespace\b|\bextra spaces\b|\bspaces? at the (?:start|beginning|front) (?:or|and) (?:the )?end\b|\b(?:leading|trailing) spaces?\b"),
    ("e164", r"\bE\.?\s?164\b|\binternational (?:phone )?format\b|\binternational number\b|\bwith (?:the )?country code\b"),
    ("first_word", r"\bfirst word\b|\bfirst token\b|\bfirst part of the name\b"),
    ("last_word", r"\blast word\b"),
    # the @ and a word on which side of it ('whatever follows the @', 'the bit in front of the @')
    ("email_local", r"\b(?:before|preced\w*|in front of|ahead of|left of|up to)\b[^.;@]{0,24}@|\blocal[- ]part\b|\bpart before\b|\busername part\b"),
    ("email_domain", r"\b(?:after|follow\w*|behind|right of|past)\b[^.;@]{0,24}@|\bdomain\b(?=.*\bemail\b)|\bemail'?s? domain\b|\bpart after\b|\bdomain part\b|\bdomain of\b"),
    ("integer", r"\b(?:in)?to an? (?:integer|int|whole number)\b|\bwhole numbers?\b|\bintegers?\b|\bas an? int\b|\bint\b|\bno decimals\b|\bround number\b"),
    ("number", r"\b(?:in)?to an? (?:number|decimal|float)\b|\bas (?:a )?numbers?\b|\bnumeric\b|\bnot (?:as )?(?:text|a string)\b|\b(?:rather than|instead of) (?:as )?(?:text|a string)\b|\bas a decimal\b|\bas a float\b|\bnumerical\b|\bas digits\b"),
    ("date", r"\bYYYY-MM-DD\b|\bplain date\b|\bdate only\b|\bISO date\b|\bjust the date\b|\bdate part\b|\bwithout (?:the )?time\b|\bas a date\b|\bdate portion\b"),
]
TRANSFORM_RES = [(name, re.compile(p, re.I)) for name, p in TRANSFORM_PATTERNS]
# arithmetic on a value ('revenue divided by 1000', 'multiply the score by 10'): no transform computes it, so a
# sentence asking for it is asked about, never drafted as a plain copy (round 57 review)
ARITHMETIC_RE = re.compile(r"\b(?:divided|multiplied)\s+by\s+\d|\b(?:divide|multiply)\s+(?:it|them|the\s+\w+|[a-z]+)\s+by\s+\d", re.I)
# 'title case', 'title-cased': a format's words, never a mention of a Title field
CASE_NAME = re.compile(r"\btitle(?=[- ]?cased?\b)", re.I)
AS_IS = re.compile(r"\b(?:as is|as it is|as they are|unchanged|verbatim|untouched|exactly as|as-is|raw|straight)\b", re.I)

# E.164: phrases naming the assumed country -> phonenumbers region
REGIONS: list[tuple[str, str]] = [
    ("US", r"\bU\.?S\.?A?\b|\bUnited States\b|\bAmerican?\b|\bNorth America"),
    ("GB", r"\bU\.?K\.?\b|\bUnited Kingdom\b|\bBritish\b|\bBritain\b|\bGB\b|\bEngland\b"),
    ("DE", r"\bGerman[y]?\b|\bDE\b"),
    ("FR", r"\bFrance\b|\bFrench\b"),
    ("CA", r"\bCanad(?:a|ian)\b"),
    ("AU", r"\bAustralia(?:n)?\b"),
    ("IE", r"\bIreland\b|\bIrish\b"),
    ("NL", r"\bNetherlands\b|\bDutch\b"),
    ("ES", r"\bSpain\b|\bSpanish\b"),
    ("IT", r"\bItaly\b|\bItalian\b"),
    ("IN", r"\bIndia(?:n)?\b"),
    ("MX", r"\bMexic(?:o|an)\b"),
    ("BR", r"\bBrazil(?:ian)?\b"),
    ("JP", r"\bJapan(?:ese)?\b"),
]
REGION_RES = [(code, re.compile(p)) for code, p in REGIONS]
# '+353 assumed for numbers without a country code', 'the +65 prefix': a dial code on its own
# (never the start of a written number, '+14165550173')
_DIAL_CODE = re.compile(r"(?<![\w+])\+\s?(?P<c>\d{1,3})(?![\d\s-]*\d{4})")


_ISO_REGION = re.compile(r"\bassuming (?P<c>[A-Z]{2}) numbers\b|\b(?P<d>[A-Z]{2}) (?:default|as (?:the )?default)\b|\bdefault (?:country|region):? (?P<e>[A-Z]{2})\b")


def iso_region(text: str) -> str | None:
    """A region named by its ISO code ('E.164 (NL default)', 'assuming SG numbers', 'default
    country: AU') when phonenumbers knows it, else None."""
    import phonenumbers

    for m in _ISO_REGION.finditer(text):
        code = m.group("c") or m.group("d") or m.group("e")
        if code in phonenumbers.SUPPORTED_REGIONS:
            return code
    return None


def dial_code_region(text: str) -> str | None:
    """The region of the first dial code written on its own in ``text`` (phonenumbers' main
    region for it: +1 is US, +44 GB, +353 IE), else None."""
    import phonenumbers

    for m in _DIAL_CODE.finditer(text):
        region = phonenumbers.region_code_for_country_code(int(m.group("c")))
        if region and region != "ZZ":
            return str(region)
    return None

# the words for the records a rule or filter is about ('contacts', 'every lead', 'subscribers')
RECORD_NOUN = r"(?:contacts?|leads?|members?|records?|people|persons?|subscribers?|users?)"

# a list item's mark: '- ', '* ', '• ', '1. ', '2) '
BULLET_MARK = r"[-*•]|\d+[.)]"
# any mark a line may open with, lettered and numbered-with-a-letter items too: '+ ', 'a) ',
# '(b) ', 'R1.' (a line that opens with one is never the tail of a wrapped line)
ITEM_MARK = rf"{BULLET_MARK}|[+]|\(?[a-z]\)|[A-Z]\d+[.:)]"

EMPTY_WORDS = r"(?:empty|blank|missing|null|not set|not filled(?: in| out)?|unknown|absent|none|nothing|not there|not present|unset|not provided|not available|n/a|left blank|left empty|emtpy|balnk|blnak)"
EMPTY_RE = re.compile(rf"\b{EMPTY_WORDS}\b", re.I)

# 'otherwise' words: the rest of the records
OTHERWISE_RE = re.compile(
    r"\b(?:otherwise|else|elsewise|other(?:s| ones| stages| values| sources| cases| contacts| members| leads)?|the rest|all remaining|any other|anything else|everything else|everyone else|everybody else|in all other cases|by default|default(?:s)? to|if not|when not|no match|unmatched|remaining)\b",
    re.I,
)

SCALE = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "mio": 1_000_000,
         "million": 1_000_000, "millions": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
         "billion": 1_000_000_000}

COMPARATORS: list[tuple[str, str]] = [
    ("ge", r"(?:at least|no less than|not less than|>=|≥|(?:\w+ )?or more|or above|or higher|(?:greater|more|larger|bigger|higher) than or equal to|minimum(?: of)?)"),
    ("le", r"(?:at most|no more than|not more than|<=|≤|(?:\w+ )?or less|or below|or fewer|(?:less|smaller|lower|fewer) than or equal to|maximum(?: of)?|up to)"),
    ("gt", r"(?:more than|greater than|larger than|bigger than|higher than|over|above|exceeds?|exceeding|>|beyond|in excess of|north of)"),
    ("lt", r"(?:less than|fewer than|smaller than|lower than|under|below|<|beneath|south of)"),
]

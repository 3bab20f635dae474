"""'Format is E.164:' over items that explain what E.164 is (round 46).

A writer who asks for E.164 often spells out what it means underneath, as a list: 'number start
with "+" -> keep its country code, only "+" and digits', 'other number is US number -> "+1" and
digits', 'if 11 digits and starts with "1", only "+" in front'. The format's own definition,
which the E.164 transform already applies; read as rules, each item was a question and the
format head a clause of nothing. The items go and the head says the format and the region its
items give for numbers with no country code ('E.164, US numbers by default'). Items that say
anything but how a number is written (a field, a condition on another field) keep the list.
"""

from __future__ import annotations

import re

_HEAD = re.compile(
    r"^(?P<i>[ \t]*)(?P<h>(?:the\s+)?(?:phone\s+)?format\s+(?:is|should\s+be|=|:)?\s*(?:in\s+)?E\.?164(?:\s+format)?(?:\s+(?:as\s+below|like\s+this|as\s+follows|rule))?)\s*:\s*$"
    # '(2) PHONE (merge field): Business Phone in E.164.' over the items: an item's own line ends with the format
    r"|^(?P<i2>[ \t]*)(?P<h2>[^\n]*?\bin\s+E\.?164(?:\s+format)?)\s*[.:]?\s*$",
    re.I,
)
# 'E.164 rule: number with "+" keeps own country code. Number without "+" is US, add "+1".': the same, on one line
_LINE = re.compile(r"^(?P<i>[ \t]*)(?:the\s+)?E\.?164(?:\s+(?:rule|rules|format|means|is))?\s*:\s*(?P<t>\S[^\n]*)$", re.I)
_ITEM = re.compile(r"^(?P<i>[ \t]*)(?P<m>[-*\u2022]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]*(?P<t>\S[^\n]*)$")
# what an item of E.164's definition talks about
_ABOUT_NUMBERS = re.compile(r"\b(?:country\s+code|digits?|\+\d{1,3}|[\"']\+[\"']|plus|leading|starts?\s+with|in\s+front|number)\b", re.I)
# what a sentence of E.164's definition talks about: the plus sign, the country code, the digits
_PLUS_TALK = re.compile(
    r"\+\d|[\"']\+[\"']|\bcountry\s+code\b|\bdigits?\b|\bplus\s+sign\b|\+\s+(?:in\s+front|on\s+the\s+front|at\s+the\s+front|and\s+(?:the\s+)?digits)"
    r"|\b(?:with|without|no|starts?\s+with|add(?:\s+the)?|keep(?:\s+the)?|only(?:\s+the)?|a\s+leading|the)\s+\+(?=\s|[.,;)]|$)",
    re.I,
)
# an item label before its words: 'AC2:', '(3)', '- '
_LABEL = re.compile(r"^[ \t]*(?:AC\s?\d{1,2}\s*[:.)-]|\(\d{1,2}\)|\d{1,2}[.)]|[-*\u2022])[ \t]*")
_REGIONS = (("UK", r"\+44\b|\bUK\b|\bBritish\b"), ("US", r"\+1\b|\bUS\b|\bAmerican\b|\bUSA\b"))


def _definition(line: str) -> bool:
    """Is ``line`` an item whose every sentence spells out E.164 ('Where there is no +, it is a US
    number, so put +1 in front of the digits.') and no field's rule? A US default is what the
    transform does; another region keeps the line."""
    label = _LABEL.match(line)
    if label is None or not label.group(0).strip():
        return False  # an item of its own ('AC3:', '(2)', '- '), never a wrapped line's tail
    body = line[label.end():].strip()
    said = [t for t in re.split(r"(?<=[.!;])\s+", body) if t.strip()]
    if not said or not all(_PLUS_TALK.search(t) for t in said) or re.search(r"E\.?164|=|->|\u2192|:|\binto\b|\b(?!(?:the|with|without|add|keep|only|leading)\b)[A-Za-z]{3,}\s\+\s(?!(?:and|in|on|at|sign)\b)[A-Za-z]{3,}", body, re.I):
        return False
    return not re.search(r"\b(?:empty|blank|missing|send|leave|skip)\b", body, re.I) and _region(said) == "US"


def _region(said: list[str]) -> str:
    """The region the definition gives numbers with no country code (US unless it says otherwise)."""
    others = " ".join(t for t in said if re.search(r"\b(?:other|without|no\s+country|rest|else)\b", t, re.I)) or " ".join(said)
    return next((name for name, rx in _REGIONS if re.search(rx, others, re.I)), "US")


def e164_lists(text: str) -> str:
    """Each 'Format is E.164:' list of E.164's own rules said as the format and its default region."""
    if not re.search(r"E\.?164", text, re.I) or re.search(r"[{}]|//|^\s*#", text, re.M):
        return text  # a spec written as code ('e164: 'US',   // ...'): its comments are the code's
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if out and re.search(r"\bE\.?164\b", " ".join(out[-3:]), re.I) and _definition(lines[i]):
            i += 1  # AC2/AC3 spelling out E.164 under the item that asks for it: no rule of their own
            continue
        one = _LINE.match(lines[i])
        said = [t for t in re.split(r"(?<=[.!])\s+", one["t"]) if t.strip()] if one else []
        if one and len(said) >= 2 and all(_ABOUT_NUMBERS.search(t) for t in said):
            out.append(f"{one['i']}Format is E.164, {_region(said)} numbers by default.")
            i += 1
            continue
        m = _HEAD.match(lines[i])
        items: list[str] = []
        j = i + 1
        first = _ITEM.match(lines[j]) if m and j < len(lines) else None
        while first and j < len(lines) and (item := _ITEM.match(lines[j])) and item["i"] == first["i"] and item["m"].isdigit() == first["m"].isdigit():
            items.append(item["t"])
            j += 1
        if m is None or len(items) < 2 or not all(_ABOUT_NUMBERS.search(t) for t in items):
            out.append(lines[i])
            i += 1
            continue
        out.append(f"{m['i'] or m['i2'] or ''}{m['h'] or m['h2']}, {_region(items)} numbers by default.")
        i = j
    return "\n".join(out)

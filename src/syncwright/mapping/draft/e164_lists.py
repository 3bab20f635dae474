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
    r"|^(?P<i2>[ \t]*)(?P<h2>[^\n]*?\bin\s+E\.?164(?:\s+format)?)\s*[.:]?\s*$"
    # 'Then E.164 please —' over '· start with + → keep own country code' items (round 48)
    r"|^(?P<i3>[ \t]*)(?P<h3>(?:[^\n]*?[.;]\s+)?(?:then\s+|and\s+|also\s+)?(?:use\s+)?E\.?164(?:\s+format)?)(?:\s+please)?\s*[:\u2014\u2013-]?\s*$",
    re.I,
)
# 'E.164 rule: number with "+" keeps own country code. Number without "+" is US, add "+1".': the same, on one line
_LINE = re.compile(r"^(?P<i>[ \t]*)(?:the\s+)?E\.?164(?:\s+(?:rule|rules|format|means|is))?\s*:\s*(?P<t>\S[^\n]*)$", re.I)
_ITEM = re.compile(r"^(?P<i>[ \t]*)(?P<m>[-*\u2022\u00b7]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]*(?P<t>\S[^\n]*)$")
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
# a sentence's last words: its stop, perhaps inside a closing quote or bracket
_SENTENCE_END = re.compile(r"[.;!][\"')]?\s*$")
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


# a sentence of E.164's definition said in prose after the format was asked for (round 47): a number
# with its '+' keeps its code, one without is a US number, eleven digits starting with 1 have it
_KEEPS_CODE = re.compile(
    r"\b(?:starts?|starting|begins?|beginning|comes?)\s+(?:already\s+)?with\s+(?:the\s+|a\s+)?[\"']?\+[\"']?(?=[\s,.;)]|$)"
    r"|\b(?:has|have|with|carries)\s+(?:already\s+)?(?:the\s+|a\s+)?[\"']?\+[\"']?\s+(?:keeps?|has|already)\b",
    re.I,
)
_NO_PLUS = re.compile(r"\b(?:without|has\s+no|have\s+no|no)\s+(?:the\s+|a\s+)?[\"']?\+[\"']?(?=[\s,.;)]|$)", re.I)
_ELEVEN = re.compile(r"\b(?:11|eleven)\s+digits\b", re.I)
_NOT_DEFINITION = re.compile(r"E\.?164|=|->|\u2192|\b(?:empty|blank|missing|send|skip|leave|tag|status)\b|\+(?:[02-9]|1\d)", re.I)


def _defines(sentence: str) -> bool:
    """Does ``sentence`` only spell out what E.164 with US numbers by default does?"""
    said = re.sub(r"^[ \t]*(?:[-*\u2022]|\(?\d{1,2}[.)])?[ \t]*(?:exception\s*:\s*|and\s+|but\s+|\()?", "", sentence, flags=re.I)
    arrow = re.match(r"^(?P<c>[^\u2192>\n]*?)\s*(?:->|\u2192)\s*(?P<a>[^\u2192\n]*)$", re.sub(r"\s*\([^()\n]*\)", "", said))
    if (
        arrow
        and sentence.count("(") == sentence.count(")")
        and (_KEEPS_CODE.search(arrow["c"]) or _NO_PLUS.search(arrow["c"]))
        and re.search(r"\b(?:keeps?|add|put|prefix)\b|\+1\b|\bUS\b", arrow["a"], re.I)
    ):
        # 'Starts with + already -> keep its own country code', 'No + -> a US number, put +1 in front' (round 55)
        said = f"{arrow['c']}, {arrow['a']}"
        if _NOT_DEFINITION.search(said):
            return False
        if _NO_PLUS.search(arrow["c"]):
            return bool(re.search(r"\+1\b|\bUS\b|\bAmerican\b", said))  # US numbers by default: what the transform does
        return bool(re.search(r"\b(?:code|keeps?|keep\s+it|digits?|as\s+it\s+is)\b", said, re.I))
    if _NOT_DEFINITION.search(said) or sentence.count("(") != sentence.count(")") or re.match(r"^[A-Za-z][\w .()/-]{0,30}:\s", said):
        return False
    if _NO_PLUS.search(said):
        return False  # 'a number without + is a US number': the region said, which the grammar reads where it stands
    if _KEEPS_CODE.search(said):
        return bool(re.search(r"\b(?:code|keeps?|keep\s+it|digits?|as\s+it\s+is)\b", said, re.I))
    return bool(_ELEVEN.search(said) and re.search(r"\b(?:starts?|starting|begins?|beginning|first\s+one\s+is)\b[^.;]{0,12}\b1\b", said, re.I))


def _spelled_out(text: str) -> str:
    """``text`` without the sentences after its first E.164 that spell the format out; an item
    left with nothing goes whole."""
    first = re.search(r"E\.?164", text, re.I)
    assert first is not None
    head, tail = text[: first.end()], text[first.end():]
    out: list[str] = []
    lines = tail.split("\n")
    asking = True
    for k, line in enumerate(lines):
        parts = re.split(r"(?<=[.;!])\s+", line)
        after = lines[k + 1] if k + 1 < len(lines) else ""
        # a part that ends its sentence: a full stop, or an item's last words over another item or a blank line
        # (a line wrapped mid-sentence goes on below: 'keep its' / 'own country code', round 47)
        ends = [bool(_SENTENCE_END.search(p)) or (j == len(parts) - 1 and bool(_ITEM.match(line)) and (not after.strip() or bool(_ITEM.match(after))))
                for j, p in enumerate(parts)]
        # (the rest of the sentence asking for E.164, on as many wrapped lines as it takes: never a definition of its own)
        kept = []
        # (a line's first part that goes on from a line above cut mid-sentence is that sentence's end: 'a number
        # without "+" is a US number and gets' / '+1 (11 digits ...: only add the "+").', round 52)
        goes_on = k > 0 and bool(re.search(r"[\w,]\s*$", lines[k - 1])) and not _ITEM.match(line) and not re.match(r"\s*(?:\(?[a-z0-9]{1,3}[.)]|[-*\u2022])\s", line, re.I)
        for j, p in enumerate(parts):
            if asking or (j == 0 and goes_on) or not (p.strip() and ends[j] and _defines(p)):
                kept.append(p)
            asking = asking and not _SENTENCE_END.search(p)
        if kept and kept != parts and kept[-1].rstrip().endswith(";") and parts[-1].rstrip().endswith("."):
            # '...; a number without "+" is a US number, so +1 in front; if it already has 11 digits ..., only the "+".':
            # the kept sentence ends the line, as its full stop did (round 48: its ';' ran the next item into it)
            kept[-1] = kept[-1].rstrip()[:-1] + "."
        if kept == parts:
            out.append(line)
        elif any(k.strip() for k in kept):
            out.append(" ".join(kept))
        elif not _ITEM.match(line) and out and out[-1].strip():
            out.append("")  # a paragraph's only sentence gone: the paragraph break stays
    return head + "\n".join(out)


_BLANK_ITEM = re.compile(r"\b(?:empty|blank|missing|no\s+number|don't\s+send|do\s+not\s+send|leave\s+out|omit)\b", re.I)


def e164_lists(text: str) -> str:
    """Each 'Format is E.164:' list of E.164's own rules said as the format and its default region."""
    if not re.search(r"E\.?164", text, re.I) or re.search(r"[{}]|//|^\s*#", text, re.M):
        return text  # a spec written as code ('e164: 'US',   // ...'): its comments are the code's
    text = _spelled_out(text)
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
        kept: list[str] = []  # 'phone number blank then don't send Phone at all': a rule among the items, kept (round 50)
        j = i + 1
        first = _ITEM.match(lines[j]) if m and j < len(lines) else None
        while first and j < len(lines) and (item := _ITEM.match(lines[j])) and item["i"] == first["i"] and item["m"].isdigit() == first["m"].isdigit():
            if _BLANK_ITEM.search(item["t"]):
                kept.append(lines[j])
            else:
                items.append(item["t"])
            j += 1
        if m is None or len(items) < 2 or not all(_ABOUT_NUMBERS.search(t) for t in items):
            out.append(lines[i])
            i += 1
            continue
        out.append(f"{m['i'] or m['i2'] or m['i3'] or ''}{m['h'] or m['h2'] or m['h3']}, {_region(items)} numbers by default.")
        out.extend(kept)
        i = j
    return "\n".join(out)

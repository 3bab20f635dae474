"""Samples said with the platforms around them (round 53), read before anything else reads a text.

A writer who specifies by example shows each field's value before and after ('First Name: HubSpot
has "Rosa" -> Salesforce should get "Rosa"', 'e.g. "rosa@x.pe" stays "rosa@x.pe"'), a record's
values whole ('Number of Employees "250" and Lifecycle Stage "customer" -> tags ["Corporate"]'),
a filter's verdict on a record ('- "Chile" or empty -> no') and the rule after 'i.e.'. Read as
rules, the samples were value tables over sample values and questions. Here each becomes what it
shows, in the words the rest of the drafter reads: the same value on both sides a copy ('as is');
one value and another a pair that `examples.py` weighs (a format shown, or a table's row); a
line that is one sample only the format it shows; several values on the left a record shown
whole (it goes: the words beside it say the rule). 'Examples:' over rows that stay makes them
the rows of the line above; when the samples under it go, an 'i.e.' line after them says that
line's rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from syncwright.mapping.draft.examples import bare

# 'HubSpot has "Rosa" -> Salesforce should get "Rosa"', 'e.g. "rosa@x.pe" stays "rosa@x.pe"': a sample
# said with the platforms' names around it (round 53)
_PLATFORM = r"(?:HubSpot|Salesforce|SF|SFDC|Mailchimp|Segment|GA4|Google Analytics)"
_VALUE = r"(?:\"[^\"\n]*\"|'[^'\n]*'|\u201c[^\u201d\n]*\u201d|-?\d[\d.,]*)"
_SAID_PAIR = re.compile(
    rf"(?P<mark>\b(?:e\.\s?g\.?|eg\.|for example|for instance)\s*,?\s*)?(?:if\s+|when\s+)?(?:the\s+)?{_PLATFORM}(?:\s+[A-Z][\w/]*){{0,4}}\s+"
    rf"(?:has|have|had|says|shows|contains|sends)\s+(?P<a>[^\n]*?)\s*(?:->|\u2192|=>)\s*(?:(?:the\s+)?{_PLATFORM}(?:\s+[A-Z][\w/]*){{0,4}}\s+)?"
    rf"(?:(?:should\s+(?:get|be|receive|have|show|say)|gets|must\s+(?:get|be)|will\s+(?:get|be|have))\s+)?(?P<b>{_VALUE})")
# 'Last Name: "Jones" -> "Jones"' in a list of fields 'copied as they are': the copy shown
_COPY_SHOWN = re.compile(rf"(?P<pre>:\s*|,\s*)(?P<mark>(?:e\.\s?g\.?|eg\.|for example|for instance)\s*,?\s*)?(?P<a>{_VALUE})\s*(?:->|\u2192|=>)\s*(?P<b>{_VALUE})"
                         r"(?=\s*(?:$|[,;.(]))", re.M)
# 'any other stage, e.g. "lead" or "subscriber" -> "trip_interest"': the rest row with samples of it
_REST_SAMPLES = re.compile(rf"(?P<rest>\b(?:any\s+other\s+\w+|anything\s+else|everything\s+else|all\s+the\s+others?|the\s+rest)),?\s*"
                           rf"(?:e\.\s?g\.?|eg\.|like|such as|for example)\s*,?\s*{_VALUE}(?:\s*(?:,|\bor\b|\band\b)\s*{_VALUE})*\s*(?=->|\u2192|=>)", re.I)
_STAYS = re.compile(rf"(?P<mark>\b(?:e\.\s?g\.?|eg\.|for example|for instance)\s*,?\s*)?(?P<a>{_VALUE})\s+(?:stays|remains|is kept)"
                    rf"(?:\s+(?:as it is|the same|equal|unchanged|as is))?(?:\s+(?P<b>{_VALUE}))?(?![\w\"'])")


# '- Number of Employees "250" and Lifecycle Stage "customer" -> tags ["Corporate"]', 'e.g. contact with
# Phone Number "(01) 555-0190" and no mobile -> false': one record's values shown whole, and its result
_LABELLED = rf"[A-Za-z][\w/ ]*?\s+(?:{_VALUE}|empty|blank)"
_RECORD_LINE = re.compile(
    rf"^[ \t]*(?:[-*\u2022]|\d+[.)])?[ \t]*(?:(?:e\.\s?g\.?|eg\.|for example|for instance)\s*,?\s*)?(?:(?:an?|the|one)\s+[\w ]{{1,20}}?\s+with\s+)?"
    rf"{_LABELLED}(?:\s*(?:,|\band\b|\bbut\b)\s*(?:{_LABELLED}|no\s+[\w ]{{1,20}}?))+\s*(?:->|\u2192|=>)\s*[^\n]*(?:\n|$)", re.M | re.I)


# a field whose line is one sample and nothing else: '- First Name: e.g. "  Valeria " -> "Valeria"'
_ONLY_SHOWN = re.compile(r"^(?P<head>[ \t]*(?:[-*\u2022][ \t]*)?[A-Za-z][^:\n\"']{0,40}:\s*)(?:(?:e\.\s?g\.?|eg\.|for example)\s*,?\s*)?"
                         r"(?P<a>\"[^\"\n]*\"|'[^'\n]*')\s*(?:->|\u2192|=>)\s*(?P<b>\"[^\"\n]*\"|'[^'\n]*')\s*\.?\s*$")
# the formats a sample can show, tried in order on the value before (each as the grammar says it)
_SHOWN: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("trimmed", str.strip),
    ("in lower case", str.lower),
    ("in upper case", str.upper),
    ("in title case", lambda v: " ".join(w[:1].upper() + w[1:].lower() for w in v.split(" "))),
)


def shown_format(a: str, b: str) -> str | None:
    """The format one sample shows ('  Valeria ' -> 'Valeria': trimmed; 'JUAN' -> 'Juan': title
    case), trimmed first when the spaces go too; None when no one format makes ``b`` of ``a``."""
    if a == b:
        return None
    for trim in (False, True):
        v = a.strip() if trim else a
        for name, fn in _SHOWN:
            if fn(v) == b and (name != "trimmed" or not trim):
                return f"trimmed and {name}" if trim and name != "trimmed" else name
    return None


_KEPT_OR_NOT = re.compile(r"^\s*[-*\u2022].*(?:->|\u2192|=>)\s*(?:yes|no|sent|not sent|goes|does not go|doesn't go|skipped|kept|dropped|in|out)\b[^\n]*$", re.I)
_IE = re.compile(r"^\s*(?:i\.\s?e\.?|that is|in other words)\s*,?\s*", re.I)
_EXAMPLES_LABEL = re.compile(r"\s*\b(?:some\s+|a\s+few\s+)?examples?(?:\s+first)?\s*:\s*$", re.I)


_SHOWN_MARK = r"(?:e\.\s?g\.?|eg\.|for example|for instance)"
_KEPT_WORDS = r"(?:not sent|does not go|doesn't go|sent|goes|skipped|kept|dropped|yes|no)\b"
# 'E.g. Street "Av. Larco 345" and Postal Code "15074" -> "Av. Larco 345, 15074".', 'e.g. status "cleaned" -> not
# sent; any other status -> sent': a record's values (or a filter's verdict on one) shown inside a sentence
_SHOWN_INLINE = re.compile(
    rf"(?:(?<=[.;:])\s+|,\s*|^\s*)\b{_SHOWN_MARK}\s*,?\s*(?:{_LABELLED}(?:\s*(?:,|\band\b|\bbut\b)\s*(?:{_LABELLED}|no\s+[\w ]{{1,20}}?))+"
    rf"\s*(?:->|\u2192|=>)\s*{_VALUE}|{_LABELLED}\s*(?:->|\u2192|=>)\s*{_KEPT_WORDS}(?:\s*[;,]\s*(?:any\s+other\s+\w+|anything\s+else|the\s+rest|all\s+(?:the\s+)?others?)"
    rf"\s*(?:->|\u2192|=>)\s*{_KEPT_WORDS})?)\s*(?:[.;](?=\s|$))?", re.I)


_QUOTE_MARKS = "'\"\u201c"
_BULLETS = "-*\u2022"


def _pair(m: re.Match[str]) -> str:
    """A sample with the platforms around it: a copy shown, a pair to weigh, or nothing."""
    a, b = m["a"].strip().rstrip(","), m["b"]
    if b is None or (a == b or ((a[:1] in _QUOTE_MARKS) == (b[:1] in _QUOTE_MARKS) and bare(a) == bare(b))):
        return "as is"  # ('"250" -> 250' is text read as a number: left to the pairs' reader)
    if not re.fullmatch(_VALUE, a) or ((a[:1].isdigit() or a[:1] == "-") and b[:1] in _QUOTE_MARKS):
        return ""  # a record shown whole, or a number and the band it falls in: the words say the rule
    return f"{m['mark'] or ''}{a} -> {b}"


# a quoted pair: one right before a copy shown after a comma makes the copy a row of a value table
_PAIRS = re.compile(r"(['\"\u201c][^'\"\u201d\n]{0,60}['\"\u201d])\s*(?:->|\u2192|=>)\s*(['\"\u201c][^'\"\u201d\n]{0,60}['\"\u201d])")


def _copy(m: re.Match[str]) -> str:
    """'Last Name: "Jones" -> "Jones"': a copy under a field's label; after a comma, said already."""
    if m["a"] != m["b"] or m["a"][:1] not in _QUOTE_MARKS:
        return m[0]
    if m["pre"].startswith(",") and re.search(_PAIRS.pattern + r"\s*$", m.string[: m.start()]):
        return m[0]  # "'Software' -> 'Technology', 'Apparel' -> 'Apparel'": a row of a value table (round 54)
    label = re.fullmatch(r"\s*(?:[-*\u2022]\s*)?[^:,;.\"']{1,40}", m.string[: m.start()]) is not None
    return ": as is" if m["pre"].startswith(":") and label else ""  # ('City, "Miraflores" -> "Miraflores"': the copy said before it)


def _inline(m: re.Match[str]) -> str:
    """What an inline record or verdict leaves: the sentence's stop, a space, or nothing."""
    return "." if m[0].rstrip().endswith(".") and m[0].lstrip()[:1] == "," else " " if m.start() else ""


def _line(line: str) -> str:
    """One line with its samples said as what they show."""
    said = _COPY_SHOWN.sub(_copy, _STAYS.sub(_pair, _SAID_PAIR.sub(_pair, line)))
    said = _REST_SAMPLES.sub(lambda m: m["rest"] + " ", said)
    if _SHOWN_INLINE.search(said):
        said = _SHOWN_INLINE.sub(_inline, said).rstrip()
    if (m := _ONLY_SHOWN.match(said)) is not None and (shown := shown_format(bare(m["a"]), bare(m["b"]))) is not None:
        said = f"{m['head']}{shown}"  # '- First Name: e.g. "  Valeria " -> "Valeria"': the sample is all it says
    return said


def _bullet(line: str) -> bool:
    return line.lstrip()[:1] in _BULLETS


def said_pairs(text: str) -> str:
    """``text`` with its samples said as what they show, 'Examples:' labels resolved."""
    out: list[str] = []
    label: int | None = None  # the line that ends with 'Examples:' over the samples
    head: int | None = None  # that line once its samples went: an 'i.e.' line after them says its rule
    for line in _RECORD_LINE.sub("\0", text).split("\n"):  # (a record line goes: '\0' marks the next line changed)
        said = _line(line.replace("\0", ""))
        if label is not None and line.strip() and not _bullet(line) and not line.startswith("\0"):
            label = None  # the samples under the label ended unchanged
        if label is not None and _KEPT_OR_NOT.search(said):
            said = ""  # 'Examples:' over '- "Chile" or empty -> no': a filter said before, shown record by record
        if said != line and label is not None:  # 'Examples:' over samples said otherwise now: the label goes
            out[label] = _EXAMPLES_LABEL.sub("", out[label])
            head, label = label, None
        if head is not None and (m := _IE.match(said)) is not None:
            out[head] = out[head].rstrip(" .:") + ": " + said[m.end() :]  # 'X depends on Y. [samples] i.e. more than ...': what Y does to X
            head = None
            continue
        if said.strip(" \t-*\u2022") and not _bullet(said):
            head = None
        if said == line or said.strip(" \t-*\u2022") or not line.strip():
            out.append(said)  # (a bullet left empty goes: it was a sample; a line of dashes is kept)
            label = len(out) - 1 if _EXAMPLES_LABEL.search(said) else label if not said.strip() or _bullet(said) else None
    return "\n".join(_heads_own_rows(out))


def _heads_own_rows(lines: list[str]) -> list[str]:
    """'the Status comes from X. Examples:' over rows that stay: the rows are X's table, under its head."""
    return [_EXAMPLES_LABEL.sub(":", ln).replace(".:", ":")
            if _EXAMPLES_LABEL.search(ln) and ln.strip(" :").lower() not in ("examples", "example") and k + 1 < len(lines) and _bullet(lines[k + 1])
            else ln for k, ln in enumerate(lines)]

"""Worked examples taken out of a request before it is read (round 21).

People explain a rule by showing it: 'FirstName: title case, so 'mARY ann' becomes 'Mary
Ann'', 'Phone: E.164: 617-555-0123 -> +16175550123', 'Company: as is; blank for
maryann.vasquez@gmail.com'. The words already say the rule; read as rules, the examples
become value tables over sample values, constants nobody asked for, or sentences the grammar
cannot place. So they go, before anything else reads the text:

- a parenthesis that is an example: it starts with 'e.g.', 'for example', 'like', 'say', or
  holds only demonstration pairs;
- a sentence that starts with 'E.g.' or 'For example';
- after an example marker or on their own, runs of demonstration pairs 'sample -> result'
  whose two sides are the same value before and after a format (the same letters in another
  case, the same digits with a country code, a date cut from a timestamp, the part of an
  address before the '@');
- 'like for <address>' / 'e.g. <address>' naming a record, and 'e.g. <address> has no X, so
  it gets Y' stories to the end of their sentence.

A run of pairs is an example only when every pair in it is one: 'Software -> Technology,
Food -> Food & Beverage' is a value table even though its second row looks like a format.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MARKER = r"(?:e\.\s?g\.?|eg\.|ex\.:?|ex:|for example|for instance|such as|say|like(?:\s+for)?|i\.e\.?)"
_RUN_MARKER = r"(?:e\.\s?g\.?|eg\.|ex\.:?|ex:|for example|for instance|such as|say|like(?:\s+for)?|i\.e\.?|so)"
_ARROW = re.compile(r"\s*(?:->|→|=>|\bbecomes\b|\bturns into\b|\bgives\b|\bgets\b)\s*", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|\u2018[^\u2019\n]*\u2019|\u201c[^\u201d\n]*\u201d")
# a sentence ends at . ! ? before a space or the end, never inside 'e.g.' or a number
_END = re.compile(r"(?<!\be\.g)(?<!\bE\.g)(?<!\bi\.e)(?<!\bI\.e)[.!?](?=\s|$)|\n")
# ('Examples:' is no marker: a Gherkin outline's rows come under it)
# ('NB: example: Created in HubSpot on 2023-03-14 (San Francisco)' under an item, round 37)
_LEAD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:nb|n\.b\.|note)\s*:\s*)?(?:e\.g\.|ex\.|ex(?=\s*:)|examples?(?=\s*:)|for example|for instance)[ \t]*[,:]?[ \t]*", re.I)  # (a label over lines: only the label)
_STORY = re.compile(rf",?\s*\b(?:e\.g\.|eg\.|for example|for instance)\s*,?\s*(?={_EMAIL.pattern}\s+(?:has|have|is|gets|will|would|with|had)\b)", re.I)
_RECORD = re.compile(rf",?\s*\b(?:like\s+for|e\.g\.?|for example|for instance|such as)\s*,?\s*{_EMAIL.pattern}(?=\s*[,;)]|\s*$)", re.I)
_SO_RECORD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*So\s+[A-Z][^.\n]*?\([^()\n]*\)\s+gets\b", re.M)


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


def said_pairs(text: str) -> str:
    """Samples said with the platforms around them, as the pairs the example reader weighs: the
    same value on both sides shows a copy ('as is'); one value and another a format or a table's
    row ('"Mining" -> "Energy"', left to the rest of this module); several values on the left a
    record shown whole (it goes: the words beside it say the rule)."""

    def pair(m: re.Match[str]) -> str:
        a, b = m["a"].strip().rstrip(","), m["b"]
        if b is None or (a == b or ((a[:1] in "'\"\u201c") == (b[:1] in "'\"\u201c") and _bare(a) == _bare(b))):
            return "as is"  # ('"250" -> 250' is text read as a number: left to the pairs' reader)
        if not re.fullmatch(_VALUE, a) or ((a[:1].isdigit() or a[:1] == "-") and b[:1] in "'\"\u201c"):
            return ""  # a record shown whole, or a number and the band it falls in: the words say the rule
        return f"{m['mark'] or ''}{a} -> {b}"

    def copy(m: re.Match[str]) -> str:
        if m["a"] != m["b"] or m["a"][:1] not in "'\"\u201c":
            return m[0]
        label = re.fullmatch(r"\s*(?:[-*\u2022]\s*)?[^:,;.\"']{1,40}", m.string[: m.start()]) is not None
        return ": as is" if m["pre"].startswith(":") and label else ""  # ('City, "Miraflores" -> "Miraflores"': the copy said before it)

    out: list[str] = []
    label: int | None = None  # the line that ends with 'Examples:' over the samples
    head: int | None = None  # that line once its samples went: an 'i.e.' line after them says its rule
    for line in _RECORD_LINE.sub("\0", text).split("\n"):
        said = _COPY_SHOWN.sub(copy, _STAYS.sub(pair, _SAID_PAIR.sub(pair, line.replace("\0", ""))))
        said = _REST_SAMPLES.sub(lambda m: m["rest"] + " ", said)
        if _SHOWN_INLINE.search(said):
            said = _SHOWN_INLINE.sub(lambda m: "." if m[0].rstrip().endswith(".") and m[0].lstrip()[:1] == "," else " " if m.start() else "", said).rstrip()
        if (m := _ONLY_SHOWN.match(said)) is not None and (shown := shown_format(_bare(m["a"]), _bare(m["b"]))) is not None:
            said = f"{m['head']}{shown}"  # '- First Name: e.g. "  Valeria " -> "Valeria"': the sample is all it says
        if label is not None and line.strip() and line.lstrip()[:1] not in "-*\u2022\0":
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
        if said.strip(" \t-*\u2022\0") and head is not None and said.lstrip()[:1] not in "-*\u2022":
            head = None
        if said == line or said.strip(" \t-*\u2022\0") or not line.strip():
            out.append(said)  # (a bullet left empty goes: it was a sample)
            label = len(out) - 1 if _EXAMPLES_LABEL.search(said) else label if not said.strip() or said.lstrip()[:1] in "-*\u2022" else None
    # 'the Status comes from X. Examples:' over rows that stay: the rows are X's table, under its head
    return "\n".join(_EXAMPLES_LABEL.sub(":", ln).replace(".:", ":") if _EXAMPLES_LABEL.search(ln) and ln.strip(" :").lower() not in ("examples", "example")
                     and k + 1 < len(out) and out[k + 1].lstrip()[:1] in "-*\u2022" else ln for k, ln in enumerate(out))


def drop_examples(text: str, names: frozenset[str] = frozenset()) -> str:
    """``text`` without the worked examples that only illustrate its rules; ``names`` are the
    two objects' field names and labels (folded, see ``fold``): 'First Name -> first name'
    is a field copy, never a sample shown in another case."""
    text = _drop_to_sentence_end(text, _LEAD)  # 'E.g. (512) 555-0147 -> +15125550147, ...'
    text = _drop_to_sentence_end(text, _SO_RECORD)
    text = _drop_to_sentence_end(text, _STORY, keep_end=True)
    text = _drop_parentheses(text, names)
    text = _RECORD.sub("", text)
    text = _drop_pair_runs(text, names)
    return text


def _sentence_end(text: str, start: int) -> int:
    m = _END.search(text, start)
    return m.start() if m else len(text)


def _drop_to_sentence_end(text: str, rx: re.Pattern[str], keep_end: bool = False) -> str:
    """``text`` without each match of ``rx`` and the rest of its sentence (its end kept or not)."""
    out, pos = [], 0
    for m in rx.finditer(text):
        if m.start() < pos:
            continue
        end = _sentence_end(text, m.end())
        out.append(text[pos:m.start()])
        pos = end if keep_end or (end < len(text) and text[end] == "\n") else min(len(text), end + 1)
    out.append(text[pos:])
    return "".join(out)


def _drop_parentheses(text: str, names: frozenset[str]) -> str:
    """A parenthesis that is an example, found with its nesting (phone samples carry '(512)')."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "(":
            j = _closing(text, i)
            if j is not None:
                inner = text[i + 1:j]
                kept = "" if _is_example(inner, names) else _drop_runs_in(inner, names, strict=False).strip(" ,;")
                if kept != inner:
                    if not kept:
                        while out and out[-1] == " ":
                            out.pop()
                    else:
                        out.append(f"({kept})")
                    i = j + 1
                    continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _closing(text: str, i: int) -> int | None:
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            depth -= 1
            if depth == 0:
                return j
        elif text[j] == "\n":
            return None
    return None


def _is_example(inner: str, names: frozenset[str]) -> bool:
    s = inner.strip()
    if re.match(rf"{_MARKER}\b", s, re.I) and (_ARROW.search(s) or _EMAIL.search(s)):
        return True
    if re.search(r",\s*(?:say|for example|for instance|e\.g\.?)\s*$", s, re.I) or _EMAIL.match(s):
        return True  # '(Dmitri at Polar Logistics, say)', '(info@x.com has neither, so ...)'
    pairs = _pairs(s)
    return pairs is not None and all(_demonstrates(a, b, names) or _EMAIL.search(a) is not None or _names_record(a, names) for a, b in pairs)


_SEP = re.compile(r"\s*(?:[,;]\s*(?:(?:and|while|whereas)\b\s*)?|\b(?:and|while|whereas)\b\s*)")


def _pairs(s: str) -> list[tuple[str, str]] | None:
    """'a -> b, c -> d' as pairs, or None when any piece is not a pair."""
    pieces = [p for p in _split_pairs(s) if p.strip()]
    out = []
    for p in pieces:
        parts = _ARROW.split(p)
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            return None
        out.append((parts[0].strip(), parts[1].strip()))
    return out or None


def _split_pairs(s: str) -> list[str]:
    """Split at separators that are not inside quotes (a sample may hold a comma)."""
    pieces, cur, quote = [], [], ""
    i = 0
    while i < len(s):
        ch = s[i]
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = ""
            i += 1
            continue
        if ch == "[":
            j = s.find("]", i)
            if j > 0:
                cur.append(s[i:j + 1])
                i = j + 1
                continue
        if ch in "'\"" and (i == 0 or not s[i - 1].isalnum()):
            quote = ch
            cur.append(ch)
            i += 1
            continue
        m = _SEP.match(s, i)
        if m and m.end() > i and (ch in ",;" or (i > 0 and s[i - 1] == " ")):
            pieces.append("".join(cur))
            cur = []
            i = m.end()
            continue
        cur.append(ch)
        i += 1
    pieces.append("".join(cur))
    return pieces


def fold(name: str) -> str:
    """A field name or label as ``drop_examples`` compares it: letters and digits, folded."""
    return re.sub(r"[\W_]", "", name.casefold())


# 'Northwind at 12000000', 'Hiroshi at Kumo KK', 'Lena (Sales)', 'Jordan in Austin': a record named
_RECORD_NAME = re.compile(r"^[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*)*\s*(?:\(|\b(?:at|in|from|with)\b)")


def _names_record(a: str, names: frozenset[str]) -> bool:
    m = _RECORD_NAME.match(a.strip())
    return m is not None and fold(a.split("(")[0].split(" at ")[0].split(" in ")[0]) not in names


def _bare(v: str) -> str:
    v = re.sub(r"\s*\([^()]*\)$", "", v.strip().rstrip(".,;"))  # "'mARY' (no case change)"
    return re.sub(r"^['\"\u2018\u201c]|['\"\u2019\u201d]$", "", v)


# a row saying what a blank gets is a rule beside the examples, not a table's row
_BLANK_KEY = re.compile(r"^(?:if\s+)?(?:a\s+|the\s+)?(?:blank|empty|none|null|missing|neither|both(?: blank| empty)?|no\s+\w+)$", re.I)
_TABLE_HEAD = re.compile(r"\b(?:from|by|based on|according to|depending on|per)\s+(?:the\s+|their\s+)?[\w .]{1,30}$", re.I)


def _demonstrates(a: str, b: str, names: frozenset[str], strict: bool = False) -> bool:
    """Are ``a`` and ``b`` one sample before and after a format? ``strict`` (outside brackets):
    a change of case alone shows a format only on a quoted sample ('tx' -> 'TX'); 'Web gives
    'web'' is a table's row."""
    if strict and not _QUOTED.fullmatch(a.strip()) and not re.search(r"[\d@]", a):
        a_, b_ = _bare(a), _bare(b)
        if re.sub(r"\W", "", a_.casefold()) == re.sub(r"\W", "", b_.casefold()):
            return False
    quoted_text = bool(_QUOTED.fullmatch(a.strip())) and re.fullmatch(r"-?\d[\d.]*", b.strip().rstrip(".,;")) is not None
    a, b = _bare(a), _bare(b)
    a = re.sub(r"\s+(?:keeps|stays|loses|has|gets|just)\b.*$", "", a)  # '+81 3 5555 0100 keeps its +81 -> +81355550100'
    if ":" in a or len(re.findall(r"[^\W\d]+", a)) > 4 or len(re.findall(r"[^\W\d]+", b)) > 5:  # a sample is short; a clause is no sample
        return False
    if re.search(r"\b(?:or|and)\s+(?:empty|blank|missing|none|null)\b|^(?:any\s+|all\s+|every\s+)?(?:other|else|otherwise|the rest)\b", a, re.I):
        return False  # 'other one or empty -> other': a table's rest row, never a first word shown (round 36)
    if quoted_text and a == b:  # '250' -> 250: text read as a number
        return True
    if fold(a) in names or fold(b) in names:
        return False
    if b.startswith(a + " /"):  # 'Felix -> Felix / Wagner / (503) 555-0148': a record's values
        return True
    if a.count(" / ") == b.count(" / ") > 0:  # 'jordan' / 'reyes' -> 'Jordan' / 'Reyes'
        return all(_demonstrates(x, y, names) for x, y in zip(a.split(" / "), b.split(" / "), strict=True))
    if not a or not b or (a == b and not re.search(r"\d", a)):
        return False
    fa, fb = re.sub(r"\W", "", a.casefold()), re.sub(r"\W", "", b.casefold())
    if not fa or not fb:
        return False
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    if len(da) >= 6 and len(db) >= 6:  # a phone or a date with its code or time changed
        return da.lstrip("0") in db or db in da
    if a != b and fa == fb:  # another case, another spacing
        return True
    if "@" in a and "@" not in b:  # the part before or after the '@'
        return fb in fa
    return bool(re.match(r"\S+\s", a)) and a.split()[0] == b  # a first word


def _drop_pair_runs(text: str, names: frozenset[str]) -> str:
    """Runs of demonstration pairs after a marker, a colon or a separator, inside one sentence."""
    out, pos = [], 0
    for sent in _sentences(text):
        start, end = sent
        out.append(text[pos:start])
        out.append(_drop_runs_in(text[start:end], names))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _END.finditer(text):
        spans.append((start, m.start()))
        start = m.start()
    spans.append((start, len(text)))
    return spans


# a run starts after a marker, a colon, a comma or semicolon, or the start of the sentence
_RUN_START = re.compile(rf"(?:,?\s*\b{_RUN_MARKER}\s*,?\s*|:\s*|[,;]\s*|^\W*)", re.I)


def _sample_value(b: str) -> bool:
    """A record's result: a quoted text, a list, or something with digits or an '@'."""
    b = b.strip().rstrip(".,;")
    return bool(_QUOTED.fullmatch(b) or re.fullmatch(r"\[.*\]", b) or re.search(r"[\d@]", b))


def _proper(a: str, names: frozenset[str]) -> bool:
    """'Fiesta Foods': a name after an example marker that is no field."""
    a = a.strip()
    if a.isupper() or "_" in a:  # 'PAID_SEARCH', 'VIP': a value, not a name
        return False
    return bool(re.fullmatch(r"[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,3}", a)) and fold(a) not in names


def _drop_runs_in(sentence: str, names: frozenset[str], strict: bool = True) -> str:
    """The longest run of pieces that are all demonstration pairs, from each start point; the
    separator after the run stays ('..., e.g. '250' -> 250; leave it out if blank')."""
    for m in _RUN_START.finditer(sentence):
        if m.start() == m.end() and m.start() != 0:
            continue
        rest = sentence[m.end():]
        # a record named after 'e.g.' ('e.g. Fiesta Foods -> 'Customer since 2022-11-20''); after
        # 'like' or 'such as' the pairs may be the table itself ('like PAID_SEARCH becomes Advertisement')
        strong = bool(re.search(r"e\.\s?g|\beg\.|for example|for instance", m.group(), re.I))
        body_end = 0
        stopped_at_pair = False
        for piece, end, _next in _split_keep(rest):
            parts = _ARROW.split(piece)
            if len(parts) != 2:
                break
            record = strong and (_EMAIL.search(parts[0]) or ((_names_record(parts[0], names) or _proper(parts[0], names)) and _sample_value(parts[1]))
                                 or (_QUOTED.fullmatch(parts[0].strip()) and _bare(parts[0]) == _bare(parts[1])))  # 'e.g. ..., "Vienna" -> "Vienna"': unchanged
            if not (_demonstrates(parts[0], parts[1], names, strict=strict) or record):
                stopped_at_pair = not _BLANK_KEY.match(_bare(parts[0]))
                break
            body_end = end
        if body_end == 0 or stopped_at_pair:
            continue  # a run followed by a row that is no example is a table's rows
        before = [_ARROW.split(p) for p in re.split(r"[,;]", sentence[: m.start()].rsplit(":", 1)[-1])]
        if m.group().strip() in (",", ";") and any(len(b) == 2 and not _demonstrates(b[0], b[1], names, strict=strict) for b in before):
            continue  # '..., 'subscriber' -> 'Newsletter subscriber', 'customer' -> 'Customer'': after a row, rows (round 37)
        if m.group().strip() == ":" and _TABLE_HEAD.search(sentence[:m.start()]):
            continue  # 'tag from LeadSource: Web gives 'web'': the rows of a table
        head = sentence[:m.start()].rstrip()
        tail = rest[body_end:]
        if not head.strip(" \n-*•"):
            return tail.lstrip(" ,;")
        return _drop_runs_in(head + (tail if tail.strip(" ,;") else ""), names, strict)
    return sentence


def _split_keep(s: str) -> list[tuple[str, int, int]]:
    """Pieces with where each one's text ends in ``s`` and where the next one starts."""
    out = []
    pos = 0
    for piece in _split_pairs(s):
        idx = s.find(piece, pos)
        if idx < 0:
            break
        end = idx + len(piece)
        nxt = end
        m = _SEP.match(s, nxt)
        if m and m.end() > nxt:
            nxt = m.end()
        out.append((piece, end, nxt))
        pos = nxt
    return out

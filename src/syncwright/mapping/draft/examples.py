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


def bare(v: str) -> str:
    """A sample without its quotes, a trailing remark in brackets and its end stop."""
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
        a_, b_ = bare(a), bare(b)
        if re.sub(r"\W", "", a_.casefold()) == re.sub(r"\W", "", b_.casefold()):
            return False
    quoted_text = bool(_QUOTED.fullmatch(a.strip())) and re.fullmatch(r"-?\d[\d.]*", b.strip().rstrip(".,;")) is not None
    a, b = bare(a), bare(b)
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
                                 or (_QUOTED.fullmatch(parts[0].strip()) and bare(parts[0]) == bare(parts[1])))  # 'e.g. ..., "Vienna" -> "Vienna"': unchanged
            if not (_demonstrates(parts[0], parts[1], names, strict=strict) or record):
                stopped_at_pair = not _BLANK_KEY.match(bare(parts[0]))
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

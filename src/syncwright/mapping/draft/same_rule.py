"""'(3) City: same rule as (2).': an item whose rule is another item's, named by its number or
its field (round 46).

A list of numbered items says a rule once and points at it after: 'same rule as (2)', 'same
as item 2', 'the same logic as AC2', 'same as Last Name'. Read alone the pointer named no
value and became a question, and the field was not written. The pointed-at item's rule is
written out for the pointing one, its own field's name swapped for the new one ('Last Name:
last name with capital letter at first of each word' -> 'City: city with capital letter at
first of each word'), so what the rule does to a value reaches the right value. A pointer to
an item that is not there, or to an item with no 'Field: rule' shape, is left as it was.
"""

from __future__ import annotations

import re

# '(2) Last Name: rule', '2. Last Name - rule', 'AC2: Last Name: rule', '- Last Name: rule', '| Last Name | rule |' (round 48)
_ITEM = re.compile(
    r"^[ \t]*(?:\((?P<n1>\d{1,2})\)|(?P<n2>\d{1,2})[.)]|\[(?P<n3>\d{1,2})\]|(?:AC|item\s*|#)(?P<n4>\d{1,2}):?|[-*\u2022]|\|)?[ \t]*"
    r"(?P<f>[A-Za-z][\w/ '-]{1,40}?)[ \t]*(?::|\s-\s|(?<=\w)[ \t]?=(?!=)|\|)[ \t]*(?P<r>[^\s|][^\n|]*)\|?[ \t]*$",
    re.I | re.M,
)
# 'same rule as (2)', 'same as item 2', 'the same logic as AC2', 'same as Last Name'
_POINTER = re.compile(
    r"^(?:please\s+)?(?:use\s+)?(?:the\s+)?same(?:\s+(?:rule|logic|way|format|formatting|treatment|handling|conversion))?\s+(?:as|like)\s+"
    r"(?:(?:in|for)\s+)?(?:\((?P<n1>\d{1,2})\)|(?:item|point|no\.?|number|#|AC)\s*(?P<n2>\d{1,2})|\[(?P<n3>\d{1,2})\]|(?P<f>[A-Za-z][\w/ '-]{1,40}?))"
    r"(?P<tail>\s*[.,;]?\s*(?:\([^)\n]*\))?\s*\.?)$",
    re.I,
)


# ', same capital rule as (1)' after an item's source: the pointed-at item's format only
_MID_POINTER = re.compile(
    r",\s*(?:(?:and|with)\s+)?(?:the\s+)?same\s+(?:[\w-]+\s+)?(?:rule|logic|format|formatting|treatment|handling|conversion|way)\s+(?:as|like)\s+"
    r"(?:(?:in|for)\s+)?(?:\((?P<n1>\d{1,2})\)|(?:item|point|no\.?|number|#|AC)\s*(?P<n2>\d{1,2})|\[(?P<n3>\d{1,2})\])\s*(?=[.;]|$)",
    re.I,
)
# 'LNAME = Last Name, same rule.': the line above's format, said without pointing (round 47)
_SAME_AS_ABOVE = re.compile(
    r",\s*(?:(?:and|with)\s+)?(?:the\s+)?same\s+(?:rule|logic|treatment|handling)"  # ('same format(ting)' is read where it stands)
    r"(?:\s+(?:as|like)\s+(?:above|before|the\s+(?:previous|line\s+above|one\s+above)(?:\s+(?:one|line|item))?))?\s*(?=[.;]|$)",
    re.I,
)
_FORMAT_WORDS = re.compile(
    r"\b(?:case|capital\w*|small|trim\w*|spaces?|upper\w*|lower\w*|title\w*|e\.?164|first\s+word|digits?|whole\s+number|integer|rounded|letters?)\b",
    re.I,
)


def _formats(rule: str) -> str:
    """The parts of an item's rule that say what is done to a value (no source, no example)."""
    rule = re.sub(r"\s*\((?:e\.g\.|eg|example|ex)\b[^)]*\)", "", rule, flags=re.I)
    parts = [p.strip() for p in re.split(r"(?<=[.;])\s+", rule) if p.strip()]
    return " ".join(p for p in parts if _FORMAT_WORDS.search(p)).rstrip(".")


def _own_formats(rule: str) -> str:
    """The formats of the line above without its own source: 'First Name with the first letter ...' ->
    'with the first letter ...', 'FNAME, each word capital first letter' -> 'each word capital first letter' (round 48)."""
    formats = re.sub(r"^[^,;]*?\s(?=(?:with|in|all\s+in|without)\b)", "", _formats(rule), count=1)
    head = re.match(r"^(?P<h>[^,;]+),\s*(?=\S)", formats)
    return formats[head.end():] if head and not _FORMAT_WORDS.search(head["h"]) else formats


def _number(m: re.Match[str]) -> str | None:
    return next((m[g] for g in ("n1", "n2", "n3", "n4") if g in m.re.groupindex and m[g]), None)


def same_rules(text: str) -> str:
    """Each 'X: same rule as (N)' line with item N's rule written out for X."""
    if not re.search(r"\bsame\b", text, re.I):
        return text
    items = list(_ITEM.finditer(text))
    by_number = {n: m for m in items if (n := _number(m))}
    by_field = {m["f"].strip().lower(): m for m in items}
    out = []
    prev: re.Match[str] | None = None
    for line in text.split("\n"):
        m = _ITEM.match(line)
        before, prev = prev, (m or prev)
        above = _SAME_AS_ABOVE.search(m["r"]) if m and before is not None else None
        # (the line above's own source goes: 'First Name with the first letter ...' -> 'with the first letter ...')
        if m and above and before is not None and (formats := _own_formats(before["r"])):
            out.append(f"{line[: m.start('r')]}{m['r'][: above.start()]}, {formats}{m['r'][above.end():]}")
            continue
        p = _POINTER.match(m["r"].strip()) if m else None
        mid = _MID_POINTER.search(m["r"]) if m and p is None else None
        ref_mid = by_number.get(_number(mid) or "") if mid else None
        if m and mid and ref_mid is not None and ref_mid is not m and (formats := _formats(ref_mid["r"])):
            out.append(f"{line[: m.start('r')]}{m['r'][: mid.start()]}, {formats}{m['r'][mid.end():]}")
            continue
        if m is None or p is None:
            out.append(line)
            continue
        ref = by_number.get(_number(p) or "") or by_field.get((p["f"] or "").strip().lower())
        if ref is None or ref is m or _POINTER.match(ref["r"].strip()):
            out.append(line)
            continue
        old, new = ref["f"].strip(), m["f"].strip()
        rule = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", lambda w, n=new: n.lower() if w[0].islower() else n, ref["r"], flags=re.I)
        rule = re.sub(r"\s*\((?:e\.g\.|eg|example|ex)\b[^)]*\)", "", rule, flags=re.I)
        out.append(f"{line[: m.start('r')]}{rule}")
    return "\n".join(out)

"""Tags given by a table: "Tag members by source: ORGANIC_SEARCH gets 'seo', PAID_SEARCH and
PAID_SOCIAL get 'paid', everyone else no tag." Each row is rewritten as the conditional tag
the tags reader knows ("contacts whose source is PAID_SEARCH or PAID_SOCIAL get the tag
'paid'"); a row giving the rest no tag adds nothing and goes. A header or a row of another
shape leaves the text as it was, so this only fires on the table it recognises."""

from __future__ import annotations

import re

_HEAD = re.compile(
    r"^(?:(?:tag|label)\s+(?:(?:the |all |our )?(?:members|contacts|leads|people|records|subscribers|them|everyone)\s+)?"
    r"(?:by|based on|depending on|according to)"
    # session 18: "give each member a single tag based on their Lead Source:"
    r"|(?:give|assign)\s+(?:each|every|all|the)\s+(?:members?|contacts?|leads?|records?|ones?|subscribers?)\s+(?:a |one )?(?:single |one )?tag\s+"
    r"(?:by|from|based on|depending on|according to|as per|per)"
    # round r14b: the tags as the subject: "Tags to be populated as per Department:", "Tags from the
    # Department:", "The tag depends on the Department:", "tags are set according to the stage:"
    r"|(?:the )?tags?\s+(?:(?:is|are|to be|should be|will be|must be|shall be)\s+)?(?:(?:populated|set|filled|given|chosen|picked|derived|taken|mapped)\s+)?"
    r"(?:by|from|based on|depending on|depends? on|according to|as per|per)"
    # round 21: "Tags: exactly one tag, from the original source:"
    r"|tags?\s*:\s*(?:exactly |just |only )?(?:one|a single|a|1)\s+tag,?\s+(?:by|from|based on|depending on|according to|as per|per)"
    r")\s+(?:their |the |its )?(?P<s>[\w ]+?)\s*:\s*(?P<rows>.+)$",
    re.I,
)
# round r14b: the table's last clause giving the blank (or every other) source no tag, in the
# shapes a note writes it: "incase Department blank, tags as empty list", "no tags when the
# Department is blank", "if the source is empty then no tag", "for any other value an empty list"
_EMPTY_TAGS = r"(?:then\s+)?(?:the\s+)?(?:tags?\s+|it\s+|they\s+)?(?:(?:should|must|will|to|shall)\s+be\s+|as\s+|are\s+|is\s+|=\s*|gets?\s+)?(?:no tags?|(?:an? )?empty(?: tag)?(?: list| array)?|nothing|none)"
_REST_TAIL = re.compile(
    r"\s*[,;]\s*(?:and\s+|otherwise\s+|else\s+)?(?:"
    rf"(?:for|if|when|in ?case|where)\s+[^,;⟦]*?\b(?:blank|empty|missing|other)\b[^,;⟦]*?,?\s*{_EMPTY_TAGS}"
    r"|(?:no tags?|(?:an? )?empty (?:tag )?(?:list|array))\s+(?:for|if|when|in ?case|where)\s+[^,;⟦]*?\b(?:blank|empty|missing|other)\b[^,;⟦]*?"
    r")\s*\.?$",
    re.I,
)
# round r13b: "Tag everyone 'x', then add a second tag from S: A gives 'a', ..." (the tag for all
# before the table, the table's rows with 'gives' / 'adds', a blank source adding no tag)
_HEAD_AFTER = re.compile(
    r"^(?P<pre>(?:tag|label)\s+(?:everyone|everybody|all(?: \w+)?|every \w+|each \w+)\s+(?:with\s+)?(?:the tag\s+)?⟦\d+⟧)\s*,?\s*(?:then|and then|and|plus)\s+"
    r"(?:add|give|put on|append)\s+(?:them\s+)?(?:a |an )?(?:second|another|extra|additional)?\s*tag\s+(?:from|by|based on|depending on|according to)\s+"
    r"(?:their |the |its )?(?P<s>[\w ]+?)\s*:\s*(?P<rows>.+)$",
    re.I,
)
_ROW = re.compile(r"^(?P<k>[\w -]+?)\s+(?:gets?|get|receive|receives|gives?|adds?|maps? to|becomes?|->|=)\s+(?:the tag |a tag |tag )?(?P<v>⟦\d+⟧)(?:\s+tag)?$", re.I)
_REST_NONE = re.compile(
    r"^(?:(?:everyone|everybody|anyone|anything|all others|the rest|others)(?: else)?|(?:an? |the )?(?:blank|empty|missing) [\w ]+?)"
    r"\s+(?:(?:gets?|adds?|gives?)\s+)?(?:no|without)(?: extra| other| second| additional)? tags?$",
    re.I,
)


# session 18: a row giving every other value a tag: "anything else -> 'other'", "'other' for any
# other source or when it is blank" (blank included: a blank value is none of the rows' values)
_REST_TAG = re.compile(
    r"^(?:(?:anything|everything|everyone|everybody|all others|the rest|otherwise|else|any other [\w ]+?)(?: else)?\s+(?:gets?|->|=|becomes?|maps? to)\s+(?:the tag |a tag |tag )?(?P<v>⟦\d+⟧)"
    r"|(?P<v2>⟦\d+⟧)\s+(?:for|if|when)\s+(?:any|every|all)\s+other\b[^,;]*"
    # round 20: "...; otherwise 'other'" (a lookup's rest row said the way a value table says it)
    r"|(?:otherwise|else|default)\s*:?\s*(?:the tag |tag )?(?P<v3>⟦\d+⟧))$",
    re.I,
)


def tag_rows(s: str) -> str:
    """``s`` with a tag table written as one conditional tag clause per row; else unchanged.
    A checklist's items share a sentence ('a <- b; Tag everyone 'x', then add a second tag
    from S: ...'): when the whole does not read as a table, each item is tried on its own."""
    whole = _tag_rows(s)
    if whole == s:
        whole = _condition_rows(s)
    if whole != s or ";" not in s:
        return whole
    return "; ".join(_tag_rows(p) for p in re.split(r"\s*;\s*", s))


def _tag_rows(s: str) -> str:
    m = _HEAD.match(s.strip()) or _HEAD_AFTER.match(s.strip())
    if m is None:
        return s
    pre = m.groupdict().get("pre")
    out: list[str] = [pre] if pre else []
    rows = _REST_TAIL.sub("", m.group("rows").strip().rstrip("."))
    # 'anything else, blank included -> 'other'': the blank is part of the rest row (round 21)
    rows = re.sub(r",?\s*\(?\b(?:blank|empty)(?: ones?| values?| sources?)? (?:included|too)\)?(?=\s*(?:->|=|gets?\b|,|$))", "", rows, flags=re.I)
    seen: list[str] = []
    for row in re.split(r"\s*[,;]\s*(?:and\s+)?", rows):
        if not row or _REST_NONE.match(row):
            continue
        rest = _REST_TAG.match(row)
        if rest is not None and seen:
            out.append(f"contacts whose {m.group('s')} is not {' or '.join(seen)} get the tag {rest.group('v') or rest.group('v2') or rest.group('v3')}")
            continue
        r = _ROW.match(row)
        if r is None:
            return s
        keys = [k for k in re.split(r"\s+(?:and|or)\s+|\s*/\s*", r.group("k")) if k]
        seen += keys
        out.append(f"contacts whose {m.group('s')} is {' or '.join(keys)} get the tag {r.group('v')}")
    return "; ".join(out) if len(out) > (1 if pre else 0) else s


# round 33: 'Tags for Mailchimp, please make like this:' over rows that each give a condition its
# tag ('annual revenue more than 5,000,000 -> "VIP"', 'lifecycle stage is "customer" -> "Customer"'):
# the head names no source, each row says its own test
_COND_HEAD = re.compile(r"^(?:the\s+)?tags?\b(?![^:]*(?:⟦|->|=>|\bby\b|\bfrom\b|\bbased on\b|\bper\b))[^:;]{0,60}:\s*(?P<rows>.+)$", re.I)
_COND_ROW = re.compile(
    r"^(?P<c>[^;⟦]*?\b(?:more|less|greater|fewer|over|under|above|below|at least|at most|is|are|has|have|equals?|contains?)\b[^;]*?|[^;⟦]*?\s=\s*⟦\d+⟧)"
    r"\s*(?:->|=>|→)\s*(?:tag\s+)?(?P<v>⟦\d+⟧)(?:\s+tag)?$", re.I)


def _condition_rows(s: str) -> str:
    """'Tags: <condition> -> 'x'; <condition> -> 'y'' as 'Tags: 'x' if <condition>; 'y' if ...'."""
    m = _COND_HEAD.match(s.strip())
    if m is None:
        return s
    rows = [r for r in re.split(r"\s*;\s*", m.group("rows").strip().rstrip(".")) if r]
    said = [_COND_ROW.match(r) for r in rows]
    n = next((k for k, r in enumerate(said) if r is None), len(said))  # the list's rows; a rule after them stays as it is
    if n == 0:
        return s
    tags = "Tags: " + "; ".join(f"{r.group('v')} if {r.group('c').strip()}" for r in said[:n] if r)
    return "; ".join([tags, *rows[n:]])

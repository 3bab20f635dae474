"""Rows written as 'K is V' after a 'depends on X:' head: "The language depends on the Mailing
Country: Germany and Austria are 'de', Spain is 'es', and for any other country 'en'". Each
'K (and K2) is/are V' chunk after the head's colon is a row of a value table on the head's
source ('K, K2 -> V'), and 'for any other <word> V' / 'otherwise V' is its rest row. Why a
module: the table reader reads 'K -> V' rows; the keys joined by 'and' and the verb 'are' are
only how a person lists them (rows with 'becomes' or '->' the reader reads already), so the rewrite keys on the head, the keys and one quoted output
per chunk, never on a field or a value."""

from __future__ import annotations

import re

# round r14b: also "D as per S:", "D per S:", "D according to S:" (a note's head) and rows written
# "K = V" ("subscriber = 'Subscriber', lead = 'Lead'"), which after such a head are no assignments
_HEAD = re.compile(r"^(?P<h>[^:;]*\b(?:depends? (?:on|of|upon)|comes? from|is based on|is derived from|as per|per|according to)\b[^:;⟦]+?)(?::|\s+-)\s+(?P<rows>.+)$", re.I)
_KEY = r"(?:⟦\d+⟧|[A-Za-z][\w-]*(?: [A-Z][\w-]*)?)"
_ROW = re.compile(
    rf"^(?:and\s+)?(?P<k>{_KEY}(?:\s*(?:,|\band\b|\bor\b|, and|, or)\s*{_KEY})*)\s*(?:\bis|\bare|\bget|\bgets|\bgo to|\bgoes to|=)\s*(?P<v>⟦\d+⟧)$",
    re.I,
)
_REST = re.compile(
    r"^(?:and\s+)?(?:(?:for|to)\s+)?(?:(?:any|all|every|each)\s+other(?:\s+\w+)?|the\s+(?:rest|others)|otherwise|else|anything\s+else|everything\s+else)"
    r"\s*,?\s*(?:(?:is|are|=|->|gets?|get|goes to|go to)\s+)?(?P<v>⟦\d+⟧)$",
    re.I,
)
_NOT_KEY = re.compile(r"^(?:it|they|the|this|that|if|when|where|otherwise|else|and|or|empty|blank)$", re.I)


def is_rows(s: str) -> str:
    """``s`` (canonical, placeholders in) with 'K and K2 are V' rows after a 'depends on X:' head
    written as 'K, K2 -> V' rows; unchanged unless every chunk is a row or the rest row, there
    are two chunks or more and one at least is a row."""
    m = _HEAD.match(s)
    if m is None:
        return s
    out: list[str] = []
    rows = 0
    for chunk in re.split(r"\s*[;,]\s*(?=(?:and\s+)?(?:(?:for|to)\s+)?\S+(?:\s+\S+)*?\s*(?:\bis|\bare|\bgets?|\bgoes to|\bgo to|=)\s*⟦|(?:and\s+)?(?:(?:for|to)\s+)?(?:any|all|every|each)\s+other\b|(?:and\s+)?otherwise\b)", m.group("rows").strip(" .")):
        r = _ROW.match(chunk.strip())
        if r is not None:
            keys = [k.strip() for k in re.split(r"\s*(?:,\s*(?:and|or)\b|,|\band\b|\bor\b)\s*", r.group("k")) if k.strip()]
            if any(_NOT_KEY.match(k) for k in keys):
                return s
            out.append(f"{', '.join(keys)} -> {r.group('v')}")
            rows += 1
            continue
        e = _REST.match(chunk.strip())
        if e is not None:
            out.append(f"otherwise {e.group('v')}")
            continue
        return s
    head = re.sub(r"\s+(?:as per|per|according to)\s+(?:the\s+)?", " from the ", m.group("h"), flags=re.I)
    # 'userId = Email, D as per S: rows': a clause before the head's destination is a rule of its
    # own (the table went to the sentence's first destination, userId)
    pre, _, last = head.rpartition(", ")
    if pre and re.search(r"=|<-|->|\bas is\b", pre) and not re.search(r"=|<-|->", last):
        head = f"{pre}; {last}"
    # rows of one key each are joined by commas (the table reader's 'k -> V, k2 -> W'); a row
    # listing keys with commas needs the semicolons to keep its keys together
    sep = "; " if any("," in o for o in out) else ", "
    return f"{head}: {sep.join(out)}" if rows >= 1 and len(out) >= 2 else s

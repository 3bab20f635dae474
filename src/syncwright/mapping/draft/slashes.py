"""Slash lists read as 'and' lists (round 9a).

'firstname / lastname -> FirstName / LastName' and 'FNAME and LNAME from firstname /
lastname' pair two lists of fields in order, the way 'A and B -> X and Y' already does.
What marks the structure is not the wording but its ingredients: a mapping word (an arrow,
'from', 'to', 'into', 'as', '=') with a list of one-word items on each side, the same number
of items on both sides, and at least one side written with slashes. Only then are the
slashes rewritten as 'and' (so 'and/or', 'first/last name' or a date '1/2' stay as they are).

Round 41: a list of nested fields written with their shared prefix once
('traits.address.street / city / postalCode', 'merge_fields.FNAME / LNAME') has the prefix
written on every item first, so the pairing sees whole field names.
"""

from __future__ import annotations

import re

_WORD = r"[A-Za-z_][\w.]*"
_SEP = r"\s*/\s*|,\s*(?:and\s+)?|\s+and\s+"
_SLASHED = rf"{_WORD}(?:\s*/\s*{_WORD})+"
# items of two or three words ('First Name / Last Name'), only with a spaced slash between them
# (so 'first/last name' or 'State/Region' stay one label)
_PHRASE = rf"{_WORD}(?:\s+(?!(?:as|in|is|are|with|and|or|both|each|respectively|title|lower|upper|trimmed|all)\b){_WORD}){{0,2}}"  # a word that ends the list is no part of an item (round 41)
_SPACED = rf"{_PHRASE}(?:\s+/\s+{_PHRASE})+"
_AND = rf"{_WORD}(?:,\s*{_WORD})*,?\s+and\s+{_WORD}"
# 'the first name and the last name' (round 26): two phrases, each with its article
_AND_THE = rf"(?:the\s+)?{_PHRASE}\s+and\s+(?:the\s+)?{_PHRASE}"
_LIST = rf"(?:{_SPACED}|{_SLASHED}|{_AND}|{_AND_THE})"
# each list is a whole phrase: it starts a clause (or follows a verb) and ends one, so
# 'State/Region -> State and Postal Code' (a label with a slash) is no pair of lists
_PRE = r"(?P<pre>^|[,;:]\s*|\b(?:map|copy|send|put|and|then|also|plus)\s+)"
_END = r"(?=\s*(?:$|[,;.()]|\b(?:in|as|both|each|respectively|title|lower|upper|with|trimmed|all)\b|w/))"
_PAIRED = re.compile(
    rf"{_PRE}(?P<l>{_LIST})\s*(?P<v>->|<-|=|:|\b(?:(?:come|comes|are taken|is taken)\s+)?from\b|\bto\b|\binto\b|\bas\b)\s*(?P<r>{_LIST}){_END}",
    re.I,
)
_SPLIT = re.compile(_SEP)
_PREFIXED = re.compile(r"(?<![\w.])(?P<p>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.)(?P<a>[A-Za-z_]\w*)(?P<s>\s*/\s*)(?P<b>[A-Za-z_]\w*)(?![\w.])")
_STOP = frozenset(["and", "or", "the", "a", "an", "is", "are", "if", "when", "then", "both"])


def _items(lst: str) -> list[str]:
    return [p for p in _SPLIT.split(lst) if p]


def _as_and(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1]


def _shared_prefix(s: str) -> str:
    """'traits.address.street / city' -> 'traits.address.street / traits.address.city'."""
    while (out := _PREFIXED.sub(lambda m: m.group("p") + m.group("a") + m.group("s") + m.group("p") + m.group("b"), s)) != s:
        s = out
    return s


def slash_lists(s: str) -> str:
    """``s`` with paired slash lists ('a / b -> A / B') written as 'a and b -> A and B'."""
    s = _shared_prefix(s) if "/" in s else s

    def repl(m: re.Match[str]) -> str:
        left, right = _items(m.group("l")), _items(m.group("r"))
        left, right = ([re.sub(r"^the\s+", "", w, flags=re.I) for w in side] for side in (left, right))
        if "/" not in m.group("l") + m.group("r") or len(left) != len(right):
            return m.group(0)
        if any(w.lower() in _STOP or any(x.lower() in _STOP for x in w.split()[1:]) for w in left + right):
            return m.group(0)
        mark = ":" if m.group("v") == ":" else f" {m.group('v')}"
        return f"{m.group('pre')}{_as_and(left)}{mark} {_as_and(right)}"

    return _PAIRED.sub(repl, s)

"""Respective lists: 'their city and country as MailingCity and MailingCountry', 'FNAME, LNAME
and COMPANY come from first name, last name and company' -> one 'A as X' / 'X from A' per pair.

Why: the clause grammar reads one list of sources OR one list of destinations; two lists of
the same length joined by a mapping word pair up in order ('respectively'), which only the
whole phrase shows. 'the names' beside two name fields is the first and the last name."""

from __future__ import annotations

import re

# a list item is one or two field words; a verb, a conjunction or a condition word ends it
_STOPS = ("if|when|then|there|is|are|be|been|was|and|or|with|to|into|from|as|in|for|unless|where|whose|who|that|"
          "put|use|send|set|map|copy|goes|go|come|comes|become|becomes|should|must|will|can|each|every|all")
_WORD = rf"(?!(?:{_STOPS})\b)[\w.]+"
# an owner may qualify an item: "the Lead's First Name", "the HubSpot contact's Email"
_OWNER = r"(?:(?:the|their|its|his|her) )?(?:[A-Za-z]+ )?[A-Za-z]+'s "
_ITEM = rf"(?:{_OWNER}|(?:the|their|its|his|her) )?{_WORD}(?: {_WORD})?"
_LIST = rf"{_ITEM}(?:, {_ITEM})*,? and {_ITEM}"
# the word between the lists, and whether the left list holds the sources
_VERBS = {
    "as": True, "to": True, "into": True, "go to": True, "goes to": True, "go into": True, "map to": True, "become": True,
    "from": False, "come from": False, "comes from": False, "are taken from": False, "are filled from": False,
    # the requirement register: "the Lead's First Name and Last Name shall be the contact's First
    # Name and Last Name", "populate A and B with X and Y respectively"
    "should be": False, "must be": False, "shall be": False, "with": False,
}
_REGISTER = frozenset(["should be", "must be", "shall be", "with"])
_RESPECTIVE = re.compile(
    rf"(?<![\w.])(?P<l>{_LIST}) (?P<v>{'|'.join(sorted(_VERBS, key=len, reverse=True))}) (?P<r>{_LIST}|(?:the|their) (?:two )?names)(?: respectively)?(?![\w.])"
    # a format after both lists in the requirement register is for each pair ('..., converted to title case')
    rf"(?P<tail>,? (?:converted to|in|as|formatted as|formatted in) (?:title|upper|lower) case$)?",
    re.I,
)
# 'FNAME and LNAME (from FirstName and LastName)': the second list in a bracket; the bracket
# ends it, so what follows the bracket is never a modifier of both lists
_BRACKETED = re.compile(
    rf"(?<![\w.])(?P<l>{_LIST}) \((?P<v>from|as|into|to) (?P<r>{_LIST})(?: respectively)?\)",
    re.I,
)
_SPLIT = re.compile(r",? and |, ")


def _parts(lst: str) -> list[str]:
    return [p.strip() for p in _SPLIT.split(lst) if p.strip()]


def _names(left: list[str]) -> list[str] | None:
    """'first and last name from the names' reads the two name fields, in the order written."""
    if len(left) != 2:
        return None
    words = [re.sub(r"[^a-z]", "", p.lower()) for p in left]
    if any("first" in w or "fname" in w for w in words[:1]) and any("last" in w or "lname" in w for w in words[1:]):
        return ["first name", "last name"]
    return None


# 'firstname, lastname: FirstName / LastName', 'A, B from X / Y': two destinations listed with a
# comma and two sources with a slash, joined by a colon, '=', '<-' or 'from'; the slash side is
# the sources, so the pair reads as 'A and B from X and Y' (the same respective list)
_SLASH_PAIR = re.compile(rf"(?<![\w.])(?P<a>{_WORD}), (?P<b>{_WORD})\s*(?::|=|<-|\bfrom\b)\s*(?P<c>{_WORD})\s*/\s*(?P<d>{_WORD})(?![\w./])", re.I)
# round r14b: 'traits.firstName and traits.lastName from First Name / Last Name', 'A and B <- X, Y':
# two destinations joined by 'and', two sources (a word or two each) by a slash or a comma; the
# pair ends the clause (a third item, or a condition after it, leaves the sentence to the grammar)
_AND_PAIR = re.compile(
    rf"(?<![\w.])(?P<a>{_WORD}) and (?P<b>{_WORD})\s*(?::|=|<-|\bfrom\b)\s*(?P<c>{_WORD}(?: {_WORD})?)\s*(?:/|,)\s*"
    rf"(?P<d>{_WORD}(?: {_WORD})?)(?=\s*(?:$|[;.]|,\s*(?!and\b)|\s+as is\b))", re.I)


# session 18: "if country 'United States' / 'Japan', Country is 'US' / 'JP' respectively": a
# condition's values and a field's values in two lists of the same length are a value table
_VALUES = r"⟦\d+⟧(?:\s*(?:/|,|,? or|,? and)\s*⟦\d+⟧)+"
_IF_PAIRS = re.compile(
    rf"^(?:if|when|where) (?:the )?(?P<s>[A-Za-z][\w ]*?) (?:is |=\s*)?(?:one of )?(?P<a>{_VALUES}),\s*"
    rf"(?:then )?(?P<d>[A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*)?) (?:is|=|should be|becomes?|gets?) (?P<b>{_VALUES})(?: respectively)?$",
    re.I,
)


def _if_pairs(m: re.Match[str]) -> str:
    a, b = re.findall(r"⟦\d+⟧", m["a"]), re.findall(r"⟦\d+⟧", m["b"])
    if len(a) != len(b):
        return m.group(0)
    return f"{m['d']} from the {m['s']}: " + ", ".join(f"{x} -> {y}" for x, y in zip(a, b, strict=True))


def respective(s: str) -> str:
    """``s`` with each pair of same-length lists joined by a mapping word written out pairwise."""
    s = _IF_PAIRS.sub(_if_pairs, s)
    s = _SLASH_PAIR.sub(lambda m: f"{m['a']} and {m['b']} from {m['c']} and {m['d']}", s)
    s = _AND_PAIR.sub(lambda m: f"{m['a']} from {m['c']}; {m['b']} from {m['d']}", s)

    def repl(m: re.Match[str], bracketed: bool = False) -> str:
        left = _parts(m.group("l"))
        right = _parts(m.group("r")) if " and " in m.group("r") or "," in m.group("r") else _names(left[-2:])
        if right is None or len(left) < len(right) or any("⟦" in p for p in left + right):
            return m.group(0)
        # 'Email in lower case, FNAME and LNAME from the names': the items before the
        # paired ones belong to the clause before (the left list cannot tell where it starts)
        head, left = left[: len(left) - len(right)], left[len(left) - len(right) :]
        if head and not m.group("l").startswith(", ".join(head) + ", "):
            return m.group(0)
        v = m.group("v").lower()
        tail = (m.groupdict().get("tail") or "").lstrip(",")
        owner = [re.match(_OWNER, p, re.I) for p in (left[0], right[0])]
        if v == "with" and not re.search(r"\b(?:populate|populates|fill|fills|fill in)\s+$", m.string[: m.start()], re.I):
            return m.group(0)  # 'the city with a comma and the state with a space' is no pair of lists
        if v in _REGISTER:
            # the owner of a list's first item qualifies the items after it ("the Lead's A and B")
            left = [p if i == 0 or not owner[0] or re.match(_OWNER, p, re.I) else owner[0].group(0) + p for i, p in enumerate(left)]
            right = [p if i == 0 or not owner[1] or re.match(_OWNER, p, re.I) else owner[1].group(0) + p for i, p in enumerate(right)]
            pairs = "; ".join(f"{a} should be {b}{tail}" for a, b in zip(left, right, strict=True))
            return "; ".join([", ".join(head), pairs]) if head else pairs
        if m.groupdict().get("tail"):
            return m.group(0)
        if not bracketed and re.match(r"\s*,\s*(?!and\b|also\b|plus\b|then\b)\w|\s+(?!and\b)\w", m.string[m.end():]):
            return m.group(0)  # ', title-cased' / ' in title case' is for both lists: the grammar pairs them with it
        if v in ("come from", "comes from", "are taken from", "are filled from"):
            v = "from"
        # each pair its own clause: beside other items a comma would read as one long list
        pairs = "; ".join(f"{a} {v} {b}" for a, b in zip(left, right, strict=True))
        return "; ".join([", ".join(head), pairs]) if head else pairs

    s = _BRACKETED.sub(lambda m: repl(m, True), s)
    return _RESPECTIVE.sub(repl, s)

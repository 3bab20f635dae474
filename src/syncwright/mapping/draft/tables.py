"""Value tables written the short way: 'Software should become 'Technology', Logistics
'Transportation' and Food 'Food & Beverage'' -> one 'V becomes W' per pair, and 'A and B both
become W' -> 'A becomes W, B becomes W'.

Why: people state the verb once and then list pairs; the table reader reads a segment per
pair, each with its verb. Quoted values are placeholders (⟦0⟧) here, so a pair is a source
value word followed directly by a quoted value."""

from __future__ import annotations

import re

_VERB = re.compile(r"\b(?:should become|becomes?|turns? into|maps? to|is mapped to)\s+⟦\d+⟧", re.I)
# ", Logistics ⟦1⟧", " and Food ⟦2⟧": a value word (or two) right before a quoted value
_KEY_WORD = r"(?!(?:becomes?|become|should|turns?|maps?|is|are|gets?|goes)\b)[A-Za-z][\w&/-]*"
_ELIDED = re.compile(rf"(?<=⟧)(?P<sep>,\s+and|,|\s+and)\s+(?P<k>{_KEY_WORD}(?:\s+{_KEY_WORD})?)\s+(?=⟦\d+⟧)")
_BOTH = re.compile(r"\b(?P<a>[A-Za-z][\w-]*) and (?P<b>[A-Za-z][\w-]*) (?:both |each |all )?(?P<v>become|turn into|map to) (?P<w>⟦\d+⟧)", re.I)
_NOT_KEY = re.compile(r"^(?:is|are|be|as|to|with|for|when|if|the|a|an|and|or|then|also|set|use|tag|tags|get|gets)\b", re.I)


def elided_values(s: str) -> str:
    """``s`` with each pair of a value table that drops the verb given the verb again."""
    first = _VERB.search(s)
    if first is None:
        return s
    s = _BOTH.sub(lambda m: f"{m.group('a')} becomes {m.group('w')}, {m.group('b')} becomes {m.group('w')}", s)
    s = s[: first.start()] + re.sub(r"^should become\b", "becomes", s[first.start() :], flags=re.I)
    start = first.start()

    def repl(m: re.Match[str]) -> str:
        if m.start() < start or _NOT_KEY.match(m.group("k")):
            return m.group(0)
        return f"{m.group('sep')} {m.group('k')} becomes "

    return _ELIDED.sub(repl, s)

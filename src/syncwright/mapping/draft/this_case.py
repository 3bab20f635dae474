"""'In this case put "en"' after a sentence about emptiness: "language = hs_language. Almost
nobody has it: in most records the property is empty or doesn't even exist. In this case put
'en'." The value is the field's default when empty. Why a module: the condition is in the
sentence before ('in this case' points back at it), so no sentence reader sees both; the pair
is rewritten to 'If it is empty, put ...', which the grammar reads as the last rule's default.
Only when the sentence before speaks of emptiness and names no other condition."""

from __future__ import annotations

import re

# the sentence before: says the value is empty, missing or absent
_EMPTY_SAID = re.compile(
    r"\b(?:empty|blank|missing|null|no value|not (?:filled|set)|(?:does not|doesn't|do not|don't) (?:even )?exist|"
    r"(?:nobody|no one|hardly anyone|almost nobody|few (?:people|contacts|records)) (?:has|have|fills?)\b)",
    re.I,
)
# a condition of another kind in that sentence: 'in this case' could point at it
_OTHER_CONDITION = re.compile(r"\b(?:if|when|whenever|where|unless)\b(?![^.!?]*\b(?:empty|blank|missing|null)\b)|[=<>]|\bequals?\b", re.I)
_THIS_CASE = re.compile(
    r"(?P<prev>(?:^|(?<=[.!?\n]))[^.!?\n]+[.!?]\s+)"
    r"(?:in (?:this|that|such an?|these|those|which) cases?|if so|when that happens|then),?\s+"
    r"(?:(?:please|just|simply)\s+)?(?P<verb>put|use|set|write|send|fill in|enter|default to|make it)\s+(?=[\"'\u201c\u2018⟦])",
    re.I,
)


def this_case(text: str) -> str:
    """``text`` with each 'In this case put X' after a sentence about emptiness said as 'If
    it is empty, put X'; unchanged elsewhere."""

    def sub(m: re.Match[str]) -> str:
        prev = m.group("prev")
        if not _EMPTY_SAID.search(prev) or _OTHER_CONDITION.search(prev):
            return m.group(0)
        return f"{prev}If it is empty, {m.group('verb').lower()} "

    return _THIS_CASE.sub(sub, text)

"""'MobilePhone <- mobilephone, same formatting', 'Copy Mobile Phone Number -> MobilePhone, formatted the
same way': the last copy a sentence makes takes the formats of the copy written before it (round 13).
Only a plain copy (no format of its own) takes them, and only from the nearest earlier copy that has
some; said anywhere else the words change nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Src

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_SAME = re.compile(
    r"(?:,|;|\band\b|^)\s*(?:with |in |using |apply )?(?:the )?same (?:[\w.]+ )?(?:formatting|format|formats|transforms?|transformations?|treatment|clean-?up)(?: as (?:above|before|the (?:first|other|previous) one|\w+))?(?=\s*(?:[;,.]|$))"
    r"|(?:,|;|^)\s*(?:formatted|treated|cleaned(?: up)?) (?:the )?same(?: way)?(?: as (?:above|before|\w+))?(?=\s*(?:[;,.]|$))"
    # round 20: 'Mobile Phone is the mobile done the same way, but ...' (spoken)
    r"|(?<=\w)\s+(?:done|formatted|treated|handled|cleaned up) (?:the )?same way(?: as (?:above|before|that one|the (?:first|other|previous) one))?(?=\s*(?:[;,.]|$))",
    re.I,
)


def same_format(g: Grammar, sentence: int, text: str) -> None:
    """Give the sentence's last plain copy the formats of the nearest earlier copy, if ``text`` says so."""
    if not any(_SAME.search(part.strip()) for part in text.split(";")):
        return
    mine = g.sentence_rules.get(sentence, [])
    if not mine:
        return
    last = mine[-1]
    if not isinstance(last.value, Src) or last.value.transforms:
        return
    at = next((i for i, r in enumerate(g.plan.rules) if r is last), None)
    if at is None:
        return
    donor = next((r for r in reversed(g.plan.rules[:at]) if isinstance(r.value, Src) and r.value.transforms), None)
    if donor is None or not isinstance(donor.value, Src):
        return
    last.value.transforms = list(donor.value.transforms)
    last.why.append(f"the same formatting as {donor.target}")

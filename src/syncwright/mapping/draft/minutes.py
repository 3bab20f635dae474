"""Meeting minutes that end in an 'Action items:' list: the list is what was agreed (round 41).

Minutes of a spoken meeting hold the whole discussion: questions, ideas proposed and dropped
('could we use company instead? No, scrap that'), restarts and fillers, each said by a named
speaker ('Jen: ...'). What the meeting settled is written once more at the end as a terse list
under a heading ('Action items:', 'Decisions:', 'Agreed:'). Reading the discussion sentence by
sentence would turn a dropped idea into a rule, so a text that is a dialogue (``speakers``:
people's names, two or more, one speaking twice) and ends in such a list is read as that list alone; the
drafter's notes say the discussion was set aside. A text without both parts comes back as it
was.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.speakers import speakers

_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?(?:action items|action points|decisions(?: made)?|agreed(?: actions)?|what we agreed|outcomes?)(?:\*\*)?\s*:?(?:\*\*)?\s*$", re.I | re.M)
_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)]|\[ ?\])\s+\S")


def action_items(text: str, names: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """The 'Action items' list of a meeting's minutes, and a note saying the discussion was set aside."""
    heads = list(_HEADING.finditer(text))
    if not heads:
        return text, None
    head = heads[-1]
    before, after = text[: head.start()], text[head.end() :]
    lines = [ln for ln in after.splitlines() if ln.strip()]
    if not lines or not all(_ITEM.match(ln) or ln.startswith((" ", "\t")) for ln in lines):
        return text, None  # something other than the list follows the heading
    if not any(speakers(before.splitlines(), names)):
        return text, None  # no dialogue: the list is one part of a request, read with the rest
    items = "\n".join(ln.rstrip() for ln in lines)
    return items, f"(meeting minutes: the {head.group(0).strip().strip(':*# ')!r} list read as what was agreed; the discussion before it set aside)"

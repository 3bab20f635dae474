"""A spec table's header that names the two sides by platform or object ('| HubSpot |
Salesforce Lead | Rule |', '| Lead field | HubSpot field | Logic |'): each such head is
written as 'Target' or 'Source', the words the table reader knows, from the two objects the
draft is between. Which column is which can only be told from the objects, so this runs in
the grammar, before the text is split."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.fields import ObjectFields

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
_PLATFORM_WORDS = {"salesforce": ("salesforce", "sf", "sfdc"), "hubspot": ("hubspot", "hs"), "mailchimp": ("mailchimp", "mc"),
                   "segment": ("segment",), "ga4": ("ga4", "google analytics")}


def side_words(ref: str) -> set[str]:
    platform, _, obj = ref.partition(".")
    out = set(_PLATFORM_WORDS.get(platform, (platform,)))
    obj = obj.lower()
    out |= {obj, obj.rstrip("s"), obj + "s"}
    if obj == "identify":
        out |= {"trait", "traits", "user"}
    if obj == "events":
        out |= {"event", "param", "params"}
    return out


def side_of(cell: str, dst: set[str], src: set[str]) -> str | None:
    words = set(re.findall(r"[a-z0-9]+", cell.lower())) | {cell.lower().strip()}
    d, s = bool(words & dst), bool(words & src)
    if d and not s:
        return "Target"
    if s and not d:
        return "Source"
    return None


def spec_heads(text: str, src: ObjectFields, dst: ObjectFields) -> str:
    """``text`` with the header cells of a pipe table that name a side by its platform or
    object written 'Target' / 'Source'; other text as it was."""
    lines = text.split("\n")
    dw, sw = side_words(dst.ref), side_words(src.ref)
    for i in range(len(lines) - 1):
        if "|" not in lines[i] or not _SEPARATOR.match(lines[i + 1]):
            continue
        cells = lines[i].strip().strip("|").split("|")
        sides = [side_of(c, dw, sw) for c in cells]
        if "Target" in sides and "Source" in sides:
            lines[i] = "| " + " | ".join(side or c.strip() for c, side in zip(cells, sides, strict=True)) + " |"
    return "\n".join(lines)

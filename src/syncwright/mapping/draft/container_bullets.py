"""A container named on a line of its own, its fields as the lines under it (round 45).

    Traits:
    - title: Job Title, copy as it is.
    - annual_revenue: Annual Revenue as a number. If revenue is blank, leave this trait out.

    event params:
      lifecycle_stage - Lifecycle Stage, copied as it is

The grammar carries a heading's container ('traits') into the sentence it starts, so only the
first line under it was read as a trait: a line that ends in a full stop is a sentence of its
own, and 'annual_revenue' alone was taken for HubSpot's annual revenue and asked about. Each
line under such a heading that opens with a bare name (no dot, not already the container's
path) is written with the container's path on its name ('traits.annual_revenue: ...'), up to a
blank line or a line that is no item; lines indented under an item are its own (a table's rows)
and stay as they are. A line whose name is already a field of the destination
outside the container ('email' in Segment's identify is 'traits.email' too) gets the path as
well: under the heading, the writer placed it there. GA4's 'Event params:' over 'method: ...'
items is left to the grammar, which reads that heading already; its 'x = ...' and 'x - ...'
items get the path too. The heading may carry an item's label ('AC3: Event params:', round 46).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_HEAD = re.compile(
    r"(?:^|[.;][ \t]+)[ \t]*(?:[-*•][ \t]+)?(?:(?:AC[ \t]?\d{1,2}[ \t]*[:.)]|\(\d{1,2}\)|\d{1,2}[.)])[ \t]*)?(?:the[ \t]+)?(?P<w>custom\s+traits|traits|event\s+params|event\s+parameters|params|parameters|merge\s+fields)"
    r"(?:[ \t]+(?:as[ \t]+below|as[ \t]+follows|below|like[ \t]+this))?[ \t]*:[ \t]*$",
    re.I,
)
_ITEM = re.compile(r"^(?P<i>[ \t]*(?:[-*•]|\d+[.)])?[ \t]*)(?P<n>[a-z_][a-z0-9_]*)(?P<rest>[ \t]*(?::|=|->|=>|\u2192|\u21d2|,|-[ \t])[ \t]*\S.*)$", re.I)  # '→' as written (round 51)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _container(g: Grammar, word: str) -> str | None:
    w = re.sub(r"\s+", " ", word.lower())
    want = {"custom traits": "traits", "event params": "params", "event parameters": "params", "parameters": "params", "merge fields": "merge_fields"}.get(w, w)
    for c in sorted(g.dst_obj.containers(), key=len):
        if c.rsplit(".", 1)[-1].lower() == want:
            return c
    return None


def container_bullets(g: Grammar, text: str) -> str:
    """``text`` with the items under a container heading written with the container's path."""
    if ":" not in text:
        return text
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        head = _HEAD.search(lines[k])
        c = _container(g, head.group("w")) if head else None
        k += 1
        if c is None:
            continue
        margin: int | None = None
        while k < len(lines) and lines[k].strip():
            m = _ITEM.match(lines[k])
            if margin is not None and _indent(lines[k]) > margin:
                k += 1  # a row under the item ('   Web -> digital' under 'channel, from Lead Source:')
                continue
            if m is None or (margin is not None and _indent(lines[k]) != margin):
                break
            margin = _indent(lines[k])
            name = m.group("n")
            if "[" in c and m.group("rest").lstrip().startswith(":"):
                pass  # GA4's 'Event params:' over 'method: ...' items: the grammar reads that heading itself
            elif not name.lower().startswith(c.split(".")[0].lower()):
                lines[k] = f"{m.group('i')}{c}.{name}{m.group('rest')}"
            k += 1
    return "\n".join(lines)

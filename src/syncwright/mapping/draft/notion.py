"""A Notion page's markdown export: its properties, callouts, toggles and check boxes (round 42).

People keep field mappings as Notion pages and paste the export: a '# Title' line, the page's
properties under it ('Owner: Sanne', 'Status: Ready', 'Tags: hubspot, leads'), callouts that
start with an emoji ('💡 "same" means untouched'), toggles ('▸ Edge cases' over indented lines)
and to-do boxes used as switches ('[x] trim whitespace', '[ ] uppercase state codes'). The
properties describe the page, not the records: read as rules they set a Lead's Status to
'Ready' or its OwnerId to 'Sanne'. An unticked box is an option the page turned off: applying
it changes records the page said to leave alone. So on a text that is such a page (a title
line with a property block under it) the properties and unticked boxes are set aside and named
in the notes, ticked boxes become plain lines, and callout and toggle marks go. Any other text
comes back as it was: a handover checklist's '[ ]' is a rule still to do, not an option off.
"""

from __future__ import annotations

import re

# Notion's page properties people add to a mapping page (its built-in ones and the usual custom ones)
_PROPERTY = re.compile(
    r"^(?P<k>owner|owners|status|tags|labels|created|created by|created time|created on|last edited|last edited by|"
    r"last edited time|last updated|updated|assignee|assigned to|reviewer|reviewed by|type|priority|area|team|due|"
    r"due date|date|stage|sprint|project|category|verification|verified|epic|related|systems?|direction|version)"
    r"\s*:\s*(?P<v>.*?)\s*$",
    re.I,
)
_PAGE_ONLY = re.compile(r"^(?:owners?|tags|labels|created.*|last (?:edited|updated).*|assignee|assigned to|reviewer|reviewed by|verification|verified|epic|sprint)$", re.I)
_TITLE = re.compile(r"^\s*#\s+\S")
_UNTICKED = re.compile(r"^\s*(?:[-*]\s+)?\[ \]\s+(?P<t>.+?)\s*$")
_TICKED = re.compile(r"^\s*(?:[-*]\s+)?\[[xX✓✔]\]\s+(?P<t>.+?)\s*$")
# '[x] trim whitespace (only on the rows that say trim)': a ticked box restating what the table's rows do
_RESTATES = re.compile(r"\(\s*only\s+(?:on|for|in)\s+(?:the\s+)?(?:rows|fields|lines|ones|properties)\s+(?:that|which|where)\b[^)]*\)\s*$", re.I)
_CALLOUT = re.compile(r"^(?P<i>\s*)(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*)+")
# a callout's or toggle's title: a few words, no sentence ('Rating bands', 'Edge cases', 'How the Description is built')
_HEADING = re.compile(r"^(?!(?:how|why|what|when|where|which|who)\b)[^.:;!?|]{1,60}$", re.I)
_ROW = re.compile(r"->|→|=>|=|:")
_TOPIC = re.compile(r"^(?:how|why|what|when|where|which)\b[^.:;!?|'\"]{1,60}$", re.I)
# a table cell pointing at a callout or toggle on the page
_POINTER = re.compile(r"\b(?:(?:in|see|per)\s+(?:the\s+)?|(?<=\|)\s*)(?:callout|toggle)(?:\s+(?:below|underneath))?\b", re.I)
_TOGGLE = re.compile(r"^\s*[▸▶►▾▼‣]\s*")


def _properties(lines: list[str]) -> tuple[int, int] | None:
    """Where the property block under the page's title starts and ends, if the text is a Notion page."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None or not _TITLE.match(lines[first]):
        return None
    end = first + 1
    keys: list[str] = []
    while end < len(lines) and (m := _PROPERTY.match(lines[end].strip())):
        keys.append(m["k"])
        end += 1
    if len(keys) < 2 or not any(_PAGE_ONLY.match(k) for k in keys):
        return None  # one 'Status:' line under a heading is a rule, not a page's properties
    return first + 1, end


def notion_page(text: str) -> tuple[str, str | None]:
    """The page with its properties and unticked boxes set aside, and a note naming them."""
    lines = text.splitlines()
    block = _properties(lines)
    if block is None:
        return text, None
    start, end = block
    props = [ln.strip() for ln in lines[start:end]]
    kept: list[str] = lines[:start]
    unticked: list[str] = []
    restated: list[str] = []
    toggle_indent: str | None = None
    body = lines[end:]
    for at, ln in enumerate(body):
        if m := _UNTICKED.match(ln):
            unticked.append(m["t"])
            continue
        if m := _TICKED.match(ln):
            if _RESTATES.search(m["t"]):
                restated.append(m["t"])
                continue
            item = re.sub(r"\s+[\u2014\u2013-]+\s+(?=(?:only\s+)?(?:when|if|for|where)\b)", " ", m["t"])  # 'enterprise — when ...': the item's condition
            above = next((k.strip() for k in reversed(kept) if k.strip()), "")
            # under a heading ('Tags to add:') the boxes are its list; elsewhere each is a sentence of its own
            ln = f"- {item}" if above.endswith(":") or (above.startswith("- ") and kept and kept[-1].strip()) else item.rstrip(".") + "."
        if "|" in ln:
            ln = _POINTER.sub("below", ln)  # '| Rating | annualrevenue | bands in the callout |': the rows under the table
        opens = _TOGGLE.match(ln) is not None or (_CALLOUT.match(ln) is not None and not ln.startswith((" ", "\t")))
        if opens:
            ln, toggle_indent = _CALLOUT.sub("", _TOGGLE.sub("", ln)).replace("\uFE0F", "").strip(), ""
            if _HEADING.match(ln) and at + 1 < len(body) and body[at + 1].startswith((" ", "\t")) and _ROW.search(body[at + 1]):
                ln += ":"  # '▸ Rating bands' over indented rows: the heading of what follows ('▸ Edge cases' heads sentences)
            elif _TOPIC.match(ln):
                continue  # '▸ How the Description is built': a toggle's title, its body says the rule
        elif toggle_indent is not None and ln.startswith((" ", "\t")):
            ln = ln.strip()  # a toggle's or callout's body: its lines are the page's own, not a nested list
        elif ln.strip():
            toggle_indent = None
        kept.append(_CALLOUT.sub(lambda c: c["i"], ln).replace("\uFE0F", ""))
    kept = _named_lookups(kept)
    note = f"(a Notion page: its properties {', '.join(repr(p) for p in props)} describe the page, no rules"
    if unticked:
        note += f"; boxes left unticked, not applied: {', '.join(repr(u) for u in unticked)}"
    if restated:
        note += f"; ticked boxes that say again what the rows do: {', '.join(repr(r) for r in restated)}"
    return "\n".join(kept), note + ")"


# '| traits.lead_source | LeadSource | bucket ↓ |' over '| LeadSource | bucket |': the word the cell points with
_POINTS_DOWN = re.compile(r"^(?P<w>[A-Za-z][\w ]{0,20}?)\s*(?:↓|⬇|\(?(?:see\s+)?below\)?)$", re.I)


def _named_lookups(lines: list[str]) -> list[str]:
    """A value table under the mapping table, headed by the word a row's cell points with ('bucket ↓'):
    its header names that row's destination field instead, as a value table's header does."""
    out = list(lines)
    for ln in lines:
        cells = [c.strip() for c in ln.strip().strip("|").split("|")] if ln.lstrip().startswith("|") else []
        if len(cells) < 3 or not (m := _POINTS_DOWN.match(cells[-1])) or m["w"].lower() in ("see", "table", "lookup", "values"):
            continue
        dst, src, word = cells[0], cells[1], m["w"].strip()
        header = re.compile(rf"^\s*\|\s*{re.escape(src)}\s*\|\s*{re.escape(word)}\s*\|\s*$", re.I)
        out = [f"| {src} | {dst} |" if header.match(x) else x for x in out]
    return out

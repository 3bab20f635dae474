"""A template written with its holes marked, read as the template it is (round r10a).

'Write Description as: Imported from HubSpot (stage: <lifecycle stage>, city: <city>)',
'the note should say Lead from {company} ({country})': the text around the holes is the
literal part, each hole names a source field. What marks the construct: a destination field
written by its name, then a cue ('as', '=', ':', 'to say', 'should read'), then text holding
holes in angle brackets or braces that each name a source field. It is rewritten as the
concatenation the grammar reads ("Description = 'Imported from HubSpot (stage: ' + lifecycle
stage + ', city: ' + city + ')'"). The template ends at its last hole, plus any closing
brackets the template itself opened; a hole naming no field leaves the text as it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.text import norm

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

# a hole is no arrow: 'name <- company. empty -> X' holds '<- ... ->' (round 38)
_HOLE = re.compile(r"<(?![-=])\s*(?P<a>[^<>{}\n]{1,40}?)\s*(?<![-=])>|\{\{?\s*(?P<b>[^<>{}\n]{1,40}?)\s*\}\}?")
_CUE = re.compile(
    r"(?P<d>\b[A-Za-z_][\w.]*)(?: field)?\s*(?::?=|:|\bas\b\s*:?|"
    r"\b(?:shall|should|must|will) be (?:populated|filled|set) (?:with|to)(?: the (?:text|string|value))?\s*:?|\bto (?:say|read|be)\b\s*:?|\bto\b\s*:?|\bshould (?:say|read|be)\b\s*:?|\b(?:reads|says|shows|reading)\b\s*:?)\s*"
    # 'should say something like "Lead from {Company}"': the hedge between the cue and the template
    r"(?:(?:something|sth|smth)\s+(?:like|along the lines of)\s+)?",
    re.I,
)


def _quote(text: str) -> str:
    return '"' + text + '"' if "'" in text else "'" + text + "'"


# a legend after the template that says what each hole is: '..., where {Company} is the Lead's
# Company and {Lead Status} is the Lead's Status' (the requirement register names holes by label)
_LEGEND = re.compile(
    r",?\s*\b(?:where|in which|with)\s+(?P<items>(?:<[^<>\n]+>|\{\{?[^{}\n]+\}?\})\s+(?:is|=|means|stands for)\s+[^;.\n]+?)(?=\.(?:\s|$)|;|\n|$)",
    re.I,
)
_LEGEND_ITEM = re.compile(
    r"(?P<h><[^<>\n]+>|\{\{?[^{}\n]+\}?\})\s+(?:is|=|means|stands for)\s+(?P<f>.+?)(?=,?\s+and\s+(?:<|\{)|,\s*(?:<|\{)|$)", re.I
)
_OWNER = re.compile(r"^(?:the |their |its )?(?:[A-Za-z]+ )?[A-Za-z]+'s ", re.I)


def _legend(g: Grammar, text: str) -> str:
    """``text`` with each hole a legend explains renamed to the source field it names, and the
    legend taken off; unchanged unless every hole it lists names a source field."""
    m = _LEGEND.search(text)
    if m is None:
        return text
    names: dict[str, str] = {}
    for it in _LEGEND_ITEM.finditer(m.group("items")):
        f = _OWNER.sub("", it.group("f").strip())
        if g.resolve(f, "src") is None:
            return text
        names[it.group("h")] = "{" + f + "}"
    if not names:
        return text
    head = text[: m.start()]
    for h, f in names.items():
        head = head.replace(h, f)
    return head + text[m.end() :]


def _object_named(g: Grammar, d: str) -> bool:
    """'Lead.Description', 'member.merge_fields.X': a field written after its object's name (r13d)."""
    head, _, rest = d.partition(".")
    return bool(rest) and norm(head) in g.vocab.object_words and (g.dst_obj.get(rest) is not None or g.dst_obj.open_field(rest) is not None)


def fill_holes(g: Grammar, text: str) -> str:
    """``text`` with each template written with holes as a concatenation; else unchanged."""
    text = _legend(g, text)
    first = _HOLE.search(text)
    if first is None:
        return text
    # the destination and its cue: the last one before the first hole
    cue = None
    for m in _CUE.finditer(text[: first.start()]):
        d = m.group("d")
        if g.dst_obj.get(d) is not None or g.dst_obj.open_field(d) is not None or any(f.leaf == d for f in g.dst_obj.fields) or _object_named(g, d) or (
            m.group(0).lower().startswith(d.lower() + " ") and re.search(r"\bbe (?:populated|filled|set)\b", m.group(0), re.I)
            and any(d.lower() in (f.path.lower(), f.label.lower()) for f in g.dst_obj.fields)  # 'the contact's Message shall be populated with'
        ):
            cue = m
    if cue is None or re.search(r"[;\n]|\.\s", text[cue.end() : first.start()]):
        return text  # the cue must be the template's own, in its clause
    start = cue.end()
    # 'Description = "Stage: <lifecycle stage> | Source: <original source>"': the template in
    # quotes, its holes inside them; the quotes end it
    quoted = re.match(r"\s*(['\"`])", text[start : first.start()])  # in backticks too ('`<stage> since <date>`', round 30)
    close = -1
    if quoted is not None:
        close = text.find(quoted.group(1), first.end())
        if close < 0 or "\n" in text[start:close]:
            return text
        start += quoted.end()
    if re.search(r"(?<!\w)['\"]", text[start : first.start()]):
        return text  # a quote mid-way: not one template
    # holes up to the end of the sentence the template is in
    stop = re.search(r"(?<![.\w])\.(?:\s|$)|\n", text[first.end() :])
    limit = close if close >= 0 else first.end() + stop.start() if stop else len(text)
    holes = [h for h in _HOLE.finditer(text, start, limit)]
    names = []
    for h in holes:
        name = (h.group("a") or h.group("b") or "").strip()
        if g.resolve(name, "src") is None:
            # '<createdate as YYYY-MM-DD>': a hole holding its field and that field's format
            # (round r13d) is the field part with the format after it
            fm = re.fullmatch(r"(?P<n>.+?)\s*(?:\bas\b|\bin\b|:|\|)\s*(?P<f>\S.*)", name)
            if fm is None or g.resolve(fm.group("n"), "src") is None:
                return text
            name = f"{fm.group('n')} as {fm.group('f')}"
        names.append(name)
    end = close if close >= 0 else holes[-1].end()
    body = text[start:end]
    opened = body.count("(") - body.count(")")
    while opened > 0 and end < limit and text[end] == ")":
        end += 1
        opened -= 1
    parts: list[str] = []
    pos = start
    for h, name in zip(holes, names, strict=True):
        if h.start() > pos:
            parts.append(_quote(text[pos : h.start()]))
        parts.append(name)
        pos = h.end()
    if end > pos:
        parts.append(_quote(text[pos:end]))
    return text[: cue.start()] + f"{cue.group('d')} = " + " + ".join(parts) + text[end + (1 if close >= 0 else 0) :]

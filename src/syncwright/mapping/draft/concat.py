"""Joined text read from its parts, whatever joins them (round 9a).

'traits.name -> firstname + a space + lastname', 'traits.name = FirstName, a space, LastName'
and "Description should read 'Stage: <lifecyclestage> | Country: <country>'" all say one
thing: a destination written as its name, then parts in order, each a source field written
as its name, a quoted text or a separator word (space, comma, dash...). The ingredients are
enough: a destination field, an assignment mark, and at least two parts of which one is a
field and one a separator, a '+' or a quoted text. A quoted text holding '<field>' markers
is a template of its own. Items of a longer list ('a -> b, c -> x + y') are taken one by
one; the rest of the clause goes on to the other readers.

Parts said in order with 'then' and a quoted text ('Description is combined from stage and
create date: first the stage value, then the text ' since ', then the create date in format
YYYY-MM-DD', round 26) are a joined text too, but only for a text field and only when a quoted
part holds a separator: "tags = 'lead' then the Status" stays two tags.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Const, Src, Template, Transform
from syncwright.mapping.draft.text import PLACEHOLDER, norm

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_MARK = r"\s*(?:=|->|:|\bshould (?:read|be|say)\b|\breads\b|\bis\b)\s*"
_ITEM = re.compile(rf"^(?P<d>[A-Za-z_][\w.]*){_MARK}(?P<rest>.+)$", re.I)
_NEXT_ITEM = re.compile(r",\s*(?=(?:and\s+)?[A-Za-z_][\w.]*\s*(?:=|->)\s)")
_SEPS = {"space": " ", "comma": ",", "dash": "-", "hyphen": "-", "slash": "/", "underscore": "_", "colon": ":", "pipe": "|",
         "comma and a space": ", ", "comma and one space": ", ", "comma and space": ", "}
_SEP_WORD = re.compile(r"(?:an?\s+|one\s+|single\s+|a single\s+)?(?P<w>space|comma|dash|hyphen|slash|underscore|colon|pipe|comma and (?:a |one )?space)", re.I)
# '<createdate as YYYY-MM-DD>': a marker may carry the date format its value is written in (round 27)
_FIELD_MARK = re.compile(r"<\s*([A-Za-z_][\w.]*)(?P<date>\s+(?:as|in)\s+(?:YYYY-MM-DD|ISO date|date))?\s*>", re.I)
_PART_DATE = re.compile(r"\s+(?:as|in|formatted as|written as|in (?:the )?format|in the form)\s+(?:YYYY-MM-DD|an? (?:ISO |plain )?date|ISO date|(?:a |the )?date only)$", re.I)
_EXAMPLE = re.compile(r",?\s*\(?\b(?:e\.g\.|(?:eg|for example|for instance|like)\b|as in (?=⟦)).*$", re.I)
# 'firstname, a single space, then lastname, no case changes': how the parts are taken, not a part
_AS_IS = re.compile(r",?\s*\(?\s*(?:exactly (?:how|as) (?:they|it) (?:are|is|come|comes)(?: in \w+)?|no (?:case )?changes?|(?:both |each |all )?(?:as is|as-is|as stored|unchanged|untouched|verbatim|copied raw|raw)|without (?:any )?changes?)\s*\)?\s*$", re.I)


def _field(g: Grammar, phrase: str, side: str) -> str | None:
    """The field ``phrase`` names exactly (its API name, case aside), else None."""
    m = g.resolve(phrase, side)
    if m is None:
        return None
    named = norm(m.best.path) == norm(phrase) or norm(m.best.path.split(".")[-1]) == norm(phrase)
    # a source field written as its catalog label ('Create Date') is as exact as its name (round r13b)
    labelled = side == "src" and bool(m.best.label) and norm(m.best.label) == norm(phrase)
    if not (named or labelled):
        return None
    path = m.best.path
    if side == "dst" and g.dst_obj.get(path) is None and "." in path:
        # 'params.place' on GA4: the param under the one container ending in 'params' (events[0].params),
        # as the grammar's own reader takes it (round 57: a join wrote a top-level 'params')
        head, _, rest = path.partition(".")
        inner = [c for c in g.dst_obj.containers() if c != head and re.sub(r"\[\d+\]", "", c).rsplit(".", 1)[-1] == head]
        path = f"{inner[0]}.{rest}" if len(inner) == 1 else path
    return path


def _marked(g: Grammar, text: str) -> Template | None:
    """A quoted text with '<field>' markers: the markers become the fields' values."""
    parts: list[Src | Const] = []
    pos = 0
    for m in _FIELD_MARK.finditer(text):
        f = _field(g, m.group(1), "src")
        if f is None:
            return None
        if m.start() > pos:
            parts.append(Const(text[pos : m.start()]))
        parts.append(Src(f, [Transform("date")] if m.group("date") else []))
        pos = m.end()
    if not any(isinstance(p, Src) for p in parts):
        return None
    if pos < len(text):
        parts.append(Const(text[pos:]))
    return Template(parts)


# 'combined from lifecycle stage and create date: first ..., then ...': the ingredients said
# before the parts in order (round 26)
_INGREDIENTS = re.compile(r"^(?:combined|built|made|composed|put together|assembled|glued together|joined)\s+(?:from|of|out of)\s+[^:⟦]+:\s*", re.I)
# 'first the stage value', 'then text ⟦1⟧', 'the create date': a part's own filler words
_PART_LEAD = re.compile(r"^(?:first(?:ly)?|at first|and|and then|after (?:that|it)|finally|last(?:ly)?)\s+", re.I)
_PART_TEXT = re.compile(r"^(?:the\s+)?(?:text|string|words?|literal)\s+(?=⟦\d+⟧$)", re.I)
_PART_FILLER = re.compile(r"^(?:the|their|its|his|her|contact'?s)\s+(?:(?:hubspot|salesforce|sf|sfdc|mailchimp)(?:'s)?\s+)?|\s+(?:value|field|property)$", re.I)


def _part_field(g: Grammar, p: str) -> str | None:
    """The source field a part names, exactly or with its filler words taken off ('the
    lifecycle stage value')."""
    f = _field(g, p, "src")
    if f is None and (bare := _PART_FILLER.sub("", _PART_FILLER.sub("", p)).strip()) != p:
        f = _field(g, bare, "src")
    return f


def _joined(g: Grammar, rest: str) -> Template | None:
    """'a + a space + b' or 'a, a space, b' as a template; None unless every part reads."""
    rest = _INGREDIENTS.sub("", _AS_IS.sub("", _EXAMPLE.sub("", rest)).strip())
    raw = [p.strip() for p in re.split(r"\s*(?:\+|,|\b(?:and )?then\b|\bfollowed by\b)\s*", rest) if p.strip()]
    # 'first the stage value' loses its order word, 'first name' keeps it (round 27: it read 'name')
    pieces = [p if _part_field(g, p) is not None else _PART_TEXT.sub("", _PART_LEAD.sub("", p)) for p in raw]
    if len(pieces) < 2:
        lit = g.lit(rest)
        return _marked(g, lit) if lit is not None and "<" in lit else None
    parts: list[Src | Const] = []
    for p in pieces:
        sm = _SEP_WORD.fullmatch(p)
        lit = g.lit(p)
        if sm:
            parts.append(Const(_SEPS[sm.group("w").lower()]))
        elif lit is not None:
            parts.append(Const(lit))
        else:
            # 'Create Date as YYYY-MM-DD': a part may carry its own date format (round r13b)
            dm = _PART_DATE.search(p)
            f = _part_field(g, p[: dm.start()] if dm else p)
            if f is None:
                return None
            parts.append(Src(f, [Transform("date")] if dm else []))
    fields = sum(isinstance(p, Src) for p in parts)
    if not fields or (fields == len(parts) and "+" not in rest):
        return None  # 'a, b' alone is a list of fields, not a joined text
    return Template(parts)


# 'Description <- a + b': a joined text written with the destination first and a back arrow
_BACK_ITEM = re.compile(r"^(?P<d>[A-Za-z_][\w.]*)\s*<-\s*(?P<rest>.+)$")


def _unread_part(g: Grammar, rest: str) -> str:
    """The first '+' part of ``rest`` that is words and no field, quoted text or separator word ('' when
    every part reads: a quoted text with a note in parentheses, a field with its date format)."""
    parts = re.split(r"\s\+\s", re.sub(r"\s*\([^()]*\)", "", rest))  # '+' between spaces: '+14165550173' is a number
    if any(re.search(r"[,;()]|\b(?:if|when|or|in)\b", p) for p in parts):
        return ""  # not a plain join ('phone, or if ... + ...', 'E.164 (+ keeps its code)', 'email in lower case')
    for raw in parts:
        p = raw.strip()
        if not p or PLACEHOLDER.search(p) or g.lit(p) is not None or _SEP_WORD.fullmatch(p) or not re.search(r"[A-Za-z]{2}", p) or g._transforms(p):
            continue  # ('email trimmed + all lowercase': a format, not a part)
        dm = _PART_DATE.search(p)
        head = p[: dm.start()].strip() if dm else p
        bare = _PART_TEXT.sub("", _PART_LEAD.sub("", head)).strip()
        if _part_field(g, head) is None and not g.mentions(head, "src") and not (bare and g.mentions(bare, "src")):
            return p
    return ""


# what marks a joined text on its own: a '+' or a separator word
_JOIN_MARK = re.compile(r"\+|\b(?:space|comma|dash|hyphen)\b", re.I)


def _joins_text(g: Grammar, dst: str, tp: Template) -> bool:
    """A template read only from 'A, then B' order words is a joined text when it writes a text
    field and a quoted part holds a separator (' since ', ' / '), never a list such as tags."""
    f = g.dst_obj.get(dst) or g.dst_obj.open_field(dst)
    if f is None or f.type not in ("string", "text"):
        return False
    return any(isinstance(p, Const) and re.search(r"[^\w]", str(p.value)) for p in tp.parts)


def take_concats(g: Grammar, text: str) -> str:
    """Add a template rule for each joined-text item of ``text``; the other items are returned."""
    items = _NEXT_ITEM.split(text)
    marked = any("<" in (g.lit(p.group(0)) or "") for p in PLACEHOLDER.finditer(text))
    ordered = bool(re.search(r"\bthen\b|\bfollowed by\b", text, re.I) and PLACEHOLDER.search(text))  # 'A, then ' since ', then B'
    if len(items) == 1 and not marked and not ordered and not _JOIN_MARK.search(text):
        return text
    kept: list[str] = []
    for item in items:
        m = _ITEM.match(item.strip())
        d = _field(g, m.group("d"), "dst") if m else None
        t = _joined(g, m.group("rest")) if m and d else None
        if t is not None and d is not None and ordered and not _JOIN_MARK.search(item) and not _joins_text(g, d, t):
            t = None  # ''lead' then the Status' for tags: items of a list, not one text
        back = _BACK_ITEM.match(item.strip()) if m is None else None
        joined = m or back
        jd = d or (_field(g, back.group("d"), "dst") if back else None)
        if jd is not None and t is None and joined is not None and " + " in joined.group("rest") and (bad := _unread_part(g, joined.group("rest"))):
            # 'Description <- HubSpot signup + the date part of createdate': a part that is no field and not
            # quoted would be dropped by a reader of the rest (round 35: the text 'HubSpot signup' was lost)
            g.ask(f"{jd} joins parts with '+': is '{bad}' a text to write as it is? (quote it, or name a field)", [jd])
            continue
        if d is None or t is None:
            kept.append(item)
            continue
        g.add_rule(d, t, f"text joined for {d} (concat: a field, then parts in order)", 0.85)
    return ", ".join(kept)


# an example's leading words that are no value: a short phrase ending in a preposition or a
# colon ('Based in San Francisco, ...', 'Lives in ...', 'Location: ...')
_LEAD_TEXT = re.compile(r"^(?P<p>(?:[A-Za-z]+\s+){0,3}?(?:in|at|from|of|for|by|near|to|via)\s+|[A-Za-z][\w ]{0,24}:\s*)(?=\S)")


def frame_from_example(tp: Template, example: str) -> Template:
    """The fixed text a shown example holds around the parts: 'read like 'Based in San
    Francisco, United States' (the city, a comma, then the country)' is 'Based in ' + city +
    ', ' + country. The example must hold the template's separators in order; only a leading
    phrase that no value starts with (ending in a preposition or a colon) is taken."""
    parts = tp.parts
    if not parts or not isinstance(parts[0], Src) or not isinstance(parts[-1], Src):
        return tp
    pos = 0
    for p in parts:
        if isinstance(p, Const):
            at = example.find(str(p.value), pos)
            if at < 0:
                return tp
            pos = at + len(str(p.value))
    first_sep = next((p for p in parts if isinstance(p, Const)), None)
    head = example[: example.find(str(first_sep.value))] if first_sep is not None else example
    m = _LEAD_TEXT.match(head)
    if m is None or len(m.group("p")) >= len(head.strip()):
        return tp
    return Template([Const(m.group("p")), *parts])

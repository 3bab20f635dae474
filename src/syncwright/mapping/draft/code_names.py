"""Field names written as code: "`email` -> `Email`", "`merge_fields.PHONE` = ...". Tickets
and chat messages put API names in backticks; read as quotes they would be constant values.
A backticked name that is a field of either object (its path or its last part, any case), or a
dotted path under an open prefix (traits.x, merge_fields.X, params.x), is the field: the
backticks go. Anything else in backticks stays a quoted value ("`Unknown`")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_TICKED = re.compile(r"`(?P<n>[A-Za-z_][\w.\[\]]*)`")
_TICKED_RUN = re.compile(r"`(?P<n>[A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*)+)`(?:\s*\((?:with )?(?:one |a |single )?space (?:between|in between|in the middle)\))?")
_EVENT_PATH = re.compile(r"\bevents\[0\]\.(?P<rest>name\b|params\.(?P<p>\w+))")
# in backticks always; in quotes only when what it is follows ("the event parameter 'channel'
# shall be ..."): "a trait 'name' that joins ..." may quote a value-like word
_KIND_TICKED = re.compile(
    r"\b(?P<k>param(?:eter)?s?|traits?|propert(?:y|ies)|merge (?:field|tag)s?|custom field)\s+"
    r"(?:`(?P<n>[A-Za-z_]\w*)`|(?P<q>['\"])(?P<m>[A-Za-z_]\w*)(?P=q)(?=\s*(?:shall|should|must|will|=|:|is set|equals)\b|\s*[=:\u2014\u2013]|\s+-\s))",
    re.I,
)


def unquote_field_names(g: Grammar, text: str) -> str:
    """``text`` with backticks dropped around the names of fields of the two objects."""
    names: set[str] = set()
    for obj in (g.src_obj, g.dst_obj):
        for f in obj.fields:
            names.add(f.path.lower())
            names.add(f.leaf.lower())
    prefixes = tuple(p.lower() for obj in (g.src_obj, g.dst_obj) for p in obj.open_prefixes)
    prefixes += tuple(c.lower() + "." for obj in (g.src_obj, g.dst_obj) for c in obj.containers())

    def repl(m: re.Match[str]) -> str:
        n = m.group("n")
        low = n.lower()
        if low in names or (prefixes and low.startswith(prefixes) and "." in low):
            return n
        return m.group(0)

    text = _TICKED.sub(repl, text)
    # '`FirstName LastName` (one space between)': a code run of source field names is those fields
    # joined with spaces, not a constant (round 30: it wrote the text 'FirstName LastName')
    src_names = {n for f in g.src_obj.fields for n in (f.path.lower(), f.leaf.lower())}

    def run(m: re.Match[str]) -> str:
        parts = m.group("n").split(" ")
        if not all(p.lower() in src_names for p in parts):
            return m.group(0)
        return f"{', '.join(parts[:-1])} and {parts[-1]} with one space between"

    text = _TICKED_RUN.sub(run, text)
    # 'events[0].name = generate_lead': an indexed path written out is the event's name / params
    text = _EVENT_PATH.sub(lambda m: "event name" if m.group("rest") == "name" else f"params.{m.group('p')}" if m.group("p") else m.group(0), text)
    # 'event param `method`', "the trait 'plan'": a name after its kind word is a name, known or not
    return _KIND_TICKED.sub(lambda m: f"{m.group('k')} {m.group('n') or m.group('m')}", text)


_POSSESSIVE = re.compile(r"^the \w+'s\s+", re.I)


def slash_labels(g: Grammar, text: str) -> str:
    """'Country/Region', 'Mailing State/Province': a catalog label with a slash is one field,
    not a list of two (the slash-list reader would split it); written as the field's name.
    A label the two objects give to different fields is left as written."""
    found: dict[str, set[str]] = {}
    for obj in (g.src_obj, g.dst_obj):
        for f in obj.fields:
            if "/" not in f.label:
                continue
            for cand in {f.label, _POSSESSIVE.sub("", f.label)}:
                found.setdefault(cand.lower(), set()).add(f.path)
    for cand in sorted(found, key=len, reverse=True):
        paths = found[cand]
        if len(paths) != 1:
            continue
        path = next(iter(paths))
        text = re.sub(rf"(?<![\w/]){re.escape(cand)}(?![\w/])", path, text, flags=re.I)
    return text

"""A value written right beside the field it goes to, read by position (issue #12, round 9b).

'to have the lead source set to 'Web' and the status set to ...', 'method = 'hubspot_form' for
everyone', 'vip false for all of them': a clause may carry several constants and the clause
patterns read one (or none). What any wording of a constant holds is a destination field and
a value next to it, joined at most by a linking word (=, :, is, set to, of), with no condition
in its part of the clause. Run once the whole text is read, on the values no rule or filter
took, for fields no rule writes yet; an unquoted true/false only for a boolean field. A field
under an open prefix (GA4 params, Segment traits) is taken by its identifier only when the
sentence speaks of params / traits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from syncwright.mapping.draft.ir import Const, Src
from syncwright.mapping.draft.mentions import STOP
from syncwright.mapping.draft.text import PLACEHOLDER

if TYPE_CHECKING:
    from syncwright.mapping.draft.fields import FieldDesc
    from syncwright.mapping.draft.grammar import Grammar

_LINK = re.compile(r"(?P<f>(?:[\w.\[\]-]+\s+){0,3}[\w.\[\]]+)(?:\s+(?:is|are|should be|must be|to be|set to|be set to|as|of|reads?|says?|fixed (?:to|at))|\s*[=:])?\s*$", re.I)
_COND = re.compile(r"\b(?:if|when|whenever|unless|whose|where|otherwise|else|except|only|becomes?|->|instead|empty|blank|missing)\b|\bfor\s+(?!every|all\b|each|them\b|everyone|everybody|everything)", re.I)
_NAMED_COPY = re.compile(r"^(?P<f>[a-z][a-z0-9_]*)\s*[=:]\s*(?P<s>(?:the|their|its)\s+[\w ]+?)(?:\s+as (?:it is|is)|\s+unchanged)?$", re.I)
_EXAMPLE = re.compile(r"\b(?:so|e\.g|eg|i\.e|like|for example|for instance|such as)\W*$", re.I)
_BOOL = re.compile(r"(?P<f>(?:[\w.]+\s+){0,2}[\w.]+)(?:\s+(?:is|are|should be|set to|=))?\s+(?P<v>true|false)\b", re.I)


def value_pairs(g: Grammar, used: set[str]) -> None:
    """Constants for the quoted (or true/false) values the rules left unused."""
    written = {r.target.rsplit(".", 1)[-1] for r in g.plan.rules}  # 'a trait 'name' that ...'
    for sentence, text, _shown in g.read_clauses:
        sentence_text = g.traces[sentence].text if sentence < len(g.traces) else ""
        for m in PLACEHOLDER.finditer(text):
            i = int(m.group(1))
            lit = g.literals_all[i] if i < len(g.literals_all) else None
            if lit is None or not lit.strip() or lit in used or lit.strip() in used or lit in written:
                continue
            before, after = _segment(text, m.start(), m.end())
            if _COND.search(before) or _COND.search(after) or _EXAMPLE.search(before):
                continue  # a condition, or an example of the result ('(so 'Raman, Priya')', 'e.g.')
            lm = _LINK.search(before)
            f = _adjacent_field(g, lm.group("f"), sentence_text) if lm else None
            if f is None or g.plan.rule_for(f.path) is not None:
                continue
            _add(g, sentence, f, lit, f"constant {lit!r} (concept: a value right beside its field)")
            used.add(lit)
        for bm in _BOOL.finditer(text):
            before, after = _segment(text, bm.start(), bm.end())
            if _COND.search(before + " " + bm.group("f")) or _COND.search(after):
                continue
            f = _adjacent_field(g, bm.group("f"), sentence_text)
            if f is None or f.type != "boolean" or g.plan.rule_for(f.path) is not None:
                continue
            _add(g, sentence, f, bm.group("v").lower() == "true", f"constant {bm.group('v').lower()} (concept: a value right beside its field)")


def named_copies(g: Grammar) -> None:
    """'country = their country as it is' under 'The event's parameters:': an identifier the
    sentence puts under an open prefix, '=' or ':', and a source phrase; for fields no rule
    writes yet."""
    for sentence, text, _shown in g.read_clauses:
        sentence_text = g.traces[sentence].text if sentence < len(g.traces) else ""
        for seg in re.split(r"[,;]|\s+and\s+", text):
            m = _NAMED_COPY.match(seg.strip())
            if m is None or _COND.search(seg):
                continue
            f = _adjacent_field(g, m.group("f"), sentence_text, open_only=True)
            if f is None or g.plan.rule_for(f.path) is not None:
                continue
            g.sentence = sentence
            v = g.src_value(m.group("s"), f)
            if not isinstance(v, Src) or any(isinstance(r.value, Src) and r.value.field == v.field for r in g.sentence_rules.get(sentence, [])):
                continue  # the clause patterns already put that source somewhere
            g.add_rule(f.path, v, f"{f.path} = {v.field} (concept: a named field under the sentence's prefix and its source)", 0.8)
            g.plan.questions = [q for q in g.plan.questions if q.sentence != sentence or f"{m.group('f')} = " not in q.text]


def _segment(text: str, start: int, end: int) -> tuple[str, str]:
    """The part of the clause around a value: from the last ',', ';' or 'and' before it to
    the next one after it."""
    cuts = [m.end() for m in re.finditer(r"[,;]|\s+and\s+|\s+with\s+", text[:start])]
    nxt = re.search(r"[,;]|\s+and\s+", text[end:])
    return text[cuts[-1] if cuts else 0 : start], text[end : end + nxt.start() if nxt else len(text)]


def _adjacent_field(g: Grammar, phrase: str, sentence_text: str, open_only: bool = False) -> FieldDesc | None:
    """The destination field the words right before a value name: the longest ending run of
    them that is one mention written as the field's name, leaf or label; else an identifier
    under the open prefix the sentence speaks of."""
    toks = phrase.split()
    for k in range(0 if open_only else min(4, len(toks)), 0, -1):
        tail = " ".join(toks[-k:])
        ms = g.mentions(tail, "dst")
        if len(ms) == 1 and ms[0].start == 0 and ms[0].end == k:
            f = ms[0].best
            low = tail.lower().removeprefix("the ")
            if ms[0].exact_case or low in (f.leaf.lower(), f.label.lower(), f.path.lower()):
                return f
    core = toks[-1] if toks else ""
    if re.fullmatch(r"[a-z][a-z0-9_]*", core) and core not in STOP and core.rstrip("s") not in ("trait", "param", "parameter", "propertie", "property", "field", "event"):
        for p in g.dst_obj.open_prefixes:
            stem = p.rstrip(".").rsplit(".", 1)[-1].rstrip("s")
            if stem and re.search(rf"\b{re.escape(stem[:5])}", sentence_text, re.I):
                return g.dst_obj.open_field(f"{p.rstrip('.')}.{core}")
    return None


def _add(g: Grammar, sentence: int, f: FieldDesc, raw: Any, why: str) -> None:
    g.sentence = sentence
    v: Any = raw
    if isinstance(raw, str) and f.type in ("number", "integer") and re.fullmatch(r"-?\d+(?:\.\d+)?", raw):
        v = float(raw) if "." in raw else int(raw)
    g.add_rule(f.path, Const(v), why, 0.8)
    asked = (f"fill {f.path}?", f"fill {f.leaf}?", f"names {f.path}, but", *((f"'{raw}'",) if isinstance(raw, str) else ()))
    g.plan.questions = [q for q in g.plan.questions if q.sentence != sentence or not any(a in q.text for a in asked)]

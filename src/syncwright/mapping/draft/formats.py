"""A format asked for the fields a phrase lists, wherever their rules come from (issue #12, round 9b).

'the lead's Phone needs to be in proper international format' (the Phone rule comes two
sentences later), 'put the first name, surname and city in title case', 'make the email all
lower case', 'trim the spaces off the email and the company': what any wording of a format
holds is the format words and the fields next to them. Run once the whole text is read: the
fields are the list written right before the format (after its verb: put, make, have, ...),
or right after a format verb (trim, capitalise); 'A, B and C in title case' is all three,
'email, first name in title case' only the last. Each field is found as a destination written
by its name or label, else as the source one rule reads; the format goes on that rule when
the destination type takes it. A trimmed field no rule writes yet, named alike on both sides
('the company', 'make the email all lower case'), is copied with the format.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import (
    Cases,
    Chain,
    DraftRule,
    Lookup,
    Src,
    Template,
    Transform,
    cond_fields,
)
from syncwright.mapping.draft.phrases import AS_IS, TRANSFORM_RES

if TYPE_CHECKING:
    from syncwright.mapping.draft.fields import FieldDesc
    from syncwright.mapping.draft.grammar import Grammar

_TEXT = ("lower", "upper", "title", "trim")
_FITS = {"e164": ("phone",), "number": ("number", "integer"), "integer": ("number", "integer")}
_BOUNDARY = re.compile(r"[;:.]|\b(?:so|because|which|if|when|whenever|make|put|please|have|send|want|use|with|then|also|get|gets|bring|keep)\b", re.I)
_AFTER_END = re.compile(r"[;:.(]|\b(?:before|so|because|when|if|which|as|in|into|on|onto)\b", re.I)
_SPACES_OBJECT = re.compile(r"\s*(?:the |any |all |extra |leading |trailing |stray |surrounding )*(?:spaces?|white ?spaces?|blanks?)(?:\s+(?:first|too|also|then))?\s*", re.I)
_VERB_FORMAT = re.compile(r"^(?:trim|strip|capitali[sz]e)\b", re.I)
# an item that maps on its own ('email = email_address', 'FNAME from first name') is no field of a format list
_OWN_MAPPING = re.compile(r"=|->|<-|:|\b(?:from|into|to|for|becomes?|gets?|is|are|should|must|will|would|mirrors?|holds?|takes?|uses?)\b", re.I)
# a phrase about a table's parts, not a field ('Empty Rule cell', 'a blank Notes column')
_TABLE_WORD = re.compile(r"\b(?:cells?|columns?|rows?)\b", re.I)
# 'is not title-cased', 'never in upper case', 'without trimming': the format words after a denial
_DENIED = re.compile(r"\b(?:not|never|no|without|n't)\s+(?:be\s+|been\s+|get\s+|put\s+|written\s+|made\s+)?(?:in\s+|into\s+|to\s+)?$", re.I)
_ORDER = ["trim", "collapse", "email_local", "email_domain", "first_word", "last_word", "lower", "upper", "title", "e164", "integer", "number", "date", "boolean"]


def named_formats(g: Grammar) -> None:
    """Put each format on the rules of the fields listed beside it."""
    # a sentence the canonical rows read as nothing ('NB: The country must match "Kenya" exactly as written, with a
    # capital K.') asks for no copy (round 48: its 'exactly as written' copied the Country); its formats still count
    # ('the dialer needs mobile numbers in E.164, like +1415...' is read as nothing and says the format)
    said_nothing = {s.index for s in g.sentences if not any(c.text.strip() for c in s.clauses)}
    for t in g.traces:
        sentence, text = t.sentence, t.text
        plain = re.sub(r"\([^()]*\)|(?<!\w)'[^']*'(?!\w)|\"[^\"]*\"", lambda m: " " * len(m.group(0)), text)
        for name, rx in TRANSFORM_RES:
            if name not in (*_TEXT, "e164", "number", "integer"):
                continue
            for m in rx.finditer(plain):
                if _DENIED.search(plain[: m.start()]):
                    continue  # 'LNAME is not title-cased, only FNAME': a format denied (round 52: it was put on LNAME)
                for phrase in _listed(plain, m, text):
                    _apply(g, sentence, phrase, name, text)
        for m in AS_IS.finditer(plain) if sentence not in said_nothing else ():  # 'The surname can go over as it is': a plain copy
            for phrase in _listed(plain, m, text):
                if not _TABLE_WORD.search(phrase):  # 'an empty Rule cell = copied as it is': a table's legend (round 42)
                    _copy(g, sentence, phrase)


def _listed(text: str, m: re.Match[str], orig: str, verb_ok: bool = True) -> list[str]:
    """The field phrases the format at ``m`` is about (``text`` is ``orig`` with brackets and
    quoted values blanked out, position for position)."""
    if verb_ok and _VERB_FORMAT.match(m.group(0)):
        rest = text[m.end() :]
        end = _AFTER_END.search(rest)
        part = rest[: end.start() if end else len(rest)]
        items = [p for p in re.split(r",|\band\b", part) if p.strip()]
        if not items or not _SPACES_OBJECT.fullmatch(items[0]):
            return items
        # 'FirstName and LastName, need trim the spaces first': the verb's object is the spaces,
        # so the fields are the ones listed before it, as for any other format (round 29)
    before = text[: m.start()]
    # 'the first name and the city with a capital letter at the beginning of each word': the
    # 'with a' that opens a described format is no boundary (round r13a)
    before = re.sub(r"\bwith\s+(?:an?\s+|the\s+)?$", "", before, flags=re.I)
    # the list starts after the last boundary word, or after another field's own format
    # ('Email in lower case, first name as it is, and the postcode in capitals')
    others = [x.end() for _, rx in TRANSFORM_RES for x in rx.finditer(before)] + [x.end() for x in AS_IS.finditer(before)]
    cuts = [b.end() for b in _BOUNDARY.finditer(before)] + others
    cuts.sort()
    tail = before[cuts[-1] if cuts else 0 :]
    # 'FirstName and LastName, trimmed and in title case': a format joined to the one before it
    # by 'and' / 'then' is about the same fields (round 21)
    if others and re.fullmatch(r"(?:\s+(?:the\s+)?(?:spaces?|whitespace|blanks))?(?:\s+first)?\s*,?\s*(?:and|then|and then|,)\s*(?:in|into|as|to|put in|make it)?\s*", before[max(others):], re.I):
        prev = next((x for _, rx in TRANSFORM_RES for x in rx.finditer(before) if x.end() == max(others)), None)
        if prev is not None:
            return _listed(text, prev, orig, verb_ok=False)
    if not tail.strip():
        return []
    # an item with its own destination in brackets ('the job title (into Title) and the email
    # in lower case') is no item of the format's list
    own = re.search(r"\([^()]*\b(?:into|to|in|as)\b[^()]*\)|\([^()]*(?:=|->)[^()]*\)", orig[cuts[-1] if cuts else 0 : m.start()])
    # 'A, B and C in title case' is all three; ', and' joins clauses ('Also email, and city
    # in capital letters' is the city only)
    if re.search(r"\band\b", tail) and not re.search(r",\s*and\b", tail):
        items = [p for p in re.split(r",|\band\b", tail) if p.strip()]
        if not own and all(len(p.split()) <= 4 and not _OWN_MAPPING.search(p) for p in items[:-1]):
            return items
        return items[-1:]
    return [tail.rsplit(",", 1)[-1]]


def _read_fields(v: object) -> set[str]:
    """The source fields a value reads as its result (a copy, a fallback's options, a lookup's value)."""
    if isinstance(v, Src):
        return {v.field}
    if isinstance(v, Chain):
        return set().union(*(_read_fields(o) for o in v.options)) if v.options else set()
    if isinstance(v, Lookup):
        return _read_fields(v.value)
    return set()


# phrases a format's list can hold that name no field (round 29): an order word or the spaces
# ('trim the spaces at the beginning and the end first', 'the spaces off both ends first', 'trim it
# first': round 58), a dialling code, a letter
_ORDER_OR_SPACES = re.compile(r"\s*(?:(?:the|and|then|at|off|on|from|of|both|each|all|junk|extra|it|them|this|that|these|those|values?)\s+)*(?:first|last|ends?|beginning|start|spaces?|sides?)"
                             r"(?:\s+(?:(?:off|on|at|from|of|both|each|the|and)\s+)*(?:ends?|sides?|first|last|too|also))*\s*", re.I)
_DIAL_CODE = re.compile(r"\b(?:country|area|dialling|dialing|calling|international) codes?\b", re.I)
_LETTER = re.compile(r"\s*(?:(?:each|every|all) words? with )?(?:the |each |every )?(?:first |initial |last )?(?:letters?|characters?|chars?)(?: of (?:each|every|the|all) words?)?(?: in| to| as)?\s*", re.I)


def _copy(g: Grammar, sentence: int, phrase: str) -> DraftRule | None:
    """A field the phrase names alike on both sides that no rule writes yet, copied."""
    if _DIAL_CODE.search(phrase) or _ORDER_OR_SPACES.fullmatch(phrase) or _LETTER.fullmatch(phrase):
        # 'keep its own country code as it is': part of a phone number, not the Country field;
        # 'trim the spaces at the beginning and the end first': an order word, not FirstName;
        # 'title case = each word with the first letter in uppercase': a letter, no field
        return None
    rule, f = _rule_for(g, phrase, sentence)
    if rule is None and f is not None:
        src = g.resolve(phrase, "src")
        if src is not None and any(src.best.path in _read_fields(r.value) for r in g.plan.rules):
            return None  # that source already went somewhere ('userId: email in lower case', 'X from industry, 'unknown' if blank')
        if src is not None and any(isinstance(r.value, Cases) and any(src.best.path in cond_fields(c) for c, _ in r.value.branches) for r in g.plan.rules if sentence in r.sentences):
            return None  # 'Rating: read the annual revenue as a number:' over bands: the number the bands compare, not a copy (round 40)
        said = g.traces[sentence].text if 0 <= sentence < len(g.traces) else ""
        if src is not None and re.search(r"\b(?:read|compared|treated)\s+as\s+(?:a\s+)?number\b", said, re.I) and any(
            isinstance(r.value, Cases) and any(src.best.path in cond_fields(c) for c, _ in r.value.branches) for r in g.plan.rules
        ):
            return None  # 'Annual Revenue read as a number.' above a Decision on it: how the tests compare it, not a copy (round 55)
        if src is not None and any(isinstance(r.value, Template) and any(isinstance(p, Src) and p.field == src.best.path for p in r.value.parts) for r in g.plan.rules if r.sentences == [sentence]):
            return None  # '... then ' / ' and the country as is': the last part of a template this sentence wrote
        if src is not None and (src.best.leaf.lower() == f.leaf.lower() or (src.best.label and src.best.label.lower() == f.label.lower())):
            g.sentence = sentence
            rule = g.add_rule(f.path, Src(src.best.path), f"{f.path} <- {src.best.path} (concept: a format naming a field on both sides)", 0.8)
    return rule


def _apply(g: Grammar, sentence: int, phrase: str, name: str, text: str) -> None:
    rule = _copy(g, sentence, phrase)
    f = g.dst_obj.get(rule.target) if rule is not None else None
    if rule is None or f is None:
        return
    types = _FITS.get(name)
    phone_text = name == "e164" and f.type == "string" and "phone" in f.path.lower()
    if (types is not None and f.type not in types and not phone_text) or (types is None and f.type not in ("string", "email", "text", "picklist", "url", "phone")):
        return
    srcs = [rule.value] if isinstance(rule.value, Src) else [o for o in rule.value.options if isinstance(o, Src)] if isinstance(rule.value, Chain) else []
    family = next((f for f in (("lower", "upper", "title"), ("number", "integer")) if name in f), (name,))
    if not srcs or any(t.name == name or t.name in family for s in srcs for t in s.transforms):
        return  # the clause patterns already chose (a case they read: 'capitalise fully' is upper)
    t = Transform(name, g._region(text) if name == "e164" else None)  # type: ignore[arg-type]
    for s in srcs:
        s.transforms = sorted([*s.transforms, t], key=lambda x: _ORDER.index(x.name) if x.name in _ORDER else 99)
    rule.why.append(f"{name}: asked for beside the field (concept: a format and the fields listed next to it)")
    g.traces[sentence].became.append(f"{rule.target}: {name}")


def _rule_for(g: Grammar, phrase: str, sentence: int | None = None) -> tuple[DraftRule | None, FieldDesc | None]:
    """The rule a listed phrase names: a destination written by its exact name; else the rule
    of the same sentence reading the source it names ('userId: the email in lower case' is
    userId's email, not traits.email); else a destination by its leaf or label; else the one
    rule reading that source."""
    core = re.sub(r"\b(?:all|in|to|as|be|is|are|the|their|its|lead's|contact's|member's)\b", " ", phrase, flags=re.I).strip()
    if not core:
        return None, None
    dms = g.mentions(core, "dst")
    for m in dms:  # 'Phone', 'traits.email'; a lower-case word ('email') may be either side
        if m.exact_case and (m.text == m.best.path or not m.text.islower()):
            return g.plan.rule_for(m.best.path), m.best
    src = g.resolve(core, "src")
    if src is not None and sentence is not None:
        mine = [r for r in g.sentence_rules.get(sentence, []) if isinstance(r.value, Src) and r.value.field == src.best.path]
        if mine:
            return mine[0], g.dst_obj.get(mine[0].target)
    for m in dms:
        if m.text.lower() in (m.best.leaf.lower(), m.best.label.lower()):
            return g.plan.rule_for(m.best.path), m.best
    if src is None:
        return None, None
    readers = [r for r in g.plan.rules if isinstance(r.value, Src) and r.value.field == src.best.path]
    if len(readers) == 1:
        return readers[0], g.dst_obj.get(readers[0].target)
    dst = g.resolve(core, "dst")
    return None, dst.best if dst is not None else None

"""Readings made from what the after-draft checks found unread (issue #12, session 15).

The checks in ``leftovers.py`` and ``Grammar._unused_literals`` know, for any author's words,
that a clause quoted a value no rule uses or asked for a leave-off no rule applies; on text
from new authors they were the most common question (sets 37-39: a default or a leave-off
missed in 24 of 84 misses, in wordings like "with Company defaulting to 'X' if blank", "if
null, stamp 'X'", "left out where it is n/a", "only where applicable (omit if blank)"). Where
the clause holds every ingredient of one reading, these repairs make it instead of asking:

- **a default**: an unused quoted value, an emptiness or default word, and exactly one rule
  the clause points at (a destination it names whose rule copies the same-named source, a
  source it names that one rule copies, or the only copy its sentence drafted);
- **a leave-off**: a leave-off word, an emptiness word, and exactly one such rule;
- **a replacement**: two unused quoted values in a replacement shape ("'USA' instead of
  'United States'", "replace 'X' with 'Y'", "'USA' when HubSpot says 'United States'") and
  exactly one copy rule: the copy keeps every other value and writes the new one for the old;
- **a list paired wrongly**: one source copied into two destinations ('First Name, Last Name
  and City over to FirstName, LastName and City' split into clauses gave FirstName the city),
  where one destination's own counterpart is named in the sentence and read by no rule: that
  destination takes its counterpart.

Anything less (two candidate rules, an emptiness word about another field, a rule that is
not a copy) is left to the checks, which ask.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import (
    Cases,
    Chain,
    Cmp,
    Const,
    DraftRule,
    Src,
    cond_fields,
    value_sources,
)
from syncwright.mapping.draft.omission import copied_sources, leave_out
from syncwright.mapping.draft.text import PLACEHOLDER

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

EMPTINESS = re.compile(
    r"\b(?:blanks?|empty|empties|missing|nulls?|nil|none|absent|n/a|not applicable|not (?:provided|set|filled(?: in)?|given|populated|available|there)"
    r"|no value|nothing)(?![\w/])",
    re.I,
)
_DEFAULT_WORD = re.compile(r"\b(?:default(?:s|ing|ed)?|fall(?:s|ing)?\s*back|failing that|otherwise|else|instead)\b", re.I)
# a clause that is the next step of a fallback chain read just before it: '..., then to 'Unknown''
_NEXT_STEP = re.compile(r"^(?:and\s+)?(?:then|after that|finally|failing that|else|otherwise)\b(?:\s+(?:to|use|with|fall back to|default to))?", re.I)
_LEAVE_WORD = re.compile(
    r"\b(?:omit(?:ted)?|left (?:out|off)|leave (?:it |that |this |the field )?(?:out|off)|don'?t (?:set|send|populate|include)|do not (?:set|send|populate|include)"
    r"|not (?:sent|populated|included)|skip (?:it|that|the field))\b",
    re.I,
)
# the leave-off is said of records, not of a field: a filter's business, never a repair
_RECORDS = re.compile(r"\b(?:contacts?|leads?|members?|records?|people|anyone|everyone|subscribers?|them)\s+(?:out|off)\b|\b(?:skip|leave out|omit|drop)\s+(?:the\s+)?(?:contacts?|leads?|members?|records?|people|anyone|everyone|them)\b", re.I)


def _copies(r: DraftRule) -> list[str]:
    """The source fields a rule copies, or [] when it is anything but copies."""
    return copied_sources(r) or []


def _pointed_rule(g: Grammar, sentence: int, text: str) -> DraftRule | None:
    """The one copy rule a clause points at, or None when it points at none or several."""
    found: dict[int, DraftRule] = {}
    src_named = {m.best.path for m in g.mentions(text, "src")}
    others: list[str | None] = []
    for m in g.mentions(text, "dst"):
        r = g.plan.rule_for(m.best.path)
        same = g.resolve(m.text, "src")
        if r is not None and _copies(r) and same is not None and same.best.path in _copies(r):
            found[id(r)] = r  # 'Company ... if blank' on a rule copying company
        else:
            others.append(same.best.path if same is not None else None)
    for path in src_named:
        for r in g.plan.rules:
            if path in _copies(r):
                found[id(r)] = r
    if not found and not others:
        mine = [r for r in g.sentence_rules.get(sentence, []) if _copies(r)]
        chains = [r for r in mine if isinstance(r.value, Chain)]
        if len(mine) == 1 and not src_named:
            found[id(mine[0])] = mine[0]
        elif chains and not src_named and _NEXT_STEP.match(text):
            found[id(chains[-1])] = chains[-1]  # '..., then to 'Unknown'': the next step of the chain just read
    if len(found) != 1:
        return None
    rule = next(iter(found.values()))
    if any(path is None or path not in _copies(rule) for path in others):
        return None  # 'Description gets 'X' if the company is blank': the value is another field's
    if any(path not in _copies(rule) for path in src_named):
        return None  # the emptiness may be another field's: a condition, not a default
    return rule


def _unused_literals(g: Grammar, text: str, used: set[str]) -> list[int]:
    out = []
    for m in PLACEHOLDER.finditer(text):
        i = int(m.group(1))
        lit = g.literals_all[i] if i < len(g.literals_all) else None
        if lit is not None and lit.strip() and lit not in used and lit.strip() not in used:
            out.append(i)
    return out


def repair_defaults(g: Grammar, used: set[str]) -> None:
    """'with Company defaulting to 'X' if blank', 'if null, stamp 'X'': a default no reader took."""
    for sentence, text, _shown in g.read_clauses:
        unused = _unused_literals(g, text, used)
        if len(unused) != 1 or len(PLACEHOLDER.findall(text)) != 1:
            continue
        bare = PLACEHOLDER.sub(" ", text)
        if not EMPTINESS.search(bare) and not _DEFAULT_WORD.search(bare) and not _NEXT_STEP.match(bare.strip()):
            continue
        if re.search(r"\b(?:only|skip|exclude|unless|except|greater|more than|less than|over|under|equals?|is not)\b", bare, re.I):
            continue
        if re.search(rf"\b(?:no|not|never|without|instead of|rather than)\s+(?:an?\s+|the\s+)?⟦{unused[0]}⟧", text, re.I):
            continue  # '(no empty value, no '+1')': the value the field must not get (round 45)
        rule = _pointed_rule(g, sentence, text)
        if rule is None or (isinstance(rule.value, Chain) and not all(isinstance(o, Src) for o in rule.value.options)):
            continue
        g.sentence = sentence
        g.literals = g.literals_all
        g._chain(rule, f"⟦{unused[0]}⟧")
        used.add(g.literals_all[unused[0]])
        rule.why.append("a default read from its ingredients (a quoted value, an emptiness word, the field)")


def repair_leave_offs(g: Grammar) -> None:
    """'left out where it is n/a', 'only where applicable (omit if blank)': a leave-off no reader took."""
    for sentence, text, _shown in g.read_clauses:
        bare = PLACEHOLDER.sub(" ", text)
        if not _LEAVE_WORD.search(bare) or not EMPTINESS.search(bare) or _RECORDS.search(bare):
            continue
        if any(r.omit_if_empty for r in g.sentence_rules.get(sentence, [])):
            continue  # the sentence's leave-off was read
        rule = _pointed_rule(g, sentence, text)
        if rule is None or rule.omit_if_empty:
            continue
        leave_out(g, sentence, rule, "left out when empty (a leave-off word and an emptiness word beside the field)")


def _counterpart(g: Grammar, target: str) -> str | None:
    """The source field of the destination's own concept (FirstName -> firstname), if exactly one."""
    found = {
        path
        for c in g.dm.concepts.get(target, [])
        for path in g.vocab.concepts[c].fields.get(g.src_obj.ref, ())
        if g.src_obj.get(path) is not None
    }
    return next(iter(found)) if len(found) == 1 else None


def repair_pairings(g: Grammar) -> None:
    """A source copied into two destinations, one of which has its own named, unread counterpart."""
    read: dict[str, int] = {}
    for r in g.plan.rules:
        for path in set(value_sources(r.value)):
            read[path] = read.get(path, 0) + 1
    for f in g.plan.filters:
        for path in cond_fields(f.keep_when):
            read[path] = read.get(path, 0) + 1
    for r in g.plan.rules:
        if not isinstance(r.value, Src) or read.get(r.value.field, 0) < 2:
            continue
        if any(t.name in ("email_local", "email_domain") for t in r.value.transforms):
            continue  # 'Last Name = the part of the email before the @': a part of the email, said of the email
        twin = _counterpart(g, r.target)
        if twin is None or twin == r.value.field or read.get(twin, 0):
            continue
        if set(g.dm.concepts.get(r.target, [])) & set(g.sm.concepts.get(r.value.field, [])):
            continue  # the source is of the destination's own concept already
        if not any(_names(g, twin, g.traces[i].text) for i in r.sentences if 0 <= i < len(g.traces)):
            continue
        was = r.value.field
        read[was] -= 1
        read[twin] = 1
        r.value = Src(twin, r.value.transforms)
        r.why = [f"{r.target} = {twin}, not {was}: {was} is copied to another field too and the text names {twin}, which nothing read (a list paired in order)"]
        g.traces[r.sentences[0]].became.append(f"{r.target} <- {twin} (not {was}: a list paired in order)")


def _names(g: Grammar, path: str, text: str) -> bool:
    """Does ``text`` name the source field by its exact name or its label (as a whole word)?"""
    f = g.src_obj.get(path)
    if f is None:
        return False
    for name in (f.path, f.label):
        if name and re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text, re.I if name == f.label else 0):
            return True
    return False


# "'USA' instead of 'United States'", "replace 'United States' with 'USA'", "'USA' when HubSpot says 'United States'"
_REPLACEMENT = re.compile(
    r"⟦(?P<new>\d+)⟧\s+instead\s+of\s+⟦(?P<old>\d+)⟧"
    r"|\breplac(?:e|ing)\s+⟦(?P<old2>\d+)⟧\s+(?:with|by)\s+⟦(?P<new2>\d+)⟧"
    r"|⟦(?P<new3>\d+)⟧\s+(?:when|if|where|whenever)\s+(?:hubspot|salesforce|mailchimp|segment|the source|the crm|it|they|the value)\s+(?:says|has|shows|reads|holds|is)\s+⟦(?P<old3>\d+)⟧",
    re.I,
)


def repair_replacements(g: Grammar, used: set[str]) -> None:
    """'Copy the country, but write 'USA' instead of 'United States'': a copy with one value replaced."""
    for sentence, text, _shown in g.read_clauses:
        m = _REPLACEMENT.search(text)
        if m is None:
            continue
        new = int(m.group("new") or m.group("new2") or m.group("new3"))
        old = int(m.group("old") or m.group("old2") or m.group("old3"))
        if not (new < len(g.literals_all) and old < len(g.literals_all)):
            continue
        if g.literals_all[new] in used or g.literals_all[old] in used:
            continue
        rule = _pointed_rule(g, sentence, text)
        if rule is None or not isinstance(rule.value, Src):
            continue
        copy = rule.value
        rule.value = Cases([(Cmp(copy.field, "eq", g.literals_all[old]), Const(g.literals_all[new]))], otherwise=copy)
        rule.why.append(f"{g.literals_all[old]!r} written as {g.literals_all[new]!r}, every other value copied (a replacement)")
        g.traces[sentence].became.append(f"{rule.target}: {g.literals_all[old]!r} -> {g.literals_all[new]!r}, otherwise {copy.field}")
        used |= {g.literals_all[new], g.literals_all[old]}

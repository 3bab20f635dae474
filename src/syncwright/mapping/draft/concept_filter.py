"""A filter read from its ingredients, for a sentence nothing else read (issue #12, round 8).

'Customers and evangelists already live in Salesforce, so don't send those two stages',
'anyone outside those two countries (United States, Mexico) stays out': what any wording of
the concept holds is a set of values of one source field (a picklist's values, or places
for the country) and a word that sends records away (don't send, skip, stays out, exclude)
or keeps them (only). 'outside', 'other than', 'except' and 'everyone else' turn the
sending-away round: the named values are the ones kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Cmp, Cond, DraftFilter, Not
from syncwright.mapping.draft.text import PLACEHOLDER, norm

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_AWAY = re.compile(
    r"\b(?:(?:don't|do not|never|shouldn't|should not|must not|won't)\s+(?:send|sync|include|import|pull|push|bring|copy)|skip(?:ped)?|exclude[ds]?|ignored?|stays? (?:out|away|behind)|kept out|keep out|left out|leave out|hold back|held back|filter(?:ed)? out)\b",
    re.I,
)
# 'only', and 'nobody else' / 'nothing else' after the values ('we just want SQLs, nobody else')
_ONLY = re.compile(r"\bonly\b|\b(?:nobody|no one|nothing|none) else\b", re.I)
_OUTSIDE = re.compile(r"\b(?:outside(?: of)?|other than|except(?: for)?|apart from|besides|not in)\b", re.I)
# 'ignore everyone else', 'the rest stay out': the records sent away are the others
_REST = re.compile(r"\b(?:(?:everyone|everybody|anyone|anybody|all)\s+else|the rest|all (?:the )?others)\b", re.I)
_NOT_PLACES = frozenset(["hubspot", "salesforce", "sfdc", "mailchimp", "segment", "ga4", "google", "analytics", "crm",
                         # the records themselves ("the only ones in our Contacts": no country, round 52)
                         "contacts", "contact", "leads", "lead", "members", "member", "subscribers", "records", "users", "accounts", "people"])
# 'Opted-in contacts only': a state of the record, never a place (round 37: a filter on the country kept nobody)
_NOT_A_PLACE = re.compile(r"\bopt(?:ed)?[- ]?(?:in|out)\b|subscrib|\b(?:active|inactive|verified|existing|engaged|qualified|converted|new)\b", re.I)
_PLACES = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}")


def _picklist_values(g: Grammar, text: str) -> tuple[str, list[str]] | None:
    """The one source field whose documented values the sentence names (plurals too)."""
    hits: list[tuple[str, list[str]]] = []
    plain = norm(text)
    nouns = {g.dst_obj.ref.rsplit(".", 1)[-1].lower().rstrip("s")}
    for f in g.src_obj.fields:
        # a value by its documented name or by the vocabulary's words for it ('MQLs', 'SQLs')
        found = [
            v
            for v in f.values
            if re.search(rf"\b{re.escape(v)}(?:s|es)?\b", text, re.I)
            or any(re.search(rf"\b{re.escape(w)}\b", plain) for w in g.vocab.value_words.get(v, ()))
        ]
        # 'Canada-only lead load' into salesforce.Lead: the object's own noun is no stage value
        found = [v for v in found if v.lower() not in nouns or not re.search(rf"(?:-only\s+){re.escape(v)}\b|\b(?:on|in|into|onto)\s+the\s+{re.escape(v)}\b|\b{re.escape(v)}\s+(?:load|import|sync|push|list|file|feed|export|batch|upload|records?|data)\b"
                                                                                          rf"|\b(?:sf|sfdc|salesforce|hubspot|hs|mailchimp|mc)\s+{re.escape(v)}s?\b", text, re.I)]
        # 'Our partner from London wants only the UK leads': a party the writer owns is who asks, no record's value (round 50)
        found = [v for v in found if not re.search(rf"\b(?:our|my|your|their)\s+{re.escape(v)}(?:s|es)?\b", text, re.I)]
        # "Don't touch the Other address, only Mailing": a value's word naming fields is no value (round 56)
        found = [v for v in found if not re.search(rf"\b{re.escape(v)}\s+(?:address|addresses|phone|fields?|street|city|state|country)\b", text, re.I)]
        if found:
            hits.append((f.path, found))
    best = max((len(v) for _, v in hits), default=0)
    top = [h for h in hits if len(h[1]) == best]
    return top[0] if best and len(top) == 1 else None


# a sentence about a value's format: its 'only' keeps digits or a date's part, its capitals are a region or a pattern
# ('(Spaces only = empty.)': what counts as empty, whose capital is no place either)
_FORMAT_TALK = re.compile(r"\+\d|\bdigits?\b|\bE\.?164\b|\bYYYY|\bcountry ?code\b|\bdial(?:ling)? code\b|\b(?:white)?spaces?\b", re.I)


def _places(g: Grammar, text: str) -> tuple[str, list[str]] | None:
    """Places in brackets or after 'outside'/'except', for the source's country field."""
    if _FORMAT_TALK.search(text):
        return None  # 'keep digit only and put +1 in front (US)', 'only take the YYYY-MM-DD part': a format, not places (round 44)
    cue = _OUTSIDE.search(text) or _ONLY.search(text)
    part = ", ".join(re.findall(r"\(([^()]+)\)", text)) or (text[cue.end() :] if cue else "")
    names = list(dict.fromkeys(n for n in _PLACES.findall(part) if n.lower() not in ("the", "those", "these")))
    country = g.resolve("country", "src")
    # 'contacts that have an Original Source', 'where HubSpot knows the Lead Source': a field's own label or name,
    # or a platform's name, is never a place (it made a filter on the country that kept nobody)
    own = {norm(w) for f in g.src_obj.fields for w in (f.path, f.label) if w}
    names = [n for n in names if norm(n) not in own and not all(norm(w) in _NOT_PLACES for w in n.split()) and not _NOT_A_PLACE.search(n)]
    # 'only Mailing' (the Mailing address fields): a word that starts the destination's field names is no place (round 56)
    starts = {norm(w) for f in g.dst_obj.fields for w in re.findall(r"^[A-Z][a-z]+(?=[A-Z])", f.path.rsplit(".", 1)[-1])}
    names = [n for n in names if norm(n) not in starts]
    if not names or country is None:
        return None
    rest = part
    for n in names:
        rest = rest.replace(n, " ")
    named = [g.resolve(n, "src") for n in names]
    if any(m.best.path != country.best.path for m in g.mentions(rest, "src")) or any(
        m is not None and m.exact_case and m.best.path != country.best.path for m in named
    ):
        return None  # 'in the Sales or Purchasing departments', 'whose Department is ...': another field's values, not places
    return country.best.path, names


# 'other contacts', 'all other leads': the rest of the records, never the picklist value 'other';
# nor 'other field not send' / 'other stage not sync yet' (round 44: plurals dropped, as
# Vietnamese- and Indonesian-shaped English drops them)
_OTHER_RECORDS = re.compile(
    r"\b(?:all\s+(?:the\s+)?|the\s+|any\s+)?other\s+(?=(?:contacts?|leads?|members?|records?|people|persons?|subscribers?|users?|customers?|ones?"
    r"|fields?|values?|stages?|propert(?:y|ies)|columns?|data|info|things?)\b)"
    r"|\b(?:all\s+(?:the\s+)?|the\s+|any\s+)others\b"  # 'the others stay in HubSpot only'
    r"|\b(?:no\s+need\s+(?:for\s+)?(?:the\s+)?|not\s+)others?\s*(?=[.!?]*\s*$)",  # 'only have these 5 countries, so no need other'
    re.I,
)
_PARTS = re.compile(r"\s[-\u2013\u2014]\s|[;()]|,\s*(?=(?:but\s+|and\s+)?not\b)")
_CONTRAST = re.compile(r"\bnot\b|\bstays?\b|\bremains?\b", re.I)


def _only_side(text: str, values: list[str]) -> list[str] | None:
    """The values named in the parts of ``text`` that do not send records away, when 'only' is in
    such a part and another part (after a dash, a bracket, ';', ', not') sends the rest away;
    None when the sentence is not so split."""
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    away = [bool(_AWAY.search(p) or _CONTRAST.search(p)) for p in parts]
    if not any(away) or not any(_ONLY.search(p) for p, a in zip(parts, away, strict=True) if not a):
        return None
    def named_in(p: str) -> set[str]:
        return {v for v in values if re.search(rf"\b{re.escape(v)}(?:s|es)?\b", p, re.I)}
    kept = set().union(*(named_in(p) for p, a in zip(parts, away, strict=True) if not a))
    dropped = set().union(*(named_in(p) for p, a in zip(parts, away, strict=True) if a))
    if not kept or not dropped or kept & dropped:
        return None
    return [v for v in values if v in kept]


# 'it shall not be left out', 'never skipped': the send-away word denied keeps the record (round 52: 'the
# Lead field ... shall not be left out' skipped every lead)
_DENIED = re.compile(r"\b(?:not|never|n't|no longer)\s+(?:be\s+|been\s+|get\s+|gets\s+)?$", re.I)


_ONLY_FIELDS = re.compile(r"\bonly\s+(?:into|to|in|onto)\s+(?:the\s+)?[\w*.]+(?:\s+[\w*.]+)?\s+fields?\b|\bonly\s+(?:the\s+)?[\w*.]+\s+fields\b|\w\*", re.I)


def _sends_away(text: str) -> re.Match[str] | None:
    """The first send-away word in ``text`` that no 'not' denies."""
    return next((m for m in _AWAY.finditer(text) if not _DENIED.search(text[: m.start()])), None)


def concept_filter(g: Grammar, text: str) -> bool:
    """Add a filter for ``text`` when its ingredients are there; nothing otherwise."""
    away, only, outside = _sends_away(text), _ONLY.search(text), _OUTSIDE.search(text)
    if not (away or only) or PLACEHOLDER.search(text):
        return False
    if only and not away and _ONLY_FIELDS.search(text):
        return False  # 'map only into the Mailing* fields (Other* fields we are not using)': which fields, not which records (round 52)
    if only and not away and _FORMAT_TALK.search(text):
        return False  # 'in E.164: only the digits are kept, with "+" in front': a format's 'only' (round 50)
    if any(m.exact_case for m in g.mentions(text, "dst")):
        return False  # a sentence naming destination fields is a mapping, not (only) a filter
    bare = _ONLY.sub(" ", _AWAY.sub(" ", _OUTSIDE.sub(" ", text)))  # 'other than' is not the stage 'other'
    bare = _OTHER_RECORDS.sub(" ", bare)  # nor is 'Other contacts are skipped' (round 25)
    found = _picklist_values(g, bare) or _places(g, text)
    if found is None:
        return False
    field, values = found
    kept = _only_side(text, values) if only else None
    if kept is not None:
        # 'only the Hot and Warm leads (the Cold and unrated ones stay in Salesforce)', 'only subscribed members (not
        # pending, unsubscribed or cleaned)': the values of the part that sends records away are not kept
        values, away = kept, None
    named: Cond = Cmp(field, "eq", values[0]) if len(values) == 1 else Cmp(field, "in", values)
    keep = named if (only and not away) or (away and (outside or _REST.search(text))) else Not(named)
    g.plan.filters.append(DraftFilter(keep, g.sentence, f"{'only' if keep is named else 'skip'} {field} {', '.join(values)} (concept: values of one field and a keep/send-away word)", guessed=True))
    g.traces[g.sentence].became.append(f"filter: {'only' if keep is named else 'skip'} {field} in {values}")
    return True


_BRACKET = re.compile(r"\((?P<v>[^()]+)\)\s*$")


def bracket_values_filter(g: Grammar, text: str, keep_cue: re.Pattern[str], skip_cue: re.Pattern[str]) -> bool:
    """'Skip closed leads (Closed - Converted and Closed - Not Converted)': a keep/skip clause
    whose closing bracket lists documented values of one source picklist, every item of it
    one; those values are the filter, whatever the words before the bracket call them."""
    br = _BRACKET.search(text)
    if br is None:
        return False
    head = text[: br.start()]
    keep, skip = keep_cue.search(head), skip_cue.search(head)
    if bool(keep) == bool(skip):
        return False
    items = [i.strip() for i in re.split(r"\s*(?:,|;|\bor\b|\band\b)\s*", br.group("v")) if i.strip()]
    fits = []
    for f in g.src_obj.fields:
        vals = [next((v for v in f.values if v.lower() == i.lower()), None) for i in items]
        if items and f.values and all(v is not None for v in vals):
            fits.append((f.path, [v for v in vals if v is not None]))
    if len(fits) != 1:
        return False
    field, values = fits[0]
    named: Cond = Cmp(field, "eq", values[0]) if len(values) == 1 else Cmp(field, "in", values)
    cond: Cond = named if keep else Not(named)
    g.plan.filters.append(DraftFilter(cond, g.sentence, f"{'only' if keep else 'skip'} {field} {', '.join(values)} (concept: the values a bracket lists)", guessed=True))
    g.traces[g.sentence].became.append(f"filter: {'only' if keep else 'skip'} {field} in {values}")
    return True

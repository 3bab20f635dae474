"""A GA4 event's custom params said by their bare names: 'created_date: create date',
'signup_date = createdate', 'industry: the industry, lowercased' (round 43).

GA4 Measurement Protocol events carry any params their sender names; the catalog knows only
client_id, user_id and the event's name, so a custom param's name is in no catalog and
'created_date: create date' named no destination (asked in six opened sets). ``param_items``
reads such names under a 'Params:' lead-in; this reads them on a line or sentence of their own:
a lower-case name that is no field of the event, then ':', '=', '->', 'is' or 'gets', then
words naming a source field, is 'params.<name> = ...'. Only for a GA4 destination, and never
when the sentence speaks of user properties (those are no event params).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_BARE = re.compile(
    r"^(?P<lead>\s*(?:[-*•]\s+|\d+[.)]\s+)?)(?P<k>(?-i:[a-z][a-z0-9_]{1,40}))\s*(?P<verb>:|=|->|→|\bis\b|\bgets\b|\bholds\b)\s*(?P<v>\S.*)$"
)
_PARAMS_HEAD = re.compile(r"\b(?:param(?:eter)?s?|properties)\b[^:\n]{0,30}:\s*$", re.I)
# words that head a sentence without being a param's name
_NOT_NAME = frozenset(["event", "event_name", "name", "client", "client_id", "user", "user_id", "id", "params", "param", "parameters",
                       "the", "it", "this", "that", "and", "if", "when", "only", "skip", "then", "else", "otherwise", "note", "also",
                       "everything", "everyone", "rest", "target", "ga4", "hubspot", "salesforce", "segment", "mailchimp", "crm", "rule", "rules", "events", "timestamp", "blank", "empty"])


def bare_params(g: Grammar, text: str) -> str:
    """``text`` with each 'name: source words' sentence of a GA4 mapping said 'params.name = ...'."""
    if g.dst_obj.ref != "ga4.events":
        return text
    known = {n.lower() for f in g.dst_obj.fields for n in (f.path, f.leaf) if n}

    def one(sentence: str) -> str:
        m = _BARE.match(sentence)
        if m is None or m["k"] in _NOT_NAME or m["k"] in known or re.search(r"\buser[ _]propert", sentence, re.I):
            return sentence
        if m["k"] == "source" and m["verb"] == ":":  # 'Source: HubSpot contacts' names the records
            return sentence
        if not g.mentions(m["v"], "src"):
            return sentence
        return f"{m['lead']}params.{m['k']} = {m['v']}"

    out: list[str] = []
    under = False  # in the items under a 'Params:' heading, which ``param_items`` and the list readers read
    for ln in text.split("\n"):
        if _PARAMS_HEAD.search(ln):
            under = True
        elif under and (not ln.strip() or not re.match(r"^\s+\S|^\s*(?:[-*•]|\d+[.)])\s", ln)):
            under = False
        out.append(ln if under else " ".join(one(s) for s in re.split(r"(?<=[.!?])\s+(?=[a-z])", ln)))
    return "\n".join(out)

"""'skip the rest', 'Nobody else is sent': the records a 'for <group>' phrase named are the
only ones sent.

Why: a plain text often names its group where it names the event or the rules ('send a
sign_up event for contacts at the lead stage ...', 'For customers (stage customer) send one
purchase event ...') and only afterwards says that everybody else is left out. The group
becomes a filter once that second sentence is read; without it, 'for <group>' stays a
description and filters nothing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.text import PLACEHOLDER

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_REST_OUT = re.compile(
    r"^(?:and\s+)?(?:(?:skip|ignore|drop|leave out|exclude)\s+(?:the rest|the others|all (?:the )?others|every(?:one|body) else|any(?:one|body) else)"
    r"|(?:nobody|no one|no-one|none of the others|nothing) else (?:is|gets?|should be|will be) (?:sent|synced|imported|created|included|pushed)"
    r"|(?:the rest|the others|every(?:one|body) else|all others) (?:are|is|get|gets|should be|will be) (?:skipped|ignored|dropped|left out|excluded|not sent|not synced|not imported))"
    r"(?:\s+(?:for now|at all|entirely))?$",
    re.I,
)
_GROUP = re.compile(
    r"\bfor\s+(?P<g>(?:the\s+|all\s+|any\s+)?(?:contacts?|leads?|members?|people|records?|subscribers?|customers?|users?)\b[^;⟦()]*?)"
    r"(?:\s+only)?\s*(?:\((?P<p>[^()⟦]*)\))?(?=\s+(?:send|sync|create|push|import|add|make|fire|trigger|track|identify)\b|\s*[;,]|\s+only\b|$)",
    re.I,
)


def rest_skipped(g: Grammar, text: str) -> bool:
    """Read 'skip the rest' as a filter on the group an earlier 'for <group>' named."""
    if not _REST_OUT.match(text.strip(" .")):
        return False
    if g.plan.filters:
        g._note("(the complement of the filter above)")
        return True
    from syncwright.mapping.draft.grammar import _strip_subject

    for _sentence, clause, _shown in reversed(g.read_clauses):
        for m in _GROUP.finditer(clause):
            tries = [m.group("p") or "", _strip_subject(m.group("g"))]
            tries += [re.sub(r"^(?P<f>[a-z][\w ]*?)\s+(?=\w+(?:\s+or\s+\w+)*$)", r"\g<f> is ", t) for t in tries if t]
            for t in tries:
                if not t.strip() or PLACEHOLDER.search(t):
                    continue
                cond = g.condition(t)
                if cond is not None:
                    g._add_filter(cond, f"only {m.group('g').strip()} (the rest is skipped)")
                    return True
    return False

"""A request typed as one long run-on line with hardly any punctuation (round 32): "ok so what I
need is for the leads to go over to hubspot and the email goes in email and then the first name
same thing and the company goes in Company and if there ain't no company just put Unknown ...".

Every reader keys on sentences and clauses, and a line without commas or full stops is one
sentence of a dozen requests: a filter or a table read first takes the requests after it as its
own words. Typed punctuation is put back only where a new request plainly starts ('and then',
'and the job title goes in ...', 'and also skip ...') and a condition meets its action ('if
there's no company just put ...'). Only a long line with almost no punctuation is touched, so a
typed sentence ('first name and last name, title case') never is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_WORDS_AT_LEAST = 30  # a line shorter than this is a sentence, however it is punctuated
_MARKS_PER_WORD = 1 / 20  # fewer sentence marks than this per word: a run-on
_MARK = re.compile(r"[.,;:!?](?=\s|$)")
_VERB = r"(?:goes|go|needs to go|should go|ought to go|has to go|comes|come over|comes over|gets set|gets|lands?|is|are|should be|needs to be)"
# 'and then', 'and also skip', 'so skip', 'and for everybody else': the next request
_NEXT = re.compile(
    r"\s+(?:and\s+then|and\s+also|also|then\s+also)\s+(?=\S)"
    r"|\s+(?:and|so|but)\s+(?:also\s+)?(?=(?:just\s+)?(?:skip|only|set|put|make|use|copy|bring|send|leave|trim|stamp|tag|mark|drop|exclude|ignore|"
    r"for (?:everybody|everyone|everything|anybody|those|them|the rest|all)|for (?:the\s+)?[\w/ -]{1,25}? (?:on|in)\b|I (?:want|need)|we (?:want|need))\b)",
    re.I,
)
# 'and the job title goes in Title', 'so street address goes in Mailing Street': a field phrase, then its verb
_FIELD_NEXT = re.compile(rf"\s+(?:and|so)\s+(?P<p>(?:the\s+|their\s+|his\s+|her\s+)?[A-Za-z][\w/-]*(?:\s+[\w/-]+){{0,3}}?)\s+(?={_VERB}\b)", re.I)
# 'both of em', 'them two': a format said once for the pair just named
_BOTH = re.compile(r"\b(?:both(?: of (?:them|em))?|them two|those two|these two)\b", re.I)
# 'if there ain't no company just put Unknown', 'if it's blank then put ...': the condition, a comma, its action
_ACTION = re.compile(r"\s*\b(?P<c>(?:and\s+)?(?:if|when)\s+[^,.;]{3,80}?)\s+(?:then\s+)?(?=(?P<a>(?:just\s+)?(?:put|use|set|leave|send|call it|make it|default|skip|don't|do not))\b)", re.I)
# an action that leaves the record out: its condition opens a request of its own ('... filled in if the company's empty skip em')
_SKIPS = re.compile(r"(?:just\s+)?(?:skip|don't|do not)\b", re.I)


def _is_run_on(line: str) -> bool:
    """Thirty words or more and fewer than one sentence mark per twenty of them."""
    words = line.split()
    return len(words) >= _WORDS_AT_LEAST and len(_MARK.findall(line)) < len(words) * _MARKS_PER_WORD


def _cut(g: Grammar, line: str) -> str:
    """One run-on line with its full stops and commas put back (the module's docstring says where)."""
    line = _NEXT.sub(". ", line)
    cut_at = line

    def field_next(m: re.Match[str]) -> str:
        phrase = re.sub(r"^(?:the|their|his|her)\s+", "", m.group("p"), flags=re.I)
        if g.resolve(phrase, "src") is None and g.resolve(phrase, "dst") is None:
            return m.group(0)
        if _BOTH.search(cut_at[m.end() : m.end() + 80]):
            return m.group(0)  # 'FNAME is the first name and LNAME is the last name both of em in proper case': one request
        return ". " + m.group("p") + " "

    line = _FIELD_NEXT.sub(field_next, line)
    # '... and LNAME is the last name both of em in proper case': the pair's format after a comma, as typed
    line = re.sub(r"\s+(?=(?:both(?: of (?:them|em))?|them two)\s+(?:in|to|as|are|get|should|need|title|upper|lower|proper|all|trimmed|straight|just)\b)", ", ", line, flags=re.I)
    line = re.sub(r"\s+and\s+(?=if\b)", ", and ", line, flags=re.I)

    def action(m: re.Match[str]) -> str:
        if _SKIPS.match(m.group("a")):
            return ". " + re.sub(r"^and\s+", "", m.group("c"), flags=re.I) + ", "
        return " " + m.group("c") + ", "

    return _ACTION.sub(action, line).lstrip()


def cut_run_on(g: Grammar, text: str) -> str:
    """``text`` with each run-on line cut into sentences where a new request starts."""
    return "\n".join(_cut(g, ln) if _is_run_on(ln) else ln for ln in text.split("\n"))

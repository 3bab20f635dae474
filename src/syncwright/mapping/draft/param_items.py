"""An event's params listed under a 'Params:' lead-in by their bare names: "In the params of the
event: method is the Original Source in lower case; country is the Country/Region as it is",
"Params: currency always 'EUR', value is the Annual Revenue as a number, and company is the
Company Name", "Params of the event: - created_on: the Create Date ...". A custom param's
name is in no catalog, so 'method is X' names no destination; under the lead-in each item's
leading snake_case word is a param, written 'params.<name> = ...' (the form the grammar reads
for a custom param). Why a module: it keys on the lead-in and the items' shape only."""

from __future__ import annotations

import re

_LEAD = re.compile(
    r"^(?:(?:in|for|on|as)\s+)?(?:the\s+)?(?:event\s+)?(?:params|parameters)(?:\s+(?:of|for|on)\s+(?:(?:the|each|this|every)\s+)?(?:\w+\s+)?event)?\s*:\s*(?P<items>.+)$",
    re.I,
)
# the lead-in after the event it belongs to: "One event named 'x' with params: ...", "The event is
# called 'sign_up', and its params are: ..." (the words before it stay a clause of their own)
_LATE_LEAD = re.compile(r"(?:,\s*)?(?:\s+|^)(?:with|and|and with)\s+(?:its\s+|the\s+|these\s+)?(?=(?:event\s+)?(?:params|parameters)(?:\s+are\s*:?|\s*:))", re.I)
_NAME = r"(?-i:[a-z][a-z0-9_]*)"
_VERB = r"(?:is always|are always|always|is|are|=|<-|:|should be|must be|set to|(?:copied|taken|pulled)(?: straight| directly| as is)? from|comes from|straight from|from)"
_SPLIT = re.compile(rf"\s*[;,]\s*(?:and\s+)?(?={_NAME}\s*{_VERB}(?:\s|$))", re.I)
_ITEM = re.compile(rf"^(?:and\s+)?(?P<k>{_NAME})\s*(?P<verb>{_VERB})\s*(?P<v>\S.*)$", re.I)
_NOT_NAME = frozenset({"it", "they", "this", "that", "which", "the", "its", "if", "when", "and", "or", "but", "in", "for"})


def param_items(s: str) -> str:
    """``s`` with each 'name is X' item under a params lead-in written 'params.name = X';
    unchanged unless every item has that shape."""
    pre, orig = "", s
    late = _LATE_LEAD.search(s)
    if late is not None and late.start() > 0:
        pre, s = s[: late.start()].strip(" ,;"), s[late.end() :]
        s = re.sub(r"^((?:event\s+)?(?:params|parameters))\s+are\s*:?", r"\1:", s, flags=re.I)
    m = _LEAD.match(s.strip())
    if m is None:
        return orig
    out: list[str] = []
    for item in _SPLIT.split(m.group("items").strip(" .")):
        it = _ITEM.match(item.strip())
        if it is None or it.group("k") in _NOT_NAME:
            return orig
        v = it.group("v").strip()
        fixed = re.match(r"^(?:hard-?coded(?:\s+(?:to|as))?|fixed(?:\s+(?:to|at|as))?|(?:the\s+)?constant|(?:the\s+)?literal)\s+(?=\S)", v, re.I)
        always = "always" in it.group("verb").lower() or fixed is not None  # 'source_system is hardcoded 'hubspot''
        out.append(f"params.{it.group('k')} = {'always ' if always else ''}{v[fixed.end():] if fixed else v}")
    return "; ".join([pre, *out] if pre else out)

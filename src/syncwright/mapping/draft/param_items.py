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
    r"^(?:(?:in|for|on|as)\s+)?(?:the\s+)?(?:event\s+)?(?:params|parameters)(?:\s+(?:of|for|on)\s+(?:the|each|this|every)\s+(?:\w+\s+)?event)?\s*:\s*(?P<items>.+)$",
    re.I,
)
_NAME = r"(?-i:[a-z][a-z0-9_]*)"
_VERB = r"(?:is always|are always|always|is|are|=|:|should be|must be)"
_SPLIT = re.compile(rf"\s*[;,]\s*(?:and\s+)?(?={_NAME}\s*{_VERB}(?:\s|$))", re.I)
_ITEM = re.compile(rf"^(?:and\s+)?(?P<k>{_NAME})\s*(?P<verb>{_VERB})\s*(?P<v>\S.*)$", re.I)
_NOT_NAME = frozenset({"it", "they", "this", "that", "which", "the", "its", "if", "when", "and", "or", "but", "in", "for"})


def param_items(s: str) -> str:
    """``s`` with each 'name is X' item under a params lead-in written 'params.name = X';
    unchanged unless every item has that shape."""
    m = _LEAD.match(s.strip())
    if m is None:
        return s
    out: list[str] = []
    for item in _SPLIT.split(m.group("items").strip(" .")):
        it = _ITEM.match(item.strip())
        if it is None or it.group("k") in _NOT_NAME:
            return s
        always = "always" in it.group("verb").lower()
        out.append(f"params.{it.group('k')} = {'always ' if always else ''}{it.group('v').strip()}")
    return "; ".join(out)

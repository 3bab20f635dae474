"""'only optout = "false" (blank ones don't count, skip em)': a filter's blank records left out (round 31).

The converse of ``empties_stay``. A filter that keeps records whose value differs from one
('only X = false' reads as 'X is not true', 'skip X = V' as 'X is not V') keeps the records
with no value too; when the text then says the blank ones do not count, are skipped or are
not to be sent, those are left out as well: the filter also asks for a value. Said in a
bracket after the filter or as a clause of its own right after it ('blank ones are skipped
too'), naming no field: it is said of the filter just read. A clause that names its field
('contacts with a blank optout are skipped') is a filter of its own and is left to the
filter reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import And, Cmp, DraftFilter

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_BLANK = r"(?:blank|empty|missing|null|unset)"
_ONES = (rf"(?:the\s+|an?\s+)?{_BLANK}(?:\s+(?:ones?|values?|records?|contacts?|leads?|members?))?"
         rf"|(?:the\s+)?(?:ones|contacts|leads|members|records|those|people)\s+(?:with(?:\s+an?)?\s+(?:{_BLANK}|no)(?:\s+value|\s+one)?|without(?:\s+an?|\s+any)?\s+value|(?:whose|where)\s+it\s+is\s+{_BLANK})")
_GO = (r"(?:don't|do not|doesn't|does not|won't|will not)\s+count"
       r"|(?:are|is|get|gets|should be|must be|will be|shall be)\s+(?:also\s+)?(?:skipped|excluded|dropped|left out|ignored|filtered out|not sent|not synced|not included|out)"
       r"|(?:are|is|should|must|shall)\s+not\s+(?:to\s+)?(?:be\s+)?(?:sent|synced|included|transferred|imported)"
       r"|(?:skip|drop|exclude|ignore|leave out)\s+(?:them|em|'em|those|these|too)")
_CLAUSE = re.compile(rf"^(?:but\s+|and\s+|so\s+)?(?:{_ONES})\s+(?:{_GO})(?:\s*[,;-]?\s*(?:so\s+|just\s+)?(?:{_GO}|(?:skip|drop|exclude)\s+(?:them|em|'em|those)))?(?:\s+(?:too|as well|either|also))?$", re.I)
_NAMED = re.compile(rf"^(?:but\s+|and\s+|so\s+)?(?:(?:the\s+)?(?:ones|contacts|leads|members|records|those|people)\s+with\s+(?:an?\s+)?)?(?:an?\s+|the\s+)?{_BLANK}\s+(?P<f>[\w.]+(?:\s+[\w.]+){{0,2}}?)\s+(?:{_GO})(?:\s+(?:too|as well|either|also))?$", re.I)
_KEEP_WORD = re.compile(r"\b(?:stay|stays|kept|keep|still (?:sent|synced|included)|fine|ok|okay|go through|are sent)\b", re.I)
_GO_WORD = re.compile(rf"\b{_BLANK}\b.*(?:{_GO})|(?:{_GO}).*\b{_BLANK}\b|\b{_BLANK} (?:ones|values?)\b.*\b(?:skip|drop|exclude)", re.I)


def leave_blanks_out(fl: DraftFilter) -> bool:
    """Make ``fl`` also ask for a value when it keeps the blank ones by its own reading."""
    c = fl.keep_when
    if not (isinstance(c, Cmp) and c.op in ("false", "ne", "not_in")):
        return False
    fl.keep_when = And([c, Cmp(c.field, "not_empty")])
    fl.reason += f" (records with no {c.field} are left out)"
    return True


def says_blanks_go(text: str) -> bool:
    """A bracket after a filter that says the records with no value are not sent."""
    return bool(_GO_WORD.search(text)) and not _KEEP_WORD.search(text)


def _named(g: Grammar, text: str) -> bool:
    """'blank revenue gets skipped': the records with no value in that field are left out, by
    the filter on it already read (widened when it kept them) or by a filter of its own."""
    m = _NAMED.match(text)
    f = g.resolve(m.group("f"), "src") if m else None
    if f is None:
        return False
    path = f.best.path
    mine = [fl for fl in g.plan.filters if isinstance(fl.keep_when, Cmp) and fl.keep_when.field == path]
    if mine:
        widened = [fl for fl in mine if leave_blanks_out(fl)]
        g._note(f"filter on {path}: records with no value are left out" + ("" if widened else " (they are already)"))
        return True
    g.plan.filters.append(DraftFilter(Cmp(path, "not_empty"), g.sentence, f"skip records with no {path}"))
    g._note(f"filter: skip records with no {path}")
    return True


def empties_go(g: Grammar, text: str) -> bool:
    """'blank ones don't count, skip em' right after a filter: its blank records are left out."""
    text = text.strip().rstrip(".!")
    if _named(g, text):
        return True
    if not g.plan.filters or _CLAUSE.match(text) is None:
        return False
    fl = g.plan.filters[-1]
    if not leave_blanks_out(fl):
        c = fl.keep_when
        if isinstance(c, Cmp) and c.op in ("eq", "in", "true", "gt", "ge", "lt", "le", "not_empty"):
            g._note(f"filter on {c.field}: records with no value are left out (they are already)")
            return True
        return False
    g._note(f"filter: {fl.reason}")
    return True

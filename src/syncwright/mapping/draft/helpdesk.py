"""A help-desk ticket pasted as the request: its fields and boilerplate set aside, its follow-ups applied (round 42).

A customer success manager asks the CRM team through Zendesk or Freshdesk, and the ticket is
pasted whole: a subject, the ticket's fields ('Ticket #48213', 'Priority: Normal', 'Requester:
...', often on one line with '|'), who wrote each message and when ('Renata Okafor (original
message):', 'Sunita Rao, Nov 4, 09:12', '— Agent reply —', 'Internal note (Aisha K.):'),
signatures and the desk's own lines ('##- Please type your reply above this line -##', 'This
ticket was created via email'). Read as rules those set Status to 'Normal' or ask about every
line. The request is the first message as the follow-ups amend it: 'Correction: not "N/A" for
the company ... Use "Not Provided".' replaces the value where the request said it. ('leave Phone
out of the mapping' after a sentence that asked for Phone among other fields is not applied: the
corrections reader drops a whole line naming the field, and with it the other rules of a line like
'copy the email, phone and city'; it is asked about.) So on a text that is such a ticket the fields, headers, signatures and
boilerplate go (the notes quote the fields), a correction of a quoted value is applied to the
text before it and then goes, and the rest is read as the request. Any other text comes back
as it was.
"""

from __future__ import annotations

import re

_FIELD_KEYS = (
    r"ticket|ticket id|priority|requester|requested by|assignee|assigned to|type|status|group|tags|channel|via|created|"
    r"updated|organization|organisation|cc|collaborators|brand|form|product|sla|due|source"
)
_FIELD = re.compile(rf"^\s*(?:\[?ticket\s*#\s*\d+\]?|(?:{_FIELD_KEYS})\s*(?:#|:)\s*\S.*)$", re.I)
_TICKET = re.compile(r"^\s*\[?ticket\s*#\s*\d+|reply above this line|this ticket was (?:created|submitted)", re.I | re.M)
_BOILER = re.compile(
    r"^\s*(?:#+-?\s*)?(?:please type your reply above this line|reply above this line|this ticket was (?:created|submitted|merged)\b.*|"
    r"this (?:email|message) is a service from .*|powered by (?:zendesk|freshdesk).*|view (?:this )?ticket.*|-+\s*original message\s*-+|"
    r"you are receiving this because .*|\[ticket\s*#\s*\d+\].*|original message from .*:|.{1,60}\bwrote:)\s*(?:-?#+)?\s*$",
    re.I,
)
_SUBJECT = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?subject\s*:\s*(?P<s>.*)$", re.I)
_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+\.?|\s[A-Z]\.)*"
# 'Renata Okafor (original message):', 'Sunita Rao, Nov 4, 09:12', '— Agent reply —', 'Public reply (Devon):'
_HEADER = re.compile(
    rf"^\s*(?:[\u2014\u2013-]+\s*)?(?:{_NAME}(?:\s*\((?:original message|requester|agent|customer)\))?(?:,\s*\w{{3,9}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?(?:,?\s*(?:at\s+)?\d{{1,2}}:\d{{2}}(?:\s*[ap]m)?)?)?"
    rf"|(?i:agent|public|customer)\s+(?i:reply|comment|response)(?:\s*\({_NAME}\))?|(?i:internal note)(?:\s*\({_NAME}\))?)\s*:?\s*(?:[\u2014\u2013-]+)?\s*$",
)
# 'Internal note (Aisha K.): ...', 'Renata Okafor: ...': who wrote the line, before what it says
_LEAD = re.compile(rf"^\s*(?:(?i:internal note)(?:\s*\({_NAME}\))?|(?i:agent|public)\s+(?i:reply)(?:\s*\({_NAME}\))?|{_NAME})\s*:\s+(?=\S)")
_CLOSING = re.compile(r"^\s*(?:thanks|thank you|many thanks|best|best regards|kind regards|regards|cheers|all the best|warm regards)\b[^.?]{0,20}[,!.]?\s*$", re.I)
_SIGNED = re.compile(r"^\s*(?:--\s*)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?:\s*[|,]\s*[\w .,&'-]+)*\s*$")
# 'not "N/A" for the company ...', '"New" isn't one of our values', 'instead of "X"': the value taken back
_NOT_VALUE = re.compile(r"(?:\bnot\s+|\binstead\s+of\s+)(?P<q>[\"'])(?P<x>[^\"'\n]+)(?P=q)|(?P<r>[\"'])(?P<y>[^\"'\n]+)(?P=r)\s+(?:is\s*n[o']t|isn't|is not|won't work|doesn't work|is wrong)\b", re.I)
# 'Use "Not Provided".', '... gets "Open - Not Contacted" instead': the value put in its place
_NEW_VALUE = re.compile(r"\b(?:use|put|make it|go with|set it to|gets?|should be)\s+(?P<q>[\"'])(?P<v>[^\"'\n]+)(?P=q)|(?P<r>[\"'])(?P<w>[^\"'\n]+)(?P=r)\s+instead\b", re.I)
_AMENDS = re.compile(r"\b(?:correction|update|actually|change of plan|amend\w*)\b", re.I)
_ABOUT_ONLY = re.compile(r"^(?:correction|update)\s+(?:on|to|about|for)\s+(?:the\s+)?[\w ]{1,30}[.:]?$", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


# keys only a ticket has ('Type:', 'Status:', 'Source:' head a spec's own blocks too)
_DESK_KEY = re.compile(r"^\s*(?P<k>requester|requested by|assignee|assigned to|priority|collaborators|sla|brand)\s*:", re.I)


def _is_ticket(text: str) -> bool:
    keys = {m["k"].lower() for ln in text.splitlines() for p in _parts(ln) if (m := _DESK_KEY.match(p))}
    return bool(_TICKET.search(text)) or len(keys) >= 2


def _parts(line: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s[|·]\s", line) if p.strip()] if ("|" in line or "·" in line) else [line]


def _replaced(lines: list[str], old: str, new: str) -> list[str]:
    """``lines`` with the quoted value ``old`` written as ``new``, in the same quotes."""
    said = re.compile(rf"([\"']){re.escape(old)}\1")
    return [said.sub(lambda m: f"{m[1]}{new}{m[1]}", ln) for ln in lines]


def _apply_corrections(lines: list[str], applied: list[str]) -> list[str]:
    """Each 'not "X" ... use "Y"' in a follow-up replaces "X" in the lines before it; the correction goes."""
    out: list[str] = []
    for ln in lines:
        if not _AMENDS.search(ln) and not _NOT_VALUE.search(ln):
            out.append(ln)
            continue
        said = _SENTENCE.split(ln)
        keep: list[str] = []
        k = 0
        while k < len(said):
            old = _NOT_VALUE.search(said[k])
            pair = [said[k]] if old else []
            new = _NEW_VALUE.search(said[k]) if old else None
            if old and new is None and k + 1 < len(said):
                new = _NEW_VALUE.search(said[k + 1])
                pair = [said[k], said[k + 1]] if new else pair
            x = (old["x"] or old["y"]) if old else None
            v = (new["v"] or new["w"]) if new else None
            before = "\n".join(out)
            if x and v and x != v and re.search(rf"[\"']{re.escape(x)}[\"']", before):
                out = _replaced(out, x, v)
                applied.append(" ".join(pair))
                k += len(pair)
                continue
            keep.append(said[k])
            k += 1
        rest = " ".join(k for k in keep if not _ABOUT_ONLY.match(k))
        if rest.strip():
            out.append(rest)
    return out


def read_ticket(text: str) -> tuple[str, str | None]:
    """The ticket's request as amended by its follow-ups, and a note naming what was set aside."""
    if not _is_ticket(text):
        return text, None
    lines = text.splitlines()
    kept: list[str] = []
    fields: list[str] = []
    signing = False
    head = True  # above the first message: the subject and the ticket's fields
    for ln in lines:
        if signing:
            if ln.strip() and _SIGNED.match(ln) and len(ln) < 80:
                continue
            signing = False
        if (m := _SUBJECT.match(ln)) is not None:
            fields.append(f"Subject: {m['s'].strip()}")
            continue
        if head and ln.strip() and (all(_FIELD.match(p) for p in _parts(ln)) or re.match(r"^\s*\[?ticket\s*#\s*\d+", ln, re.I)):
            fields.extend(_parts(ln))  # the ticket's fields, above its first message ('Status: subscribed' in a message is a rule)
            continue
        if _BOILER.match(ln) or (ln.strip() and _HEADER.match(ln)) or re.match(r"^\s*--\s*\S.{0,40}$", ln):
            continue
        if _CLOSING.match(ln) or ln.strip() == "--" or re.match(r"^\s*(?:xo|xx|cheers|thx|ta)\s+[A-Z][a-z]+\s*$", ln):
            signing = True  # a closing, or the '--' a signature starts with: the name and title lines under it go too
            continue
        ln = re.sub(r"^\s*>\s?", "", ln)  # the request quoted in the agent's reply
        if ln.strip() and not _BOILER.match(ln):
            head = False
        kept.append(_LEAD.sub("", ln))
    applied: list[str] = []
    kept = _apply_corrections(kept, applied)
    note = f"(a help-desk ticket: its fields {', '.join(repr(f) for f in fields)} and its headers, signatures and boilerplate set aside"
    if applied:
        note += f"; corrections applied to the request: {', '.join(repr(a) for a in applied)}"
    return "\n".join(kept), note + ")"

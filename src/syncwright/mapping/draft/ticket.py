"""A ticket's title: "Lead tel in E.164\nAcceptance criteria:\n- ...". Tickets open with a
one-line summary, then a heading ("Acceptance criteria:", "Requirements:", "AC:") over the
lines that say what to do. The summary names the fields the lines below treat and would be
read as rules of its own ("Short title + upper-case surname" as an upper-case Title); the
heading says nothing (the sentence splitter already reads the lines under it as items). The
title is set aside (the grammar notes it) when the text opens that way; a text without such a
heading is read as it is."""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"^\s*(?:\*\*)?(?:acceptance criteria|acceptance|a/?c|criteria|requirements?|reqs?|details|definition of done|dod|"
    r"what to do|tasks?|to ?do|spec(?:ification)?|rules|mapping|field mapping|steps|scope of work)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$",
    re.I,
)


# a ticket's own title line: "Story: sync HubSpot contacts into SF Leads", "Epic: ...", "Summary: ..."
_TITLE = re.compile(
    r"^\s*(?:(?:user story|story|epic|summary|title|ticket|task|feature|issue|jira|subject)\s*(?:#?\d+)?\s*:"
    # a Jira issue key before its summary: 'CRMOPS-2150: Phone and names ...', 'CRMOPS-2153 | Map ...' (round 46)
    r"|(?-i:[A-Z][A-Z0-9]{1,9})-\d{1,6}\s*[:|\u2013\u2014-])\s*\S.*$",
    re.I,
)
# a Jira comment's header line: 'Chidi Okafor added a comment - 11/Mar/24 4:05 PM' (round 46)
_COMMENT_HEADER = re.compile(r"^[ \t]*(?-i:[A-Z])[\w'.-]*(?:[ \t]+(?-i:[A-Z])[\w'.-]*){0,3}[ \t]+(?:added|edited|wrote)[ \t]+a[ \t]+comment\b[^\n]*$", re.I | re.M)
# 'Description:' alone on its line: the heading over the ticket's context
_DESCRIPTION = re.compile(r"^[ \t]*(?:\*\*)?description(?:\*\*)?[ \t]*:[ \t]*$", re.I | re.M)


def ticket_comments(text: str) -> str:
    """A ticket's comment header lines and its 'Description:' heading gone; the comment's words stay,
    read after the criteria they change (the later word wins)."""
    if not (_COMMENT_HEADER.search(text) or _DESCRIPTION.search(text)):
        return text
    ticket = _COMMENT_HEADER.search(text) or re.search(r"^\s*(?:acceptance\s+criteria|a/?c)\s*:?\s*$", text, re.I | re.M)
    # 'Description:' over indented keys is a spec's field, not a ticket's heading
    return _DESCRIPTION.sub("", _COMMENT_HEADER.sub("", text)) if ticket else text


# what a ticket's title names and a field's rule does not: the platforms, the sync, an arrow
_ABOUT_SYNC = re.compile(r"\b(?:sync\w*|integration|import|export|push)\b|->|→|=>", re.I)
_PLATFORM = re.compile(r"\b(?:hubspot|hs|salesforce|sfdc|sf|mailchimp|mc|segment|ga4|google analytics)\b", re.I)


def split_title(text: str, dst_names: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """(the text without its title and heading lines, the title) when the text is a ticket.
    'Title: The job title.' where the destination has a Title field is that field's rule, not
    a ticket's title (round 33: a question-and-answer reply read as 'Title: <answer>')."""
    lines = text.strip().splitlines()
    if not lines:
        return text, None  # nothing left (every line taken back by a correction): no title either
    if len(lines) >= 3 and _HEADING.match(lines[1]) and not _HEADING.match(lines[0]) and len(lines[0]) <= 120:
        return "\n".join(lines[1:]), lines[0].strip()
    label = lines[0].split(":", 1)[0].strip().lower() if lines else ""
    rest = lines[0].split(":", 1)[1] if ":" in lines[0] else ""
    if label in dst_names and not _ABOUT_SYNC.search(rest) and len(_PLATFORM.findall(rest)) < 2:
        return text, None
    if len(lines) >= 2 and _TITLE.match(lines[0]) and len(lines[0]) <= 160:
        return "\n".join(lines[1:]), lines[0].strip()  # the story's name says what the ticket is about, no rule
    return text, None

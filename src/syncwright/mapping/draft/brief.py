"""A brief's title line: "Field-by-field sync brief: HubSpot contacts → Salesforce Leads",
"Rating brief (HubSpot → Salesforce Leads)", "Salesforce Contacts → Mailchimp".

A request written as a brief (one line per destination field) opens with a line naming the two
platforms with an arrow between them. The arrow is not a mapping of fields and the line's other
words ("phone clean-up", "lead events") are no rule; when it ends with a colon it would also pull
every line under it into one sentence. The first line of a text that names a platform on both
sides of an arrow, quotes nothing and assigns nothing is set aside. Runs on the lines with quoted
values already lifted out.

A page's title names one platform only as often (round 48, a Notion page's first line): 'SF
Lead: phone format fix', 'GA4 big account event', 'Instagram ad lead -> SF'. A first line that
opens with a platform's name and ends with a word naming what the page is ('rule', 'fix',
'event', ...), or ends with an arrow to a platform, in eight words or fewer, with no
stop, colon-ended head, value, '=' or rule verb, over more lines, is that title and goes too.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.framing import GREETING

_PLATFORM = r"(?:hubspot|hs|salesforce|sf|sfdc|mailchimp|mc|segment|ga4|google analytics)"
_TITLE = re.compile(rf"\b{_PLATFORM}\b[\w ]{{0,25}}?\s*->\s*(?:the\s+)?{_PLATFORM}\b", re.I)


_BARE_TITLE = re.compile(rf"\s*(?:\w+\s+){{0,3}}?(?:the\s+)?{_PLATFORM}(?:\s+[\w]+){{0,2}}\s*->\s*(?:the\s+)?{_PLATFORM}(?:\s+[\w]+){{0,2}}\s*:?\s*", re.I)
_FIELD_HEAD = re.compile(rf"^\s*(?:@\w+\s+)?{_PLATFORM}\s+(?P<a>[\w ]{{2,30}}?)\s*->\s*{_PLATFORM}\s+(?P<b>[\w ]{{2,30}}?)\s*:\s*$", re.I)
_OBJECT_WORDS = re.compile(r"(?:the\s+)?(?:(?:leads?|contacts?|members?|audiences?|lists?|subscribers?|users?|people|records?|identify|events?|traits|objects?|accounts?|sync|mapping)\b\s*)+", re.I)


# a page's title naming one platform: 'SF Lead: phone format fix', 'Instagram ad lead -> SF'
_PAGE_TITLE = re.compile(
    rf"^\s*(?:(?:the\s+)?{_PLATFORM}\b(?!\s*->)[\w &/,:()+-]*|[\w &/()+-]{{2,40}}?\s*->\s*(?:the\s+)?{_PLATFORM}(?:\s+(?:leads?|contacts?|members?|audience))?)\s*$", re.I)
_RULE_WORD = re.compile(
    r"\b(?:map|maps|mapped|copy|copied|send|sent|use|take|put|set|add|skip|only|exclud\w*|except|unless|if|when|where|"
    r"always|every|all|is|are|should|must|becomes?|from|to|into|depends?|depending|based|according|decided|driven)\b|[=⟦'\".;!?]|:\s*$", re.I)


# a title's last word says what the page is ('tag rule', 'phone format fix', 'big account event'): a title, not a rule
_TITLE_NOUN = re.compile(
    r"\b(?:rules?|fix|fixes|events?|traits?|version|fill|sync|mapping|set-?up|clean-?up|flags|page|notes|spec|update|import|export|"
    r"push|feed|integration|fields|overview|draft|request)\s*(?:\([^()]*\))?\s*$", re.I)


def _page_title(lines: list[str], first: int) -> bool:
    """Is the first line a page's title naming one platform, over more lines?"""
    ln = lines[first]
    more = any(x.strip() for x in lines[first + 1 :])
    titled = "->" in ln or _TITLE_NOUN.search(ln) is not None
    return more and titled and len(ln.split()) <= 8 and _PAGE_TITLE.match(ln) is not None and not _RULE_WORD.search(ln)


def brief_title(lines: list[str]) -> list[str]:
    """``lines`` without a first line that only names the two platforms of the sync (or, as a
    page's title, one)."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return lines
    if GREETING.match(lines[first]):
        # 'Good day,' over 'Salesforce Lead -> HubSpot contact:': the title is the line under the greeting when it
        # names the two objects and little else, in eight words or fewer (round 50; 'For the HubSpot -> Mailchimp
        # sync we need two tags, in this order:' under 'Hi Suresh,' is the letter's first sentence)
        under = next((i for i, ln in enumerate(lines) if i > first and ln.strip()), first)
        if _BARE_TITLE.fullmatch(lines[under]) or len(lines[under].split()) <= 8:
            first = under
    ln = lines[first]
    head = _FIELD_HEAD.match(ln)
    if head and not any(_OBJECT_WORDS.fullmatch(head[k].strip()) for k in ("a", "b")):
        # 'SF Lead Status -> HubSpot Lead Status:' over value rows: a field's head, the platforms its sides (round 50)
        return [*lines[:first], f"{head['a']} -> {head['b']}:", *lines[first + 1 :]]
    if _page_title(lines, first):
        return [*lines[:first], *lines[first + 1 :]]
    if not _TITLE.search(ln) or "⟦" in ln or "=" in ln or ln.count("->") > 1 or len(ln.split()) > 14:
        return lines
    if first + 1 >= len(lines) or not any(x.strip() for x in lines[first + 1 :]):
        return lines  # a one-line text is the request itself
    m = _TITLE.search(ln)
    assert m is not None
    tail = re.match(r"^[\w ]{0,25}?\s*(?P<sep>[,:;]|[.!](?=\s))\s*(?P<t>.*\S)", ln[m.end() :])
    # ("SF Lead -> HubSpot, Lead Status pls:" over value rows: the title, then the rows' head, round 44)
    if tail and (_KEEPS.search(tail.group("t")) or tail.group("sep") in ".!" or tail.group("t").endswith(":")):
        # "HS -> SFDC Lead. LS mapped off hs_analytics_source:": the title, then a sentence of its own (round 26)
        # "mailchimp -> hubspot, only members w/ status subscribed.": the title, then a filter
        return [*lines[:first], tail.group("t"), *lines[first + 1 :]]
    return [*lines[:first], *lines[first + 1 :]]


# a title line's tail that says which records go: kept as a sentence of its own
_KEEPS = re.compile(r"\b(?:only|exclud\w*|skip\w*|except|unless|but not|not\s+(?:the\s+)?\w+\s+(?:who|whose|with|that))\b", re.I)

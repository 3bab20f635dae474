"""Who says a line of a chat thread or a meeting's minutes: 'Priya:', 'Dana [9:02]:', '↳ Sam:' (round 41).

A line opened by a capitalised word and a colon is also how a spec heads a field's rule
('Email: copied', 'Company: company, trimmed') or a label ('Note:', 'Scope:'). A speaker is a
person's first name: one word, not the name or label of a field of either object, not a word
specs use as a heading; and a text is a dialogue only when two or more people speak and one of
them speaks twice (a person's name, once, in a list of fields is no conversation).
"""

from __future__ import annotations

import re
from collections import Counter

from syncwright.mapping.draft.examples import fold

_MARK = r"[ \t]*(?:↳|>|-|\*|•|\|)?[ \t]*"
SPEAKER = re.compile(rf"^{_MARK}@?(?P<name>(?-i:[A-Z][a-z]+))(?:\s*\[[^\]\n]{{1,12}}\]|\s*\(\d{{1,2}}:\d{{2}}(?:\s*[ap]m)?\))?\s*:[ \t]+(?=\S)")
# words a spec or a ticket uses as a line's heading, never a person in it
_HEADINGS = frozenset("""
acceptance action actions actual added agenda also and answer ask assignee assumption assumptions attendees
audience background bcc because bug but case cases caution cc changed changelog cheers comment comments
component components constraint constraints contact contacts context copy correction criteria date dear
decision decisions default defaults deprecated description destination direction done edit edited else
environment epic event events example examples except exception exceptions expected feature field fields
filter filters final fix fixed footer format formats frequency from fwd fyi ga given goal header heading hello
hi hint how however hubspot important input instruction instructions item items job keep key keys label labels
lead leads list mailchimp map mapping member members minutes nb next no note notes object objects ok okay only
option options otherwise outcome outcomes outline output owner param params phase platform platforms present
priority problem properties property ps purpose question re regards remember reminder removed reply reporter
request requirement requirements resolution result results rule rules salesforce sample samples scenario
schedule scope security segment send sent set skip so solution source sprint stage status step steps story
subject summary sync table tag tags target task team test tests thanks then ticket tip title to todo topic
trait traits trigger unless update use value values version warning what when where who why yes zap
""".split())  # noqa: SIM905 (a word list reads best as text)


def speakers(lines: list[str], names: frozenset[str]) -> list[re.Match[str] | None]:
    """Each line's speaker match, or all None when the lines are no dialogue."""
    said = [m if (m := SPEAKER.match(ln)) and m.group("name").lower() not in _HEADINGS and fold(m.group("name")) not in names else None for ln in lines]
    count = Counter(m.group("name") for m in said if m)
    if sum(count.values()) < 3 or len(count) < 2 or max(count.values()) < 2:
        return [None] * len(lines)
    return said

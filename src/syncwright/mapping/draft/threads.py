"""A chat thread pasted as the request: who said it set aside, what they said kept (round 41).

A mapping is often agreed in a Slack or Teams thread and pasted whole: each message opens with
its author ('Priya:', 'Priya [9:02]:', '↳ Dana:', '> Marcus:'), replies carry reactions
(':+1:', 'agreed', 'makes sense') and the thread ends with a recap ('final: ...', 'ok so to
sum up: ...') that points back at the messages ('Company default per Dana, rest as above')
more than it says rules. What any such thread holds: the rules are in the messages, in order,
a later message correcting an earlier one ('scratch that, use X instead of Y', read by
``corrections``). So the authors' names, the reply marks and the emoji go, a message that is
only a reaction goes, and the recap goes (a rule said only there would be said again in
shorthand the grammar cannot check against the messages; the notes say it was set aside).
A text is a thread when ``speakers`` finds a dialogue in it (people's names, not field heads);
any other text comes back as it was.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.speakers import speakers

_SHORTCODE = re.compile(r"\s*:[a-z0-9_+-]+:", re.I)
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2705\u274c\ufe0f]")
_REACTION = re.compile(
    r"^(?:(?:agreed|agree|makes sense|sounds good|lgtm|looks good|ok|okay|yep|yes|yup|sure|nice|perfect|great|thanks|thank you|ty|done|same|"
    r"\+1|fine by me|works for me|good call|on it|noted|seconded|approved)(?:\s+(?:on|to|with)\s+(?:both|all|that|this|it))?[\s,.!]*)+$",
    re.I,
)
_AGREE = re.compile(r"^\s*(?:(?:yep|yes|yeah|yup|right|sure|fair|agreed|good call|got it|exactly|correct|ok|okay)\b|\+1(?!\w))[,:.!]*\s+(?=\S)(?!so\b|['\"])", re.I)  # a quoted value after it stays said to something
# 'language?', 'and Email?', 'what about the lead status?': a field asked about on its own, answered next
_TOPIC = re.compile(r"(?:and\s+|also\s+|what about\s+|how about\s+)?(?:the\s+)?(?P<f>[A-Za-z_][\w.]*(?:\s+(?!(?:as|to|from|in|into|with|on|too|then|now|also)\b)[A-Za-z_][\w.]*){0,2})\s*\?")
_YES = re.compile(r"^\s*(?:yes|yep|yeah|yup|sure|agreed|correct|right|exactly|\+1)\b", re.I)
_SAID_BACK = re.compile(r"(?:ok|okay|agreed|yes|yep|sure|fine|done|got it)[,:.!]*\s+(?:'[^']+'|\"[^\"]+\")(?:\s+(?:for all|for everyone|it is|then|it))?[.!]*", re.I)
_NO = re.compile(r"^\s*(?:no|nope|nah|not (?:now|this time|this round|yet)|let's not|better not)\b", re.I)
_QUOTED = re.compile(r"'[^']+'|\"[^\"]+\"")
_RULE_WORDS = re.compile(r"['\"]|->|=|:|\b(?:if|when|unless|only|set|send|copy|map|use|gets?|put|write|keep|leave|skip|drop|instead)\b", re.I)
_ASKING = re.compile(r"^(?:and\s+|also\s+|so\s+)*(?:can|could|shall|should)\s+(?:we|you|it|they)\s+(?:also\s+|please\s+)?(?:(?:add|get|have|make|do|use)\s+)?", re.I)
_RECAP = re.compile(r"^(?:ok(?:ay)?[,]?\s+)?(?:so\s+)?(?:final(?:ly)?|to sum (?:it )?up|summing up|in sum|recap|to recap|summary|tl;?dr|final answer|final version)\b\s*[:,-]", re.I)


def _agreed_next(bodies: list[str], said: list[re.Match[str] | None], k: int) -> bool:
    """Does the next message after message ``k`` agree ('agreed on both', ':+1:', 'yes, trimmed')?"""
    nxt = next((j for j in range(k + 1, len(said)) if said[j] is not None), None)
    return nxt is not None and bool(_REACTION.match(bodies[nxt].strip()) or not bodies[nxt].strip() or _YES.match(bodies[nxt]))


def _questions(body: str, agreed: bool) -> str:
    """A message's questions: a proposal the next message agrees to is kept as a statement
    ('can we also add Design -> Media?' + 'agreed'); any other question is no rule (what the
    thread decides is said in the answer: 'phone -> Phone too?' + 'sure, copy phone -> Phone')."""
    parts = re.split(r"(?<=\?)\s+", body)
    kept = []
    for p in parts:
        if not p.rstrip().endswith("?"):
            kept.append(p)
        elif agreed:
            kept.append(_ASKING.sub("", p.rstrip()[:-1]).strip() + ".")
    return " ".join(kept)


def _answer_to_dropped(body: str, dropped: str) -> str | None:
    """A 'no, ...' answer to the question ``dropped``: None when it only turns the question down
    ('no, the state field is a mess'); the question with the answer's value when the answer only
    says a value ('status 'pending' for everyone?' + "no, 'subscribed' for everyone"); else the
    answer as written ('no, if state is empty don't set MailingState' is a rule)."""
    if not _RULE_WORDS.search(body):
        return None
    said_instead = re.sub(r"^\s*(?:no|nope|nah)\b[,.!:;]*\s*", "", body, flags=re.I)
    new, old = _QUOTED.search(said_instead), _QUOTED.search(dropped)
    if new and old and _QUOTED.fullmatch(said_instead.split(" for ")[0].strip()):
        return dropped[: old.start()] + new.group(0) + dropped[old.end() :].rstrip(" ?")
    return body


def read_thread(text: str, names: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """``text`` without the thread's speaker names, reactions and recap, and a note; or ``text`` and None."""
    lines = text.split("\n")
    said = speakers(lines, names)
    if not any(said):
        return text, None
    out: list[str] = []
    recap: str | None = None
    bodies = [_EMOJI.sub("", _SHORTCODE.sub("", ln[m.end() :] if m else ln)).rstrip() for ln, m in zip(lines, said, strict=True)]
    turned_down = False
    dropped = ""  # the question turned down, for the answer that says what instead
    head = ""  # 'language?' asked alone: the head of the answer that follows
    set_aside: list[str] = []  # questions nobody took up, and the answers that only turned them down
    for k, (ln, m) in enumerate(zip(lines, said, strict=True)):
        body = bodies[k]
        if m and (_REACTION.match(body.strip()) or _SAID_BACK.fullmatch(body.strip())):
            continue  # 'agreed :+1:', "ok, 'No Company'": a message that only agrees
        if m and turned_down and _NO.match(body):
            turned_down = False
            answer = _answer_to_dropped(body, dropped)
            if answer is None:
                set_aside.append(body.strip())
                continue
            body = answer
        if m and (topic := _TOPIC.fullmatch(body.strip())):
            head = topic.group("f").strip() + ": "
            continue
        if m:
            body = _AGREE.sub("", body)  # 'yep: lastname first, ...', 'sure, copy phone -> Phone'
            asked = body
            agreed = _agreed_next(bodies, said, k)
            body = _questions(body, agreed)
            turned_down = not agreed and body != asked
            dropped = asked if turned_down else ""
            if turned_down:
                set_aside.append(asked.strip())
            if not body.strip():
                continue
            body, head = head + body.lstrip(), ""
        if m and _RECAP.match(body.strip()):
            recap = body.strip()
            continue
        out.append(body if m else ln)
    while out and not out[-1].strip():
        out.pop()
    note = "(a chat thread: the speakers' names and reactions set aside"
    if set_aside:
        note += "; questions nobody took up, with the answers that turned them down: " + ", ".join(map(repr, set_aside))
    note += f"; its recap {recap!r} not read as rules)" if recap else ")"
    return "\n".join(out), note

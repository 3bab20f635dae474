"""The register around a request, taken off line by line before sentences are read.

People paste requests from where they wrote them: a chat thread ("[10:02] jess: ..."), a
ticket ("MOPS-482: Lead sync", "Story points: 3", "AC:", "Out of scope: ..."), an email
("Hi Marco,", "Cheers, / Nadia"), a Gherkin scenario ("Given / When / Then") or an outline
whose sub-bullets belong to the item above them. The framing carries no rule, and words
inside it (a ticket title naming fields) must not become one; what it frames is kept, in
the shapes the grammar reads. Runs on the text with quoted values already lifted out.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.phrases import BULLET_MARK, RECORD_NOUN

# a line that ends the block before it: the next bullet starts a block of its own
BREAK = "\x00"

_BULLET = re.compile(rf"^(?P<ind>\s*)(?:{BULLET_MARK})\s+")
# "[10:02] jess:", "10:02 AM Omar Haddad:", "(14:13) kasia:" at the start of a chat line
_CHAT = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?[\])]?\s*(?:@?[\w.-]+(?: [A-Z][\w.-]*)?\s*:\s*)?", re.I)
# "MOPS-482: Lead sync v1", "[OPS-77] Import ...": a ticket id and its title
_TICKET = re.compile(r"^\s*\[?(?!(?:ISO|UTF|RFC|ASCII|SHA|MD|GA|UA|E)-?\d)[A-Z][A-Z0-9]{1,9}-\d+\]?(?:[\s:]|$)")


def _label(words: str) -> re.Pattern[str]:
    """A line that starts with one of ``words`` (separated by '|'), maybe a bracket after them
    ('Agreed (all JK unless noted):'), and a colon."""
    return re.compile(rf"^\s*(?:{words})\s*(?:\([^()]*\)\s*)?:\s*", re.I)


# tracker fields that say nothing about the mapping
_TRACKER = _label("story points?|points|priority|assignee|reporter|labels?|sprint|epic|components?|estimate|"
                  "fix versions?|issue type|due(?: date)?|severity|watchers|team|ticket|subject|"
                  # meeting minutes (round 24): who was there and when say nothing about the mapping
                  "attendees|present|participants|apologies|absent|chair|note ?taker|minutes(?: taken)? by|date|time|location")
# a memo's head lines ('TO: Data team', 'FROM: Marketing', 'RE: Lead rating', 'MEMORANDUM'): who wrote to whom
# about what says nothing about the mapping (round 34); read only above the memo's first other line
_MEMO_HEAD = re.compile(r"^\s*(?:(?:(?-i:TO|FROM|CC|BCC|DATE|REF|ATTN|MEMO))|re|subject|ref|our ref|your ref|attn|attention|date|cc)\s*[:.]\s*\S"
                        r"|^\s*(?:internal\s+)?(?:memo|memorandum|inter-?office memo(?:randum)?)\s*:?\s*$", re.I)
# section labels whose content is kept: "Context: ...", "AC:", "Definition of done:" (not
# "Description:", which is also a field people write to)
_LABEL = _label("context|background|user story|story|acceptance criteria|ac|a/c|definition of done|dod|requirements?|the ask|in scope|"
                # a story card's criteria ('Done when:', round 51)
                "done when|done means|it'?s done when|done looks like|"
                "decisions?(?: made)?|decided|agreed|agreements?|resolutions?|outcomes?|key decisions|summary of decisions")
# "Phone requirements (Lead):", "GA4 Measurement Protocol requirements:": a section label naming what its
# items are about (the items say it again); the line alone, nothing after its colon
_NAMED_LABEL = re.compile(r"^\s*(?:[\w&/'-]+\s+){1,6}(?:requirements?|specifications?|specs?|criteria|rules)\s*(?:\([^()]*\)\s*)?:\s*$", re.I)
# a spec's section named alone on its line ('Filters', 'Notes', 'Value lookup', 'Country lookup'): its
# items follow; the word is no rule
_SECTION_WORD = re.compile(r"^\s*(?:filters?|filtering|notes?|(?:[\w-]+\s+)?(?:value\s+)?lookups?(?:\s+table)?|field mappings?|mappings?|rules?|transformations?)\s*:?\s*$", re.I)
# a document's own headings (round 32): a title in lenticular brackets ('【Target records】'), a
# numbered section word ('2. Exclusions', '1 Purpose'), a section named by its number ('Section 4 -
# Field transfer rules', 'Clause 7', 'Schedule B'); the items below say the rules
_DOC_WORDS = (r"scope|purpose|definitions|general|overview|introduction|background|exclusions?|field mappings?|mappings?|target(?: records)?|"
              r"items|filters?|field (?:transfer |mapping )?rules|transformations?|conditions")
_DOC_HEADING = re.compile(
    r"^\s*(?:【[^】]*】"
    r"|(?:section|clause|schedule|part|article|annex|appendix|chapter)\s+[\w.]+(?![^;]*(?:=|->|<-|\b(?:from|if|only|skip|not|copy|set|whose|unless|except)\b))(?:\s*[-\u2013\u2014:.]\s*[^;:]{0,60}?)?"
    rf"|(?:\d+(?:\.\d+)*\.?\s+)?(?:{_DOC_WORDS}))\s*[.:]?\s*$", re.I)
# a heading over the records left out ('Exclusions:', '2. Exclusions', '【Exclusions】')
_EXCLUSIONS = re.compile(r"\bexclusions?\b", re.I)
# sections that say what the work is not: dropped with their items
_NOT_SCOPE = _label("out of scope|not in scope|non-?goals?|won'?t do|not doing")
# what minutes record beside the decisions (round 24): work put off or given to someone, and
# open points; dropped with their items ('Parked: phone numbers' maps no phone)
_ASIDE = _label("parked|deferred|postponed|later|action items?|actions|next steps|follow[- ]?ups?|to ?dos?|"
                "open points|open questions|open issues|aob|any other business|next (?:call|meeting|sync)|risks")
# the first line of minutes: 'Sync call 12 Nov - minutes', 'Meeting notes 3/4', 'Kick-off recap'
_MINUTES_TITLE = re.compile(r"\b(?:minutes|meeting notes|call notes|recap|debrief)\b(?![^=]*(?:=|->|<-|⟦))", re.I)
# ...but never a first line that already says a rule ('Recap: Email from email, LastName from lastname')
_RULE_WORDS = re.compile(r"\b(?:from|into|copy|copied|map|mapped|send|sent|write|written|skip|only|if|when|empty|blank)\b|,.*,", re.I)
# '(JK)', '(KM, PS)': the initials of who decided, at the end of a decision
_INITIALS = re.compile(r"\s*\((?!(?:US|USA|UK|EU|GB|DE|AT|CH|FR|ES|IT|NL|BE|IE|JP|CN|IN|CA|AU|NZ|MX|BR|PL|TR|SG|PH|ZA|ISO|API|CRM|MQL|SQL|VIP|UTM|URL|CSV|PII)\))"
                       r"(?-i:[A-Z]{2,3})(?:\s*[,/&+]\s*(?-i:[A-Z]{2,3}))*\)(?=\s*(?:[.;,]|$))")
# the words a greeting opens with, in every language the held-out writers greeted in
_HELLO = r"(?:hi|hello|hey|dear|hiya|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|howzit|heita|sawubona|molo|greetings|salam|salaam|as-?salamu alaikum|marhaba|ahlan|hola|buenos d[ií]as|buenas tardes|buenas noches|buen d[ií]a|hei|hej|hallo|god morgen)"
# an honorific before or after the name ('Hi anh Tuan,', 'Halo mas Raka', 'Dear Daniel Bey'; round 44)
_HONORIFIC = r"anh|ch[iị]|em|mas|mbak|pak|bu|ibu|bapak|kak|bang|ji|bhai|bey|han[i\u0131]m|hocam|san|sama"
# the greeting alone with a name or two ('Hi Marco,', 'Hello team!'), never 'Hey, map the email.'
GREETING = re.compile(
    rf"^\s*{_HELLO}"
    # ('Good day, Mr. Becker,': a comma between the greeting and the name, round 50)
    r"(?:\s*,?\s+(?:there|team|equipo|all|both|everyone|everybody|folks|guys|colleagues?|friends?|sir|madam|vendors?|suppliers?|support|partners?|integrators?|developers?|consultants?|(?-i:[A-Z])[\w.'-]*"
    rf"|{_HONORIFIC})){{0,3}}\s*[,!.]*\s*$", re.I)
# the first line a name alone addresses ('Mark,'), or opens ('Mark, another one for the leads'), round 26;
# never a field's name ('Email, phone and company are copied')
_FIELD_WORD = r"(?:email|e-mail|phone|mobile|company|name|title|city|state|country|status|tags?|address|street|zip|industry|website|source|stage|rating|description|department|language|revenue|employees|owner|note|notes|vip)\b"
_NAME_GREETING = re.compile(rf"^\s*(?!{_FIELD_WORD})(?-i:[A-Z])[a-z'-]+\s*[,!]\s*$", re.I)
_GREETING_LEAD = re.compile(
    rf"^\s*(?:{_HELLO}(?:\s+(?:there|team|all|everyone|{_HONORIFIC}|(?-i:[A-Z])[\w.'-]*)){{0,2}}"
    rf"|(?!{_FIELD_WORD})(?-i:[A-Z])[a-z'-]+(?=\s*,\s*(?:another|now|for|please|here|this|these|we|i|can|could|one|quick|so|today|next|also|as|small|new|the|a)\b))\s*[,!]\s*",
    re.I)
_SIGN_OFF = re.compile(
    r"^\s*(?:cheers|(?:thanks|thank you|takk)(?: (?:in advance|so much|very much|a lot|again|ya))?(?: for (?:your|the|all the) (?:help|work|support))?|many thanks|best|best regards|kind regards|"
    r"regards|warm regards|all the best|br|talk soon|"
    # round 35: a formal letter's or memo's close ('Yours faithfully,', 'Thanks and regards,')
    r"yours (?:faithfully|sincerely|truly)|sincerely(?: yours)?|faithfully|respectfully(?: yours)?|with (?:kind |best |warm )?regards|best wishes|"
    # ('Thanks and regards,' stays unread: dropping it took the only question from three unseen drafts, round 35)
    r"warmest regards|speak soon|ta|ta mate|cheers legend|legend|you legend|cheers mate|thanks mate|"
    # round 26: the writer's own language ('Abraços, Rafa', 'Obrigado!', 'Saludos', 'Grüße')
    r"abra[cç]os?|um abra[cç]o|beijos?|obrigad[oa]|muito obrigad[oa]|at[eé] mais|saludos|un saludo|atentamente|gracias|"
    r"grazie(?: mille)?|saluti|cordiali saluti|merci(?: beaucoup)?|cordialement|bien [aà] vous|danke(?: sch[oö]n)?|"
    r"(?:viele |beste |liebe )?gr[uü](?:ß|ss)e|mfg|lg|vg|groetjes|met vriendelijke groet(?:en)?|pozdrawiam|pozdrav(?:y|em)?|"
    r"spasibo|tesekkurler|teşekkürler|dhanyavaad|shukriya|"
    # round 51: a Kiwi's and a Dane's thanks ('Chur', 'Tak', 'Mange tak'), a Scandinavian '/Mette' under the last line
    r"chur|chur bro|tak|mange tak|takk|tack|kia ora|nga mihi|ngā mihi|/(?=\s*(?-i:[A-Z]))|"
    # round 55: a Norwegian's and a Malaysian's close ('Mvh Lars', 'Med vennlig hilsen', 'TQ!', 'Can ya, thanks')
    r"mvh|med vennlig hilsen|vennlig hilsen|hilsen|tq(?: so much)?(?: (?:team|all|everyone))?|terima kasih|can ya,? thanks|can\?|"
    # round 56: an Ecuadorian's close ('Listo, gracias!', 'Mil gracias, team!', 'Porfa and thanks', 'Chévere, thanks!')
    r"(?:listo|ch[eé]vere)(?:,? (?:gracias|thanks))?|(?:mil |muchas )?gracias,? (?:team|equipo|all|everyone)|porfa(?: and thanks)?|"
    # and an Australian's ('Cheers heaps', 'Ta heaps', 'No worries, cheers')
    r"(?:cheers|ta|thanks) heaps|no worries,? (?:cheers|thanks))\s*[,!.]*(?:\s*(?-i:[A-Z])[\w.'-]*(?: (?-i:[A-Z])[\w.'-]*)?\s*[!.]?)?\s*(?:[^\w\s'\"`]\s*)*$", re.I)
# a line that closes a message and asks for nothing: 'lmk if q's', 'nothing else needed 🙏', 'that's all!'
_CLOSER = re.compile(
    r"^\s*(?:(?:pls |please )?(?:lmk|let me know|shout|ping me|give me a shout)(?: if (?:you have |there are |any )?(?:any )?(?:q'?s|questions?|issues?|problems?|anything'?s? unclear)"
    r"| if anything'?s? unclear| if (?:you need )?anything else(?: comes up)?)?|"
    # round 33: an e-mail reply's opening line over the quoted questions ('Answers below.', 'My answers are inline.')
    r"(?:see |find )?(?:my |our )?(?:answers?|replies|responses?|comments?)(?: are)? (?:below|inline|in line|underneath|under (?:each|your) questions?)|"
    r"(?:any )?q'?s\?|nothing else(?: (?:needed|required|for now|to map))?(?: (?:on|for) (?:this|that) (?:one|flow|workflow|sync))?|that(?:'s| is) (?:all|it)(?: for now| for this one)?|all good\??|"
    # round 51: a Kiwi's close ('Sweet as, thanks!', 'Chur!')
    r"sweet as(?:\s*,?\s*(?:thanks|thank you|cheers|chur|bro|mate))?|chur(?: bro)?|"
    # round 24: a Turkish writer's wish of easy work ('Kolay gelsin!', 'Thanks, easy work to you')
    r"(?:(?:thanks|thank you|many thanks|that(?:'s| is) all)\s*,?\s*)?(?:kolay gelsin|(?:an? )?easy work(?: to you| for you)?|good work to you|have a nice day))"
    r"\s*[!.?]*\s*(?:[^\w\s'\"`]\s*)*$", re.I)
# a letter's courtesy right under its greeting ('I hope you are keeping well.', 'Trust you are well.', round 48)
_COURTESY = re.compile(
    r"^\s*(?:i\s+)?(?:hope|trust)\s+(?:that\s+)?(?:you(?:'re|\s+are|\s+had|\s+have)|your\s+(?:week|day|weekend|morning|holidays?)|"
    r"this\s+(?:e-?mail\s+|message\s+|note\s+)?finds\s+you|all\s+is)\b[^;.!]{0,30}?\b(?:well|good|great|fine|nicely|safe)\s*[.!]?\s*$", re.I)
# the writer's name or title under a sign-off ('Achieng Otieno', 'Head of Digital Marketing', round 35)
_NAME_LINE = re.compile(r"^\s*[A-Z][\w.'-]*(?:,? (?:[A-Z][\w.'&-]*|of|and|&|for|the)){0,5}\s*$")
_GHERKIN = re.compile(r"^\s*(?P<k>feature|scenario(?: outline)?|background|examples|given|when|then|and|but)\b:?\s*(?P<t>.*)$", re.I)
# a step that only says the sync runs ("When it is synced to a Salesforce Contact")
_RUNS = re.compile(r"^(?:it|the (?:contact|lead|member|record|sync)|they|we)\b.*\b(?:synced|sent|imported|runs?|processed|pushed|created)\b", re.I)


# a chat thread's line: 'Jess: ...', '[10:42] Dev: ...', 'Sam - ...' (round 27)
_SPEAKER = re.compile(r"^\s*(?:[\[(]?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?[\])]?\s*)?(?P<n>(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z])\.?)?)\s*:\s+(?=\S)", re.I)
# a reply that only agrees: 'yes', 'exactly that', 'ok 👍', '+1', 'sounds good', 'perfect, thanks'
_AGREE = re.compile(r"^\s*(?:(?:yes|yep|yeah|yup|ok|okay|sure|correct|right|exactly(?: that| right)?|perfect|great|sounds good|agreed|\+1|done|lgtm|good|cool|thanks|ty)\b[\s,.!]*)+(?:[^\w\s'\"`]\s*)*$", re.I)


_QUOTED = r"'[^']*'|\"[^\"]*\"|⟦\d+⟧"  # a quoted value, or its placeholder once quotes are lifted
# words that open a spec's labelled lines ('Field: Email', 'Rule: Direct copy'), never a speaker's name
_LABEL_WORDS = frozenset(["field", "fields", "source", "target", "rule", "rules", "from", "to", "note", "notes", "type", "value", "values",
                          "logic", "example", "examples", "input", "output", "format", "default", "transform", "mapping", "comment",
                          "condition", "filter", "filters", "key", "label", "owner", "priority", "subject", "summary", "date", "time",
                          "author", "reporter", "assignee", "id", "object", "objects", "step", "steps", "result", "expected", "given",
                          "when", "then", "and", "but", "scenario", "feature", "background", "context", "decision", "decisions", "action",
                          "question", "answer", "q", "a", "re", "fyi", "ps", "nb", "update", "edit", "fix", "todo", "done", "lookup",
                          "description", "details", "scope", "goal", "why", "what", "how", "who", "where", "status", "options",
                          # a terse spec's verbs as labels ('Skip: ...', 'Copy: ...', 'Constant: ...'; round 33)
                          "skip", "exclude", "exclusions", "copy", "constant", "constants", "fixed", "only", "include", "set", "map",
                          "defaults", "trim", "format", "transforms", "tags", "tag"])
_YES = re.compile(r"^\s*(?:yes|yep|yeah|yup|exactly|correct|right|sure|ok|okay|agreed|\+1)\b[\s,.!:-]*", re.I)


def _known_label(ln: str) -> bool:
    """A line this module reads as a label of its own ('Attendees:', 'Parked:', 'AC:'), never a speaker."""
    return any(rx.match(ln) for rx in (_TRACKER, _LABEL, _NAMED_LABEL, _NOT_SCOPE, _ASIDE))


def _speakers(lines: list[str]) -> list[str]:
    """A chat thread pasted as it is ('Jess: ...', 'Dev: ...'): each line without its speaker's
    name, a reply that only agrees ('yep 👍') dropped. A thread is two or more names that open
    at least three lines; a field name opening one line ('Email: the email') never counts."""
    names = [m.group("n") for ln in lines if (m := _SPEAKER.match(ln)) and not ln[:1].isspace() and not _known_label(ln)
             and not re.match(_FIELD_WORD, m.group("n"), re.I) and m.group("n").lower() not in _LABEL_WORDS]
    if len(names) < 3 or len(set(names)) < 2:
        return lines
    said = [ln[m.end():] if (m := _SPEAKER.match(ln)) is not None and m.group("n") in names and not _known_label(ln) else ln for ln in lines]
    out: list[str] = []
    for i, ln in enumerate(said):
        if _AGREE.match(ln) and ln.strip():
            continue
        if ln.rstrip().endswith("?"):
            # a question proposes: it holds when the reply agrees ('yes, ...'), never when it does not
            j, reply = next(((k, x) for k, x in enumerate(said[i + 1 :], i + 1) if x.strip()), (i, ""))
            no = re.match(rf"\s*(?:no|nope|nah)\b[,.!:-]*\s*(?:make it |it's |it is |use |rather )?(?P<v>{_QUOTED})", reply, re.I)
            if no is not None and len(re.findall(_QUOTED, ln)) == 1:
                # 'status 'pending' for everyone?' then 'no, 'subscribed' ...': the proposal with the value the reply gives
                said[j] = re.sub(_QUOTED, no.group("v").replace("\\", "\\\\"), ln.rstrip().rstrip("?"), count=1)
                continue
            if not _YES.match(reply):
                # 'language?' then 'from MailingCountry: ...': the field the question names heads the answer
                if len(ln.split()) <= 3 and re.match(r"\s*(?:from|=|->|:|is)\b", reply, re.I):
                    said[j] = f"{ln.strip().rstrip('?').strip()} {reply.strip()}"
                continue
            ln = ln.rstrip().rstrip("?")
        out.append(_YES.sub("", ln) if i and said[i - 1].rstrip().endswith("?") else ln)
    return out


# a ticket's 'Description' section label: alone on its line, or before the text on a ticket that has
# a 'Summary:' or an acceptance-criteria heading (a field named 'Description' is written to otherwise)
_TICKET_DESCRIPTION = re.compile(r"^\s*(?:\*\*|h\d\.\s*)?description(?:\*\*)?\s*:?(?:\*\*)?\s*(?=$|(?<=:)\s*\S)", re.I)
_TICKET_PARTS = re.compile(r"^\s*(?:(?:summary|story|epic|issue)\s*:|(?:acceptance criteria|ac|a/c|definition of done|done when)\s*:?\s*$)", re.I)


def _signature_block(lines: list[str]) -> list[str]:
    """``lines`` without an e-mail signature under its '-- ' delimiter (RFC 3676): the writer's name
    first, then up to five short lines of title, company and phone, no rule among them (round 49)."""
    for k, ln in enumerate(lines):
        if ln.strip() == "--":
            rest = [x for x in lines[k + 1 :] if x.strip()]
            if rest and len(rest) <= 6 and _NAME_LINE.match(rest[0]) and not any(re.search(r"->|=|→", x) for x in rest):
                above = max((i for i in range(k) if lines[i].strip()), default=-1)
                first = rest[0].split()[0]
                # ('Jonas' right above the delimiter, the name the signature opens with: the sign-off)
                return lines[:above] if above >= 0 and lines[above].strip() == first else lines[:k]
    return lines


def unframe(lines: list[str]) -> list[str]:
    """``lines`` without their framing; BREAK where a section label stood."""
    lines = _speakers(md_headings(_gherkin(_signature_block(lines))))
    out: list[str] = []
    skipping = False
    first = next((i for i, ln in enumerate(lines) if ln.strip()), 0)
    ticket = any(_TICKET_PARTS.match(x) for x in lines)
    greeted = False  # the line above (blank lines aside) greeted the reader
    for i, ln in enumerate(lines):
        if not ln.strip():
            skipping = False
            out.append(ln)
            continue
        if skipping and _BULLET.match(ln):
            continue
        skipping = False
        ln = _CHAT.sub("", ln) if _CHAT.match(ln) else ln
        ln = _INITIALS.sub("", ln)
        if _ASIDE.match(ln) and not _BULLET.match(ln):
            skipping = True
            continue
        if m_scope := _NOT_SCOPE.match(ln):
            if kept := _records_out_of_scope(ln[m_scope.end() :]):
                out.append(f"Skip {kept}.")  # 'Out of scope: contacts whose stage is customer': a skip filter
                continue
            items = _items_below(lines, i)
            if not ln[m_scope.end() :].strip() and items and all(_records_out_of_scope(_BULLET.sub("", x)) for x in items):
                out.append("Exclude:")  # 'Out of scope (these contacts must NOT be sent):' over '- anyone whose ...': records left out (round 51)
                continue
            out.extend(_fields_out_of_scope(ln[m_scope.end() :]))
            skipping = True
            continue
        title = _TICKET.match(ln) and i == first and not re.search(r"=|->|<-|⟦", ln)  # the ticket's id and title line
        title = title and not _id_list(ln, lines[i + 1 :])
        title = title or (i == first and (_heading(ln, lines[i + 1 :]) or bool(_MINUTES_TITLE.search(ln) and not _RULE_WORDS.search(ln))))
        if i == first and any(x.strip() for x in lines[i + 1 :]) and (untagged := _untag(ln)) is not None:
            title, ln = title or _card_title(untagged), untagged
        if greeted and _COURTESY.match(ln):
            continue  # 'Dear Kevin,' over 'I hope you are keeping well.': the letter's courtesy, no rule (round 48)
        greeted = False
        if title or _TRACKER.match(ln) or GREETING.match(ln) or (i == first and _NAME_GREETING.match(ln)):
            greeted = bool(GREETING.match(ln) or (i == first and _NAME_GREETING.match(ln)))
            continue
        if (d := _TICKET_DESCRIPTION.match(ln)) and (not ln[d.end() :].strip() or ticket):
            out.append(BREAK)  # a ticket's 'Description:' section over its rules, not the Description field (round 35)
            if not (ln := ln[d.end() :]).strip():
                continue
        if _MEMO_HEAD.match(ln) and not re.search(r"=|->|<-", ln) and all(not x.strip() or _MEMO_HEAD.match(x) or set(x.strip()) <= set("-=_*") for x in lines[first:i]):
            continue
        if i == first and (g := _GREETING_LEAD.match(ln)):
            ln = ln[g.end() :]  # 'Hi Mark, now the Rating of the lead.': the greeting, then the request (round 26)
        if _CLOSER.match(ln):
            if all(not x.strip() or _NAME_LINE.match(x) for x in lines[i + 1 :]):
                break  # 'Shout if anything else.' over the writer's name: the request is over (round 33)
            continue
        if _SIGN_OFF.match(ln) and all(not x.strip() or _NAME_LINE.match(x) for x in lines[i + 1 :]):
            break  # the sign-off and the name under it end the request
        if _SECTION_WORD.match(ln) or _DOC_HEADING.match(ln):
            out.append(BREAK)  # 'Filters', 'Notes', 'Value lookup' (round 27), '2. Exclusions', '【Items】' (round 32): a section of a spec
            nxt = next((x for x in lines[i + 1 :] if x.strip()), "")
            if _EXCLUSIONS.search(ln) and _BULLET.match(nxt) and not _SAYS_NOT.search(nxt):
                out.append("Exclude:")  # 'Exclusions:' over '- stage = customer': each item a record left out (round 33)
            continue
        if ((m := _LABEL.match(ln)) or (m := _NAMED_LABEL.match(ln))) and not _BULLET.match(ln):
            out.append(BREAK)
            ln = ln[m.end() :]
            if not ln.strip():
                continue
        out.append(ln)
    return _nest(_answered("\n".join(out)).split("\n"))


# a Markdown heading ('## [1.0.0] - HubSpot -> Salesforce Leads', '### Added', '## Rules'): a section
# label, never a rule (round 25)
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+(?P<t>.*?)[\s#]*$")
# a heading saying what is NOT done ('### Not synced', '## Do NOT', '### Removed'): an item under it that
# does not say so itself names fields nobody writes ('- the phone': dropped) or records skipped
_MD_NEGATIVE = re.compile(r"^(?:do\s+not|don'?t|never|not\s+(?:synced|mapped|sent|included|in scope)|removed|excluded|out of scope)\b", re.I)
_SAYS_NOT = re.compile(r"\b(?:not|no|no longer|never|skip(?:ped|s)?|left (?:out|off)|leave (?:out|off)|omit(?:ted|s)?|exclude[ds]?|ignored?|drop(?:ped|s)?|without|neither|nor)\b|n't\b", re.I)


def md_headings(lines: list[str]) -> list[str]:
    """Markdown headings as the framing reads them: a BREAK, like a section label ('### Added',
    '# DACH list', '## [1.0.0] - HubSpot -> Salesforce Leads'); under a negative heading a list
    item that does not say 'not' itself is dropped, or read 'Skip <records>'; a plain line after
    the list is read as written."""
    out: list[str] = []
    negative = False
    for ln in lines:
        m = _MD_HEADING.match(ln)
        if m is None:
            b = _BULLET.match(ln)
            if ln.strip() and b is None:
                negative = False  # a plain line after the list: the section's items have ended
            if negative and b is not None and not _SAYS_NOT.search(ln):
                item = ln[b.end() :].strip()
                if not _RECORDS_HEAD.match(item):
                    continue  # '### Not synced' over '- the phone numbers': fields nobody writes
                ln = b.group(0) + "Skip " + item  # over '- contacts whose stage is customer'
            out.append(ln)
            continue
        negative = bool(_MD_NEGATIVE.match(m.group("t").strip()))
        out.append(BREAK)
    return out


# 'Out of scope: contacts whose ...', '... pending members': the records the work leaves alone
_RECORDS_HEAD = re.compile(rf"^(?:all\s+|any\s+)?(?:{RECORD_NOUN}|anyone|anybody|those|customers?)\b", re.I)
_RECORDS_TAIL = re.compile(r"\b(?:contacts|leads|members|subscribers|records|people|users)$", re.I)
# 'contacts in any other country': the scope above said again from the other side
_THE_OTHERS = re.compile(r"\b(?:any|all|every)\s+other\b|\b(?:everyone|anyone|anything|everything)\s+else\b", re.I)


def _records_out_of_scope(rest: str) -> str | None:
    """The records an 'Out of scope:' line names (round 23), or None when it names fields or
    work ('Out of scope: phone, tags.') or restates the scope ('contacts in any other country')."""
    first = re.split(r"(?<=\w)\.(?:\s|$)|\.\s", rest, maxsplit=1)[0]
    first = re.sub(r"\s*\([^()]*\)", "", first)
    first = re.sub(r"[,;:]?\s*(?:so\s+|and\s+)?(?:skip|drop|exclude|ignore|don'?t\s+\w+)\s+them\b.*$", "", first, flags=re.I).strip(" .,;:")
    if not first or _THE_OTHERS.search(first):
        return None
    if _RECORDS_HEAD.match(first) or _RECORDS_TAIL.search(first):
        return first
    return None


# 'street address - don't send it', 'phone numbers, leave them off for now': the line's own verdict on what it lists
_SCOPE_VERDICT = re.compile(r"\s*(?:[-\u2013\u2014,;:]\s*|\s)(?:so\s+|please\s+|just\s+)?(?:don'?t|do not|never|leave|keep|no need to)\b.*$", re.I)


def _fields_out_of_scope(rest: str) -> list[str]:
    """'Out of scope: street address - don't send it.': each field it lists is not sent (round 52: the
    line was dropped, and a field a story's wish drafted stayed). Lines naming work, not fields
    ('the Salesforce side of things'), become notes the grammar reads as no rule."""
    first = re.split(r"(?<=\w)\.(?:\s|$)", rest.strip(), maxsplit=1)[0]
    first = _SCOPE_VERDICT.sub("", re.sub(r"\s*\([^()]*\)", "", first)).strip(" .,;:")
    if not first or re.search(r"[=⟦\"'<>]|->", first):
        return []
    items = [x.strip() for x in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", first) if x.strip()]
    if not items or len(items) > 6 or any(len(x.split()) > 4 for x in items):
        return []
    return [f"Don't send {x}." for x in items]


def _items_below(lines: list[str], at: int) -> list[str]:
    """The bullet items right under line ``at`` (up to the first blank or other line)."""
    items: list[str] = []
    for x in lines[at + 1 :]:
        if not x.strip() or not _BULLET.match(x):
            break
        items.append(x)
    return items


# a card's tag on its title line: a colour ('[yellow]'), story points ('[2 pts]', '[3]'), a size ('[S]'),
# or an upper-case label and its number ('STICKY 3 — ...', 'CARD 12: ...'), round 51
_CARD_TAG = re.compile(
    r"^\s*\[(?:[a-z]{3,10}|\d{1,2}(?:\s*(?:pts?|points?|sp))?|xs|s|m|l|xl)\]\s+(?=\S)"
    r"|(?<=\S)\s*\[\d{1,2}(?:\s*(?:pts?|points?|sp))?\]\s*$"
    r"|^\s*(?-i:[A-Z]{3,12})\s+\d{1,3}\s*:\s+(?=\S)", re.I)
_SYSTEM_SIDE = re.compile(
    r"^\s*(?:(?:the|our|all)\s+)?(?:hubspot|hs|salesforce|sfdc|sf|mailchimp|mc|segment|ga4|google analytics)?"
    r"(?:\s*(?:leads?|contacts?|members?|audiences?|identify|events?|traits))*\s*(?:,.*)?$", re.I)


def _untag(line: str) -> str | None:
    """The first line without its card tag, or None when it has none."""
    return _CARD_TAG.sub("", line).strip() if _CARD_TAG.search(line) else None


def _card_title(rest: str) -> bool:
    """'Leads from the catalogue-request form', 'Expo sign-ups -> Salesforce Leads', 'Mailchimp status' (a
    tagged card's first line, its tag off): the card's title, no rule; never a line that writes a value,
    says a rule after a colon ('US dealer leads: Phone in E.164') or maps one field to another ('Lead
    Status -> Lifecycle Stage')."""
    if re.search(r"=|⟦|<-|:", rest) or not rest:
        return False
    sides = re.split(r"\s*->\s*", rest)
    return len(sides) == 1 or (len(sides) == 2 and any(_SYSTEM_SIDE.match(x) for x in sides))


def _id_list(line: str, rest: list[str]) -> bool:
    """'REQ-1 The Lead's Email must ...' over 'REQ-2 ...': the first of numbered requirements,
    not a ticket's id and title (a later line opens with the same id word and a number)."""
    m = re.match(r"^\s*\[?([A-Z][A-Z0-9]*?)-?\d", line)
    if m is None:
        return False
    return any(re.match(rf"^\s*\[?{m.group(1)}-?\d", x) for x in rest)


# a heading's words: a few, with nothing that maps, filters or conditions
_HEADING = re.compile(r"^\s*[\w&+/()'-]+(?:[ :]+[\w&+/()'-]+){0,7}\s*$")
_HEADING_NOUN = re.compile(r"\b(?:traits?|fields|properties|events?|block|numbers|details|info|sync|mapping|list|setup|rules|basics|data|flags?|tags|consent|scoring|"
                           r"params|parameters|identify|members|contacts|leads|segment|mailchimp|hubspot|salesforce|sf|ga4|hs|crm)\b", re.I)
_NOT_HEADING = re.compile(r"[a-z]\.[a-z]|\b(?:only|skip|exclude|drop|ignore|if|when|unless|where|whose|except|without|not|no|never|always|must|should|use|map|copy|send|set)\b", re.I)


def _heading(line: str, rest: list[str]) -> bool:
    """'Segment address block' above a list of bullets: a title. It names what the list is
    about ('Company traits', 'Lead phone numbers') in words that look like fields, but says
    nothing the items do not say themselves, so it is no rule. Only a short first line with
    no mapping sign, no condition and no trailing ':' or '.', followed by bullets only."""
    items = [x for x in rest if x.strip()]
    if len(items) < 2 or not all(_BULLET.match(x) for x in items) or _BULLET.match(line):
        return False
    if len(line.split()) < 2:
        return False  # 'Phone' above its bullets: the field they describe
    if re.search(r"\band\b|&", line) and not _HEADING_NOUN.search(line):
        return False  # 'Email and phone' may be copies; 'Name and phone traits' names what the list is
    if _HEADING_NOUN.search(line):
        line = _TITLE_ARROW.sub(" to ", line)  # 'Tags from HS (-> Mailchimp)', 'HS -> SF Contact cleanup': the two systems, no rule (round 30)
    return bool(_HEADING.match(line)) and not _NOT_HEADING.search(line) and not line.rstrip().endswith((":", "."))


# an arrow between the names of two systems in a title line
_TITLE_ARROW = re.compile(r"\s*(?:->|=>|→)\s*")


# "what if they only have a mobile?" answered by "then use the mobile" (the next chat turn): one rule
_WHAT_IF = re.compile(r"\bwhat (?:if|about if|happens if|about when) (?P<c>[^?\n]+)\?\s*\n?\s*(?:then|in that case|if so|ok,? then)\b,?\s*", re.I)


# "No mobile number in HubSpot? Then leave MobilePhone off.": the question is the condition of the answer after it
_NO_THEN = re.compile(r"(?<![\w'])(?P<c>no\s[^?\n.;:]{1,60})\?\s*(?:then|in that case|if so)\b,?\s*", re.I)

# "Neither one? Leave PHONE out.": the answer holds when both options asked about before are empty
_NEITHER = re.compile(r"(?<![\w'])(?:neither|none)(?: one| of them| of the two| of those| of these| is there| is set)?\?\s*(?:then\b,?\s*)?", re.I)


def _answered(text: str) -> str:
    """A question and the turn that answers it read as one conditional sentence."""
    text = _NO_THEN.sub(lambda m: f"if there is {m['c']}, ", text)
    text = _NEITHER.sub("if they have neither, ", text)
    return _WHAT_IF.sub(lambda m: f"if {m['c']}, ", text)


def _gherkin(lines: list[str]) -> list[str]:
    """Each scenario's steps as one sentence: 'If <given>, <then>.' (a step that only says the
    sync runs is no condition). Texts without Given/Then steps are returned as they are."""
    steps = [_GHERKIN.match(ln) for ln in lines]
    if not any(m and m["k"].lower() == "given" for m in steps) or not any(m and m["k"].lower() == "then" for m in steps):
        return lines
    out: list[str] = []
    conds: list[str] = []
    results: list[str] = []
    kind = ""

    def flush() -> None:
        if results:
            lead = f"If {' and '.join(conds)}, " if conds else ""
            out.append(lead + "; ".join(results) + ".")
        conds.clear()
        results.clear()

    for ln, m in zip(lines, steps, strict=True):
        if m is None:
            flush()
            out.append(ln)
            continue
        k, t = m["k"].lower(), m["t"].strip().rstrip(".")
        if k in ("feature", "scenario", "scenario outline", "background", "examples"):
            flush()
            continue
        if k in ("given", "when") or (k in ("and", "but") and kind in ("given", "when")):
            kind = k if k in ("given", "when") else kind
            if t and not _RUNS.match(t):
                conds.append(re.sub(r"^(?:an? |the |each |every )?(?:\w+ )?(?:contact|lead|member|record|subscriber)s? (?:whose|where|with)\s+", "the ", t, flags=re.I))
            continue
        kind = "then"
        results.append(t)
    flush()
    return out


def _nest(lines: list[str]) -> list[str]:
    """Sub-bullets joined to the item above them. Under a field path ('traits.company'),
    'name: company' is 'traits.company.name: company'; under a bare label ('fields') items
    that map on their own stay items; otherwise the sub-items describe the parent field:
    '- LastName / - the last name / - if empty, ...' is 'LastName: the last name; if empty, ...'."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _BULLET.match(lines[i])
        if m is None:
            out.append(lines[i])
            i += 1
            continue
        ind = len(m["ind"].expandtabs(4))
        kids: list[str] = []
        j = i + 1
        while j < len(lines) and (k := _BULLET.match(lines[j])) and len(k["ind"].expandtabs(4)) > ind:
            kids.append(_BULLET.sub("", lines[j]).strip())
            j += 1
        head = _BULLET.sub("", lines[i]).strip()
        if not kids:
            out.append(lines[i])
        else:
            out.extend(_under(m.group(0), head, kids))
        i = j
    return out


_OWN = re.compile(r"^[\w. ]+?\s*(?::\s|->|<-|=)")
_PARAMS_HEAD = re.compile(r"(?:the\s+)?(?:ga4\s+)?(?:event\s+)?(?:params|parameters)", re.I)


# a row that tests a value ('hs_email_optout = true -> unsubscribed') or gives the blank / rest value
_COND_ROW = re.compile(r"^[^:;]{1,40}?\s(?:=|==|is)\s[^:;]{1,30}?\s*(?:->|=>|→)\s*\S|^(?:empty|blank|null|none|else|otherwise|anything else|everything else|the rest)\b[^:;]{0,20}?\s*(?:->|=>|→)", re.I)
# a value table's row: 'above 5,000,000 -> "Hot"', 'customer -> "Customer Success"', 'every other stage -> X'
_ROW_ITEM = re.compile(r"^[^:;]{1,40}?\s*(?:->|=>|→)\s*\S")


def _under(bullet: str, head: str, kids: list[str]) -> list[str]:
    if re.search(r":\s*\S|->|<-|=", head):  # the parent says something itself: its items are its own
        return [bullet + head, *(bullet + k for k in kids)]
    path = head.rstrip(":").strip()
    placed = re.sub(r"^(?:under|inside|within|in|into|for)\s+(?:the\s+)?", "", path, flags=re.I)  # 'Under traits.company:'
    if all(_OWN.match(k) for k in kids) and re.fullmatch(r"[A-Za-z_]\w*(?:\.\w+)+", placed):
        path = placed
    if all(_OWN.match(k) for k in kids) and _PARAMS_HEAD.fullmatch(placed):
        path = "params"  # 'Event params:' over 'platform: always ...': each item a param (round 24)
    if all(_OWN.match(k) for k in kids):
        if re.fullmatch(r"[A-Za-z_]\w*(?:\.\w+)+", path) or path == "params":
            return [bullet + f"{path}.{k}" for k in kids]
        label = len(path.split()) <= 2 and "⟦" not in path  # 'fields', 'Lead fields': a heading
        table_rows = head.endswith(":") and all(_ROW_ITEM.match(k) for k in kids)
        if table_rows and (not label or any(_COND_ROW.match(k) for k in kids)):
            # 'Lead Rating is set from the Annual Revenue:' over '- above 5,000,000 -> "Hot"': the rows of
            # its table, one line, even where a section label makes each item a sentence (round 25); a
            # short head ('`status`:') over rows that test a value ('- `hs_email_optout` = `true` ->
            # `unsubscribed`', '- empty -> `pending`') is the field they write, not a heading (round 30)
            return [bullet + head + " " + "; ".join(kids)]
        return [bullet + k for k in kids] if label else [bullet + head, *(bullet + k for k in kids)]
    return [bullet + f"{path}: " + "; ".join(kids)]

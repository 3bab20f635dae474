"""A call's written summary: what was decided kept, what was turned down and the to-dos set aside (round 42).

Slack's huddle notes, a meeting assistant's recap or a colleague's write-up of a call report the
call in the third person, in sections: 'Key points', 'Decisions', 'Open questions' (answered
inline: 'Resolved: yes, ...'), 'Rejected', 'Next steps'. The rules are in the reported
decisions, wrapped in reporting ('It was decided that ...', 'The team agreed to ...', 'Ines
noted that ...'). The call also reports ideas nobody took ('Tom suggested "Unknown" for an empty
Company. This was rejected.'), and read as rules those are the wrong records, silently. So on a
text that is such a summary (a summary title or two of its section headings):

- a 'Rejected' / 'Not adopted' / 'Parked' section goes, and so does a 'Next steps' section
  (people's tasks: 'Tom to run the first batch on Thursday');
- a sentence that reports a rejection goes, with the proposal before it that it turns down;
- an open question answered 'no' goes with its answer; one answered 'yes' is said as the rule
  with what the answer adds;
- the reporting frames ('It was decided that', 'The team agreed to', '(Priya)') go, the
  decision they carry stays.

The notes quote what was set aside. Any other text comes back as it was.
"""

from __future__ import annotations

import re

_TITLE = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*)?(?:ai\s+)?(?:(?:huddle|call|meeting|sync|standup|stand-up)\s+(?:summary|recap|notes|write-?up)|"
    r"summary\s+of\s+(?:the\s+|a\s+|our\s+)?(?:huddle|call|meeting)|(?:ai\s+)?summary\s+of\s+huddle|recap\s+of\s+(?:the\s+)?(?:huddle|call|meeting)|"
    r"quick\s+recap|meeting\s+(?:recap|summary)|ai\s+companion|(?:ai|smart)\s+notes)\b",
    re.I,
)
_SECTION = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*)?(?P<h>key points|highlights|discussion|summary|quick recap|recap|overview|tl;?dr|decisions?(?: made)?|agreed|open questions(?: \(resolved\))?|"
    r"questions|resolved questions|rejected(?: ideas)?|not adopted|parked|dropped(?: ideas)?|out of scope|ideas rejected|"
    r"next steps|action items|follow[- ]ups?|to-?dos?)(?:\*\*)?\s*:?\s*(?:\*\*)?\s*(?P<rest>.*)$",
    re.I,
)
_SET_ASIDE = re.compile(r"^(?:rejected|not adopted|parked|dropped|out of scope|ideas rejected)", re.I)
_TODO = re.compile(r"^(?:next steps|action items|follow[- ]ups?|to-?dos?)", re.I)
# a next step that is a person's task; any other line under 'Next steps' is read (it may be a rule)
_TASK = re.compile(r"^\s*(?:[-*•]|\d+[.)])?\s*(?:[A-Z][a-z]+(?:\s*(?:,|and|&)\s*[A-Z][a-z]+)*|everyone|the team|all)\s+(?:to|will|'ll|should|needs? to|is going to|are going to|plans? to|owns?)\b")
_META = re.compile(r"^\s*(?:participants|attendees|present|duration|channel|date|when|who)\s*:", re.I)
_NAMES_ONLY = re.compile(r"^\s*(?:[A-Z][a-z]+)(?:\s*(?:,|&|\band\b)\s*[A-Z][a-z]+)+\s*$")
_BULLET = re.compile(r"^(\s*(?:[-*•]|\d+[.)])\s+)")
# 'This was rejected.', 'The team decided against it.', 'Nobody wanted that, so it was dropped.'
_REJECTED = re.compile(
    r"\b(?:this|that|it|which|(?:the|his|her|their|[A-Z][a-z]+'s) (?:idea|suggestion|proposal|plan|option)(?: (?:of|to|for) [^.;]{1,80}?)?)\s+"
    r"(?:was|were|got|is)\s+(?:rejected|turned down|dropped|vetoed|not adopted|shot down|declined|ruled out|voted down)\b|"
    r"\b(?:decided|agreed|voted)\s+against\b|\b(?:rejected|vetoed|declined|turned down)\s+(?:it|this|that|the idea|the suggestion|the proposal)\b|"
    r"^(?:rejected|not adopted|dropped)\b",
    re.I,
)
_PROPOSED = re.compile(r"\b(?:suggested|proposed|floated|pitched|raised the idea|wondered whether|asked whether|asked if|wanted to|offered to)\b", re.I)
# reporting around a decision: the decision stays
_FRAME = re.compile(
    r"^(?:(?i:it was (?:decided|agreed|confirmed|settled)|the team (?:agreed|decided|confirmed|settled on)|(?:everyone|both|all) agreed|"
    r"they (?:agreed|decided))|[A-Z][a-z]+ and [A-Z][a-z]+ agreed|[A-Z][a-z]+ confirmed)\s*(?:that\s+|to\s+|on\s+)?(?=\S)|"
    r"^[A-Z][a-z]+ (?:proposed|suggested)(?: [\w-]+){0,3}:\s*(?=\S)",
)
_MID_FRAME = re.compile(r"(?<=[;:]\s)(?:it was (?:decided|agreed|confirmed|settled)|the team (?:agreed|decided|confirmed)|(?:everyone|both) agreed)\s+(?:that\s+|to\s+)?", re.I)
_ATTRIBUTION = re.compile(r"\s*\((?:(?:mentioned|raised|suggested|proposed|confirmed|noted|flagged|owner|via|per)\s+(?:by\s+)?)?[A-Z][a-z]+(?:\s*(?:,|and|&)\s*[A-Z][a-z]+)*\)")
_AGREED_ONLY = re.compile(r"^(?:both|everyone|all|the team|they)\s+agreed\.?$|^agreed\.?$", re.I)
_RESOLVED = re.compile(r"^(?P<q>.*?\?)\s*(?:resolved|answer|decided|outcome)\s*:\s*(?P<a>.+)$", re.I)
_NO = re.compile(r"^(?:no|not\b|nope|not in this version|not now|not yet|left out|leave it out)", re.I)
_YES = re.compile(r"^(?:yes|yep|agreed|confirmed|correct)\b[,.;:]?\s*", re.I)
_YES_NO = re.compile(r"^(?:should|shall|do|does|did|will|would|can|could|is|are|must)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!])\s+(?=[A-Z\"'“])")


def _capital(said: str) -> str:
    """A sentence whose frame went ('It was decided that email ...') starts with a capital; a field name keeps its case."""
    return said if re.match(r"[a-z]+[._]|[a-z]+[A-Z]", said) else said[:1].upper() + said[1:]


def _is_summary(lines: list[str]) -> bool:
    first = next((ln for ln in lines if ln.strip()), "")
    heads = sum(1 for ln in lines if (m := _SECTION.match(ln)) and not m["rest"].strip())
    return bool(_TITLE.match(first)) or (heads >= 2 and any(_META.match(ln) for ln in lines))


def _sentences(line: str) -> tuple[str, list[str]]:
    lead = _BULLET.match(line)
    head = lead.group(1) if lead else ""
    return head, [s for s in _SENTENCE.split(line[len(head) :].strip()) if s]


def _answered(sentence: str, aside: list[str]) -> str | None:
    """'Should X go over as well? Resolved: yes, trimmed.' -> 'X go over as well, trimmed.'; a 'no' drops both."""
    m = _RESOLVED.match(sentence)
    if m is None:
        return sentence
    answer = m["a"].strip()
    if _NO.match(answer):
        aside.append(sentence)
        return None
    rest = _YES.sub("", answer).strip()
    if not _YES_NO.match(m["q"].strip()):
        # 'Which lead status for each Rating? Resolved: Hot -> IN_PROGRESS, ...', 'Email? Resolved: lower-cased':
        # the question names what the answer is about, as a heading
        topic = re.sub(r"^(?:which|what|how|where)\s+(?:(?:is|are|do|does|should)\s+(?:we\s+|the\s+)?)?", "", m["q"].rstrip("?").strip(), flags=re.I)
        return f"{topic}: {rest}"
    question = re.sub(r"^(?:should|shall|do|does|will|can|could|is|are)\s+(?:we\s+)?", "", m["q"].rstrip("?").strip(), flags=re.I)
    return f"{question[:1].upper()}{question[1:]}" + (f", {rest}" if rest else ".")


def read_summary(text: str) -> tuple[str, str | None]:
    """The summary's decisions as plain lines, and a note quoting what was set aside."""
    lines = text.splitlines()
    if not _is_summary(lines):
        return text, None
    out: list[str] = []
    aside: list[str] = []
    drop_section = set_aside = False
    first = next(i for i, ln in enumerate(lines) if ln.strip())  # a summary has a non-blank line (_is_summary)
    for at, line in enumerate(lines):
        if at == first and _TITLE.match(line):
            continue  # the summary's title
        if _META.match(line) or (_NAMES_ONLY.match(line) and at < 4):
            continue  # who was on the call
        if (m := _SECTION.match(line)) and (not m["rest"].strip() or m["rest"].lstrip().startswith(("-", "•"))):
            set_aside, drop_section = bool(_SET_ASIDE.match(m["h"])), bool(_SET_ASIDE.match(m["h"]) or _TODO.match(m["h"]))
            continue
        if drop_section and (set_aside or not line.strip() or _TASK.match(line)):
            if line.strip():
                aside.append(line.strip(" -•*"))
            continue  # a rejected idea, or a person's task ('Tom to run the first batch on Thursday')
        head, said = _sentences(line)
        kept: list[str] = []
        for s in said:
            s = _ATTRIBUTION.sub("", s)
            if _AGREED_ONLY.match(s.strip()):
                continue
            if (rej := _REJECTED.search(s)) and ";" in s[rej.end() :]:
                # 'The idea was rejected; an empty Company stays empty.': what was said instead stays
                s, instead = s[: s.index(";", rej.end())], s[s.index(";", rej.end()) + 1 :].strip()
                kept_after = [_capital(instead)] if instead else []
            else:
                kept_after = []
            if _REJECTED.search(s):
                aside.append(s)
                if kept and _PROPOSED.search(kept[-1]) and not _PROPOSED.search(s):
                    aside.append(kept.pop())  # 'Tom suggested ... . This was rejected.'
                elif not kept and out and _PROPOSED.search(out[-1]) and not _PROPOSED.search(s):
                    aside.append(out.pop())
                kept.extend(kept_after)
                continue
            answered = _answered(s, aside)
            if answered is None:
                continue
            unframed = _MID_FRAME.sub("", _FRAME.sub("", answered)).strip()
            kept.append(_capital(unframed) if unframed != answered.strip() else unframed)
        if said and not kept:
            continue
        out.append(head + " ".join(kept) if said else line)
    note = "(a call's summary: its decisions read"
    if aside:
        note += "; set aside as turned down, answered no, or people's next steps: " + "; ".join(repr(a) for a in aside)
    return "\n".join(out), note + ")"

"""The workflow register: a sync written the way a marketing-automation tool lays out a workflow.

People who build HubSpot or Marketo workflows describe a sync in that tool's words:
"Workflow: Lead routing", "Trigger: contact created", "Enrollment criteria: Lifecycle Stage is
any of 'a', 'b'", "Step 1: Action: set property ...", "If/then branch on Rating -> lifecyclestage:"
over indented rows, "Else (...): ...", "Goal: ...", "Delay: 0 minutes". The names, goals and
delays carry no rule; the enrollment criteria are a filter; a branch on one property is a value
table or, when each row sets the field from a property, a fallback. This module rewrites those
lines (quoted values already placeholders) into the plain shapes the grammar reads, before the
text is split into sentences. A text without these words is returned as it is.
"""

from __future__ import annotations

import re

# lines (or a line's first sentence) that only name, time or justify the workflow
_NO_RULE = re.compile(r"^\s*(?:workflow(?: name)?|goal|delay|re-?enroll?ment(?: trigger)?|wait)\s*:\s*[^.\n]*(?:\.\s+|\.?$)", re.I)
# a trigger that says when the workflow runs, not which records it takes
_EVENT_TRIGGER = re.compile(
    r"^\s*(?:trigger|enroll?ment trigger)\s*:\s*(?:all|every|any|each|new|a|an|the)?\s*(?:contacts?|leads?|members?|records?|subscribers?|users?|people)?"
    r"\s*(?:property change|properties change|created|updated|changed|is created|is updated|(?:is )?added|submits? a form|form submission)?\s*(?:\.\s+|\.?$)", re.I)
# "Data hygiene workflow before the Mailchimp push." / "Segment identify workflow:": a title
_TITLE = re.compile(r"^\s*(?![^.\n]*(?:->|<-|=|⟦|\bif\b|\bwhen\b|\bset\b|\bcopy\b))[\w&+/,() -]{0,60}\bworkflow\b[\w&+/,() -]{0,60}(?:[.:]\s+|[.:]?$)", re.I)
_CRITERIA = re.compile(r"^\s*(?:enroll?ment criteria|enroll?ment|trigger|entry criteria|criteria|audience|suppression(?: list)?|suppress)\s*:\s*", re.I)
_CONDITION_WORD = re.compile(r"\b(?:is|are|contains?|equals?|has|have|greater|less|known|unknown|any of|none of|where|whose)\b", re.I)
_EXCEPT = re.compile(r"^(?:every|all|any)\s+(?P<who>\w+?)s?\s+except\s+(?:those|the ones|ones)?\s*(?:whose|where|with|who)\s+", re.I)
_NOT_ENROLLED = re.compile(r"^(?P<who>\w+?)s?\s+(?:where|whose|with|who)\s+(?P<c>.+?)\s+(?:are|is)\s+not\s+enroll?ed\b", re.I)
# restatements of the criteria: "(contacts with an unknown X are not enrolled)", "Everyone else stays out."
_ENROLLED_NOTE = re.compile(r"\s*\([^()]*\b(?:enroll?ed|nobody else|no one else|everyone else|nobody|no one)\b[^()]*\)", re.I)
_ELSE_OUT = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:every(?:one|body)|all|no ?one|nobody|(?:all )?other \w+|the rest)(?: else)?\s+"
    r"(?:stays? out|(?:is|are) not enroll?ed|(?:is|are) (?:left )?out|goes? to [\w ]+|(?:is|are) skipped)\s*\.?", re.I)
_PREFIX = re.compile(r"^(?P<ind>\s*)(?:step\s*\d+\s*[:.)-]\s*)?(?:action\s*:\s*)?", re.I)
_BRANCH_HEAD = re.compile(
    r"^\s*(?:step\s*\d+\s*[:.)-]\s*)?if\s*/\s*then branch(?: (?:on|for) (?P<src>[^:]+?))?\s*:\s*$", re.I)
_ROW = re.compile(r"^(?:(?:if\s+)?(?P<f>[\w ./]+?)\s+)?(?:is equal to|is any of|is|equals|=)\s+(?P<vals>⟦\d+⟧(?:\s*(?:,|or)\s*⟦\d+⟧)*)\s*(?::|->)\s*(?P<out>⟦\d+⟧)\s*$", re.I)
_WITH_PARAMS = re.compile(r"^(?P<a>.*?\S)\s+with (?:these|the following|those)(?: event)? param(?:eter)?s\s*:\s*$", re.I)
_ELSE_ROW = re.compile(r"^else\b\s*(?:\([^()]*\))?\s*(?::|->)?\s*(?P<out>⟦\d+⟧)\s*$", re.I)


def workflow_lines(lines: list[str]) -> list[str]:
    """``lines`` with a workflow's framing in the shapes the grammar reads."""
    text = "\n".join(lines)
    if not re.search(r"\b(?:workflow|enroll?(?:ment|ed)|trigger|if\s*/\s*then branch|copy property value|action\s*:|format data)", text, re.I):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        head = _BRANCH_HEAD.match(ln)
        if head is not None:
            j = i + 1
            rows: list[str] = []
            while j < len(lines) and lines[j].strip() and (lines[j][:1].isspace() or _ELSE_ROW.match(lines[j].strip())):
                rows.append(lines[j].strip())
                j += 1
            out.extend(_branch(head.group("src"), rows))
            i = j
            continue
        params = _WITH_PARAMS.match(ln)
        if params is not None:  # 'Event: one event named X with these params:' over its params
            out.extend([_line(params.group("a").rstrip(" .") + "."), "Event params:"])
        else:
            out.append(_line(ln))
        i += 1
    return [ln for ln in out if ln is not None]


def _branch(src: str | None, rows: list[str]) -> list[str]:
    """'If/then branch on Lifecycle Stage for traits.stage:' over 'is any of 'a', 'b' -> 'x'' rows
    is one value table; rows of another shape stay sentences of their own."""
    dst = None
    if src:
        m = re.match(r"(?P<s>.+?)\s+(?:for|->|into|to)\s+(?:the\s+)?(?P<d>[\w.]+)(?:\s+field)?$", src.strip(), re.I)
        if m:
            src, dst = m.group("s"), m.group("d")
    cells = [c.strip() for r in rows for c in re.split(r"\s+\|\s+", r)]
    pairs: list[str] = []
    for c in cells:
        row, other = _ROW.match(c), _ELSE_ROW.match(c)
        if row is not None:
            pairs.extend(f"{v} -> {row.group('out')}" for v in re.findall(r"⟦\d+⟧", row.group("vals")))
        elif other is not None:
            pairs.append(f"otherwise {other.group('out')}")
        else:
            pairs = []
            break
    if src and dst and pairs:
        return [f"{dst} from {src}: {', '.join(pairs)}."]
    # rows of conditions and actions: one sentence, each 'if ...:' a clause ('if A, set P to B')
    clauses = [re.sub(r"^(?P<c>(?:if|else if|when)\b[^:]*?)\s*:\s*", r"\g<c>, ", r.rstrip(" .;"), flags=re.I) for r in rows]
    return [_line("; ".join(clauses) + ".")] if clauses else []


def _line(ln: str) -> str:
    ln = _ENROLLED_NOTE.sub("", ln)
    ln = re.sub(r"(?<=\S)\.\s+(?=(?:else|otherwise)\b)", "; ", ln, flags=re.I)  # 'If ... . Else: ...' is one branch
    ln = _ELSE_OUT.sub("", ln)
    while (m := _NO_RULE.match(ln) or _EVENT_TRIGGER.match(ln) or _TITLE.match(ln)) and m.end() > 0:
        ln = ln[m.end() :]
        if not ln.strip():
            return ""
    crit = _CRITERIA.match(ln)
    if crit is not None:
        rest = ln[crit.end() :]
        if re.match(r"(?:exclude|skip|drop|only|ignore)\b", rest, re.I):
            ln = rest[:1].upper() + rest[1:]
        elif (ex := _EXCEPT.match(rest)) is not None:
            ln = f"Skip {ex.group('who')}s whose " + rest[ex.end() :]
        elif (ne := _NOT_ENROLLED.match(rest)) is not None:
            ln = f"Skip {ne.group('who')}s where {ne.group('c')}" + rest[ne.end() :]
        elif _CONDITION_WORD.search(rest):
            rest = re.sub(r"^(?:(?:all\s+|the\s+)?(?:contacts?|leads?|members?|records?)\s+(?:where|whose|with)\s+|(?:contact|lead|member|record)\s+(?=\w))", "", rest, flags=re.I)
            ln = "Only sync records where " + rest
    m = _PREFIX.match(ln)
    if m is not None and m.end() > len(m.group("ind")):
        ln = m.group("ind") + ln[m.end() :]
    return ln


_ANY_OF = re.compile(r"\b(?P<v>is|are|contains?)\s+(?:equal to\s+)?(?:any|one) of\s+(?:the values\s+)?(?P<vals>⟦\d+⟧(?:\s*(?:,|or|,\s*or)\s*⟦\d+⟧)+)", re.I)
_ANY_OF_ONE = re.compile(r"\b(?P<v>is|are|contains?)\s+(?:equal to\s+)?(?:any|one) of\s+(?P<val>⟦\d+⟧)(?!\s*(?:,|or)\s*⟦)", re.I)


def any_of(sentence: str) -> str:
    """'Lifecycle Stage is any of ⟦0⟧, ⟦1⟧' -> 'is ⟦0⟧ or ⟦1⟧' (the list the grammar reads);
    'contains any of ⟦0⟧' with one value -> 'contains ⟦0⟧'."""
    sentence = _ANY_OF.sub(lambda m: f"{m['v']} " + " or ".join(re.findall(r"⟦\d+⟧", m["vals"])), sentence)
    return _ANY_OF_ONE.sub(lambda m: f"{m['v']} {m['val']}", sentence)

"""A mapping written as a teacher's worksheet (round 40): a title ('EXERCISE 5: Who is allowed
onto the Lead list?'), an 'Instructions:' paragraph, numbered 'Step 1:' lines that hold the
rules, then 'Note carefully:' and 'Remember:' boxes and an 'In summary' paragraph that explain
the steps again with worked examples about made-up pupils ('For example, Musa's opt-out box is
empty, so Musa goes through').

The steps say every rule; the rest says them again in looser words, and read as rules the
restatements became questions ('what should "In summary: trim the names, ..." do?') or, worse,
rules of their own. In a text shaped like a worksheet (two or more steps and a title or one of
those boxes) this pass keeps the steps and drops the title, the boxes and every worked
example. Any other text comes back as it was.
"""

from __future__ import annotations

import re

_STEP = re.compile(r"^[ \t]*step[ \t]+\d+[ \t]*[:.)-]", re.I | re.M)
_TITLE = re.compile(
    r"^[ \t]*(?:worksheet|exercise|lesson|activity|task|homework|practice|unit)[ \t]+\d+[ \t]*[:.-][^\n]*$", re.I
)
# a box that restates the steps: its paragraph goes, up to a blank line or the next step (a 'Tip:'
# or 'NB:' can hold a rule of its own: it stays)
_BOX = re.compile(
    r"^[ \t]*(?:instructions?|note carefully|remember|in summary|summary|to sum up)[ \t]*[:,-]", re.I
)
# a worked example, to the end of its sentence: ', for example Musa.Ibrahim@X.NG becomes musa...'
_EXAMPLE = re.compile(
    r"(?P<lead>[ \t]*,[ \t]*|[ \t]*)\b(?:for example|for instance|e\.g\.)(?=[\s,:])[^\n]*?(?:\.(?=[ \t]+[A-Z(<\"'])|\.?[ \t]*$)",
    re.I | re.M,
)


def _is_worksheet(lines: list[str]) -> bool:
    steps = sum(1 for ln in lines if _STEP.match(ln))
    framed = any(_TITLE.match(ln) or _BOX.match(ln) for ln in lines)
    return steps >= 2 and framed


def _without_boxes(lines: list[str]) -> list[str]:
    """The lines with each title and each box's paragraph taken out."""
    out: list[str] = []
    in_box = False
    for ln in lines:
        if not ln.strip() or _STEP.match(ln):
            in_box = False
        elif _BOX.match(ln):
            in_box = True
        if in_box or _TITLE.match(ln):
            continue
        out.append(ln)
    return out


# a step's line over indented lettered rows: '(a) More than 3,000,000: Rating is Hot.'
_ROW = re.compile(r"^[ \t]+\(?[a-z0-9]\)[ \t]+\S")


def _heads(lines: list[str]) -> list[str]:
    """A line ending in '.' right above indented lettered rows ends in ':' (it is their head)."""
    out = list(lines)
    for k in range(len(out) - 1):
        if out[k].rstrip().endswith(".") and _ROW.match(out[k + 1]) and not _ROW.match(out[k]):
            out[k] = out[k].rstrip()[:-1] + ":"
    return out


# 'Description: write this sentence, filling in the blanks:' over the sentence with <holes> and
# 'where <date> is the date part of the Create Date (createdate), in the form YYYY-MM-DD.'
_BLANKS_HEAD = re.compile(
    r"^(?P<i>[ \t]*)(?P<d>[A-Za-z_][\w.]*)\s*(?:\([A-Za-z_][\w.]*\))?\s*:\s*(?:write|fill in|complete|put)\s+"
    r"(?:this|the following)\s+(?:sentence|line|text|note)\b[^:\n]*:\s*$",
    re.I,
)
_HOLE_DEF = re.compile(
    r"^\s*where\s+<(?P<n>[^<>\n]+)>\s+(?:is|means|stands for)\s+(?:the\s+)?(?P<what>[^\n]+?)\s*\.?\s*$", re.I
)
_DATE_PART = re.compile(
    r"date\s+part\s+of\s+(?:the\s+)?(?P<f>[^,()\n]+?)\s*(?:\((?P<api>[A-Za-z_][\w.]*)\))?\s*,?\s*"
    r"(?:in\s+the\s+form|as|written\s+as|like)\s+(?P<fmt>YYYY-MM-DD|[YMD/.-]{8,10})",
    re.I,
)


def _fill_in_the_blanks(lines: list[str]) -> list[str]:
    """'D: write this sentence, filling in the blanks:' over a line with <holes> (and a line
    saying what a hole is) as the one line the angle-bracket template reader takes."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        head = _BLANKS_HEAD.match(lines[k])
        body = k + 1 < len(lines) and "<" in lines[k + 1] and lines[k + 1].strip()
        if head is None or not body:
            out.append(lines[k])
            k += 1
            continue
        template, k = lines[k + 1].strip(), k + 2
        while k < len(lines) and (hole := _HOLE_DEF.match(lines[k])) is not None:
            date = _DATE_PART.search(hole["what"])
            said = f"{date['api'] or date['f']} as {date['fmt'].upper()}" if date else hole["what"]
            template = template.replace(f"<{hole['n']}>", f"<{said}>")
            k += 1
        out.append(f"{head['i']}{head['d']} is filled with: {template}")
    return out


def _drop_example(m: re.Match[str]) -> str:
    return "." if "," in m["lead"] else ""


def worksheet(text: str) -> str:
    """The steps of a worksheet-shaped mapping without their numbers, title, boxes and worked
    examples (a 'Step 2:' number hid the table under 'Industry: find it in this table:')."""
    lines = text.split("\n")
    if not _is_worksheet(lines):
        return text
    steps = [_STEP.sub("", ln, count=1).lstrip() if _STEP.match(ln) else ln for ln in _without_boxes(lines)]
    kept = "\n".join(_heads(_fill_in_the_blanks(steps)))
    return _EXAMPLE.sub(_drop_example, kept)

"""A rule written as a decision tree (round 19c): a field or a question over indented branches,
each an answer and an arrow to what follows ("Phone:" over "Has an office phone? -> use it,
E.164" / "No office phone? -> the mobile instead" / "Neither? -> leave Phone off"; "Is the
contact a customer?" over "yes -> Rating 'Hot'" / "no -> is revenue over 5M?" and its own
branches; "✔ -> send it" / "✘ -> skip"). The branches are the rule's cases in order, so each
tree becomes the one sentence the grammar reads: a fallback chain when the branches ask
whether a field is there, a value table with 'otherwise' when they ask conditions (a "no"
branch that asks again adds its cases in order), a keep or skip filter when the branches say
whether the record is sent. One-line forms ("No revenue? -> 0", "Opted out? -> skip them") are
read the same way. Runs on the raw text, before quoted values are lifted; a text with no
branch arrows after a question is returned as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_ARROW = r"(?:->|=>|→)"
_YES = re.compile(r"^(?:y|yes|yep|✔|✓|true|ja)\b|^[✔✓]", re.I)
_NO = re.compile(r"^(?:n|no|nope|✘|✗|false)\b|^[✘✗]", re.I)
_REST = re.compile(r"^(?:anything else|everything else|any other\b.*|otherwise|else|the rest|all others?|everyone else|at least one of (?:the two|them|those)|either one|one of them)\b", re.I)
_SKIP = re.compile(r"^(?:skip|nothing|drop|ignore|don'?t (?:create|send|sync)|no (?:identify|event|sync)|leave (?:it|them|the (?:contact|lead|record)) out|exclude)\b", re.I)
_KEEP = re.compile(r"^(?:send|sync|bring|fire|goes? (?:in|into|over|across)|create|keep|include|push|import|it goes|they go|go)\b", re.I)
_OFF = re.compile(r"^(?:leave (?P<a>[\w.]+)(?: \w+)? (?:off|out)|don'?t (?:set|send|map) (?P<b>[\w.]+)|no (?P<c>[\w.]+)(?: property| field| value)?(?: at all)?)\b", re.I)
_PRESENT = re.compile(r"^(?:has (?:an? |any )?|is there (?:an? )?)?(?P<x>.+?)(?: (?:filled in|present|there|on file|set|given|exists|is filled in|is there|is set))?$", re.I)
_ABSENT = re.compile(r"^(?:no |not? an? |without (?:an? )?)(?P<x>.+?)(?: but (?:an? )?(?P<y>.+))?$|^(?P<x2>.+?) (?:blank|empty|missing)$|^(?:blank|empty|missing|nothing there|none)$", re.I)
_NEITHER = re.compile(r"^(?:neither|none of them|nothing|no number at all|neither one|both (?:blank|empty))\b", re.I)
_USE_IT = re.compile(r"^(?:use it|copy it|copy|that one|keep it|take it|yes,? use it)\b[,;]?\s*", re.I)
_BRANCH = re.compile(rf"^(?P<ind>\s+)(?:[-*•]\s*)?(?P<c>(?:(?!<-|->|=>)[^\n])*?)\s*(?P<q>\?)?\s*(?P<m>[✔✓✘✗]|\b[YN]\b)?\s*{_ARROW}\s*(?P<a>.*)$")
_HEAD_FIELD = re.compile(r"^(?P<ind>\s*)(?:[-*•]\s*)?(?:(?P<s0>[A-Za-z_][\w. ]*?)\s*->\s*)?(?P<f>[A-Za-z_][\w.\[\] ]*?)(?:,? in (?:this|that) order)?(?:\s*(?:,\s*)?(?:\((?P<p>[^()]*)\)|from (?:the )?(?P<s>[\w ]+?)|based on (?P<s2>[\w ]+?)|written as text|as text))?\s*:\s*$")
_HEAD_Q = re.compile(r"^(?P<ind>\s*)(?:[-*•]\s*)?(?P<q>[^\n>]+\?)\s*$")


@dataclass
class _Branch:
    cond: str
    yes: bool | None  # a Y / N answer to the question above it
    action: str
    q: bool = False  # the branch asks ('Has an office phone? -> ...'), rather than being a value row
    sub: list[_Branch] = field(default_factory=list)
    sub_q: str = ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _branches(lines: list[str], i: int, ind: int) -> tuple[list[_Branch], int]:
    """The branch lines under the head at ``i - 1`` (more indented than ``ind``)."""
    out: list[_Branch] = []
    while i < len(lines) and lines[i].strip() and _indent(lines[i]) > ind:
        m = _BRANCH.match(lines[i])
        if not m or ("=" in m["c"] and not m["q"] and not m["m"]):
            break  # 'name = company' under a container: a field line, not a branch
        cond, act = m["c"].strip(), m["a"].strip()
        mark = (m["m"] or "").strip()
        yes = True if (mark and _YES.match(mark)) or _YES.fullmatch(cond) else False if (mark and _NO.match(mark)) or (_NO.match(cond) and len(cond.split()) <= 4 and not re.search(r"\w+\?", cond)) else None
        b = _Branch(cond, yes, act, q=bool(m["q"]))
        i += 1
        if act.endswith("?"):
            # 'no -> is annual revenue over 5M?' over its own branches
            b.sub_q = act
            b.sub, i = _branches(lines, i, _indent(lines[i - 1]))
        out.append(b)
    return out, i


def _quote(v: str) -> str:
    v = v.strip().rstrip(".,;")
    v = re.sub(r"^(?:rating|status|set|use|put|make it|it is|it's)\s+", "", v, flags=re.I)
    if re.fullmatch(r"true|false|\d+(?:\.\d+)?", v, re.I) or v[:1] in "'\"":
        return v
    return f"'{v}'"


def _value(action: str) -> str:
    """A branch's value: 'Rating 'Hot'' -> 'Hot', "'Warm'  (no revenue on file counts as no)" -> 'Warm'."""
    a = re.sub(r"\s*\([^()]*\)\s*$", "", action.strip())
    q = re.search(r"'[^']*'|\"[^\"]*\"", a)
    if q:
        return q.group(0)
    return _quote(re.split(r"[,;]\s", a)[0])


def _condition(g: Grammar, q: str) -> str:
    """A question as a condition the grammar reads ('Is the contact a customer (lifecycle stage =
    customer)?' -> 'lifecycle stage is customer')."""
    q = q.strip().rstrip("?").strip()
    par = re.search(r"\((?P<c>[^()]*(?:=|'|\"|\bchecked\b|\bticked\b|\bis\b)[^()]*)\)", q)
    if par:
        q = par["c"]
    q = re.sub(r"^(?:is|are|does|do|has|have|was)\s+(?:the\s+|their\s+|its\s+)?(?=\S)", "", q, flags=re.I)
    stage = re.match(r"^in the (?P<v>'[^']*'|\"[^\"]*\"|\w+) (?:lifecycle )?stage$", q, re.I)
    if stage:
        return f"lifecycle stage is {stage['v']}"
    both = re.match(r"^no (?P<a>.+?) and no (?P<b>.+)$", q, re.I)
    if both:
        return f"the {both['a']} and the {both['b']} are both empty"  # 'no office phone AND no mobile?'
    none = re.match(r"^(?:no|without (?:an?|any)?)\s*(?P<x>.+)$", q, re.I)
    if none:
        return f"{none['x']} is empty"
    q = re.sub(r"\s*(?<![!<>])=\s*", " is ", q)
    q = re.sub(r"\s+(?:says|is set to|reads)\s+", " is ", q)
    q = re.sub(r"\s+(checked|ticked)$", r" is \1", q)
    cmp = re.match(r"^(?P<f>.+?)\s+(?P<op>over|under|above|below|more than|less than|greater than|at least)\s+(?P<n>.+)$", q, re.I)
    if cmp and not re.search(r"\b(?:is|are)\b", cmp["f"], re.I):
        return f"{cmp['f']} is {cmp['op']} {cmp['n']}"  # 'annual revenue over 5M' -> '... is over 5M'
    if re.search(r"\b(?:is|are|over|under|above|below|more than|less than|greater than|at least|empty|blank|checked|ticked|contains?)\b", q, re.I):
        return q
    words = q.split()
    for k in range(min(4, len(words) - 1), 0, -1):
        head = " ".join(words[:k])
        n = g.resolve(head, "src")
        names = {n.best.path.lower(), n.best.path.lower().replace("_", " "), (n.best.label or "").lower()} if n is not None else set()
        if head.lower() in names:
            return f"{head} is {' '.join(words[k:])}"  # 'lifecycle stage customer or evangelist' -> '... is customer or evangelist'
    return q


def _filter(g: Grammar, q: str, branches: list[_Branch]) -> str | None:
    """'Is C?' over '✔ -> send it' / '✘ -> skip': a keep or skip filter on C."""
    yes = next((b for b in branches if b.yes is True), None)
    no = next((b for b in branches if b.yes is False), None)
    if yes is None and no is None:
        return None
    cond = _condition(g, q)
    if (yes is not None and _SKIP.match(yes.action)) or (no is not None and _KEEP.match(no.action) and not _SKIP.match(no.action)):
        return f"Skip records whose {cond}."
    if (no is not None and _SKIP.match(no.action)) or (yes is not None and _KEEP.match(yes.action)):
        return f"Only records whose {cond}."
    return None


def _cases(g: Grammar, branches: list[_Branch], head_q: str = "") -> list[tuple[str | None, str]]:
    """(condition or None for the rest, value) in order; a 'no' branch that asks again adds its cases."""
    out: list[tuple[str | None, str]] = []
    for b in branches:
        if b.sub_q:
            out.extend(_cases(g, b.sub, b.sub_q))  # 'no -> is revenue over 5M?': its own cases, after these
            continue
        if b.yes is True and head_q:
            out.append((_condition(g, head_q), _value(b.action)))
        elif b.yes is False or _REST.match(b.cond):
            out.append((None, _value(b.action)))
        elif b.yes is True:
            out.append((_condition(g, b.cond), _value(b.action)))
        else:
            cond = b.cond
            if re.fullmatch(r"(?:'[^']*'|\"[^\"]*\")", cond.strip()):
                cond = f"it is {cond.strip()}"  # '"false"? -> subscribed' under a head naming the field
            elif re.fullmatch(r"(?:blank|empty|missing)", cond.strip(), re.I):
                cond = "it is empty"
            out.append((_condition(g, cond), _value(b.action)))
    return out


def _tags(g: Grammar, branches: list[_Branch]) -> str | None:
    """'Tags:' over 'Lifecycle stage = customer? Y -> add 'customer'' ...: a tag per condition, in order."""
    said = []
    for b in branches:
        if b.yes is False or _NEITHER.match(b.cond) or _REST.match(b.cond):
            continue
        v = re.search(r"'[^']*'|\"[^\"]*\"", b.action)
        if v is None or re.search(r",\s*(?:then|and|plus)\b|\bthen\b", b.action):
            return None  # "'salesforce' first, then the LeadSource": more than one tag
        said.append(f"Records whose {_condition(g, b.cond)} also get the tag {v.group(0)}.")
    return " ".join(said) or None


def _chain(g: Grammar, f: str, branches: list[_Branch], src: str | None = None) -> str | None:
    """'Has X? -> use it' / 'No X? -> Y' / 'Neither? -> leave F off' -> 'F is X; if it is empty, use Y; ...'."""
    present = absent = neither = None
    for b in branches:
        c = b.cond.strip()
        if _NEITHER.match(c):
            neither = b
        elif _ABSENT.match(c):
            absent = absent or b
        elif present is None and _PRESENT.match(c) and (_USE_IT.match(b.action) or re.search(r"E\.?164|\s\+\s", b.action)):
            present = b
    if present is None or (absent is None and neither is None):
        return None
    pm = _PRESENT.match(present.cond.strip())
    x = re.sub(r"^(?:a|an|the|their)\s+", "", pm["x"] if pm else present.cond).strip()
    if not x or re.fullmatch(r"filled in|present|there|on file|set|given|it", x, re.I):
        x = src or f  # 'Country -> MailingCountry:' over 'filled in? -> copy it'
    elif g.resolve(x, "src") is None and src:
        x = src
    extra = _USE_IT.sub("", present.action)
    if re.search(r"\s\+\s", present.action):
        said = f"{f} is {present.action.strip()}"  # 'Street filled in? -> Street + ', ' + City': the value itself
    else:
        if extra == present.action:  # 'E.164 it, assume US': the action is the format
            extra = re.sub(r"^(?:E\.?164 it|format it)\b,?\s*", "in E.164, ", extra)
        said = f"{f} is the {x}" + (f", {extra.strip(' ,')}" if extra.strip(" ,") else "")
    for br, when in ((absent, "if it is empty"), (neither, "if both are empty")):
        if br is None:
            continue
        off = _OFF.match(br.action)
        if off:
            said += f"; {when}, leave {f} off"
        else:
            alt = re.sub(r"^(?:use|take|put|then)\s+", "", br.action.strip())
            alt = re.sub(r"\s+instead\b", "", alt)
            alt = alt if alt[:1] in "'\"" else f"use {alt}"
            said += f"; {when}, {alt}"
    return said


def _inline(line: str) -> str:
    """'...; no revenue? -> 0', 'Blank? -> the email's domain', 'blank -> leave it off' inside a line."""
    line = re.sub(rf"(?:[.;,]\s*)(?:blank|empty|no) (?P<x>[\w ]+?)\s*{_ARROW}\s*(?:no [\w ]+ (?:property|field|value)(?: at all)?|leave (?:it|[\w.]+) (?:off|out)|nothing)\b",
                  lambda m: f"; if the {m['x']} is empty, leave it off", line, flags=re.I)  # 'blank Phone -> no phone property at all'
    line = re.sub(rf"\s*\((?:blank|empty)\s*{_ARROW}\s*(?P<a>[^()]+)\)", lambda m: f"; if it is empty, {_alt(m['a'])}", line, flags=re.I)  # '(blank -> 'NONE')'
    line = re.sub(rf"(?:[.;,]\s*|\s+)(?:no|without) (?P<x>[\w ]+?)\?\s*{_ARROW}\s*(?P<a>[^.;\n]+)", lambda m: f"; if the {m['x']} is empty, {_alt(m['a'])}", line, flags=re.I)
    line = re.sub(rf"(?:[.;,]\s*|\s+)\(?(?:blank|empty)(?: (?P<x>[\w ]+?))?\?\s*{_ARROW}\s*(?P<a>[^.;)\n]+)\)?", lambda m: f"; if {'the ' + m['x'] if m['x'] else 'it'} is empty, {_alt(m['a'])}", line, flags=re.I)
    return line


def _alt(a: str) -> str:
    a = a.strip()
    if _OFF.match(a) or re.match(r"^(?:leave (?:it|that) (?:off|out)|don'?t send it)", a, re.I):
        return "leave it off"
    a = re.sub(r"^(?:use|take|put)\s+", "", a)
    return f"use {a}"


def read_trees(g: Grammar, text: str) -> str:
    """``text`` with its decision trees written as the sentences they stand for."""
    lines = text.split("\n")
    if not any(_BRANCH.match(ln) for ln in lines) and not re.search(rf"\?\s*{_ARROW}", text):
        return "\n".join(_inline(ln) for ln in lines) if re.search(rf"\b(?:blank|empty)\b[^\n]*?{_ARROW}", text, re.I) else text
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        hq, hf = _HEAD_Q.match(ln), _HEAD_FIELD.match(ln)
        if (hq or hf) and i + 1 < len(lines) and _indent(lines[i + 1]) > _indent(ln) and _BRANCH.match(lines[i + 1]):
            branches, j = _branches(lines, i + 1, _indent(ln))
            said: str | None = None
            if hq:
                said = _filter(g, hq["q"], branches)
                if said is None and all(b.yes is not None for b in branches):
                    # 'Is the contact a customer?' over 'yes -> Rating 'Hot'' / 'no -> ...': a field named in a branch
                    fld = next((m.group(0) for b in branches for m in [re.match(r"^[A-Za-z_][\w.]*(?=\s+['\"])", b.action)] if m), None)
                    cases = _cases(g, branches, hq["q"])
                    if fld and cases:
                        said = _said_cases(fld, cases)
            elif hf and not re.search(r"\b(?:depends|is|are|from|based|comes?)\b", hf["f"], re.I) and any(b.q or b.yes is not None or b.sub_q for b in branches):
                f = hf["f"].strip()
                src = (hf["s0"] or hf["s"] or hf["s2"] or "").strip() or None
                said = _tags(g, branches) if f.lower() in ("tags", "tag") else _chain(g, f, branches, src)
                if said is None:
                    cases = _cases(g, branches)
                    said = _said_cases(f, cases) if cases else None
            if said is not None:
                if out and out[-1].rstrip().endswith(":") and not re.search(r"->|=|<-|'|\"", out[-1]):
                    out.pop()  # 'Rating logic for leads coming out of HubSpot:' only introduces the tree
                out.append(hq["ind"] if hq else hf["ind"] if hf else "")
                out[-1] += said
                i = j
                continue
        one = re.match(rf"^(?P<ind>\s*)(?:[-*•]\s*)?(?P<q>[^\n>?]+)\?\s*{_ARROW}\s*(?P<a>.+)$", ln)
        if one and (_SKIP.match(one["a"]) or _KEEP.match(one["a"])) and not re.search(r"\b(?:if|when)\b", one["q"], re.I):
            said = _filter(g, one["q"], [_Branch("yes", True, one["a"])])
            if said is not None:
                out.append(f"{one['ind']}{said}")
                i += 1
                continue
        out.append(_inline(ln))
        i += 1
    return "\n".join(out)


def _said_cases(f: str, cases: list[tuple[str | None, str]]) -> str:
    parts = [f"{v} if {c}" for c, v in cases if c is not None]
    rest = next((v for c, v in cases if c is None), None)
    return f"{f} is " + ", ".join(parts) + (f", otherwise {rest}" if rest else "")

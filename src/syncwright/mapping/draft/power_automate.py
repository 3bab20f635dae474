"""A sync written as a Microsoft Power Automate flow (round 57).

Writers who build their automations in Power Automate describe a sync the way its designer shows
it: a 'Trigger:' line, 'Compose - Company' steps and variables holding an expression, 'Condition:'
blocks with the designer's operators ('is equal to', 'is greater than', 'is blank') over 'If yes:'
and 'If no:' branches, 'Switch on ...' over 'Case' rows, 'Append to array variable varTags', an
HTTP action's JSON body with '@{...}' expressions, and the fields of a 'Create record' action set
from the trigger's dynamic content ('Email = triggerBody()?['email']', 'Title = triggerOutputs()?
['body/Title']') or from an expression ('if(empty(trim(...)), 'Private Client', ...)', 'toLower(...)',
'concat(a, ' ', b)'). Read as words the references were no fields and the steps questions.

Each piece is said as what it means: a reference is the field it reads ('[email]' inside an
expression, 'email' in prose); an expression is the spreadsheet formula it is (the flow's functions
are Excel's with other names: empty() is ISBLANK, toLower() LOWER, concat() '&'), which
sheet_formulas says in the grammar's words; 'Outputs of Compose - Company' and a variable set once
are the expression they hold, said where they are used; a Condition whose one branch ends the run
is an 'Only' or 'Skip' sentence over the other branch's steps, one whose branches set one field is
'X = a if <test>, otherwise b' (nested Conditions the cases in order), an appended tag 'Add the tag
'X' if <test>.'; a Switch is a value table; a JSON body's keys are the fields they name. Why a
translation and not a parser of its own: the expression language is a call syntax sheet_formulas
already parses, and the steps are lines with a fixed shape. A block that does not read whole keeps
its lines, its references said as fields, for the grammar to read or ask about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# a reference to the flow's data: "triggerBody()?['email']", "triggerOutputs()?['body/Title']",
# "items('Apply_to_each')?['country']", "triggerBody()?['merge_fields']?['FNAME']"
_REF = re.compile(
    r"\b(?:triggerBody|triggerOutputs|item|items|body|outputs)\((?:\s*'[^'\n]*'\s*)?\)"
    r"(?P<path>(?:\??\[\s*'[^'\n]+'\s*\])+)"
)
_KEY = re.compile(r"\[\s*'([^'\n]+)'\s*\]")
# the flow's functions, as the spreadsheet functions sheet_formulas reads
_FUNCTIONS = {
    "if": "IF", "empty": "ISBLANK", "trim": "TRIM", "tolower": "LOWER", "toupper": "UPPER", "concat": "CONCAT",
    "equals": "EQUALS", "greater": "GREATER", "less": "LESS", "and": "AND", "or": "OR", "not": "NOT",
    "int": "INT", "float": "VALUE", "coalesce": "COALESCE", "first": "FIRST", "last": "LAST", "split": "SPLIT",
    "formatdatetime": "FORMATDATE",
}
_CALL = re.compile(r"\b(?P<f>[A-Za-z]+)\s*\(")
_COMPOSE = re.compile(r"^[ \t]*Compose\s*[-\u2013:]\s*(?P<n>[^\n()]+?)\s*$", re.I)
_VARIABLE_VALUE = re.compile(r"^[ \t]*Value\s*:\s*(?P<e>\S.*)$", re.I)
_VARIABLE_NAME = re.compile(r"^[ \t]*Name\s*:\s*(?P<n>var\w+)\b", re.I)
# 'Initialize variable varRating (String) = 'Warm'', 'Initialize variable varTags (Array) = ['A']'
_VARIABLE_LINE = re.compile(r"^[ \t]*Initialize variable\s+(?P<n>var\w+)\s*(?:\((?P<t>\w+)\))?\s*(?:=\s*(?P<v>.+?))?\s*(?:\(.*\))?\s*$", re.I)
# 'Outputs of Compose - Company', "outputs('Compose_-_Company')", 'the output of Compose - Title'
_OUTPUTS = r"(?:(?:the\s+)?outputs?\s+of\s+(?:the\s+)?Compose\s*[-\u2013:]\s*{n}|outputs\('Compose[_ ]-[_ ]{n}'\))"
_CONDITION = re.compile(r"^(?P<i>[ \t]*)(?:(?P<d>[A-Za-z][\w ./\[\]-]{0,50}?)\s*(?:=|:)\s*)?Condition(?:\s+\w{1,3})?(?:\s*\((?P<g>And|Or) group\))?\s*:\s*(?P<t>.*)$", re.I)
_BRANCH = re.compile(r"^(?P<i>[ \t]*)If (?P<b>yes|no)\b(?:\s*\([^)]*\))?\s*:?\s*(?P<r>.*)$", re.I)
_SWITCH = re.compile(r"^(?P<i>[ \t]*)(?:(?P<d>[A-Za-z][\w ./\[\]-]{0,50}?)\s*=\s*)?Switch(?:\s+on\s*:?\s*(?P<s>.+?))?\s*$", re.I)
_SWITCH_ON = re.compile(r"^[ \t]*On\s*:\s*(?P<s>.+?)\s*(?:\(.*\))?\s*$", re.I)
_CASE = re.compile(r"^[ \t]*(?:Case\s+(?P<k>.+?)|(?P<dflt>Default))\s*(?:->|→|:)\s*(?:(?P<d>[A-Za-z][\w ./\[\]-]{0,50}?)\s*=\s*)?(?P<v>'[^'\n]*'|\"[^\"\n]*\"|true|false|-?\d+(?:\.\d+)?)\s*(?:\(.*\))?\s*$", re.I)
_VALUE = r"'[^'\n]*'|\"[^\"\n]*\"|true|false|\[\s*\]|-?\d+(?:\.\d+)?"
# a branch that ends the run for the record: 'Terminate', 'skip', 'end, not synced', 'nothing'
_ENDS = re.compile(r"^(?:nothing\b|skip\b|terminate\b|end\b|do nothing|stop\b)", re.I)
_OPERATORS = [
    (r"is not equal to", "is not"), (r"is equal to", "is"), (r"is greater than or equal to", "is at least"),
    (r"is greater than", "is more than"), (r"is less than or equal to", "is at most"), (r"is less than", "is less than"),
    (r"is not blank", "is not empty"), (r"is blank", "is empty"), (r"does not contain", "does not contain"), (r"contains", "contains"),
]


def _field(m: re.Match[str]) -> str:
    keys = _KEY.findall(m["path"])
    return keys[-1].split("/")[-1] if keys else m.group(0)


def _words(text: str) -> str:
    """References said as the fields they read ('triggerBody()?['email']' -> 'email')."""
    return _REF.sub(_field, text)


def _formula(text: str) -> str:
    """An expression as the spreadsheet formula sheet_formulas parses (the words after its last
    bracket, a remark, as written)."""
    end = _end_of_call(text)
    out = _REF.sub(lambda m: f"[{_field(m)}]", text[:end])
    out = re.sub(r"'((?:[^'\n])*)'", lambda m: '"' + m[1].replace('"', '""') + '"', out)
    return _CALL.sub(lambda m: _FUNCTIONS.get(m["f"].lower(), m["f"]) + "(", out) + text[end:]


def _end_of_call(text: str) -> int:
    """Where the call that opens ``text`` closes (quotes skipped), or the text's end."""
    depth, quote = 0, False
    for k, ch in enumerate(text):
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(text)


def _expression(text: str) -> bool:
    """Whether ``text`` opens with one expression of the flow's language (a call over references)."""
    m = _CALL.match(text.strip())
    return m is not None and m["f"].lower() in _FUNCTIONS and _REF.search(text) is not None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _block(lines: list[str], k: int) -> int:
    """The index after the lines indented under line ``k`` (a Condition's 'If yes:' and 'If no:'
    written at its own indentation with them)."""
    j = k + 1
    cond = _CONDITION.match(lines[k]) is not None
    while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > _indent(lines[k]) or (cond and _indent(lines[j]) == _indent(lines[k]) and _BRANCH.match(lines[j]))):
        if not lines[j].strip() and (j + 1 >= len(lines) or _indent(lines[j + 1]) <= _indent(lines[k])):
            break
        j += 1
    return j


def _test(text: str) -> str | None:
    """A Condition's test in the grammar's words ('country is 'Qatar'', 'annualrevenue is more than 5')."""
    t = _words(text).strip().rstrip(".")
    t = re.sub(r"\s*\([^()]*\)\s*$", "", t)  # a remark in brackets after the test ('is blank (empty or only spaces)')
    t = re.sub(r"\b(?:float|int|trim|string)\((?P<f>[\w.]+)\)", r"\g<f>", t)
    for op, said in _OPERATORS:
        m = re.match(rf"^(?P<f>[\w.]+)\s+{op}(?:\s+(?P<v>{_VALUE}|\d[\d,]*))?\s*$", t, re.I)
        if m and (m["v"] is not None) != ("blank" in op):
            return f"{m['f']} {said}" + (f" {m['v'].replace(',', '')}" if m["v"] else "")
    return None


@dataclass
class _Branch:
    inline: str = ""
    lines: list[str] = field(default_factory=list)


def _branches(lines: list[str], start: int, end: int) -> tuple[dict[str, _Branch], list[str], list[str]] | None:
    """A Condition block's 'If yes' and 'If no' branches, its tests (an And/Or group's lines) and
    its other lines (remarks)."""
    out: dict[str, _Branch] = {}
    tests: list[str] = []
    rest: list[str] = []
    k = start
    while k < end:
        m = _BRANCH.match(lines[k])
        if m is None:
            (rest if out or not re.match(r"^\s*(?:And\s+|Or\s+)?(?:\w+\(|[\w.]+\s+(?:is|contains|does))", _words(lines[k])) else tests).append(lines[k])
            k += 1
            continue
        j = _block(lines, k)
        out[m["b"].lower()] = _Branch(m["r"].strip(), [ln for ln in lines[k + 1 : j]])
        k = j
    return (out, tests, rest) if out else None


def _value(text: str) -> str | None:
    m = re.match(rf"^(?:(?:Set variable\s+)?[\w.\[\] /-]+?\s*=\s*)?(?:stays\s+)?(?P<v>{_VALUE})\s*(?:\(.*\))?(?:\s*(?:->|—|-)\s.*)?$", text.strip(), re.I)
    return m["v"] if m else None


def _target(text: str) -> str | None:
    m = re.match(r"^(?:Set variable\s+)?(?P<d>[A-Za-z][\w.\[\] /-]{0,50}?)\s*=\s*\S", text.strip(), re.I)
    return m["d"].strip() if m else None


class _Flow:
    """The text's lines with its steps said; ``say`` the one entry point."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.vars: dict[str, str] = {}  # a variable's first value ('varRating' -> "'Warm'")
        self.chosen: dict[str, str] = {}  # a variable set in a Condition's branches -> its rule's right side
        self.tags: dict[str, list[str]] = {}  # an array variable's sentences

    def chain(self, start: int, end: int, test: str, default: str | None) -> tuple[str | None, str] | None:
        """A Condition whose branches set one field: (the field or variable, 'a if t, b if u, otherwise c')."""
        got = _branches(self.lines, start, end)
        if got is None:
            return None
        br, _, _ = got
        yes, no = br.get("yes"), br.get("no")
        if yes is None:
            return None
        target = _target(yes.inline) if yes.inline else None
        v_yes = _value(yes.inline) if yes.inline else None
        if v_yes is None:
            return None
        parts = f"{v_yes} if {test}"
        if no is None:
            return (target, parts + (f", otherwise {default}" if default else "")) if default else None
        nested = next((k for k, ln in enumerate(no.lines) if _CONDITION.match(ln)), None)
        if not no.inline.strip() and nested is not None:
            c = _CONDITION.match(no.lines[nested])
            inner_test = _test(c["t"]) if c else None
            if inner_test is None:
                return None
            sub = _Flow(no.lines)
            inner = sub.chain(nested + 1, _block(no.lines, nested), inner_test, default)
            if inner is None:
                return None
            return target or inner[0], f"{parts}, {inner[1]}"
        v_no = _value(no.inline)
        if v_no is None:
            return None
        return target or (_target(no.inline) if no.inline else None), f"{parts}, otherwise {v_no}"

    def condition(self, k: int, out: list[str]) -> int:
        """A Condition block at ``k`` said into ``out``; the index after it (``k`` when it is not read)."""
        m = _CONDITION.match(self.lines[k])
        assert m is not None
        end = _block(self.lines, k)
        got = _branches(self.lines, k + 1, end)
        if got is None:
            return k
        br, group, rest = got
        tests = [_test(re.sub(r"^\s*(?:And|Or)\s+", "", t)) for t in ([m["t"]] if m["t"].strip() else group)]
        if not tests or any(t is None for t in tests):
            return k
        test = f" {'or' if (m['g'] or '').lower() == 'or' else 'and'} ".join(str(t) for t in tests)
        yes, no = br.get("yes", _Branch()), br.get("no", _Branch())
        ends_yes, ends_no = bool(_ENDS.match(yes.inline)), bool(_ENDS.match(no.inline))
        if ends_yes != ends_no and not (yes.lines if ends_yes else no.lines):
            kept = no if ends_yes else yes
            out.append(f"{'Skip' if ends_yes else 'Only'} records where {test}.")
            inline = re.sub(r"^(?:upsert|create|add|update)\b[^=]*$", "", kept.inline, flags=re.I)
            out += [inline] if inline.strip() else []
            out += self.said(kept.lines)
            out += [ln for ln in rest if not re.search(r"\bif (?:yes|no)\b|\btreat(?:ed)? as (?:yes|no)\b", ln, re.I)]
            return end
        if (left := self.left_out(test, yes, no)) is not None:
            out.append(left)
            return end
        appended = [re.search(r"Append to array variable\s+(?P<n>var\w+)\s*(?:->|→|:|with)?\s*(?P<v>'[^'\n]*')", b.inline + " " + " ".join(b.lines), re.I) for b in (yes, no)]
        if appended[0] and not no.inline and not no.lines:
            self.tags.setdefault(appended[0]["n"], []).append(f"Add the tag {appended[0]['v']} if {test}.")
            # a remark on what a blank does ('Blank Annual revenue: no tag') says what the test does already
            out += [ln for ln in rest if not re.search(r"\bif (?:yes|no)\b|\b(?:blank|empty)\b", ln, re.I)]
            return end
        dst = m["d"].strip() if m["d"] else None
        said = self.chain(k + 1, end, test, None)
        if said is None:
            return k
        target = said[0] or dst or self.heading(k)
        if target is None:
            return k
        if target.startswith("var"):
            default = self.vars.get(target)
            if default and "otherwise" not in said[1]:
                said = (target, f"{said[1]}, otherwise {default}")
            self.chosen[target] = said[1]
            return end
        if re.search(r" is 'false'(?:,|$)", said[1]):
            # "is equal to 'false'": the flow compares the text and a blank is no 'false', but the grammar reads a
            # checkbox's 'false' as 'not ticked', blank included: the block stays as written, a question (round 57)
            return k
        out.append(f"{target} = {said[1]}")
        out += [ln for ln in rest if not re.search(r"\bif (?:yes|no)\b", ln, re.I)]
        return end

    @staticmethod
    def left_out(test: str, yes: _Branch, no: _Branch) -> str | None:
        """'Condition: varPhone is blank / If yes: do not map Phone at all / If no: Lead Phone =
        varPhone': the field with that value, left out when the value is empty."""
        m = re.match(r"^(?P<v>[\w.]+) is empty$", test)
        if m is None:
            return None
        for out_, kept in ((yes, no), (no, yes)):
            if re.search(r"\b(?:do not|don'?t|never)\s+(?:map|send|set)\b|\bremoveProperty\b|\bleave\b[^.]*\bout\b|\bnot sent\b", out_.inline, re.I) and not out_.lines:
                a = re.match(rf"^(?P<d>[A-Za-z][\w ./\[\]-]{{0,50}}?)\s*=\s*{re.escape(m['v'])}\b", kept.inline)
                if a is not None and not kept.lines:
                    return f"{a['d']} = {m['v']}, left out when empty"
        return None

    def heading(self, k: int) -> str | None:
        """The field a Condition sets, named on the line above it ('traits.promoConsent (boolean)')."""
        if k == 0:
            return None
        m = re.match(r"^\s*(?P<d>[A-Za-z][\w.\[\]]*(?:\.[\w\[\]]+)+|[A-Z][\w]*)\s*(?:\([^)]*\))?\s*:?\s*$", self.lines[k - 1])
        return m["d"] if m else None

    def switch(self, k: int, out: list[str]) -> int:
        m = _SWITCH.match(self.lines[k])
        assert m is not None
        end = _block(self.lines, k)
        subject = m["s"]
        rows: list[str] = []
        other: str | None = None
        dst = m["d"].strip() if m["d"] else None
        rest: list[str] = []
        j = end
        while j < len(self.lines) and _CASE.match(self.lines[j]):
            j += 1  # Case rows written at the Switch's own indentation
        for ln in self.lines[k + 1 : j]:
            on, case = _SWITCH_ON.match(ln), _CASE.match(ln)
            if on and subject is None:
                subject = on["s"]
            elif case:
                dst = dst or (case["d"].strip() if case["d"] else None)
                if case["dflt"]:
                    other = case["v"]
                else:
                    rows += [f"{key.strip()} -> {case['v']}" for key in re.findall(r"'[^'\n]*'|\"[^\"\n]*\"|[^,\s]+", case["k"])]
            elif ln.strip():
                rest.append(ln)
        if subject is None or not rows:
            return k
        subject = re.sub(r"\s*\(.*\)\s*$", "", _words(subject)).strip()
        rows = [r if r.startswith(("'", '"')) else f"'{r.split(' -> ')[0]}' -> {r.split(' -> ')[1]}" for r in rows]
        said = f"from {subject}: " + ", ".join(rows) + (f", otherwise -> {other}" if other else "")
        if dst is None:
            self.chosen["the Switch"] = said
            return j
        out.append(f"{dst} {said}")
        out += [ln for ln in rest if not re.search(r"\bDefault\b", ln)]
        return j

    def said(self, lines: list[str]) -> list[str]:
        """``lines`` with their steps said (a branch's lines, or the whole text)."""
        flow = _Flow(lines)
        flow.vars, flow.chosen, flow.tags = self.vars, self.chosen, self.tags
        return flow.say()

    def say(self) -> list[str]:
        out: list[str] = []
        k = 0
        while k < len(self.lines):
            line = self.lines[k]
            var = _VARIABLE_LINE.match(line)
            if var is not None:
                value = var["v"] or ""
                if (var["t"] or "").lower() == "array" or value.strip().startswith("["):
                    items = re.findall(r"'[^'\n]*'", value)
                    self.tags.setdefault(var["n"], []).extend(f"Add the tag {v}." for v in items)
                elif value and _value(value) is not None:
                    self.vars[var["n"]] = str(_value(value))
                k += 1
                continue
            if _CONDITION.match(line) and (j := self.condition(k, out)) > k:
                k = j
                continue
            if _SWITCH.match(line) and (j := self.switch(k, out)) > k:
                k = j
                continue
            out.append(line)
            k += 1
        return out


def _json_bodies(lines: list[str]) -> list[str]:
    """An HTTP action's JSON body with '@{...}' expressions as one 'path = value' line per key."""
    out: list[str] = []
    path: list[str] = []
    inside = False
    for line in lines:
        s = line.strip()
        if not inside and re.match(r"^(?:Body\s*:\s*)?\{$", s) and any("@{" in ln for ln in lines):
            inside, path = True, []
            continue
        if not inside:
            out.append(line)
            continue
        if m := re.match(r'^"(?P<k>[^"]+)"\s*:\s*\[?\s*\{\s*$', s):
            path.append(m["k"] + ("[0]" if "[" in s else ""))
            continue
        if re.match(r"^\}\s*\]?\s*\}?\s*,?\s*$", s):
            if not path:
                inside = False
                continue
            path.pop()
            if s.count("}") > 1 and path:
                path.pop()
            continue
        if m := re.match(r'^"(?P<k>[^"]+)"\s*:\s*"(?P<v>.*)"\s*,?\s*$', s):
            v = m["v"]
            said = v[2:-1] if v.startswith("@{") and v.endswith("}") and v.count("@{") == 1 else f"'{v}'" if "@{" not in v else None
            if said is None:
                return lines
            out.append("  " + ".".join([*path, m["k"]]) + " = " + said)
            continue
        return lines  # a body this reader does not know: the text as written
    return out if not inside else lines


def _headed(lines: list[str]) -> list[str]:
    """'traits.phone:' over indented lines that say its rule in words: one line, 'traits.phone: ...',
    as the grammar reads a field's rule after its name (the lines alone named no field)."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        m = re.match(r"^(?P<i>\s*)(?P<d>[A-Za-z][\w]*(?:\.[\w\[\]]+)+)\s*:\s*$", lines[k])
        j = _block(lines, k) if m else k + 1
        body = [ln.strip() for ln in lines[k + 1 : j] if ln.strip()]
        if m and body and not any(re.match(r"^(?:If (?:yes|no)|Condition|Case|Switch)\b|^[\w.\[\] ]+=", b, re.I) for b in body):
            out.append(f"{m['i']}{m['d']}: " + " ".join(b if re.search(r"[.!?]$", b) else b + "." for b in body))
            k = j
            continue
        out.append(lines[k])
        k += 1
    return out


def _held(lines: list[str], only: set[str] | None = None) -> tuple[dict[str, tuple[str, str]], set[int]]:
    """The expression each Compose step and variable holds (with the remark under it) and the
    lines those steps stand on (of the steps named in ``only`` when given)."""
    held: dict[str, tuple[str, str]] = {}
    used: set[int] = set()
    for k, line in enumerate(lines):
        head = _COMPOSE.match(line)
        if head is not None and only is not None and head["n"] not in only:
            continue
        if head is None and (nm := _VARIABLE_NAME.match(line)) and (only is None or nm["n"] in only) and k + 1 < len(lines) and (val := _VARIABLE_VALUE.match(lines[k + 1])):
            if _expression(val["e"]):
                held[nm["n"]] = (val["e"].strip(), "")
                used |= {k, k + 1} | ({k - 1} if k > 0 and re.match(r"^\s*Initialize variable\s*$", lines[k - 1], re.I) else set())
            continue
        if head is None or k + 1 >= len(lines):
            continue
        body = lines[k + 1].strip()
        if not _expression(body):
            j = _block(lines, k)
            if j == k + 1:  # the step's words at its own indentation, up to a blank line
                while j < len(lines) and lines[j].strip():
                    j += 1
            said = [re.sub(r"^\d{1,2}[.)]\s*", "", _words(ln).strip()) for ln in lines[k + 1 : j] if ln.strip()]
            said = said[1:] if said and said[0].endswith(":") else said  # 'No single function for this, so the logic:'
            if said:
                # a step said in words ('Compose - Phone' over 'take Mobile phone number; if it is blank ...'): the
                # words said where the step is used, as that field's (round 57)
                held[head["n"]] = ("\x00" + " ".join(x if re.search(r"[.!?]$", x) else x + "." for x in said), "")
                used |= set(range(k, j))
            continue
        j = k + 2
        while j < len(lines) and not _end_of_call(body) < len(body) and body.count("(") > body.count(")"):
            body += " " + lines[j].strip()  # an expression written over several lines
            j += 1
        remark: list[str] = []
        while j < len(lines) and re.match(r"^\s*(?:->|→|\(|-\s)", lines[j]):
            remark.append(re.sub(r"^\s*(?:->|→)\s*", "", lines[j]).strip())
            j += 1
        held[head["n"]] = (body, " ".join(remark))
        used |= set(range(k, j))
    return held, used


# a line that only names the flow, its trigger or an action ('Flow: Spa leads -> SF', 'Trigger: HubSpot
# webhook, contact created', 'HTTP - POST mp/collect', 'Salesforce - Create record (Leads):', 'Apply to
# each: results', 'Body:'): what the mapping says already; one that says a rule ('only', 'except') stays
_STEP = re.compile(
    r"^\s*(?:(?:Flow(?:\s+name)?|Trigger|Object type|Apply to each)\s*:.*|Body\s*:\s*|Compose\s*-\s*Body\s*"
    r"|(?:HTTP|Salesforce|Mail[Cc]himp|HubSpot|Segment|GA4)\s*-\s*(?:POST|GET|PATCH|PUT|Create|Update|Upsert|Add|When)\b(?:\s*https?://\S+|[^:=\n])*:?\s*"
    r"|HTTP\s*-\s*POST\b.*with\s+Outputs\s+of\s+Compose\s*-\s*Body\.?\s*)$",
    re.I,
)


# an action's name before the fields it sets on the same line
_STEP_HEAD = re.compile(r"^\s*(?:HTTP|Salesforce|Mail[Cc]himp|HubSpot|Segment|GA4)\s*-\s*(?:POST|Create|Update|Upsert|Add)\b(?:\s*https?://\S+)?[^:=\n]*:\s*(?=\S[^\n]*=)", re.I)


def _says_nothing(line: str) -> bool:
    return _STEP.match(line) is not None and not re.search(r"\b(?:only|except|without|skip|not)\b", line, re.I)


def _without_steps(lines: list[str]) -> list[str]:
    """The lines without those that only name a step, the lines under such a step brought out
    to its indentation (indented under nothing they read as another block's continuation)."""
    out: list[str] = []
    base: int | None = None  # the dropped step's indentation while its lines follow
    shift = 0
    for line in lines:
        if _says_nothing(line):
            base, shift = _indent(line), -1
            continue
        head = _STEP_HEAD.match(line)
        if head is not None and not re.search(r"\b(?:only|except|without|skip|not)\b", head.group(0), re.I):
            # 'Salesforce - Create record (Contacts): Email = [Email], Last Name = [Last name], plus X as above'
            pieces = re.split(r",\s*(?=[A-Za-z][\w ./]{0,40}?\s*=\s)", line[head.end() :].strip())
            pieces[-1] = re.sub(r",?\s*(?:and|plus)\s+[^=]*\bas (?:above|below)\W*$", "", pieces[-1])
            out += [line[: _indent(line)] + x.strip() for x in pieces[:-1]]
            line = line[: _indent(line)] + pieces[-1].strip()
        if base is not None and line.strip():
            if _indent(line) <= base:
                base = None
            else:
                shift = _indent(line) - base if shift < 0 else shift
                line = line[min(shift, _indent(line)) :]
        out.append(line)
    return out


# a remark under a field's line that the key is left out when the value is blank ('but when Industry is
# blank -> removeProperty, the key is not sent', 'Blank Number of employees -> remove the key also.')
_LEAVE_OUT = re.compile(r"\bremoveProperty\b|\bremove (?:the|that|this) key\b|\bkey (?:is )?(?:not sent|removed)\b|\bno \w+ key\b", re.I)


def _leave_outs(lines: list[str]) -> list[str]:
    """An assignment's remark lines under it that leave its key out when blank, said as the
    assignment's own 'left out when empty' (read alone, a blank test was a filter)."""
    out: list[str] = []
    for line in lines:
        prev = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
        if (
            prev is not None
            and _LEAVE_OUT.search(line)
            and "=" not in line
            and _indent(line) > _indent(out[prev])
            and re.match(r"^\s*[A-Za-z][\w ./\[\]-]{0,60}?\s*=\s*\S", out[prev])
            and re.search(r"\b(?:blank|empty)\b", line, re.I)
        ):
            out[prev] = out[prev].rstrip() + ", left out when empty"
            continue
        line = re.sub(r"\bremoveProperty(?:\(\))?(?:\s+on\s+[\w ./]+?)?(?=[,.;]|\s*$)", "leave it out", line)
        said = re.match(r"^(?P<a>\s*[A-Za-z][\w ./\[\]-]{0,60}?\s*=\s*(?:\[[^\]\n]+\]|[\w.]+))\s+only if (?:it has a value|(?:it is |it's )?filled|not blank)\b[^\n]*\b(?:blank|empty)\b[^\n]*\bleave it out\b.*$", line, re.I)
        out.append(f"{said['a']}, left out when empty" if said else line)  # '= [Birthdate] only if it has a value. Blank -> removeProperty'
    return out


# a remark's sentence that says which branch a record takes ('A blank Country does not exclude the
# contact, it goes to If no.'): the Condition read says it already
_ROUTED = re.compile(r"(?:(?<=^)|(?<=[.!]\s))[^.!\n]*\b(?:goes|go|falls?|lands?|ends? up|takes?)\s+(?:to|in|into|through)\s+(?:the\s+)?['\"]?If (?:no|yes)\b[^.!\n]*[.!]?\s*", re.I)


def _use(name: str) -> re.Pattern[str]:
    """Where a step's or variable's value is used: 'Outputs of Compose - Company', 'varRating'."""
    return re.compile(_OUTPUTS.format(n=re.escape(name)) if not name.startswith("var") else rf"\b{re.escape(name)}\b", re.I)


def power_automate(text: str) -> str:
    """``text`` with a Power Automate flow's references, expressions and steps said as the
    fields, formulas and rules they are; other texts unchanged."""
    if not re.search(r"\b(?:triggerBody|triggerOutputs|items)\(", text):
        return text
    flow = _Flow(_headed(_json_bodies(text.split("\n"))))
    lines = _without_steps(_leave_outs(flow.say()))
    held, used = _held(lines)
    for name in list(held):  # a step read anywhere but as a field's whole value stays as written
        pattern = _use(name)
        if any(pattern.search(ln) and not re.search(rf"=\s*(?:{pattern.pattern})\s*(?:$|\(|->|\s{{2}}|,)", ln, re.I) for k, ln in enumerate(lines) if k not in used):
            held.pop(name)
    held, used = _held(lines, set(held))
    said = [ln for k, ln in enumerate(lines) if k not in used]
    out: list[str] = []
    for line in said:
        remark = ""
        for name, (expr, note) in held.items():
            pattern = _use(name)
            if expr.startswith("\x00") and (m := re.match(rf"^(?P<i>\s*)(?P<d>[A-Za-z][\w ./\[\]-]{{0,50}}?)\s*=\s*{pattern.pattern}\s*$", line, re.I)):
                line = f"{m['i']}{m['d']}: {expr[1:]}"
            elif pattern.search(line) and not expr.startswith("\x00"):
                line, remark = pattern.sub(lambda _m, e=expr: e, line), note  # type: ignore[misc]
        for name, rule in flow.chosen.items():
            if name == "the Switch" and (m := re.match(r"^(?P<i>\s*)(?P<d>[A-Za-z][\w ./\[\]-]{0,50}?)\s*=\s*(?:the\s+)?outputs? of the Switch\b.*$", line, re.I)):
                line = f"{m['i']}{m['d']} {rule}"
            elif (m := re.match(rf"^(?P<i>\s*)(?P<d>[A-Za-z][\w ./\[\]-]{{0,50}}?)\s*=\s*{re.escape(name)}\b\s*$", line)):
                line = f"{m['i']}{m['d']} = {rule}"
        for name, sentences in flow.tags.items():
            if (m := re.match(rf"^(?P<i>\s*)(?:tags)\s*=\s*{re.escape(name)}\b.*$", line, re.I)):
                line = m["i"] + (" ".join(sentences) if sentences else "tags = empty list")
            elif re.search(rf",\s*Tags\s*=\s*{re.escape(name)}\b", line, re.I):
                line = re.sub(rf",\s*Tags\s*=\s*{re.escape(name)}\b", "", line, flags=re.I) + "\n" + (" ".join(sentences) if sentences else "tags = empty list")
        m = re.match(r"^(?P<i>[ \t]*(?:[-*•][ \t]+)?)(?P<d>[A-Za-z][\w ./\[\]()-]{0,60}?)[ \t]*=[ \t]*(?P<e>\S.*)$", line)
        if m and _expression(m["e"]):
            line = f"{m['i']}{m['d']} ={_formula(m['e'])}" + (f"  -> {remark}" if remark else "")
        else:
            line = _words(line)
        line = _ROUTED.sub("", line)
        out.append(re.sub(r"\bproper case of\s+(?:\[(?P<b>[^\]\n]+)\]|(?P<f>[\w.]+))", lambda m: f"{m['b'] or m['f']} in title case", line, flags=re.I))
    return "\n".join(out)

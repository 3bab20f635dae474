"""A field list with status marks over numbered rules, read as one rule per field (round 54).

A writer documenting a sync on a wiki page lists one line per destination field with a mark
behind it and pushes the details into a numbered 'Rules' section below:

    Company Name → Company ⚠️ rule 2
    Mobile Phone Number → Mobile Phone ❌ not this round
    Rules
    2. Blank → "Individual Shopper". Has a value → copy it exactly.

'✅' is a copy as the source holds it, '❌' a field left out (its line is no rule at all: read
alone it was a copy and the field was sent), '⚠️ (see) rule N' the rule numbered N. Read apart,
the rule named no field ('Blank → ...') and the line pointing at it was a copy, so every such line
was wrong. Each pointing line becomes its field's rule, said by `rule_sentences` after the head
'Company <- Company Name' (the form the pseudocode readers say a rule in: an 'a → b' line after a
table's line was read as the table's row). A line whose source is '(fixed value)', or a rule that
says its field with its value ('Lead Source = "Trade Show" on every Lead'), is the rule itself,
said once. A rule no line points at (a filter the prose points at, 'see rule 1') stays where the
section was, its lettered items ('a) ...') as list items; the prose's 'see rule N' goes. Legends
of the marks ('✅ = copied exactly as HubSpot holds it') say what a copy does already and go. A
text without at least two marked field lines comes back as it was.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.rule_sentences import said_as_clauses, value_table

_MARK = r"(?:✅|✔️?|✓|⚠️?|❌|✖️?|✗)"
# 'Company Name → Company ⚠️ see rule 2', '- Email → Email ✅', 'Street → Street Address ❌ not needed'
_FIELD_LINE = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?P<src>[^\n→]+?)[ \t]*(?:→|->)[ \t]*(?P<dst>[^\n→]+?)[ \t]*(?P<m>{_MARK})[ \t]*(?P<rest>[^\n]*?)[ \t]*$"
)
_COPY, _LEFT_OUT = frozenset("✅✔✓"), frozenset("❌✖✗")
# 'see rule 2', 'rule 1', 'rules 2 and 3', 'see rule #4'
_REF = re.compile(
    r"\(?\b(?:see\s+)?rules?\s*#?(?P<n>\d{1,2})(?P<more>(?:\s*(?:,|and|&)\s*#?\d{1,2})*)\)?", re.I
)
# ', see rule 1', ', hence rule 1', ' (see rule 2)': a pointer in the prose, said by the rule itself
_POINTER = re.compile(
    r"[ \t]*[,;:-]?[ \t]*\(?\b(?:(?:see|hence|per|as\s+in)\s+)?rules?\s*#?\d{1,2}(?:\s*(?:,|and|&)\s*#?\d{1,2})*\)?(?=[ \t]*[.!]?[ \t]*$)",
    re.I,
)
_HEADING = re.compile(
    r"^[ \t]*(?:#{1,4}[ \t]*)?(?:the[ \t]+)?(?:rules|rule details|details)[ \t]*:?[ \t]*$", re.I
)
_ITEM = re.compile(r"^[ \t]*(?P<n>\d{1,2})[.)][ \t]+(?P<body>\S.*?)[ \t]*$")
# '(fixed value)', '(constant)', '(none)', '—': no source field, the rule says the value
_NO_SOURCE = re.compile(
    r"^(?:\((?:fixed(?:\s+value)?|constant|static(?:\s+value)?|none|n/?a|nothing)\)|[—\u2013-]+)$",
    re.I,
)
# a remark behind a copy that says what a copy does already: 'blank stays blank', 'blanks fine', 'blank → blank'
_COPY_REMARK = re.compile(
    r"^(?:\(?\s*(?:blanks?|empty|empties)\b[^()]*\)?|as[ -]is|straight copy|copy)\.?$", re.I
)


def marked_fields(text: str) -> str:
    """The field lines over their numbered rules, one head per field; other texts unchanged."""
    lines = text.split("\n")
    marked = [i for i, line in enumerate(lines) if _FIELD_LINE.match(line)]
    if len(marked) < 2:
        return text
    rules, section = _rules(lines)
    used: set[int] = set()
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in section:
            if i == min(section):
                out.extend(_unpointed(rules, used))
            continue
        m = _FIELD_LINE.match(line)
        if m is None:
            if re.search(r"✅|✔|✓", line) and re.search(r"=|\b(?:means|is a|lines?|every)\b", line):
                continue  # a legend of the marks
            out.append(_POINTER.sub("", line) if rules else line)
            continue
        out.extend(_field(m, rules, used))
    return "\n".join(out)


def _rules(lines: list[str]) -> tuple[dict[int, list[str]], set[int]]:
    """The numbered rules under a 'Rules' heading and the line numbers the section takes."""
    start = next((i for i, line in enumerate(lines) if _HEADING.match(line)), None)
    if start is None:
        return {}, set()
    rules: dict[int, list[str]] = {}
    section = {start}
    current: int | None = None
    gap = False
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if not line.strip():
            gap = True
            section.add(i)
            continue
        item = _ITEM.match(line)
        if item is not None and int(item["n"]) not in rules:
            current = int(item["n"])
            rules[current] = [item["body"]]
        elif current is not None and (line[:1] in " \t" or not gap):
            rules[current].append(line.strip())
        else:
            break
        gap = False
        section.add(i)
    while section and max(section) > start and not lines[max(section)].strip():
        section.discard(max(section))  # the blank lines after the last rule stay the text's own
    return (rules, section) if rules else ({}, set())


def _unpointed(rules: dict[int, list[str]], used: set[int]) -> list[str]:
    """The rules no field line points at, as their own sentences, where the section was."""
    out: list[str] = []
    for n, body in rules.items():
        if n not in used:
            out.extend([body[0], *(f"   {_lettered(row)}" for row in body[1:])])
    return out


def _lettered(row: str) -> str:
    """'a) Lifecycle Stage is "other"': an item of a list, as the list readers mark one."""
    return re.sub(r"^(?:[a-z]|[ivx]{1,3})[.)]\s+", "- ", row)


def _field(m: re.Match[str], rules: dict[int, list[str]], used: set[int]) -> list[str]:
    src, dst, mark, rest = m["src"].strip(), m["dst"].strip(), m["m"][0], m["rest"].strip()
    if mark in _LEFT_OUT:
        return []
    # 'dst <- src' (as the pseudocode readers say a rule): an 'a → b' line after a table's line reads as its row
    head = dst if _NO_SOURCE.match(src) or re.search(r"\s(?:\+|/|&)\s", src) else f"{dst} <- {src}"
    refs = _numbers(rest) if rules else []
    refs = [n for n in refs if n in rules]
    if mark in _COPY or not refs:
        remark = _REF.sub("", rest).strip(" ,;:-")
        return [head if not remark or _COPY_REMARK.match(remark) else f"{head}: {remark}"]
    out: list[str] = []
    for n in refs:
        body = rules[n]
        names_it = _opens_with(body[0], dst) or (
            _NO_SOURCE.match(src) is not None and _names(" ".join(body), dst, valued=True)
        )
        if n in used and (names_it or _NO_SOURCE.match(src)):
            continue  # said once, for the line that pointed at it first
        if names_it:
            if n not in used:
                out.extend(
                    [
                        said_as_clauses(body[0], False, "").lstrip(": "),
                        *(f"   {row}" for row in body[1:]),
                    ]
                )
        elif head != dst and (table := value_table(src, dst, body)) is not None:
            out.append(table)
        elif len(body) == 1:
            out.append(said_as_clauses(body[0], head != dst, head))
        elif body[0].endswith(":") or "→" in body[0]:
            # a table under the rule: its caption ('Two-letter code:') goes, every row is a row of the head
            rows = body[1:] if body[0].endswith(":") else body
            out.extend([f"{head}:", *(f"   {row}" for row in rows)])
        else:
            out.extend(
                [said_as_clauses(body[0], head != dst, head), *(f"   {row}" for row in body[1:])]
            )
        used.add(n)
    return out


def _numbers(rest: str) -> list[int]:
    return [int(x) for m in _REF.finditer(rest) for x in re.findall(r"\d{1,2}", m.group(0))]


def _leaf(dst: str) -> str:
    """A dotted destination's last part ('traits.company' -> 'company'); a name with spaces as is."""
    return dst.rsplit(".", 1)[-1] if "." in dst and " " not in dst else dst


def _names(body: str, dst: str, valued: bool = False) -> bool:
    """Whether the rule names the field ('Lead Source = "Trade Show"', 'Event name "x"' when ``valued``:
    with its value next to it, not 'wipes the stale tags')."""
    leaf = _leaf(dst)
    after = r"\s*(?:=|:|(?=\s*\"))" if valued else r"(?![\w])"
    return re.search(rf"(?<![\w.]){re.escape(leaf)}{after}", body, re.I) is not None


def _opens_with(first: str, dst: str) -> bool:
    """'vip = true when ...', 'Do Not Call = true when ...': the rule says its field first."""
    leaf = _leaf(dst)
    return re.match(rf"^(?:[\w.]*\.)?{re.escape(leaf)}\s*(?:=|:|is\b)", first, re.I) is not None

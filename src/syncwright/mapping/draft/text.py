"""Reading the text: quotes out, sentences and clauses apart, words normalised.

Quoted literals are lifted out first (so their dots, commas and arrows never split a
sentence) and replaced by placeholders ``⟦0⟧``; the grammar reads placeholders as values.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from syncwright.mapping.draft.brief import brief_title
from syncwright.mapping.draft.code_ops import read_code_ops
from syncwright.mapping.draft.filter_tables import filter_tables
from syncwright.mapping.draft.framing import BREAK, unframe
from syncwright.mapping.draft.if_lines import join_if_lines
from syncwright.mapping.draft.row_heads import VALUE_ROW_LINE, row_heads
from syncwright.mapping.draft.table_notes import NoteEdit, apply_edits, names, read_pointer
from syncwright.mapping.draft.tables import pipe_value_table
from syncwright.mapping.draft.thousands import join_thousands
from syncwright.mapping.draft.workflow import workflow_lines
from syncwright.mapping.draft.wrapped import join_wrapped

_QUOTE_CHARS = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "`": "'", "\u00ab": '"', "\u00bb": '"', "\u201e": '"', "\u201a": "'",
                # the Arabic comma, semicolon and question mark (round 37: 'company name، if it is not there')
                "\u060c": ", ", "\u061b": "; ", "\u061f": "?"}
_ARROWS = re.compile("\\s*(?:\u2192|=>|-+>|\u21d2|\u2013>|\u2014>|(?<![>-])>>(?!>)|\u00bb(?=\\s))\\s*")
_BACK_ARROWS = re.compile(r"\s*(?:←|<=|<-+)\s*")
PLACEHOLDER = re.compile(r"⟦(\d+)⟧")


@dataclass
class Clause:
    """One clause: its text (placeholders in), the sentence it came from, and the literals."""

    text: str
    sentence: int
    literals: list[str] = field(default_factory=list)

    def literal(self, token: str) -> str | None:
        m = PLACEHOLDER.fullmatch(token.strip())
        return self.literals[int(m.group(1))] if m else None


@dataclass
class Sentence:
    index: int
    text: str  # as written (quotes restored), for the explanation
    clauses: list[Clause]


def _pipe_items(line: str) -> str:
    """'email: email_address | firstname: FNAME': items of one line set apart by pipes, each a
    'field: source' pair, are clauses (a table row's cells are not all such pairs)."""
    parts = re.split(r"\s+\|\s+", line.strip())
    pair = r"[A-Za-z_][\w.\[\]]*\s*:\s*\S"
    if len(parts) >= 2 and re.search(rf"(?:^|[.;]\s+){pair}[^.;]*$", parts[0]) and all(re.match(pair, p) for p in parts[1:]):
        return "; ".join(parts)
    return line


_ASSIGNS = re.compile(r"\s(?:->|<-|=>|<=|=|→|←)\s|\s(?:from|to|into|gets|is)\s", re.I)


# 'City in title case, State all caps' (round 23): a side that names a field's format is a rule too
_FORMAT_SIDE = re.compile(r"\b(?:in|as|to)\s+(?:title|upper|lower|proper|sentence)[ -]?case\b|\ball[ -]caps\b|\bcapitals\b|\be\.?164\b|\bas is\b|\bunchanged\b", re.I)


def _rule_side(side: str) -> bool:
    """Does one side of a spaced slash read as a rule of its own?"""
    # a format side opens with a field written as one ('City in title case', 'traits.city in upper case'),
    # never with a word of a phrase the slash splits ('first / last name in title case')
    return bool(_ASSIGNS.search(f" {side} ") or (_FORMAT_SIDE.search(side) and re.match(r"\s*(?:[A-Z]|[a-z]+[._][a-z])", side)))


def _slash_items(line: str) -> str:
    """'email -> Email / lastname -> LastName / Phone from phone in E.164': rules of one chat
    line set apart by slashes are clauses; a slash inside a value list ('PAID_SEARCH /
    PAID_SOCIAL => Advertisement', "'US' / 'JP'") sits between single words and stays."""
    if " / " not in line:
        return line
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
        parts = re.split(r"\s+/\s+", sentence)
        # each side of each slash is a rule of its own: 'PAID_SEARCH / PAID_SOCIAL => X' is one row
        # a remark in brackets ('(some r all caps)') is no format of the side it follows (round 31)
        bare = [re.sub(r"\([^()]*\)", " ", p) for p in parts]
        # 'first name & last name into FirstName / LastName in title case': two sources before one
        # arrow pair with the two fields the slash sets apart (round 31); so do 'FNAME and LNAME from
        # First Name / Last Name, in title case' (round 45)
        whole = all(
            _rule_side(re.split(r"[:;]", a)[-1]) and _rule_side(re.split(r";", b)[0])
            and not re.search(r"\s(?:and|&|\+)\s[^;:]*?(?:->|→|=>|\binto\b|\bto\b|\bfrom\b)\s*[\w.]+(?:\s+[\w.]+)?\s*$", re.split(r"[:;]", a)[-1])
            for a, b in itertools.pairwise(bare)
        )
        if len(parts) < 2 or not whole or any(len(p.split()) < 2 for p in parts):
            out.append(sentence)
        else:
            out.append("; ".join(parts))
    return " ".join(out)


_NA = re.compile(r"(?<![\w/'\"])[nN]/[aA](?![\w/])")


def _quote_na(line: str) -> str:
    """'just put n/a', 'N/A when empty': the placeholder people write unquoted is one value, not
    'n' or 'a' (a slash between two words is otherwise a list). Left alone inside quotes."""
    def one(m: re.Match[str]) -> str:
        before = line[: m.start()]
        inside = (before.count('"') % 2 == 1 or len(re.findall(r"(?<!\w)'|'(?!\w)", before)) % 2 == 1
                  or re.search("[«`\u2018\u201c]\\s*$", before) is not None)
        # only as the value written ('put n/a', 'else N/A', '-> n/a'): 'where it's n/a', 'Source: n/a'
        # and 'Fax: n/a - leave out' say the value is missing, no value to write
        written = re.search(r"(?:\bput|\buse|\bwrite|\bset(?: it)? to|\bdefaults?(?: to)?|\bfill(?: it)? with|\bfill in|\bbecomes?|\bgets?"
                            r"|\botherwise|\belse|\bin|->|→|=>|(?<![=!<>])=)\s*$", before, re.I) is not None
        return m.group(0) if inside or not written else f'"{m.group(0)}"'
    return _NA.sub(one, line)


def quote_na(text: str) -> str:
    """``_quote_na`` line by line: the drafter's first step, before any reader takes 'N' for a label."""
    return "\n".join(_quote_na(ln) for ln in text.split("\n"))


def _jira_head(m: re.Match[str]) -> str:
    cells = [c.strip() for c in m["h"].split("||")]
    return f"{m['i']}| {' | '.join(cells)} |\n{m['i']}|{'|'.join('---' for _ in cells)}|"


_PARTICLE = re.compile(
    r"(?<=[\w)\]\"'])(?<!\bput)(?<!\buse)(?<!\bset)(?<!\bis)(?<!\bto)(?<!\bas)(?<!\bor)(?<!\bbe)(?<!\bdefault)(?<!\bwrite)(?<!\bwith)(?<!\bthe)"
    r"[ \t]+(?:na[ \t]+ka|naka|ka|kha|krub|krab|khrap|na|naa|ja|jaa)"
    r"(?=[ \t]*[!.~?]*[ \t]*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]*[ \t]*$|[ \t]*[,:()])",
    re.I | re.M,
)


# a row of a table written with a spaced en or em dash between its key and its value ('PAID_SEARCH \u2013
# Advertisement', '"Trade Show" \u2014 Event'): the key short, no other dash on the line
_DASH_ROW = re.compile(r"^(?P<k>[ \t]*(?:[-*•][ \t]+)?[^\s\u2013\u2014][^\u2013\u2014\n]{0,40}?)[ \t]+[\u2013\u2014][ \t]+(?P<v>[^\u2013\u2014\n]{1,60})$")


_DECIDED_HEAD = re.compile(
    r"^(?P<i>[ \t]*)(?:the\s+)?(?:(?:hubspot|salesforce|sf|mailchimp|segment|ga4)\s+)?(?P<d>[\w.]+(?: [\w.]+)?)\s+(?:value\s+|field\s+)?(?:shall|should|must|will|is\s+to)\s+be\s+"
    r"(?:decided|determined|set|chosen|defined|given)\s+(?:as\s+follows|like\s+this|like\s+follows|in\s+(?:the\s+)?following\s+(?:way|manner))\s*:[ \t]*$",
    re.I | re.M,
)


# a picklist code or a quoted value keying a dash row ('PAID_SEARCH', '"Trade Show"')
_CODE_KEY = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}|[\"'\u201c\u2018][^\"'\u201d\u2019]+[\"'\u201d\u2019]")


def _dash_rows(text: str) -> str:
    """Runs of dash rows with the dash said as '->': two rows at least, two of them keyed by a
    picklist code or a quoted value ('ORGANIC_SEARCH, dash, Web'). One dashed line is prose ('Email,
    dash, as is'), and so are rows of field names ('First Name, dash, straight copy')."""
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _DASH_ROW.match(lines[j]):
            j += 1
        rows = [m for m in (_DASH_ROW.match(ln) for ln in lines[i:j]) if m is not None]
        if len(rows) >= 2 and sum(bool(_CODE_KEY.fullmatch(m["k"].strip(" \t-*•"))) for m in rows) >= 2:
            for k, m in enumerate(rows):
                out[i + k] = f"{m['k']} -> {m['v']}"
        i = max(j, i + 1)
    return _hyphen_rows("\n".join(out))


# round 45: 'United States - USA' under 'PFB the conversion from HubSpot Country/Region:' (a plain
# hyphen, spaced): rows when they follow a head ending in ':' and two or more of their values are codes
_HYPHEN_ROW = re.compile(r"^(?P<k>[ \t]*[^\s\-*•>|][^\n>|]{0,40}?)[ \t]+-[ \t]+(?P<v>[^\s\-][^\n>|]{0,40})$")


_LANG_CODE = re.compile(r"[a-z]{2}(?:[-_][A-Za-z]{2})?")  # 'Germany - de', 'India - en-IN'


def _hyphen_rows(text: str) -> str:
    lines = text.split("\n")
    i = 1
    while i < len(lines):
        j = i
        while j < len(lines) and _HYPHEN_ROW.match(lines[j]):
            j += 1
        rows = [m for m in (_HYPHEN_ROW.match(ln) for ln in lines[i:j]) if m is not None]
        if len(rows) >= 2 and lines[i - 1].rstrip().endswith(":") and sum(bool(_CODE_KEY.fullmatch(m["v"].strip()) or _LANG_CODE.fullmatch(m["v"].strip())) for m in rows) >= 2:
            for k, m in enumerate(rows):
                lines[i + k] = f"{m['k']} -> {m['v']}"
        i = max(j, i + 1)
    return "\n".join(lines)


def _join_hooks(text: str) -> str:
    """'Last Name ⇒ last name' over '  ↳ blank → company name': a hooked arrow opens a line that goes on
    the rule above it (Miro and Notion writers' sub-rule), read as that rule's next clause (round 51)."""
    if "\u21b3" not in text:
        return text
    out: list[str] = []
    for ln in text.split("\n"):
        m = re.match(r"^[ \t]*\u21b3[ \t]*", ln)
        above = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
        if m is None or above is None:
            out.append(ln)
            continue
        head, rest = out[above].rstrip(), ln[m.end() :]
        sep = " " if head.endswith((":", ".", ";", ",")) else "; "
        out[above] = f"{head}{sep}{rest}"
    return "\n".join(out)


def normalise_chars(text: str) -> str:
    # markdown emphasis and code fences carry no meaning: '**Email** -> **Email**', '```'
    text = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"^\s*```[\w-]*\s*$", "", text, flags=re.M)
    # a Jira wiki table's header row ('|| Source || Target ||'): a Markdown header and its rule line (round 35)
    text = re.sub(r"^(?P<i>[ \t]*)\|\|(?P<h>.*?)\|\|[ \t]*$", _jira_head, text, flags=re.M)
    # a task-list box ('- [ ] Email -> Email', '- [x] ...', '[ ] ...', as Notion and GitHub write
    # checklists) is part of its bullet: ticked or not, the item says the same
    text = re.sub(r"^(?P<i>[ \t]*)(?:[-*•+][ \t]+)?\[[ xX✓✔]?\][ \t]+", r"\g<i>- ", text, flags=re.M)
    # a ticked or open item of a checklist ('✔ Email → Email', '✅ ...', '☐ ...'): a bullet (round 37)
    text = re.sub(r"^(?P<i>[ \t]*)(?:✔️?|✓|✅|☑️?|☐|☒)[ \t]+(?!->|→|=>)", r"\g<i>- ", text, flags=re.M)
    text = _join_hooks(text)
    # '   \u2013 ORGANIC_SEARCH → Web': an en or em dash opening a line is its bullet (round 37)
    text = re.sub(r"^(?P<i>[ \t]*)[\u2013\u2014] +", r"\g<i>- ", text, flags=re.M)  # not '—<TAB>': a sheet's empty source cell (round 43)
    # 'ORGANIC_SEARCH \u2013 Web' on two lines or more in a row: a value table written with dashes (round 38)
    text = _dash_rows(text)
    # 'Mailchimp status value shall be decided as follows:' over its rows: the rows' header 'status:' (round 38)
    text = _DECIDED_HEAD.sub(lambda m: f"{m['i']}{m['d']}:", text)
    # '→ email → Email': an arrow opening a line is its bullet (round 31)
    # (only a line that holds a rule of its own: '-> other' under a row continues that row)
    text = re.sub(r"^(?P<i>[ \t]*)(?:→|->|=>|➡️?|➔|⇒)[ \t]+(?=[^\n]*(?:→|->|=>|=|:))", r"\g<i>- ", text, flags=re.M)
    # a callout's emoji opening a line ('⚠️ Only Lead Source = Web', '💡 ...'): no word of the rule (round 48: its
    # variation selector stayed at the clause's start); a mark that says no ('❌', '🚫', '⛔', '✖') stays
    text = re.sub("^(?P<i>[ \t]*)(?:(?![\u274c\u2716\u26d4\U0001F6AB])[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?[ \t]*)+(?=\\S)", r"\g<i>", text, flags=re.M)
    # 'email: email_address | firstname: FNAME | ...': pipes between items of one line (not a table row)
    text = "\n".join(_slash_items(_pipe_items(_quote_na(ln))) for ln in text.split("\n"))
    # French typography: '« Web »' is the value 'Web' (the spaces inside the marks are not part of
    # it), 'Company : the company' is 'Company: the company'
    text = re.sub(r"«\s*([^»]*?)\s*»", r'"\1"', text)
    text = re.sub(r"(?<=\S) :(?=\s)", ":", text)
    # '`["HubSpot"]`', '`[]`': a list written as code is the list, not a quoted text (round 29)
    text = re.sub(r"`(\[[^`\n]*\])`", r"\1", text)
    # '`"true"`': a quoted text written as code is that text, not one with the quote marks in it (round 30)
    text = re.sub(r"`([\"'])([^`\n]*?)\1`", r'"\2"', text)
    for a, b in _QUOTE_CHARS.items():
        text = text.replace(a, b)
    # 'don't send ""': no empty text is written, the key is left out (a quoted empty value read
    # as that value made it the field's default: round 36)
    text = re.sub(r"""\b(?P<n>do not|don't|dont|never|not)\s+(?P<v>send|write|put|pass|set)\s+(?:an?\s+)?(?:""|'')(?!\w)""", r"\g<n> \g<v> an empty value", text, flags=re.I)
    # a chat particle closing a line ('email -> email_address ka', 'skip na, ...': Thai 'ka', 'na',
    # 'krub'): no word of the rule (round 36); 'put na' (a value: N/A) stays
    text = _PARTICLE.sub("", text)
    text = re.sub("[ \\n]+[\u2014\u2013][ \\n]+|(?<=\\S)\t[\u2014\u2013] +|(?<=\\S) +[\u2014\u2013]\t", ": ", text.replace("\u00a0", " "))  # 'X \u2014 a: b' reads as 'X: a: b'; not '<TAB>—<TAB>', a sheet's empty cell (round 43)
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return _BACK_ARROWS.sub(" <- ", _ARROWS.sub(" -> ", text))


# '| Description | — | Customer synced from HubSpot (fixed text) |': a cell's value, said to be a constant after it
_FIXED_CELL = re.compile(r"(?<=\|)(?P<sp>\s*)(?P<v>[^|'\"`]+?)\s*\((?:a\s+)?(?:fixed|constant|static|literal|hard-?coded)(?:\s+(?:text|value|string))?\)\s*(?=\|)", re.I)


# 'AC4: Description on each Lead = Synced from HubSpot (fixed text).': the same after '=' (round 46)
_FIXED_AFTER_EQUALS = re.compile(
    r"(?<=\S)(?P<sp>\s*=\s*)(?P<v>[A-Za-z][^|'\"`=\n()]{0,60}?)\s*\((?:a\s+)?(?:fixed|constant|static|literal|hard-?coded)(?:\s+(?:text|value|string))?\)(?=\s*[.;]?\s*$)",
    re.I | re.M,
)


def quote_fixed_cells(text: str) -> str:
    """A table cell 'Text (fixed text)' said as 'always "Text"', before quoted values are lifted
    (the table reader runs after, and its rows must hold the value as one quoted value; round 42);
    'X = Text (fixed text)' quoted the same way (round 46)."""
    text = _FIXED_AFTER_EQUALS.sub(lambda m: f' = "{m["v"].strip()}"', text) if "(" in text else text
    return _FIXED_CELL.sub(lambda m: f'{m["sp"]}always "{m["v"]}" ', text) if "|" in text else text


def lift_quotes(text: str) -> tuple[str, list[str]]:
    """Replace 'x' and "x" literals by placeholders; apostrophes inside words stay."""
    literals: list[str] = []
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i else " "
        if ch in "'\"" and not (prev.isalnum() and ch == "'"):
            j = i + 1
            while j < n:
                if text[j] == ch:
                    nxt = text[j + 1] if j + 1 < n else " "
                    if not (ch == "'" and nxt.isalpha()):
                        break
                if text[j] == "\n":
                    j = n
                    break
                j += 1
            if j < n:
                out.append(f"⟦{len(literals)}⟧")
                literals.append(text[i + 1 : j])
                i = j + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out), literals


def restore(text: str, literals: list[str]) -> str:
    return PLACEHOLDER.sub(lambda m: repr(literals[int(m.group(1))]), text)


# 'eg.' (without the inner dot) and 'ex.' are abbreviations too: "eg. 'Wagner, Felix'" continues the sentence
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)(?<!\betc)(?<!\b[eE]g)(?<!\b[eE]x)([.!?])(?=\s+|$)")
# a bullet, a number, a tutorial's step ('Step 2:', 'Step 3 -'), a requirement label ('R1.', 'REQ-2:',
# 'Requirement 3:', 'AC1)', 'REQ-01 The ...') or a memo's dotted letter or roman point ('b. Phone', 'ii. Email')
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)]|\(\d+\)|Step\s+\d+\s*(?:[.:)]|\s-)|(?:R|REQ|FR|AC|Req|Requirement|Rule)\s?-?\d+[.:)]|(?:R|REQ|FR|AC|Req|Requirement)\s?-?\d+(?=\s)|(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\.(?=\s+[\x22'A-Za-z]))\s+")


# header cells of a spec table that say which column is the destination and which the source
_DST_HEADS = frozenset(["field", "fields", "destination", "destination field", "target", "target field", "to", "salesforce field", "crm field", "property"])
_SRC_HEADS = frozenset(["source", "source field", "from", "origin", "comes from", "input", "sources", "source fields", "source property",
                        "based on", "taken from", "try in this order", "in this order", "fallback order", "from field", "read from"])
_NOTE_HEADS = frozenset(["notes", "note", "comment", "comments", "rule", "rules", "how", "transform", "logic", "details", "remarks",
                         "transformation", "transformations", "formula", "conversion", "format", "processing", "treatment", "mapping rule",
                         "remark", "explanation", "instructions", "instruction", "handling", "action", "what to do", "condition", "conditions",
                         "description", "comment / rule", "opmerking", "remarks / rules"])
# a column of sample values ('| Example |', 'e.g.'): what a row does to one record, said by its rule cell already (round 43:
# read as the rule, 'DANA -> Dana' became a value table)
_SAMPLE_HEADS = frozenset(["example", "examples", "example value", "example values", "sample", "samples", "sample value", "sample values",
                           "e.g.", "eg", "e.g", "for example", "example output", "example input", "test value", "test values"])


# a rule cell pointing at value rows under the table: 'see table under', 'see below', 'table below'
_SEE_BELOW = re.compile(r"^\(?(?:see\s+)?(?:the\s+)?(?:(?:value\s+)?(?:table|list|rows|mapping|lookup)\s+)?(?:below|under|underneath|beneath)\)?\.?$", re.I)
_VALUE_ROW = re.compile(r"^\s*(?:[-*•]\s*)?(?P<k>[^|:]{1,40}?)\s*(?:->|=>|→)\s*(?P<v>[^|]{1,40}?)\s*$")


def _rows_below(lines: list[str], at: int, taken: set[int]) -> list[str]:
    """The first run of 'A -> B' lines after the table ``at`` stands in, as the table reader's
    rows; each line found joins ``taken`` (it is read here, never again as a sentence)."""
    j = at + 1
    while j < len(lines) and ("|" in lines[j] or not lines[j].strip()):
        j += 1
    if j + 1 < len(lines) and re.fullmatch(r"[^|:>→]{1,40}:", lines[j].strip()) and _VALUE_ROW.match(lines[j + 1]):
        taken.add(j)  # 'status:' over the rows: their heading (a Notion toggle's title, round 42)
        j += 1
    found: list[str] = []
    while j < len(lines) and (m := _VALUE_ROW.match(lines[j])) is not None and j not in taken:
        found.append(f"{m['k'].strip()} -> {m['v'].strip()}")
        taken.add(j)
        j += 1
    return found


def _is_rule_header(lines: list[str], at: int) -> bool:
    """Is the two-column header at ``at`` followed by another pipe row (its separator or its first row)?"""
    below = next((ln for ln in lines[at + 1 :] if ln.strip()), "")
    return below.count("|") >= 1 or "\t" in below.strip()  # a spreadsheet's tab-separated rows too (round 52)


def _spec_table(lines: list[str]) -> list[str]:
    """A pipe table with a header naming its columns ('Field | Source | Notes') becomes one
    line per row in the grammar's words: 'Field <- Source, notes', or 'Field: notes' when the
    source cell is empty or '-'. The header row is dropped. Tables without such a header are
    left as they are (their rows read as 'A | B' pairs). Tab-separated rows (pasted from a
    spreadsheet) are read as pipe rows."""
    out: list[str] = []
    deferred: list[tuple[int, str, str]] = []
    edits: dict[int, NoteEdit] = {}  # a note line under the table -> how its row has it written
    placed: dict[int, int] = {}  # a line outside the table -> where it stands in ``out``
    roles: list[str] | None = None
    taken: set[int] = set()  # value rows under the table that a row's 'see table below' took (round 34)
    tab_width = 0  # how many cells the tab-separated header above has
    tab_runs = False  # the header lines its columns up with runs of tabs
    for i, ln in enumerate(lines):
        if i in taken:
            continue
        if "\t" in ln and "|" not in ln and ln.strip():
            # a table pasted from a spreadsheet: tab-separated cells read like a pipe row; a row as wide as its
            # header keeps its empty cells where they stand (round 43: 'Email<TAB>Email<TAB><TAB>ann@x.io' read the
            # Example column's value as the row's rule)
            raw = ln.rstrip("\t ").split("\t")
            if roles is None and "" in (c.strip() for c in raw):
                tab_runs = True  # 'Segment field<TAB><TAB>What to do': tabs that line the columns up, one separator each (round 52)
            if tab_runs:
                raw = re.split(r"\t+", ln.strip("\t "))
            width = tab_width if tab_width and 1 < len(raw) <= tab_width else 0
            ln = " | ".join(c.strip() for c in raw if width or c.strip())
            if not width:
                tab_width = len(raw) if roles is None else tab_width
        elif "|" not in ln:
            tab_width, tab_runs = 0, False
        if "|" not in ln:
            roles = None
            placed[i] = len(out)
            out.append(ln)
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        heads = [c.lower().strip(" :*") for c in cells]
        r = [head_role(h) for h in heads]
        if roles is None and "src" in r and "dst" not in r and r[0] == "?" and heads[0] and not _FIELD_CELL.match(cells[0]):
            r[0] = "dst"  # '| Lead | Source | Notes |': the first column, named by the destination's object, is its fields (round 42)
        if roles is None and r.count("src") == 1 and "dst" not in r and (k := next((k for k, h in enumerate(heads) if r[k] == "?" and h in _PLATFORM_HEADS), -1)) > r.index("src"):
            r[k] = "dst"  # 'Source field | GA4 field | Rule': beside the source column, the one a platform names is the target (round 43)
        if roles is None and len(heads) >= 3 and heads[0] in _PLATFORM_HEADS and (heads[1] in _PLATFORM_HEADS or heads[1] in ("value", "values")) \
                and all(r[k] == "note" or not h for k, h in enumerate(heads[2:], 2)) and "note" in r[2:]:
            # '| SF Contact | HubSpot | Rule |': a header naming the two systems over a rule column, the destination's
            # first as in any 'Target | Source | Rule' table (round 42: read as a row, its notes leaked into the row
            # above); a two-column 'HubSpot | Salesforce' is left to the pair reader, which tells the sides by the cells
            roles = ["dst", "src", *r[2:]]
            continue
        if roles is None and "dst" in r and "src" in r:
            roles = r
            continue
        if roles is None and r == ["dst", "note"] and _is_rule_header(lines, i):
            # '| Field | Rule |' over '| Email | HubSpot email, same value |': each row's rule cell names its source
            # in words; read as 'Email: HubSpot email, same value' (round 48: read as a value table on Email)
            roles = r
            continue
        if roles is None or set(ln.strip()) <= set("|-: "):
            if roles is None:
                out.append(ln)
            continue
        by = {role: cells[i] for i, role in enumerate(roles) if i < len(cells) and role not in ("?", "note")}
        # '| Rule | Notes |': two columns of notes are both the row's (the last one, often empty, hid the rule; round 42)
        dst, src = by.get("dst", ""), by.get("src", "")
        # 'param: lifecycle_stage', 'trait: plan', 'merge field: COMPANY': a target cell naming its kind first (round 43)
        dst = _KIND_CELL.sub(lambda m: f"{_KIND_PATHS[m['k'].lower().rstrip('s')]}.{m['n']}", dst)
        note = ", ".join(cells[i] for i, role in enumerate(roles) if i < len(cells) and role == "note" and cells[i].strip(" -"))
        # a column of no known role ('| Target | Source | Opmerking |'): its cell is read as the row's rule too, never dropped (round 34)
        extra = [cells[i] for i, role in enumerate(roles) if i < len(cells) and role == "?" and cells[i].strip(" -")]
        note = ", ".join(x for x in (note, *extra) if x)
        has_src = src.lower().strip(" .:") not in _NO_SOURCE
        if not dst:
            if has_src and not _NOT_MAPPED.search(note):
                # '| | phone | E.164 |': a row naming a source and no destination is asked about, never dropped (round 37)
                out.append(f"The table's row for {src} names no target field.")
            continue
        # a rule cell that is a type ('number; blank -> don't set') or a value table ('Hot -> OPEN, Warm -> ...')
        note = re.sub(r"^(number|integer|whole number|date|decimal)\b(?=\s*(?:[;,]|$))", r"as a \1", note, flags=re.I)
        # '—' in a cell was made ': ' by normalise_chars: no source either (round 27: 'LeadSource <- :')
        # 'trim; title case': formats one after another, never a clause naming the Title field (round 27)
        note = re.sub(r"\s+[·•]\s+", ", ", note)  # 'Hot = sql · Warm = mql', 'trim · empty -> X': a Notion cell's separator (round 42)
        # 'opted out (true) -> unsubscribed': a row's key said in words with its value in brackets
        note = re.sub(r"\b(?:opted[- ]out|opted[- ]in|ticked|checked|unticked|unchecked)\s*\((true|false|yes|no)\)(?=\s*(?:->|=>))", r"\1", note, flags=re.I)
        note = _FORMAT_AFTER_SEMI.sub(" and ", note)
        # 'phone → mobilephone' in the source cell: the fields in the order they are tried (round 27)
        # 'phone, fallback mobilephone' / 'phone (else mobilephone)': the same chain said in words (round 42)
        worded = has_src and _SRC_FALLBACK.search(src) is not None
        src = _SRC_FALLBACK.sub(r" -> \g<b>", src) if worded else src
        chain = has_src and re.fullmatch(r"[\w. ]+(?:\s*->\s*[\w. @]+)+", src) is not None
        if chain and worded and not re.search(r"['\"⟦@]", note):
            note = re.sub(r"^(?:then|and)\s+", "", _CHAIN_SAID.sub("", note).strip(" ;,"), flags=re.I)  # 'office number when filled, otherwise the mobile': the chain said again
        src = re.sub(r"\s*->\s*", ", else ", src) if chain else src
        if chain and (said := re.search(r":\s*(?P<c>[^:]*\b(?:else|otherwise|then|falling back to)\b[^:]*)$", note)):
            out.append(f"{dst} = {said['c']}")  # the rule cell says the chain in full ('..., else the part of the email before the @')
            continue
        if has_src and _SEE_BELOW.match(note) and (rows_below := _rows_below(lines, i, taken)):
            out.append(f"{dst} from {src}: " + ", ".join(rows_below))  # '| hs_lead_status | Status | see table under |' over 'A -> B' lines
            continue
        if has_src and _SEE_BELOW.match(note) and not any(ln2.strip() and "|" not in ln2 for ln2 in lines[i + 1 :]):
            # 'see table below' and nothing below the table: asked about, never read as a copy (round 37)
            out.append(f"The table's row for {dst} points at values below the table that are not there.")
            continue
        if has_src:
            # 'Rating | annualrevenue | see obs 1': the rule is in the note under the table (table_notes.py)
            note, row_goes = read_pointer(lines, dst, src, note, edits)
            if row_goes:
                continue
        if has_src and "," in src and _SEE_ELSEWHERE.match(note):
            # 'tags | annualrevenue, lifecyclestage | see notes': the fields the rule reads; the notes say the rule,
            # and when no line outside a table names the field the row is kept for the grammar to ask about
            deferred.append((len(out), dst, note))
            continue
        if has_src and re.fullmatch(r"[\w.]+(?:\s*(?:,|&|\band\b)\s*[\w.]+)+", src) and _JOINED_NOTE.search(note):
            src = re.sub(r"\s*(?:,|&|\band\b)\s*", " + ", src)  # '| traits.name | firstname, lastname | joined with one space |' (round 36)
        joined = has_src and re.fullmatch(r"[\w.]+(?:\s*\+\s*[\w.]+)+", src) is not None  # 'firstname + lastname'
        if joined and note and all(names(note, p.strip()) for p in src.split("+")):
            out.append(f"{dst} = {note}")  # 'traits.name | firstname + lastname | firstname, one space, lastname' (round 29)
            continue
        if joined and _SEPARATOR.search(note):
            out.append(f"{dst} = {src} {note}")  # '... | FirstName + LastName | with one space in the middle'
            continue
        thens = len(re.findall(r"\bthen\b", note, re.I))
        if has_src and (thens >= 2 or (thens and re.search(r"[,;]\s*(?:else|otherwise)\s+\S", note, re.I))) and not re.search(r"\b(?:if|when)\b|[<>]", note, re.I):
            note = re.sub(r"([,;]\s*)(?:else|otherwise)\s+(?!->)", r"\1otherwise -> ", note, flags=re.I)
            note = re.sub(r"(?<=['\"\w⟧])\s+then\s+(?=['\"⟦]|true\b|false\b|yes\b|no\b)", " -> ", note, flags=re.I)  # '"true" then true, ... then false': rows (round 34)
        note = _value_first_rows(note) if has_src else note
        if has_src and len(_CELL_ROW.findall(note)) >= 2 and _CELL_ROW.match(note):
            out.append(f"{dst} from {src}: {note}")
        elif has_src and not chain and _CELL_BANDS.match(note) and _QUOTED_VALUE.search(note):
            out.append(f"{dst} from {src}: {note}")  # '| Rating | annualrevenue | > 5000000 then "Hot", ... |': bands on the source (round 34: read as a copy)
        # 'tags | annualrevenue, lifecyclestage | 'enterprise' if ...': fields the rule reads, no source of a copy
        # 'tags | LeadSource | always 'sfdc'; add 'trade-show' when LeadSource = Trade Show': the field the rule's condition reads
        elif has_src and not ("," in src and " else " not in src and note and _QUOTED_VALUE.search(note)) \
                and not (re.match(r"(?:always|constant|fixed)\b|⟦|[\w-]+\s+(?:only\s+)?(?:if|when)\b|(?:add|set|put|give|mark)\b[^;]*?⟦\d+⟧\s*(?:if|when|where|for)\b", note, re.I) and re.search(rf"\b(?:if|when|where|unless)\b[^;]*\b{re.escape(src)}\b", note)):
            out.append(f"{dst} <- {src}" + (f", {note}" if note else ""))
        elif note:
            out.append(f"{dst}: {_CONSTANT.sub('', note)}")
        else:
            out.append(ln)  # a row read no other way stays as written: the grammar reads or asks about it, never drops it
    apply_edits(lines, out, placed, edits)
    prose = [ln for ln in lines if "|" not in ln and "\t" not in ln]
    for at, dst, note in reversed(deferred):
        if not any(re.search(rf"(?<![\w.]){re.escape(dst)}(?![\w])", ln, re.I) for ln in prose):
            out.insert(at, f"{dst} | {note}")
    return out


# 'default: Unknown', 'fallback = Not specified', 'if blank: TBD' in a rule cell: the value for an empty source (round 27)
_NOTE_DEFAULT = re.compile(
    r"(?P<lead>^\s*|(?<=[;,])\s*)(?:default(?: value)?|fallback|if (?:blank|empty)|when (?:blank|empty))\s*(?::|=)\s*"
    r"(?!(?:don't|do not|never|omit|skip|leave|left|none|nothing|no |not |empty|blank|null|drop|exclude|keep|stays?|remains?)\b)(?P<v>[^;,()]+?)\s*(?=[;,(]|$)",
    re.I,
)
# 'as is; if blank use mobilephone (as is)' in a rule cell: the next field of a chain, named by its API name
_CELL_FALLBACK = re.compile(r"(?:\s*[;,]?\s*\bas is\b)?\s*[;,]?\s*\b(?:if|when) (?:blank|empty|missing)\s*,?\s*(?:use|take|then)\s+(?P<f>(?-i:[a-z_][\w.]*))(?:\s*\(as is\))?(?=\s*(?:[;,]|$))", re.I)
# 'one tag: HubSpot import', 'single tag: webinar': the one item of a list field
_NOTE_ONE_TAG = re.compile(r"^\s*(?:one|a single|single|just one|only one)\s+tag\s*:\s*(?P<v>[^;,()'\"`]+?)\s*$", re.I)


def _quote_cell_value(v: str) -> str:
    """A cell's value quoted, unless it is quoted already or reads as a field path."""
    v = v.strip()
    return v if v[:1] in "'\"`⟦" or re.fullmatch(r"[a-z]+_[a-z0-9_.]*|[a-z_]+\.[\w.]+", v) else f'"{v}"'


_VALUE_IF = re.compile(r"^(?P<v>⟦\d+⟧|true|false|yes|no|[\w-]+)\s+(?:if|when)\s+(?:it\s+is\s+|it's\s+|=\s*)?(?P<k>⟦\d+⟧|true|false|yes|no)$", re.I)
# a value row written with '=' in a rule cell, source value first
_VALUE_EQ = re.compile(r"^(?P<k>⟦\d+⟧|\w[\w .&/'-]{0,40}?)\s*=\s*(?P<v>⟦\d+⟧|true|false|[\w-]+)$", re.I)
_VALUE_ELSE = re.compile(r"^(?:otherwise|else|anything else|everything else)\s*(?:->|:)?\s*(?P<v>⟦\d+⟧|true|false|yes|no|[\w-]+)$", re.I)


def _value_first_rows(note: str) -> str:
    """'boolean: true if "true", otherwise false (blank counts as false)' in a rule cell -> the
    rows ''true' -> true, otherwise -> false' (round 27), 'A = a; B = b' -> 'A -> a, B -> b';
    any other note is returned as it is."""
    body = re.sub(r"\([^()]*\)", "", re.sub(r"^(?:boolean|bool|text|string|flag)\s*:\s*", "", note.strip(), flags=re.I)).strip(" .")
    parts = [p.strip() for p in re.split(r"\s*[;,]\s*", body) if p.strip()]
    rows: list[str] = []
    for p in parts:
        if (m := _VALUE_IF.match(p)) is not None:
            rows.append(f"{m['k']} -> {m['v']}")
        elif (m := _VALUE_EQ.match(p)) is not None and not _VALUE_ELSE.match(p):
            rows.append(f"{m['k']} -> {m['v']}")  # 'Open - Not Contacted = lead; Working - Contacted = ...' (round 37)
        elif (m := _VALUE_ELSE.match(p)) is not None and rows:
            rows.append(f"otherwise -> {m['v']}")
        else:
            return note
    return ", ".join(rows) if len(rows) >= 2 else note


def _cell_defaults(text: str) -> str:
    """Each pipe row's 'default: Unknown' cell said as 'if empty, "Unknown"', 'one tag: X' as
    'the tag "X"' (before quotes are lifted, so each value is one quoted value)."""
    def cell(c: str) -> str:
        c = _NOTE_DEFAULT.sub(lambda m: f"{' ' if m['lead'] == '' else m['lead']}if empty, {_quote_cell_value(m['v'])} ", c)
        c = _CELL_FALLBACK.sub(lambda m: f"{', ' if c[: m.start()].strip() else ' '}falling back to {m['f']} ", c)
        return _NOTE_ONE_TAG.sub(lambda m: f" the tag {_quote_cell_value(m['v'])} ", c)

    return "\n".join(_cell_template("|".join(cell(c) for c in ln.split("|"))) if ln.count("|") >= 2 else ln for ln in text.split("\n"))


def _cell_template(row: str) -> str:
    """'| address | Street, City | "Street, City" (comma + space between) |': a quoted cell made
    of the fields another cell lists, and separators, is a pattern of those fields: it becomes
    'Street + ", " + City' (round 27: it was written as the text 'Street, City')."""
    cells = row.split("|")
    listed = next((names for c in cells if len(names := [n.strip() for n in c.split(",")]) >= 2
                   and all(re.fullmatch(r"[A-Za-z_][\w.]*", n) for n in names)), None)
    if listed is None:
        return row

    def mark(m: re.Match[str]) -> str:
        body = m.group(2)
        if re.sub("|".join(rf"\b{re.escape(n)}\b" for n in listed), "", body).strip(" ,;:/-+|_.") or not all(re.search(rf"\b{re.escape(n)}\b", body) for n in listed):
            return m.group(0)
        bits = re.split("(" + "|".join(rf"\b{re.escape(n)}\b" for n in listed) + ")", body)
        return " + ".join(b if i % 2 else f'"{b}"' for i, b in enumerate(bits) if b)

    return "|".join(re.sub(r"([\"`])([^\"`]+)\1", mark, c) if "," not in c or '"' in c or "`" in c else c for c in cells)


def head_role(head: str) -> str:
    """A header cell's column: 'Target field' is the destination, 'Rule / notes' the notes
    (any part of a cell joined by '/' or '&' names it, round 27)."""
    parts = [head, *(p.strip() for p in re.split(r"\s*(?:/|&|\band\b)\s*", head) if p.strip())]
    for part in parts:
        if part in _DST_HEADS:
            return "dst"
        if part in _SRC_HEADS:
            return "src"
        if part in _NOTE_HEADS:
            return "note"
        if part in _SAMPLE_HEADS:
            return "sample"
    if _PLATFORM_FIELD_HEAD.fullmatch(head):
        return "dst"  # 'Salesforce Contact field', 'Lead field (felt)': the fields a table fills (round 52)
    return "?"


# a column of one platform's (or object's) fields: 'Salesforce Lead field', 'SF Contact field', 'Lead field'
_PLATFORM_FIELD_HEAD = re.compile(
    r"(?:(?:salesforce|sf|sfdc|hubspot|hs|mailchimp|mc|segment|ga4|crm)\s+)?(?:(?:lead|contact|member|audience|identify|event)\s+)?(?:fields?|property|properties)(?:\s*\([^()]*\))?",
    re.I,
)


# '| traits.name | firstname, lastname | joined with one space |': the source cell's fields are joined, not a list
_JOINED_NOTE = re.compile(r"\b(?:join\w*|combin\w*|concat\w*|together|merge\w*|glued|one space|a space|space between|separated by)\b", re.I)
# '... | FirstName + LastName | with one space in the middle': a rule cell naming the joined parts' separator
_SEPARATOR = re.compile(r"\b(?:space|comma|dash|hyphen|slash|between|separated)\b", re.I)
_SEE_ELSEWHERE = re.compile(r"^\(?(?:see|per|as per|described|explained|defined)\b[^|]*?\b(?:notes?|below|above|lookup|table|rules?)\b\W*$|^(?:notes?|lookup|table|rules?|checklist|check ?boxes|boxes|list) below\W*$", re.I)
_FORMAT_AFTER_SEMI = re.compile(r"\s*;\s*(?=(?:then\s+)?(?:(?:title|lower|upper|proper|sentence)[ -]?case|trim(?:med)?|upper|lower|uppercase|lowercase|e\.?164|first word|whole number|integer|a number)\b)", re.I)
_CELL_ROW = re.compile(r"\s*(?:⟦\d+⟧|['\"]?[\w .&/-]+?['\"]?)\s*(?:->|=>|→)\s*\S")
_QUOTED_VALUE = re.compile(r"['\"⟦]")
# a rule cell opening with a comparison: '> 5000000 then "Hot", ...', 'more than 5M: "Hot"; ...'
_CELL_BANDS = re.compile(r"^\s*(?:(?:if|when)\s+)?(?:[<>]=?|≥|≤|more than|less than|over|under|above|below|at least|at most|between)\s*[$€£]?\d", re.I)
_DEF_LINE = re.compile(r"^\s*(?:[-*•]\s*)?(?P<k>[A-Za-z][A-Za-z ]{1,24}?)\s*:\s*(?P<v>.*?)\s*$")
# a rule cell that says 'copy it' adds nothing to 'X <- Y'; one that gives a value for a field
# with no source is the value ('Rule: Constant value 'lead'' -> 'Lifecycle Stage: 'lead'')
_PLAIN_COPY = re.compile(r"^(?:direct|straight|plain|simple|1:1|one-to-one|as-is)?\s*(?:copy|mapping|map|pass-?through|as is|as-is|no transformation|none)\.?$", re.I)
_CONSTANT = re.compile(r"^(?:(?:a )?(?:constant|fixed|static|hard-?coded|literal)(?: value)?|(?:always )?set (?:it )?to|always|value)\s*:?\s*(?=\S)", re.I)
# a rule cell saying its row's source goes nowhere ('| | fax | not needed |')
_NOT_MAPPED = re.compile(r"\b(?:not (?:needed|mapped|synced|used|required|sent|wanted)|no (?:target|destination|mapping)|(?:don't|do not|never) (?:map|sync|send|need)|skip(?:ped)?|ignored?|leave out|left out|unmapped|drop(?:ped)?|n/a)\b|^\W*$", re.I)
# a header cell that is itself a field name ('| firstname | FirstName |' rows with no header row)
_FIELD_CELL = re.compile(r"^(?:[a-z]+_[\w.]*|[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*|\w+\.\w[\w.]*)$")
# 'phone, fallback mobilephone', 'phone (else mobilephone)' in a source cell: the next field of a chain
_SRC_FALLBACK = re.compile(r"(?<=\w)\s*(?:,\s*|\s+|\s*\(\s*)(?:fallback(?: to)?|falls? back to|else|otherwise|or else|then)\s*:?\s*(?P<b>[\w.]+)\)?$", re.I)
# a rule cell saying the chain of the source cell again, in words, before any other note
_CHAIN_SAID = re.compile(r"^[^;]*?\b(?:otherwise|else|fall(?:s|ing)? ?back(?: to)?|if (?:it is )?(?:empty|blank)|when (?:it is )?(?:empty|blank))\s+(?:use\s+|take\s+)?(?:the\s+)?[\w.]+(?:\s+(?:one|number|field|value))?\s*(?:;|,|\band\b|$)", re.I)
# header cells that name a system or object rather than a column's role
_PLATFORM_HEADS = frozenset(f"{p}{t}" for p in ("hubspot", "salesforce", "sf", "sfdc", "mailchimp", "segment", "ga4", "hs", "mc",
                                               "lead", "contact", "member", "hubspot contact", "sf contact", "sf lead", "salesforce lead",
                                               "salesforce contact", "mailchimp member", "segment trait", "ga4 event", "hubspot lead")
                            for t in ("", " field", " fields", " property", " properties", "s"))
_KIND_CELL = re.compile(r"^\s*(?:event\s+)?(?P<k>params?|parameters?|traits?|merge[ _]fields?)\s*[:=]\s*(?P<n>[A-Za-z_]\w*)\s*$", re.I)
_KIND_PATHS = {"param": "params", "parameter": "params", "trait": "traits", "merge field": "merge_fields", "merge_field": "merge_fields"}
_NO_SOURCE = frozenset(["", "-", "—", "n/a", "none", "(none)", "constant", "n.a.", "not applicable"])


def _definitions(lines: list[str]) -> list[str]:
    """A definitions list ('Field: Email' / 'Source: Contact.Email' / 'Rule: Direct copy',
    one block per field) becomes one line per block in the grammar's words, like a spec
    table's row: 'Field <- Source, rule', or 'Field: rule' when the source is none. A block
    starts at a destination label and takes the source and rule lines under it; texts
    without such blocks are left as they are."""
    def role(k: str) -> str:
        k = k.lower().strip(" *")  # not 'To:' / 'From:' (a pasted email's header lines)
        return "dst" if k in _DST_HEADS - {"to"} else "src" if k in _SRC_HEADS - {"from"} else "note" if k in _NOTE_HEADS else "?"

    if sum(1 for ln in lines if (m := _DEF_LINE.match(ln)) and role(m["k"]) == "dst") < 1 or not any(
        (m := _DEF_LINE.match(ln)) and role(m["k"]) in ("src", "note") for ln in lines
    ):
        return lines
    out: list[str] = []
    block: dict[str, str] | None = None

    def flush() -> None:
        if block is None:
            return
        dst, src, note = block.get("dst", ""), block.get("src", ""), block.get("note", "")
        if _PLAIN_COPY.match(note):
            note = ""
        if src.lower().strip(" .") not in _NO_SOURCE:
            out.append(f"{dst} <- {src}" + (f", {note}" if note else ""))
        elif note:
            out.append(f"{dst}: {_CONSTANT.sub('', note)}")

    for ln in lines:
        m = _DEF_LINE.match(ln)
        r = role(m["k"]) if m else "?"
        if r == "dst":
            flush()
            block = {"dst": m["v"]} if m else None
            continue
        if block is not None and r in ("src", "note") and m:
            block[r] = (block.get(r, "") + " " + m["v"]).strip()
            continue
        if block is not None and not ln.strip():
            continue  # the blank line between blocks
        flush()
        block = None
        out.append(ln)
    flush()
    return out


# "1) Email = Email 2) LastName as is 3) ...", "(a) ...; (b) ...": numbered or lettered items written on one line
_INLINE_NUMBER = re.compile(r"(?:(?<=^)|(?<=[\s:;]))\(?(?P<n>\d{1,2}|[a-h])\)\s+")


def inline_numbers(line: str) -> list[str]:
    """A line holding numbered items '1) ... 2) ... 3) ...' (numbered from 1, in order, two or
    more) is one line per item, as if each had been written on a line of its own; any text before
    '1)' stays a line (the items' header). Other lines, and brackets such as '(0 if blank)', stay."""
    hits = list(_INLINE_NUMBER.finditer(line))
    run: list[re.Match[str]] = []
    for m in hits:
        n = int(m["n"]) if m["n"].isdigit() else ord(m["n"]) - ord("a") + 1  # 'a)', '(b)': lettered items
        if n == len(run) + 1:
            run.append(m)
        elif n == 1:
            run = [m]
    if len(run) < 2:
        return [line]
    cuts = [m.start() for m in run]
    out = [line[: cuts[0]].rstrip()] if line[: cuts[0]].strip() else []
    out += [line[a:b].rstrip() for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]
    return out


# a header that only introduces its items ("The integration shall populate three fields on the
# Salesforce Contact:"), as against one the items complete ("Tags:", "Department by industry:")
_INTRO = re.compile(r"^(?![^:]*(?:\b(?:tags?|from|to|into|based on|depend\w*|by|per|according to|using|when|if|where)\b|->))[^:]*(?:\bthe following\b|\bas follows\b|\b(?:two|three|four|five|six|several|these|some) (?:fields|properties|traits|things|rules)\b)[^:]*:$", re.I)


_AS_AGREED = re.compile(r"^\s*(?:as per (?:our|the|your|my) (?:discussion|call|meeting|conversation|e-?mail|agreement)|as (?:discussed|agreed)|further to our (?:call|meeting|discussion))\s*,?\s*", re.I)


# 'kindly ensure that the following are adhered to:': a memo's lead-in ('to' names no field here, round 35)
_ADHERED = re.compile(r"^[^:]*\bthe following\s+(?:are|is|shall be|should be|must be|will be)\s+(?:adhered to|observed|followed|implemented|applied|noted|put in place|effected)\s*:$", re.I)


def _intro(line: str) -> bool:
    """Does ``line`` only introduce the items under it ('As per our discussion, the following fields
    should be mapped:'; the meeting it refers to names no field, round 34)?"""
    line = _AS_AGREED.sub("", line)
    return bool(_INTRO.search(line) or _ADHERED.search(line))


_BASIS_LINE = re.compile(r"\b(?:depends?\s+on|based\s+on|depending\s+on|according\s+to|derived\s+from|driven\s+by|decided\s+by)\s+[\w. /`'-]{2,40}$", re.I)


def _blocks(text: str) -> list[str]:
    """Lines after a line ending in ':' (bullets, tables) join that line as one block."""
    text = "\n".join(part for ln in text.split("\n") for part in inline_numbers(ln))
    lines = _definitions(_spec_table(unframe(workflow_lines(brief_title([ln.rstrip() for ln in text.split("\n")])))))
    # a bullet list whose items are mappings of their own ('Job Title -> Title') keeps each
    # item a clause: joined by commas, the items would read as one list of pairs
    # (round r14b: "1) Company Name to Company (Company), incase blank ...", "2) Email as is" are such items too)
    own = any(_BULLET.match(ln) and re.search(r"->|<-|=|:\s|;|\s(?:from|always|to)\s|\bas is\b", _BULLET.sub("", ln)) for ln in lines)
    # 'tags for mailchimp from hubspot pls' over bullet rows: a head of the tag list without its colon (round 31)
    headed = {k for k, ln in enumerate(lines) if _TAG_HEAD.match(ln) and _BULLET.match(next((x for x in lines[k + 1 :] if x.strip()), ""))}
    lines = [ln + ":" if k in headed else ln for k, ln in enumerate(lines)]
    # 'reckon we can work out Rating from annualrevenue?' over 'over 5000000 -> Hot' rows: the question heads them (round 35)
    lines = [ln.rstrip()[:-1] + ":" if ln.rstrip().endswith("?") and _rows_next(lines, k) else ln for k, ln in enumerate(lines)]
    lines = [re.sub(r"\?\s+(?=(?:from|based on|using|by)\s+[\w.`]+\s*:\s*$)", " ", ln) for ln in lines]  # '... Description? from lifecyclestage:'
    # 'GA4 event name depend on Lifecycle Stage' over 'customer -> "customer_update"' rows: a basis heads them (round 36)
    lines = [ln + ":" if _BASIS_LINE.search(ln) and not re.search(r"->|<-|=|:", ln) and _rows_next(lines, k) else ln for k, ln in enumerate(lines)]
    blocks: list[str] = []
    header_open = skip_head = tag_head = False
    fresh = criteria = intro = False
    header_indent, indented_rows = 0, False
    numbered_head = False  # the open header is a numbered item over lettered rows
    for ln_no, ln in enumerate(lines):
        if ln == BREAK:  # a section label ('AC:'): its items are criteria, each a sentence
            header_open, fresh, criteria = False, True, True
            continue
        if not ln.strip():
            # a blank line right after 'as per the below table:' does not close it: the rows come after it (round 30)
            header_open = header_open and bool(blocks) and blocks[-1].endswith(":") and _rows_next(lines, ln_no)
            continue
        is_item = bool(_BULLET.match(ln))
        indent = len(ln) - len(ln.lstrip())
        if header_open and numbered_head and _NUMBERED.match(ln) and blocks:
            # '1. Rating, based on ...:' over 'a) ... -> Hot' rows, then '2. Employees ...': the next numbered item is the
            # head's sibling, a rule of its own (round 48: joined to the last row with a comma); read as a fresh line, so
            # a sibling that is a head of its own opens its rows in turn
            header_open = skip_head = tag_head = numbered_head = False
            fresh = True
        if header_open and not is_item and indented_rows and indent <= header_indent:
            header_open = False  # back at the header's margin after its indented rows: a sentence of its own (round 25)
        elif header_open and indent > header_indent:
            indented_rows = True
        body = _BULLET.sub("", ln).strip()
        lettered = re.match(r"^\s*\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)\s+", ln)  # '(a) ...', '(ii) ...' under an intro header is an item too
        if lettered and blocks and not fresh and (intro or _intro(blocks[-1])):
            is_item, body = True, ln[lettered.end() :].strip()
        elif lettered and (numbered_head or skip_head or not header_open or (blocks and re.fullmatch(r"[\w ./-]{1,30}:", blocks[-1]) is not None)):
            is_item = is_item or skip_head  # 'a) the contacts which are already our clients' under a list of exclusions
            body = ln[lettered.end() :].strip()  # '3. Company:' over 'a) ...;' and 'b) in case that ...': the letter says nothing (round 50)
        intro = intro and is_item
        if (skip_head or tag_head) and not is_item and not ln[:1].isspace():
            skip_head = tag_head = header_open = False  # the list of exclusions (or of tags) is over: a sentence of its own
        elif skip_head and blocks:
            # 'Please exclude:' over '1) the customers;' and '2) the opted-out ones.': each item is skipped (round 31)
            blocks[-1] += (" " if blocks[-1].endswith(":") else "; skip ") + re.sub(r"\s*[;.]+$", "", body)
            continue
        if is_item and blocks and not fresh and (intro or _intro(blocks[-1])):
            blocks.append(body)  # 'populates three fields on the Contact: (a) ...; (b) ...': each item a rule of its own
            intro = True
        elif blocks and (header_open or is_item) and not fresh:
            sep = " " if blocks[-1].endswith(":") else "; "
            if is_item and blocks[-1].endswith(":"):
                sep = " "
            elif is_item:
                sep = ". " if criteria else "; " if own else ", "
                if re.search(r"[.!?]$", blocks[-1]) and not re.search(r"\b(?:e\.g|i\.e|etc|vs)\.$", blocks[-1], re.I):
                    sep = " "  # items written as full sentences keep their own ends
            if sep.strip() and not is_item and re.search(r"[.!?]$", blocks[-1]) and not re.search(r"\b(?:e\.g|i\.e|etc|vs)\.$", blocks[-1], re.I):
                sep = " "  # a line under a header after an item that ended its sentence: never '.;' (round 34)
            if sep.strip():
                blocks[-1] = re.sub(r"\s*[;,]+$", "", blocks[-1])  # '(a) ... exceeds 10,000,000;' over '(b) ...': one end between them, never ';;' (round 34)
            blocks[-1] = blocks[-1] + sep + body
        else:
            blocks.append(body)
            criteria = criteria and fresh
        fresh = False
        if body.endswith(":"):
            header_open, header_indent, indented_rows = True, indent, False
            numbered_head = _NUMBERED.match(ln) is not None and any(_LETTERED.match(x) for x in lines[ln_no + 1 : ln_no + 3])
            skip_head = bool(_SKIP_HEAD.search(body))
            tag_head = ln_no in headed
    return blocks


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_LETTERED = re.compile(r"^\s*\(?[a-h]\)\s+\S")
_TAG_HEAD = re.compile(r"^\s*(?:the\s+)?tags?\b(?![^:]*(?:->|=|:))[^:]{0,60}$", re.I)
# a line that opens a list of the records to leave out: 'Please exclude:', 'Do not send the following:'
_SKIP_HEAD = re.compile(
    r"(?:^|[.!?;]\s+|,\s*)(?:for\s+(?:the\s+)?[\w -]{1,30}?\s+(?:sync|push|export|import)\s*,?\s+)?(?:so\s+|but\s+)?(?:please\s+|pls\s+|kindly\s+|we\s+(?:must|should|need to|want to)\s+)?"
    r"(?:exclude|except|skip|ignore|leave out|filter out|do not (?:send|sync|import|include)|don't (?:send|sync|import|include)|never (?:send|sync)|exclusions?"
    # 'These contacts skip, don't send to Salesforce:' (round 48)
    r"|(?:these|the\s+following)\s+(?:contacts?|leads?|members?|records?|people)\s+(?:skip|(?:are|is)\s+skipped|(?:don't|do not|not)\s+(?:send|sync))"
    r"(?:\s*,\s*(?:please\s+)?(?:don't|do not|not)\s+send(?:\s+(?:to|into)\s+[\w ]{1,20}?)?)?"
    # 'two lots to skip:' (round 35)
    r"|(?:two|three|four|2|3|4|a few|some)\s+(?:lots|groups|kinds|sets|types|bunches|things|categories)\s+(?:of\s+\w+\s+)?to\s+(?:skip|exclude|leave out|ignore)"
    # 'but 2 group don't send:' (round 36)
    # ('Two kinds of contacts shall not become leads:', '2 kind of contact no need to sync:'; round 44)
    r"|(?:two|three|four|2|3|4|a few|some)\s+(?:lots?|groups?|kinds?|sets?|types?|categor(?:y|ies))\s+(?:of\s+\w+\s+)?(?:we\s+)?"
    r"(?:(?:don't|do not|dont|not|never|no)\s+(?:need\s+(?:to\s+)?)?(?:send|sync|import|include)"
    r"|(?:shall|should|must|will|may|can)\s*not\s+(?:become\s+\w+|be\s+(?:synced|sent|imported|included|created)|go))"
    # 'there are two categories of HubSpot contacts that we do NOT want to receive in Salesforce:' (round 50)
    r"|(?:there\s+are\s+)?(?:two|three|four|2|3|4)\s+(?:groups?|kinds?|types?|categor(?:y|ies))\s+of\s+(?:\w+\s+)?(?:contacts|leads|members|records)\s+(?:that|which)\s+we\s+(?:do\s+not|don't|dont)\s+want"
    r"(?:\s+to\s+(?:receive|have|get|sync|send|see|import)(?:\s+(?:in|into|to)\s+\w+)?)?)"
    r"(?:\s+(?:the following|these|those|the ones below|below))?"
    # 'please except two kind of contacts, don't send them:' (round 33)
    r"(?:\s+(?:two|three|four|2|3|4|some|a few|these|the following)\s+(?:kinds?|types?|groups?|sorts?)\s+of)?(?:\s+(?:contacts|leads|members|records|people))?"
    # 'Exclude from the export:' (round 32)
    r"(?:\s+from\s+(?:the|this|our)\s+(?:export|sync|import|push|feed|list|audience|integration|transfer))?"
    r"(?:\s*,\s*(?:please\s+)?(?:do not|don't|dont)\s+(?:send|sync|include)\s+(?:them|these|those))?\s*:$", re.I)


def _rows_next(lines: list[str], at: int) -> bool:
    """The next line that says something is a value row ('"lead" -> "Sales"')."""
    nxt = next((x.strip() for x in lines[at + 1 :] if x.strip()), "")
    return bool(VALUE_ROW_LINE.match(nxt))




# 'Phone -> mobile phone number first. No mobile -> phone number.': a fallback said over two sentences (round 51)
_FIRST_THEN = re.compile(
    r"(?P<d>\b[\w.]+(?: [\w.]+){0,3}?)\s*->\s*(?P<a>[\w.]+(?: [\w.]+){0,3}?)\s+first\s*[.;]\s+(?:if\s+(?:there\s+is\s+)?)?no\s+(?P<w>[\w.]+(?: [\w.]+){0,2}?)\s*(?:->|,\s*then|then)\s*(?P<b>[\w.]+(?: [\w.]+){0,3}?)(?=\s*(?:[.;\n]|$))",
    re.I,
)
# "No industry? Then Industry should be 'Other'." -> one sentence: the question is its condition
_ASKED_EMPTY = re.compile(r"\b(?:no|missing|without an?|without any|empty|blank) (?P<f>[A-Za-z][\w.]*(?: [\w.]+){0,2})\s*\?\s+(?:(?:then|so|in that case|if so),?\s+|(?=(?:just |simply )?(?:leave|omit|drop|don'?t|do not|use|put|set|send|fall back|take|go with)\b))", re.I)
# "Department depends on the industry. Software maps to 'R&D', ..." : a lead-in sentence naming
# what a value table reads, followed by the table's rows, is one sentence (read as "...: rows")
_TABLE_LEAD = re.compile(
    r"\b(?P<h>(?:depends|is based|will be based|should be based) on|is (?:derived|worked out|decided|set) from|follows|is driven by) "
    r"(?P<s>(?:the |their |its )?[\w.]+(?: [\w.]+){0,2})\.\s+(?=(?:⟦\d+⟧|[A-Za-z][\w-]*) (?:maps to|->|=>|becomes|gives|turns into|goes to)\s+⟦)",
    re.I,
)
# "Set the Lead Source based on the original source. Organic search should become Web, ...":
# a sentence saying what a field is based on, followed by rows of words, heads the rows
_BASED_LEAD = re.compile(
    r"\b(?P<h>(?:based on|depending on|depends on|according to|derived from|driven by)\s+[^.;:?!⟦]{2,80}?)\.\s+"
    r"(?=(?:⟦\d+⟧|[A-Za-z][\w-]*(?: [\w-]+){0,3}) (?:should |will |must )?(?:become|becomes|maps? to|->|=>|gives?|turns? into|translates? to|=)\s+(?:⟦\d+⟧|[A-Z0-9])[^.]*(?:,|\band\b))",
    re.I,
)


# a sentence naming the destination and its basis, before the one giving its values, heads them:
# "could Rating reflect company size? Anything with 100 employees or more is 'Hot', ..." (a
# question: what came before it is a sentence of its own) and "The lead's Status is derived from
# the lifecycle stage. Leads are marked 'x' when ..." (a statement, records given values next)
_BASIS = (
    (re.compile(r"\b(?:could|can|should|would|will|does|do) (?:the )?(?P<d>[A-Za-z_][\w.]*(?: [A-Za-z_][\w.]*){0,3}?) (?:reflect|depend on|be based on|be driven by|"
                r"be (?:derived|worked out|calculated|computed|determined|decided|filled|populated|set|mapped|translated) (?:from|by|on)|follow|be set from|be set by)\s+(?:the |their |its )?(?P<s>[\w ]{2,40}?)(?:,?\s*please)?\s*[?:]\s+(?=\S)", re.I), ". "),
    (re.compile(r"(?:\bthe )?(?:\w+'s )?(?P<d>\b[A-Za-z_][\w.]*) (?:is|will be|should be|gets) (?:derived|taken|computed|worked out|set|"
                r"decided|driven) (?:from|by) (?:the |their |its )?(?P<s>[\w ]{2,40}?)\.\s+(?:the )?(?:leads|contacts|members|records|"
                r"people|they|these|those) (?:are|get|become|go in as|end up) (?:marked|given|set to|labell?ed|tagged|as)?\s*(?=⟦)", re.I), ""),
)


# "We use the Department field on contacts to show where someone is in the funnel. From the
# lifecycle stage: subscriber -> 'Newsletter', ...": the field named in the lead-in is the table's
_USE_FIELD_LEAD = re.compile(
    r"\b(?:we|they|i|you) (?:use|are using|will use|want to use) (?:the |our )?(?P<d>[A-Za-z_][\w.]*) field\b(?:[^.;:?!()]|\([^()]*\))*[.!]\s+(?=(?:from|based on|off) (?:the |their |its )?[\w ]{2,40}?:\s*\S)",
    re.I,
)


# 'empty? so "Independent"', 'numemployees empty? so don't put it', 'one of them has a number? so
# false': a condition asked and answered with 'so' (Hebrew-shaped 'az'; round 38): "If <it>, <answer>"
_ASKED_SO = re.compile(r"(?:^|(?<=[\n.!?,;:])[ \t]*)(?:and |also )?(?P<q>(?!so\b)[^.?!\n:;,()]{2,60}?)\s*\?\s+(?:(?P<so>so|then)\s*,?\s+(?=\S)|(?=(?:just |simply )?(?:leave|omit|drop|don'?t|do not|use|put|set|send|fall back|take|go with)\b))", re.I | re.M)


def _asked_so(m: re.Match[str]) -> str:
    q = m["q"].strip()
    lead = m.group(0)[: len(m.group(0)) - len(m.group(0).lstrip())]
    # answered with 'so': any condition; answered with a verb ('empty? take the email'): a blank one only
    said = r"\b(?:empty|blank|missing|no|not|none|has|have|is|are|filled|there)\b" if m["so"] else r"\b(?:empty|blank|missing|no|not|none)\b"
    return f"{lead}If {q}, " if re.search(said, q, re.I) else m.group(0)


def _asked_empty(m: re.Match[str]) -> str:
    """'no website either? then the company' -> 'If the website is empty, use the company': the
    field asked about without its 'either / too', and 'use' before a bare value or field."""
    f = re.sub(r"\s+(?:either|too|also|as well|at all)$", "", m["f"], flags=re.I)
    rest = m.string[m.end() :]
    use = "use " if re.match(r"(?:the|their|its|his|her|a|an|⟦\d+⟧)\b|⟦", rest, re.I) else ""
    return f"If the {f} is empty, {use}"


# abbreviations people type in notes, spelled out before sentences are split ('Dept.' would
# end a sentence); only outside quotes, as whole words
_ABBREVIATIONS = (
    (re.compile(r"\bdept\b\.?", re.I), "department"),
    (re.compile(r"\bincl\b\.?", re.I), "including"),  # 'anything else incl. blank => Other'
    (re.compile(r"\bexcl\b\.?", re.I), "excluding"),
    (re.compile(r"\baddr\b\.?", re.I), "address"),
    # ('PH' in capitals is the Philippines' code: 'Philippines = PH', round 49)
    (re.compile(r"\b(?:(?i:tel)|(?-i:ph|Ph))\b\.?(?!\w)"), "phone"),
    (re.compile(r"\bco\.(?=\s+name\b)|\bco\b(?![-'/&.])", re.I), "company"),  # 'Company = co', 'blank co -> x' (round 23)
    # 'co. -> Company, UPPER', 'email/fname/lname/co. -> ...', 'co., "Unknown" if blank': mid-sentence, no end (round 26)
    (re.compile(r"\bco\.(?=\s*(?:->|<-|=|,|;|/|\)|\s(?:and|or|if|when|in|as|with|from|to|into|is|are|w/)\b))", re.I), "company"),
    (re.compile(r"\bco\.(?=\s|$)", re.I), "company."),  # 'if no co. Next ...': the dot ends the sentence too
    (re.compile(r"\bmob\b\.?", re.I), "mobile"),
    (re.compile(r"\bemp(?:s|l)?\b\.?(?=\s*(?:count|number))", re.I), "employee"),
    (re.compile(r"\bemp(?:s|l)?\b\.?", re.I), "employee count"),  # 'blank emp', 'emp over 100' (round 23)
    # a sales VP's phone shorthand (round 23): 'fn/ln', 'rev as a number', 'orig source'
    (re.compile(r"\bfn\b", re.I), "first name"),
    (re.compile(r"\bln\b", re.I), "last name"),
    (re.compile(r"\brev\b\.?", re.I), "revenue"),
    (re.compile(r"\borig\b\.?", re.I), "original"),
    (re.compile(r"(?<![\w/])b/c(?=\s)", re.I), "because"),
    (re.compile(r"\bthru\b", re.I), "through"),
    # German 'Mio.' / 'Mrd.' ('3 Mio. €'): its dot would end a sentence (round 49)
    (re.compile(r"\bMio\.(?=\s)"), "million"),
    (re.compile(r"\bMrd\.(?=\s)"), "billion"),
    # phone-chat shorthand (round 49): 'the part b4 the @', 'dnt send Mailing City', 'bcoz SF needs it'
    (re.compile(r"\bb4\b", re.I), "before"),
    (re.compile(r"\bdnt\b", re.I), "don't"),
    (re.compile(r"\b(?:bcoz|bcos|becoz|coz)\b", re.I), "because"),
    # a title's dot before the name ('Good day, Mr. Becker,'): no sentence ends there (round 50)
    (re.compile(r"\b(?P<t>(?-i:Mr|Mrs|Ms|Dr))\.(?=\s+(?-i:[A-Z]))"), r"\g<t>"),
    (re.compile(r"\bqty\b\.?", re.I), "quantity"),
    (re.compile(r"\bno\.\s+of\b", re.I), "number of"),  # 'no. of employees' (round 21)
    (re.compile(r"(?<![\w/])w/(?=\s)", re.I), "with"),  # 'contacts w/ a LeadSource'
    (re.compile(r"(?<![\w/])w/o(?=\s)", re.I), "without"),
    # note shorthand: "these are UK nos. so +44", "few ppl have put full name there"
    (re.compile(r"\bnos\b\.?", re.I), "numbers"),
    (re.compile(r"\bppl\b", re.I), "people"),
    # German 'bzw.' written 'resp.': 'FNAME resp. LNAME' (its dot would end a sentence)
    (re.compile(r"\bresp\.(?=\s)", re.I), "resp"),
)


def expand_abbreviations(text: str) -> str:
    for rx, full in _ABBREVIATIONS:
        text = rx.sub(full, text)
    return text


# rows of a value table written without quotes: 'United States becomes US, Japan becomes JP and
# France becomes FR' (session 16). A code (two or three capitals) or one capitalised word after
# 'becomes / maps to / turns into', in a sentence with two or more such rows, is the row's value
# (round 28: up to three Capitalised words, 'Partner Referral', or a word with its 'of' phrase, 'Word of mouth')
_BARE_ROW_VALUE = re.compile(r"(?:(?<=\bbecomes )|(?<=\bbecome )|(?<=\bmaps to )|(?<=\bturns into )|(?<=\bturn into ))(?P<v>[A-Z]{2,3}|[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?: [A-Z][a-z]+){0,2}|[A-Z][a-z]+ (?:of|de|in|on|by) [a-z]+)(?=\s*(?:,|;|\band\b|\bor\b|\.(?:\s|$)|$))")


# "a parameter 'country' with the country": a param's name in quotes is its name, not a value
_QUOTED_PARAM = re.compile(r"(?P<k>\b(?:event\s+)?param(?:eter)?s?\s+(?:called\s+|named\s+)?)(?P<q>['\"])(?P<n>[a-z][a-z0-9_]*)['\"]", re.I)  # curly quotes are plain by now


# "params.'lifecycle_stage'" (a backticked name), "Event params: 'method' = 'hubspot'; 'job_title' = jobtitle":
# a quoted name right after 'params.' or set with '=' in a params list is the param's name
_PARAM_DOT = re.compile(r"\b(?P<k>(?:events\[0\]\.)?params\.)(?P<q>['\"])(?P<n>[A-Za-z_][\w]*)(?P=q)")
# (the params' own indented items under 'Event params:' too, round 25)
_PARAMS_LIST = re.compile(r"\bparam(?:eter)?s\b[^.\n]*(?:\n[ \t]+[-*•][^\n]*)*", re.I)
_LIST_NAME = re.compile(r"(?<![\w'\"])(?P<q>['\"])(?P<n>[a-z][a-z0-9_]*)(?P=q)(?=\s*(?:=|<-|->)\s*(?![=>]))")


def _param_names(text: str) -> str:
    """Quoted param names unquoted: 'a parameter 'country'', "params.'x'", "params: 'method' = ..."."""
    text = _QUOTED_PARAM.sub(lambda m: f"{m['k']}{m['n']}", text)
    text = _PARAM_DOT.sub(lambda m: f"{m['k']}{m['n']}", text)
    return _PARAMS_LIST.sub(lambda m: _LIST_NAME.sub(lambda q: q["n"], m.group(0)), text)


# "before the '@'", "numbers without a '+'": a sign in quotes is the sign, not a value to write
# "createdate as 'YYYY-MM-DD'": a date pattern in quotes is the format, not a value (round 28; in
# backticks too, round 30: "`createdate` as `YYYY-MM-DD`" wrote the text 'YYYY-MM-DD')
_QUOTED_DATE_FORMAT = re.compile(r"([`'\"])(YYYY-MM-DD|yyyy-mm-dd|YYYY/MM/DD)\1")
_QUOTED_SIGN = re.compile(r"(['\"])([@+])\1")


# session 18: a row's unquoted value holding '&' ("Food -> Food & Beverage", "Food to Food &
# Beverage"): quoted, so the '&' between field names ('FNAME & LNAME') is no 'and' in it
_AMP_ROW_VALUE = re.compile(r"(?P<a>(?:->|=>|→|\bto|\bbecomes?|\bmaps to)\s+)(?P<v>[A-Z][\w-]*(?: [A-Z][\w-]*)* & [A-Z][\w-]*(?: [A-Z][\w-]*)*)(?=\s*(?:[,;]|\band\b|\.(?:\s|$)|$))")


# 'Description: write Existing customer - from HubSpot on every Contact.': a constant written out
# unquoted after 'write', closed by 'on every X'; quoted here, before the dash could cut it (round 40)
_WRITTEN_CONSTANT = re.compile(
    r"^(?P<h>[ \t]*[A-Za-z_][\w.]*\s*:\s*(?i:write|put|enter|type)\s+(?i:the\s+(?:words?|text|sentence)\s+)?)"
    r"(?P<v>[A-Z][^:;'\"\n]{1,60}?)"
    r"(?P<t>\s+(?i:(?:on|for|in|into)\s+(?:every|each|all)\s+(?:leads?|contacts?|members?|records?|persons?|people|ones?|profiles?)"
    r"(?:\s+you\s+(?:create|make|send))?)\s*\.?[ \t]*)$",
    re.M,
)


def _quote_written_constant(text: str) -> str:
    return _WRITTEN_CONSTANT.sub(lambda m: f"{m['h']}'{m['v']}'{m['t']}", text)


# 'events[0].name: customer_sync if lifecycle stage is customer, else prospect_sync' (round 41): two
# snake_case words as the values of an if/else (event names are written so) are values, quoted
_SNAKE = r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+"
_SNAKE_BRANCHES = re.compile(
    rf"(?P<h>(?::|\bis|\bbe|=)[ \t]+)(?P<v>{_SNAKE})(?P<c>[ \t]+(?:if|when)\b[^\n;]*?,?[ \t]+(?:else|otherwise)[ \t]*,?[ \t]+)(?P<w>{_SNAKE})(?!\w|\.\w|[ \t]*(?:=|->|:))"
)


def _quote_snake_branches(text: str) -> str:
    return _SNAKE_BRANCHES.sub(lambda m: f"{m['h']}'{m['v']}'{m['c']}'{m['w']}'", text)


def _quote_bare_rows(text: str) -> str:
    out = []
    for piece in re.split(r"((?<=[.!?])\s+|\n)", text):
        if len(_BARE_ROW_VALUE.findall(piece)) >= 2:
            piece = _BARE_ROW_VALUE.sub(lambda m: f"'{m.group('v')}'", piece)
        if len(re.findall(r"->|=>|→|\bto\b|\bbecomes?\b|\bmaps to\b", piece)) >= 2:
            piece = _AMP_ROW_VALUE.sub(lambda m: f"{m.group('a')}'{m.group('v')}'", piece)
        out.append(piece)
    return "".join(out)


# "traits.unsubscribed: boolean. true when ...": the type named, then the values: one sentence (round 25)
_TYPE_STOP = re.compile(r"(?<=:)\s*(?:an?\s+)?(?:boolean|checkbox|flag|true/false)(?:\s+(?:field|value|trait))?\s*\.\s+(?=(?:true|false|yes|no)\b)", re.I)


def split_sentences(text: str, rewrite: Callable[[str], str] | None = None) -> list[Sentence]:
    """Sentences and their clauses; ``rewrite`` (canonical wording) is applied to each
    sentence before it is split into clauses, while ``Sentence.text`` keeps what was written."""
    text = _QUOTED_DATE_FORMAT.sub(r"\2", text)
    text = _param_names(_QUOTED_SIGN.sub(r"\2", _quote_bare_rows(_quote_written_constant(_quote_snake_branches(pipe_value_table(filter_tables(_cell_defaults(join_if_lines(join_wrapped(row_heads(normalise_chars(text))))))))))))
    text = _TYPE_STOP.sub(" ", text)
    lifted, literals = lift_quotes(text)
    lifted = read_code_ops(lifted)
    lifted = join_thousands(expand_abbreviations(lifted))
    lifted = _BOOLEAN_HEAD.sub(lambda m: f"{m['f']}: ", lifted)
    lifted = _OTHER_BRANCH.sub(lambda m: f"{m['p']}; ", lifted)
    lifted = _FIRST_THEN.sub(lambda m: f"{m['d']} = {m['a']}, or {m['b']} when {m['w']} is empty", lifted)
    lifted = _ASKED_EMPTY.sub(_asked_empty, lifted)
    lifted = _ASKED_SO.sub(_asked_so, lifted)
    lifted = _USE_FIELD_LEAD.sub(lambda m: f"{m['d']} ", lifted)
    lifted = _TABLE_LEAD.sub(lambda m: f"{m['h']} {m['s']}: ", lifted)
    lifted = _BASED_LEAD.sub(lambda m: f"{m['h']}: ", lifted)
    for rx, lead in _BASIS:
        lifted = rx.sub(rf"{lead}\g<d> from the \g<s>: ", lifted)
    sentences: list[Sentence] = []
    for block in _blocks(lifted):
        parts = _SENTENCE_END.split(_paren_stops(block))
        # re-attach the punctuation captured by the split
        chunks: list[str] = []
        for k in range(0, len(parts), 2):
            piece = parts[k].strip()
            if piece:
                chunks.append(piece)
        for chunk in chunks:
            idx = len(sentences)
            read = rewrite(chunk) if rewrite else chunk
            parts = [rewrite(c.strip()) if rewrite else c for c in _table_rows(split_outside_parens(read, ";"))]
            # a rewrite of one clause may itself say 'filter; rule'
            parts = [q for c in parts for q in split_outside_parens(c, ";")]
            clauses = [Clause(c.strip(" ,"), idx, literals) for c in parts if c.strip(" ,")]
            sentences.append(Sentence(idx, restore(chunk, literals), clauses))
    return sentences


# 'traits.unsubscribed -> boolean true/false. true only when ...': the type, then its rule in the next sentence (round 50)
_BOOLEAN_HEAD = re.compile(r"(?P<f>[\w.]+)\s*(?:->|=|:)\s*(?:an?\s+)?(?:boolean|checkbox|true\s*/\s*false)(?:\s+(?:true\s*/\s*false|value|field|flag))?(?:\s*,\s*(?:an?\s+)?(?:real|proper|actual)?\s*(?:boolean|bool)(?:\s+value)?)?\s*[.:]\s+(?=(?:true|false|ticked|checked)\b)", re.I)
# 'Email Opt Out -> true (ticked) if ... is "true". If it is "false" or blank then false': the other branch, one sentence on (round 50)
_OTHER_BRANCH = re.compile(r"(?P<p>\btrue|⟦\d+⟧|\bfalse)\.\s+(?=if\s+(?:it\s+is|it's|not)\b[^.\n]{0,60}?\b(?:then\s+)?(?:true|false)\s*(?:[.\n]|$))", re.I)
_PAREN_SPAN = re.compile(r"\((?P<in>[^()]{3,300})\)")


def _paren_stops(block: str) -> str:
    """'phone number -> Phone (if phone number blank then take mobile. If both also blank then
    don't send Phone at all)': a sentence's end inside a closed bracket is a clause's (round 50)."""
    if "(" not in block:
        return block
    return _PAREN_SPAN.sub(lambda m: "(" + _SENTENCE_END.sub(lambda e: ";" if e.group(1) == "." else e.group(1), m["in"]).rstrip(";") + ")", block)


# a row of a value table: 'subscriber/lead = prospect', 'PAID_SEARCH -> Ads', 'else unknown'
_ROW = re.compile(r"^\s*(?:[\w/. -]+?\s*(?:=|->)\s*(?:⟦\d+⟧|[\w. -]+)|(?:else|otherwise|anything else|everything else|the rest)\b[^;=]*)\s*$", re.I)
_TERSE = re.compile(r"\w/\w[^=]*(?:=|->)|^\s*(?:else|otherwise)\s+[\w-]+\s*$", re.I)
_HEAD_ROW = re.compile(r"\b(?:by|from|based on|depending on|according to|per|using|off)\b[^:;=]*:\s*[\w/. -]+?\s*(?:=|->)\s*(?:⟦\d+⟧|[\w. -]+)\s*$", re.I)


def _table_rows(parts: list[str]) -> list[str]:
    """'D by S: a/b = x; c = y; else z' -> one clause: the rows of a terse value table written
    after a header naming its source are separated by semicolons as often as by commas. Only a
    terse table (a row with 'a/b' keys or a bare 'else z') is joined; rows read one by one as
    clauses are left so."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        j = i + 1
        if _HEAD_ROW.search(p):
            while j < len(parts) and _ROW.match(parts[j]):
                j += 1
        group = [x.strip() for x in parts[i:j]]
        if len(group) > 1 and any(_TERSE.search(x) for x in group):
            out.append(", ".join(group))
        else:
            out.extend(parts[i:j])
        i = j
    return out


_WORD = re.compile(r"⟦\d+⟧|[A-Za-z0-9_@+$€£%]+(?:[.'/-][A-Za-z0-9_@+]+)*|->|<-|[(),:=+&]")


def words(text: str) -> list[str]:
    """Tokens: placeholders, identifiers (dots, hyphens and apostrophes inside), arrows, punctuation."""
    return _WORD.findall(text)


_POSSESSIVE = re.compile(r"'s\b")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def norm(phrase: str) -> str:
    """The form phrases are compared in: lower case, no hyphens, underscores as spaces.
    Cached: the field matcher asks for the same few thousand phrases about a million times
    over a held-out run."""
    p = phrase.lower().replace("-", "").replace("_", " ").replace("/", " ")
    return _SPACES.sub(" ", _POSSESSIVE.sub("", p)).strip()


def split_outside_parens(text: str, seps: str) -> list[str]:
    """``text`` split at any character of ``seps`` where it is not inside parentheses."""
    out, depth, cur = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in seps and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out

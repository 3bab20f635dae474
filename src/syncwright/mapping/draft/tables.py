"""Value tables written the short way: 'Software should become 'Technology', Logistics
'Transportation' and Food 'Food & Beverage'' -> one 'V becomes W' per pair, and 'A and B both
become W' -> 'A becomes W, B becomes W'.

Why: people state the verb once and then list pairs; the table reader reads a segment per
pair, each with its verb. Quoted values are placeholders (⟦0⟧) here, so a pair is a source
value word followed directly by a quoted value."""

from __future__ import annotations

import re

_VERB = re.compile(r"\b(?:should become|becomes?|turns? into|maps? to|is mapped to)\s+⟦\d+⟧", re.I)
# ", Logistics ⟦1⟧", " and Food ⟦2⟧": a value word (or two) right before a quoted value
_KEY_WORD = r"(?!(?:becomes?|become|should|turns?|maps?|is|are|gets?|goes)\b)[A-Za-z][\w&/-]*"
_ELIDED = re.compile(rf"(?<=⟧)(?P<sep>,\s+and|,|\s+and)\s+(?P<k>{_KEY_WORD}(?:\s+{_KEY_WORD})?)\s+(?=⟦\d+⟧)")
_BOTH = re.compile(r"\b(?P<a>[A-Za-z][\w-]*) and (?P<b>[A-Za-z][\w-]*) (?:both |each |all )?(?P<v>become|turn into|map to) (?P<w>⟦\d+⟧)", re.I)
_NOT_KEY = re.compile(r"^(?:is|are|be|as|to|with|for|when|if|the|a|an|and|or|then|also|set|use|tag|tags|get|gets)\b", re.I)


# session 18: a table whose first row drops the verb too, right after its head: "The language is
# set from the country: France 'fr', Japan 'ja', ..." (the head names the field and its source)
_HEAD_KEY = r"(?!(?:becomes?|should|would|will|turns?|maps?|is|are|gets?|goes|gives?|means?|to|and|or)\b)[A-Za-z][\w&/-]*"
_HEAD_ROW = re.compile(rf"(?P<h>\b(?:from|on|by|per|based on|depending on)\s[^:⟦;]{{1,60}}:\s+)(?P<k>{_HEAD_KEY}(?:\s+{_HEAD_KEY})?)\s+(?:is\s+|=\s*)?(?=⟦\d+⟧\s*(?:,|\band\b))", re.I)


def elided_values(s: str) -> str:
    """``s`` with each pair of a value table that drops the verb given the verb again."""
    first = _VERB.search(s)
    if first is None and (head := _HEAD_ROW.search(s)) is not None and not _NOT_KEY.match(head.group("k")):
        s = f"{s[: head.end('k')]} becomes {s[head.end():]}"
        first = _VERB.search(s)
    if first is None:
        return s
    s = _BOTH.sub(lambda m: f"{m.group('a')} becomes {m.group('w')}, {m.group('b')} becomes {m.group('w')}", s)
    s = s[: first.start()] + re.sub(r"^should become\b", "becomes", s[first.start() :], flags=re.I)
    start = first.start()

    def repl(m: re.Match[str]) -> str:
        if m.start() < start or _NOT_KEY.match(m.group("k")):
            return m.group(0)
        return f"{m.group('sep')} {m.group('k')} becomes "

    return _ELIDED.sub(repl, s)


_NUM = r"\d+(?:\.\d+)?"
_BAND_TOP = re.compile(rf"^(?P<n>{_NUM}) or (?:more|above|over|higher|greater) (?P<noun>[a-z][\w ]*?) (?:is|are|gets?|becomes?|means?|=) (?P<v>⟦\d+⟧)$", re.I)
_BAND_MID = re.compile(rf"^(?:and )?(?P<a>{_NUM})\s*(?:to|-|\u2013|through|up to)\s*(?P<b>{_NUM})(?: (?P<noun>[a-z][\w ]*?))? (?:is|are|gets?|becomes?|means?|=) (?P<v>⟦\d+⟧)$", re.I)
_BAND_REST = re.compile(r"^(?:and )?(?:anything|everything|anyone|everyone|all|the rest|any) ?(?:smaller|less|lower|fewer|below(?: that)?|else|under(?: that)?)?\b[^⟦]*? (?:is|are|gets?|becomes?|means?|=) (?P<v>⟦\d+⟧)$", re.I)


def bands(s: str) -> str:
    """'200 or more employees is 'Hot', 20 to 199 is 'Warm', anything smaller is 'Cold'' ->
    ''Hot' when employees are 200 or more, 'Warm' when employees are 20 or more, otherwise
    'Cold'': numeric bands from the top down, each read as its lower bound (the bands above
    it were taken first). Bands written from the bottom up are left as they are."""
    segs = re.split(r"(,\s*(?:and\s+)?|;\s*)", s)
    out: list[str] = []
    noun: str | None = None
    floor: float | None = None
    changed = False
    for seg in segs:
        top, mid, rest = _BAND_TOP.match(seg.strip()), _BAND_MID.match(seg.strip()), _BAND_REST.match(seg.strip())
        if top:
            noun, floor = top.group("noun"), float(top.group("n"))
            out.append(f"{top.group('v')} when {noun} are {top.group('n')} or more")
            changed = True
        elif mid and noun is not None and floor is not None and float(mid.group("b")) < floor:
            noun, floor = mid.group("noun") or noun, float(mid.group("a"))
            out.append(f"{mid.group('v')} when {noun} are {mid.group('a')} or more")
        elif rest and changed and floor is not None:
            out.append(f"otherwise {rest.group('v')}")
            floor = None
        else:
            # a band's head ('Rate leads by company size: 200 or more ...') stays before it
            head = re.match(rf"^(?P<h>.*?:\s*)(?P<b>{_NUM} or (?:more|above|over|higher|greater) .+)$", seg)
            if head and _BAND_TOP.match(head.group("b")):
                top = _BAND_TOP.match(head.group("b"))
                assert top is not None
                noun, floor = top.group("noun"), float(top.group("n"))
                out.append(f"{head.group('h')}{top.group('v')} when {noun} are {top.group('n')} or more")
                changed = True
            else:
                out.append(seg)
    if not changed:
        return s
    # 'and anything smaller, or an unknown employee count, is 'Cold'' -> 'otherwise 'Cold''
    return re.sub(r"(?P<lead>,)\s*(?:and\s+)?(?:anything|everything|anyone|everyone|the rest)\s+(?:smaller|less|lower|fewer|below that|under that|else)\b[^⟦;]*?\s(?:is|are|gets?|becomes?)\s+(?P<v>⟦\d+⟧)",
                  r"\g<lead> otherwise \g<v>", "".join(out), flags=re.I)


_CMP_SUBJECT = re.compile(r"\b(?:when|if|where) (?P<x>(?:the |their |its )?[a-z][\w ]*?) (?:is|are) (?=(?:over|above|more than|under|below|less than|at least|at most|greater than)\b)", re.I)


# 'unsubscribed when HasOptedOutOfEmail is true, subscribed when it is false': a truth test on a field
_TRUTH_SUBJECT = re.compile(r"\b(?:when|if|where) (?P<x>[A-Za-z_][\w.]*|(?:the |their |its )?[a-z][\w ]*?) (?:is|are) (?:not )?(?:true|false|checked|unchecked|ticked|unticked|set|yes|no)\b", re.I)
_TRUTH_IT = re.compile(r"\b(?P<w>when|if|where) (?:it|they|that) (?P<v>is|are) (?=(?:not )?(?:true|false|checked|unchecked|ticked|unticked|set|yes|no)\b)", re.I)


def compared_pronoun(s: str) -> str:
    """'... when annual revenue is over 10 million, 'growth' when it is over 1 million' -> the
    second comparison's 'it' is the first one's field; so is the 'it' of a second truth test
    ('unsubscribed when HasOptedOutOfEmail is true, subscribed when it is false')."""
    t = _TRUTH_SUBJECT.search(s)
    if t is not None:
        s = s[: t.end()] + _TRUTH_IT.sub(lambda k: f"{k.group('w')} {t.group('x')} {k.group('v')} ", s[t.end() :])
    m = _CMP_SUBJECT.search(s)
    if m is None:
        return s
    head, tail = s[: m.end()], s[m.end() :]
    tail = re.sub(r"\b(?P<w>when|if|where) (?:it|they|that) (?P<v>is|are) (?=(?:over|above|more than|under|below|less than|at least|at most|greater than)\b)",
                  lambda k: f"{k.group('w')} {m.group('x')} {k.group('v')} ", tail, flags=re.I)
    return head + tail


# a two-column table pasted as pipe rows: 'HubSpot industry | SF Industry', then 'Software | Technology'
_CELL_OTHER = re.compile(r"\b(?:anything else|everything else|all others?|any other\b.*|other values?|otherwise|else|default|the rest|no match)\b", re.I)
_CELL_EMPTY = re.compile(r"^\(?\s*(?:blank|empty|none|nothing|no value|\(blank\)|\(empty\)|-|—)\s*\)?$", re.I)
# header words that name a platform or a column's role, not a field: 'HubSpot | Salesforce',
# 'HubSpot property | SF field' head a table of field pairs, never of values
_PLATFORM_HEADS = frozenset(["hubspot", "hs", "salesforce", "sf", "sfdc", "mailchimp", "mc", "segment", "ga4", "google", "analytics", "crm",
                             "property", "properties", "field", "fields", "column", "columns", "name", "names", "api", "label", "source", "destination",
                             "target", "from", "to", "value", "values", "input", "output", "in", "out", "contact", "contacts", "lead", "leads", "member",
                             "members", "old", "new", "our", "the", "side", "object", "key", "keys", "result"])
_ROLE_HEADS = frozenset(["field", "fields", "destination", "destination field", "target", "target field", "to", "source", "source field", "from", "notes", "note"])


# 'Salesforce field | What to do', 'HubSpot property | Rule': a column of fields or of instructions heads a
# spec table, never a table of values (round 52: its rows were read as values of a field 'What to do')
_SPEC_HEAD = re.compile(
    r"^(?:(?:salesforce|hubspot|mailchimp|segment|ga4|sf|hs|mc|crm|source|target|destination)\s+(?:fields?|property|properties|columns?|names?)(?:\s*\([^()]*\))?"
    r"|what to do|what we do|how|instructions?|rules?|actions?|logic|treatment|handling|transformation|how to fill(?: it)?|how to map(?: it)?)$", re.I)


def _spec_head(cell: str) -> bool:
    return bool(_SPEC_HEAD.match(cell.strip(" :*")))


def _cells(ln: str) -> list[str] | None:
    if "|" not in ln:
        return None
    cells = [c.strip() for c in ln.strip().strip("|").split("|")]
    return cells if len(cells) == 2 and all(cells) else None


def _quoted(cell: str) -> str:
    cell = cell.strip().strip("'\"").strip()
    return f'"{cell}"' if "'" in cell else f"'{cell}'"


# a caption over a value table naming the field read and the field written: 'Value lookup
# (hs_analytics_source -> LeadSource):', 'Mapping for Status (from Rating):' (round 27)
_CAPTION = re.compile(
    r"\(\s*(?P<a>[A-Za-z_][\w.]*)\s*->\s*(?P<b>[A-Za-z_][\w.]*)\s*\)\s*:?\s*$"
    r"|\b(?P<a2>[A-Za-z_][\w.]*)\s*->\s*(?P<b2>[A-Za-z_][\w.]*)\s*\)?\s*:\s*$"
    r"|\bfor\s+(?P<b3>[A-Za-z_][\w.]*)\s*\(?\s*from\s+(?P<a3>[A-Za-z_][\w.]*)\s*\)?\s*:?\s*$",
)


def _caption(before: list[str]) -> tuple[str, str] | None:
    """The (read, written) fields a caption just above a table names, if it names them."""
    prev = next((ln for ln in reversed(before) if ln.strip()), "")
    m = _CAPTION.search(prev.replace("*", ""))
    if m is None or "|" in prev:
        return None
    return (m["a"] or m["a2"] or m["a3"], m["b"] or m["b2"] or m["b3"])


# a line that leads into a value table: it names the fields and ends with its colon
_LEAD_IN = re.compile(r"\b(?:from|by|based on|according to|depends on|depending on|comes from|mapped from|by the)\b[^:|]*:\s*$", re.I)


def _names_caption(head: list[str], caption: tuple[str, str]) -> bool:
    """Does a table's first row name the fields its caption names ('Lifecycle stage | Description'
    under 'Description from the lifecycle stage:'), or columns at all, rather than hold values?"""
    said = set(re.findall(r"[a-z0-9]+", " ".join(caption).lower())) - {"the", "a", "an", "their", "its"}
    cells = [set(re.findall(r"[a-z0-9]+", h.lower())) for h in head]
    return any(c & said or (c and c <= _PLATFORM_HEADS) for c in cells)


def _pairs(rows: list[list[str]]) -> list[str]:
    """A value table's rows in the table reader's words: "'k' -> 'v'", 'otherwise -> ...', 'blank -> ...'."""
    pairs: list[str] = []
    for k, v in rows:
        if _CELL_OTHER.search(k):
            pairs.append(f"otherwise -> {_quoted(v)}")
        elif _CELL_EMPTY.match(k):
            pairs.append(f"blank -> {_quoted(v)}")
        else:
            pairs.append(f"{_quoted(k)} -> {_quoted(v)}")
    return pairs


def pipe_value_table(text: str) -> str:
    """A pasted two-column table whose header names the field read (left) and the field written
    (right), then rows 'value | output', becomes one sentence the table reader knows: 'RIGHT
    from the LEFT: 'k' -> 'v', ..., otherwise -> 'w''. A row whose key is an 'anything else'
    phrase is the otherwise row; a key that is only 'blank' is the empty row. Tables whose
    header names columns by role ('Field | Source') are the spec tables of ``text.py``."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _cells(lines[i]) if i == 0 or "|" not in lines[i - 1] else None  # a table's first row only
        j = i + 1
        rows: list[list[str]] = []
        while head is not None and j < len(lines):
            if set(lines[j].strip()) <= set("|-: ") and lines[j].strip():
                j += 1
                continue
            c = _cells(lines[j])
            if c is None:
                break
            rows.append(c)
            j += 1
        caption = _caption(out) if head is not None else None
        if caption is not None and head is not None and not any(set(re.findall(r"[a-z0-9]+", h.lower())) - _PLATFORM_HEADS for h in head):
            head = list(caption)  # 'Value lookup (hs_analytics_source -> LeadSource):' over 'HubSpot value | Salesforce value'
        elif caption is not None and head is not None and len(head) == 2 and not _names_caption(head, caption):
            rows.insert(0, head)  # 'Description from the stage:' over '| customer | Client |': the first row is a row (round 32: it was lost)
            head = list(caption)
        elif caption is None and head is not None and len(head) == 2 and len(rows) >= 1 and _LEAD_IN.search(out[-1] if out else "") and not _names_caption(head, (out[-1], "")):
            # '... Description from the lifecycle stage:' over value rows with no header: every row a row,
            # said after the lead-in (round 32: the first row became the header, 'Client from the customer')
            out[-1] = out[-1].rstrip() + " " + ", ".join(_pairs([head, *rows]))
            i = j
            continue
        if (head is None or len(rows) < 2 or any(h.lower().strip(" :*") in _ROLE_HEADS or _spec_head(h) for h in head)
                or not any(set(re.findall(r"[a-z0-9]+", h.lower())) - _PLATFORM_HEADS for h in head)
                or 2 * sum(re.sub(r"[\W_]", "", k).lower() == re.sub(r"[\W_]", "", v).lower() for k, v in rows) > len(rows)  # field | field rows (round 34: one 'lead | Lead' row no longer)
                or any(re.search(r"->|<-|=>|=", x) for r in [head, *rows] for x in r)
                or any(re.search(r"\w\.\w", x) for r in rows for x in r)):  # a dotted path heads a column ('traits.channel'), never a value
            out.append(lines[i])
            i += 1
            continue
        out.extend(["", f"{head[1]} from the {head[0]}: " + ", ".join(_pairs(rows)), ""])
        i = j
    return "\n".join(out)


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# a header cell: a column's name, never a value ('| lead | New |' is a row of a value table)
_HEAD_CELL = re.compile(
    r"^(?:salesforce|hubspot|mailchimp|segment|ga4|sf|hs|mc|crm)?\s*(?:fields?|source|target|destination|from|to|notes?|rules?|property|properties|"
    r"column|mapping|transform(?:ation)?s?|comments?|description|default|format|logic|type|api name|label|salesforce|hubspot|mailchimp|segment|ga4)?"
    r"(?:\s*\([^()]*\))?$", re.I)


def separate_pipe_header(text: str) -> str:
    """A pipe table pasted without its '|---|' line (round 32: '| Salesforce | HubSpot | Notes |'
    over '| Email | email | |'): the separator is put back under the first row, so the table is
    read as the Markdown table it is. Only a run of three or more pipe rows with the same number
    of cells and no separator anywhere in it; other text is unchanged."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _PIPE_ROW.match(lines[j]):
            j += 1
        run = lines[i:j]
        heads = [c.strip() for c in run[0].strip().strip("|").split("|")] if run else []
        headed = sum(1 for c in heads if c and _HEAD_CELL.match(c)) >= 2
        if len(run) >= 3 and headed and not any(_PIPE_SEPARATOR.match(r) for r in run) and len({r.strip().count("|") for r in run}) == 1:
            cells = run[0].strip().count("|") - 1
            out += [run[0], "|" + "---|" * cells, *run[1:]]
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)

"""Canonical wording: the many ways people phrase one intent rewritten to the one form the
grammar reads, from a data table (data/canon.yaml), before a sentence is split into clauses.

Why a table: new wording should be a new row of data (a synonym, a sentence shape), not a new
branch in the grammar. Quoted values are already placeholders (⟦0⟧) when this runs, so a
rewrite never touches what the person quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

import yaml

from syncwright.mapping.draft.case_lists import case_lists
from syncwright.mapping.draft.derived_rows import derived_rows
from syncwright.mapping.draft.if_rows import if_rows
from syncwright.mapping.draft.is_rows import is_rows
from syncwright.mapping.draft.param_items import param_items
from syncwright.mapping.draft.required_words import UNFOLDED, Key, key_of, required_words
from syncwright.mapping.draft.respective import respective
from syncwright.mapping.draft.slashes import slash_lists
from syncwright.mapping.draft.tables import bands, compared_pronoun, elided_values
from syncwright.mapping.draft.tag_table import tag_rows
from syncwright.mapping.draft.workflow import any_of

Replacement = str | Callable[[re.Match[str]], str]
_GROUP_REF = re.compile(r"\\g<([^>]+)>")


def expander(rx: re.Pattern[str], template: str) -> Replacement:
    """``template`` ('\\g<f> is \\g<v>') as a function of the match, parsed once. re keeps
    only the last 512 templates it parsed and this table has more, so every sub parsed its
    template again: a third of the drafter's time. A template with any escape other than
    ``\\g<name>`` is left to re; a reference to a group the pattern lacks fails here, at load."""
    if "\\" not in template:
        return template
    parts = _GROUP_REF.split(template)  # literal, ref, literal, ref, ..., literal
    literals = parts[::2]
    if any("\\" in lit for lit in literals):
        return template
    refs: list[int | str] = [int(r) if r.isdigit() else r for r in parts[1::2]]
    for ref in refs:
        if (ref not in rx.groupindex) if isinstance(ref, str) else not 0 <= ref <= rx.groups:
            raise ValueError(f"canon row {rx.pattern!r}: no group {ref!r} for {template!r}")
    first, rest = literals[0], list(zip(refs, literals[1:], strict=True))

    def expand(m: re.Match[str]) -> str:
        return first + "".join((m.group(ref) or "") + lit for ref, lit in rest)

    return expand


Rewrite = tuple[re.Pattern[str], Replacement, Key]


@lru_cache(maxsize=1)
def rewrites() -> tuple[Rewrite, ...]:
    """(pattern, replacement, the test a sentence must pass to be worth the row) per row, in
    the table's order."""
    data = resources.files("syncwright.mapping.draft").joinpath("data")
    raw = yaml.safe_load(data.joinpath("canon.yaml").read_text(encoding="utf-8"))
    # plain.yaml: the plain sentence shapes (respective lists, 'prefer A, B only when A is
    # blank', value lists...), read right after contractions and typos so the rest of the
    # table sees their canonical form
    plain = yaml.safe_load(data.joinpath("plain.yaml").read_text(encoding="utf-8"))
    rows: list[tuple[str, str]] = []
    for name, group in raw.items():
        rows.extend((p, r) for p, r in group or [])  # a group with no rows yet is empty
        if name == "typos":
            rows.extend((p, r) for g in plain.values() for p, r in g)
    compiled = [re.compile(p, re.I) for p, _ in rows]
    return tuple((rx, expander(rx, r), key_of(required_words(p))) for rx, (p, r) in zip(compiled, rows, strict=True))


def apply_rows(sentence: str, filtered: bool = True) -> list[tuple[int, str, str]]:
    """Every row in order over ``sentence``: (row index, pattern, text after it) for each row
    that changed it. A row whose key the current text fails is not run (see required_words;
    ``filtered=False`` runs them all, for the test and the bench that compare the two); a text
    holding a character re folds to an ASCII letter runs every row."""
    s, out = sentence, []
    low, run_all = s.lower(), not filtered or not UNFOLDED.isdisjoint(s)
    for k, (rx, repl, key) in enumerate(rewrites()):
        # the hot loop: the key's test inlined (a call per row would cost what it saves)
        if key is not None and not run_all:
            if key.__class__ is str:
                if key not in low:
                    continue
            elif key.search(low) is None:  # type: ignore[union-attr]
                continue
        t = rx.sub(repl, s)
        if t != s:
            out.append((k, rx.pattern, t))
            s, low, run_all = t, t.lower(), not filtered or not UNFOLDED.isdisjoint(t)
    return out


def _before_rows(sentence: str) -> str:
    return any_of(tag_rows(slash_lists(shared_scale(number_words(indian_scale(param_items(sentence)))))))


def rows_changing(sentence: str) -> list[tuple[int, str, str]]:
    """(row index, pattern, text after it) for each table row that rewrites ``sentence``, in
    order: what `bench/heldout_kit.py canon --rows` prints when a row misreads a sentence."""
    return apply_rows(_before_rows(sentence))


def canonical(sentence: str) -> str:
    """``sentence`` (placeholders in) in canonical wording; spacing tidied after the rewrites."""
    s = _before_rows(sentence)
    changes = apply_rows(s)
    s = changes[-1][2] if changes else s
    s = if_rows(is_rows(derived_rows(case_lists(s))))
    s = split_own_targets(split_run_on(respective(bands(compared_pronoun(elided_values(s))))))
    s = re.sub(r"\s{2,}", " ", s)
    s = re.sub(r"\s+([,;:.])", r"\1", s)
    s = re.sub(r"\.:\s*(?=;|$)", "", s)  # a list item's 'X.:' head left with no rows once a remark row emptied them
    return s.strip(" ,")


_UNITS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUM_WORD = "|".join([*_UNITS, *_TENS, *_SCALES, "a", "an", "half", "and"])
_NUM_RUN = re.compile(rf"\b(?:{_NUM_WORD})(?:[\s-]+(?:{_NUM_WORD}))*\b", re.I)
# where a written number is a quantity to compare with, not 'one event' or 'a space'
_COMPARE = re.compile(r"(?:more|fewer|less|greater|bigger|larger|smaller|higher|lower) than|over|above|under|below|at least|at most|"
                      r"exceed(?:s|ing)?|reach(?:es)?|beyond|up to|minimum|maximum", re.I)


def _words_value(tokens: list[str]) -> int | float | None:
    total, cur, seen = 0.0, 0.0, False
    for t in tokens:
        if t in _UNITS:
            cur += _UNITS[t]
        elif t in _TENS:
            cur += _TENS[t]
        elif t in ("a", "an"):
            cur = cur or 1  # 'a million' is one million; 'half a million' stays a half
        elif t == "half":
            cur += 0.5
        elif t == "hundred":
            cur = (cur or 1) * 100
        elif t in _SCALES:
            total += (cur or 1) * _SCALES[t]
            cur = 0
        elif t != "and":
            return None
        seen = seen or t not in ("a", "an", "and", "half")
    if not seen:
        return None
    v = total + cur
    return int(v) if v.is_integer() else v


_SHARED_SCALE = re.compile(
    r"\b(?P<w>between|from)\s+(?P<cur>[$€£]?)(?P<a>\d[\d.,]*)\s*(?P<j>and|to|-|\u2013)\s*(?P=cur)?(?P<b>\d[\d.,]*)\s*(?P<s>k|m|mn|million|thousand|bn|billion)\b",
    re.I,
)


def shared_scale(text: str) -> str:
    """'between 1 and 5 million' -> 'between 1 million and 5 million': a scale word written
    once after a range belongs to both of its bounds."""
    return _SHARED_SCALE.sub(lambda m: f"{m.group('w')} {m.group('cur')}{m.group('a')} {m.group('s')} {m.group('j')} {m.group('cur')}{m.group('b')} {m.group('s')}", text)


# Indian English's scale words (round 45): a lakh is 100,000, a crore 10,000,000; often said with
# the same number in digits after them ('more than 1 crore (10,000,000)'), which says nothing more
_INDIAN_SCALE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?P<s>lakhs?|lacs?|lakh|crores?|cr)\b(?:\s*\((?P<p>[\d,.]+)\))?", re.I)


def indian_scale(text: str) -> str:
    """'1 crore' -> '10000000', '10 lakh (1,000,000)' -> '1000000'."""
    def repl(m: re.Match[str]) -> str:
        scale = 10_000_000 if m.group("s").lower().startswith("cr") else 100_000
        v = float(m.group("n")) * scale
        value = str(int(v)) if v.is_integer() else str(v)
        p = m.group("p")
        same = p is not None and re.sub(r"[,.](?=\d{3}\b)", "", p).replace(",", "") == value
        return value if same or p is None else f"{value} ({p})"
    return _INDIAN_SCALE.sub(repl, text)


def number_words(text: str) -> str:
    """'over ten million' -> 'over 10000000', 'more than twenty employees' -> 'more than 20
    employees': numbers written as words after a comparison, or with a scale word (million),
    become digits; 'one event', 'a space' stay words."""
    def repl(m: re.Match[str]) -> str:
        raw = m.group(0)
        tokens = [t for t in re.split(r"[\s-]+", raw.lower()) if t]
        while tokens and tokens[-1] in ("and", "a", "an"):
            tokens.pop()
        lead = ""
        while tokens and tokens[0] == "and":
            tokens.pop(0)
            lead = "and "
        if not tokens:
            return raw
        scaled = any(t in _SCALES for t in tokens)
        before = text[: m.start()].rstrip()
        if tokens[0] in _SCALES and re.search(r"\d$", before):
            return raw  # '3 million' is read by the grammar's number parser as it is
        compared = bool(re.search(rf"(?:{_COMPARE.pattern})$", before, re.I))
        value = _words_value(tokens)
        if value is None or not (scaled or (compared and tokens not in (["a"], ["an"], ["one"]))):
            return raw
        tail = raw[len(raw.rstrip()):] if raw != raw.rstrip() else ""
        trailing = re.search(r"(?:[\s-]+(?:and|an?))+$", raw, re.I)
        return lead + str(value) + (trailing.group(0) if trailing else "") + tail
    return _NUM_RUN.sub(repl, text)


_CLAUSE_VERB = re.compile(
    r"\b(?:to go|goes|go|going|gets?|should|must|will be|to be|taken|copied|carried|set to|becomes?|comes?|=|->|<-|mirrors?|"
    r"use|send|map|copy|put|write|fill|tag(?:ged)?|fall(?:ing)? back|is always|are always|into)\b|=|->|<-", re.I)
_NEW_CLAUSE = re.compile(
    r"^(?:also |then |plus )*(?:(?:if|when|for|set|use|send|map|copy|put|take|tag|make|mark|add|include|write|fill|link|tie|attach|associate|connect|relate)\b"
    r"|(?:the |their |its |a |an )?[\w.'/-]+(?: [\w.'/-]+){0,4}? (?:to go|goes|go|going|should|must|will be|to be|to come|taken|copied|carried|set to|becomes?|comes?|mirrors?|is always|are always)\b"
    r"|(?:[\w.'/-]+ ){1,8}(?:also )?gets? (?:an?|the|another) (?:second |third |extra |additional |further )?(?:⟦\d+⟧ )?tag\b"
    r"|[\w.]+ ?(?:=|->|<-))", re.I)


# an item of a list that names its own destination: 'first name into FNAME', 'Title -> jobtitle'
_OWN_TARGET = re.compile(r"\b(?:into|as)\s+(?:the\s+)?[\w.]+(?:\s+(?:merge\s+)?field)?\s*$", re.I)
_LIST_SEP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def split_own_targets(s: str) -> str:
    """'send the email address, first name into FNAME and last name into LNAME' -> one clause
    per item: when two or more items of a list name their own destination, the list is not
    one list of sources paired with one list of destinations."""
    out: list[str] = []
    for part in s.split(";"):
        items = _LIST_SEP.split(part)
        own = [bool(_OWN_TARGET.search(i)) for i in items]
        if sum(own) >= 2 and "(" not in part and "⟦" not in part and not re.search(r"\b(?:if|when|unless|whose|where|only|skip)\b", part, re.I):
            out.extend(i.strip() for i in items if i.strip())
        else:
            out.append(part)
    return ";".join(out) if len(out) == len(s.split(";")) else "; ".join(x.strip() for x in out)


_OPENS_CONDITION = re.compile(r"^(?:also |then |and )*(?:if|when|whenever|where|unless|for|only|just|skip|except|in case|should|as long as|provided)\b", re.I)
_OWN_VERB = re.compile(r"\b(?:goes|go|comes?|copy|copies|copied|should be|must be|is always|are always|maps? to|carr(?:y|ies|ied) over|mirrors?)\b", re.I)


def _comma_joins_clauses(left: str, right: str) -> bool:
    """Both sides of a comma are whole clauses with their own verb, and neither opens with a
    condition or sits inside brackets."""
    if left.count("(") != left.count(")") or _OPENS_CONDITION.match(left.strip()) or _OPENS_CONDITION.match(right):
        return False
    if "(" in right or ":" in left:
        return False  # 'D from S: A goes to x, B goes to y' are rows of one table
    if not _OWN_VERB.search(re.split(r",", left)[-1]):
        return False
    return bool(_FIELD_IS.match(right)) or (bool(_NEW_CLAUSE.match(right)) and bool(_OWN_VERB.search(right)) and bool(_CLAUSE_VERB.search(right)))


# 'the email copies over, jobtitle is the lead's Title or ...': one field named, then what it is
_FIELD_IS = re.compile(r"^(?!(?:it|this|that|there|which|what|who|he|she|they|one)\b)(?:[a-z][a-z0-9]*_[\w.]+|[a-z]+|(?-i:[A-Z][a-z]+[A-Z]\w*)) is (?:the|their|its|his|her) ", re.I)


def split_run_on(s: str) -> str:
    """'the email to go to Email and the company to go into Company and if there isn't a
    company then ...' -> three clauses: a run-on joins whole clauses with 'and' / 'then', and
    each side says what goes where. A list ('email and company go across') has no verb on
    the left and stays one clause; so does a condition ('stage is x and country is y')."""
    out: list[str] = []
    for part in re.split(r"(;)", s):
        if part == ";":
            out.append(part)
            continue
        pieces = re.split(r"(,?\s+(?:and|then|and then|and also)\s+|,\s+then\s+|,\s+(?!and\b|then\b))", part)
        cur = pieces[0]
        for k in range(1, len(pieces), 2):
            sep, right = pieces[k], pieces[k + 1]
            r = right.strip()
            if sep.strip() == ",":
                # 'email and city copy over, country comes from Country but ..., and ...': a
                # comma joins whole clauses only when both sides say what goes where (never
                # after a condition, which the clause after the comma completes)
                if _comma_joins_clauses(cur, r):
                    out.extend([cur, ";"])
                    cur = r
                else:
                    cur += sep + right
                continue
            # the left side's last item must say what goes where: 'A becomes x, B and C become y' is a list
            left = cur.count("(") == cur.count(")") and _CLAUSE_VERB.search(re.split(r"[,:]", cur)[-1]) is not None
            # 'and tie each lead to its account by ...': a link to an account is a clause of its own
            linked = re.match(r"^(?:also |then )*(?:link|tie|attach|associate|connect|relate)\b.*\baccounts?\b", r, re.I) is not None
            # '..., and a department trait is their department': a field named with its kind starts a clause
            linked = linked or (left and re.match(r"^(?:also )?(?:an?|the) [\w.]+ (?:trait|param(?:eter)?|property|merge field) (?:is|=|should be|holds|from)\b", r, re.I) is not None)
            if linked or (left and (
                (_NEW_CLAUSE.match(r) and _CLAUSE_VERB.search(r) is not None) or re.match(r"^(?:also |then )*(?:if|when|send|map|copy|set)\b", r, re.I)
            )):
                out.append(cur)
                out.append(";")
                cur = re.sub(r"^(?:also |then |plus )+", "", r, flags=re.I)
            else:
                cur += sep + right
        out.append(cur)
    return " ".join(x.strip() if x != ";" else ";" for x in out).replace(" ;", ";")

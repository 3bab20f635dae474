"""Slot filling for one intent, the conditional value ("X is 'A' when ..., 'B' otherwise").

Why: the clause grammar reads a value table only in the word orders it has patterns for;
people write the same intent as "Customers go in as 'subscribed', every other stage as
'pending'", "'Hot' for big accounts; everybody else is 'Cold'", "When Status is X the stage
is customer; Y makes it ...". Here the sentence is cut into segments that each carry one
value; the slots are filled independently of word order: the destination field (a field
the sentence names whose type or picklist fits every value, else the field whose picklist
holds them), the value of each segment, and its condition (the rest of the segment, read
by the grammar's condition reader) or 'otherwise'. Any segment that does not fit leaves
the sentence to the clause grammar, which asks rather than guesses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from syncwright.mapping.draft.fields import FieldDesc
from syncwright.mapping.draft.ir import Cmp, Cond, Const, Src, Value, value_sources
from syncwright.mapping.draft.phrases import CASE_NAME, EMPTY_WORDS
from syncwright.mapping.draft.text import PLACEHOLDER, Clause, split_outside_parens

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_CUE = re.compile(r"\b(?:when|whenever|if|for|whose|who|where|with|otherwise|else|rest|other|others|makes?)\b", re.I)
_NUM_CUE = re.compile(r"\b(?:or more|or less|or above|or below|below|above|over|under|at least|at most|more than|less than|greater than)\b", re.I)
_NOT_CASES = re.compile(
    # ('Do Not Call = true if ...' names a field: 'do not' then one word and '=' / 'is' / 'should' opens no skip)
    r"^\s*(?:only|just|skip|ignore|exclude|drop|leave out|don't|do not(?!\s+\w+\s*(?:=|:|\bis\b|\bshould\b|\bmust\b))|never)\b"
    r"|\b(?:tag(?:s|ged)?|in front of|followed by|prefix|joined|combined?)\b|->",
    re.I,
)
_OTHER = re.compile(
    r"^(?:and\s+|but\s+)?(?:otherwise|else|if not|in (?:all |any |every |each )?other cases?|by default"
    r"|(?:for\s+)?(?:all|any|every|each)\s+others?(?:\s+\w+)?|(?:for\s+)?the\s+other\s+\w+|(?:for\s+)?(?:the\s+)?(?:rest|others)(?:\s+of\s+them)?"
    r"|(?:for\s+)?(?:everyone|everybody|anyone|anything|everything|anywhere|everywhere)\s+else|(?:anything|everything|anyone|everyone)\s+(?:lower|less|smaller|below|under)(?!\s+(?:than\s+)?[\d$€£])|(?:for\s+)?(?:any\s+other\s+place|everywhere)|(?:for\s+)?anything\s+else)\b",
    re.I,
)
_OTHER_TAIL = re.compile(
    r"\s+(?:otherwise|for (?:everyone|everybody|anything|everything) else|for (?:all|any|every|the) other(?: \w+)?|for the rest|for (?:all )?(?:the )?others|in (?:all |any |every |each )?other cases?|else)$",
    re.I,
)
_BARE_OTHER = re.compile(
    r"(?:otherwise|else|in (?:all |any |every |each )?other cases?|for (?:everyone|everybody|anyone|anything) else|for the rest|for (?:all )?(?:the )?others)",
    re.I,
)
_BELOW_THAT = re.compile(r"\b(?:below|under|less than|lower than|beneath)\s+(?:that|this|it)\b", re.I)
_ABOVE_THAT = re.compile(r"\b(?:above|over|more than|higher than|greater than)\s+(?:that|this|it)\b", re.I)
_VERB_TAIL = re.compile(
    r"\s*(?:,\s*)?(?:\b(?:is|are|was|should be|must be|will be|becomes?|get|gets|go(?:es)? in as|(?:is|are) (?:added|created|sent|set|stored|marked|written)(?: in)? as"
    r"|added as|set to|makes? (?:it|them)|maps? to|turns? into|means|gives|go(?:es)? to|as|be|to)\b|->|=|:)\s*$",
    re.I,
)
_SUBJECT = re.compile(
    r"^(?:for\s+|when\s+|if\s+|whenever\s+|where\s+)?(?:all\s+|any\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:contacts?|leads?|members?|people|persons?|records?|subscribers?|users?|those|ones|anyone|everyone|accounts?)(?:'s?)?"
    r"(?:\s+(?:who|whose|that|with|from|in|which|where|located in|based in))?\s+",
    re.I,
)
_LEAD = re.compile(r"^(?:and|but|while|whereas|so|then|also)\s+", re.I)
_BOOL_WORDS = {"true": True, "false": False, "checked": True, "unchecked": False, "yes": True, "no": False}


# a bare picklist key written in capitals (PAID_SEARCH, ORGANIC_SEARCH), maybe after a 'Field:' head
_KEY_ONLY = re.compile(r"(?:[^:⟦()]+:\s*)?[A-Z][A-Z0-9_]+")


def _segments(text: str) -> list[str]:
    """Split at ; and , (outside parentheses), before 'otherwise'/'else', and at 'and'/'but'
    /'while' when what follows carries a value of its own."""
    segs: list[str] = []
    for piece in split_outside_parens(text, ";,"):
        for p in re.split(r"\s+(?=otherwise\b)|(?<!body)(?<!one)(?<!thing)(?<!\bor)\s+(?=else\b)", piece, flags=re.I):
            # the value must come before the next 'and': 'for Germany and Austria and 'en' ...'
            # splits once, before the second 'and'
            parts = re.split(r"\s+(?P<j>and|but|while|whereas)\s+(?=(?:(?!\s(?:and|but|while|whereas)\s)[^()])*(?:⟦\d+⟧|\b(?:true|false)\b))", p, flags=re.I)
            # 'PAID_SEARCH and PAID_SOCIAL are 'Advertisement'': a part with no value of its own
            # is a key of the part after it, never a segment (it would be read as a header)
            pieces = [parts[0]]
            for j, nxt in zip(parts[1::2], parts[2::2], strict=True):
                if j.lower() == "and" and _KEY_ONLY.fullmatch(pieces[-1].strip()):
                    pieces[-1] = f"{pieces[-1]} and {nxt}"
                else:
                    pieces.append(nxt)
            segs.extend(pieces)
    merged: list[str] = []
    for s in (s.strip(" .:") for s in segs):
        if s and merged and _BARE_OTHER.fullmatch(re.sub(r"\s*\([^()]*\)", "", s)):
            merged[-1] += " " + s  # 'and to "false" otherwise' cut before its 'otherwise'
        elif s:
            merged.append(s)
    return merged


class CaseSlots:
    """The conditional-value intent of one sentence, read by filling slots."""

    def __init__(self, g: Grammar) -> None:
        self.g = g
        self._named: str | None = None

    def try_sentence(self, text: str) -> bool:
        t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
        # a parenthesis restates ('(empty revenue -> false)'); its arrow is no mapping line
        if not (_CUE.search(t) or _NUM_CUE.search(t)) or _NOT_CASES.search(re.sub(r"\([^()]*\)", " ", t)):
            return False
        segs = _segments(t)
        if len(segs) < 2:
            return False
        if re.match(r"^(?:if|when|whenever)\b[^,;]+,\s*(?:then\s+)?(?:the\s+)?[A-Za-z_][\w.]*\s+(?:is|are|=|becomes?)\s+(?:⟦\d+⟧|true|false|[\w-]+)\s*$", t, re.I):
            return False  # 'If X is 'true', D is true': one condition and one value, the clause grammar's (round 21)
        targets = self._targets(t)
        # 'If C, set D to V; otherwise W': the field after 'set' is the one the rows write
        said = re.match(r"^(?:if|when|whenever)\b[^,;]*?,?\s+(?:then\s+)?(?:set|make|mark|put)\s+(?:the\s+)?(?P<d>[\w.]+(?:\s[\w.]+){0,4}?)\s+(?:to|as|=)\s", t, re.I)
        if said and (sd := self.g.resolve(said.group("d"), "dst")) is not None:
            targets = [(f, p) for f, p in targets if f.path == sd.best.path]
        for target, phrase in targets:
            got = self._read(segs, target, phrase)
            if got is None:
                continue
            branches, _header, rest = got
            g = self.g
            g._make_cases(target, branches, None, f"conditions for {target.path} (slots: field, values, conditions)")
            for seg in rest:
                g._clause(seg, Clause(seg, g.sentence, g.literals))
            return True
        return False

    # ---- slot: the destination field ------------------------------------------------------

    def _targets(self, text: str) -> list[tuple[FieldDesc, str | None]]:
        g = self.g
        out: list[tuple[FieldDesc, str | None]] = []
        ms = g.mentions(text, "dst")
        ms.sort(key=lambda m: (not m.exact_case, m.start))
        for m in ms:
            if all(m.best.path != f.path for f, _ in out):
                out.append((m.best, m.text))
        for tok in PLACEHOLDER.findall(text):
            f = g._target_by_value(f"⟦{tok}⟧")
            if f is not None and all(f.path != x.path for x, _ in out):
                out.append((f, None))
        # unquoted picklist values ('are unsubscribed, everybody else subscribed'): the one
        # destination field whose picklist holds two or more of the words
        bare = PLACEHOLDER.sub(" ", re.sub(r"\([^()]*\)", " ", text))
        ws = {w.lower() for w in re.findall(r"[\w-]+", bare)}
        hits = [f for f in g.dst_obj.fields if f.values and len({v.lower() for v in f.values} & ws) >= 2]
        if len(hits) == 1 and all(hits[0].path != x.path for x, _ in out):
            out.append((hits[0], None))
        return out

    # ---- slots: value and condition of each segment ----------------------------------------

    def _value(self, seg: str, target: FieldDesc) -> tuple[Any, str] | None:
        """The segment's value (fitting ``target``) and the segment without it."""
        g = self.g
        outside = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), seg)
        toks = [m for m in PLACEHOLDER.finditer(outside)]
        fits: list[tuple[Any, int, int]] = []
        if target.type == "boolean" and toks:
            # bare true/false and quoted "true" both read as a value: the one before the
            # condition is it ('true if X equals "true"', '"true" when X is checked')
            cue = re.search(r"\b(?:if|when|whenever|where|whose|unless)\b", outside, re.I)
            cut = cue.start() if cue else len(outside)
            words = [(_BOOL_WORDS[m.group(1).lower()], m.start(), m.end()) for m in re.finditer(r"\b(true|false|checked|unchecked)\b", outside[:cut], re.I)]
            if len(words) == 1 and not any(m.start() < cut for m in toks):
                toks, fits = [], words
            # '"false" or an empty value means false': the bare word after the verb is the value
            tail = re.search(r"\b(?:means?|is|are|=|becomes?|gives?|counts? as)\s+(true|false)\s*$", outside, re.I)
            if tail and toks and not fits and not cue:
                toks, fits = [], [(_BOOL_WORDS[tail.group(1).lower()], tail.start(1), tail.end(1))]
        for m in toks:
            c = g._const(m.group(0), target)
            if c is not None and self._fits(c.value, target):
                fits.append((c.value, m.start(), m.end()))
        if not toks and not fits:
            words_re = r"\b(true|false|checked|unchecked)\b" if target.type == "boolean" else None
            if words_re:
                for m in re.finditer(words_re, outside, re.I):
                    fits.append((_BOOL_WORDS[m.group(1).lower()], m.start(), m.end()))
            elif target.values:
                # the value at the end ('... are subscribed') or first ('unsubscribed if ...'):
                # whichever is a word of the picklist ('... if X is true' ends in no value)
                for vm in (re.search(r"(?:\b(?:is|are|becomes?|become|makes? (?:it|them)|as|be|=|->|to|get|gets|else|otherwise|others?|rest)\s+)(?P<v>[\w-]+?)s?(?:\s+(?:contacts?|leads?|members?|ones))?\s*$", outside, re.I),
                           re.match(r"^(?P<v>[\w-]+?)s?\s+(?=(?:for|if|when|whenever)\b)", outside, re.I)):
                    hit = [v for v in target.values if vm and v.lower() == vm.group("v").lower()]
                    if vm and hit:
                        fits.append((hit[0], vm.start("v"), vm.end()))
                        break
        if len(fits) != 1:
            return None
        v, a, b = fits[0]
        return v, (seg[:a] + " " + seg[b:]).strip()

    @staticmethod
    def _fits(v: Any, target: FieldDesc) -> bool:
        if target.type == "boolean":
            return isinstance(v, bool) or v in ("true", "false")  # quoted: the platform's text form
        if target.type in ("number", "integer"):
            return isinstance(v, (int, float)) and not isinstance(v, bool)
        if target.values:
            return isinstance(v, str) and v in target.values
        return isinstance(v, str)

    def _read(self, segs: list[str], target: FieldDesc, phrase: str | None) -> tuple[list[tuple[Cond | None, Value]], list[str], list[str]] | None:
        branches: list[tuple[Cond | None, Value]] = []
        header: list[str] = []
        rest: list[str] = []
        default_field: str | None = None
        self._named = self.g._same_named_source(target)
        hm = re.match(r"^(?P<h>[^:⟦()]+?)\s*:\s*(?P<b>.+)$", segs[0]) if segs else None
        if hm and not _drop(hm.group("h"), phrase).strip(" :-"):
            segs = [hm.group("h"), hm.group("b"), *segs[1:]]  # 'Industry: Software becomes ...'
        for seg in segs:
            seg = _LEAD.sub("", seg.strip())
            got = self._value(seg, target)
            if got is None:
                if branches:
                    if PLACEHOLDER.search(seg) or _CUE.search(seg):
                        return None
                    rest.append(seg)
                    continue
                if PLACEHOLDER.search(seg) or self._own_field(seg, target):
                    rest.append(seg)  # another intent before the branches ('Language is 'en' for everyone, and ...')
                    continue
                header.append(seg)
                default_field = default_field or self._header_source(seg, phrase, target)
                continue
            if rest and branches:
                return None
            v, ct = got
            cond = self._cond(ct, phrase, default_field, branches)
            if cond is False:
                return None
            if isinstance(cond, Cmp):
                default_field = cond.field
            branches.append((cond if cond is not True else None, Const(v)))
        conds = [c for c, _ in branches if c is not None]
        if len(branches) < 2 or sum(c is None for c, _ in branches) > 1:
            return None
        if target.type != "boolean" and not any(not (isinstance(c, Cmp) and c.op in ("empty", "not_empty")) for c in conds):
            return None  # 'X, or V when X is empty' is a default, read by the clause grammar (a true/false field is no copy's default)
        return branches, header, rest

    def _own_field(self, seg: str, target: FieldDesc) -> bool:
        """'lifecyclestage is customer for VIP members ...' before another field's branches: a
        clause of its own (it names its own destination, exactly as written), not a header."""
        return bool(re.match(r"^[A-Za-z_][\w.]*\s+(?:is|are|=|becomes?|gets?)\s", seg)) and any(
            m.exact_case and m.start == 0 and m.best.path != target.path for m in self.g.mentions(seg, "dst"))

    def _header_source(self, seg: str, phrase: str | None, target: FieldDesc) -> str | None:
        h = _drop(seg, phrase)
        if not h.strip(" :-"):
            # a header naming only the destination ('Industry: Software becomes ...') reads
            # the source field of the same name, as a value table's header does
            return self.g._same_named_source(target)
        m = self.g.resolve(h, "src")
        return m.best.path if m and m.best.values else None

    def _cond(self, ct: str, phrase: str | None, default_field: str | None, branches: list[tuple[Cond | None, Value]]) -> Cond | bool:
        """The segment's condition; True for 'otherwise'; False when it cannot be read."""
        g = self.g
        ct = re.sub(r"\(\s*\)", " ", _drop(ct, phrase))
        if re.search(r"\b(?:always|every(?:one|body)?|all)\b(?!\s+(?:else|others?|the rest)\b)", ct, re.I) and not _OTHER.match(ct.strip()):
            return False
        for m in g.mentions(ct, "dst"):
            if m.exact_case and g.src_obj.get(m.best.path) is None and not g.resolve(m.text, "src"):
                return False  # another destination field: a second intent in this segment
        ct = re.sub(r"\s+", " ", ct).strip(" ,.:")
        ct = re.sub(r"^(?:the\s+)?(?:value|text|string)\b\s*", "", ct, flags=re.I)
        for _ in range(3):
            ct = _VERB_TAIL.sub("", ct).strip(" ,")
            ct = re.sub(r"(?<!\band)(?<!\bor),?\s+(?:then\s+)?(?:the\s+|their\s+|its\s+)?(?:member|contact|lead|person|record|user|subscriber|they|it|he|she)s?$", "", ct, flags=re.I)
            ct = re.sub(r"(?<!\band)(?<!\bor)\s+(?:leads?|contacts?|members?|ones)$", "", ct, flags=re.I)
        if not ct or _OTHER.match(ct) or (_OTHER_TAIL.search(" " + ct) and not re.search(r"\b(?:when|if|whose|where)\b", ct, re.I)):
            return True
        prev = next((c for c, _ in reversed(branches) if isinstance(c, Cmp) and c.op in ("ge", "gt", "le", "lt")), None)
        if prev is not None and _BELOW_THAT.search(ct) and re.search(r"\b(?:or|and)\s+(?:unknown|blank|empty|missing|none|not known)\b", ct, re.I):
            return True  # 'anything below that or unknown': everything the bands above do not take
        if prev is not None and (_BELOW_THAT.search(ct) or _ABOVE_THAT.search(ct)):
            below = bool(_BELOW_THAT.search(ct))
            op = {"ge": "lt", "gt": "le", "le": "gt", "lt": "ge"}[prev.op] if (below == (prev.op in ("ge", "gt"))) else prev.op
            return Cmp(prev.field, op, prev.value)  # type: ignore[arg-type]
        ct = re.sub(r"^.*?\b(?:goes to|go to|is given to|are given to|applies to|is for|are for|is meant for)\s+", "", ct, flags=re.I)
        # the verb before the condition once the value is cut out ('is set to _ when ...')
        ct = re.sub(r"^(?:(?:is|are|gets?|should be|must be|will be|be)\s+)?(?:(?:set|written|stored|marked|filled|changed|made|added|sent)\s+)?(?:to|as|with)?\s*(?:(?:the\s+)?(?:text|string|value)\s+)?(?=(?:only\s+)?(?:for|when|if|whenever|where|in case)\b)", "", ct, flags=re.I)
        ct = re.sub(r"^(?:(?:is|are|should be|must be|will be|=)\s+)?(?:only\s+)?(?:for|when|if|whenever|where|in case)\s+", "", ct, flags=re.I)
        bare = _SUBJECT.sub("", ct)
        tries = [ct, bare, re.sub(r"^(?:a|an|the)\s+\w+'s\s+", "", ct, flags=re.I)]
        if not branches and (head := re.match(r"^[^:⟦]+:\s+(?P<c>.+)$", ct)) is not None and any(
                m.start == 0 and re.match(rf"{re.escape(m.text)}\s+(?:is\s+)?(?:above|over|below|under|more than|less than|at least|at most|greater than|lower than)\b", head["c"], re.I)
                for m in g.mentions(head["c"], "src")):
            tries.insert(0, head["c"])  # 'each lead by company size: annual revenue above 10 million': the row names its field (round 23)
        tries.append(re.sub(r"(?<=[A-Za-z]{2})s$", "", re.sub(r"^(?:are|is)\s+(?:an?\s+)?", "", bare, flags=re.I)))
        tries.append(re.sub(r"^(?:the|a|an)\s+", "", bare, flags=re.I))
        for t_ in dict.fromkeys(x for x in tries if x.strip()):
            c = self._or_more(t_, default_field) or g.condition(t_, default_field)
            if c is not None:
                return c
        _pl = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"
        # 'Germany and Austria', 'France, Spain or Italy': one branch for each of the places
        place = re.match(rf"^(?:(?:contacts?|leads?|members?|people|those)\s+)?(?:in|from|located in|based in)?\s*(?:the\s+)?(?P<v>{_pl}(?:(?:,\s*|,?\s+(?:and|or)\s+){_pl})*)$", ct)
        if place:
            # a bare capitalised value is a place only when no source field is named like the target
            df = g.src_obj.get(default_field or self._named or "") if (default_field or self._named) else None
            f = df.path if df is not None and not df.values else None
            country = g.resolve("country", "src")
            fp = f or (country.best.path if country else None)
            vs = [v.strip() for v in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", place.group("v")) if v.strip()]
            # words of a source picklist ('Warm and Cold') are its values, not places
            pick = next((x for x in g.src_obj.fields if x.values and {v.lower() for v in vs} <= {w.lower() for w in x.values}), None)
            fp = pick.path if pick is not None and len(vs) > 1 else fp
            if pick is None and not f and any(w.lower().startswith(v.lower() + " ") for v in vs for x in g.src_obj.fields for w in x.values):
                return False  # 'Open leads': the first word of a picklist value ('Open - Not Contacted'), not a place
            if fp:
                return Cmp(fp, "eq", vs[0]) if len(vs) == 1 else Cmp(fp, "in", vs)
        return False

    def _or_more(self, t: str, default_field: str | None) -> Cond | None:
        """'annual revenue of 5000000 or more', '10 million or above'."""
        num = r"(?P<n>[$€£]?\s?-?[\d.]+\s*(?:k|m|mn|mio|million|thousand|b|bn|billion)?)"
        m = re.match(rf"^(?P<f>.*?)\s*(?:of|is|are|with|has|at)?\s*{num}\s+or\s+(?P<d>more|above|higher|greater|over|less|below|lower|fewer|under)$", t, re.I)
        if not m:
            return None
        from syncwright.mapping.draft.grammar import _parse_number

        n = _parse_number(m.group("n"))
        f = self.g.resolve(m.group("f"), "src") if m.group("f").strip() else None
        fp = f.best.path if f else default_field
        if n is None or fp is None:
            return None
        return Cmp(fp, "ge" if m.group("d").lower() in ("more", "above", "higher", "greater", "over") else "le", n)


def _drop(seg: str, phrase: str | None) -> str:
    """``seg`` without the destination field's words (they name the slot, not the condition)."""
    if not phrase:
        return seg
    pat = r"(?:\b(?:the|a|an)\s+)?(?:\w+'s\s+)?" + r"\s+".join(re.escape(w) for w in phrase.split())
    return re.sub(pat + r"(?![\w])", " ", seg, flags=re.I)



# ---- the default / omit-when-empty intent ---------------------------------------------------

_EMPTY_CUE = re.compile(
    rf"\b{EMPTY_WORDS}\b|\b(?:no|without|lacks?|lacking)\s+(?!longer\b|matter\b|other\b)\w+|\bhas none\b|\bhave none\b|\bthere(?:'s| is) none\b|\bthere (?:isn't|is not) (?:one|any)\b|\b(?:doesn't|don't|does not|do not) have (?:one|any|an?)\b",
    re.I,
)
_OMIT_CUE = re.compile(
    r"\b(?:leave|leaves|left|omit|omitted|omits|drop|dropped|don't set|do not set|not set|unset|(?:do|does)(?:n't| not) get|not be (?:sent|set)|simply not get|leave (?:it|that|them) (?:out|off))\b",
    re.I,
)
_RECORDS_OUT = re.compile(
    r"\b(?:leave out|omit|drop|skip|ignore|exclude|don't send|do not send|don't sync|do not sync)\s+(?:any\s+|all\s+|the\s+)?(?:contacts?|leads?|members?|records?|people|persons?|anyone|anybody|everyone|those|subscribers?|users?)\b"
    r"|^(?:only|just|skip|ignore|exclude)\b|\b(?:are|is|be|get)\s+(?:skipped|ignored|excluded|not (?:sent|synced|imported))\b",
    re.I,
)
_DEFAULT_PARTS = re.compile(
    r"\s*(?:,|;|\bbut\b|\bor else\b|\botherwise\b"
    # a second predicate of the same subject: 'Company comes from COMPANY and is 'n/a' when ...'
    r"|\band\s+(?=(?:is|are|becomes?|gets?|should be|will be|must be|defaults? to|falls? back to)\s+⟦))\s*",
    re.I,
)
# a true/false flag given both ways: 'D = true if S is empty, else false', 'D is true when ..., false otherwise'
_FLAG_BOTH_WAYS = re.compile(r"^\s*[\w.]+\s*(?:=|:|is)\s*(?:true|false|yes|no)\s+(?:if|when|whenever|in case)\b[^;]*?,\s*(?:(?:else|otherwise)\s+(?:true|false|yes|no)|(?:true|false|yes|no)\s+otherwise)\s*$", re.I)
_PRONOUN = re.compile(r"^(?:it|that|this|they|them|one|the field|that field|this field|the value)$", re.I)


class DefaultSlots:
    """'V when X is empty' in any word order: the value (the one quoted literal, or 'leave it
    out'), the field it is the default of (named destination field, else the rule whose
    source the emptiness names, else the copy in the same clause, else 'it': the last rule)."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_clause(self, text: str) -> bool:
        g = self.g
        lits = PLACEHOLDER.findall(text)
        omit = bool(_OMIT_CUE.search(text)) and not lits
        cm = re.search(r"\b(?:if|when|whenever|where|in case)\b(?P<c>[^,;⟦]+)", text, re.I)
        cond: Cond | None = None
        if cm is not None:
            c_text = re.sub(r"\s+(?:use|put|set|take|then|leave|omit|drop|fill)\b.*$", "", cm.group("c"), flags=re.I)
            cond = g.condition(c_text)
            if cond is not None and not (isinstance(cond, Cmp) and cond.op == "empty"):
                return False
        # a fallback to another source field: 'Phone takes the phone, and the mobile when phone is blank'
        fallback = not lits and not omit and isinstance(cond, Cmp) and cm is not None
        if not _EMPTY_CUE.search(text) or len(lits) > 1 or (not lits and not omit and not fallback) or _RECORDS_OUT.search(text):
            return False
        if _FLAG_BOTH_WAYS.search(text):
            return False  # 'DoNotCall = true if phone is empty, else false': a flag with both branches, the condition reader's (round 30)
        if re.search(r"\([^()]*(?:⟦|\b(?:if|when)\b)[^()]*\)", text):
            return False  # 'X (or V when blank), Y (...)': a list the clause grammar reads
        parts = [p for p in _DEFAULT_PARTS.split(text) if p and p.strip()]
        formats = [p for p in parts if g._transforms(p) and not g.mentions(_strip_formats(p), "dst")]
        if formats and not fallback:
            return False  # 'X <- Y, title case, or V when blank': the clause grammar reads it
        parts = [p for p in parts if p not in formats]  # a fallback's format: scope_formats reads it
        for p in parts:
            own = re.match(r"^\s*(?:[\w ]+:\s*)?(?:and\s+)?(?P<d>[A-Za-z_][\w.]*)\s*(?:=|:|is)?\s*⟦\d+⟧\s*$", p)
            from syncwright.mapping.draft.grammar import _is_container_header

            header = re.match(r"^\s*(?P<h>[\w ]+):", p)
            in_container = header is not None and _is_container_header(header.group("h"), g.dst_obj) is not None
            if own and (in_container or ((dm := g.resolve(own.group("d"), "dst")) is not None and dm.best.path.rsplit(".", 1)[-1].lower() == own.group("d").lower())):
                return False  # "currency 'GBP', value = ... (left out if ...)": a constant of its own field, no default
        copy = [p for p in parts if not (PLACEHOLDER.search(p) or _EMPTY_CUE.search(p) or _OMIT_CUE.search(p) or re.search(r"\binstead\b", p, re.I))]
        if len(copy) > 1 or re.search(r"\+|\bfollowed by\b|\bplus\b|\bappend|\bin front\b|&", " ".join(p for p in parts if p not in copy), re.I):
            return False  # the default is a template, not one value
        dflt = " ".join(p for p in parts if p not in copy)
        made: list[Any] = []
        if copy:
            before = g.last_rule
            g._clause(", ".join(copy), Clause(", ".join(copy), g.sentence, g.literals))
            made = [g.last_rule] if g.last_rule is not None and g.last_rule is not before else []
        alt: str | None = None
        if fallback and len(copy) == 1 and self._blank_row_word(cond, copy[0]):
            return True
        if fallback:
            assert isinstance(cond, Cmp)
            head = re.split(r"\b(?:if|when|whenever|in case)\b", dflt, flags=re.I)[0]
            others = [m for m in g.mentions(head, "src") if m.best.path != cond.field]
            after = re.search(rf"\b(?:if|when|whenever|in case)\b[^,;]*?\b{EMPTY_WORDS}\b\s*,?\s*(?:then\s+)?(?:(?:use|take)\s+)?(?P<t>[^,;]+)$", dflt, re.I)
            if not others and after is not None:
                # 'phone, or if phone is empty the mobilephone': the fallback after its condition
                head = after.group("t")
                others = [m for m in g.mentions(head, "src") if m.best.path != cond.field]
            phrase = re.sub(r"^\s*(?:(?:and|but|then)\s+)?(?:falling back to|falls? back to|fall back to|or else|or|else|otherwise|use|take)\s+", "", head.strip(" ,"), flags=re.I)
            part = g.src_value(phrase) if g._transforms(phrase) else None
            if isinstance(part, Src) and part.transforms and part.field != cond.field:
                alt = phrase  # 'falling back to the email domain (...)': a part of another field
            elif len(others) != 1:
                return False if not copy else self._asked(dflt)
            else:
                alt = others[0].text
            owner = next((r for r in reversed(g.plan.rules) if cond.field in _value_sources(r.value)), None)
            if owner is None:
                return False if not copy else self._asked(dflt)
            g._chain(owner, alt)
            return True
        rules = self._owners(dflt, made)
        if not rules:
            if copy:  # the copy part is read already: ask about the rest rather than read it twice
                g.ask(f"which field is {_shown(dflt, g.literals)!r} the default of?", [])
                return True
            return False
        for r in rules:
            if omit:
                r.omit_if_empty = True
                r.why.append("left out when empty (the text says so)")
                g._note(f"{r.target}: left out when empty")
            else:
                g._chain(r, lits[0] if lits[0].startswith("⟦") else f"⟦{lits[0]}⟧")
        return True

    def _blank_row_word(self, cond: Cond | None, word: str) -> bool:
        """'If HubSpot has no revenue figure at all, the lead is Cold' after a Rating table on the
        revenue: an unquoted value of the table's own picklist is the table's blank row."""
        from syncwright.mapping.draft.empty_branch import blank_row
        from syncwright.mapping.draft.ir import Cases, cond_fields

        g = self.g
        rule = g.last_rule
        w = word.strip(" ,.")
        if not isinstance(cond, Cmp) or rule is None or not isinstance(rule.value, Cases):
            return False
        f = g.dst_obj.get(rule.target)
        value = next((v for v in (f.values if f is not None else ()) if str(v).lower() == w.lower()), None)
        if value is None or all(cond.field not in cond_fields(c) for c, _ in rule.value.branches):
            return False
        blank_row(g, rule, cond.field, Const(value))
        return True

    def _asked(self, dflt: str) -> bool:
        self.g.ask(f"which field is {_shown(dflt, self.g.literals)!r} the default of?", [])
        return True

    def _owners(self, dflt: str, made: list[Any]) -> list[Any]:
        g = self.g
        bare = PLACEHOLDER.sub(" ", dflt)
        dst_ms = [m for m in g.mentions(bare, "dst") if not _PRONOUN.match(m.text)]
        for m in dst_ms:
            r = g.plan.rule_for(m.best.path)
            if r is not None and (m.exact_case or not made):
                return [r]
        if re.search(r"\b(?:each|both|all|every one) of (?:those|them|these|the two)\b", bare, re.I):
            return g._rules_for_pronoun("both", "")  # 'A from a and B from b, but each of them only when ...'
        if made:
            return made
        src_ms = g.mentions(bare, "src")
        found: list[Any] = []
        for m in src_ms:
            r = g._rule_by_ref(m.text)
            if r is not None and all(r is not x for x in found):
                found.append(r)
        if found:
            return found if _OMIT_CUE.search(dflt) else found[:1]
        if re.search(r"\b(?:either|both|any|one) of (?:those|them|these|the two)\b|\beither\b|\bboth\b", bare, re.I):
            return g._rules_for_pronoun("both", "")
        if re.search(r"\b(?:it|that|this|they|one|none)\b", bare, re.I) and g.last_rule is not None and not dst_ms:
            return [g.last_rule]
        if not dst_ms and not src_ms and g.last_rule is not None and len(bare.split()) <= 5:
            return [g.last_rule]  # 'omit if empty' right after the rule it is about
        return []


def _shown(text: str, literals: list[str]) -> str:
    return PLACEHOLDER.sub(lambda m: repr(literals[int(m.group(1))]), text)


# ---- the constant intent ------------------------------------------------------------------

_COND_CUE = re.compile(r"\b(?:if|when|whenever|unless|whose|where|otherwise|else|only|except|but not|depending|based on|according to|per)\b|->|<-", re.I)
_SOURCE_CUE = re.compile(r"\b(?:from|comes? from|copied|copy|taken|derived|followed by|then|plus|prefix(?:ed)?|suffix|append(?:ed)?|in front|before|after|combined?|joined?)\b|\+|&", re.I)


class ConstSlots:
    """One quoted value and one destination field, nothing else: a constant, whatever the
    word order ("'Web' is the lead source", "Salutation fixed to 'Mx.'", "LeadSource: always
    'Partner Referral'")."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_clause(self, text: str) -> bool:
        g = self.g
        lits = PLACEHOLDER.findall(text)
        if len(lits) != 1 or _COND_CUE.search(text) or _SOURCE_CUE.search(text) or _EMPTY_CUE.search(text):
            return False
        if re.search(r"\bdefault\w*|\bfall\w* ?back\b|\bfallback\b|\binstead\b|\bor else\b", text, re.I):
            return False  # 'MailingCountry is the country, defaulting to 'X'': a copy with a default, not a constant
        bare = PLACEHOLDER.sub(" ", text)
        if g._transforms(bare):
            return False
        ms = g.mentions(bare, "dst")
        paths = {m.best.path for m in ms}
        if len(paths) != 1:
            return False
        target = ms[0].best
        c = g._const(f"⟦{lits[0]}⟧", target)
        if c is None:
            return False
        g.add_rule(target.path, c, f"constant {_shown(f'⟦{lits[0]}⟧', g.literals)} (slots: one field, one value)", 0.85)
        return True


# ---- the transform intent -----------------------------------------------------------------

_TCOND = re.compile(r"\b(?:if|when|whenever|unless|whose|where|otherwise|else|except|depending|based on)\b|->|<-", re.I)


class TransformSlots:
    """A format asked for one destination field, in any word order ("FirstName should only
    keep the first word of the first name", "the city must be upper case on the lead"): the
    transforms from their cue words, the field, and its source (a source field the clause
    names besides the destination, else the rule already writing the field, else the same
    concept on the source side)."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_clause(self, text: str) -> bool:
        from syncwright.mapping.draft.ir import Src

        g = self.g
        if PLACEHOLDER.search(text) or _TCOND.search(text) or _EMPTY_CUE.search(text) or re.search(r"\b(?:and|or|both|either|plus)\b|[,/&]", text, re.I):
            return False
        ts = g._transforms(text)
        if not ts or (_HAS_SPACES.search(text) and not g._transforms(_HAS_SPACES.sub(" ", text))):
            return False  # the only format cue is what the data holds ('Trimmed please, our import leaves spaces' still asks for one)
        # 'LastName in title case': the format's word is no mention of the Title field (round 35)
        text = CASE_NAME.sub("proper", text)
        ms = g.mentions(text, "dst")
        if len({m.best.path for m in ms}) != 1:
            return False
        d = ms[0]
        # 'traits.signup_date is the create date as ...': a dotted name written in full is the
        # destination, even off the catalog; the near field the clause also names is its source
        for dotted in re.findall(r"(?<![\w.])[A-Za-z_]\w*(?:\.\w+)+(?![\w.])", text):
            named = g.resolve(dotted, "dst")
            if named is not None and named.best.path != d.best.path:
                return False
        from syncwright.mapping.draft.text import words

        toks = words(text)
        rest = " ".join([*toks[: d.start], "|", *toks[d.end :]])
        src_ms = [m for part in rest.split("|") for m in g.mentions(part, "src")]
        src_paths = list(dict.fromkeys(m.best.path for m in src_ms))
        if len(src_paths) > 1:
            return False
        rule = g.plan.rule_for(d.best.path)
        if src_paths:
            source = src_paths[0]
        elif rule is not None and isinstance(rule.value, Src):
            source = rule.value.field
        else:
            found = g._concept_counterpart(d, d.text)
            if found is None:
                return False
            source = found
        g.add_rule(d.best.path, Src(source, ts), f"'{d.text}' with {', '.join(t.name for t in ts)} (slots: field, source, format)", 0.85)
        return True


# 'The trial form keeps spaces around the email': what the data holds, not a format asked for (round 58:
# it trimmed an email into a field no rule wrote; the sentences after it say what to do)
_HAS_SPACES = re.compile(r"\b(?:keeps|leaves|puts|adds|has|have|comes?\s+with|arrives?\s+with)\s+(?:\w+\s+){0,2}(?:spaces|blanks|whitespace)\b", re.I)


# ---- a format asked for the sentence's fields as a group ----------------------------------

_FITS = {"e164": ("phone",), "number": ("number", "integer"), "integer": ("number", "integer"), "date": ("date", "datetime", "string")}
_GROUP = re.compile(r"\b(?:both|all|each|every one|all of them|either)\b", re.I)


def scope_formats(g: Grammar, sentence: int, text: str, items: str = "") -> None:
    """'Phone and MobilePhone from phone and mobile phone, both in E.164' / 'Phone is the phone,
    falling back to the mobile, formatted as E.164': a format the sentence asks for that no
    rule of it applies goes to the sentence's rules whose destination type takes it (phones
    for E.164, numbers for 'as a number'; text formats only when the sentence says 'both/all'
    or wrote one rule)."""
    from syncwright.mapping.draft.ir import Chain, Src

    rules = g.sentence_rules.get(sentence, [])
    if not rules:
        return
    from syncwright.mapping.draft.leftovers import _transform_names

    want = [t for t in g._transforms(text) if t.name in _ORDER[6:13] or t.name == "trim"]
    have: set[str] = set()
    for r in rules:
        have |= _transform_names(r.value)
    for t in want:
        if t.name in have:
            continue
        types = _FITS.get(t.name)
        takers = []
        for r in [x for i, x in enumerate(rules) if all(x is not y for y in rules[:i]) and _in_its_item(g, items or text, t.name, x.target)]:
            f = g.dst_obj.get(r.target) or g.dst_obj.open_field(r.target)  # 'traits.annual_revenue', named by the text
            if f is None or not isinstance(r.value, (Src, Chain)) or not _srcs(r.value):
                continue
            fits = (f.type in types or (f.from_text and t.name in ("number", "integer"))) if types is not None else f.type in ("string", "email", "text") and bool(_GROUP.search(text) or all(x is rules[0] for x in rules))
            if t.name == "date":
                # a date format goes to a date read from the source, never to an email copied into a text field
                fits = fits and all(getattr(g.src_obj.get(s_.field), "type", None) in ("date", "datetime") for s_ in _srcs(r.value))
            if fits:
                takers.append(r)
        for r in takers:
            for s_ in _srcs(r.value):
                s_.transforms = sorted([*s_.transforms, t], key=lambda x: _ORDER.index(x.name) if x.name in _ORDER else 99)
            r.why.append(f"{t.name}: asked for in the same sentence")
            g.traces[sentence].became.append(f"{r.target}: {t.name}")


def _in_its_item(g: Grammar, text: str, name: str, target: str) -> bool:
    """Does the item of a list the format is asked in (items joined by ';', as a checklist's
    bullets are) name ``target``? ('Email -> Email, but all in lower case; Last Name -> LastName':
    the lower case is Email's alone, round 37.) A sentence of one item: every rule is in it."""
    items = [p for p in text.split(";") if p.strip()]
    holders = [p for p in items if any(x.name == name for x in g._transforms(p))]
    if len(items) < 2 or len(holders) != 1 or re.search(r"\b(?:both|each|either|every one|all of them|all (?:three|four|these|those|the fields))\b", holders[0], re.I):
        return True  # 'firstname <- FNAME; lastname <- LNAME, both in title case': the format says it is for several
    named = {m.best.path for m in g.mentions(holders[0], "dst")}
    return not named or target in named


_ORDER = ["trim", "collapse", "email_local", "email_domain", "first_word", "last_word", "lower", "upper", "title", "e164", "integer", "number", "date", "boolean"]


def _srcs(v: Any) -> list[Any]:
    from syncwright.mapping.draft.ir import Chain, Src

    if isinstance(v, Src):
        return [v]
    if isinstance(v, Chain):
        return [o for o in v.options if isinstance(o, Src)]
    return []


# ---- the concatenation intent ---------------------------------------------------------------

_JOIN_CUE = re.compile(r"\b(?:followed by|then|plus|in front of|prefix(?:ed)?|combin\w*|join\w*|concatenat\w*|separated by|put together|built from|made (?:up )?(?:of|from)|and then|after it|before it)\b|\+", re.I)
_SEPS = {"space": " ", "comma": ",", "dash": "-", "hyphen": "-", "slash": "/", "underscore": "_", "colon": ":", "pipe": "|"}
_SEP_RE = re.compile(r"\b(?:an?\s+|one\s+|single\s+|a single\s+)*(?P<w>comma and a space|comma|space|dash|hyphen|slash|underscore|colon|pipe)s?\b", re.I)
_INTO = re.compile(r"\b(?:store (?:it|that|this|the result) in|(?:and )?(?:put|write|save|send) (?:it|that|this|the result) (?:in|into|to)|goes? (?:in|into|to)|into|in the)\s+(?:the\s+)?(?P<d>[\w.]+(?:\s+[\w.]+)?)\s*$", re.I)


class TemplateSlots:
    """Text joined from values, in any wording ("a trait 'name' that combines first name and
    last name separated by a single space", "Put 'Imported: ' in front of the lifecycle stage
    and store it in Description", "the last name, a comma and a space, then the first name"):
    the destination field, then the parts in the order written (quoted text, separator
    words, source fields); "prefixed with" and "in front of" put their text first,
    "separated by" goes between the fields."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_clause(self, text: str) -> bool:
        from syncwright.mapping.draft.ir import Src, Template

        g = self.g
        if not _JOIN_CUE.search(text) or _TCOND.search(text) or _EMPTY_CUE.search(text):
            return False
        got = self._target(text)
        if got is None:
            return False
        target, rest = got
        rest = re.sub(r"^\s*(?:is|are|=|should (?:be|read|say)|must be|will be|gets?|reads?|says?|that|which|built|made|combines|joins)\b", " ", rest, flags=re.I)
        between: str | None = None
        sm = re.search(r",?\s*\b(?:separated by|with|joined (?:by|with))\s+(?P<s>⟦\d+⟧|" + _SEP_RE.pattern + r")(?:\s+(?:between|in between)(?:\s+them)?)?", rest, re.I)
        if sm:
            lit = g.lit(sm.group("s").strip())
            between = lit if lit is not None else _sep_text(sm.group("s"))
            rest = rest[: sm.start()] + " " + rest[sm.end() :]
        front: list[Any] = []
        pm = re.search(r",?\s*\b(?:prefixed (?:with|by)|with the prefix)\s+(?P<l>⟦\d+⟧)", rest, re.I)
        if pm:
            front.append(Const(g.lit(pm.group("l"))))
            rest = rest[: pm.start()] + " " + rest[pm.end() :]
        parts: list[Any] = []
        pos = 0
        pattern = re.compile(r"⟦\d+⟧|" + _SEP_RE.pattern, re.I)
        for m in pattern.finditer(rest):
            parts.extend(self._fields(rest[pos : m.start()]))
            lit = g.lit(m.group(0))
            parts.append(Const(lit if lit is not None else _sep_text(m.group(0))))
            pos = m.end()
        parts.extend(self._fields(rest[pos:]))
        if any(p is None for p in parts):
            return False
        if between is not None:
            joined: list[Any] = []
            for p in parts:
                if joined and isinstance(p, Src) and isinstance(joined[-1], Src):
                    joined.append(Const(between))
                joined.append(p)
            parts = joined
        parts = front + parts
        if len(parts) < 2 or not any(isinstance(p, Src) for p in parts):
            return False
        g.add_rule(target.path, Template(parts), f"text joined for {target.path} (slots: field, parts in order)", 0.8)
        return True

    def _target(self, text: str) -> tuple[FieldDesc, str] | None:
        g = self.g
        im = _INTO.search(text)
        if im:
            d = g.resolve(im.group("d"), "dst")
            if d is not None:
                return d.best, text[: im.start()]
        tm = re.search(r"\b(?:a|the)\s+(?:trait|field|property|param(?:eter)?)\s+(?:called\s+|named\s+)?(?P<l>⟦\d+⟧)", text, re.I)
        if tm:
            name = g.lit(tm.group("l")) or ""
            d = g.resolve(name, "dst") if re.fullmatch(r"[A-Za-z_][\w.]*", name) else None
            if d is not None and d.best.leaf == name:
                return d.best, text[tm.end() :]
        from syncwright.mapping.draft.text import words

        toks = words(text)
        ms = g.mentions(text, "dst")
        if ms and (ms[0].start == 0 or all(norm_ in ("the", "a", "an") for norm_ in (t.lower() for t in toks[: ms[0].start]))):
            m = ms[0]
            return m.best, " ".join(toks[m.end :])
        return None

    def _fields(self, chunk: str) -> list[Any]:
        """Source fields named in ``chunk`` (None for a word no field explains)."""
        from syncwright.mapping.draft.ir import Src

        g = self.g
        c = re.sub(r"\b(?:followed by|then|plus|and then|and|in front of|prefix(?:ed)?|combin\w*|join\w*|concatenat\w*|put together|built from|made (?:up )?(?:of|from)|after it|before it|of|the|a|an|their|its|with|by|from|to|is|are)\b|[+,:;()]", " ", chunk, flags=re.I)
        if not c.strip():
            return []
        ms = g.mentions(c, "src")
        covered = " ".join(m.text for m in ms)
        left = [w for w in re.findall(r"[\w@.'-]+", c) if w.lower() not in covered.lower().split() and w.lower() not in _FILLER_WORDS]
        if left:
            return [None]
        return [Src(m.best.path) for m in ms]


_FILLER_WORDS = frozenset(["contact", "contact's", "lead", "lead's", "member", "member's", "value", "field", "name's", "text", "string", "should", "be", "will", "must", "put", "store", "it", "that", "this", "there", "says", "say", "read", "reads", "trait", "single", "just", "only", "also", "string"])


def _sep_text(word: str) -> str:
    w = re.sub(r"^(?:an?\s+|one\s+|single\s+|a single\s+)+", "", word.strip().lower()).rstrip("s")
    if w.startswith("comma and a space"):
        return ", "
    return _SEPS.get(w, " ")


def _strip_formats(text: str) -> str:
    from syncwright.mapping.draft.phrases import TRANSFORM_RES

    for _, rx in TRANSFORM_RES:
        text = rx.sub(" ", text)
    return text


def _value_sources(v: Any) -> list[str]:
    return value_sources(v)


# ---- the filter intent ----------------------------------------------------------------------

_RECORD = r"(?:contacts?|leads?|members?|records?|people|persons?|subscribers?|users?|customers?|ones|anyone|anybody|everyone|those|entries|rows|nobody|no one)"
# 'Nobody from 'France' should be synced', 'no lead with ... is sent': a keep verb with a
# subject that names no record sends the records it describes away
_NOBODY = re.compile(r"^(?:nobody|no one|no\s+(?:contacts?|leads?|members?|records?|subscribers?|users?))\b(?!.*\b(?:not|never)\b)", re.I)
_KEEP_CUE = re.compile(r"^(?:(?:we|i)\s+(?:only|just)\s+(?:want|need)|(?:we|i)\s+(?:want|need)\s+(?:only|just)|only|just|exclusively|nothing but)\b|\b(?:only|exclusively)\s+(?:sync|send|identify|import|push|bring|include|process|transfer|add|want|keep)\b|\b(?:sync|send|identify|import|push|include|process|add)\s+only\b", re.I)
_SKIP_CUE = re.compile(
    r"\b(?:skip|skipped|ignore|ignored|exclude|excluded|drop|dropped|leave out|left out|filter out|filtered out|discard|discarded|"
    r"(?:are|is|should|must|shall|will)\s+not\s+(?:to\s+)?be\s+(?:synced|sent|imported|included|pushed|identified|added|transferred|processed)|"
    r"(?:aren't|isn't|shouldn't|mustn't|won't)\s+(?:to\s+)?be\s+(?:synced|sent|imported|included|pushed|identified|added)|"
    r"(?:do not|don't|never)\s+(?:sync|send|import|include|push|identify|add|transfer|process)|"
    # 'are not send to GA4' (the -t dropped), 'must not go into Mailchimp at all'
    r"(?:are|is|get|gets)\s+not\s+sen[dt]|(?:must|should|shall|will|do|does|can|may)\s+not\s+go|(?:mustn't|shouldn't|won't|don't|doesn't|can't)\s+go)\b",
    re.I,
)
# 'should go to Salesforce as lead', 'must not go into Mailchimp at all', 'in Mailchimp': where the
# records go is the mapping's own objects, never part of the condition
_GO_TAIL = re.compile(
    r"\s*\b(?:(?:should|must|shall|will|can|may|do|does|are|is)\s+)?(?:not\s+|n't\s+)?(?:go(?:es)?|be\s+sent|sen[dt])\s+(?:in|into|to|over\s+to|across\s+to)\s+(?:the\s+)?(?:hubspot|salesforce|sfdc|mailchimp|segment|ga4|google analytics|crm)\b(?:\s+as\s+(?:an?\s+)?\w+)?(?:\s+at all)?"
    r"|\s+(?:in|into|to)\s+(?:hubspot|salesforce|sfdc|mailchimp|segment|ga4)\b",
    re.I,
)
# ', the contacts of other countries we skip', ', the rest not', ', everyone else stays out': a clause
# that restates the filter for the records it does not keep adds nothing to it
_COMPLEMENT_PART = re.compile(r"\b(?:others?|rest|else|remaining)\b", re.I)
_FILTER_NOISE = re.compile(
    r"\b(?:skip|skipped|ignore|ignored|exclude|excluded|drop|dropped|leave out|left out|filter out|filtered out|discard|discarded|only|just|exclusively|nothing but|please|"
    r"(?:we|i)\s+(?:only\s+|just\s+)?(?:want|need)(?:\s+to)?|(?:are|is|should|must|shall|will|aren't|isn't|shouldn't|mustn't|won't)(?:\s+not)?(?:\s+to)?\s+be\s+(?:synced|sent|imported|included|pushed|identified|added|transferred|processed|skipped|ignored|excluded|dropped|discarded|left out)|"
    r"(?:do not|don't|never)\s+\w+|sync|send|identify|import|push|include|process|transfer|add|keep|bring(?:\s+over|\s+across)?|go(?:es)?\s+through|"
    r"to\s+(?:hubspot|salesforce|mailchimp|segment|ga4)|hubspot|salesforce|mailchimp|segment|ga4)\b",
    re.I,
)


class FilterSlots:
    """'Only / skip RECORDS COND' in any wording ("Cold leads are skipped", "contacts whose
    stage is X are not to be synced", "we only want members that are subscribed, please"):
    keep or skip from the cue words, the condition from what is left once the cue, the
    record words and the verbs are gone."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_clause(self, text: str) -> bool:
        from syncwright.mapping.draft.ir import Not

        g = self.g
        parts = split_outside_parens(text, ",")
        if len(parts) > 1 and _COMPLEMENT_PART.search(parts[-1]) and (_SKIP_CUE.search(parts[-1]) or re.search(r"\bnot\b|n't\b|\bstays?\s+out\b", parts[-1], re.I)):
            text = ", ".join(parts[:-1])  # 'only X, the others we skip': the complement restates the filter
        keep, skip = _KEEP_CUE.search(text), _SKIP_CUE.search(text) or _NOBODY.search(text)
        parts = split_outside_parens(text, ",")
        while keep and skip and len(parts) > 1:
            # 'X are not sent, those are newsletter only': a cue in a trailing remark is no cue
            parts = parts[:-1]
            text = ",".join(parts)
            keep, skip = _KEEP_CUE.search(text), _SKIP_CUE.search(text) or _NOBODY.search(text)
        if bool(keep) == bool(skip) or not re.search(rf"\b{_RECORD}\b|\b(?:whose|who|that|which|with|where)\b", text, re.I):
            return False
        if keep and re.search(r"\bonly\s+(?:add|put|keep|prefix|prepend)\b[^,;]{0,20}(?:\+|\bplus\b|\bdigits?\b|\bcode\b)", text, re.I):
            return False  # '(11 digits beginning with 1: only add the +)': how a number is written, no records kept (round 52)
        if len(re.findall(r"(?<![=!<>])=(?!=)", re.sub(r"\([^()]*\)", "", text))) >= 2:
            return False  # round r14b: 'a = b, c = d, ..., leave out if d empty' is a list of rules, no filter
        if re.search(r"\b(?:field|value|it|them)\s+(?:out|off)\b|\bleave\s+(?:it|them|that|the \w+ field)\b|\bskip\s+(?:that|the|this|its)\s+(?:trait|field|value|param(?:eter)?|property|merge field)\b", text, re.I):
            return False  # leaving a field out is not a filter
        ct = re.sub(r"\b(?:do not|don't|does not|doesn't|did not|didn't)\s+have\s+(?:an?\s+|any\s+)?", "have no ", text, flags=re.I)
        ct = _FILTER_NOISE.sub(" ", _GO_TAIL.sub(" ", ct))
        if _NOBODY.search(text):
            ct = re.sub(r"^\s*(?:nobody|no one|no)\s+", "", ct, flags=re.I)  # the records it describes, without the 'no'

        ct = re.sub(r"\s+(?:over|across|along|through|at all|anymore|any more|either|we|i)\s*$", "", re.sub(r"\s+", " ", ct).strip(" ,.:"), flags=re.I)
        cond = None
        # 'skip the contacts where X is 'v', the US list lives elsewhere': a reason after a comma
        # carries no condition, so shorter heads are tried when the whole does not read
        cut = split_outside_parens(ct, ",")
        heads = [ct] + [re.sub(r"\s+(?:we|i)$", "", ", ".join(cut[:i]).strip(), flags=re.I) for i in range(len(cut) - 1, 0, -1)]
        for head in heads:
            for t_ in self._variants(head):
                cond = g.condition(t_)
                if cond is not None and (len(heads) == 1 or self._plausible(cond, head)):
                    break
                cond = None
            if cond is not None:
                ct = head
                break
        if cond is None:
            return False
        if skip:
            cond = Not(cond) if not isinstance(cond, Cmp) else _negated(cond)
        g._add_filter(cond, f"{'only' if keep else 'skip'} {_shown(ct, g.literals)} (slots: keep/skip, condition)")
        return True

    def _plausible(self, cond: Cond, head: str) -> bool:
        """A condition read over a comma holds only values the text quotes or the field
        documents ('hs_email_optout 'true', empty means not opted out' is not 'ne opted out')."""
        from syncwright.mapping.draft.ir import And, Not, Or

        if isinstance(cond, And | Or):
            return all(self._plausible(c, head) for c in cond.items)
        if isinstance(cond, Not):
            return self._plausible(cond.item, head)
        if not isinstance(cond, Cmp) or cond.op not in ("eq", "ne", "in"):
            return True
        f = self.g.src_obj.get(cond.field)
        quoted = {self.g.literals[int(i)].lower() for i in re.findall(r"⟦(\d+)⟧", head) if int(i) < len(self.g.literals)}
        vals = cond.value if isinstance(cond.value, list) else [cond.value]
        known = {str(v).lower() for v in (f.values if f else [])} | quoted
        return all(str(v).lower() in known or not known for v in vals)

    @staticmethod
    def _variants(ct: str) -> list[str]:
        bare = re.sub(rf"^(?:all\s+|any\s+|the\s+|no\s+)?{_RECORD}(?:'s?)?\s+", "", ct, flags=re.I)
        bare2 = re.sub(r"^(?:who|whose|that|which|with|where|in|from|located in|based in)\s+", "", bare, flags=re.I)
        lead = re.sub(rf"\s+{_RECORD}$", "", ct, flags=re.I)  # 'Cold leads' -> 'Cold'
        return list(dict.fromkeys(x for x in (ct, bare, bare2, lead, re.sub(r"^(?:are|is)\s+", "", bare2, flags=re.I)) if x.strip()))


def _negated(c: Cmp) -> Cond:
    from syncwright.mapping.draft.grammar import _negate

    return _negate(c)


# ---- the fallback intent (one field, two sources) ----------------------------------------

_PART_OF = re.compile(r"\bpart\s+of\s+(?:the\s+|their\s+|its\s+)?[\w.]+(?:\s+[\w.]+)?\s+(?:before|after|in front of)\s+(?:the\s+)?@", re.I)
_FALLBACK_CUE = re.compile(r"\b(?:instead|otherwise|fall(?:s|ing)? back|in its place|rather)\b", re.I)
_EMPTY_IF = re.compile(r"\b(?:if|when|whenever|in case|where)\s+(?P<c>[^,;]+?)(?=\s*(?:[,;]|$|\bthen\b|\buse\b))", re.I)


class FallbackSlots:
    """'If the phone is empty, the mobile number is used for Phone instead; otherwise Phone is
    the phone', in any word order: the destination field (the one written as its exact name),
    the primary source (the field the emptiness condition names) and the fallback (the one
    other source field). No quoted value, else it is a default (DefaultSlots)."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_sentence(self, text: str) -> bool:
        from syncwright.mapping.draft.ir import Chain, Src

        g = self.g
        if PLACEHOLDER.search(text) or not _FALLBACK_CUE.search(text) or _OMIT_CUE.search(text) or re.search(r"\b(?:both|neither|either)\b", text, re.I):
            return False  # 'leave Phone out when both are empty': more than a fallback, the clause grammar reads it
        cm = _EMPTY_IF.search(text)
        cond = g.condition(cm.group("c")) if cm else None
        if not (isinstance(cond, Cmp) and cond.op == "empty"):
            return False
        # 'use the part of the email after the @': a field named inside a part-of phrase is the
        # fallback's source, never the field written (round 24: it overwrote HubSpot's email)
        dst = {m.best.path for m in g.mentions(_PART_OF.sub(" ", text), "dst") if m.exact_case}
        srcs = list(dict.fromkeys(m.best.path for m in g.mentions(text, "src")))
        if len(dst) != 1 or len(srcs) != 2 or cond.field not in srcs:
            return False
        other = next(s for s in srcs if s != cond.field)
        # 'X is true if the phone is empty, otherwise false; copy the email': the second source
        # must sit in the clause that holds the condition, not in a clause of its own
        part = next((p for p in text.split(";") if cm and cm.group("c") in p), text)
        if other not in {m.best.path for m in g.mentions(part, "src")}:
            return False
        target = next(iter(dst))
        # 'if First Name is empty, FNAME uses the part of their email before the @': the fallback's
        # own part (after the condition) goes with it, never dropped
        part_of = [t for t in g._transforms(text[cm.end() :]) if t.name in ("email_local", "email_domain", "first_word", "last_word")] if cm else []
        g.add_rule(target, Chain([Src(cond.field), Src(other, part_of)]), f"{cond.field}, else {other} when it is empty (slots: field, source, fallback)", 0.85)
        return True

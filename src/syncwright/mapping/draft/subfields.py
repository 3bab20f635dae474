"""A sub-field named by its kind word, written as its path (round r10a).

Marketing people name the fields inside a destination's open containers by what they are,
not by their path: 'the FNAME and LNAME merge tags', 'FNAME/LNAME merge tags', 'the merge
tag PHONE' (Mailchimp merge fields), 'event param tier', 'a custom parameter plan_name'
(GA4 event parameters), 'a custom trait lifecycle_stage', 'user property tier'. What marks
the construct is its ingredients: a kind word the destination has a container for (merge
field/tag, event param(eter), trait, user property) right beside one or more names written
as identifiers (capitals for merge fields; a lower-case identifier for the others). Only
then are the names written as the paths the grammar reads ('merge_fields.FNAME and
merge_fields.LNAME', 'events[0].params.tier'); a kind word with no such name beside it
('the merge tags from ...', 'params: a = b') is left to the readers that know it.
"""

from __future__ import annotations

import re

from syncwright.mapping.draft.fields import ObjectFields

_UPPER = r"(?-i:[A-Z][A-Z0-9_]{1,9})"
_UPPER_LIST = rf"{_UPPER}(?:\s*(?:/|,|&|\band\b|,\s*and\b)\s*{_UPPER})*"
_MERGE_WORD = r"merge[ -]?(?:tags?|fields?|vars?)"
_MERGE_AFTER = re.compile(rf"(?:\b(?:the|their|its)\s+)?(?P<l>\b{_UPPER_LIST})\s+{_MERGE_WORD}\b", re.I)
_MERGE_BEFORE = re.compile(rf"(?:\b(?:the|their|its)\s+)?\b{_MERGE_WORD}\s+(?P<l>{_UPPER_LIST})\b", re.I)
_SPLIT = re.compile(r"\s*(?:/|,\s*and\b|,|&|\band\b)\s*", re.I)

# a name written as an identifier, not a word of the sentence
_NAME = r"(?-i:[a-z][a-zA-Z0-9]*(?:_[a-zA-Z0-9]+)*)"
_NOT_NAMES = frozenset(["is", "are", "be", "as", "to", "from", "with", "for", "of", "and", "or", "in", "on", "the", "a", "an", "if", "when", "it", "its", "their", "that", "this", "which", "should", "must", "will", "can", "set", "gets", "get", "called", "named", "value", "values", "field", "fields", "each", "every", "all", "any", "per"])
# the kind word and the containers it names, the one the grammar reads as a written name
# first (the tokens of 'events[0].params.x' split at the bracket; 'params.x' is that param)
_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"(?:custom\s+)?(?:event\s+)?param(?:eter)?", ("params", "events[0].params")),
    (r"(?:custom\s+)?user[ _]property", ("user_properties",)),
    (r"(?:custom\s+)?trait", ("traits",)),
)


def _present(kinds: tuple[tuple[str, tuple[str, ...]], ...], dst: ObjectFields) -> list[tuple[str, str]]:
    """(kind word, the container it names) for the kinds the destination has a container for."""
    containers = dst.containers()
    prefixes = {p.rstrip(".") for p in dst.open_prefixes}
    out = []
    for word, names in kinds:
        container = next((c for c in names if c in prefixes or c in containers), None)
        if container is not None:
            out.append((word, container))
    return out


def _merge(text: str, dst: ObjectFields) -> str:
    if not any(f.path.startswith("merge_fields.") for f in dst.fields):
        return text

    def repl(m: re.Match[str]) -> str:
        names = [n for n in _SPLIT.split(m.group("l")) if n]
        if not names or any(not re.fullmatch(_UPPER, n) for n in names):
            return m.group(0)
        paths = [f"merge_fields.{n}" for n in names]
        return paths[0] if len(paths) == 1 else ", ".join(paths[:-1]) + " and " + paths[-1]

    return _MERGE_BEFORE.sub(repl, _MERGE_AFTER.sub(repl, text))


def _kinds(text: str, dst: ObjectFields) -> str:
    for word, container in _present(_KINDS, dst):
        rx = re.compile(rf"(?:\b(?:an?|the|one)\s+)?\b{word}\s+(?P<n>{_NAME})\b(?!\s*(?:\.|\[|\())(?P<sep>\s*(?::|=|->))?(?P<verb>(?=\s+(?:should|must|will|shall)\s+be\b|\s+(?:is set to|equals|holds|contains)\b))?", re.I)

        def repl(m: re.Match[str], container: str = container) -> str:
            name = m.group("n")
            # a name, not a word: an identifier ('lifecycle_stage', 'planName') or a word its
            # value follows right away ('param tier: ...'); 'no phone trait otherwise' names none
            identifier = "_" in name or re.search(r"[a-z][A-Z]", name) is not None
            # 'with a param method equal to ...', 'carries a param x = ...': the event's own reader
            after_with = re.search(r"\b(?:with|carr(?:y|ies|ying)|ha(?:s|ve|ving)|includ(?:e|es|ing)|gets?|plus)\s+(?:(?:an?|the|one|custom|event)\s+)*$", m.string[: m.start()], re.I)
            # 'the event parameter method should be ...': a name its verb follows right away
            if name in _NOT_NAMES or not (identifier or m.group("sep") or m.group("verb") is not None) or after_with:
                return m.group(0)
            sep = m.group("sep") or ""
            return f"{container}.{name}{' =' if sep.strip() == ':' else sep}"

        text = rx.sub(repl, text)
    return text


_PLURALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"(?:custom\s+)?(?:event\s+)?(?:params|parameters)", ("params", "events[0].params")),
    (r"(?:custom\s+)?user[ _]properties", ("user_properties",)),
    (r"(?:custom\s+)?traits", ("traits",)),
)


def _plurals(text: str, dst: ObjectFields) -> str:
    """'params company_domain (...) and signup_date as ...': each item of the list after the
    plural kind word that starts with an identifier no catalog field has is that sub-field."""
    for word, container in _present(_PLURALS, dst):
        m = re.search(rf"\b{word}\s+(?=(?-i:[a-z][a-zA-Z0-9]*_[a-zA-Z0-9_]+)\b)", text, re.I)
        if m is None:
            continue
        end = re.search(r"[;.](?:\s|$)", text[m.end() :])
        body = text[m.end() : m.end() + end.start()] if end else text[m.end() :]
        depth, out, start = 0, [], 0
        pieces: list[str] = []
        for i, ch in enumerate(body):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0 and (ch == "," or body.startswith(" and ", i)):
                pieces.append(body[start:i])
                start = i
        pieces.append(body[start:])
        for piece in pieces:
            lead = re.match(r"^(?P<sep>,?\s*(?:and\s+)?)(?P<n>(?-i:[a-z][a-zA-Z0-9]*(?:_[a-zA-Z0-9]+)+))\b(?![.\[])", piece)
            if lead and dst.get(lead.group("n")) is None and dst.get(f"{container}.{lead.group('n')}") is None:
                piece = f"{lead.group('sep')}{container}.{lead.group('n')}{piece[lead.end():]}"
            out.append(piece)
        text = text[: m.start()] + "".join(out) + (text[m.end() + end.start() :] if end else "")
    return text


def _headed(text: str, dst: ObjectFields) -> str:
    """'params: stage = the lifecycle stage; source = ...': after a plural kind word written as
    a header, each 'name = value' item whose name no catalog field has is that sub-field."""
    for word, container in _present(_PLURALS, dst):
        m = re.search(rf"(?:\b(?:the|its|their)\s+)?\b{word}\s*:\s*", text, re.I)
        if m is None:
            continue
        items = text[m.end() :].split(";")
        out = []
        named = 0
        for k, item in enumerate(items):
            lead = re.match(rf"^(?P<sp>\s*)(?P<n>{_NAME})(?P<eq>\s*(?:=|:)\s*)", item)
            if lead is None or lead.group("n") in _NOT_NAMES or dst.get(lead.group("n")) is not None or dst.get(f"{container}.{lead.group('n')}") is not None:
                if k == 0:
                    break  # the header is followed by something else: not this shape
                out.append(item)
                continue
            named += 1
            out.append(f"{lead.group('sp')}{container}.{lead.group('n')}{lead.group('eq')}{item[lead.end():]}")
        if named >= 2:  # a list of 'name = value' items, each on its own
            text = text[: m.start()] + ";".join(out + items[len(out) :])
    return text


# 'merge_fields.ADDRESS.addr1 <- address, .city <- city': a path, then leaves of the same parent said with a leading dot
_FULL_PATH = re.compile(r"(?<![\w.])(?P<parent>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\.[A-Za-z_]\w*(?=\s*(?:<-|=|:|->))")
_DOT_LEAF = re.compile(r"(?<=[,;])\s?\.(?P<leaf>[A-Za-z_]\w*)(?=\s*(?:<-|=|:|->))")


def _relative_leaves(text: str) -> str:
    """'merge_fields.ADDRESS.addr1 <- address, .city <- city, .zip <- zip': each '.leaf' after a
    full path is that path's sibling (round 32: the leaves were unread and ADDRESS got the street)."""
    m = _FULL_PATH.search(text)
    if m is None or not _DOT_LEAF.search(text, m.end()):
        return text
    parent = m["parent"]
    head, tail = text[: m.end()], text[m.end() :]
    return head + _DOT_LEAF.sub(lambda d: f" {parent}.{d['leaf']}", tail)


def name_subfields(text: str, dst: ObjectFields) -> str:
    """``text`` with sub-fields named by their kind word ('FNAME and LNAME merge tags',
    'event param tier') written as their paths; other text untouched."""
    return _headed(_plurals(_kinds(_merge(_relative_leaves(text), dst), dst), dst), dst)

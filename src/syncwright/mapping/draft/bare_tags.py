"""A tag written without quotes (round r12b): "everyone gets the tag shop-signup", "one tag,
from-hubspot", "if their stage is customer add repeat-buyer". In a sentence about tags, a
slug (lower-case words joined by '-' or '_') right after a tag cue is the tag's text, as if
quoted, unless it names a field of either object. Why a module: the tag readers and the
rewrites all key on quoted values, so quoting the bare slug once, before the text is split
into sentences, teaches them all."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

_SLUG = r"[a-z0-9]+(?:[-_][a-z0-9]+)+"
_CUE = re.compile(
    r"(?P<cue>\btags?\b\s*[,:]?\s*(?:(?:is|are|=|of|called|named)\s+)?|\b(?:add|append|plus|gets?|get)\s+(?:also\s+)?(?:the\s+|a\s+|an\s+)?(?:tag\s+)?"
    # 'tag em all hubspot-import', 'tag everyone with vip' (round 31)
    r"|\btag\s+(?:them|em|'em|everyone|everybody|all of them)(?:\s+all)?\s+(?:with\s+|as\s+)?)"
    rf"(?P<s>(?<![\w'\"⟦-]){_SLUG}(?![\w'\"-]))"
)
_MORE = re.compile(rf"^(?P<j>\s*(?:,|\band\b|&|\bor\b)\s*(?:also\s+)?)(?P<s>{_SLUG})(?![\w'\"-])")
# hyphenated words that are no tag text: formats and everyday compounds
_NOT_A_TAG = re.compile(r"(?:opt-in|opt-out|opted-in|opted-out|as-is|e-mail|double-opt-in|.*-cased?|all-caps|follow-up|non-\w+|re-\w+|co-\w+)", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def quote_bare_tags(g: Grammar, text: str) -> str:
    """``text`` with each bare tag slug in a sentence about tags put in quotes."""
    return _SENTENCE.sub(lambda m: _quote(g, m.group(0)), text)


def _ok(g: Grammar, slug: str) -> bool:
    if _NOT_A_TAG.fullmatch(slug):
        return False
    return g.src_obj.get(slug) is None and g.dst_obj.get(slug) is None


def _quote(g: Grammar, sentence: str) -> str:
    if not re.search(r"\btag", sentence, re.I):
        return sentence
    out: list[str] = []
    pos = 0
    for m in _CUE.finditer(sentence):
        if m.start() < pos or not _ok(g, m.group("s")):
            continue
        out.append(sentence[pos : m.start("s")])
        out.append(f"'{m.group('s')}'")
        pos = m.end("s")
        while (more := _MORE.match(sentence[pos:])) is not None and _ok(g, more.group("s")):
            out.append(more.group("j") + f"'{more.group('s')}'")
            pos += more.end()
    out.append(sentence[pos:])
    return "".join(out)

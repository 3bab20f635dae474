"""Reading a clause by the fields it names, whatever its verb ("the email feeds Email",
"Company carries the organisation name", "website -> traits.website"-like prose).

Why: the clause grammar knows the verbs it has patterns for; every round of unseen wording
brought new ones ("feeds", "carries", "mirrors", "lands in"). A clause the grammar could not
read that names exactly one destination field and exactly one other field phrase on the
source side, with only verb-like words around them and no condition, negation or value, is
a copy: destination <- source, with the formats its words ask for. Which phrase is the
destination comes from how it is written (the destination's API name or label, a direction
word: "from/with/gets" after it, "to/into/feeds" before it); when nothing tells, it asks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from syncwright.mapping.draft.ir import Src
from syncwright.mapping.draft.mentions import STOP, Mention
from syncwright.mapping.draft.text import norm, split_outside_parens, words

if TYPE_CHECKING:
    from syncwright.mapping.draft.grammar import Grammar

# a clause with these words says more than "A goes to B": the clause grammar's business
_NOT_A_COPY = re.compile(
    r"\b(?:if|when|whenever|unless|whose|where|only|just|skip|ignore|exclude|except|but not|not|never|no|don't|do not|"
    r"doesn't|isn't|otherwise|else|falling|fall|fallback|instead|or|default|defaults|empty|blank|missing|tag|tags|tagged)\b|⟦",
    re.I,
)
# direction words: the phrase after them is the source ("X from Y") or the destination ("Y into X")
_FROM = {"from", "with", "using", "gets", "get", "takes", "take", "receives", "carries", "carry", "holds", "hold", "mirrors",
         "mirror", "reflects", "shows", "contains", "uses", "of", "by", "<-", "="}
_TO = {"to", "into", "in", "onto", "feeds", "feed", "fills", "fill", "populates", "populate", "lands", "land", "->", "goes",
       "go", "becomes", "as", "under"}
# words that may stand between the two fields (verbs, articles, possessives)
_MAX_GAP_WORDS = 5


def _items(text: str) -> list[str]:
    return [i.strip() for i in split_outside_parens(text, ",;") if i.strip()]


class PairSlots:
    """Destination and source read from the field phrases of a clause, not its verb."""

    def __init__(self, g: Grammar) -> None:
        self.g = g

    def try_clause(self, text: str) -> bool:
        if _NOT_A_COPY.search(text):
            return False
        items = _items(text)
        reads = [self._pair(i) for i in items]
        if not reads or any(r is None for r in reads):
            return False  # all or nothing: a half-read list goes back to the grammar, which asks
        for item, r in zip(items, reads, strict=True):
            assert r is not None
            d, s = r
            transforms = self.g._transforms(item)
            value = Src(s.best.path, transforms)
            self.g.add_rule(d.best.path, value, f"'{s.text}' -> '{d.text}' (read by the fields the clause names: {item!r})", 0.8)
        return True

    def _pair(self, item: str) -> tuple[Mention, Mention] | None:
        g = self.g
        toks = words(item)
        dst = g.mentions(item, "dst")
        src = g.mentions(item, "src")
        spans = sorted({(m.start, m.end) for m in dst + src})
        # two non-overlapping field phrases, nothing else of substance around them
        phrases = [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]
        if len(phrases) != 2 or phrases[0][1] > phrases[1][0]:
            return None
        (a0, a1), (b0, b1) = phrases
        gap = [t.lower() for t in toks[a1:b0] if re.match(r"[\w<>=-]", t)]
        outside = [t.lower() for t in toks[:a0] + toks[b1:] if re.match(r"\w", t)]
        content = [t for t in gap + outside if norm(t) not in STOP and t not in _FROM and t not in _TO and not g._transforms(t)]
        if len(gap) > _MAX_GAP_WORDS or len(content) > 3:
            return None

        def at(side: list[Mention], span: tuple[int, int]) -> Mention | None:
            return next((m for m in side if (m.start, m.end) == span), None)

        first_d, second_d = at(dst, phrases[0]), at(dst, phrases[1])
        first_s, second_s = at(src, phrases[0]), at(src, phrases[1])

        def only(m: Mention | None, other: Mention | None) -> bool:
            """Written exactly as a field of this side and not as one of the other side."""
            return m is not None and m.exact_case and not (other is not None and other.exact_case)

        order: str | None = None
        src_dst = only(second_d, second_s) or only(first_s, first_d)
        dst_src = only(first_d, first_s) or only(second_s, second_d)
        if src_dst != dst_src:
            order = "src-dst" if src_dst else "dst-src"
        if order is None:
            if any(w in _TO for w in gap) and not any(w in _FROM for w in gap):
                order = "src-dst"
            elif any(w in _FROM for w in gap) and not any(w in _TO for w in gap):
                order = "dst-src"
        if order == "src-dst" and first_s is not None and second_d is not None:
            return second_d, first_s
        if order == "dst-src" and first_d is not None and second_s is not None:
            return first_d, second_s
        return None


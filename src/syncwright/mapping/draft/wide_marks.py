"""Full-width punctuation and the Japanese list marks, read as their ASCII forms (round 46).

A writer whose keyboard has a Japanese input method types 'Email' and 'as is' around a
full-width colon (U+FF1A), lists items with the katakana middle dot ('・subscriber → Open - Not
Contacted'), brackets with full-width parentheses (U+FF08, U+FF09) and quotes with '「' '」'. Every reader after this one
looks for ':', '-', '(' and '"': the rows were questions. The full-width forms block
(U+FF01-U+FF5E) is the ASCII range shifted by 0xFEE0 (Unicode's own definition, the same
mapping NFKC applies to these characters), so it is shifted back; the ideographic space is a
space; '・' opening a line is a bullet, inside a line a list's separator ('Email・Phone': a
comma); '、' and '。' are the comma and full stop. NFKC itself is not applied to the whole text:
it would also rewrite what it should not ('²', ligatures, the '…' a sentence reader splits on).
Circled numbers (U+2460-U+2473, as Korean and Japanese writers number items: '① Email : same
value') open an item as '1.' and, inside a line, point at one as '(1)' ('so ③ default is
important', round 48); a middle dot opening a line (' · brand') is a bullet. A text with none of these comes back as it was.
"""

from __future__ import annotations

import re

_WIDE = re.compile("[\uff01-\uff5e\u3000\u3001\u3002\u300c\u300d\u300e\u300f\u30fb\uff65]")
_BULLET = re.compile(r"^(?P<i>[ \t]*)[\u30fb\uff65][ \t]*", re.M)
_MARKS = {"\u3000": " ", "\u3001": ", ", "\u3002": ". ", "\u300c": '"', "\u300d": '"', "\u300e": '"', "\u300f": '"',
          "\u30fb": ", ", "\uff65": ", "}


def _narrow(m: re.Match[str]) -> str:
    ch = m[0]
    out = chr(ord(ch) - 0xFEE0) if "\uff01" <= ch <= "\uff5e" else _MARKS[ch]
    # 'Email' + U+FF1A + 'as is': the full-width colon or comma carries its own space; the ASCII one wants it written
    after = m.string[m.end(): m.end() + 1]
    return out + " " if out in ":;," and after and not after.isspace() else out.rstrip() if not after or after.isspace() else out


_CIRCLED = re.compile("[\u2460-\u2473]")
_MIDDOT_ITEM = re.compile(r"^(?P<i>[ \t]*)\u00b7[ \t]+", re.M)  # ' · brand : "dalbit"': a Notion export's bullet
_CIRCLED_ITEM = re.compile(r"^(?P<i>[ \t]*)(?P<n>[\u2460-\u2473])[ \t]*", re.M)


def _circled(text: str) -> str:
    """'① Email' -> '1. Email' opening a line, '(3)' inside one; ' · brand' opening a line is a bullet."""
    text = _MIDDOT_ITEM.sub(lambda m: m["i"] + "- ", text) if "\u00b7" in text else text
    if not _CIRCLED.search(text):
        return text
    text = _CIRCLED_ITEM.sub(lambda m: f"{m['i']}{ord(m['n']) - 0x245F}. ", text)
    return _CIRCLED.sub(lambda m: f"({ord(m[0]) - 0x245F})", text)


def narrow_marks(text: str) -> str:
    """The text with full-width punctuation as ASCII, '・' bullets as '- ' and circled numbers as items."""
    text = _circled(text)
    if not _WIDE.search(text):
        return text
    text = _BULLET.sub(lambda m: m["i"] + "- ", text)
    return _WIDE.sub(_narrow, text)

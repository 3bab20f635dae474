"""A chat's typo corrected by the next message with an asterisk (round 49).

'annual revenue more than 1,000,00' then '*1,000,000'; 'PAID_SEARCH -> Advertisment' and a few
lines later '*Advertisement for PAID_SEARCH 😅 typo': people who type fast in a chat fix a word
of an earlier message this way, and the fix is what they meant. A short line opening with '*'
glued to a word (a bullet has a space after it) replaces the word of the lines above it that is
most like it (rapidfuzz's ratio, 80 or more, never the same word), in the line that names the key
after 'for' when it names one; the correction's own line goes. A correction with nothing close
enough above it is left as it was, to be read (or asked about) as written.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

# '*1,000,000', '*Advertisement for PAID_SEARCH 😅 typo', '*Cold po': the fix, maybe the key it is for
_FIX = re.compile(r"^\s*\*(?P<w>[^\s*][^\s]*)(?:\s+for\s+(?P<k>\S+))?(?P<rest>(?:\s+\S+){0,4})\s*$")
_TOKEN = re.compile(r"[\w.,@+-]*\w")
_LOOK_BACK = 8  # lines above a correction that it may fix
_CLOSE = 80


def chat_corrections(text: str) -> str:
    """``text`` with each '*word' correction applied to the line above it fixes."""
    if "*" not in text:
        return text
    lines = text.split("\n")
    fixed: set[int] = set()
    for i, ln in enumerate(lines):
        m = _FIX.match(ln)
        if m is None or not re.search(r"\w", m["w"]):
            continue
        fix = m["w"].rstrip(".,!")
        best: tuple[float, int, int, int] | None = None
        for j in range(max(0, i - _LOOK_BACK), i):
            if m["k"] and m["k"] not in lines[j]:
                continue
            for t in _TOKEN.finditer(lines[j]):
                if t.group(0) == fix or abs(len(t.group(0)) - len(fix)) > 3:
                    continue
                score = fuzz.ratio(t.group(0), fix)
                if score >= _CLOSE and (best is None or score >= best[0]):
                    best = (score, j, t.start(), t.end())
        if best is not None:
            _, j, a, b = best
            lines[j] = lines[j][:a] + fix + lines[j][b:]
            fixed.add(i)
    return "\n".join(ln for i, ln in enumerate(lines) if i not in fixed)

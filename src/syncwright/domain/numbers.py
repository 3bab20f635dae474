"""Whole numbers read from text that arrives over the wire (headers, cursors, ids).

``str.isdigit()`` is true for superscripts and other scripts' digits ("²³¹", "٣"), which
``int()`` then refuses or reads as a number no platform meant: every check of the form
``s.isdigit() and int(s)`` is a crash or a misread waiting for a hostile header. Only
ASCII digits are numbers here.
"""

from __future__ import annotations

import re

_ASCII_DIGITS = re.compile(r"[0-9]+")


def ascii_int(text: object, max_digits: int = 19) -> int | None:
    """``text`` as a non-negative int when it is 1..``max_digits`` ASCII digits, else None."""
    if not isinstance(text, str) or len(text) > max_digits:
        return None
    return int(text) if _ASCII_DIGITS.fullmatch(text) else None

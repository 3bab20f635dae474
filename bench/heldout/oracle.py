"""Small, independent helpers the held-out authoring scripts compute expected records with
(written from the cases README's semantics, not from the drafter)."""

from __future__ import annotations

import re
from typing import Any


def blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def e164(v: str, cc: str = "1") -> str:
    digits = re.sub(r"\D", "", v)
    if v.strip().startswith("+"):
        return "+" + digits
    if cc == "1" and len(digits) == 11 and digits.startswith("1"):
        return "+" + digits
    if cc != "1" and digits.startswith("0"):
        digits = digits[1:]
    return "+" + cc + digits


def title(v: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in v.split(" "))


def num(v: str) -> int | float:
    f = float(v)
    return int(f) if f.is_integer() else f


def keep(d: dict[str, Any]) -> dict[str, Any]:
    """Drop keys whose value is the OMIT marker (a field the text says to leave out); an
    object left empty only because its fields were omitted goes too (a v2 mapping writes no
    parent without a child: h8-30 and h11-30 first expected {'traits': {'company': {}}},
    which no valid mapping produces)."""
    out: dict[str, Any] = {}
    for k, v in d.items():
        if v is OMIT:
            continue
        if isinstance(v, dict) and v:
            v = keep(v)
            if not v:
                continue
        out[k] = v
    return out


OMIT = object()


def day(v: str) -> str:
    """A timestamp's date part (YYYY-MM-DD)."""
    return v[:10]


def before_at(v: str) -> str:
    return v.split("@", 1)[0]


def after_at(v: str) -> str:
    return v.split("@", 1)[1]


def first_word(v: str) -> str:
    parts = v.split()
    return parts[0] if parts else ""

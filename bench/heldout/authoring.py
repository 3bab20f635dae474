"""Shared by the held-out authoring scripts: a case is text + input pool + an oracle that
computes the expected record (None when the text filters the record out)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from oracle import OMIT, blank
from pools import HS, MC, SFC, SFL

Oracle = Callable[[dict[str, Any]], dict[str, Any] | None]
Case = tuple[str, str, str, str, list[dict[str, Any]], Oracle]


def collector(cases: list[Case]) -> Callable[[str, str, str, str, list[dict[str, Any]]], Callable[[Oracle], Oracle]]:
    def case(cid: str, frm: str, to: str, text: str, pool: list[dict[str, Any]]) -> Callable[[Oracle], Oracle]:
        def deco(fn: Oracle) -> Oracle:
            cases.append((cid, frm, to, text, pool, fn))
            return fn
        return deco
    return case


def extended(pool: list[dict[str, Any]], *extra: dict[str, Any]) -> list[dict[str, Any]]:
    """A copy of ``pool`` with more records after it (a set's own inputs beside the shared ones)."""
    return [*copy.deepcopy(pool), *copy.deepcopy(list(extra))]


def lower_emails(pool: list[dict[str, Any]], key: str = "email") -> list[dict[str, Any]]:
    """A copy of ``pool`` with every email in lower case (for the before/after-@ cases)."""
    out = copy.deepcopy(pool)
    for r in out:
        r[key] = r[key].lower()
    return out


def dflt(v: Any, d: Any) -> Any:
    return d if blank(v) else v


# A full input record built on a pool's first one, with some fields overridden: the oracles of
# sets 70-81 write expected records this way.
def hs(**kw: Any) -> dict[str, Any]:
    return {**HS[0], **kw}


def sfl(**kw: Any) -> dict[str, Any]:
    return {**SFL[0], **kw}


def sfc(**kw: Any) -> dict[str, Any]:
    return {**SFC[0], **kw}


def mc(merge: dict[str, Any] | None = None, **kw: Any) -> dict[str, Any]:
    """A Mailchimp member; ``merge`` overrides merge fields, ``kw`` the member's own fields."""
    return {**copy.deepcopy(MC[0]), **kw, "merge_fields": {**MC[0]["merge_fields"], **(merge or {})}}


def omit_if_blank(v: Any, f: Callable[[Any], Any] = lambda x: x) -> Any:
    """OMIT when ``v`` is empty, else ``f(v)``."""
    return OMIT if blank(v) else f(v)


def first_filled(*vals: Any) -> Any:
    return next((v for v in vals if not blank(v)), None)


def gt(v: Any, n: float) -> bool:
    return not blank(v) and float(v) > n


def _ga4_shape(rec: dict[str, Any]) -> dict[str, Any]:
    """A GA4 record written flat ({'client_id', 'name', 'params'}, as authors of sets 37-39 did,
    not having seen the catalog's shape) in the shape the catalog and every other set use: the
    event's name and params under ``events[0]``."""
    if "events" in rec or not ({"name", "params"} & rec.keys()):
        return rec
    out = {k: v for k, v in rec.items() if k not in ("name", "params")}
    event = {k: rec[k] for k in ("name", "params") if k in rec}
    return {**out, "events": [event]}


def build(cases: list[Case], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for cid, frm, to, text, pool, fn in cases:
        inp = copy.deepcopy(pool)
        exp = [_ga4_shape(e) if to == "ga4.events" else e for e in (fn(copy.deepcopy(r)) for r in inp) if e is not None]
        doc = {"id": cid, "from": frm, "to": to, "text": text, "input": inp, "expected": exp}
        (out / f"{cid}.yaml").write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")


MATCH_KEY_NOTE = """A v2 mapping must write the destination's match key, so a text that names no email
still gets one: the drafter maps the obvious source field to it by name (HubSpot email ->
Lead Email) and says so in the explanation. Cases whose text names no email expect that
field (h7-13, h7-22, h8-03 and h8-05 were first written without it, an authoring slip: no
valid mapping could produce those records)."""


# the rule kinds every set since set 76 has, case by case (the authors' brief fixes them; the
# wording of each case is the author's own)
RULE_KINDS = """\
  01 copies (with blanks), constant         22 nested company traits, default, omit, integer
  02 defaults when empty, trim, copy        23 nested address, omit, E.164 US w/ fallback + omit
  03 fallback chain + omit, title case      24 trim+lower, copy, boolean (blank branch), number/omit
  04 table w/ otherwise (blank), lower      25 GA4 constants, copy, lower (blank stated), date
  05 two exclude filters, copies, constant  26 GA4 filter (> w/ blank), part before @, number, const
  06 > and < conditions (blank), integer    27 GA4 conditional event name, default, copy
  07 E.164 US + omit, title case            28 copies (with empty values)
  08 only filter, upper, concat + date      29 table (no otherwise), "true"/"false" text
  09 copies into Mailing* fields            30 table (no otherwise), number/omit, lower
  10 boolean flags (blank conditions)       31 only filter, E.164 UK, upper, default
  11 fallback chain, part before @          32 exclude filter, default, concat with blank part
  12 table (no otherwise), upper + omit     33 lower, boolean->status, constant + conditional tag
  13 only filter, lower, fallback, const    34 exclude filter (blank), E.164 US, table (no otherwise)
  14 trim, title case, table w/ otherwise   35 default, copy, equality -> vip (blank), constant
  15 copies, constant, default (absent)     36 only filter, copies, constants, empty tag list
  16 3-way status (blank stated), tag       37 lower userId, copies, omit-when-empty
  17 conditional tags (> and equality)      38 nested address, trim, default
  18 first word, E.164 US w/ fallback       39 E.164 US, concatenation, table w/ otherwise
  19 exclude filter (blank), constant, vip  40 title case, omit, default, "true"/"false" text
  20 title case, fallback to after @, > vip 41 exclude filter, E.164 US + omit, copy, vip condition
  21 lower, copies, concatenation           42 first word, fallback to after @, tag condition
"""

# the objects and record types every authoring script names
H, L, C, M = "hubspot.contacts", "salesforce.Lead", "salesforce.Contact", "mailchimp.members"
S, G = "segment.identify", "ga4.events"
R = dict[str, Any]
Out = dict[str, Any] | None


def rev(r: R) -> float | None:
    """A HubSpot contact's annual revenue as a number, None when blank."""
    return None if blank(r["annualrevenue"]) else float(r["annualrevenue"])

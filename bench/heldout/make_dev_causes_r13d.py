"""Dev cases for round r13d (tuned on, unlike the held-out sets): the causes behind set 36's
misses (a marketing-ops engineer writing terse pseudo-assignment lines), each worded anew: a
'||' fallback chain of fields ending in a constant or 'leave it out', '||' between comparisons
of one field (and a '#' comment line over pseudo-code), a ' // ' comment carrying the other side
of a condition, a one-item list literal under a condition with an empty list otherwise, a copy
that holds only under a condition, a template hole holding its field's format (after an
object-prefixed destination), and the empty case's value written as an expression after
'blank ->'. Expected records come from the cases README's semantics (oracle.py helpers).
Run: python bench/heldout/make_dev_causes_r13d.py  -> bench/heldout/dev_causes/dr13d-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import Case, H, L, M, Out, R, S, build, collector
from oracle import OMIT, after_at, blank, day, keep
from pools import HS, SFL

CASES: list[Case] = []
case = collector(CASES)


def _first(*vals: str) -> str | None:
    return next((v for v in vals if not blank(v)), None)


# --- '||' fallback chains ------------------------------------------------------------------------

@case("dr13d-01-double-pipe-chain-constant", H, L, "Email := email\nIndustry := industry || jobtitle || \"Unclassified\"  -- first filled value wins", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Industry": _first(r["industry"], r["jobtitle"]) or "Unclassified"}


@case("dr13d-02-double-pipe-chain-omit", H, M, "email_address := email\nmerge_fields.PHONE := phone || mobilephone || omit", HS)
def _(r: R) -> Out:
    p = _first(r["phone"], r["mobilephone"])
    return keep({"email_address": r["email"], "merge_fields": {"PHONE": p if p is not None else OMIT}})


# --- '||' between comparisons of one field, '#' comment lines --------------------------------------

@case("dr13d-03-double-pipe-same-field-filter", H, S, "# EU pilot\nkeep only records where country == \"France\" || country == \"Germany\"\nuserId := email\ntraits.city := city", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"city": r["city"]}} if r["country"] in ("France", "Germany") else None


# --- ' // ' comments ----------------------------------------------------------------------------

@case("dr13d-04-slash-comment-other-side", H, L, "Email := email\nRating := \"Warm\" if numemployees > 50 else \"Cold\"   // no headcount -> \"Cold\"", HS)
def _(r: R) -> Out:
    big = not blank(r["numemployees"]) and float(r["numemployees"]) > 50
    return {"Email": r["email"], "Rating": "Warm" if big else "Cold"}


# --- a one-item list literal under a condition ---------------------------------------------------

@case("dr13d-05-list-literal-if-else-empty", H, M, "email_address := email\ntags := [\"lead\"] if lifecyclestage == \"lead\" else []", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "tags": ["lead"] if r["lifecyclestage"] == "lead" else []}


# --- a copy that holds only under a condition ----------------------------------------------------

@case("dr13d-06-conditional-copy", L, "hubspot.contacts", "email := Email\ncity := City if Country == \"Japan\"", SFL)
def _(r: R) -> Out: return keep({"email": r["Email"], "city": r["City"] if r["Country"] == "Japan" else OMIT})


# --- a template hole holding its format ----------------------------------------------------------

@case("dr13d-07-hole-with-format-prefixed-dst", H, L, "Lead.Email := email\nLead.Description := \"Signed up <createdate as YYYY-MM-DD> in <city>\"", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Description": f"Signed up {day(r['createdate'])} in {r['city']}"}


# --- the empty case's value as an expression ----------------------------------------------------

@case("dr13d-08-blank-arrow-expression", H, S, "userId := email\ntraits.site := website; empty -> \"www.\" + the email domain", [r for r in HS if not blank(r["email"])])
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"site": r["website"] if not blank(r["website"]) else "www." + after_at(r["email"])}}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")

"""Dev cases for round 9b (tuned on, unlike the held-out sets): new sentences, in wording set 19
does not use, for each general cause behind set 19's misses, so a fix is checked on wording
other than the one that showed the cause. Expected records come from the cases README's
semantics (oracle.py helpers). Causes: a field left out when empty, named or pointed at
('keep title off whenever ...', 'omit that field' after 'either of the numbers is empty');
a boolean whose condition is on the second field named or is an emptiness ('has no X').
Run: python bench/heldout/make_dev_causes_9b.py  -> bench/heldout/dev_causes/d9b-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import Case, H, L, M, Out, R, S, build, collector, rev
from oracle import OMIT, blank, keep
from pools import HS

CASES: list[Case] = []
case = collector(CASES)


def opt(v: str) -> object:
    """A field left out when its source is empty (README semantics: if_empty omit)."""
    return OMIT if blank(v) else v


# --- a field left out when empty: a leave-off word, an emptiness word, the field ------------

@case("d9b-01-omit-named-trait", H, S, "Identify each contact by email as userId. Put their job title in traits.title, but keep title off the call whenever the job title is blank.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"title": opt(r["jobtitle"])}})


@case("d9b-02-omit-pointed-by-noun", H, L, "Email to Email, phone to Phone and mobile to MobilePhone. If either of the phone numbers is empty, please omit that field.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": opt(r["phone"]), "MobilePhone": opt(r["mobilephone"])})


@case("d9b-03-omit-it-after-copy", H, L, "Send the email and the website to Website; when there's no website, leave it off entirely.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "Website": opt(r["website"])})


# --- a boolean from a condition: the source the condition fits, an emptiness condition ------

@case("d9b-04-flag-has-no-field", H, L, "DoNotCall must be true if the lead has no mobile number and false when they have one (the team only texts mobiles). Email to Email.", HS)
def _(r: R) -> Out: return {"DoNotCall": blank(r["mobilephone"]), "Email": r["email"]}


@case("d9b-05-flag-bound-second-field", H, M, "vip: true when the revenue of the company they work for tops 2 million, and false otherwise, including contacts with no revenue at all. Subscribe them with their email.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"vip": v is not None and v > 2_000_000, "status": "subscribed", "email_address": r["email"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")
    print(len(CASES), "cases")

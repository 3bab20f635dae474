"""Dev cases for round r12a (tuned on, unlike the held-out sets): the causes behind set 27's
misses (a Salesforce admin's formal numbered specifications), each worded anew: a field's
catalog label in quotes ("the contact's 'Unsubscribed from all email' field"), a follow-up
sentence for the other side of a condition ("It shall be false when that field is ..."), rows
written as conditions after a 'derived from X:' head, a "<topic> requirements:" line over the
items, the E.164 country named as "the assumed country", a table's rest row as a sentence of its
own that names the field, a copy closed by ", unchanged" / "without modification", "both as
stored" after joined parts, a kind word before a dotted path ("A custom trait traits.x"), "it
shall be set to V" after "if it is empty", and "each record shall carry one event ... whose name
is X". Expected records come from the cases README's semantics (oracle.py helpers).
Run: python bench/heldout/make_dev_causes_r12a.py  -> bench/heldout/dev_causes/dr12a-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import Case, G, H, L, M, Out, R, S, build, collector
from oracle import OMIT, after_at, blank, e164, keep
from pools import HS, SFL

CASES: list[Case] = []
case = collector(CASES)


# --- a catalog label in quotes ---------------------------------------------------------------------

@case("dr12a-01-quoted-label-flag-two-sentences", H, S, "1. userId shall be the HubSpot contact's Email.\n2. traits.opted_out shall be true in the event that the contact's 'Unsubscribed from all email' field equals \"true\".\n3. It shall be false when that field is \"false\" or is empty.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"opted_out": r["hs_email_optout"] == "true"}}


@case("dr12a-02-quoted-label-exclude", H, L, "Scope: records where the \"Lifecycle Stage\" property is \"subscriber\" shall be excluded.\n1. The Lead's Email shall be the contact's Email.\n2. The Lead's Company shall be the contact's \"Company Name\" property.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "subscriber" else {"Email": r["email"], "Company": r["company"]}


@case("dr12a-03-quoted-label-text-from-checkbox", L, H, "R1. The HubSpot contact's Email must be the Lead's Email.\nR2. The contact's \"Unsubscribed from all email\" value must be the text \"true\" where the Lead's Email Opt Out is checked, and the text \"false\" where it is not.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("dr12a-15-kind-word-before-quoted-label", H, M, "REQ-1 email_address must equal the HubSpot contact's Email.\nREQ-2 status shall be \"unsubscribed\" where the HubSpot property \"Unsubscribed from all email\" holds \"true\"; for all other records it shall be \"subscribed\".", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed"}


# --- rows written as conditions after a 'derived from X:' head -------------------------------------

@case("dr12a-04-derived-head-condition-rows", H, L, "1. The Lead's Email shall be the contact's Email.\n2. The Lead's Rating shall be derived from the contact's Lifecycle Stage: when it is \"customer\", set the Rating to \"Hot\"; when it is \"salesqualifiedlead\", set it to \"Warm\"; in all other cases (including empty) set it to \"Cold\".", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "Rating": {"customer": "Hot", "salesqualifiedlead": "Warm"}.get(r["lifecyclestage"], "Cold")}


@case("dr12a-05-derived-head-quoted-label", H, M, "1. The member's email_address must be populated from the contact's Email.\n2. The member's status must be derived from the contact's \"Unsubscribed from all email\" property: if it is \"true\", use \"unsubscribed\"; otherwise use \"subscribed\".", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed"}


# --- a "<topic> requirements:" line --------------------------------------------------------------

@case("dr12a-06-topic-requirements-line", H, L, "Company and revenue requirements (Salesforce Lead):\n1. The Lead's Email shall be the HubSpot contact's Email.\n2. The Lead's Company shall be populated from the contact's Company Name.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"]}


# --- the assumed country of E.164 ----------------------------------------------------------------

@case("dr12a-07-assumed-country-with", H, S, "1. userId shall be the contact's Email.\n2. traits.phone shall be derived from the contact's Phone Number in E.164 format, using the United States as the assumed country. In the event that the Phone Number is null or empty, traits.phone shall be omitted.", HS)
def _(r: R) -> Out: return keep({"userId": r["email"], "traits": {"phone": e164(r["phone"]) if not blank(r["phone"]) else OMIT}})


@case("dr12a-08-assumed-country-bracket", H, L, "1. The Lead's Email shall be the contact's Email.\n2. The Lead's Mobile Phone shall be the contact's Mobile Phone Number formatted as E.164 (presumed country: United States); it must be omitted in the event that the Mobile Phone Number is empty.", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "MobilePhone": e164(r["mobilephone"]) if not blank(r["mobilephone"]) else OMIT})


# --- a table's rest row in a sentence of its own ------------------------------------------------

@case("dr12a-09-rest-row-sentence-names-field", H, L, "1. The Lead's Email shall be the contact's Email.\n2. The Lead's Lead Source shall be derived from the contact's Original Source as follows: \"PAID_SEARCH\" -> \"Advertisement\"; \"REFERRALS\" -> \"External Referral\". For every other Original Source value, the Lead's Lead Source shall be \"Other\".", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LeadSource": {"PAID_SEARCH": "Advertisement", "REFERRALS": "External Referral"}.get(r["hs_analytics_source"], "Other")}


# --- ', unchanged' / 'without modification' ------------------------------------------------------

@case("dr12a-10-respectively-unchanged", H, S, "1. The system shall populate userId with the contact's Email, unchanged.\n2. traits.city and traits.zip shall be populated from the contact's City and Postal Code respectively, without any modification.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"city": r["city"], "zip": r["zip"]}}


# --- joined parts 'both as stored' ---------------------------------------------------------------

@case("dr12a-11-joined-one-space-as-stored", H, S, "1. userId shall be the contact's Email.\n2. traits.name shall be the contact's First Name, one space, then the contact's Last Name, each as stored.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"name": f"{r['firstname']} {r['lastname']}"}}


# --- a kind word before a dotted path ------------------------------------------------------------

@case("dr12a-12-custom-trait-kind-word", H, S, "1. userId shall be the contact's Email.\n2. The custom trait traits.company_domain must be derived from the part of the contact's Email after the @.\n3. A new trait traits.stage shall be populated with the contact's Lifecycle Stage.", [r for r in HS if r["email"] == r["email"].lower()])
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company_domain": after_at(r["email"]), "stage": r["lifecyclestage"]}}


# --- 'it shall be set to V' after 'if it is empty' ---------------------------------------------

@case("dr12a-13-empty-then-it-shall-be", H, L, "1. The Lead's Email shall be the contact's Email.\n2. The Lead's Industry shall be populated from the contact's Industry; where it is null or empty, it must be set to \"Unspecified\".", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Industry": r["industry"] if not blank(r["industry"]) else "Unspecified"}


# --- 'each record shall carry one event ... whose name is X' -------------------------------------

@case("dr12a-14-event-carried-whose-name", H, G, "1. client_id shall be the HubSpot contact's Email.\n2. Every record must contain exactly one event whose name is \"sign_up\".\n3. The event parameter params.stage shall be populated with the contact's Lifecycle Stage.", HS)
def _(r: R) -> Out: return {"client_id": r["email"], "events": [{"name": "sign_up", "params": {"stage": r["lifecyclestage"]}}]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")

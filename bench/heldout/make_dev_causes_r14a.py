"""Dev cases for round r14a (tuned on, unlike the held-out sets): the causes behind set 32's
misses (a nonprofit development coordinator's polite, hedged emails), each worded anew: a list
of 'A into B' pairs read as a pair of lists, a fallback whose own part ('before the @') was
dropped, title case reached by a verb or described after it, a clause on the sync itself read as
a condition, ', so could ...' dropped as a reason, a tag for everyone after a list, 'as well,'
read as a value, a keep filter said as 'where HubSpot knows F' or 'that have an F' (a field label
read as a place), a fallback chain joined by a dash, rows keyed on 'it' after a head in the
sentence before, 'only if they have one, otherwise no X', 'if it has no T, don't touch D', a
quoted label as the subject of its own value, capitals as the subject of a reason, a status value
written straight after its field, and the values of a filter's sending-away part.
Expected records come from the cases README's semantics.
Run: python bench/heldout/make_dev_causes_r14a.py  -> bench/heldout/dev_causes/dr14a-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, H, L, M, Out, R, S, build, collector
from oracle import OMIT, before_at, blank, keep, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def _or(*vals: str) -> str:
    return next((v for v in vals if not blank(v)), "")


# --- a list of pairs, and a fallback's own part ------------------------------------------------------

@case("dr14a-01-list-of-pairs-with-fallback", H, M, "Please send the email address, LNAME from Last Name, FNAME from First Name, and when First Name is blank FNAME should take the piece of the email before the @.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "merge_fields": {"LNAME": r["lastname"], "FNAME": _or(r["firstname"], before_at(r["email"]))}}


# --- title case by a verb, described after it; a clause on the sync itself ------------------------------

@case("dr14a-02-converted-to-proper-capitalization", H, L, "Names come in messy, so once they are synced, would First Name and Last Name get converted to proper capitalization - first letter of each word capital, the rest lowercase? Email goes across unchanged.", HS)
def _(r: R) -> Out: return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Email": r["email"]}


@case("dr14a-03-fix-the-capitalization-of", H, C, "Kindly fix the capitalization of First Name and Last Name so each word starts with a capital letter and the rest is lowercase. Copy the email.", HS)
def _(r: R) -> Out: return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Email": r["email"]}


@case("dr14a-04-proper-case-bracket-with-reason", H, C, "Email as is, and City to Mailing City (in proper case please, first letter of each word capital, since the web form lets people type anything).", HS)
def _(r: R) -> Out: return {"Email": r["email"], "MailingCity": title(r["city"])}


# --- a tag for everyone after a list; 'as well,' -------------------------------------------------------

@case("dr14a-05-each-of-them-receives-the-tag", H, M, "LNAME gets the Last Name, the email address too, and each of them should receive the tag \"Spring Gala\".", HS)
def _(r: R) -> Out: return {"merge_fields": {"LNAME": r["lastname"]}, "email_address": r["email"], "tags": ["Spring Gala"]}


@case("dr14a-06-as-well-before-a-comma", H, C, "Email, Job Title plus Last Name as well, no changes.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Title": r["jobtitle"], "LastName": r["lastname"]}


# --- keep filters ---------------------------------------------------------------------------------

@case("dr14a-07-where-hubspot-knows-the-field", H, C, "We should only sync contacts for which HubSpot has the Industry; when it is blank, please leave them out. Email and Last Name.", HS)
def _(r: R) -> Out: return None if blank(r["industry"]) else {"Email": r["email"], "LastName": r["lastname"]}


@case("dr14a-08-contacts-that-have-a-label", H, L, "I think we should only bring over contacts that have a Job Title. Email, Last Name and Company Name to Company.", HS)
def _(r: R) -> Out: return None if blank(r["jobtitle"]) else {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"]}


@case("dr14a-09-only-side-of-a-filter", M, H, "We only want members whose status is subscribed brought over - pending, unsubscribed and cleaned ones stay in Mailchimp. email from the email address.", MC)
def _(r: R) -> Out: return {"email": r["email_address"]} if r["status"] == "subscribed" else None


# --- a fallback chain joined by a dash --------------------------------------------------------------

@case("dr14a-10-chain-joined-by-dash", H, L, "Email and Last Name. For Company use the Company Name - if that is blank, the Website URL, and if that is blank as well, \"Household\".", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"], "Company": _or(r["company"], r["website"]) or "Household"}


# --- rows keyed on 'it' after a head in the sentence before -------------------------------------------

@case("dr14a-11-rows-on-it-after-a-head", H, M, "Could status mirror the Unsubscribed from all email field? When it's true, set it to unsubscribed; when it's false, subscribed; when it's blank, pending. email_address from email.", HS)
def _(r: R) -> Out: return {"status": {"true": "unsubscribed", "false": "subscribed"}.get(str(r["hs_email_optout"]).lower(), "pending"), "email_address": r["email"]}


# --- leave-offs -----------------------------------------------------------------------------------

@case("dr14a-12-only-if-they-have-one", C, S, "userId is the Email; traits.title is the Title, but only when there is one (otherwise no title trait).", SFC)
def _(r: R) -> Out: return keep({"userId": r["Email"], "traits": {"title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("dr14a-16-value-then-where-records-go", M, H, "Only members whose status is subscribed should be synced, please (not pending, unsubscribed or cleaned). email from the email address.", MC)
def _(r: R) -> Out: return {"email": r["email_address"]} if r["status"] == "subscribed" else None


@case("dr14a-13-do-not-touch-when-none", L, H, "Email straight across, and Company into Company Name (if the lead has no Company, please don't touch Company Name at all, so we don't overwrite what is there).", SFL)
def _(r: R) -> Out: return keep({"email": r["Email"], "company": OMIT if blank(r["Company"]) else r["Company"]})


# --- a quoted label as its own subject; capitals in a reason; a status value after its field ----------

@case("dr14a-14-quoted-label-subject", C, H, "Email as it is. \"Unsubscribed from all email\" should be the word \"true\" if Email Opt Out is ticked and \"false\" if it is not.", SFC)
def _(r: R) -> Out: return {"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("dr14a-15-capitals-in-a-reason-status-after-field", C, M, "The email address lowercased (our list tool has choked on capitals), FNAME from First Name and LNAME from Last Name, and the status unsubscribed if Email Opt Out is checked, otherwise subscribed.", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")

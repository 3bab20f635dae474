"""Dev cases for round r12b (tuned on, unlike the held-out sets): the causes behind set 26's
misses (a growth marketer's chatty Slack messages), each written again in other words: a bare
'subscribed if not', the string 'x' before 'when it isn't', "the company's empty", 'just put V',
a reason after 'since', 'as an actual number', a row value with 'too', what a blank gets said
beside a two-sided rule, 'and status subscribed', a template chain ending 'and the field', a
label that opens with a stop word ('Do Not Call'), '+1 E.164', a '+' between two pairs, 'whose
params are', 'no X needed', 'the fixed text', params announced by count, bare tag slugs, 'if C
add V', 'go in with status pending', ', and tags:', a chat opener, two defaults joined by
', and', value rows after 'like', chat bands, a filter said as a wish, and a blank note in a
skip. Expected records come from the cases README's semantics (oracle.py helpers).
Run: python bench/heldout/make_dev_causes_r12b.py  -> bench/heldout/dev_causes/dr12b-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, build, collector, dflt, rev
from oracle import OMIT, after_at, blank, day, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def opted(r: R) -> bool:
    return r["hs_email_optout"] == "true"


# --- two-sided values -----------------------------------------------------------------------------

@case("dr12b-01-status-if-not", C, M, "contacts into the audience: email address is their Email, LNAME = last name, and status is pending if Email Opt Out is ticked, subscribed if not", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"]}, "status": "pending" if r["HasOptedOutOfEmail"] else "subscribed"}


@case("dr12b-02-string-when-it-isnt", L, H, "the hubspot job title should hold the string 'opted out' when the lead's Email Opt Out is checked and the string 'reachable' when it isn't. email from the lead's Email", SFL)
def _(r: R) -> Out: return {"jobtitle": "opted out" if r["HasOptedOutOfEmail"] else "reachable", "email": r["Email"]}


@case("dr12b-03-blank-note-beside-rule", H, M, "subscription status: unsubscribed when they opted out of all email in hubspot (the text true), subscribed otherwise, and we'd count a blank as subscribed. email address = email", HS)
def _(r: R) -> Out: return {"status": "unsubscribed" if opted(r) else "subscribed", "email_address": r["email"]}


@case("dr12b-04-blank-bracket-two-sides", H, M, "the vip field is true if annual revenue is 3 million or more and false if it's below that (blank revenue = false as well). email address from email", HS)
def _(r: R) -> Out: return {"vip": rev(r) is not None and rev(r) >= 3_000_000, "email_address": r["email"]}


@case("dr12b-05-flag-otherwise-blank-bracket", H, L, "Email Opt Out on the lead = true when the hubspot unsubscribed-from-all-email value is the text true and false otherwise (empty = false). Email = email", HS)
def _(r: R) -> Out: return {"HasOptedOutOfEmail": opted(r), "Email": r["email"]}


# --- defaults, numbers, reasons ----------------------------------------------------------------------

@case("dr12b-06-noun-s-empty-just-put", H, L, "company goes to Company, and if the company's blank just use Independent since sales can't save the lead otherwise. email to Email", HS)
def _(r: R) -> Out: return {"Company": dflt(r["company"], "Independent"), "Email": r["email"]}


@case("dr12b-07-actual-number", H, L, "Annual Revenue from the annual revenue as a real number, leave it off if the revenue's empty. Email from email", HS)
def _(r: R) -> Out: return keep({"AnnualRevenue": num(r["annualrevenue"]) if not blank(r["annualrevenue"]) else OMIT, "Email": r["email"]})


@case("dr12b-08-two-defaults-and", M, H, "email from email address. first name is FNAME or 'Friend' if FNAME is blank, and company name is COMPANY or 'n/a' when that's blank", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": dflt(mf["FNAME"], "Friend"), "company": dflt(mf["COMPANY"], "n/a")}


@case("dr12b-09-no-x-needed", H, G, "client_id = the email as it is. no user_id needed here. one event named sign_up", HS)
def _(r: R) -> Out: return {"client_id": r["email"], "events": [{"name": "sign_up"}]}


# --- tables and bands in chat -------------------------------------------------------------------------

@case("dr12b-10-row-value-too", C, M, "the member language comes from the mailing country: Germany = de, Austria = de as well, anything else = en. email address = Email", SFC)
def _(r: R) -> Out: return {"language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en", "email_address": r["Email"]}


@case("dr12b-11-rows-after-like", H, L, "one more: Lead Source should be based on the original source, like PAID_SEARCH becomes Advertisement, ORGANIC_SEARCH and REFERRALS both become Web (they're all the same anyway), and pretty much everything else (empties included) gets Other. Email = email", HS)
def _(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"LeadSource": {"PAID_SEARCH": "Advertisement", "ORGANIC_SEARCH": "Web", "REFERRALS": "Web"}.get(src, "Other"), "Email": r["email"]}


@case("dr12b-12-chat-bands", H, L, "Rating from annual revenue pls. I'm guessing if the revenue is over 3 million it's Hot, if there's a revenue but it's 3 million or less it's Warm, and if the revenue is blank we've got no idea so Cold. Email = email", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Rating": "Cold" if v is None else ("Hot" if v > 3_000_000 else "Warm"), "Email": r["email"]}


@case("dr12b-28-bare-value-first-bands", H, L, "Rating should be Hot when the annual revenue is more than 3 million, Warm if it's 3 million or less, otherwise Cold. Email = email", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Rating": "Cold" if v is None else ("Hot" if v > 3_000_000 else "Warm"), "Email": r["email"]}


@case("dr12b-29-copy-and-if-default", H, L, "Email = email. Title = the job title, and if the job title is blank just use Staff since sales wants something there", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Title": dflt(r["jobtitle"], "Staff")}


# --- filters said in chat ------------------------------------------------------------------------------

@case("dr12b-13-filter-as-a-wish", H, L, "for the lead sync we only want contacts whose country is United States (everybody else gets skipped, sales is US only). for those: city into City and email into Email", HS)
def _(r: R) -> Out: return {"City": r["city"], "Email": r["email"]} if r["country"] == "United States" else None


@case("dr12b-14-skip-blank-note", H, M, "skip anyone who's unsubscribed from all emails (the text true; blank means they never opted out so send them). the others: email address from email, status subscribed", HS)
def _(r: R) -> Out: return None if opted(r) else {"email_address": r["email"], "status": "subscribed"}


# --- templates, constants, labels -------------------------------------------------------------------------

@case("dr12b-15-template-then-and", H, L, "the Description should say 'Source: ' then the original source then ' / country: ' and the country as is. Email = email", HS)
def _(r: R) -> Out: return {"Description": f"Source: {r['hs_analytics_source']} / country: {r['country']}", "Email": r["email"]}


@case("dr12b-16-label-opens-with-stop-word", H, C, "Do Not Call = true if the mobile phone number is empty, false if there is one. email to Email", HS)
def _(r: R) -> Out: return {"DoNotCall": blank(r["mobilephone"]), "Email": r["email"]}


@case("dr12b-17-plus1-e164-and-plus-pairs", H, C, "the contact Phone is the hubspot phone number as +1 E.164, and when there's no phone just don't set it. email to the contact Email + first name to First Name", HS)
def _(r: R) -> Out: return keep({"Phone": e164(r["phone"]) if not blank(r["phone"]) else OMIT, "Email": r["email"], "FirstName": r["firstname"]})


@case("dr12b-18-fixed-text-and-status", H, M, "the member's language is always the fixed value 'en'. email address = hubspot email and status pending", HS)
def _(r: R) -> Out: return {"language": "en", "email_address": r["email"], "status": "pending"}


# --- GA4 params in chat -----------------------------------------------------------------------------------

@case("dr12b-19-params-by-count", H, G, "client_id is the constant text 'crm'. one event called sign_up with three params, lead_stage (the lifecycle stage), home_country (the country as-is) and signup_day (the create date cut to YYYY-MM-DD)", HS)
def _(r: R) -> Out: return {"client_id": "crm", "events": [{"name": "sign_up", "params": {"lead_stage": r["lifecyclestage"], "home_country": r["country"], "signup_day": day(r["createdate"])}}]}


@case("dr12b-20-whose-params-are", H, G, "client_id = email. one event named purchase, whose params are currency = EUR and value = annual revenue as a number", [r for r in HS if not blank(r["annualrevenue"])])
def _(r: R) -> Out: return {"client_id": r["email"], "events": [{"name": "purchase", "params": {"currency": "EUR", "value": num(r["annualrevenue"])}}]}


@case("dr12b-21-param-that-is", H, G, "one sign_up event per contact with a stage param that's the hubspot lifecycle stage copied over. client_id = email", HS)
def _(r: R) -> Out: return {"events": [{"name": "sign_up", "params": {"stage": r["lifecyclestage"]}}], "client_id": r["email"]}


# --- tags in chat --------------------------------------------------------------------------------------------

@case("dr12b-22-bare-tags-if-add", H, M, "tags please: everybody gets the tag crm-import to start with, then if their lifecycle stage is lead add new-lead, and if the country is France add fr-team after that. no one gets any other tags. email address = email", HS)
def _(r: R) -> Out:
    tags = ["crm-import"] + (["new-lead"] if r["lifecyclestage"] == "lead" else []) + (["fr-team"] if r["country"] == "France" else [])
    return {"tags": tags, "email_address": r["email"]}


@case("dr12b-23-go-in-pending-one-tag", L, M, "they should all go in as pending with one tag, sf-lead. email address = Email", SFL)
def _(r: R) -> Out: return {"status": "pending", "tags": ["sf-lead"], "email_address": r["Email"]}


@case("dr12b-24-others-go-in-tags-list", C, M, "skip any contact with Email Opt Out ticked. the rest go in subscribed with their Email as the email address, and tags: always 'crm', and then also 'germany' if their mailing country is Germany", SFC)
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"status": "subscribed", "email_address": r["Email"], "tags": ["crm"] + (["germany"] if r["MailingCountry"] == "Germany" else [])}


# --- chat asides ---------------------------------------------------------------------------------------------

@case("dr12b-25-opener-and-api-gets", H, M, "last thing for mailchimp: email address from the email, FNAME is the first name but if it's empty use 'friend' (so the greeting still works), and the COMPANY merge field gets the company name as-is", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "merge_fields": {"FNAME": dflt(r["firstname"], "friend"), "COMPANY": r["company"]}}


@case("dr12b-26-example-aside-title", H, L, "first name title-cased going into the lead (so like priya -> Priya), company into Company, email into Email", HS)
def _(r: R) -> Out: return {"FirstName": title(r["firstname"]), "Company": r["company"], "Email": r["email"]}


@case("dr12b-27-website-after-at", M, H, "ok last one: website = the part of the email address after the @. email from email address", MC)
def _(r: R) -> Out: return {"website": after_at(r["email_address"]), "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")

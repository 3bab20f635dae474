"""Held-out set 3, written AFTER all tuning (on sets 1 and 2) and not tuned against: the
honest figure of the final engine. Same objects and kinds of intent, wording written fresh.
Run: python bench/heldout/make_set3.py  -> bench/heldout/set3/*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from authoring import Case, build, collector, dflt
from oracle import OMIT, blank, e164, keep, num
from pools import HS, MC, SFC, SFL

H, L, C, M = "hubspot.contacts", "salesforce.Lead", "salesforce.Contact", "mailchimp.members"
S, G = "segment.identify", "ga4.events"
CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = dict[str, Any] | None


@case("h3-01-sentence-per-field", H, L, "The email maps to Email. The first name maps to FirstName. The surname maps to LastName.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h3-02-we-want-company-title", H, L, "we want company and job title on the lead, plus the email obviously", HS)
def _(r: R) -> Out: return {"Company": r["company"], "Title": r["jobtitle"], "Email": r["email"]}


@case("h3-03-numbered-list", H, L, "Please set up these fields:\n1. Email from email\n2. Phone from phone\n3. City from city\n4. Country from country", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Phone": r["phone"], "City": r["city"], "Country": r["country"]}


@case("h3-04-postal-state", H, L, "Send email, the zip code as PostalCode and the state as State.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "PostalCode": r["zip"], "State": r["state"]}


@case("h3-05-company-fallback-email-domain", H, L, "Company should come from the company field; when that's empty, take the domain of the email instead. Include email.", HS)
def _(r: R) -> Out: return {"Company": dflt(r["company"], r["email"].split("@")[1]), "Email": r["email"]}


@case("h3-06-lastname-upper", H, L, "Map email and last name, with the last name in capital letters.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"].upper()}


@case("h3-07-only-mql", H, L, "Sync only marketing qualified leads (lifecycle stage marketingqualifiedlead). Fields: email, company.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"]} if r["lifecyclestage"] == "marketingqualifiedlead" else None


@case("h3-08-skip-no-company", H, L, "Contacts without a company are skipped. Everything else goes over with email and company.", HS)
def _(r: R) -> Out: return None if blank(r["company"]) else {"Email": r["email"], "Company": r["company"]}


@case("h3-09-industry-constant-rating", H, L, "Email → Email. Every lead gets Rating = 'Cold' and LeadSource = 'Trade Show'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Rating": "Cold", "LeadSource": "Trade Show"}


@case("h3-10-source-table-colon", H, L, "Email to Email. LeadSource from original source: ORGANIC_SEARCH: Web; REFERRALS: Partner Referral; PAID_SEARCH: Advertisement; everything else: Other.", HS)
def _(r: R) -> Out:
    t = {"ORGANIC_SEARCH": "Web", "REFERRALS": "Partner Referral", "PAID_SEARCH": "Advertisement"}
    return {"Email": r["email"], "LeadSource": t.get(r["hs_analytics_source"], "Other")}


@case("h3-11-phone-e164-mobile-fallback", H, L, "Email is copied. Phone is the phone number, falling back to the mobile phone number when it is empty, formatted as E.164 with US as the default country.", [HS[0], HS[2], HS[3]])
def _(r: R) -> Out: return {"Email": r["email"], "Phone": e164(dflt(r["phone"], r["mobilephone"]))}


@case("h3-12-description-stage-source", H, L, "Map email. Description = lifecycle stage + ' / ' + original source.", [HS[0], HS[1], HS[3], HS[4]])
def _(r: R) -> Out: return {"Email": r["email"], "Description": r["lifecyclestage"] + " / " + r["hs_analytics_source"]}


@case("h3-13-employees-whole", H, L, "Email, and NumberOfEmployees taken from the number of employees, converted to a whole number.", [HS[0], HS[1], HS[3], HS[4]])
def _(r: R) -> Out: return {"Email": r["email"], "NumberOfEmployees": int(r["numemployees"])}


@case("h3-14-sfc-mailing", H, C, "For Salesforce contacts: Email, LastName, and the mailing address fields MailingStreet (address), MailingCity (city), MailingCountry (country).", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"], "MailingCity": r["city"], "MailingCountry": r["country"]}


@case("h3-15-sfc-leadsource-cond", H, C, "Email and title (from job title). LeadSource is 'Web' when the original source is ORGANIC_SEARCH, otherwise 'Advertisement'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Title": r["jobtitle"], "LeadSource": "Web" if r["hs_analytics_source"] == "ORGANIC_SEARCH" else "Advertisement"}


@case("h3-16-sfc-donotcall", H, C, "Copy email. DoNotCall should be false for everyone.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "DoNotCall": False}


@case("h3-17-mc-basic-typos", H, M, "send the emial adress, first nme into FNAME and last name into LNAME. status subscribed", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "status": "subscribed"}


@case("h3-18-mc-status-by-stage", H, M, "email_address = email. Customers go in as 'subscribed', every other lifecycle stage as 'pending'.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed" if r["lifecyclestage"] == "customer" else "pending"}


@case("h3-19-mc-tag-by-source", H, M, "Email address and status subscribed. Tag everyone with 'crm'; if their original source is PAID_SOCIAL also add the tag 'paid'.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed", "tags": ["crm", "paid"] if r["hs_analytics_source"] == "PAID_SOCIAL" else ["crm"]}


@case("h3-20-mc-only-us", H, M, "Just the contacts in the United States (country). Email address from email, status subscribed, LNAME from last name.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed", "merge_fields": {"LNAME": r["lastname"]}} if r["country"] == "United States" else None


@case("h3-21-seg-user-traits-list", H, S, "userId: the email. traits: firstName, lastName, title (job title), description (industry).", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "title": r["jobtitle"], "description": r["industry"]}}


@case("h3-22-seg-username-local", H, S, "The userId is the email. traits.username is the part of the email before the @.", [dict(r, email=r["email"].lower()) for r in HS])
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"username": r["email"].split("@")[0]}}


@case("h3-23-seg-website-default", H, S, "userId is email; traits.website is the website or 'n/a' if there is none.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"website": dflt(r["website"], "n/a")}}


@case("h3-24-seg-company-plan-const", H, S, "userId = email, traits.company.name = company, traits.company.plan = 'enterprise' for all contacts.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"name": r["company"], "plan": "enterprise"}}}


@case("h3-25-ga4-lead-event", H, G, "Each contact becomes a GA4 generate_lead event; client_id is always 'sync-1'. Put the lifecycle stage in a param called stage.", HS)
def _(r: R) -> Out: return {"client_id": "sync-1", "events": [{"name": "generate_lead", "params": {"stage": r["lifecyclestage"]}}]}


@case("h3-26-sfl-basic-labels", L, H, "Lead → contact: Email to email, First Name to firstname, Last Name to lastname, Title to job title.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "jobtitle": r["Title"]}


@case("h3-27-sfl-optout-skip", L, H, "Don't bring over leads who opted out of email (HasOptedOutOfEmail is true). For the rest: email and company.", SFL)
def _(r: R) -> Out: return None if r["HasOptedOutOfEmail"] else {"email": r["Email"], "company": r["Company"]}


@case("h3-28-sfl-revenue-number", L, H, "email from Email; annualrevenue from AnnualRevenue as a number, left out when empty.", SFL)
def _(r: R) -> Out: return keep({"email": r["Email"], "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h3-29-sfc-mc-fname-lname-upper", C, M, "Contacts to Mailchimp: email address = Email (lower case), FNAME = FirstName, LNAME = LastName in upper case, status subscribed.", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"].upper()}, "status": "subscribed"}


@case("h3-30-sfc-mc-optout-status", C, M, "Email address from Email. Status: 'unsubscribed' for contacts with HasOptedOutOfEmail true, 'subscribed' for the others.", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"}


@case("h3-31-mc-hs-optout-text", M, H, "email = email_address. Set hs_email_optout to the text \"true\" for members whose status is unsubscribed or cleaned, and \"false\" for the rest.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"}


@case("h3-32-mc-hs-lastname-default", M, H, "From Mailchimp: email (email_address), lastname (LNAME, or 'Unknown' when blank), company (COMPANY).", MC)
def _(r: R) -> Out:
    f = r["merge_fields"]
    return {"email": r["email_address"], "lastname": dflt(f["LNAME"], "Unknown"), "company": f["COMPANY"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set3")
    print(len(CASES), "cases")

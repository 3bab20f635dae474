"""Held-out set 6, written BEFORE the session that measures it and not tuned against:
wording styles unlike sets 1-5 (terse ops shorthand with arrows and commas, questions
"can we put X into Y?", long run-on sentences, British spelling, numbers written as
words, mixed-case field labels, numbered steps, negative phrasing "don't touch X",
"X should mirror Y"), across the platform pairs of the public cases.
Run: python bench/heldout/make_set6.py  -> bench/heldout/set6/*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from authoring import Case, build, collector, dflt
from oracle import OMIT, blank, e164, keep, title
from pools import HS, MC, SFC, SFL

H, L, C, M = "hubspot.contacts", "salesforce.Lead", "salesforce.Contact", "mailchimp.members"
S, G = "segment.identify", "ga4.events"
CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = dict[str, Any] | None


def rev(r: R) -> float | None:
    return None if blank(r["annualrevenue"]) else float(r["annualrevenue"])


# --- HubSpot contacts -> Salesforce Lead -------------------------------------------------

@case("h6-01-terse-arrows-lower", H, L, "email -> Email, lowercase; firstname -> FirstName; lastname -> LastName", HS)
def _(r: R) -> Out: return {"Email": r["email"].lower(), "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h6-02-question-put-into", H, L, "Can we put the job title into Title and the email into Email?", HS)
def _(r: R) -> Out: return {"Title": r["jobtitle"], "Email": r["email"]}


@case("h6-03-run-on-default", H, L, "so basically we want the email to go to Email and the company to go into Company and if there isn't a company then just write 'Not Provided' there and that's it really", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": dflt(r["company"], "Not Provided")}


@case("h6-04-british-organisation", H, L, "Organisation name goes to Company; the lead's Email should mirror the contact's email.", HS)
def _(r: R) -> Out: return {"Company": r["company"], "Email": r["email"]}


@case("h6-05-numbered-steps", H, L, "1. Copy email to Email.\n2. Copy city to City.\n3. Set LeadSource to 'Trade Show' for everyone.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "City": r["city"], "LeadSource": "Trade Show"}


@case("h6-06-words-threshold", H, L, "Rating is 'Hot' when annual revenue is over ten million, otherwise 'Cold'; blank revenue also counts as 'Cold'. Email too.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Rating": "Hot" if v is not None and v > 10_000_000 else "Cold", "Email": r["email"]}


@case("h6-07-mixed-case-labels", H, L, "EMAIL → Email, FIRST NAME → FirstName, Job Title → Title, ZIP → PostalCode", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "Title": r["jobtitle"], "PostalCode": r["zip"]}


@case("h6-08-dont-touch-distractor", H, L, "Don't touch the phone fields. Just send email and last name across.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"]}


@case("h6-09-mirror-uppercase-state", H, L, "State should mirror the contact's state/region but in upper case. Email as is.", HS)
def _(r: R) -> Out: return {"State": r["state"].upper(), "Email": r["email"]}


@case("h6-10-exclude-question", H, L, "Could we leave out anyone whose country is Mexico? Otherwise email and country go over unchanged.", HS)
def _(r: R) -> Out: return None if r["country"] == "Mexico" else {"Email": r["email"], "Country": r["country"]}


@case("h6-11-terse-phone-e164", H, L, "phone -> Phone (E.164, US); email -> Email", [HS[0], HS[3], HS[4]])
def _(r: R) -> Out: return {"Phone": e164(r["phone"]), "Email": r["email"]}


@case("h6-12-source-table-british", H, L, "Please standardise the lead source from the original source: ORGANIC_SEARCH becomes 'Web', PAID_SEARCH becomes 'Advertisement', REFERRALS becomes 'Partner Referral', and anything else becomes 'Other'. Also map the email.", HS)
def _(r: R) -> Out:
    t = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}
    return {"LeadSource": t.get(r["hs_analytics_source"], "Other"), "Email": r["email"]}


@case("h6-13-fallback-run-on", H, L, "for Phone use the phone number and if that's blank fall back to the mobile phone and also send the email", HS)
def _(r: R) -> Out: return {"Phone": r["mobilephone"] if blank(r["phone"]) else r["phone"], "Email": r["email"]}


@case("h6-14-employees-words", H, L, "Only contacts with more than twenty employees. Map email and Company from company name.", HS)
def _(r: R) -> Out:
    if blank(r["numemployees"]) or int(r["numemployees"]) <= 20:
        return None
    return {"Email": r["email"], "Company": r["company"]}


@case("h6-15-industry-default-steps", H, L, "Step 1: Email from email. Step 2: Industry from industry, defaulting to 'Other' when empty.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Industry": dflt(r["industry"], "Other")}


@case("h6-16-title-case-names-question", H, L, "Can FirstName and LastName be title-cased from the first and last name? And Email copied.", HS)
def _(r: R) -> Out: return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Email": r["email"]}


@case("h6-17-website-omit-blank", H, L, "Website ← website (skip the field if it's empty), Email ← email.", HS)
def _(r: R) -> Out: return keep({"Website": OMIT if blank(r["website"]) else r["website"], "Email": r["email"]})


# --- HubSpot contacts -> Salesforce Contact ----------------------------------------------

@case("h6-18-sfc-mailing-terse", H, C, "email -> Email, city -> MailingCity, country -> MailingCountry, lastname -> LastName", HS)
def _(r: R) -> Out: return {"Email": r["email"], "MailingCity": r["city"], "MailingCountry": r["country"], "LastName": r["lastname"]}


@case("h6-19-sfc-optout-question", H, C, "Could HasOptedOutOfEmail be ticked when hs_email_optout is \"true\" and left unticked otherwise? Plus Email and LastName.", HS)
def _(r: R) -> Out: return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "Email": r["email"], "LastName": r["lastname"]}


@case("h6-20-sfc-skip-optedout", H, C, "Don't sync contacts who have opted out of email (hs_email_optout is \"true\"). Map Email and Title from job title.", HS)
def _(r: R) -> Out: return None if r["hs_email_optout"] == "true" else {"Email": r["email"], "Title": r["jobtitle"]}


@case("h6-21-sfc-const-department", H, C, "Department is always 'Marketing'. LastName mirrors lastname, Email mirrors email.", HS)
def _(r: R) -> Out: return {"Department": "Marketing", "LastName": r["lastname"], "Email": r["email"]}


# --- HubSpot contacts -> Mailchimp members -----------------------------------------------

@case("h6-22-mc-terse", H, M, "email -> email_address (lowercase), firstname -> FNAME, status = subscribed", HS)
def _(r: R) -> Out: return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"]}, "status": "subscribed"}


@case("h6-23-mc-status-question", H, M, "Can we make the status 'unsubscribed' for people who opted out (hs_email_optout = \"true\") and 'subscribed' for everybody else? Email address from email.", HS)
def _(r: R) -> Out: return {"status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed", "email_address": r["email"]}


@case("h6-24-mc-tag-run-on", H, M, "we'd like every member tagged with 'hubspot' and the email address taken from the email and the status set to subscribed and the company going into the COMPANY merge field", HS)
def _(r: R) -> Out: return {"tags": ["hubspot"], "email_address": r["email"], "status": "subscribed", "merge_fields": {"COMPANY": r["company"]}}


@case("h6-25-mc-only-customers-steps", H, M, "1) only customers (lifecycle stage = customer)\n2) email address = email\n3) status = subscribed\n4) LNAME = last name", [dict(HS[0], lifecyclestage="customer"), HS[1], HS[2], HS[3]])
def _(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"email_address": r["email"], "status": "subscribed", "merge_fields": {"LNAME": r["lastname"]}}


@case("h6-26-mc-language-british", H, M, "Set language to 'en' for everyone, status 'subscribed', email address from email; FNAME should mirror the first name, capitalised properly (title case).", HS)
def _(r: R) -> Out: return {"language": "en", "status": "subscribed", "email_address": r["email"], "merge_fields": {"FNAME": title(r["firstname"])}}


@case("h6-27-mc-phone-default", H, M, "PHONE merge field: the phone, or 'none' if there isn't one. email_address: email. status: subscribed.", HS)
def _(r: R) -> Out: return {"merge_fields": {"PHONE": dflt(r["phone"], "none")}, "email_address": r["email"], "status": "subscribed"}


@case("h6-28-mc-skip-subscribers", H, M, "Ignore contacts in the subscriber lifecycle stage; for the rest, email address is the email and status is pending.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "subscriber" else {"email_address": r["email"], "status": "pending"}


# --- HubSpot contacts -> Segment identify ------------------------------------------------

@case("h6-29-seg-terse", H, S, "userId <- email; traits.email <- email; traits.title <- jobtitle", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"email": r["email"], "title": r["jobtitle"]}}


@case("h6-30-seg-full-name-question", H, S, "Can traits.name be the first name, a space, then the last name? userId is the email.", HS)
def _(r: R) -> Out: return {"traits": {"name": r["firstname"] + " " + r["lastname"]}, "userId": r["email"]}


@case("h6-31-seg-city-mirror", H, S, "traits.address.city should mirror the contact's city and traits.address.country the country. User ID = email.", HS)
def _(r: R) -> Out: return {"traits": {"address": {"city": r["city"], "country": r["country"]}}, "userId": r["email"]}


@case("h6-32-seg-phone-lower-email", H, S, "userId: email in lower case. traits.phone: phone, and 'unknown' when it's blank.", HS)
def _(r: R) -> Out: return {"userId": r["email"].lower(), "traits": {"phone": dflt(r["phone"], "unknown")}}


# --- HubSpot contacts -> GA4 events ------------------------------------------------------

@case("h6-33-ga4-generate-lead", H, G, "Send a generate_lead event for each contact, client_id always 'crm'. Contacts that opted out (hs_email_optout \"true\") shouldn't be sent.", HS)
def _(r: R) -> Out: return None if r["hs_email_optout"] == "true" else {"client_id": "crm", "events": [{"name": "generate_lead"}]}


@case("h6-34-ga4-user-id", H, G, "client_id fixed to 'import', user_id from the email; one event called login.", HS)
def _(r: R) -> Out: return {"client_id": "import", "user_id": r["email"], "events": [{"name": "login"}]}


# --- Salesforce Lead -> HubSpot contacts -------------------------------------------------

@case("h6-35-sfl-terse", L, H, "Email -> email, FirstName -> firstname, Company -> company, Phone -> phone", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "firstname": r["FirstName"], "company": r["Company"], "phone": r["Phone"]}


@case("h6-36-sfl-hot-only-question", L, H, "Can we only bring over the Hot leads? Email to email and Title to jobtitle.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "jobtitle": r["Title"]} if r["Rating"] == "Hot" else None


@case("h6-37-sfl-source-default", L, H, "The HubSpot lead source field isn't needed. Email goes to email and city to city; if City is empty write 'Unknown'.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "city": dflt(r["City"], "Unknown")}


@case("h6-38-sfl-optout-string", L, H, "hs_email_optout should be \"true\" when HasOptedOutOfEmail is ticked and \"false\" when it isn't. Also copy Email into email.", SFL)
def _(r: R) -> Out: return {"hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false", "email": r["Email"]}


# --- Salesforce Contact -> Mailchimp members ---------------------------------------------

@case("h6-39-sfc-mc-steps", C, M, "1. email_address = Email (lower-case)\n2. FNAME = FirstName\n3. LNAME = LastName\n4. status = 'subscribed'", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]}, "status": "subscribed"}


@case("h6-40-sfc-mc-skip-optout", C, M, "Don't include contacts that have opted out of email. email address from Email, status subscribed, tag 'salesforce'.", SFC)
def _(r: R) -> Out: return None if r["HasOptedOutOfEmail"] else {"email_address": r["Email"], "status": "subscribed", "tags": ["salesforce"]}


# --- Mailchimp members -> HubSpot contacts -----------------------------------------------

@case("h6-41-mc-hs-terse", M, H, "email_address -> email, FNAME -> firstname, LNAME -> lastname, COMPANY -> company", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"], "company": mf["COMPANY"]}


@case("h6-42-mc-hs-only-subscribed", M, H, "Only subscribed members, please; the email should mirror email_address and the first name should mirror FNAME in title case.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "firstname": title(r["merge_fields"]["FNAME"])} if r["status"] == "subscribed" else None


@case("h6-43-mc-hs-lastname-default", M, H, "Can lastname come from LNAME, and be 'Unknown' when LNAME is empty? email from the email address.", MC)
def _(r: R) -> Out: return {"lastname": dflt(r["merge_fields"]["LNAME"], "Unknown"), "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set6")
    print(len(CASES), "cases")

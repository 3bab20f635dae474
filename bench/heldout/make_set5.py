"""Held-out set 5, written BEFORE the slot-filling rework of the grammar and not tuned
against: wording deliberately unlike sets 1-4 (passive voice, "please", bullet and colon
lists, synonyms, field labels, reordered clauses, typos in the prose but never in quoted
values), across the platform pairs of the public cases.
Run: python bench/heldout/make_set5.py  -> bench/heldout/set5/*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from authoring import Case, build, collector, dflt
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

H, L, C, M = "hubspot.contacts", "salesforce.Lead", "salesforce.Contact", "mailchimp.members"
S, G = "segment.identify", "ga4.events"
CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = dict[str, Any] | None
DOB = [dict(HS[0], date_of_birth="1988-04-12"), dict(HS[3], date_of_birth="1975-09-30"), dict(HS[4], date_of_birth="1992-01-05")]


def rev(r: R) -> float | None:
    return None if blank(r["annualrevenue"]) else float(r["annualrevenue"])


# --- HubSpot contacts -> Salesforce Lead -------------------------------------------------

@case("h5-01-please-bullets-labels", H, L, "Please map the following onto the lead:\n- E-mail Address\n- Given name\n- Surname\n- Company Name\n- Job title", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"], "Title": r["jobtitle"]}


@case("h5-02-passive-default", H, L, "The lead's Company is filled from the contact's company; should that be empty, 'Unknown Co' is used instead. The email address is carried over as well.", HS)
def _(r: R) -> Out: return {"Company": dflt(r["company"], "Unknown Co"), "Email": r["email"]}


@case("h5-03-reordered-constant", H, L, "For every single lead, 'Web' is the lead source. Email as well, please.", HS)
def _(r: R) -> Out: return {"LeadSource": "Web", "Email": r["email"]}


@case("h5-04-typo-prose-lower", H, L, "Pls copy the emial adress to Email but make it all lowercase, and put the contacts job titel in Title.", HS)
def _(r: R) -> Out: return {"Email": r["email"].lower(), "Title": r["jobtitle"]}


@case("h5-05-country-all-caps", H, L, "Country on the lead = the contact's country, written in all caps. Also bring the e-mail.", HS)
def _(r: R) -> Out: return {"Country": r["country"].upper(), "Email": r["email"]}


@case("h5-06-status-maps-to-list", H, L, "Lead status is derived from the lifecycle stage:\n• lead maps to Open - Not Contacted\n• salesqualifiedlead maps to Working - Contacted\n• customer maps to Closed - Converted\n• anything else maps to Open - Not Contacted\nEmail is copied.", HS)
def _(r: R) -> Out:
    t = {"lead": "Open - Not Contacted", "salesqualifiedlead": "Working - Contacted", "customer": "Closed - Converted"}
    return {"Status": t.get(r["lifecyclestage"], "Open - Not Contacted"), "Email": r["email"]}


@case("h5-07-leave-out-no-city", H, L, "Leave out contacts that have no city. Copy the email address and the city.", [HS[0], dict(HS[1], city=""), HS[2], dict(HS[3], city="  ")])
def _(r: R) -> Out: return None if blank(r["city"]) else {"Email": r["email"], "City": r["city"]}


@case("h5-08-mobile-e164", H, L, "Mobile phone should end up in MobilePhone formatted as E.164; assume U.S. numbers. Email goes across unchanged.", [HS[0], HS[2], HS[4]])
def _(r: R) -> Out: return {"MobilePhone": e164(r["mobilephone"]), "Email": r["email"]}


@case("h5-09-revenue-bands-commas", H, L, "Rating: annual revenue of 5,000,000 or more is 'Hot', anything below that is 'Warm', and no revenue at all is 'Cold'. And the email.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Rating": "Cold" if v is None else ("Hot" if v >= 5_000_000 else "Warm"), "Email": r["email"]}


@case("h5-10-description-prefix", H, L, "Description should say 'Source: ' and then the original source. Send the email too.", [HS[0], HS[1], HS[3], HS[4]])
def _(r: R) -> Out: return {"Description": "Source: " + r["hs_analytics_source"], "Email": r["email"]}


@case("h5-11-employees-passive-omit", H, L, "The number of employees is sent as an integer into NumberOfEmployees, and is omitted when blank. Email is mapped as well.", HS)
def _(r: R) -> Out: return keep({"NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]), "Email": r["email"]})


@case("h5-12-not-synced-passive", H, L, "Contacts whose lifecycle stage is subscriber or lead are not to be synced. The remaining ones are sent with email and company name.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] in ("subscriber", "lead") else {"Email": r["email"], "Company": r["company"]}


@case("h5-13-fallback-clause-first", H, L, "If the phone is empty, the mobile number is used for Phone instead; otherwise Phone is just the phone. Map the email address too.", HS)
def _(r: R) -> Out: return {"Phone": r["mobilephone"] if blank(r["phone"]) else r["phone"], "Email": r["email"]}


@case("h5-14-labels-arrows", H, L, "State/Region → State and Postal Code → PostalCode, plus Email.", HS)
def _(r: R) -> Out: return {"State": r["state"], "PostalCode": r["zip"], "Email": r["email"]}


@case("h5-15-website-default-distractor", H, L, "Website: use the website, and when there's none, put 'https://example.com'. Industry isn't needed. Also email.", HS)
def _(r: R) -> Out: return {"Website": dflt(r["website"], "https://example.com"), "Email": r["email"]}


@case("h5-16-typos-default", H, L, "map emial and lastname, if the last nmae is emtpy use 'Unknown'.", [HS[0], dict(HS[1], lastname=""), HS[3]])
def _(r: R) -> Out: return {"Email": r["email"], "LastName": dflt(r["lastname"], "Unknown")}


@case("h5-17-dont-set-title", H, L, "Email and Title (from the job title); don't set Title when the job title is blank.", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]})


@case("h5-18-colon-lines-synonyms", H, L, "Email: email\nCompany: employer\nTitle: position\nLeadSource: always 'Partner Referral'", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"], "Title": r["jobtitle"], "LeadSource": "Partner Referral"}


# --- HubSpot contacts -> Salesforce Contact ----------------------------------------------

@case("h5-19-sfc-labels", H, C, "Salesforce contact fields: Email, First Name, Last Name, Title (from Job Title), Mailing City (from City), Mailing State (from State/Region).", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"], "MailingCity": r["city"], "MailingState": r["state"]}


@case("h5-20-sfc-checked-unchecked", H, C, "HasOptedOutOfEmail should be checked for contacts with hs_email_optout = \"true\" and unchecked otherwise (also when it's blank). Copy email and last name.", HS)
def _(r: R) -> Out: return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "Email": r["email"], "LastName": r["lastname"]}


@case("h5-21-sfc-department-industry", H, C, "Department comes from industry; use 'General' if the industry is missing. The email is copied over too.", HS)
def _(r: R) -> Out: return {"Department": dflt(r["industry"], "General"), "Email": r["email"]}


@case("h5-22-sfc-const-birthdate", H, C, "Set LeadSource to 'HubSpot' on all contacts and map Email, plus Birthdate from the date of birth field.", DOB)
def _(r: R) -> Out: return {"LeadSource": "HubSpot", "Email": r["email"], "Birthdate": r["date_of_birth"]}


# --- HubSpot contacts -> Mailchimp members -----------------------------------------------

@case("h5-23-mc-please-names", H, M, "Please create Mailchimp members with the email address and the first and last names (FNAME / LNAME). Everyone should be subscribed.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "status": "subscribed"}


@case("h5-24-mc-status-passive", H, M, "Members are added as 'unsubscribed' when the contact has opted out (hs_email_optout \"true\"), otherwise as 'subscribed'. Email address is the contact's email, lower-cased.", HS)
def _(r: R) -> Out: return {"status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed", "email_address": r["email"].lower()}


@case("h5-25-mc-tags-extra", H, M, "Each member is tagged 'crm-import'. Members from PAID_SEARCH get an extra tag 'ppc'. Send email address; status subscribed.", HS)
def _(r: R) -> Out:
    return {"tags": ["crm-import"] + (["ppc"] if r["hs_analytics_source"] == "PAID_SEARCH" else []), "email_address": r["email"], "status": "subscribed"}


@case("h5-26-mc-only-mobile", H, M, "Only contacts that have a mobile number, please. PHONE merge field gets the mobile number in E.164 (US). email address from email and status subscribed.", HS)
def _(r: R) -> Out:
    if blank(r["mobilephone"]):
        return None
    return {"merge_fields": {"PHONE": e164(r["mobilephone"])}, "email_address": r["email"], "status": "subscribed"}


@case("h5-27-mc-language-by-country", H, M, "language: 'fr' for contacts in France, 'ja' for Japan, 'en' for everybody else. Also email address and status 'subscribed'.", HS)
def _(r: R) -> Out: return {"language": {"France": "fr", "Japan": "ja"}.get(r["country"], "en"), "email_address": r["email"], "status": "subscribed"}


@case("h5-28-mc-vip-revenue", H, M, "vip = true when annual revenue is above 3 million, false otherwise (empty revenue -> false). email_address from email, status subscribed.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"vip": v is not None and v > 3_000_000, "email_address": r["email"], "status": "subscribed"}


@case("h5-29-mc-email-type-title", H, M, "email_type 'text' for everyone, status 'pending', email address from the email in lower case and FNAME in title case.", HS)
def _(r: R) -> Out: return {"email_type": "text", "status": "pending", "email_address": r["email"].lower(), "merge_fields": {"FNAME": title(r["firstname"])}}


# --- HubSpot contacts -> Segment identify ------------------------------------------------

@case("h5-30-seg-left-arrows", H, S, "Segment identify:\n- userId ← email\n- traits.firstName ← first name\n- traits.lastName ← last name\n- traits.company.name ← company name", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "company": {"name": r["company"]}}}


@case("h5-31-seg-name-last-comma-first", H, S, "The name trait is built from the last name, a comma and a space, then the first name. The user id is the email address.", HS)
def _(r: R) -> Out: return {"traits": {"name": r["lastname"] + ", " + r["firstname"]}, "userId": r["email"]}


@case("h5-32-seg-birthday", H, S, "userId = email; traits.birthday = date of birth.", DOB)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"birthday": r["date_of_birth"]}}


@case("h5-33-seg-us-only-employees", H, S, "Only contacts located in the United States are identified. userId: email. traits.company.employee_count: number of employees (integer).", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"employee_count": int(r["numemployees"])}}} if r["country"] == "United States" else None


@case("h5-34-seg-username-before-at", H, S, "traits.username = everything before the @ in the email; traits.email = email; userId = email.", HS[1:])
def _(r: R) -> Out: return {"traits": {"username": r["email"].split("@")[0], "email": r["email"]}, "userId": r["email"]}


# --- HubSpot contacts -> GA4 events ------------------------------------------------------

@case("h5-35-ga4-customers-purchase", H, G, "For customers only (lifecycle stage customer), send a purchase event to GA4 with client_id 'backfill-2024', params currency 'USD' and value equal to annual revenue as a number.", [dict(HS[0], lifecyclestage="customer"), HS[1], HS[2], HS[3]])
def _(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"client_id": "backfill-2024", "events": [{"name": "purchase", "params": {"currency": "USD", "value": num(r["annualrevenue"])}}]}


@case("h5-36-ga4-signup-method", H, G, "Every contact: client_id fixed to 'hs', one event named sign_up, with a param called method holding the original source lower-cased.", [HS[0], HS[1], HS[3], HS[4]])
def _(r: R) -> Out: return {"client_id": "hs", "events": [{"name": "sign_up", "params": {"method": r["hs_analytics_source"].lower()}}]}


# --- Salesforce Lead -> HubSpot contacts -------------------------------------------------

@case("h5-37-sfl-labels-passive", L, H, "Email, First Name and Last Name of each lead are copied to the HubSpot contact, and the lead's Title is stored as the job title.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "jobtitle": r["Title"]}


@case("h5-38-sfl-stage-by-status", L, H, "When a lead's Status is Closed - Converted the contact's lifecycle stage is customer; Working - Contacted makes it salesqualifiedlead; any other status makes it lead. Email goes to email.", SFL)
def _(r: R) -> Out:
    t = {"Closed - Converted": "customer", "Working - Contacted": "salesqualifiedlead"}
    return {"lifecyclestage": t.get(r["Status"], "lead"), "email": r["Email"]}


@case("h5-39-sfl-skip-cold", L, H, "Cold leads are skipped. For the others send email, company and phone (phone unchanged).", SFL)
def _(r: R) -> Out: return None if r["Rating"] == "Cold" else {"email": r["Email"], "company": r["Company"], "phone": r["Phone"]}


@case("h5-40-sfl-address-omit", L, H, "Please copy Street into the address, PostalCode into zip and City into city; and the email of course. When Street is blank, leave address out.", SFL)
def _(r: R) -> Out: return keep({"address": OMIT if blank(r["Street"]) else r["Street"], "zip": r["PostalCode"], "city": r["City"], "email": r["Email"]})


# --- Salesforce Contact -> Mailchimp members ---------------------------------------------

@case("h5-41-sfc-mc-checked-status", C, M, "Contacts with HasOptedOutOfEmail unchecked are subscribed, those with it checked are unsubscribed. The email address is the Email field in lower case. FNAME is the first name.", SFC)
def _(r: R) -> Out: return {"status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"]}}


@case("h5-42-sfc-mc-exclude-us-tag", C, M, "Exclude contacts whose MailingCountry is United States. Map Email to email address, LastName to LNAME, status 'subscribed', and tag them with 'europe'.", SFC)
def _(r: R) -> Out:
    if r["MailingCountry"] == "United States":
        return None
    return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"]}, "status": "subscribed", "tags": ["europe"]}


@case("h5-43-sfc-mc-upper-e164", C, M, "email address: Email. LNAME: last name, upper case. PHONE: phone number as E.164, US by default. Status is subscribed.", SFC)
def _(r: R) -> Out: return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"].upper(), "PHONE": e164(r["Phone"])}, "status": "subscribed"}


# --- Mailchimp members -> HubSpot contacts -----------------------------------------------

@case("h5-44-mc-hs-optout-passive", M, H, "The member's email_address is written to email and FNAME to firstname. hs_email_optout is set to the string \"true\" when the member is unsubscribed and to \"false\" otherwise.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"], "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"}


@case("h5-45-mc-hs-vip-company-default", M, H, "lifecyclestage is 'customer' for VIP members and 'subscriber' for the rest. Company comes from COMPANY and is 'n/a' when COMPANY is empty. email from email_address.", MC)
def _(r: R) -> Out: return {"lifecyclestage": "customer" if r["vip"] else "subscriber", "company": dflt(r["merge_fields"]["COMPANY"], "n/a"), "email": r["email_address"]}


@case("h5-46-mc-hs-ignore-two-statuses", M, H, "Members who are cleaned or unsubscribed should be ignored. Copy email, first name and last name (FNAME/LNAME) for everyone else.", MC)
def _(r: R) -> Out:
    if r["status"] in ("cleaned", "unsubscribed"):
        return None
    return {"email": r["email_address"], "firstname": r["merge_fields"]["FNAME"], "lastname": r["merge_fields"]["LNAME"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set5")
    print(len(CASES), "cases")

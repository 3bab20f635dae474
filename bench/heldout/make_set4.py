"""Held-out set 4, written AFTER the last tuning (on sets 1-3) and not tuned against: the
honest figure of the final engine. Same objects and kinds of intent, wording written fresh.
Run: python bench/heldout/make_set4.py  -> bench/heldout/set4/*.yaml"""

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


@case("h4-01-map-to-labels", H, L, "Take each contact's email, first name and company and write them to the lead's Email, First Name and Company fields.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "Company": r["company"]}


@case("h4-02-passive-copy", H, L, "The contact email is copied into Email and the mobile phone number is copied into MobilePhone.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "MobilePhone": r["mobilephone"]}


@case("h4-03-title-case-city-state-upper", H, L, "Map email. City should be title cased and State should be uppercase.", [HS[0], dict(HS[2], city="monterrey nuevo", state="nl"), HS[3]])
def _(r: R) -> Out: return {"Email": r["email"], "City": title(r["city"]), "State": r["state"].upper()}


@case("h4-04-default-lastname", H, L, "Copy email and last name; a blank last name becomes 'Unknown'.", [HS[0], dict(HS[1], lastname=""), dict(HS[3], lastname="  ")])
def _(r: R) -> Out: return {"Email": r["email"], "LastName": dflt(r["lastname"], "Unknown")}


@case("h4-05-only-paid", H, L, "Only contacts whose original source is PAID_SEARCH or PAID_SOCIAL should be synced. Send email and LeadSource 'Advertisement'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LeadSource": "Advertisement"} if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else None


@case("h4-06-skip-subscribers", H, L, "Skip contacts in the subscriber stage; everyone else gets email and last name.", HS)
def _(r: R) -> Out: return None if r["lifecyclestage"] == "subscriber" else {"Email": r["email"], "LastName": r["lastname"]}


@case("h4-07-status-from-stage-two", H, L, "Email -> Email. Status: customers are 'Closed - Converted', all other contacts are 'Open - Not Contacted'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Status": "Closed - Converted" if r["lifecyclestage"] == "customer" else "Open - Not Contacted"}


@case("h4-08-industry-desc-default", H, L, "Email goes to Email. Description gets the industry, or 'n/a' if the industry is blank.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Description": dflt(r["industry"], "n/a")}


@case("h4-09-revenue-rating", H, L, "Rating is 'Warm' when annual revenue is at least 1000000 and 'Cold' otherwise (blank revenue counts as 'Cold'). Map email too.", HS)
def _(r: R) -> Out: return {"Rating": "Warm" if not blank(r["annualrevenue"]) and float(r["annualrevenue"]) >= 1_000_000 else "Cold", "Email": r["email"]}


@case("h4-10-e164-phone-and-mobile", H, L, "Email, plus Phone and MobilePhone from phone and mobile phone, both in E.164 (US).", [HS[0]])
def _(r: R) -> Out: return {"Email": r["email"], "Phone": e164(r["phone"]), "MobilePhone": e164(r["mobilephone"])}


@case("h4-11-website-lower", H, L, "Website comes from website in lower case, and Email from email.", [dict(HS[0], website="https://Northwind.IO"), HS[3], HS[4]])
def _(r: R) -> Out: return {"Website": r["website"].lower(), "Email": r["email"]}


@case("h4-12-salutation-const", H, L, "Email from email; Salutation fixed to 'Mx.'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Salutation": "Mx."}


@case("h4-13-sfc-first-word", H, C, "Email and LastName as usual. FirstName should only keep the first word of the first name.", [dict(HS[0], firstname="Priya Devi"), HS[1], HS[4]])
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"], "FirstName": r["firstname"].split()[0]}


@case("h4-14-sfc-other-city", H, C, "For the Salesforce contact: Email from email and OtherCity from city. Leave OtherCity out if city is empty.", [HS[0], dict(HS[1], city=""), HS[3]])
def _(r: R) -> Out: return keep({"Email": r["email"], "OtherCity": OMIT if blank(r["city"]) else r["city"]})


@case("h4-15-sfc-birthdate", H, C, "Email, and Birthdate from date of birth.", [dict(HS[0], date_of_birth="1988-04-12"), dict(HS[3], date_of_birth="1975-09-30")])
def _(r: R) -> Out: return {"Email": r["email"], "Birthdate": r["date_of_birth"]}


@case("h4-16-mc-polite-basic", H, M, "Could you please add every contact to Mailchimp with their email address and set status to subscribed? Thanks!", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed"}


@case("h4-17-mc-fname-title", H, M, "email_address from email, status subscribed, and FNAME = first name in title case.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed", "merge_fields": {"FNAME": title(r["firstname"])}}


@case("h4-18-mc-skip-optout", H, M, "Contacts that opted out of email (hs_email_optout is \"true\") must not be sent. The others: email address from email, status subscribed, language 'en'.", HS)
def _(r: R) -> Out: return None if r["hs_email_optout"] == "true" else {"email_address": r["email"], "status": "subscribed", "language": "en"}


@case("h4-19-mc-tag-stage", H, M, "email address from email; status subscribed; tags should contain the lifecycle stage.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed", "tags": [r["lifecyclestage"]]}


@case("h4-20-mc-email-type", H, M, "Email address is the email, status is 'subscribed' and email_type is 'html' for every member.", HS)
def _(r: R) -> Out: return {"email_address": r["email"], "status": "subscribed", "email_type": "html"}


@case("h4-21-seg-basic-passive", H, S, "The user id is set to the email address. The email trait is also set to the email, and the phone trait to the phone.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"email": r["email"], "phone": r["phone"]}}


@case("h4-22-seg-company-industry-default", H, S, "userId: email. traits.company.industry: industry, defaulting to 'Other' when empty.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"industry": dflt(r["industry"], "Other")}}}


@case("h4-23-seg-only-customers", H, S, "Only identify customers (lifecycle stage customer or evangelist). userId = email, traits.name = company.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"name": r["company"]}} if r["lifecyclestage"] in ("customer", "evangelist") else None


@case("h4-24-seg-address-street-zip", H, S, "userId from the email. Under traits.address: street from the street address and postalCode from the postal code.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"address": {"street": r["address"], "postalCode": r["zip"]}}}


@case("h4-25-ga4-purchase-value", H, G, "client_id is 'offline-import' for all contacts. Send one purchase event whose params have currency 'GBP' and value = annual revenue as a number.", [HS[0], HS[3], HS[4]])
def _(r: R) -> Out: return {"client_id": "offline-import", "events": [{"name": "purchase", "params": {"currency": "GBP", "value": num(r["annualrevenue"])}}]}


@case("h4-26-sfl-hs-basic-passive", L, H, "Leads are turned into HubSpot contacts: their Email becomes email, Company becomes company, City becomes city.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "company": r["Company"], "city": r["City"]}


@case("h4-27-sfl-hs-stage-by-status", L, H, "email = Email. lifecyclestage: 'customer' if Status is Closed - Converted, else 'lead'.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "lifecyclestage": "customer" if r["Status"] == "Closed - Converted" else "lead"}


@case("h4-28-sfc-mc-phone-e164-de", C, M, "Email address from Email, status subscribed, PHONE merge field = Phone in E.164, assume German numbers when there is no +.", [dict(SFC[0], Phone="0221 5550142"), SFC[2]])
def _(r: R) -> Out: return {"email_address": r["Email"], "status": "subscribed", "merge_fields": {"PHONE": e164(r["Phone"], "49")}}


@case("h4-29-mc-hs-phone-company-default", M, H, "email <- email_address; company <- COMPANY, but 'Individual' if COMPANY is blank.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "company": dflt(r["merge_fields"]["COMPANY"], "Individual")}


@case("h4-30-mc-hs-language", M, H, "Copy email_address into email and the member's language into hs_language. Skip cleaned members.", MC)
def _(r: R) -> Out: return None if r["status"] == "cleaned" else {"email": r["email_address"], "hs_language": r["language"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set4")
    print(len(CASES), "cases")

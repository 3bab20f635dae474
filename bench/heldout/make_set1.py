"""Held-out set 1 (written before tuning the offline engine): texts worded unlike the public
cases, expected records computed by small oracles from the cases README's semantics.
Run: python bench/heldout/make_set1.py  -> bench/heldout/set1/*.yaml"""

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


@case("h1-01-polite-copy", H, L, "Hi! We'd like to have the email, the first and the last name, plus the company name copied onto each lead please.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"]}


@case("h1-02-passive-lower", H, L, "The e-mail address should be converted to lowercase before it is written to the lead's Email. The job title is copied to Title.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"].lower(), "Title": r["jobtitle"]}


@case("h1-03-bullets-labels", H, L, "Fields to carry over:\n* Email\n* First Name\n* Last Name\n* Job Title -> Title\n* City\n* State/Region -> State", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"], "City": r["city"], "State": r["state"]}


@case("h1-04-default-company", H, L, "Email and company go across. Where a contact has no company on file, fill Company with 'N/A'.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "Company": dflt(r["company"], "N/A")}


@case("h1-05-constant-imperative", H, L, "Copy email. Set the lead status to 'Open - Not Contacted' for all of them.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "Status": "Open - Not Contacted"}


@case("h1-06-source-table", H, L, "Map email. For the lead source, translate the HubSpot original source like so: ORGANIC_SEARCH becomes Web, PAID_SEARCH and PAID_SOCIAL become Advertisement, REFERRALS becomes 'Partner Referral'. Anything not listed should be 'Other'.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None:
    t = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral"}
    return {"Email": r["email"], "LeadSource": t.get(r["hs_analytics_source"], "Other")}


@case("h1-07-filter-us", H, L, "We only want US contacts (country = United States). For them send email, company and city.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "Company": r["company"], "City": r["city"]} if r["country"] == "United States" else None


@case("h1-08-e164-typo", H, L, "Map the emial and put the phone number into E164 format, all our numbers are american.", [HS[0], HS[3]])
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "Phone": e164(r["phone"])}


@case("h1-09-mobile-fallback", H, L, "Send the email. Phone: use the contact's phone number, and if that's blank fall back to the mobile phone number.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "Phone": dflt(r["phone"], r["mobilephone"])}


@case("h1-10-trim-upper", H, L, "email -> Email (trim whitespace). state -> State, upper-cased. city -> City in title case.", [dict(HS[0], email="  Priya.Raman@Northwind.io ", state="ca"), dict(HS[2], state="nl"), HS[3]])
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"].strip(), "State": r["state"].upper(), "City": title(r["city"])}


@case("h1-11-revenue-number", H, L, "Please include the email plus annual revenue converted to a number; contacts with no revenue should simply not get AnnualRevenue.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return keep({"Email": r["email"], "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})


@case("h1-12-employees-int", H, L, "Employee count (number of employees) goes to NumberOfEmployees as an integer, leave it off when empty. Also the email, of course.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return keep({"NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])), "Email": r["email"]})


@case("h1-13-rating-cond", H, L, "Rating: 'Hot' when the lifecycle stage is salesqualifiedlead, 'Warm' when it is marketingqualifiedlead, and 'Cold' for every other stage. Email too.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Rating": {"salesqualifiedlead": "Hot", "marketingqualifiedlead": "Warm"}.get(r["lifecyclestage"], "Cold"), "Email": r["email"]}


@case("h1-14-skip-customers", H, L, "Don't send contacts that are already customers. Everyone else: email, first name, last name.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return None if r["lifecyclestage"] == "customer" else {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h1-15-description-concat", H, L, "Map the email. The Description field should read 'Job: ' followed by their job title.", [HS[0], HS[2], HS[3]])
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "Description": "Job: " + r["jobtitle"]}


@case("h1-16-website-industry", H, L, "Copy over email, website and industry... industry isn't a picklist match so just put it in Description instead.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "Website": r["website"], "Description": r["industry"]}


@case("h1-17-sfc-basic", H, C, "Create Salesforce contacts with email, given name, family name and position. The mailing city comes from city.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"], "MailingCity": r["city"]}


@case("h1-18-sfc-optout-bool", H, C, "Email across. Set HasOptedOutOfEmail to true if hs_email_optout equals \"true\", otherwise false (blank counts as not opted out).", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true"}


@case("h1-19-sfc-dept-constant", H, C, "For each contact: email, last name, and the department is always 'Sales'. Country goes to MailingCountry.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"Email": r["email"], "LastName": r["lastname"], "Department": "Sales", "MailingCountry": r["country"]}


@case("h1-20-mc-basic-labels", H, M, "Subscribe contacts to the Mailchimp list: their email address, first name as FNAME and last name as LNAME; status is subscribed.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}, "status": "subscribed"}


@case("h1-21-mc-optout-status", H, M, "Email address from email. If the contact opted out (hs_email_optout is \"true\") the status must be unsubscribed, else subscribed.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email_address": r["email"], "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed"}


@case("h1-22-mc-tags-constant", H, M, "Push the email address and status 'pending'. Every member is tagged 'from-hubspot'.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email_address": r["email"], "status": "pending", "tags": ["from-hubspot"]}


@case("h1-23-mc-lower-email-phone", H, M, "We need email_address lower-cased, status subscribed and the PHONE merge field in E.164 (assume US).", [HS[0], HS[3]])
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email_address": r["email"].lower(), "status": "subscribed", "merge_fields": {"PHONE": e164(r["phone"])}}


@case("h1-24-mc-skip-optout", H, M, "Leave out anyone who has opted out of email (hs_email_optout \"true\"). The rest go in with email address and status subscribed.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return None if r["hs_email_optout"] == "true" else {"email_address": r["email"], "status": "subscribed"}


@case("h1-25-mc-vip", H, M, "email address = email. Mark vip true for customers (lifecycle stage customer), false for others. Status: subscribed.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email_address": r["email"], "vip": r["lifecyclestage"] == "customer", "status": "subscribed"}


@case("h1-26-seg-basic", H, S, "Send a Segment identify call per contact. The userId should be the email; traits should include email, firstName (from first name) and lastName (from last name).", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"userId": r["email"], "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"]}}


@case("h1-27-seg-name-join", H, S, "userId: email. traits.name is the first name and last name joined with a space.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"userId": r["email"], "traits": {"name": r["firstname"] + " " + r["lastname"]}}


@case("h1-28-seg-company", H, S, "Use the email as userId. Company traits: traits.company.name is the company and traits.company.industry is the industry.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"userId": r["email"], "traits": {"company": {"name": r["company"], "industry": r["industry"]}}}


@case("h1-29-seg-created-date", H, S, "userId is the lowercased email address. traits.createdAt should hold only the date (YYYY-MM-DD) of the create date.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"userId": r["email"].lower(), "traits": {"createdAt": r["createdate"][:10]}}


@case("h1-30-seg-address", H, S, "userId = email. Address traits: city and state go to traits.address.city and traits.address.state, and the zip code goes to traits.address.postalCode.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"userId": r["email"], "traits": {"address": {"city": r["city"], "state": r["state"], "postalCode": r["zip"]}}}


@case("h1-31-seg-title-default", H, S, "userId from email. traits.title is the job title, or 'Unknown' when there isn't one.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"userId": r["email"], "traits": {"title": dflt(r["jobtitle"], "Unknown")}}


@case("h1-32-ga4-event", H, G, "Only contacts in the customer stage. Send client_id 'crm.backfill' and one purchase event with params currency 'EUR'.", HS)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"client_id": "crm.backfill", "events": [{"name": "purchase", "params": {"currency": "EUR"}}]} if r["lifecyclestage"] == "customer" else None


@case("h1-33-sfl-to-hs-basic", L, H, "From Salesforce leads into HubSpot: email, firstname, lastname, company name, and the Title goes into the job title.", SFL)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"], "jobtitle": r["Title"]}


@case("h1-34-sfl-to-hs-stage", L, H, "Copy Email to email. lifecyclestage should be opportunity when the Rating is Hot; for Warm or Cold leads use lead.", SFL)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email": r["Email"], "lifecyclestage": "opportunity" if r["Rating"] == "Hot" else "lead"}


@case("h1-35-sfl-to-hs-country-default", L, H, "Email to email, City to city, Country to country; a lead without a country should get 'Unknown'.", SFL)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email": r["Email"], "city": r["City"], "country": dflt(r["Country"], "Unknown")}


@case("h1-36-sfl-to-hs-optout-text", L, H, "Map email. hs_email_optout has to be the string \"true\" when the lead has opted out of email (HasOptedOutOfEmail checked), and \"false\" when not.", SFL)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h1-37-sfc-to-mc-filter", C, M, "Just German contacts please (MailingCountry is Germany). Email address from Email, FNAME from FirstName, status subscribed.", SFC)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}, "status": "subscribed"} if r["MailingCountry"] == "Germany" else None


@case("h1-38-sfc-to-mc-lower", C, M, "Salesforce contact to Mailchimp member. The email address is the Email in lower case and the LNAME merge field is the last name in upper case. Everyone is subscribed.", SFC)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email_address": r["Email"].lower(), "merge_fields": {"LNAME": r["LastName"].upper()}, "status": "subscribed"}


@case("h1-39-mc-to-hs-title", M, H, "Mailchimp members into HubSpot. email comes from email_address. firstname and lastname come from FNAME and LNAME, title-cased. Set lifecyclestage to subscriber for all.", MC)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email": r["email_address"], "firstname": title(r["merge_fields"]["FNAME"]), "lastname": title(r["merge_fields"]["LNAME"]), "lifecyclestage": "subscriber"}


@case("h1-40-mc-to-hs-only-subscribed", M, H, "Ignore members that aren't subscribed. For the subscribed ones copy email_address to email and COMPANY to company.", MC)
def _(r: dict[str, Any]) -> dict[str, Any] | None: return {"email": r["email_address"], "company": r["merge_fields"]["COMPANY"]} if r["status"] == "subscribed" else None


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set1")
    print(len(CASES), "cases")

"""Held-out set 2, written AFTER tuning the offline engine on set 1 and not tuned against:
the honest figure. Same objects and kinds of intent, wording written fresh.
Run: python bench/heldout/make_set2.py  -> bench/heldout/set2/*.yaml"""

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


@case("h2-01-back-arrows", H, L, "Lead fields: Email ← email; FirstName ← given name; LastName ← family name; Company ← organisation.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"]}


@case("h2-02-mobile-only", H, L, "Our sales team wants to see the contact's mobile on the lead (MobilePhone) and their e-mail. Nothing else.", HS)
def _(r: R) -> Out: return {"MobilePhone": r["mobilephone"], "Email": r["email"]}


@case("h2-03-city-upper", H, L, "Copy the email address over exactly as it is. The city must be upper case on the lead.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "City": r["city"].upper()}


@case("h2-04-title-default-first", H, L, "When the job title is missing, the lead's Title is 'Unknown'; otherwise it's the job title. Email is needed too.", HS)
def _(r: R) -> Out: return {"Title": dflt(r["jobtitle"], "Unknown"), "Email": r["email"]}


@case("h2-05-status-table-unquoted", H, L, "Lead Status mapping, based on lifecycle stage:\n  subscriber => Open - Not Contacted\n  lead => Open - Not Contacted\n  marketingqualifiedlead => Working - Contacted\n  salesqualifiedlead => Working - Contacted\n  customer => Closed - Converted\nAlso send email.", HS)
def _(r: R) -> Out:
    t = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted", "marketingqualifiedlead": "Working - Contacted",
         "salesqualifiedlead": "Working - Contacted", "customer": "Closed - Converted"}
    return {"Status": t[r["lifecyclestage"]], "Email": r["email"]}


@case("h2-06-filter-two-stages", H, L, "Only sync records where the lifecycle stage equals customer or salesqualifiedlead. Send their email and company.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"]} if r["lifecyclestage"] in ("customer", "salesqualifiedlead") else None


@case("h2-07-exclude-country", H, L, "Exclude contacts from Japan. Map the email and the country.", HS)
def _(r: R) -> Out: return None if r["country"] == "Japan" else {"Email": r["email"], "Country": r["country"]}


@case("h2-08-e164-default-code", H, L, "Normalise the phone number to E.164 using +1 as the default country code, and send it along with the email.", [HS[0], HS[1], HS[3]])
def _(r: R) -> Out: return {"Phone": e164(r["phone"]), "Email": r["email"]}


@case("h2-09-website-omit", H, L, "The lead's Website is the contact's website. If the website is empty, leave Website off entirely. Email as well.", HS)
def _(r: R) -> Out: return keep({"Website": OMIT if blank(r["website"]) else r["website"], "Email": r["email"]})


@case("h2-10-numbers-omit", H, L, "AnnualRevenue = annual revenue (numeric). NumberOfEmployees = employee count (integer). Email = email. Records with an empty revenue or employee count simply don't get that field.", HS)
def _(r: R) -> Out:
    return keep({"AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])), "Email": r["email"]})


@case("h2-11-two-constants", H, L, "LeadSource is always 'Web'. Rating is always 'Warm'. Email comes from email.", HS)
def _(r: R) -> Out: return {"LeadSource": "Web", "Rating": "Warm", "Email": r["email"]}


@case("h2-12-prefix-template", H, L, "Put 'Imported: ' in front of the lifecycle stage and store it in Description. Plus email.", HS)
def _(r: R) -> Out: return {"Description": "Imported: " + r["lifecyclestage"], "Email": r["email"]}


@case("h2-13-lower-trim", H, L, "Email goes into Email, but lowercase and with spaces trimmed off.", [dict(HS[0], email=" Priya.Raman@Northwind.io  "), HS[1], dict(HS[3], email="DMITRI.VOLKOV@polarlogistics.com ")])
def _(r: R) -> Out: return {"Email": r["email"].strip().lower()}


@case("h2-14-if-otherwise-sentences", H, L, "If the original source is PAID_SEARCH or PAID_SOCIAL, LeadSource should be Advertisement. Otherwise LeadSource = Web. Copy email too.", HS)
def _(r: R) -> Out: return {"LeadSource": "Advertisement" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "Web", "Email": r["email"]}


@case("h2-15-revenue-threshold", H, L, "Contacts with more than 1 million in annual revenue are 'Hot' leads (Rating); everybody else is 'Cold'. Email too.", HS)
def _(r: R) -> Out: return {"Rating": "Hot" if not blank(r["annualrevenue"]) and float(r["annualrevenue"]) > 1_000_000 else "Cold", "Email": r["email"]}


@case("h2-16-contact-parentheticals", H, C, "Salesforce contact gets: Email, FirstName, LastName, MailingCity (the city), MailingState (the state/region), MailingPostalCode (the zip).", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"]}


@case("h2-17-not-needed", H, C, "Birthdate is not needed. Just email and last name, and Department should say 'Marketing Ops'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"], "Department": "Marketing Ops"}


@case("h2-18-tick-untick", H, C, "HasOptedOutOfEmail: tick it when hs_email_optout is 'true', untick it otherwise. Map email as well.", HS)
def _(r: R) -> Out: return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "Email": r["email"]}


@case("h2-19-mc-arrows-first-word", H, M, "Mailchimp: email_address <- email (lowercase), merge field FNAME <- first name (first word only), status = subscribed.", [HS[0], dict(HS[2], firstname="maria jose"), HS[4]])
def _(r: R) -> Out: return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": r["firstname"].split()[0]}, "status": "subscribed"}


@case("h2-20-mc-unless-optout", H, M, "Every member's status should be 'subscribed' unless they opted out (hs_email_optout equal to \"true\"), in which case 'unsubscribed'. Include the email address.", HS)
def _(r: R) -> Out: return {"status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed", "email_address": r["email"]}


@case("h2-21-mc-two-tags", H, M, "Tags for each member: 'hubspot' and 'newsletter'. Email address from email, status subscribed.", HS)
def _(r: R) -> Out: return {"tags": ["hubspot", "newsletter"], "email_address": r["email"], "status": "subscribed"}


@case("h2-22-mc-has-phone", H, M, "Send only contacts who have a phone number. For those, map the email and put the phone in the PHONE merge field in E.164 format (US numbers). Status subscribed.", HS)
def _(r: R) -> Out: return None if blank(r["phone"]) else {"email_address": r["email"], "merge_fields": {"PHONE": e164(r["phone"])}, "status": "subscribed"}


@case("h2-23-mc-lang-vip", H, M, "Language is 'en' for everyone, and vip is true only when the lifecycle stage is customer; for all other stages vip is false. Email address = email. Status pending.", HS)
def _(r: R) -> Out: return {"language": "en", "vip": r["lifecyclestage"] == "customer", "email_address": r["email"], "status": "pending"}


@case("h2-24-seg-phone-website", H, S, "For Segment: the user id is the contact's email address; the traits carry the phone (traits.phone) and the website (traits.website).", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"phone": r["phone"], "website": r["website"]}}


@case("h2-25-seg-combined-name", H, S, "userId should be the email in lower case. Add a trait 'name' that combines first name and last name separated by a single space.", HS)
def _(r: R) -> Out: return {"userId": r["email"].lower(), "traits": {"name": r["firstname"] + " " + r["lastname"]}}


@case("h2-26-seg-company-int", H, S, "userId = email. traits.company.employee_count gets the number of employees as an integer; traits.company.name gets the company.", [HS[0], HS[1], HS[3], HS[4]])
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"employee_count": int(r["numemployees"]), "name": r["company"]}}}


@case("h2-27-seg-date-upper", H, S, "Identify calls: userId is email. The traits.createdAt value is the create date cut down to YYYY-MM-DD. traits.title is the job title, upper-cased.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"createdAt": r["createdate"][:10], "title": r["jobtitle"].upper()}}


@case("h2-28-seg-country-but-blank", H, S, "userId from email. traits.address.country is the country, but when the country is blank use 'Unknown'. traits.address.city is the city.", [HS[0], dict(HS[1], country=""), HS[4]])
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"address": {"country": dflt(r["country"], "Unknown"), "city": r["city"]}}}


@case("h2-29-ga4-sign-up", H, G, "Send GA4 an event named sign_up for every contact, with client_id set to 'hs-sync'. The event's params should include currency 'USD' and value equal to the annual revenue as a number (use 0 when revenue is empty).", HS)
def _(r: R) -> Out:
    v = 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"])
    return {"events": [{"name": "sign_up", "params": {"currency": "USD", "value": v}}], "client_id": "hs-sync"}


@case("h2-30-sfl-status-table", L, H, "Salesforce lead to HubSpot contact. email is Email, firstname is FirstName, lastname is LastName. hs_lead_status: Open - Not Contacted = NEW, Working - Contacted = IN_PROGRESS, Closed - Converted = OPEN_DEAL, Closed - Not Converted = UNQUALIFIED.", SFL)
def _(r: R) -> Out:
    t = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "hs_lead_status": t[r["Status"]]}


@case("h2-31-sfl-uk-phone-skip", L, H, "Map Email to email and Phone to phone, the latter in E.164 (treat numbers as UK numbers unless they start with +). Skip leads that have no phone.", [dict(SFL[0], Phone="01632 960123"), SFL[1], SFL[2], SFL[3]])
def _(r: R) -> Out: return None if blank(r["Phone"]) else {"email": r["Email"], "phone": e164(r["Phone"], "44")}


@case("h2-32-sfl-country-default", L, H, "Bring the company (Company → company) and the email. The contact's country is the lead's Country, and 'Senegal' if that's blank.", SFL)
def _(r: R) -> Out: return {"company": r["Company"], "email": r["Email"], "country": dflt(r["Country"], "Senegal")}


@case("h2-33-sfc-not-opted-out", C, M, "Only Salesforce contacts that have not opted out of email. Email address: their Email in lower case. Status: subscribed. LNAME: LastName.", SFC)
def _(r: R) -> Out: return None if r["HasOptedOutOfEmail"] else {"email_address": r["Email"].lower(), "status": "subscribed", "merge_fields": {"LNAME": r["LastName"]}}


@case("h2-34-sfc-department-tag", C, M, "Tag members with their department; if the department is empty, give them no tags at all (empty list). Also email address from Email, status subscribed.", SFC)
def _(r: R) -> Out: return {"tags": [] if blank(r["Department"]) else [r["Department"]], "email_address": r["Email"], "status": "subscribed"}


@case("h2-35-mc-create-contact", M, H, "For each Mailchimp member create a HubSpot contact: email = email_address, phone = PHONE, company = COMPANY, and the firstname should be FNAME but title case.", MC)
def _(r: R) -> Out:
    f = r["merge_fields"]
    return {"email": r["email_address"], "phone": f["PHONE"], "company": f["COMPANY"], "firstname": title(f["FNAME"])}


@case("h2-36-mc-vip-stage", M, H, "Members who are VIPs become customers in HubSpot (lifecyclestage customer); all other members are lead. Copy the email address into email.", MC)
def _(r: R) -> Out: return {"lifecyclestage": "customer" if r["vip"] else "lead", "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set2")
    print(len(CASES), "cases")

"""Held-out set 17, written BEFORE the session that measures it and not tuned against: a
marketing-operations manager at a mid-size B2B company writing requests for the integration
tool, in the form and length of the public cases (one to four sentences, sometimes a few
bullets), over the public platform pairs and every rule kind (copies, constants, defaults
when empty, fallbacks, transforms: case, trim, E.164, dates, numbers, email domain; value
tables with an otherwise, conditions, filters, nested fields, Mailchimp tags, templates, the
account lookup), in the author's own wording. The match key is always written: cases naming
no email expect it mapped by name (the documented decision); no case writes a read-only or
unknown destination field; an object left empty by omission is dropped.
Two extra HubSpot records (blank city/zip/phones/country, a whitespace-only company, an
'opportunity' and an 'evangelist' stage) join the shared pool so defaults and omits bite.
Expected records come from the cases README's semantics (oracle.py), never from the drafter.
Run: python bench/heldout/make_set17.py  -> bench/heldout/set17/*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)

EXTRA: list[dict[str, Any]] = [
    {"email": "olu.adeyemi@lagoshub.ng", "firstname": "Olu", "lastname": "", "company": "   ",
     "phone": "", "mobilephone": "", "jobtitle": "Founder", "hs_analytics_source": "OFFLINE",
     "lifecyclestage": "opportunity", "country": "", "city": "", "state": "", "zip": "",
     "address": "", "annualrevenue": "15000000", "numemployees": "320", "industry": "Software",
     "website": "", "createdate": "2024-05-18T13:20:00.000Z", "hs_email_optout": ""},
    {"email": "ines.moreau@atelier-bleu.fr", "firstname": "ines", "lastname": "moreau", "company": "Atelier Bleu",
     "phone": "+33 4 55 55 01 10", "mobilephone": "", "jobtitle": "Marketing Lead", "hs_analytics_source": "EMAIL_MARKETING",
     "lifecyclestage": "evangelist", "country": "France", "city": "Lyon", "state": "", "zip": "69002",
     "address": "8 Quai Rambaud", "annualrevenue": "950000.5", "numemployees": "9", "industry": "Retail",
     "website": "atelier-bleu.fr", "createdate": "2024-08-21T14:10:00.000Z", "hs_email_optout": "false"},
]
HX = HS + EXTRA


def emp(r: R) -> float | None:
    return None if blank(r["numemployees"]) else float(r["numemployees"])


# --- HubSpot contacts -> Salesforce Lead -------------------------------------------------

@case("h17-01-four-fields", H, L, "When a HubSpot contact becomes a Salesforce lead, bring over the email, the surname, the job title and the main phone number.", HX)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"], "Title": r["jobtitle"], "Phone": r["phone"]}


@case("h17-02-source-and-status-fixed", H, L, "Every lead this integration creates should say LeadSource 'Email' and Status 'Open - Not Contacted', whatever the contact looks like. Email and company name come straight across.", HX)
def _(r: R) -> Out: return {"Email": r["email"], "Company": r["company"], "LeadSource": "Email", "Status": "Open - Not Contacted"}


@case("h17-03-city-tbd", H, L, "Lead City = contact city. If HubSpot has no city on record, write 'TBD' there instead. Don't forget the email.", HX)
def _(r: R) -> Out: return {"Email": r["email"], "City": dflt(r["city"], "TBD")}


@case("h17-04-mobile-first", H, L, "For Phone I want the mobile number first, and the main phone only if the mobile is blank. If a contact has neither, leave Phone off the lead. Email as usual.", HX)
def _(r: R) -> Out:
    p = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(p) else p})


@case("h17-05-state-code-upper", H, L, "Our Salesforce reports group by state code, so State has to be upper case. Also lower-case the email before it goes into Email.", HX)
def _(r: R) -> Out: return {"Email": r["email"].lower(), "State": r["state"].upper()}


@case("h17-06-mobile-e164-omit", H, L, "MobilePhone should hold the contact's mobile in E.164, treating it as a US number unless it already begins with + and a country code. Contacts without a mobile get no MobilePhone at all. Plus the email, of course.", HX)
def _(r: R) -> Out: return keep({"Email": r["email"], "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"])})


@case("h17-07-revenue-numeric", H, L, "AnnualRevenue needs to be numeric, taken from the contact's annual revenue; when HubSpot's value is blank, don't send the field. And the email.", HX)
def _(r: R) -> Out: return keep({"Email": r["email"], "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"])})


@case("h17-08-industry-picklist", H, L, "Convert the HubSpot industry into the Salesforce Industry picklist: Software is 'Technology', Logistics is 'Transportation', Food is 'Food & Beverage'. Any other value, blank included, should land as 'Other'. Email as well.", HX)
def _(r: R) -> Out:
    t = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage"}
    return {"Email": r["email"], "Industry": t.get(r["industry"], "Other")}


@case("h17-09-rating-by-headcount", H, L, "Rating by headcount: 200+ employees is 'Hot', 20 to 199 is 'Warm', fewer than 20 is 'Cold', and an unknown employee count is 'Cold' as well. Email too.", HX)
def _(r: R) -> Out:
    n = emp(r)
    rating = "Cold" if n is None else "Hot" if n >= 200 else "Warm" if n >= 20 else "Cold"
    return {"Email": r["email"], "Rating": rating}


@case("h17-10-no-customers-evangelists", H, L, "Customers and evangelists already live in Salesforce, so don't send those two stages. Any other contact syncs with Email, FirstName and LastName.", HX)
def _(r: R) -> Out:
    if r["lifecyclestage"] in ("customer", "evangelist"):
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h17-11-location-description", H, L, "Description holds where the contact is based, in the form 'City, Country' (e.g. 'Boston, United States'). Map the email too.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Description": r["city"] + ", " + r["country"]}


@case("h17-12-account-by-company", H, L, "Each lead should be linked to the matching Salesforce account, which we find by company name. Email must be on the lead as well.", HS)
def _(r: R) -> Out: return {"Company": r["company"], "Email": r["email"]}


@case("h17-13-address-no-email", H, L, "Copy the street address, the zip code and the country onto the lead.", HX)
def _(r: R) -> Out: return {"Street": r["address"], "PostalCode": r["zip"], "Country": r["country"], "Email": r["email"]}


@case("h17-14-optout-checkbox", H, L, "Tick HasOptedOutOfEmail for contacts with hs_email_optout = 'true'; leave it unticked (false) when it is 'false' or empty. First name and email go along too.", HX)
def _(r: R) -> Out: return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "Email": r["email"], "FirstName": r["firstname"]}


@case("h17-15-headcount-donotcall", H, L, "- Email from email\n- NumberOfEmployees from numemployees as an integer; when that's blank, leave the field off\n- DoNotCall always false", HX)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])), "DoNotCall": False})


@case("h17-16-proper-first-name", H, L, "FirstName should be properly capitalized (each word starts with a capital, the rest lower case). For Title use the job title, or 'Not given' when it's empty. Email unchanged.", HX)
def _(r: R) -> Out: return {"FirstName": title(r["firstname"]), "Title": dflt(r["jobtitle"], "Not given"), "Email": r["email"]}


# --- HubSpot contacts -> Salesforce Contact ----------------------------------------------

@case("h17-17-sfc-mailing-address", H, C, "For Salesforce Contacts: Email, FirstName and LastName, plus the contact's city and country into the mailing address fields.", HX)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingCity": r["city"], "MailingCountry": r["country"]}


@case("h17-18-sfc-source-buckets", H, C, "Set the contact's LeadSource from the original source. PAID_SEARCH and PAID_SOCIAL both count as 'Advertisement', REFERRALS is 'Partner Referral', OFFLINE is 'Trade Show'; for anything else or no source at all use 'Web'. Carry the email over.", HX)
def _(r: R) -> Out:
    t = {"PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement", "REFERRALS": "Partner Referral", "OFFLINE": "Trade Show"}
    return {"LeadSource": t.get(r["hs_analytics_source"], "Web"), "Email": r["email"]}


@case("h17-19-sfc-created-description", H, C, "Put the date the contact was created in HubSpot into Description, just the day as YYYY-MM-DD, no time. Email as well.", HX)
def _(r: R) -> Out: return {"Description": r["createdate"][:10], "Email": r["email"]}


@case("h17-20-sfc-us-mexico-sales", H, C, "The US and Mexico team owns this list, so anyone outside those two countries (United States, Mexico) stays out. Send Email and LastName, and set Department to 'Sales' on all of them.", HX)
def _(r: R) -> Out:
    if r["country"] not in ("United States", "Mexico"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Department": "Sales"}


# --- HubSpot contacts -> Mailchimp members -----------------------------------------------

@case("h17-21-mc-names-subscribed", H, M, "Everyone from HubSpot joins the Mailchimp audience as subscribed. Email address, first name in FNAME, surname in LNAME.", HX)
def _(r: R) -> Out:
    return {"email_address": r["email"], "status": "subscribed", "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h17-22-mc-optout-status", H, M, "If hs_email_optout is 'true' the member goes in unsubscribed; 'false' or empty means subscribed. email_address from the email, LNAME from the last name.", HX)
def _(r: R) -> Out:
    return {"status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed", "email_address": r["email"], "merge_fields": {"LNAME": r["lastname"]}}


@case("h17-23-mc-paid-tag", H, M, "Tags on each member: 'crm-sync' for everybody, then 'paid' when hs_analytics_source is PAID_SEARCH or PAID_SOCIAL. Email address too, and status 'subscribed'.", HX)
def _(r: R) -> Out:
    tags = ["crm-sync"] + (["paid"] if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else [])
    return {"tags": tags, "email_address": r["email"], "status": "subscribed"}


@case("h17-24-mc-language-by-country", H, M, "language: 'fr' for France, 'ja' for Japan, 'es' for Mexico, and 'en' for every other country (no country at all counts as 'en' too). status subscribed; email_address = email.", HX)
def _(r: R) -> Out:
    t = {"France": "fr", "Japan": "ja", "Mexico": "es"}
    return {"language": t.get(r["country"], "en"), "status": "subscribed", "email_address": r["email"]}


@case("h17-25-mc-first-word-pending", H, M, "FNAME: the first word of the first name and nothing more; LNAME gets the last name with each word capitalized. Email address as is, and everyone goes in as pending.", HX)
def _(r: R) -> Out:
    ln = r["lastname"] if blank(r["lastname"]) else title(r["lastname"])
    return {"merge_fields": {"FNAME": r["firstname"].split()[0], "LNAME": ln}, "email_address": r["email"], "status": "pending"}


@case("h17-26-mc-phone-e164-fallback", H, M, "PHONE merge field in E.164 (US unless the number starts with +): use the phone, and if that's empty use the mobile instead. No PHONE for members with neither. Email address, and everyone subscribed.", HX)
def _(r: R) -> Out:
    p = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"merge_fields": {"PHONE": OMIT if blank(p) else e164(p)}, "email_address": r["email"], "status": "subscribed"})


@case("h17-27-mc-vip-revenue", H, M, "Flag members as vip (true) when the contact's revenue tops 5 million; the rest get vip false, and so do contacts where revenue is blank. Email address comes from email and status is subscribed.", HX)
def _(r: R) -> Out:
    v = rev(r)
    return {"vip": v is not None and v > 5000000, "email_address": r["email"], "status": "subscribed"}


# --- HubSpot contacts -> Segment identify ------------------------------------------------

@case("h17-28-seg-company-plan", H, S, "Segment identify with the email as userId. Inside traits.company: name from company, and plan set to 'enterprise' for every contact.", HX)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"name": r["company"], "plan": "enterprise"}}}


@case("h17-29-seg-zip-na", H, S, "userId = email. traits.address.city from the city and traits.address.postalCode from the zip; when the zip is blank use 'n/a'.", HX)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"address": {"city": r["city"], "postalCode": dflt(r["zip"], "n/a")}}}


@case("h17-30-seg-created-day", H, S, "traits.createdAt: the HubSpot create date, date only (YYYY-MM-DD). userId: the email, lower-cased.", HX)
def _(r: R) -> Out: return {"traits": {"createdAt": r["createdate"][:10]}, "userId": r["email"].lower()}


@case("h17-31-seg-domain-company", H, S, "traits.company.name should be whatever follows the @ in the email address, and userId the email itself.", HX[1:])
def _(r: R) -> Out: return {"traits": {"company": {"name": r["email"].split("@", 1)[1]}}, "userId": r["email"]}


@case("h17-32-seg-skip-optouts", H, S, "Don't identify contacts who opted out (hs_email_optout 'true'). For the rest: userId = email, and traits firstName, lastName and phone.", HX)
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"userId": r["email"], "traits": {"firstName": r["firstname"], "lastName": r["lastname"], "phone": r["phone"]}}


@case("h17-33-seg-last-comma-first", H, S, "traits.name is written surname first: last name, comma, space, first name (so 'Raman, Priya'). userId from email.", HS)
def _(r: R) -> Out: return {"traits": {"name": r["lastname"] + ", " + r["firstname"]}, "userId": r["email"]}


# --- HubSpot contacts -> GA4 events ------------------------------------------------------

@case("h17-34-ga4-sign-up", H, G, "Fire a GA4 sign_up event per contact. client_id should always be 'crm-import' and user_id the contact's email.", HX)
def _(r: R) -> Out: return {"client_id": "crm-import", "user_id": r["email"], "events": [{"name": "sign_up"}]}


@case("h17-35-ga4-deal-value", H, G, "Send a close_convert_lead event only for contacts in the opportunity or customer stage, with client_id 'hs-sync'. Event params: currency 'EUR', and value holding their annual revenue (numeric).", HX)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("opportunity", "customer"):
        return None
    return {"client_id": "hs-sync", "events": [{"name": "close_convert_lead", "params": {"currency": "EUR", "value": num(r["annualrevenue"])}}]}


@case("h17-36-ga4-stage-upper", H, G, "client_id is 'marketing-ops' for all. Each contact produces one qualify_lead event carrying a lead_stage param: the lifecycle stage, upper-cased.", HX)
def _(r: R) -> Out: return {"client_id": "marketing-ops", "events": [{"name": "qualify_lead", "params": {"lead_stage": r["lifecyclestage"].upper()}}]}


# --- Salesforce Lead -> HubSpot contacts -------------------------------------------------

@case("h17-37-sfl-hs-title-unknown", L, H, "Salesforce leads over to HubSpot: email, firstname, lastname and company, and jobtitle from Title ('Unknown' when Title is blank).", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"], "jobtitle": dflt(r["Title"], "Unknown")}


@case("h17-38-sfl-hs-hot-warm-only", L, H, "Only Hot and Warm leads come into HubSpot. Map Email to email and LastName to lastname, and give all of them lifecyclestage 'salesqualifiedlead'.", SFL)
def _(r: R) -> Out:
    if r["Rating"] not in ("Hot", "Warm"):
        return None
    return {"email": r["Email"], "lastname": r["LastName"], "lifecyclestage": "salesqualifiedlead"}


@case("h17-39-sfl-hs-optout-text", L, H, "hs_email_optout should be the string 'true' if HasOptedOutOfEmail is ticked and 'false' if it isn't. Also email, and city in capital letters.", SFL)
def _(r: R) -> Out: return {"hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false", "email": r["Email"], "city": r["City"].upper()}


# --- Salesforce Contact -> Mailchimp / Segment -------------------------------------------

@case("h17-40-sfc-mc-source-tag", C, M, "Salesforce contacts into Mailchimp: email address lower-cased, FNAME and LNAME from the names. Status 'unsubscribed' if HasOptedOutOfEmail is true, else 'subscribed'. Tags: the LeadSource when there is one, followed by 'sfdc'.", SFC)
def _(r: R) -> Out:
    tags = ([] if blank(r["LeadSource"]) else [r["LeadSource"]]) + ["sfdc"]
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h17-41-sfc-seg-birthday", C, S, "userId is Email, lower-cased. traits.title = Title, or 'Unknown' if it's empty; traits.birthday = Birthdate, left out when blank.", SFC)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {"title": dflt(r["Title"], "Unknown"), "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


# --- Mailchimp members -> HubSpot contacts -----------------------------------------------

@case("h17-42-mc-hs-skip-cleaned", M, H, "Pull Mailchimp members into HubSpot but skip cleaned addresses. email, firstname (FNAME), lastname (LNAME) and phone (PHONE).", MC)
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": mf["LNAME"], "phone": mf["PHONE"]}


@case("h17-43-mc-hs-vip-customer", M, H, "Members flagged VIP become lifecyclestage 'customer', all others 'subscriber'. hs_language comes from language; email from email_address.", MC)
def _(r: R) -> Out: return {"lifecyclestage": "customer" if r["vip"] else "subscriber", "hs_language": r["language"], "email": r["email_address"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set17")
    print(len(CASES), "cases")

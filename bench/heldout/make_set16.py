"""Held-out set 16, written independently of sets 13-15 and BEFORE the session that measures
it, not tuned against: a second batch in the form of the public cases (one to four sentences
of instructions to a colleague, sometimes a short bullet list) over the same platform pairs,
every rule kind (copies, constants, defaults when empty, fallbacks, transforms: case, trim,
E.164, dates, numbers, email parts; value tables with an otherwise, conditions, only / skip
filters, nested Segment traits and GA4 params, Mailchimp tags, templates, the account
lookup), in the author's own words rather than the public cases' ("prefer ... and use ...
only when", "reduced to", "should read", "that's all we need", "where ... has none",
"turned into", "leave ... off", "double opt-in", "anyone still", "proper case", "the reverse
sync", "typed two names in there", a location line "City, Country", a Mailchimp birthday as
MM/DD). The match key is always written: cases naming no email expect it mapped by name (the
documented decision); no case writes a read-only destination field; an object left empty by
omission is dropped.
Expected records come from the cases README's semantics (oracle.py), never from the drafter.
Run: python bench/heldout/make_set16.py  -> bench/heldout/set16/*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)

# contacts typed in by hand: stray spaces around the email and the company
SPACED = [dict(r, email=p + r["email"] + s, company=r["company"] + s)
          for r, p, s in zip(HS, ["  ", "", " ", "", "\t"], [" ", "  ", "", "", " "], strict=True)]
LOWER_HS = [dict(r, email=r["email"].lower()) for r in HS]
WITH_COMPANY_TITLE = [r for r in HS if not blank(r["company"]) and not blank(r["jobtitle"])]
TWO_NAMES = [dict(r, firstname=f) for r, f in zip(HS, ["Priya Devi", "Kenji", "maria luisa", "Dmitri", "Chloé Anne"], strict=True)]
MC_LOWER = [dict(r, email_address=r["email_address"].lower()) for r in MC]


# --- HubSpot contacts -> Salesforce Lead -------------------------------------------------

@case("h16-01-plain-copy", H, L, "Please set up the HubSpot to Salesforce lead feed with the contact's email, surname, company and job title. That's all we need on it at the moment.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"], "Title": r["jobtitle"]}


@case("h16-02-web-cold-constants", H, L, "Everything coming out of HubSpot counts as a web lead, so LeadSource should always read 'Web' and Rating should always be 'Cold'. The email goes across unchanged.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LeadSource": "Web", "Rating": "Cold"}


@case("h16-03-state-na", H, L, "Send the email and the state. Where a contact has no state on file, write 'N/A' into State instead of leaving it empty.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "State": dflt(r["state"], "N/A")}


@case("h16-04-prefer-mobile", H, L, "For the lead's Phone, prefer the mobile number and use the office phone only when the mobile is blank. Include the email address as well.", HS)
def _(r: R) -> Out: return {"Phone": dflt(r["mobilephone"], r["phone"]), "Email": r["email"]}


@case("h16-05-tidy-typed-fields", H, L, "These contacts were typed in by hand. Take the email with the spaces around it removed and in lower case, and the company with surrounding spaces removed too. LastName goes over in capitals.", SPACED)
def _(r: R) -> Out: return {"Email": r["email"].strip().lower(), "Company": r["company"].strip(), "LastName": r["lastname"].upper()}


@case("h16-06-e164-leave-off", H, L, "Phone needs to be an E.164 number. We're a US company, so anything without a leading + is an American number. If a contact has no phone, leave Phone off the lead entirely. Email as usual.", HS)
def _(r: R) -> Out: return keep({"Phone": OMIT if blank(r["phone"]) else e164(r["phone"]), "Email": r["email"]})


@case("h16-07-revenue-headcount", H, L, "Alongside the email, AnnualRevenue should be the HubSpot annual revenue turned into a number, and NumberOfEmployees the headcount as an integer. If one of them is missing, don't send that field.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"])})


@case("h16-08-industry-picklist", H, L, "Our Salesforce Industry picklist doesn't use HubSpot's names. Software should become 'Technology', Logistics 'Transportation' and Food 'Food & Beverage'; any other industry, or none, goes in as 'Other'. Email too.", HS)
def _(r: R) -> Out:
    t = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage"}
    return {"Industry": t.get(r["industry"], "Other"), "Email": r["email"]}


@case("h16-09-rating-headcount", H, L, "Rate leads by company size: 200 or more employees is 'Hot', 20 to 199 is 'Warm', and anything smaller, or an unknown employee count, is 'Cold'. Send the email with it.", HS)
def _(r: R) -> Out:
    n = None if blank(r["numemployees"]) else float(r["numemployees"])
    rating = "Hot" if n is not None and n >= 200 else "Warm" if n is not None and n >= 20 else "Cold"
    return {"Rating": rating, "Email": r["email"]}


@case("h16-10-no-subscribers-or-leads", H, L, "Anyone still at the subscriber or lead stage stays in HubSpot for now. The MQLs, SQLs and customers go to Salesforce with email, first name and company.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] in ("subscriber", "lead"):
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "Company": r["company"]}


@case("h16-11-skip-opted-out", H, L, "Don't create leads for people who opted out of email (hs_email_optout is \"true\"). For everyone else we want Email, FirstName and LastName.", HS)
def _(r: R) -> Out:
    return None if r["hs_email_optout"] == "true" else {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"]}


@case("h16-12-location-description", H, L, "Put the contact's location in Description as 'City, Country', for example 'Boston, United States'. And the email, of course.", HS)
def _(r: R) -> Out: return {"Description": f"{r['city']}, {r['country']}", "Email": r["email"]}


@case("h16-13-account-by-company", H, L, "When a lead comes in, find its account by looking up the company name in Salesforce. Email goes along with it.", HS)
def _(r: R) -> Out: return {"Company": r["company"], "Email": r["email"]}


@case("h16-14-address-only", H, L, "This one is just for the address: Street from the street address, City, State, PostalCode from the zip code, and Country.", HS)
def _(r: R) -> Out:
    return {"Street": r["address"], "City": r["city"], "State": r["state"], "PostalCode": r["zip"], "Country": r["country"], "Email": r["email"]}


@case("h16-15-bullets-names-status", H, L, "Lead fields:\n- Email, as it is\n- FirstName and LastName with a capital first letter on every word and lower case after it\n- Status 'Open - Not Contacted' on every one", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Status": "Open - Not Contacted"}


@case("h16-16-optout-boolean", H, L, "HasOptedOutOfEmail should be true only when HubSpot's hs_email_optout says \"true\"; \"false\" or an empty value means false. Copy the email and the phone as they are.", HS)
def _(r: R) -> Out: return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "Email": r["email"], "Phone": r["phone"]}


# --- HubSpot contacts -> Salesforce Contact ----------------------------------------------

@case("h16-17-sfc-mailing-dept", H, C, "HubSpot contacts become Salesforce Contacts with email, first and last name, and their city and country as MailingCity and MailingCountry. Department should read 'Marketing Ops' on every record.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingCity": r["city"],
            "MailingCountry": r["country"], "Department": "Marketing Ops"}


@case("h16-18-sfc-source-table", H, C, "The contact's LeadSource depends on where HubSpot says they came from: ORGANIC_SEARCH and PAID_SEARCH both become 'Web', REFERRALS becomes 'Partner Referral' and PAID_SOCIAL becomes 'Advertisement'. Sources not listed here, and contacts with no source, get 'Other'. Plus the email.", HS)
def _(r: R) -> Out:
    t = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Web", "REFERRALS": "Partner Referral", "PAID_SOCIAL": "Advertisement"}
    return {"LeadSource": t.get(r["hs_analytics_source"], "Other"), "Email": r["email"]}


@case("h16-19-sfc-phone-title", H, C, "On the Salesforce contact, Phone is the contact's phone when there is one and their mobile when there isn't. Title comes from the job title, with 'Unknown' for people who have none. Email as usual.", HS)
def _(r: R) -> Out: return {"Phone": dflt(r["phone"], r["mobilephone"]), "Title": dflt(r["jobtitle"], "Unknown"), "Email": r["email"]}


# --- HubSpot contacts -> Mailchimp members -----------------------------------------------

@case("h16-20-mc-pending-merge", H, M, "Add the contacts to Mailchimp as 'pending', since this list uses double opt-in. email_address is their email; FNAME, LNAME and COMPANY come from first name, last name and company.", HS)
def _(r: R) -> Out:
    return {"status": "pending", "email_address": r["email"],
            "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"], "COMPANY": r["company"]}}


@case("h16-21-mc-paid-tag", H, M, "Every member gets the tag 'crm-import', and members whose original source is PAID_SEARCH or PAID_SOCIAL get 'paid' after it. Subscribe all of them, with the email as email_address.", HS)
def _(r: R) -> Out:
    tags = ["crm-import"] + (["paid"] if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else [])
    return {"tags": tags, "status": "subscribed", "email_address": r["email"]}


@case("h16-22-mc-optout-lower", H, M, "email_address should be the email in lower case. A contact whose hs_email_optout is \"true\" goes in as 'unsubscribed'; \"false\" or blank means 'subscribed'.", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"].lower(), "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed"}


@case("h16-23-mc-us-phone", H, M, "Only US contacts (country United States) should end up in this audience. Subscribe them with their email, and put the phone number into the PHONE merge field in E.164 format (they're all American numbers).", HS)
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"status": "subscribed", "email_address": r["email"], "merge_fields": {"PHONE": e164(r["phone"])}}


@case("h16-24-mc-fname-email-type", H, M, "FNAME should only hold the first word of the contact's first name (a few of them typed two names in there). email_type is 'text' for contacts in Japan and 'html' for everybody else. Subscribe them all by email.", TWO_NAMES)
def _(r: R) -> Out:
    return {"merge_fields": {"FNAME": r["firstname"].split()[0]}, "email_type": "text" if r["country"] == "Japan" else "html",
            "status": "subscribed", "email_address": r["email"]}


@case("h16-25-mc-vip-revenue", H, M, "Mark a member as vip when the contact's annual revenue is above 5 million; below that, or with no revenue recorded, vip is false. Everyone is subscribed with their email address.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"vip": v is not None and v > 5_000_000, "status": "subscribed", "email_address": r["email"]}


# --- HubSpot contacts -> Segment identify ------------------------------------------------

@case("h16-26-seg-name-phone", H, S, "userId is the email, lower-cased. traits.name is the first and last name with a space in between, and traits.phone is the phone number, or the mobile when the phone is empty.", HS)
def _(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"name": f"{r['firstname']} {r['lastname']}", "phone": dflt(r["phone"], r["mobilephone"])}}


@case("h16-27-seg-company-object", H, S, "Identify calls keyed by email (userId). Under traits.company: name is the company, or 'Independent' when it's missing, and employee_count is the number of employees as an integer, left out when blank.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {"name": dflt(r["company"], "Independent"),
                 "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h16-28-seg-created-city", H, S, "Send userId from the email. traits.createdAt is the create date reduced to YYYY-MM-DD, and traits.address.city is the city with each word starting with a capital letter.", HS)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {"createdAt": r["createdate"][:10], "address": {"city": title(r["city"])}}}


@case("h16-29-seg-username-domain", H, S, "userId is the email. traits.username is whatever comes before the @ in the email, and traits.company.name is the domain after the @ unless the contact has a company, in which case use the company.", LOWER_HS)
def _(r: R) -> Out:
    local, domain = r["email"].split("@")
    return {"userId": r["email"], "traits": {"username": local, "company": {"name": dflt(r["company"], domain)}}}


@case("h16-30-seg-plan-skip-no-company", H, S, "Leave out contacts with no company. For the rest, userId = email and traits.plan is 'enterprise' when annual revenue is over 10 million, 'growth' when it's over 1 million, and 'starter' otherwise, missing revenue included.", HS)
def _(r: R) -> Out:
    if blank(r["company"]):
        return None
    v = rev(r)
    plan = "enterprise" if v is not None and v > 10_000_000 else "growth" if v is not None and v > 1_000_000 else "starter"
    return {"userId": r["email"], "traits": {"plan": plan}}


# --- HubSpot contacts -> GA4 events ------------------------------------------------------

@case("h16-31-ga4-sign-up", H, G, "Send GA4 a sign_up event for contacts at the subscriber or lead stage only; skip the rest. client_id is always 'hs-sync', user_id is the email in lower case, and the event carries a param method = 'hubspot'.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("subscriber", "lead"):
        return None
    return {"client_id": "hs-sync", "user_id": r["email"].lower(), "events": [{"name": "sign_up", "params": {"method": "hubspot"}}]}


@case("h16-32-ga4-purchase-value", H, G, "For customers and sales qualified leads (lifecycle stage customer or salesqualifiedlead) send one purchase event with client_id 'crm-backfill'. Params: currency 'EUR' and value = annual revenue as a number. Nobody else is sent.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "salesqualifiedlead"):
        return None
    return {"client_id": "crm-backfill", "events": [{"name": "purchase", "params": {"currency": "EUR", "value": num(r["annualrevenue"])}}]}


# --- Salesforce Lead -> HubSpot contacts -------------------------------------------------

@case("h16-33-sfl-hs-copy-title", L, H, "For the reverse sync from Salesforce leads: email, firstname, lastname and company straight across, and jobtitle from Title, using 'Unknown' when the lead has no title.", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"], "jobtitle": dflt(r["Title"], "Unknown")}


@case("h16-34-sfl-hs-stage-optout", L, H, "lifecyclestage follows the lead Status: 'Closed - Converted' becomes customer, 'Working - Contacted' becomes salesqualifiedlead, and every other status becomes lead. hs_email_optout is the string \"true\" when HasOptedOutOfEmail is ticked, otherwise \"false\". email from Email.", SFL)
def _(r: R) -> Out:
    t = {"Closed - Converted": "customer", "Working - Contacted": "salesqualifiedlead"}
    return {"lifecyclestage": t.get(r["Status"], "lead"), "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false", "email": r["Email"]}


@case("h16-35-sfl-hs-hot-warm-only", L, H, "Only Hot and Warm leads should be copied to HubSpot. Map Email to email, City to city, PostalCode to zip, and Country to country, falling back to 'Unknown' if Country is empty.", SFL)
def _(r: R) -> Out:
    if r["Rating"] not in ("Hot", "Warm"):
        return None
    return {"email": r["Email"], "city": r["City"], "zip": r["PostalCode"], "country": dflt(r["Country"], "Unknown")}


@case("h16-36-sfl-hs-revenue-new", L, H, "Bring the lead's AnnualRevenue over to annualrevenue as a number (leave it off when it's blank), give every contact hs_lead_status NEW, and copy the email.", SFL)
def _(r: R) -> Out:
    return keep({"annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]), "hs_lead_status": "NEW", "email": r["Email"]})


# --- Salesforce Contact -> Mailchimp / Segment -------------------------------------------

@case("h16-37-sfc-mc-optout-tags", C, M, "Salesforce contacts to Mailchimp: email_address is Email in lower case, FNAME and LNAME from the names. They're unsubscribed if HasOptedOutOfEmail is true and subscribed if not. Tags: the LeadSource first when there is one, then always 'salesforce'.", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ([] if blank(r["LeadSource"]) else [r["LeadSource"]]) + ["salesforce"]}


@case("h16-38-sfc-mc-outside-us", C, M, "Only contacts whose MailingCountry isn't United States. Subscribe them with Email as email_address. language is 'de' for Germany and Austria and 'en' for anywhere else, and the BIRTHDAY merge field is the Birthdate written as MM/DD.", SFC)
def _(r: R) -> Out:
    if r["MailingCountry"] == "United States":
        return None
    _y, m, d = r["Birthdate"].split("-")
    return {"status": "subscribed", "email_address": r["Email"], "language": "de" if r["MailingCountry"] in ("Germany", "Austria") else "en",
            "merge_fields": {"BIRTHDAY": f"{m}/{d}"}}


@case("h16-39-sfc-seg-birthday", C, S, "Segment identify from Salesforce contacts: userId is Email lower-cased; traits.firstName and traits.lastName from the names; traits.address.city from MailingCity; traits.birthday is the Birthdate, and leave it out for contacts without one.", SFC)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                 "address": {"city": r["MailingCity"]}, "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


# --- Mailchimp members -> HubSpot contacts -----------------------------------------------

@case("h16-40-mc-hs-phone-company", M, H, "Import Mailchimp members into HubSpot: email from email_address, company from COMPANY, and phone from PHONE converted to E.164 (US unless it already has a +). Members with no phone get no phone property.", MC)
def _(r: R) -> Out:
    p = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "company": r["merge_fields"]["COMPANY"], "phone": OMIT if blank(p) else e164(p)})


@case("h16-41-mc-hs-no-cleaned", M, H, "Cleaned members are not imported. lifecyclestage is customer for VIP members and subscriber for the others; hs_email_optout is the text \"true\" for unsubscribed members and \"false\" for everyone else. email from email_address.", MC)
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    return {"lifecyclestage": "customer" if r["vip"] else "subscriber", "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false",
            "email": r["email_address"]}


@case("h16-42-mc-hs-domain-company", M, H, "email is email_address. company is COMPANY, or the part of the email after the @ when COMPANY is blank. firstname is FNAME in proper case (a capital at the start of each word, the remainder lower case), and hs_language copies language.", MC_LOWER)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "company": dflt(mf["COMPANY"], r["email_address"].split("@")[1]),
            "firstname": title(mf["FNAME"]), "hs_language": r["language"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set16")
    print(len(CASES), "cases")

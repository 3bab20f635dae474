"""Held-out set 15, written BEFORE the session that measures it and not tuned against: about
two thirds in the plain style of the public cases (a paragraph of instructions, a few
sentences, a short bullet list) in its own wording ("bring ... across", "send ... to",
"should carry", "put ... instead", "use ... first", "converted to", "tidied into", "ticked /
unticked", "leave ... off", "should read like", "link ... by looking up", "land with"), and
about a third in other registers (pasted tables, a ticket, short emails, chat messages,
terse one-liners), over realistic pairs of the five platforms and every rule kind (copies,
constants, defaults when empty, fallbacks, case / E.164 / date / number transforms, value
tables with an otherwise, conditions, filters, nested fields, tags, templates, the account
lookup). The match key is always written: a case naming no email expects it mapped by name
(the documented decision); no case writes a read-only destination field.
Expected records come from the cases README's semantics (oracle.py), never from the drafter.
Run: python bench/heldout/make_set15.py  -> bench/heldout/set15/*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, dflt, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
LOWER_HS = [dict(r, email=r["email"].lower()) for r in HS]


def emp(r: R) -> float | None:
    return None if blank(r["numemployees"]) else float(r["numemployees"])


# --- HubSpot contacts -> Salesforce Lead -------------------------------------------------

@case("h15-01-bring-across", H, L, "Bring the contact's email across into Email, and send firstname to FirstName and lastname to LastName. Company should carry the company name.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"]}


@case("h15-02-new-leads-constants", H, L, "Every lead we create from this feed gets LeadSource 'Web' and Status 'Open - Not Contacted', whatever the contact looks like. Email comes straight from the contact's email.", HS)
def _(r: R) -> Out: return {"LeadSource": "Web", "Status": "Open - Not Contacted", "Email": r["email"]}


@case("h15-03-title-not-given", H, L, "Title is the contact's job title. When a contact has no job title, put 'Not given' in Title instead. Email maps to Email.", HS)
def _(r: R) -> Out: return {"Title": dflt(r["jobtitle"], "Not given"), "Email": r["email"]}


@case("h15-04-mobile-first", H, L, "For Phone, use the mobile number first; if the mobile number is empty, use the regular phone number. Email goes to Email as usual.", HS)
def _(r: R) -> Out: return {"Phone": dflt(r["mobilephone"], r["phone"]), "Email": r["email"]}


@case("h15-05-lastname-upper", H, L, "We want the email in Email, and LastName should be the contact's last name converted to upper case. Nothing else is needed.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "LastName": r["lastname"].upper()}


@case("h15-06-mobile-e164-leave-off", H, L, "MobilePhone gets the mobile number written in E.164 (assume US when there's no country code). Leave MobilePhone off the lead when the contact has no mobile number. Also map email to Email.", HS)
def _(r: R) -> Out:
    return keep({"MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]), "Email": r["email"]})


@case("h15-07-pasted-industry-table", H, L, "Industry mapping (pasted from the sheet):\n\nHubSpot industry | SF Industry\nSoftware | Technology\nLogistics | Transportation\nFood | Food & Beverage\n(anything else, blank included) | Other\n\nand Email = email", HS)
def _(r: R) -> Out:
    t = {"Software": "Technology", "Logistics": "Transportation", "Food": "Food & Beverage"}
    return {"Industry": t.get(r["industry"], "Other"), "Email": r["email"]}


@case("h15-08-rating-three-bands", H, L, "Map email to Email. Rating depends on annual revenue:\n- above 5,000,000: Hot\n- above 1,000,000 (up to 5,000,000): Warm\n- anything lower, or no revenue at all: Cold", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Email": r["email"], "Rating": "Hot" if v is not None and v > 5000000 else "Warm" if v is not None and v > 1000000 else "Cold"}


@case("h15-09-only-qualified", H, L, "Only sync contacts whose lifecycle stage is marketingqualifiedlead or salesqualifiedlead; the rest stay in HubSpot. For those, send Email, Company and Title (from the job title).", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "Company": r["company"], "Title": r["jobtitle"]}


@case("h15-10-chat-description", H, L, "quick one - can the lead Description read like 'Based in San Francisco, United States' (the city, a comma, then the country)? plus the email into Email obviously", HS)
def _(r: R) -> Out: return {"Description": f"Based in {r['city']}, {r['country']}", "Email": r["email"]}


@case("h15-11-link-account", H, L, "Link each lead to its account by looking up the company name. Email is copied over from email.", HS)
def _(r: R) -> Out: return {"Company": r["company"], "Email": r["email"]}


@case("h15-12-terse-numbers", H, L, "AnnualRevenue <- annualrevenue (number), NumberOfEmployees <- numemployees (integer), omit when blank", HS)
def _(r: R) -> Out:
    return keep({"AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"]), "Email": r["email"]})


@case("h15-13-ticked-unticked", H, L, "HasOptedOutOfEmail is ticked when hs_email_optout is 'true' and unticked when it is 'false' or empty. DoNotCall is ticked for contacts without a phone number and unticked for the others. Email from email.", HS)
def _(r: R) -> Out: return {"HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"]), "Email": r["email"]}


@case("h15-14-created-date-description", H, L, "Put the day the contact was created into Description, as YYYY-MM-DD with no time. Email maps to Email.", HS)
def _(r: R) -> Out: return {"Description": r["createdate"][:10], "Email": r["email"]}


# --- HubSpot contacts -> Salesforce Contact ----------------------------------------------

@case("h15-15-ticket-mailing-address", H, C, "OPS-412 Contact sync: mailing address\nNeeds: Email from email; MailingCity, MailingState and MailingPostalCode from city, state and zip; MailingCountry from country.\nDone when: contacts land in Salesforce with their mailing address.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h15-16-skip-opted-out-department", H, C, "Skip anyone who has opted out of email (hs_email_optout is 'true'). For everyone else send Email, FirstName and Department. Department is the industry, or 'General' if the contact has no industry.", HS)
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "Department": dflt(r["industry"], "General")}


@case("h15-17-tidied-title-case", H, C, "FirstName and LastName should be tidied into title case (a capital first letter, the rest lower case) from the first and last name. Email stays as it is.", HS)
def _(r: R) -> Out: return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Email": r["email"]}


@case("h15-18-paid-or-web", H, C, "LeadSource should be 'Advertisement' when the original source is PAID_SEARCH or PAID_SOCIAL, and 'Web' for every other source (an empty source too). Email from email.", HS)
def _(r: R) -> Out:
    return {"LeadSource": "Advertisement" if r["hs_analytics_source"] in ("PAID_SEARCH", "PAID_SOCIAL") else "Web", "Email": r["email"]}


@case("h15-19-email-lower-trim", H, C, "Hi Sam,\n\nFor the Contact sync could you make sure Email is the contact's email lower-cased, with any stray spaces trimmed off? And bring the job title into Title, please.\n\nCheers,\nNadia", HS)
def _(r: R) -> Out: return {"Email": r["email"].strip().lower(), "Title": r["jobtitle"]}


# --- HubSpot contacts -> Mailchimp members -----------------------------------------------

@case("h15-20-mc-everyone-subscribed", H, M, "Add every contact to the audience as subscribed. email_address takes the email; the FNAME and LNAME merge fields take the first and last name.", HS)
def _(r: R) -> Out: return {"status": "subscribed", "email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]}}


@case("h15-21-mc-status-from-optout", H, M, "The member status comes from hs_email_optout: 'true' means unsubscribed, 'false' means subscribed, and a blank value means pending. email_address is the email.", HS)
def _(r: R) -> Out:
    return {"status": {"true": "unsubscribed", "false": "subscribed"}.get(r["hs_email_optout"], "pending"), "email_address": r["email"]}


@case("h15-22-mc-chat-tags", H, M, "can we tag everyone 'hubspot' on the way in, + 'customer' if the lifecycle stage is customer, + 'france' if the country is France? status subscribed, email_address = email 🙏", HS)
def _(r: R) -> Out:
    tags = ["hubspot"] + (["customer"] if r["lifecyclestage"] == "customer" else []) + (["france"] if r["country"] == "France" else [])
    return {"status": "subscribed", "email_address": r["email"], "tags": tags}


@case("h15-23-mc-phone-e164-fallback", H, M, "Subscribe each contact with its email as email_address. The PHONE merge field is the phone number, or the mobile number when the phone is empty, in E.164 form (numbers without a country code are US).", HS)
def _(r: R) -> Out:
    return {"status": "subscribed", "email_address": r["email"], "merge_fields": {"PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


@case("h15-24-mc-terse-vip", H, M, "vip = numemployees > 100 (blank -> false); status subscribed; email_address = email", HS)
def _(r: R) -> Out:
    n = emp(r)
    return {"vip": n is not None and n > 100, "status": "subscribed", "email_address": r["email"]}


@case("h15-25-mc-language-by-country", H, M, "Set language from the country: Japan gets 'ja', France gets 'fr', Mexico gets 'es', and any other country gets 'en'. Status is subscribed and email_address is the email.", HS)
def _(r: R) -> Out:
    t = {"Japan": "ja", "France": "fr", "Mexico": "es"}
    return {"language": t.get(r["country"], "en"), "status": "subscribed", "email_address": r["email"]}


# --- HubSpot contacts -> Segment identify ------------------------------------------------

@case("h15-26-seg-email-name-company", H, S, "Hello,\n\nFor the identify calls, userId should be the email. Please add traits.name as the first name and last name with a space between them, and traits.company.name as the company.\n\nThanks!", HS)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {"name": f"{r['firstname']} {r['lastname']}", "company": {"name": r["company"]}}}


@case("h15-27-seg-employee-count", H, S, "userId is the email. traits.company.employee_count is the number of employees as a whole number, and is left out when there isn't one. traits.company.industry is the industry, with 'n/a' when it's blank.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"]), "industry": dflt(r["industry"], "n/a")}}})


@case("h15-28-seg-signup-date", H, S, "Contacts in the subscriber stage are not sent to Segment. For all the others, userId is the email and traits.signup_date is the create date as YYYY-MM-DD.", HS)
def _(r: R) -> Out:
    return None if r["lifecyclestage"] == "subscriber" else {"userId": r["email"], "traits": {"signup_date": r["createdate"][:10]}}


@case("h15-29-seg-pasted-table", H, S, "Segment trait | HubSpot property\n--- | ---\nuserId | email\ntraits.email | email\ntraits.phone | phone\ntraits.title | jobtitle\ntraits.address.city | city", HS)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {"email": r["email"], "phone": r["phone"], "title": r["jobtitle"], "address": {"city": r["city"]}}}


@case("h15-30-seg-email-domain", H, S, "userId is the email address. traits.company.domain should hold whatever comes after the @ in the email.", LOWER_HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"company": {"domain": r["email"].split("@", 1)[1]}}}


# --- HubSpot contacts -> GA4 events ------------------------------------------------------

@case("h15-31-ga4-sign-up", H, G, "Fire a sign_up event for each contact. client_id is always 'hubspot-sync' and user_id is the contact's email. The event carries a param method set to 'crm'.", HS)
def _(r: R) -> Out:
    return {"client_id": "hubspot-sync", "user_id": r["email"], "events": [{"name": "sign_up", "params": {"method": "crm"}}]}


@case("h15-32-ga4-chat-event-name", H, G, "hey, for GA4: event name 'purchase' when the contact's lifecycle stage is customer, 'generate_lead' for everybody else. client_id can just be 'hs'. thx!", HS)
def _(r: R) -> Out:
    return {"client_id": "hs", "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"}]}


@case("h15-33-ga4-terse-revenue", H, G, "generate_lead per contact that has annual revenue; params: value = annualrevenue as a number, currency = 'USD'; client_id 'crm-1'", HS)
def _(r: R) -> Out:
    if blank(r["annualrevenue"]):
        return None
    return {"client_id": "crm-1", "events": [{"name": "generate_lead", "params": {"value": num(r["annualrevenue"]), "currency": "USD"}}]}


# --- Salesforce Lead -> HubSpot contacts -------------------------------------------------

@case("h15-34-sfl-hs-copy", L, H, "Copy the lead over to HubSpot like this: email from Email, firstname and lastname from FirstName and LastName, company from Company, and jobtitle from Title.", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"], "jobtitle": r["Title"]}


@case("h15-35-sfl-hs-status-stage", L, H, "The lifecycle stage follows the lead Status:\n- Open - Not Contacted: lead\n- Working - Contacted: marketingqualifiedlead\n- Closed - Converted: customer\n- Closed - Not Converted: other\nemail comes from Email.", SFL)
def _(r: R) -> Out:
    t = {"Open - Not Contacted": "lead", "Working - Contacted": "marketingqualifiedlead", "Closed - Converted": "customer", "Closed - Not Converted": "other"}
    return {"lifecyclestage": t[r["Status"]], "email": r["Email"]}


@case("h15-36-sfl-hs-email-uk-phone", L, H, "Hi both,\n\nThis import leaves out US leads (Country 'United States'); leads with no country stay in. email from Email, city from City, and phone from Phone in E.164, treating numbers without a + as UK numbers. If a lead has no phone, just leave phone off.\n\nThanks, Ruth", SFL)
def _(r: R) -> Out:
    if r["Country"] == "United States":
        return None
    return keep({"email": r["Email"], "city": r["City"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "44")})


@case("h15-37-sfl-hs-revenue-zip", L, H, "email is the lead's Email and zip is its PostalCode. annualrevenue takes AnnualRevenue as a number; when the lead has no annual revenue, don't set it.", SFL)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "zip": r["PostalCode"], "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


# --- Salesforce Contact -> HubSpot / Mailchimp / Segment ---------------------------------

@case("h15-38-sfc-hs-birthday", C, H, "Send email and firstname from Email and FirstName. date_of_birth is the Birthdate, but omit it for contacts without one. jobtitle is the Title, or 'n/a' if the Title is blank.", SFC)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "date_of_birth": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
                 "jobtitle": dflt(r["Title"], "n/a")})


@case("h15-39-sfc-mc-chat-tags", C, M, "for the SF contacts -> Mailchimp sync: email_address from Email, status unsubscribed if HasOptedOutOfEmail is checked else subscribed, tags = 'sfdc' for all plus their Department when they have one", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"], "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["sfdc"] + ([] if blank(r["Department"]) else [r["Department"]])}


@case("h15-40-sfc-seg-birthday", C, S, "userId is the Email in lower case. traits.firstName and traits.lastName come from FirstName and LastName, and traits.birthday from Birthdate (left out when there is no birthdate).", SFC)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {"firstName": r["FirstName"], "lastName": r["LastName"],
                                                           "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


# --- Mailchimp members -> HubSpot / Salesforce Lead --------------------------------------

@case("h15-41-mc-hs-skip-cleaned", M, H, "Skip members whose status is cleaned. email comes from email_address, firstname and lastname from FNAME and LNAME in title case, and phone from PHONE, left out when PHONE is empty.", MC)
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
                 "phone": OMIT if blank(mf["PHONE"]) else mf["PHONE"]})


@case("h15-42-mc-lead-ticket", M, L, "Ticket: Mailchimp members -> SF leads\n* Email = email_address\n* LastName = LNAME, '[unknown]' when empty\n* Company = COMPANY, 'Individual' when empty\n* LeadSource always 'Email'\n* HasOptedOutOfEmail true for unsubscribed members, false otherwise", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"Email": r["email_address"], "LastName": dflt(mf["LNAME"], "[unknown]"), "Company": dflt(mf["COMPANY"], "Individual"),
            "LeadSource": "Email", "HasOptedOutOfEmail": r["status"] == "unsubscribed"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set15")
    print(len(CASES), "cases")

"""Held-out set 21, written BEFORE the session that measures it and not tuned against: a HubSpot power user
(marketing automation specialist at a SaaS company) writing plain, direct requests of one to three sentences
or a short bullet list, HubSpot internal property names mixed with plain names, conditions and defaults stated
precisely; about one case in six casual. 43 cases over the nine public platform pairs, weighted like the public
cases (HubSpot -> Lead most). Rule kinds: copies, constants, defaults, fallbacks, leave-out, lower/upper/trim/
title case/first word/before and after the @/E.164/number/whole number/date, value tables with and without an
otherwise, equality/numeric/blank conditions, true/false flags, only/skip/exclude filters, nested destinations
(traits.company, traits.address, merge_fields, GA4 params), Mailchimp tags, templates, account by company name.
The match key is always written: cases naming no email expect it mapped by name; no case writes a read-only or
unknown destination field; an object left empty by omission is dropped.
Expected records come from the cases README's semantics (oracle.py), never from the drafter.
Run: python bench/heldout/make_set21.py  -> bench/heldout/set21/*.yaml"""
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

# extra records (every field the pool's other records have)
HX_OWEN: dict[str, Any] = {
    "email": "owen.park@brightline.io", "firstname": "OWEN", "lastname": "park", "company": "Brightline Labs",
    "phone": "+44 20 7946 0112", "mobilephone": "07700 900321", "jobtitle": " Growth Lead ",
    "hs_analytics_source": "EMAIL_MARKETING", "lifecyclestage": "opportunity", "country": "United Kingdom",
    "city": "london", "state": "", "zip": "EC1V 9HX", "address": "10 City Rd", "annualrevenue": "950000",
    "numemployees": "65", "industry": "Software", "website": "", "createdate": "2024-04-18T13:20:00.000Z",
    "hs_email_optout": "false"}
HX_ZOE: dict[str, Any] = {
    "email": "zoe.bennett@cresthealth.com", "firstname": "Zoe", "lastname": "Bennett", "company": "Crest Health",
    "phone": "1-312-555-0166", "mobilephone": "312 555 0177", "jobtitle": "Demand Gen Manager",
    "hs_analytics_source": "SOCIAL_MEDIA", "lifecyclestage": "lead", "country": "United States", "city": "Chicago",
    "state": "il", "zip": "60654", "address": "233 Wacker Dr", "annualrevenue": "30000000", "numemployees": "1200",
    "industry": "Healthcare", "website": "https://cresthealth.com", "createdate": "2021-06-30T16:45:00.000Z",
    "hs_email_optout": "   "}
# the same contact with a padded, mixed-case email: only in cases whose text trims the email
HX_ZOE_PADDED: dict[str, Any] = {**HX_ZOE, "email": " Zoe.Bennett@CrestHealth.com "}
HX_RAJ: dict[str, Any] = {
    "email": "raj.mehta@tallyworks.in", "firstname": "Raj", "lastname": "", "company": "", "phone": "",
    "mobilephone": "", "jobtitle": "Founder", "hs_analytics_source": "DIRECT_TRAFFIC",
    "lifecyclestage": "salesqualifiedlead", "country": "India", "city": "Pune", "state": "MH", "zip": "411001",
    "address": "5 FC Road", "annualrevenue": "", "numemployees": "", "industry": "Accounting",
    "website": "tallyworks.in", "createdate": "2024-08-21T12:10:00.000Z", "hs_email_optout": "true"}
HX_ANA: dict[str, Any] = {
    "email": "ana.ferreira@verdeagro.com.br", "firstname": "Ana Lucia", "lastname": "Ferreira",
    "company": "Verde Agro", "phone": "+55 11 5555 0133", "mobilephone": "", "jobtitle": "Marketing Analyst",
    "hs_analytics_source": "ORGANIC_SEARCH", "lifecyclestage": "marketingqualifiedlead", "country": "Brazil",
    "city": "Sao Paulo", "state": "SP", "zip": "01310-100", "address": "900 Av Paulista", "annualrevenue": "6000000",
    "numemployees": "75", "industry": "Agriculture", "website": "https://verdeagro.com.br",
    "createdate": "2023-09-12T14:00:00.000Z", "hs_email_optout": "false"}
SFX_JONAS: dict[str, Any] = {
    "Email": "jonas.becker@nordhafen.de", "FirstName": "Jonas Paul", "LastName": "Becker", "Title": "Head of Marketing",
    "Department": "Marketing", "Phone": "+49 40 5555 0123", "MailingCity": "Hamburg", "MailingCountry": "Germany",
    "LeadSource": "Partner Referral", "HasOptedOutOfEmail": False, "Birthdate": "1979-02-14"}
SFX_MARIE: dict[str, Any] = {
    "Email": "marie.schulz@bergblick.de", "FirstName": "Marie", "LastName": "Schulz", "Title": "", "Department": "",
    "Phone": "+49 89 5555 0144", "MailingCity": "Munich", "MailingCountry": "Germany", "LeadSource": "",
    "HasOptedOutOfEmail": True, "Birthdate": ""}
MX_NOOR: dict[str, Any] = {
    "email_address": "noor.haddad@cedarleaf.ae", "status": "pending",
    "merge_fields": {"FNAME": "Noor", "LNAME": "  ", "PHONE": "+971 4 555 0101", "COMPANY": "Cedar Leaf"},
    "tags": ["Webinar"], "language": "ar", "vip": False}


def lc(pool: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pool with every email already lower case (cases taking the part before/after the @)."""
    return [{**r, "email": r["email"].lower()} for r in pool]


def opt_true(v: Any) -> bool:
    return v == "true"


def mob_or_phone(r: R) -> Any:
    return r["phone"] if blank(r["mobilephone"]) else r["mobilephone"]


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead (16)

@case("h21-01-copy-list", H, L, "Copy these from the HubSpot contact onto the Lead, no changes:\n"
      "- email\n- firstname and lastname\n- company\n- jobtitle (goes in Title)\n- phone", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"]}


@case("h21-02-self-employed-and-constants", H, L, "Send email and company. If company is blank, put 'Self-employed' "
      "in Company. Every lead gets LeadSource 'Web' and Status 'Open - Not Contacted'.", [*HS, HX_OWEN])
def _(r: R) -> Out:
    return {"Email": r["email"], "Company": dflt(r["company"], "Self-employed"), "LeadSource": "Web",
            "Status": "Open - Not Contacted"}


@case("h21-03-trim-lower-email-upper-state", H, L, "Email needs to be trimmed and lower-cased before it hits the "
      "lead. State goes over in upper case, City as it is.", [*HS, HX_ZOE_PADDED])
def _(r: R) -> Out:
    return {"Email": r["email"].strip().lower(), "State": r["state"].upper(), "City": r["city"]}


@case("h21-04-phone-then-mobile", H, L, "Map email. For Phone use the contact's phone; if it's blank, use "
      "mobilephone instead. If both are blank, don't send Phone.", [*HS, HX_RAJ])
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"Email": r["email"], "Phone": ph})


@case("h21-05-e164-phone-or-mobile", H, L, "Map email, plus Phone in E.164. Use phone, or mobilephone when phone is "
      "empty. Numbers that don't start with + are US numbers.", [*HS, HX_ZOE])
def _(r: R) -> Out:
    return {"Email": r["email"], "Phone": e164(r["mobilephone"] if blank(r["phone"]) else r["phone"])}


@case("h21-06-account-and-source-table", H, L, "Email to Email, and tie each lead to its Salesforce account by "
      "company name. LeadSource from original source: ORGANIC_SEARCH = Web, PAID_SEARCH and PAID_SOCIAL = "
      "Advertisement, REFERRALS = Partner Referral.", [HS[0], HS[1], HS[3], HS[4]])
def _(r: R) -> Out:
    t = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "Partner Referral"}
    return {"Email": r["email"], "Company": r["company"], "LeadSource": t[r["hs_analytics_source"]]}


@case("h21-07-rating-by-stage", H, L, "Email, firstname, lastname, plus a Rating based on lifecycle stage: customer "
      "and salesqualifiedlead are Hot, marketingqualifiedlead is Warm, any other stage is Cold.", [*HS, HX_OWEN])
def _(r: R) -> Out:
    st = r["lifecyclestage"]
    rating = "Hot" if st in ("customer", "salesqualifiedlead") else "Warm" if st == "marketingqualifiedlead" else "Cold"
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Rating": rating}


@case("h21-08-revenue-bands", H, L, "Map email and AnnualRevenue (as a number). Rating comes from annual revenue: over "
      "5 million is Hot, between 1 and 5 million is Warm, under 1 million is Cold. If annualrevenue is blank, leave "
      "both AnnualRevenue and Rating off the lead.", HS)
def _(r: R) -> Out:
    v = rev(r)
    if v is None:
        return {"Email": r["email"]}
    return {"Email": r["email"], "AnnualRevenue": num(r["annualrevenue"]),
            "Rating": "Hot" if v > 5_000_000 else "Warm" if v > 1_000_000 else "Cold"}


@case("h21-09-employees-and-optout", H, L, "Send email, and NumberOfEmployees from numemployees as a whole number "
      "(skip the field if it's blank). HasOptedOutOfEmail = true when hs_email_optout is \"true\", false for everyone "
      "else, including contacts where it's blank.", [*HS, HX_ZOE])
def _(r: R) -> Out:
    return keep({"Email": r["email"],
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"])),
                 "HasOptedOutOfEmail": opt_true(r["hs_email_optout"])})


@case("h21-10-account-by-company-or-domain", H, L, "Link each lead to the account by company name. If the contact has "
      "no company, use the part of their email after the @ as Company. Also map email, firstname and lastname.",
      [*lc(HS), HX_ANA])
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"],
            "Company": r["email"].split("@", 1)[1] if blank(r["company"]) else r["company"]}


@case("h21-11-us-only-source-note", H, L, "Only sync contacts whose country is United States. Map email, city and "
      "state, and set Description to 'Original source: ' followed by the hs_analytics_source value. Rating is 'Hot' "
      "for salesqualifiedlead and 'Warm' for every other stage.", [*HS, HX_ZOE])
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "City": r["city"], "State": r["state"],
            "Description": "Original source: " + r["hs_analytics_source"],
            "Rating": "Hot" if r["lifecyclestage"] == "salesqualifiedlead" else "Warm"}


@case("h21-12-skip-subscribers-first-word", H, L, "Skip contacts whose lifecycle stage is subscriber. For the rest: "
      "email, LastName as is, and FirstName with just the first word of firstname.", [*HS, HX_ANA])
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "FirstName": r["firstname"].split()[0]}


@case("h21-13-title-case-names-trim-title", H, L, "Email as is. FirstName, LastName and City in title case (first "
      "letter of each word capitalised, the rest lower). Title = jobtitle trimmed; if jobtitle is blank, don't set "
      "Title.", [*HS, HX_OWEN])
def _(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Title": OMIT if blank(r["jobtitle"]) else r["jobtitle"].strip()})


@case("h21-14-casual-job-role-default", H, L, "pls map e-mail, surname and job role to the lead. if theres no job "
      "role put 'Marketing Contact'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Title": dflt(r["jobtitle"], "Marketing Contact")}


@case("h21-15-do-not-call-without-phone", H, L, "Map email and mobilephone (as is, into MobilePhone). DoNotCall = "
      "true if the contact's phone is blank, false if there is one.", [*HS, HX_RAJ])
def _(r: R) -> Out:
    return {"Email": r["email"], "MobilePhone": r["mobilephone"], "DoNotCall": blank(r["phone"])}


@case("h21-16-mql-sql-list", H, L, "Only MQLs and SQLs (lifecycle stage marketingqualifiedlead or "
      "salesqualifiedlead). For those:\n- Email, lower case\n- Company from company, 'Unknown' if blank\n"
      "- Status always 'Working - Contacted'\n- AnnualRevenue as a number, left off if blank\n"
      "- Description = 'Lifecycle: ' followed by the lifecycle stage", [*HS, HX_RAJ, HX_ANA])
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return keep({"Email": r["email"].lower(), "Company": dflt(r["company"], "Unknown"), "Status": "Working - Contacted",
                 "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "Description": "Lifecycle: " + r["lifecyclestage"]})


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact (3)

@case("h21-17-sfc-mailing-address", H, C, "Salesforce Contacts get Email, FirstName and LastName; if lastname is blank "
      "use the part of the email before the @. Address goes to the Mailing fields: address -> MailingStreet, city -> "
      "MailingCity, state -> MailingState, zip -> MailingPostalCode, country -> MailingCountry.", [*lc(HS), HX_RAJ])
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"],
            "LastName": r["email"].split("@", 1)[0] if blank(r["lastname"]) else r["lastname"],
            "MailingStreet": r["address"], "MailingCity": r["city"], "MailingState": r["state"],
            "MailingPostalCode": r["zip"], "MailingCountry": r["country"]}


@case("h21-18-sfc-mobile-e164-optout", H, C, "Send email and MobilePhone in E.164 (numbers without a leading + are "
      "US); leave MobilePhone off when mobilephone is blank. HasOptedOutOfEmail is true if hs_email_optout is \"true\" "
      "and false if it's \"false\" or blank. Description is always 'Synced from HubSpot'.", [*HS, HX_ZOE])
def _(r: R) -> Out:
    return keep({"Email": r["email"], "MobilePhone": OMIT if blank(r["mobilephone"]) else e164(r["mobilephone"]),
                 "HasOptedOutOfEmail": opt_true(r["hs_email_optout"]), "Description": "Synced from HubSpot"})


@case("h21-19-sfc-casual-late-stage", H, C, "leave out subscribers and leads. for everyone else send e-mail, first "
      "name, surname, Department = 'Demand Gen', and LeadSource: 'Web' for ORGANIC_SEARCH, 'Advertisement' for "
      "PAID_SEARCH or PAID_SOCIAL, 'Other' for anything else incl. a blank source.", [*HS, HX_OWEN, HX_ZOE])
def _(r: R) -> Out:
    if r["lifecyclestage"] in ("subscriber", "lead"):
        return None
    src = r["hs_analytics_source"]
    ls = "Web" if src == "ORGANIC_SEARCH" else "Advertisement" if src in ("PAID_SEARCH", "PAID_SOCIAL") else "Other"
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Department": "Demand Gen",
            "LeadSource": ls}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members (5)

@case("h21-20-mc-title-case-names", H, M, "Mailchimp members: email_address is the email in lower case, FNAME and "
      "LNAME are firstname and lastname in title case, status is 'subscribed' for everyone.", [*HS, HX_OWEN])
def _(r: R) -> Out:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])}, "status": "subscribed"}


@case("h21-21-mc-optout-status-stage-tag", H, M, "email_address from email. status 'unsubscribed' when "
      "hs_email_optout is \"true\", 'subscribed' for everyone else (blank included). Tags: 'hubspot-sync' first, then "
      "the contact's lifecycle stage.", [*HS, HX_RAJ])
def _(r: R) -> Out:
    return {"email_address": r["email"], "status": "unsubscribed" if opt_true(r["hs_email_optout"]) else "subscribed",
            "tags": ["hubspot-sync", r["lifecyclestage"]]}


@case("h21-22-mc-skip-optouts-mobile-e164", H, M, "Skip anyone whose hs_email_optout is \"true\" (blank counts as not "
      "opted out). For the rest: email_address = email with spaces trimmed, PHONE = mobilephone in E.164, or phone in "
      "E.164 if there's no mobile (numbers without + are US), language 'en'.", [*HS, HX_ZOE_PADDED, HX_RAJ])
def _(r: R) -> Out:
    if opt_true(r["hs_email_optout"]):
        return None
    return {"email_address": r["email"].strip(), "merge_fields": {"PHONE": e164(mob_or_phone(r))}, "language": "en"}


@case("h21-23-mc-vip-by-revenue", H, M, "email_address = email, status 'subscribed', FNAME = first word of firstname. "
      "vip = true when annualrevenue is over 3 million, false when it's 3 million or less or blank.", [*HS, HX_ANA])
def _(r: R) -> Out:
    v = rev(r)
    return {"email_address": r["email"], "status": "subscribed",
            "merge_fields": {"FNAME": r["firstname"].split()[0]}, "vip": v is not None and v > 3_000_000}


@case("h21-24-mc-casual-customer-tag", H, M, "add everyone to mailchimp w/ their e-mail, FNAME and LNAME, status "
      "subscribed. customers (lifecycle stage customer) get the tag 'customer', evryone else gets no tags (empty "
      "list).", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "tags": ["customer"] if r["lifecyclestage"] == "customer" else []}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify (5)

@case("h21-25-seg-username-phone", H, S, "Segment identify: userId = email. traits: email, firstName, lastName, "
      "username (the part of the email before the @), and phone = phone or, if that's blank, mobilephone. If both "
      "are blank leave traits.phone out.", [*lc(HS), HX_RAJ])
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else (r["mobilephone"] if not blank(r["mobilephone"]) else OMIT)
    return keep({"userId": r["email"], "traits": {
        "email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
        "username": r["email"].split("@", 1)[0], "phone": ph}})


@case("h21-26-seg-company-object", H, S, "userId is the email, trimmed and lower-cased. traits.company.name = company, "
      "traits.company.industry = industry, traits.company.employee_count = numemployees as an integer. Leave industry "
      "and employee_count out when they're blank.", [*HS, HX_ZOE_PADDED])
def _(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {"company": {
        "name": r["company"], "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h21-27-seg-address-list", H, S, "Identify call:\n- userId: email, trimmed and lower case\n"
      "- traits.address.city: city in title case\n- traits.address.state: state in upper case\n"
      "- traits.address.postalCode: zip\n- traits.address.country: country\n"
      "- traits.createdAt: createdate as YYYY-MM-DD", [*HS, HX_OWEN, HX_ZOE_PADDED])
def _(r: R) -> Out:
    return {"userId": r["email"].strip().lower(), "traits": {
        "address": {"city": title(r["city"]), "state": r["state"].upper(), "postalCode": r["zip"],
                    "country": r["country"]},
        "createdAt": r["createdate"][:10]}}


@case("h21-28-seg-casual-name-template", H, S, "userId = email. traits.name should be firstname + space + lastname, "
      "traits.title the job role (put 'Unknown' if its blank), and traits.description 'Lifecycle stage: ' followed by "
      "the stage pls.", HS)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {
        "name": r["firstname"] + " " + r["lastname"], "title": dflt(r["jobtitle"], "Unknown"),
        "description": "Lifecycle stage: " + r["lifecyclestage"]}}


@case("h21-29-seg-exclude-no-company-website", H, S, "Exclude contacts with no company. userId = email, "
      "traits.company.name = company, traits.website = website; if website is blank, use 'https://' followed by the "
      "part of the email after the @.", [*lc(HS), HX_OWEN])
def _(r: R) -> Out:
    if blank(r["company"]):
        return None
    site = "https://" + r["email"].split("@", 1)[1] if blank(r["website"]) else r["website"]
    return {"userId": r["email"], "traits": {"company": {"name": r["company"]}, "website": site}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events (2)

@case("h21-30-ga4-qualify-lead", H, G, "Skip subscribers. Everyone else goes to GA4 with client_id 'hs-crm-import' "
      "and one event named 'qualify_lead' whose params are value = annualrevenue as a number (0 when blank), currency "
      "'USD' and lifecycle_stage = the lifecycle stage.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"client_id": "hs-crm-import", "events": [{"name": "qualify_lead", "params": {
        "value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]), "currency": "USD",
        "lifecycle_stage": r["lifecyclestage"]}}]}


@case("h21-31-ga4-sign-up", H, G, "Send each contact as a GA4 'sign_up' event, client_id 'hubspot' and user_id = "
      "email in lower case. Event params: method = original source in lower case ('unknown' if blank) and "
      "signup_date = createdate as YYYY-MM-DD.", HS)
def _(r: R) -> Out:
    return {"client_id": "hubspot", "user_id": r["email"].lower(), "events": [{"name": "sign_up", "params": {
        "method": dflt(r["hs_analytics_source"], "unknown").lower(), "signup_date": r["createdate"][:10]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts (4)

@case("h21-32-lead-rating-to-stage", L, H, "Leads into HubSpot: email, firstname, lastname, company, jobtitle from "
      "Title, phone from Phone (as is). lifecyclestage from Rating: Hot -> salesqualifiedlead, Warm -> "
      "marketingqualifiedlead, Cold -> lead.", SFL)
def _(r: R) -> Out:
    t = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "lifecyclestage": t[r["Rating"]]}


@case("h21-33-lead-status-skip-converted", L, H, "Skip leads with Status 'Closed - Converted'. Map email, and "
      "hs_lead_status from Status: 'Open - Not Contacted' = NEW, 'Working - Contacted' = IN_PROGRESS, 'Closed - Not "
      "Converted' = UNQUALIFIED. hs_email_optout should be the string \"true\" when HasOptedOutOfEmail is checked, "
      "\"false\" when it isn't.", SFL)
def _(r: R) -> Out:
    if r["Status"] == "Closed - Converted":
        return None
    t = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": t[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h21-34-lead-non-uk-list", L, H, "Skip any lead whose Country is United Kingdom. For the others:\n"
      "- email: Email, lower-cased\n- phone: Phone in E.164, US unless it starts with +; left off if Phone is blank\n"
      "- annualrevenue: AnnualRevenue as a number; left off if blank\n- country: Country, or 'Unknown' if it's blank\n"
      "- hs_lead_status: OPEN_DEAL when AnnualRevenue is over 1 million, NEW otherwise (blank too)", SFL)
def _(r: R) -> Out:
    if r["Country"] == "United Kingdom":
        return None
    ar = r["AnnualRevenue"]
    return keep({"email": r["Email"].lower(), "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"]),
                 "annualrevenue": OMIT if blank(ar) else num(ar), "country": dflt(r["Country"], "Unknown"),
                 "hs_lead_status": "OPEN_DEAL" if not blank(ar) and float(ar) > 1_000_000 else "NEW"})


@case("h21-35-lead-casual-source-message", L, H, "leads -> hubspot contacts pls: e-mail, first name, surname, company, "
      "city, address from Street and zip from PostalCode. if the lead has a LeadSource, message = 'Salesforce lead "
      "source: ' followed by it; if LeadSource is blank dont set message.", SFL)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
                 "city": r["City"], "address": r["Street"], "zip": r["PostalCode"],
                 "message": OMIT if blank(r["LeadSource"]) else "Salesforce lead source: " + r["LeadSource"]})


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members (3)

@case("h21-36-sfc-mc-department-tag", C, M, "Salesforce Contacts to Mailchimp: email_address = Email in lower case, "
      "FNAME = FirstName, LNAME = LastName. status is 'unsubscribed' if HasOptedOutOfEmail is true, 'subscribed' if "
      "false. Tag each member with their Department; no Department means an empty tag list.", [*SFC, SFX_MARIE])
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": [] if blank(r["Department"]) else [r["Department"]]}


@case("h21-37-sfc-mc-dach-tags", C, M, "Only Contacts whose MailingCountry is Germany or Austria. Map Email to "
      "email_address, FirstName to FNAME, LastName to LNAME, language 'de', status 'subscribed'. Tags: 'DACH', then "
      "the LeadSource; when LeadSource is blank just 'DACH'.", [*SFC, SFX_JONAS, SFX_MARIE])
def _(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "language": "de", "status": "subscribed",
            "tags": ["DACH"] if blank(r["LeadSource"]) else ["DACH", r["LeadSource"]]}


@case("h21-38-sfc-mc-casual-not-opted-out", C, M, "sf contacts -> mailchimp, only the ones who have NOT opted out "
      "(HasOptedOutOfEmail false). e-mail as is, FNAME = first word of FirstName, LNAME = LastName in caps, status "
      "subscribed.", [*SFC, SFX_JONAS])
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"],
            "merge_fields": {"FNAME": r["FirstName"].split()[0], "LNAME": r["LastName"].upper()}, "status": "subscribed"}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify (2)

@case("h21-39-sfc-seg-phone-e164", C, S, "Identify from Salesforce Contacts: userId = Email lower-cased; traits.email "
      "= Email as is; traits.firstName, traits.lastName; traits.title = Title, left out if blank; traits.phone = "
      "Phone in E.164 (US unless it already starts with +).", SFC)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": OMIT if blank(r["Title"]) else r["Title"], "phone": e164(r["Phone"])}})


@case("h21-40-sfc-seg-birthday-address", C, S, "userId = Email. traits.name = FirstName, a space, LastName. "
      "traits.address.city from MailingCity, traits.address.country from MailingCountry. traits.birthday = Birthdate, "
      "but leave it out when Birthdate is empty.", [*SFC, SFX_MARIE])
def _(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "name": r["FirstName"] + " " + r["LastName"],
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts (3)

@case("h21-41-mc-hs-list", M, H, "Mailchimp -> HubSpot:\n- email from email_address\n"
      "- firstname / lastname from FNAME / LNAME, title case\n- company from COMPANY\n"
      "- hs_email_optout: the text \"true\" if status is unsubscribed or cleaned, \"false\" otherwise", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": title(mf["LNAME"]),
            "company": mf["COMPANY"],
            "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"}


@case("h21-42-mc-hs-subscribed-vip", M, H, "Only subscribed members. email = email_address; phone = PHONE in E.164 (US "
      "when there's no +), left off if PHONE is blank. lifecyclestage = customer if vip is true, subscriber if it's "
      "false.", MC)
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "phone": OMIT if blank(ph) else e164(ph),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h21-43-mc-hs-casual-skip-cleaned", M, H, "mailchimp -> hubspot, skip cleaned members. e-mail, first name, last "
      "name (put 'Unknown' if LNAME is blank) and hs_language from the language field.", [*MC, MX_NOOR])
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": mf["FNAME"], "lastname": dflt(mf["LNAME"], "Unknown"),
            "hs_language": r["language"]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set21")

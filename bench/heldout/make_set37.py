"""Held-out set 37 for the offline mapping drafter.

Persona: a certified Salesforce administrator with eight years on the platform who writes
mapping requirements the way they would go into a sprint story's field-mapping notes: short,
semi-formal, sometimes numbered, full of admin jargon ("map X over to Y", "populate",
"stamp", "hard-code", "pass through", "if X is null then", "criteria", "blank vs null",
"picklist value"). Salesforce fields are named by API name (LastName, HasOptedOutOfEmail),
HubSpot and Mailchimp fields mostly by their labels (Company Name, Unsubscribed from all
email, FNAME merge field), with the odd casual word.

Pair distribution (42): hubspot.contacts -> salesforce.Lead 8 (01-08), -> salesforce.Contact 6
(09-14), -> mailchimp.members 6 (15-20), -> segment.identify 4 (21-24), -> ga4.events 3
(25-27); salesforce.Lead -> hubspot.contacts 5 (28-32); salesforce.Contact -> mailchimp.members
4 (33-36), -> segment.identify 3 (37-39); mailchimp.members -> hubspot.contacts 3 (40-42).

Rule kinds: copies; constants; defaults when empty (incl. a whitespace-only value); fallback
chains (2 long: 19; 3 long ending in a constant: 05; phone -> mobile -> leave it out: 02);
omit when empty; transforms (lower 09/16/33/39, upper 10/20, trim 11, title case 05/16/40,
first word 27, before @ 17, after @ 24, E.164 US 02/19/33/38/42 and UK 31, as a number
04/26/30, whole number 08/21, date YYYY-MM-DD 22/25); value tables without 'otherwise'
(03/13/18/29) and with it (07/24/32/39); conditions (equality 15/18/29/35/41, greater than
04/20/27, blank 12); true/false flags (06/12/18/24/35); filters (only 08/23/35/42, exclude
05/13/16/26/31/36); nested destinations (Segment traits.company.x / traits.address.x,
Mailchimp merge_fields.X, GA4 params.x); Mailchimp tags (constant 17/36, conditional
16/20/34); concatenation/templates (06/14/23).

Match key: every text names the destination's match key (see authoring.MATCH_KEY_NOTE):
Lead/Contact Email, Mailchimp email_address, Segment userId (plus traits.email where asked),
GA4 client_id, HubSpot email. GA4 records are written flat: client_id, name (the event name)
and a nested params object.
"""
from __future__ import annotations

from pathlib import Path

from authoring import (  # noqa: F401
    MATCH_KEY_NOTE,
    C,
    Case,
    G,
    H,
    L,
    M,
    Out,
    R,
    S,
    build,
    collector,
    dflt,
    extended,
    lower_emails,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)

# set-specific HubSpot records (every key of the HS pool present)
X1 = {"email": "sam.okoye@bluepeak.co", "firstname": "sam", "lastname": "okoye", "company": "   ",
      "phone": "", "mobilephone": "", "jobtitle": "Analyst", "hs_analytics_source": "DIRECT_TRAFFIC",
      "lifecyclestage": "lead", "country": "Nigeria", "city": "lagos", "state": "", "zip": "",
      "address": "", "annualrevenue": "", "numemployees": "", "industry": "",
      "website": "bluepeak.co", "createdate": "2024-02-20T12:30:00.000Z", "hs_email_optout": ""}
X2 = {"email": "ana.lima@verdeagro.com.br", "firstname": " Ana", "lastname": "Lima  ", "company": "Verde Agro",
      "phone": "", "mobilephone": "", "jobtitle": "  Agronomist ", "hs_analytics_source": "OFFLINE",
      "lifecyclestage": "lead", "country": "Brazil", "city": "Campinas", "state": "SP", "zip": "13010-000",
      "address": "Rua Barao 10", "annualrevenue": "900000", "numemployees": "30", "industry": "Agriculture",
      "website": "https://verdeagro.com.br", "createdate": "2024-03-05T12:00:00.000Z", "hs_email_optout": "false"}
X3 = {"email": "j.park@orbitlabs.io", "firstname": "", "lastname": "Park", "company": "Orbit Labs",
      "phone": "(206) 555-0161", "mobilephone": "", "jobtitle": "Engineer", "hs_analytics_source": "EMAIL_MARKETING",
      "lifecyclestage": "lead", "country": "United States", "city": "Seattle", "state": "WA", "zip": "98101",
      "address": "400 Pine St", "annualrevenue": "", "numemployees": "8", "industry": "Software",
      "website": "orbitlabs.io", "createdate": "2024-04-11T12:15:00.000Z", "hs_email_optout": "false"}

HS_X1 = extended(HS, X1)
HS_X2 = extended(HS, X2)
HS_X3_LOWER = lower_emails(extended(HS, X3))
HS_LOWER = lower_emails(HS)


def mf(r: R, k: str) -> str:
    return r["merge_fields"][k]


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead (8)

@case("h37-01-lead-basic-leadsource", H, L,
      "Story: HubSpot contact -> Lead upsert, matching on Email. Map First Name over to FirstName, "
      "Last Name to LastName and Job Title to Title. Company is required on Lead, so populate it from "
      "Company Name and if that's blank default it to 'Not Provided'. Hard-code LeadSource = 'Web'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "Company": dflt(r["company"], "Not Provided"), "LeadSource": "Web"}


@case("h37-02-lead-phone-chain-e164", H, L,
      "Lead upsert keyed on Email (pass through from the HubSpot Email). "
      "1) LastName <- Last Name. "
      "2) Company <- Company Name; if null, stamp 'Unknown Company'. "
      "3) Phone <- Phone Number; if that's blank fall back to Mobile Phone Number, and if both are blank "
      "don't populate Phone at all. Format Phone as E.164, assume US when the number has no + country code.", HS_X1)
def _(r: R) -> Out:
    ph = r["phone"] if not blank(r["phone"]) else r["mobilephone"]
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown Company"),
                 "Phone": OMIT if blank(ph) else e164(ph, "1")})


@case("h37-03-lead-status-from-lifecycle", H, L,
      "HubSpot -> Lead, Email is the match key. LastName passes through from Last Name; Company from "
      "Company Name, default 'Unknown' when blank. Set Status off Lifecycle Stage: subscriber and lead -> "
      "'Open - Not Contacted', marketingqualifiedlead and salesqualifiedlead -> 'Working - Contacted', "
      "customer -> 'Closed - Converted'.", HS)
def _(r: R) -> Out:
    st = {"subscriber": "Open - Not Contacted", "lead": "Open - Not Contacted",
          "marketingqualifiedlead": "Working - Contacted", "salesqualifiedlead": "Working - Contacted",
          "customer": "Closed - Converted"}[r["lifecyclestage"]]
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"), "Status": st}


@case("h37-04-lead-revenue-rating", H, L,
      "Match on Email. LastName <- Last Name, Company <- Company Name (hard-code 'Unknown' if blank). "
      "AnnualRevenue <- Annual Revenue as a number; if Annual Revenue is null, leave AnnualRevenue off the "
      "payload entirely. Rating criteria: 'Hot' when Annual Revenue is greater than 1,000,000, otherwise "
      "'Cold' (blank revenue = Cold).", HS)
def _(r: R) -> Out:
    rv = r["annualrevenue"]
    hot = not blank(rv) and float(rv) > 1_000_000
    return keep({"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
                 "AnnualRevenue": OMIT if blank(rv) else num(rv), "Rating": "Hot" if hot else "Cold"})


@case("h37-05-lead-proper-case-company-chain", H, L,
      "Exclude contacts where Lifecycle Stage = subscriber. For the rest, upsert the Lead on Email and map "
      "First Name, Last Name and City over to FirstName, LastName and City in proper case (first letter of "
      "each word capitalized, rest lower). Company: use Company Name; if blank, use Website URL; if that's "
      "blank too, hard-code 'Unknown'.", HS_X1)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    co = r["company"] if not blank(r["company"]) else (r["website"] if not blank(r["website"]) else "Unknown")
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "City": title(r["city"]), "Company": co}


@case("h37-06-lead-optout-flag-description", H, L,
      "Lead upsert, match key Email. LastName <- Last Name, Company <- Company Name (default 'N/A' when blank). "
      "HasOptedOutOfEmail = true when 'Unsubscribed from all email' is 'true'; false when it's 'false' or blank. "
      "Stamp DoNotCall = false on every record. Description = 'HS lifecycle: ' followed by the Lifecycle Stage value.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "N/A"),
            "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": False,
            "Description": "HS lifecycle: " + r["lifecyclestage"]}


@case("h37-07-lead-source-picklist-otherwise", H, L,
      "Map Original Source over to LeadSource on the Lead: ORGANIC_SEARCH -> 'Web', PAID_SEARCH and PAID_SOCIAL "
      "-> 'Advertisement', REFERRALS -> 'External Referral', anything else (blank included) -> 'Other'. Email is "
      "the match key. Also pass through Last Name -> LastName and Website URL -> Website, and populate Company "
      "from Company Name, or 'Unknown' if blank.", HS_X1)
def _(r: R) -> Out:
    ls = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}.get(r["hs_analytics_source"], "Other")
    return {"Email": r["email"], "LeadSource": ls, "LastName": r["lastname"], "Website": r["website"],
            "Company": dflt(r["company"], "Unknown")}


@case("h37-08-lead-us-only-address", H, L,
      "Criteria: only contacts with Country/Region = 'United States'. Upsert on Email. LastName <- Last Name, "
      "Company <- Company Name (default 'Unknown' if blank), Street <- Street Address, City <- City, "
      "State <- State/Region, PostalCode <- Postal Code, NumberOfEmployees <- Number of Employees as a whole number.", HS)
def _(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": dflt(r["company"], "Unknown"),
            "Street": r["address"], "City": r["city"], "State": r["state"], "PostalCode": r["zip"],
            "NumberOfEmployees": int(float(r["numemployees"]))}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact (6)

@case("h37-09-contact-lower-email", H, C,
      "Contact upsert, match on Email - lower-case the HubSpot Email before it goes in. FirstName, LastName and "
      "Title come straight from First Name, Last Name and Job Title; MailingCity <- City, MailingCountry <- Country/Region.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"].lower(), "FirstName": r["firstname"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "MailingCity": r["city"], "MailingCountry": r["country"]}


@case("h37-10-contact-mobile-omit-country-caps", H, C,
      "HubSpot -> Contact, Email is the key (pass through). "
      "1) LastName <- Last Name. "
      "2) Phone <- Phone Number as-is. "
      "3) MobilePhone <- Mobile Phone Number, but if it's blank don't populate MobilePhone at all (don't blank out what's in SF). "
      "4) MailingCountry <- Country/Region in all caps.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "Phone": r["phone"],
                 "MobilePhone": OMIT if blank(r["mobilephone"]) else r["mobilephone"],
                 "MailingCountry": r["country"].upper()})


@case("h37-11-contact-trim-names", H, C,
      "Data's dirty on this one: trim leading/trailing spaces off First Name, Last Name and Job Title before "
      "populating FirstName, LastName and Title on the Contact. Email passes through as the match key. "
      "Hard-code Department = 'Sales'.", HS_X2)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": r["lastname"].strip(),
            "Title": r["jobtitle"].strip(), "Department": "Sales"}


@case("h37-12-contact-blank-conditions", H, C,
      "Contact upsert on Email. LastName <- Last Name. DoNotCall: if Phone Number is blank/null then true, else false. "
      "Description: if Company Name is blank then stamp 'No company on HubSpot record', otherwise leave Description off.", HS_X1)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "DoNotCall": blank(r["phone"]),
                 "Description": "No company on HubSpot record" if blank(r["company"]) else OMIT})


@case("h37-13-contact-skip-blank-source", H, C,
      "Skip any contact where Original Source is blank. Everyone else upserts to Contact on Email, with First Name/"
      "Last Name passed through to FirstName/LastName and LeadSource set from Original Source: ORGANIC_SEARCH = 'Web', "
      "PAID_SEARCH = 'Advertisement', PAID_SOCIAL = 'Advertisement', REFERRALS = 'External Referral'.", HS)
def _(r: R) -> Out:
    if blank(r["hs_analytics_source"]):
        return None
    ls = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
          "REFERRALS": "External Referral"}[r["hs_analytics_source"]]
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "LeadSource": ls}


@case("h37-14-contact-mailing-description-template", H, C,
      "Contact upsert keyed on Email. Pass through Last Name -> LastName, Street Address -> MailingStreet, "
      "Postal Code -> MailingPostalCode. Description should read '<City>, <Country/Region>', e.g. 'Boston, United States'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingPostalCode": r["zip"], "Description": f"{r['city']}, {r['country']}"}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members (6)

@case("h37-15-mc-status-from-optout", H, M,
      "HubSpot -> Mailchimp audience, matched on email_address = Email. FNAME <- First Name, LNAME <- Last Name. "
      "status: if Unsubscribed from all email is 'true' then 'unsubscribed', otherwise 'subscribed' (blank = subscribed).", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed"}


@case("h37-16-mc-exclude-optouts-tags", H, M,
      "Exclude anyone whose Unsubscribed from all email is 'true' (blank counts as not unsubscribed). "
      "email_address = Email, lower-cased. FNAME = First Name in proper case. Tags: always 'hubspot', plus 'mql' "
      "when Lifecycle Stage = marketingqualifiedlead.", HS)
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    tags = ["hubspot"] + (["mql"] if r["lifecyclestage"] == "marketingqualifiedlead" else [])
    return {"email_address": r["email"].lower(), "merge_fields": {"FNAME": title(r["firstname"])}, "tags": tags}


@case("h37-17-mc-fname-from-email", H, M,
      "Mailchimp member upsert, email_address <- Email. FNAME: First Name; if First Name is blank, use the part of "
      "the Email before the @. LNAME <- Last Name. Hard-code language = 'en' and tag everyone 'Q3 Webinar'.", HS_X3_LOWER)
def _(r: R) -> Out:
    fn = r["firstname"] if not blank(r["firstname"]) else before_at(r["email"])
    return {"email_address": r["email"], "merge_fields": {"FNAME": fn, "LNAME": r["lastname"]},
            "language": "en", "tags": ["Q3 Webinar"]}


@case("h37-18-mc-language-picklist-vip", H, M,
      "email_address from Email (match key), FNAME/LNAME from First Name/Last Name. language off Country/Region: "
      "United States -> 'en', Japan -> 'ja', Mexico -> 'es', France -> 'fr'. vip = true if Lifecycle Stage = customer, "
      "else false.", HS)
def _(r: R) -> Out:
    lang = {"United States": "en", "Japan": "ja", "Mexico": "es", "France": "fr"}[r["country"]]
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "language": lang, "vip": r["lifecyclestage"] == "customer"}


@case("h37-19-mc-phone-mobile-first", H, M,
      "Match key: email_address <- Email. merge_fields.PHONE: take Mobile Phone Number, fall back to Phone Number "
      "when the mobile is blank, and format it E.164 assuming US for numbers without a +. FNAME <- First Name. "
      "Hard-code status = 'subscribed'.", HS)
def _(r: R) -> Out:
    ph = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return {"email_address": r["email"], "merge_fields": {"PHONE": e164(ph, "1"), "FNAME": r["firstname"]},
            "status": "subscribed"}


@case("h37-20-mc-enterprise-tag-lname-caps", H, M,
      "email_address = Email. FNAME <- First Name as-is; LNAME <- Last Name upper-cased. Tags: 'Enterprise' when "
      "Number of Employees is greater than 100; otherwise no tags at all (empty list) - a blank employee count gets "
      "no tag either.", HS)
def _(r: R) -> Out:
    big = not blank(r["numemployees"]) and float(r["numemployees"]) > 100
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"].upper()},
            "tags": ["Enterprise"] if big else []}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify (4)

@case("h37-21-seg-company-traits-omit", H, S,
      "Identify call: userId <- Email, and also send Email as traits.email. Under traits.company: name <- Company Name, "
      "industry <- Industry, employee_count <- Number of Employees as a whole number. Any of those three that's blank "
      "on the contact, leave it out instead of sending an empty value.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"email": r["email"], "company": {
        "name": OMIT if blank(r["company"]) else r["company"],
        "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(float(r["numemployees"]))}}})


@case("h37-22-seg-address-created-date", H, S,
      "Segment identify with userId = Email. Map City, State/Region, Postal Code and Country/Region over to "
      "traits.address.city / .state / .postalCode / .country - if State/Region is blank, don't send "
      "traits.address.state. traits.createdAt <- Create Date, date only (YYYY-MM-DD).", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {
        "address": {"city": r["city"], "state": OMIT if blank(r["state"]) else r["state"],
                    "postalCode": r["zip"], "country": r["country"]},
        "createdAt": day(r["createdate"])}})


@case("h37-23-seg-full-name-has-company", H, S,
      "Only send contacts that have a Company Name (blank = skip). userId <- Email. traits.name = First Name + ' ' + "
      "Last Name. traits.company.name <- Company Name. traits.website <- Website URL; leave it off when blank.", HS)
def _(r: R) -> Out:
    if blank(r["company"]):
        return None
    return keep({"userId": r["email"], "traits": {
        "name": f"{r['firstname']} {r['lastname']}", "company": {"name": r["company"]},
        "website": OMIT if blank(r["website"]) else r["website"]}})


@case("h37-24-seg-domain-optout-stage", H, S,
      "userId <- Email. traits.email_domain = the part of Email after the @. traits.unsubscribed = true when "
      "Unsubscribed from all email is 'true', false when 'false' or blank. traits.stage from Lifecycle Stage: "
      "customer -> 'Customer', salesqualifiedlead -> 'SQL', marketingqualifiedlead -> 'MQL', everything else -> 'Prospect'.",
      HS_LOWER)
def _(r: R) -> Out:
    stage = {"customer": "Customer", "salesqualifiedlead": "SQL", "marketingqualifiedlead": "MQL"}.get(
        r["lifecyclestage"], "Prospect")
    return {"userId": r["email"], "traits": {"email_domain": after_at(r["email"]),
                                             "unsubscribed": r["hs_email_optout"] == "true", "stage": stage}}


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events (3)

@case("h37-25-ga4-generate-lead", H, G,
      "GA4 event per contact: client_id <- Email (that's our key for now), event name hard-coded 'generate_lead'. "
      "params.lifecycle_stage <- Lifecycle Stage, params.signup_date <- Create Date as YYYY-MM-DD, params.city <- City.", HS)
def _(r: R) -> Out:
    return {"client_id": r["email"], "name": "generate_lead",
            "params": {"lifecycle_stage": r["lifecyclestage"], "signup_date": day(r["createdate"]), "city": r["city"]}}


@case("h37-26-ga4-qualify-value", H, G,
      "Exclude Lifecycle Stage = subscriber. client_id = Email; event name = 'qualify_lead'. params.value <- Annual "
      "Revenue as a number, default 0 when blank; params.currency hard-coded 'USD'.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return {"client_id": r["email"], "name": "qualify_lead",
            "params": {"value": 0 if blank(r["annualrevenue"]) else num(r["annualrevenue"]), "currency": "USD"}}


@case("h37-27-ga4-signup-size-short-company", H, G,
      "client_id <- Email, event name 'sign_up'. params.company_size = 'large' when Number of Employees is greater "
      "than 100, otherwise 'small' (blank = 'small'). params.company_short = first word of Company Name; if Company "
      "Name is blank leave that param off. params.country <- Country/Region.", HS)
def _(r: R) -> Out:
    big = not blank(r["numemployees"]) and float(r["numemployees"]) > 100
    return keep({"client_id": r["email"], "name": "sign_up", "params": {
        "company_size": "large" if big else "small",
        "company_short": OMIT if blank(r["company"]) else first_word(r["company"]),
        "country": r["country"]}})


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts (5)

@case("h37-28-l2h-pass-through", L, H,
      "Lead -> HubSpot contact, upsert on email (HubSpot Email <- Email). Straight pass-through: FirstName -> First Name, "
      "LastName -> Last Name, Company -> Company Name, Title -> Job Title, Phone -> Phone Number. Hard-code "
      "Lifecycle Stage = 'lead'.", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "lifecyclestage": "lead"}


@case("h37-29-l2h-lead-status-picklist", L, H,
      "Upsert on email from Email. Last Name <- LastName. HubSpot's Lead Status property off Status: "
      "'Open - Not Contacted' -> NEW, 'Working - Contacted' -> IN_PROGRESS, 'Closed - Converted' -> CONNECTED, "
      "'Closed - Not Converted' -> UNQUALIFIED. Lifecycle Stage: if Status = 'Closed - Converted' then "
      "'salesqualifiedlead', else 'lead'.", SFL)
def _(r: R) -> Out:
    ls = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
          "Closed - Not Converted": "UNQUALIFIED"}[r["Status"]]
    return {"email": r["Email"], "lastname": r["LastName"], "hs_lead_status": ls,
            "lifecyclestage": "salesqualifiedlead" if r["Status"] == "Closed - Converted" else "lead"}


@case("h37-30-l2h-optout-text-revenue", L, H,
      "email <- Email (match key); First Name/Last Name <- FirstName/LastName. Unsubscribed from all email <- "
      "HasOptedOutOfEmail, written as the text 'true'/'false'. Annual Revenue <- AnnualRevenue as a number; if "
      "AnnualRevenue is null, leave it off.", SFL)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
                 "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"])})


@case("h37-31-l2h-non-us-phone-uk", L, H,
      "Exclude Leads where Country = 'United States'. For the rest: email <- Email, Last Name <- LastName, "
      "Country/Region <- Country. Phone Number <- Phone in E.164, assuming UK (+44) when there's no + on the number; "
      "if Phone is blank don't populate it.", SFL)
def _(r: R) -> Out:
    if r["Country"] == "United States":
        return None
    return keep({"email": r["Email"], "lastname": r["LastName"], "country": r["Country"],
                 "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"], "44")})


@case("h37-32-l2h-rating-lifecycle-address", L, H,
      "Match on email <- Email. Lifecycle Stage off Rating: Hot -> salesqualifiedlead, Warm -> marketingqualifiedlead, "
      "anything else -> lead. Street Address <- Street, City <- City, Postal Code <- PostalCode, Country/Region <- "
      "Country, defaulting to 'Unknown' if blank.", SFL)
def _(r: R) -> Out:
    lc = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead"}.get(r["Rating"], "lead")
    return {"email": r["Email"], "lifecyclestage": lc, "address": r["Street"], "city": r["City"],
            "zip": r["PostalCode"], "country": dflt(r["Country"], "Unknown")}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members (4)

@case("h37-33-c2m-lower-email-phone-status", C, M,
      "Contact -> Mailchimp. email_address = Email lower-cased (match key). FNAME <- FirstName, LNAME <- LastName, "
      "PHONE <- Phone formatted E.164 (assume US if no +). status = 'unsubscribed' when HasOptedOutOfEmail is true, "
      "else 'subscribed'.", SFC)
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(),
            "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"], "PHONE": e164(r["Phone"], "1")},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"}


@case("h37-34-c2m-conditional-tags", C, M,
      "email_address <- Email. FNAME <- FirstName. Tags, in this order: always 'SFDC'; 'Engineering' when "
      "Department = Engineering; 'Trade Show' when LeadSource = 'Trade Show'.", SFC)
def _(r: R) -> Out:
    tags = ["SFDC"]
    if r["Department"] == "Engineering":
        tags.append("Engineering")
    if r["LeadSource"] == "Trade Show":
        tags.append("Trade Show")
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}, "tags": tags}


@case("h37-35-c2m-opted-in-vip-dach", C, M,
      "Criteria: only Contacts with HasOptedOutOfEmail = false. email_address <- Email, FNAME/LNAME <- "
      "FirstName/LastName. vip = true when LeadSource = 'Trade Show', otherwise false. Hard-code language 'de' "
      "(this is the DACH list).", SFC)
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "language": "de"}


@case("h37-36-c2m-skip-blank-birthdate-constant-tags", C, M,
      "Skip Contacts where Birthdate is blank. Everyone else: email_address <- Email, FNAME <- FirstName, "
      "LNAME <- LastName, status hard-coded 'subscribed', tags = 'Salesforce' and 'Contacts' (both, on every record).", SFC)
def _(r: R) -> Out:
    if blank(r["Birthdate"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "tags": ["Salesforce", "Contacts"]}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify (3)

@case("h37-37-c2s-name-title-birthday", C, S,
      "Identify: userId <- Email, traits.email <- Email. traits.firstName / traits.lastName / traits.title <- "
      "FirstName / LastName / Title. traits.birthday <- Birthdate; if Birthdate is null, leave it out.", SFC)
def _(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"], "title": r["Title"],
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"]}})


@case("h37-38-c2s-address-phone-department", C, S,
      "userId = Email. traits.address.city <- MailingCity, traits.address.country <- MailingCountry. traits.phone <- "
      "Phone in E.164 (US unless the number already has a +). traits.department <- Department; if blank, default 'General'.", SFC)
def _(r: R) -> Out:
    return {"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
        "phone": e164(r["Phone"], "1"), "department": dflt(r["Department"], "General")}}


@case("h37-39-c2s-lower-id-source-picklist", C, S,
      "userId = Email, lower-cased; also send the lower-cased Email as traits.email. traits.unsubscribed <- "
      "HasOptedOutOfEmail (true/false pass-through). traits.lead_source off LeadSource: 'Web' -> 'inbound', "
      "'Trade Show' -> 'event', anything else incl. blank -> 'unknown'.", SFC)
def _(r: R) -> Out:
    src = {"Web": "inbound", "Trade Show": "event"}.get(r["LeadSource"], "unknown")
    return {"userId": r["Email"].lower(), "traits": {"email": r["Email"].lower(),
                                                     "unsubscribed": r["HasOptedOutOfEmail"], "lead_source": src}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts (3)

@case("h37-40-m2h-proper-case-company", M, H,
      "Mailchimp member -> HubSpot contact, upsert on email <- email_address. First Name <- FNAME and Last Name <- "
      "LNAME, both in proper case (capitalize each word). Company Name <- the COMPANY merge field; if COMPANY is "
      "blank, leave it off.", MC)
def _(r: R) -> Out:
    return keep({"email": r["email_address"], "firstname": title(mf(r, "FNAME")), "lastname": title(mf(r, "LNAME")),
                 "company": OMIT if blank(mf(r, "COMPANY")) else mf(r, "COMPANY")})


@case("h37-41-m2h-optout-text-vip-stage", M, H,
      "email <- email_address. Unsubscribed from all email: the text 'false' when status = subscribed, otherwise the "
      "text 'true'. Lifecycle Stage = 'customer' when VIP is true, else 'subscriber'. Preferred language <- language.", MC)
def _(r: R) -> Out:
    return {"email": r["email_address"], "hs_email_optout": "false" if r["status"] == "subscribed" else "true",
            "lifecyclestage": "customer" if r["vip"] else "subscriber", "hs_language": r["language"]}


@case("h37-42-m2h-subscribed-phone", M, H,
      "Criteria: only members with status = subscribed. email <- email_address, First Name <- FNAME, Last Name <- "
      "LNAME, Company Name <- COMPANY. Phone Number <- PHONE as E.164 (US if no +); if PHONE is blank don't populate it.", MC)
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    return keep({"email": r["email_address"], "firstname": mf(r, "FNAME"), "lastname": mf(r, "LNAME"),
                 "company": mf(r, "COMPANY"), "phone": OMIT if blank(mf(r, "PHONE")) else e164(mf(r, "PHONE"), "1")})


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set37")

"""Held-out set 18, written BEFORE the session that measures it and not tuned against: a Salesforce admin /
RevOps analyst who thinks in API names and writes terse imperative requests (arrows, colons, a few numbered or
bulleted lists, formula-style conditions such as "when X is blank", "equals", "greater than" in plain English);
all public pairs, weighted to hubspot.contacts -> salesforce.Lead, salesforce.Lead -> hubspot.contacts and
salesforce.Contact -> mailchimp.members / segment.identify; every rule kind (copies, constants, defaults,
fallbacks, leave-out, transforms, value tables, conditions, flags, filters, nested fields, tags, templates,
account lookup by company name). The match key is always written: cases naming no email expect it mapped by
name; no case writes a read-only or unknown destination field; an object left empty by omission is dropped.
Expected records come from the cases README's semantics (oracle.py), never from the drafter.
Run: python bench/heldout/make_set18.py  -> bench/heldout/set18/*.yaml"""
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

# extra records (every field the pool's other records have), added where the shared pool does not exercise a rule
HS_NOPHONE: dict[str, Any] = {
    "email": "olu.adeyemi@lagoshub.ng", "firstname": "Olu", "lastname": "Adeyemi", "company": "Lagos Hub",
    "phone": "", "mobilephone": "", "jobtitle": "Founder", "hs_analytics_source": "DIRECT_TRAFFIC",
    "lifecyclestage": "opportunity", "country": "Nigeria", "city": "Lagos", "state": "", "zip": "",
    "address": "", "annualrevenue": "950000", "numemployees": "8", "industry": "Technology",
    "website": "https://lagoshub.ng", "createdate": "2024-02-10T13:15:00.000Z", "hs_email_optout": "false"}
HS_TWO_WORD: dict[str, Any] = {
    "email": "ana.souza@brisa.com.br", "firstname": "Ana Sofia", "lastname": "  ", "company": "",
    "phone": "(305) 555-0161", "mobilephone": "", "jobtitle": "Buyer", "hs_analytics_source": "EMAIL_MARKETING",
    "lifecyclestage": "lead", "country": "Brazil", "city": "Recife", "state": "PE", "zip": "50000-000",
    "address": "Rua Aurora 10", "annualrevenue": "150000", "numemployees": "5", "industry": "Retail",
    "website": "", "createdate": "2024-03-01T12:30:00.000Z", "hs_email_optout": "false"}
HS_MOBILE_ONLY: dict[str, Any] = {
    "email": "sam.whitaker@harborview.com", "firstname": "Sam", "lastname": "Whitaker", "company": "Harborview Realty",
    "phone": "", "mobilephone": "646-555-0190", "jobtitle": "Broker", "hs_analytics_source": "SOCIAL_MEDIA",
    "lifecyclestage": "marketingqualifiedlead", "country": "United States", "city": "New York", "state": "NY",
    "zip": "10001", "address": "350 5th Ave", "annualrevenue": "1800000", "numemployees": "22", "industry": "Real Estate",
    "website": "https://harborview.com", "createdate": "2023-09-18T14:20:00.000Z", "hs_email_optout": "false"}
SFL_NOCOMPANY: dict[str, Any] = {
    "Email": "tomas.novak@vltava.cz", "FirstName": "Tomas", "LastName": "Novak", "Company": "",
    "Title": "Analyst", "Phone": "+420 2 5555 0133", "Street": "Na Prikope 1", "City": "Prague", "PostalCode": "11000",
    "Country": "Czech Republic", "Status": "Open - Not Contacted", "Rating": "Cold", "LeadSource": "Web",
    "HasOptedOutOfEmail": False, "AnnualRevenue": ""}
SFC_X: list[dict[str, Any]] = [
    {"Email": "camille.martin@papeterie-lyon.fr", "FirstName": "Camille", "LastName": "Martin", "Title": "Office Manager",
     "Department": "Operations", "Phone": "(718) 555-0111", "MailingCity": "Lyon", "MailingCountry": "France",
     "LeadSource": "Phone Inquiry", "HasOptedOutOfEmail": True, "Birthdate": "1979-02-14"},
    {"Email": "noah.cohen@bluefin.io", "FirstName": "Noah", "LastName": "Cohen", "Title": "Growth Lead",
     "Department": "Marketing", "Phone": "(646) 555-0121", "MailingCity": "New York", "MailingCountry": "United States",
     "LeadSource": "Advertisement", "HasOptedOutOfEmail": False, "Birthdate": ""},
    {"Email": "ines.ferreira@porto-tech.pt", "FirstName": "Inês", "LastName": "Ferreira", "Title": "Consultant",
     "Department": "", "Phone": "+351 22 555 0142", "MailingCity": "Porto", "MailingCountry": "Portugal",
     "LeadSource": "Web", "HasOptedOutOfEmail": False, "Birthdate": "1988-07-30"},
]
SFCX = SFC + SFC_X
HS_LOWER = HS[1:]  # cases splitting the email at the @ use lower-case addresses only


def at_local(e: str) -> str:
    return e.split("@", 1)[0]


def at_domain(e: str) -> str:
    return e.split("@", 1)[1]


def ga4(cid: str, name: str, params: dict[str, Any]) -> dict[str, Any]:
    return {"client_id": cid, "events": [{"name": name, "params": {k: v for k, v in params.items() if v is not OMIT}}]}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h18-01-bullet-copies", H, L, "HubSpot contact -> Lead, straight copies:\n- email -> Email\n- firstname -> FirstName\n"
      "- lastname -> LastName\n- company -> Company\n- jobtitle -> Title\n- website -> Website", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Website": r["website"]}


@case("h18-02-hardcodes-and-blanks", H, L, "Email -> Email. Hardcode LeadSource = 'Web' and Status = 'Open - Not "
      "Contacted' on every lead regardless of the contact. Company from company; when company is blank use 'Unknown "
      "Company'. Title from jobtitle; when jobtitle is blank use 'Not Provided'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LeadSource": "Web", "Status": "Open - Not Contacted",
            "Company": dflt(r["company"], "Unknown Company"), "Title": dflt(r["jobtitle"], "Not Provided")}


@case("h18-03-mobile-first-e164", H, L, "Email => Email. mobilephone => MobilePhone, and when mobilephone is blank "
      "fall back to phone. Format whatever ends up there as E.164, assuming US unless the number already starts with "
      "+ and a country code. When both mobilephone and phone are blank, don't populate MobilePhone at all.",
      [*HS, HS_NOPHONE])
def _(r: R) -> Out:
    p = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"Email": r["email"], "MobilePhone": OMIT if blank(p) else e164(p)})


@case("h18-04-casing-cleanup", H, L, "Email: trim it and lower-case it. LastName: lastname in all caps. City: city "
      "in title case (first letter of each word upper, rest lower). State copied as is.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"].strip().lower(), "LastName": r["lastname"].upper(), "City": title(r["city"]),
            "State": r["state"]}


@case("h18-05-source-table", H, L, "Email -> Email, and translate hs_analytics_source into LeadSource:\n"
      "1. ORGANIC_SEARCH -> Web\n2. PAID_SEARCH or PAID_SOCIAL -> Advertisement\n3. REFERRALS -> External Referral\n"
      "4. EMAIL_MARKETING -> Email\n5. anything else, blank included -> Other", [*HS, HS_NOPHONE, HS_TWO_WORD])
def _(r: R) -> Out:
    t = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
         "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}
    return {"Email": r["email"], "LeadSource": t.get(r["hs_analytics_source"], "Other")}


@case("h18-06-rating-three-way", H, L, "Set Rating off annualrevenue: greater than 3,000,000 -> 'Hot', 3,000,000 or "
      "less -> 'Cold'. When annualrevenue is blank the Rating is 'Warm'.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Email": r["email"], "Rating": "Warm" if v is None else ("Hot" if v > 3_000_000 else "Cold")}


@case("h18-07-only-early-stages", H, L, "Only sync contacts where lifecyclestage equals lead or "
      "marketingqualifiedlead; nothing else goes over. Map Email, LastName, Company.", [*HS, HS_NOPHONE])
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("lead", "marketingqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"]}


@case("h18-08-skip-blank-company", H, L, "skip any contact where compnay is blank. For the rest: email -> Email, "
      "company -> Company, industry -> Description.", [*HS, HS_TWO_WORD])
def _(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"Email": r["email"], "Company": r["company"], "Description": r["industry"]}


@case("h18-09-account-by-company", H, L, "Email, FirstName, LastName straight across. Link each lead to its account "
      "by company name.", [HS[0], HS[1], HS[3], HS[4]])
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"]}


@case("h18-10-description-template", H, L, "Email -> Email. Description should read 'Stage: <lifecyclestage> | "
      "Country: <country>', e.g. 'Stage: lead | Country: Japan'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "Description": f"Stage: {r['lifecyclestage']} | Country: {r['country']}"}


@case("h18-11-numbers-or-nothing", H, L, "Email -> Email. AnnualRevenue = annualrevenue as a number. NumberOfEmployees "
      "= numemployees as a whole number. When either source field is blank, leave that Salesforce field off the "
      "lead instead of sending an empty value.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "AnnualRevenue": OMIT if blank(r["annualrevenue"]) else num(r["annualrevenue"]),
                 "NumberOfEmployees": OMIT if blank(r["numemployees"]) else int(r["numemployees"])})


@case("h18-12-optout-dnc-flags", H, L, "Map email to Email. HasOptedOutOfEmail: true when hs_email_optout equals "
      "\"true\", false otherwise (blank means they didn't opt out). DoNotCall: true when phone is blank, false when "
      "there is a phone.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true", "DoNotCall": blank(r["phone"])}


@case("h18-13-first-word-and-at-fallbacks", H, L, "Email -> Email. FirstName = just the first word of firstname. "
      "LastName = lastname; when lastname is blank use the part of the email before the @. Company = company; when "
      "company is blank use the part of the email after the @.", [*HS_LOWER, HS_TWO_WORD])
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"].split()[0],
            "LastName": r["lastname"] if not blank(r["lastname"]) else at_local(r["email"]),
            "Company": r["company"] if not blank(r["company"]) else at_domain(r["email"])}


@case("h18-14-pls-account-match", H, L, "pls bring over e-mail, surname and job role, and match each lead to the "
      "right account on company name. when company is blank just use 'Unknown'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "Title": r["jobtitle"],
            "Company": dflt(r["company"], "Unknown")}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h18-15-sfc-mailing-bullets", H, C, "HubSpot -> SF Contact:\n- email -> Email\n- firstname / lastname -> "
      "FirstName / LastName\n- city -> MailingCity, state -> MailingState, zip -> MailingPostalCode, address -> "
      "MailingStreet\n- Department is always 'Marketing'", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingCity": r["city"],
            "MailingState": r["state"], "MailingPostalCode": r["zip"], "MailingStreet": r["address"],
            "Department": "Marketing"}


@case("h18-16-sfc-country-codes-phone", H, C, "Email -> Email. MailingCountry from country: United States -> 'US', "
      "Japan -> 'JP', Mexico -> 'MX', France -> 'FR'. Phone = phone, and when phone is blank use mobilephone.", HS)
def _(r: R) -> Out:
    t = {"United States": "US", "Japan": "JP", "Mexico": "MX", "France": "FR"}
    return {"Email": r["email"], "MailingCountry": t[r["country"]], "Phone": dflt(r["phone"], r["mobilephone"])}


@case("h18-17-sfc-created-description", H, C, "jobtitle => Title. Description: 'Created in HubSpot on ' followed "
      "by createdate as a date (YYYY-MM-DD), e.g. 'Created in HubSpot on 2023-03-14'.", HS)
def _(r: R) -> Out:
    return {"Email": r["email"], "Title": r["jobtitle"], "Description": "Created in HubSpot on " + r["createdate"][:10]}


@case("h18-18-sfc-non-us-only", H, C, "Exclude contacts whose country equals United States. Everyone else: Email, "
      "LastName, MailingCountry from country, Title from jobtitle with 'Unknown' when jobtitle is blank.", HS)
def _(r: R) -> Out:
    if r["country"] == "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "MailingCountry": r["country"],
            "Title": dflt(r["jobtitle"], "Unknown")}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h18-19-mc-title-case-names", H, M, "email -> email_address in lower case. FNAME and LNAME from firstname / "
      "lastname, both title-cased. status = subscribed for all.", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"].lower(),
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])}, "status": "subscribed"}


@case("h18-20-mc-optout-stage-tags", H, M, "email -> email_address. status: 'unsubscribed' when hs_email_optout "
      "equals \"true\", otherwise 'subscribed' (blank counts as subscribed). tags: 'hubspot' first, then the "
      "contact's lifecyclestage.", HS)
def _(r: R) -> Out:
    return {"email_address": r["email"], "status": "unsubscribed" if r["hs_email_optout"] == "true" else "subscribed",
            "tags": ["hubspot", r["lifecyclestage"]]}


@case("h18-21-mc-vip-language", H, M, "Send email as email_address. vip = true when annualrevenue is greater than "
      "2,000,000, false otherwise (blank annualrevenue -> false). language by country: Japan -> 'ja', France -> "
      "'fr', Mexico -> 'es', anything else -> 'en'.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"email_address": r["email"], "vip": v is not None and v > 2_000_000,
            "language": {"Japan": "ja", "France": "fr", "Mexico": "es"}.get(r["country"], "en")}


@case("h18-22-mc-skip-optouts-phone", H, M, "Skip contacts where hs_email_optout equals \"true\" (a blank value "
      "means not opted out, so those go). email_address from email, PHONE merge field = phone in E.164 (US unless it "
      "already has +country), using mobilephone when phone is blank.", [*HS, HS_MOBILE_ONLY])
def _(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "merge_fields": {"PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h18-23-seg-name-traits", H, S, "Segment identify: userId -> email lower-cased. traits.email -> email as is, "
      "traits.firstName -> firstname, traits.lastName -> lastname, traits.name -> firstname + a space + lastname.", HS)
def _(r: R) -> Out:
    return {"userId": r["email"].lower(), "traits": {"email": r["email"], "firstName": r["firstname"],
            "lastName": r["lastname"], "name": f"{r['firstname']} {r['lastname']}"}}


@case("h18-24-seg-company-object", H, S, "userId = email. traits.company.name = company, 'Independent' when company "
      "is blank. traits.company.industry = industry, but leave it out when industry is blank. "
      "traits.company.employee_count = numemployees as an integer; leave it out when numemployees is blank.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"), "industry": OMIT if blank(r["industry"]) else r["industry"],
        "employee_count": OMIT if blank(r["numemployees"]) else int(r["numemployees"])}}})


@case("h18-25-seg-address-created", H, S, "userId from email. traits.address.city = city in title case, "
      "traits.address.postalCode = zip, traits.address.country = country. traits.createdAt = createdate as "
      "YYYY-MM-DD only.", HS)
def _(r: R) -> Out:
    return {"userId": r["email"], "traits": {"address": {"city": title(r["city"]), "postalCode": r["zip"],
            "country": r["country"]}, "createdAt": r["createdate"][:10]}}


@case("h18-26-seg-phone-title-casual", H, S, "segment identify pls: userId from the email, traits.phone = phone in "
      "E.164 (assume US), or mobilephone when phone is blank. traits.title = job role, skip that trait when it's "
      "empty.", HS)
def _(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"phone": e164(dflt(r["phone"], r["mobilephone"])),
                                                   "title": OMIT if blank(r["jobtitle"]) else r["jobtitle"]}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h18-27-ga4-close-convert", H, G, "Only contacts where lifecyclestage equals salesqualifiedlead or customer. "
      "client_id = the part of the email before the @. One event, close_convert_lead, with params: value = "
      "annualrevenue as a number, currency = 'USD', lifecycle_stage = lifecyclestage.", [*HS_LOWER, HS_NOPHONE])
def _(r: R) -> Out:
    if r["lifecyclestage"] not in ("salesqualifiedlead", "customer"):
        return None
    return ga4(at_local(r["email"]), "close_convert_lead", {"value": num(r["annualrevenue"]), "currency": "USD",
                                                             "lifecycle_stage": r["lifecyclestage"]})


@case("h18-28-ga4-signup", H, G, "Exclude subscribers (lifecyclestage equals subscriber). client_id -> email in "
      "lower case. Event name 'sign_up'; params.method = hs_analytics_source lower-cased, 'direct' when "
      "hs_analytics_source is blank; params.signup_date = createdate as YYYY-MM-DD.", HS)
def _(r: R) -> Out:
    if r["lifecyclestage"] == "subscriber":
        return None
    return ga4(r["email"].lower(), "sign_up", {"method": dflt(r["hs_analytics_source"], "direct").lower(),
                                               "signup_date": r["createdate"][:10]})


@case("h18-29-ga4-generate-lead-country", H, G, "client_id is always 'hubspot.crm'. Send one generate_lead event: "
      "currency 'USD', value = annualrevenue as a number (omit value when annualrevenue is blank), country = country "
      "upper-cased.", HS)
def _(r: R) -> Out:
    return ga4("hubspot.crm", "generate_lead", {"currency": "USD", "value": OMIT if blank(r["annualrevenue"])
                                                else num(r["annualrevenue"]), "country": r["country"].upper()})


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h18-30-lead-to-hs-copies", L, H, "SF Lead -> HubSpot contact:\n- Email -> email\n- FirstName -> firstname\n"
      "- LastName -> lastname\n- Company -> company\n- Title -> jobtitle\n- Phone -> phone", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"]}


@case("h18-31-lead-status-rating", L, H, "Email -> email. Status -> hs_lead_status: 'Open - Not Contacted' => NEW, "
      "'Working - Contacted' => ATTEMPTED_TO_CONTACT, 'Closed - Converted' => CONNECTED, 'Closed - Not Converted' => "
      "UNQUALIFIED. lifecyclestage: when Rating equals Hot -> salesqualifiedlead, otherwise marketingqualifiedlead.",
      SFL)
def _(r: R) -> Out:
    t = {"Open - Not Contacted": "NEW", "Working - Contacted": "ATTEMPTED_TO_CONTACT",
         "Closed - Converted": "CONNECTED", "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "hs_lead_status": t[r["Status"]],
            "lifecyclestage": "salesqualifiedlead" if r["Rating"] == "Hot" else "marketingqualifiedlead"}


@case("h18-32-lead-optout-revenue-country", L, H, "Email -> email. hs_email_optout = the text \"true\" when "
      "HasOptedOutOfEmail is checked, \"false\" when unchecked. annualrevenue = AnnualRevenue as a number; when "
      "AnnualRevenue is blank leave annualrevenue off. country = Country, or 'Not Specified' when Country is blank.",
      SFL)
def _(r: R) -> Out:
    return keep({"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false",
                 "annualrevenue": OMIT if blank(r["AnnualRevenue"]) else num(r["AnnualRevenue"]),
                 "country": dflt(r["Country"], "Not Specified")})


@case("h18-33-lead-open-only-address", L, H, "Skip leads whose Status equals 'Closed - Converted' or 'Closed - Not "
      "Converted'. The open ones: Email -> email, Street -> address, City -> city in upper case, PostalCode -> zip.",
      [*SFL, SFL_NOCOMPANY])
def _(r: R) -> Out:
    if r["Status"] in ("Closed - Converted", "Closed - Not Converted"):
        return None
    return {"email": r["Email"], "address": r["Street"], "city": r["City"].upper(), "zip": r["PostalCode"]}


@case("h18-34-lead-e164-not-uk", L, H, "Exclude leads where Country equals United Kingdom. email <- Email. phone <- "
      "Phone as E.164, assume US for numbers without a leading +; when Phone is blank don't set phone. A blank "
      "Country is not excluded. lifecyclestage is 'lead' for all of them.", [*SFL, SFL_NOCOMPANY])
def _(r: R) -> Out:
    if r["Country"] == "United Kingdom":
        return None
    return keep({"email": r["Email"], "phone": OMIT if blank(r["Phone"]) else e164(r["Phone"]),
                 "lifecyclestage": "lead"})


@case("h18-35-lead-casual-company-domain", L, H, "sf leads => hubspot: e-mail, first + last name, company. if "
      "Company is blank use whatever's after the @ in the e-mail instead. also message = 'Rating: ' then the Rating, "
      "e.g. 'Rating: Hot'.", [*SFL, SFL_NOCOMPANY])
def _(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"],
            "company": r["Company"] if not blank(r["Company"]) else at_domain(r["Email"]),
            "message": "Rating: " + r["Rating"]}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h18-36-sfc-mc-optout-status", C, M, "SF Contact -> Mailchimp member. email_address = Email lower-cased. FNAME "
      "<- FirstName, LNAME <- LastName. status: when HasOptedOutOfEmail is true -> 'unsubscribed', otherwise "
      "'subscribed'.", SFCX)
def _(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed"}


@case("h18-37-sfc-mc-country-language-tags", C, M, "Email -> email_address. language from MailingCountry: Germany "
      "-> 'de', Austria -> 'de', France -> 'fr', Portugal -> 'pt', United States -> 'en'. tags: MailingCountry first, then "
      "'sf-contact'.", SFCX)
def _(r: R) -> Out:
    t = {"Germany": "de", "Austria": "de", "France": "fr", "Portugal": "pt", "United States": "en"}
    return {"email_address": r["Email"], "language": t[r["MailingCountry"]],
            "tags": [r["MailingCountry"], "sf-contact"]}


@case("h18-38-sfc-mc-phone-vip", C, M, "Email -> email_address. PHONE merge field = Phone in E.164, assume US "
      "unless it already starts with +. vip = true when LeadSource equals 'Trade Show' or 'Advertisement', false "
      "for any other LeadSource and false when LeadSource is blank.", SFCX)
def _(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])},
            "vip": r["LeadSource"] in ("Trade Show", "Advertisement")}


@case("h18-39-sfc-mc-skip-optouts-dept-tag", C, M, "Skip contacts where HasOptedOutOfEmail is true. LNAME = "
      "LastName. tags = just the Department; when Department is blank, tags is an empty list. status = "
      "'subscribed'.", SFCX)
def _(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"LNAME": r["LastName"]},
            "tags": [] if blank(r["Department"]) else [r["Department"]], "status": "subscribed"}


@case("h18-40-sfc-mc-leadsource-casual", C, M, "only contacts w/ a LeadSource (skip the ones where it's blank). "
      "e-mail -> email_address, first name -> FNAME, tags = 'sf' then the LeadSource. everyone goes in as "
      "pending.", SFCX)
def _(r: R) -> Out:
    if blank(r["LeadSource"]):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"]}, "tags": ["sf", r["LeadSource"]],
            "status": "pending"}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h18-41-sfc-seg-basic-traits", C, S, "SF Contact -> Segment identify. userId = Email in lower case. "
      "traits.email = Email unchanged, traits.firstName = FirstName, traits.lastName = LastName, traits.title = "
      "Title; leave traits.title out when Title is blank.", SFCX)
def _(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {"email": r["Email"], "firstName": r["FirstName"],
                 "lastName": r["LastName"], "title": OMIT if blank(r["Title"]) else r["Title"]}})


@case("h18-42-sfc-seg-address-birthday", C, S, "userId <- Email.\n1. traits.address.city <- MailingCity\n"
      "2. traits.address.country <- MailingCountry\n3. traits.birthday <- Birthdate, omitted when Birthdate is blank\n"
      "4. traits.department <- Department, 'Unassigned' when Department is blank", SFCX)
def _(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": {
        "address": {"city": r["MailingCity"], "country": r["MailingCountry"]},
        "birthday": OMIT if blank(r["Birthdate"]) else r["Birthdate"],
        "department": dflt(r["Department"], "Unassigned")}})


@case("h18-43-sfc-seg-web-tradeshow", C, S, "Only contacts whose LeadSource equals Web, Trade Show or Phone Inquiry. "
      "userId = "
      "Email. traits.lead_source = LeadSource. traits.emailable: true when HasOptedOutOfEmail is false, false when "
      "it's true. traits.name = FirstName, a space, LastName.", SFCX)
def _(r: R) -> Out:
    if r["LeadSource"] not in ("Web", "Trade Show", "Phone Inquiry"):
        return None
    return {"userId": r["Email"], "traits": {"lead_source": r["LeadSource"], "emailable": not r["HasOptedOutOfEmail"],
                                             "name": f"{r['FirstName']} {r['LastName']}"}}


@case("h18-44-sfc-seg-role-line-casual", C, S, "segment identify from sf contacts - only the ones where Title isnt "
      "blank and Department isnt blank. userId = Email, traits.description = Title + ' (' + Department + ')', e.g. "
      "'CTO (Engineering)'. traits.phone = Phone in E.164, US default.", SFCX)
def _(r: R) -> Out:
    if blank(r["Title"]) or blank(r["Department"]):
        return None
    return {"userId": r["Email"], "traits": {"description": f"{r['Title']} ({r['Department']})",
                                             "phone": e164(r["Phone"])}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h18-45-mc-hs-names-company", M, H, "Mailchimp member -> HubSpot contact. email <- email_address. firstname "
      "<- FNAME and lastname <- LNAME, both in title case; when LNAME is blank leave lastname off. company <- "
      "COMPANY; when COMPANY is blank leave company off too.", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": OMIT if blank(mf["LNAME"]) else title(mf["LNAME"]),
                 "company": OMIT if blank(mf["COMPANY"]) else mf["COMPANY"]})


@case("h18-46-mc-hs-subscribed-vip", M, H, "Only members whose status equals subscribed. email = email_address. "
      "lifecyclestage = 'customer' when vip is true, 'subscriber' when vip is false. phone = PHONE in E.164 (US "
      "unless it has a +); when PHONE is blank leave phone off. hs_email_optout = the string \"false\".", MC)
def _(r: R) -> Out:
    if r["status"] != "subscribed":
        return None
    ph = r["merge_fields"]["PHONE"]
    return keep({"email": r["email_address"], "lifecyclestage": "customer" if r["vip"] else "subscriber",
                 "phone": OMIT if blank(ph) else e164(ph), "hs_email_optout": "false"})


@case("h18-47-mc-hs-skip-cleaned-casual", M, H, "mailchimp -> hubspot, skip cleaned members pls. email from "
      "email_address, hs_language from language, hs_email_optout = \"true\" when status equals unsubscribed and "
      "\"false\" otherwise.", MC)
def _(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    return {"email": r["email_address"], "hs_language": r["language"],
            "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set18")
